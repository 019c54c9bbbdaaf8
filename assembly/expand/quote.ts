// Quoting and escape decoding shared by ${x@Q}/${x@E}, echo -e, printf %b / %q and formats.

/** Escape dialects for decodeEscapes. */
export const ESC_ANSI: i32 = 0;   // $'…' and ${x@E}: \nnn (1-3 octal), \cX, \' \" \?
export const ESC_ECHO: i32 = 1;   // echo -e: \0nnn only, \c stops output
export const ESC_PRINTF_B: i32 = 2; // printf %b: \0nnn and \nnn, \c stops output
export const ESC_FORMAT: i32 = 3; // printf format string: \nnn, \" (no \c stop)

/** Set by decodeEscapes when a \c stopped the text (echo -e, printf %b). */
export let stoppedByC: bool = false;

function hexVal(c: i32): i32 {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function cpStr(cp: i32): string { return String.fromCodePoint(cp); }

/** A raw byte from \xHH or \nnn: bytes >= 0x80 become lone low surrogates U+DC80..U+DCFF
 *  ("surrogate escape"), which encodeOut() writes back as the single byte. */
function byteStr(b: i32): string { return String.fromCharCode(b >= 0x80 ? 0xdc00 + b : b); }

@inline function isEscapedByte(c: i32): bool { return c >= 0xdc80 && c <= 0xdcff; }

/** UTF-8 bytes of s, writing surrogate-escaped bytes as themselves. */
export function encodeOut(s: string): Uint8Array {
  let has = false;
  for (let i = 0; i < s.length; i++) if (isEscapedByte(s.charCodeAt(i))) { has = true; break; }
  if (!has) return Uint8Array.wrap(String.UTF8.encode(s));
  const parts: Array<u8> = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    const esc = c >= 0 && isEscapedByte(c) && !(i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff);
    if (c >= 0 && !esc) continue;
    if (i > start) {
      const b = Uint8Array.wrap(String.UTF8.encode(s.substring(start, i)));
      for (let k = 0; k < b.length; k++) parts.push(b[k]);
    }
    if (esc) parts.push(<u8>(c - 0xdc00));
    start = i + 1;
  }
  const out = new Uint8Array(parts.length);
  for (let k = 0; k < parts.length; k++) out[k] = unchecked(parts[k]);
  return out;
}

/** Text for storing in a variable: escaped bytes are joined and read back as UTF-8. */
export function bytesToText(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (isEscapedByte(s.charCodeAt(i))) {
      const b = encodeOut(s);
      return String.UTF8.decode(b.buffer);
    }
  }
  return s;
}

export function decodeEscapes(s: string, mode: i32): string {
  stoppedByC = false;
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  const n = s.length;
  let i = 0;
  let start = 0;
  while (i < n) {
    if (s.charCodeAt(i) != 92 || i + 1 >= n) { i++; continue; }
    out += s.substring(start, i);
    const c = s.charCodeAt(i + 1);
    i += 2;
    let rep: string | null = null;
    switch (c) {
      case 97: rep = '\x07'; break; // a
      case 98: rep = '\b'; break;
      case 101: case 69: rep = '\x1b'; break; // e E
      case 102: rep = '\f'; break;
      case 110: rep = '\n'; break;
      case 114: rep = '\r'; break;
      case 116: rep = '\t'; break;
      case 118: rep = '\v'; break;
      case 92: rep = '\\'; break;
      case 39: if (mode == ESC_ANSI) rep = "'"; break;
      case 34: if (mode == ESC_ANSI || mode == ESC_FORMAT) rep = '"'; break;
      case 63: if (mode == ESC_ANSI) rep = '?'; break;
      case 99: { // c
        if (mode == ESC_ECHO || mode == ESC_PRINTF_B) { stoppedByC = true; return out; }
        if (mode == ESC_ANSI && i < n) { rep = String.fromCharCode(s.charCodeAt(i) & 31); i++; }
        break;
      }
      case 120: { // xHH
        let v = 0; let k = 0;
        while (k < 2 && i < n && hexVal(s.charCodeAt(i)) >= 0) { v = v * 16 + hexVal(s.charCodeAt(i)); i++; k++; }
        if (k > 0) rep = byteStr(v);
        break;
      }
      case 117: case 85: { // uHHHH UHHHHHHHH
        const max = c == 117 ? 4 : 8;
        let v = 0; let k = 0;
        while (k < max && i < n && hexVal(s.charCodeAt(i)) >= 0) { v = v * 16 + hexVal(s.charCodeAt(i)); i++; k++; }
        if (k > 0) rep = v <= 0x10ffff ? cpStr(v) : '';
        break;
      }
      default: {
        if (c >= 48 && c <= 55) {
          let v = 0; let k = 0;
          let j = i - 1;
          let max = 3;
          if (mode == ESC_ECHO) {
            if (c != 48) break;
            j = i; max = 3; // \0nnn: up to 3 digits after the 0
          } else if (mode == ESC_PRINTF_B && c == 48) {
            j = i; max = 3;
          }
          while (k < max && j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 55) { v = v * 8 + (s.charCodeAt(j) - 48); j++; k++; }
          i = j;
          rep = byteStr(v & 0xff);
        }
      }
    }
    if (rep == null) { out += s.substring(i - 2, i); }
    else out += rep;
    start = i;
  }
  return out + s.substring(start);
}

function needsAnsi(s: string): bool {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 32 || c == 127) return true; }
  return false;
}

/** ${x@Q}: '…' quoting, or $'…' when the text holds control characters. */
export function quoteForReuse(s: string): string {
  if (!needsAnsi(s)) return "'" + s.replaceAll("'", "'\\''") + "'";
  return ansiQuote(s);
}

export function ansiQuote(s: string): string {
  let out = "$'";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 7) out += '\\a';
    else if (c == 8) out += '\\b';
    else if (c == 27) out += '\\E';
    else if (c == 12) out += '\\f';
    else if (c == 10) out += '\\n';
    else if (c == 13) out += '\\r';
    else if (c == 9) out += '\\t';
    else if (c == 11) out += '\\v';
    else if (c == 92) out += '\\\\';
    else if (c == 39) out += "\\'";
    else if (c < 32 || c == 127) {
      out += '\\' + ((c >> 6) & 7).toString() + ((c >> 3) & 7).toString() + (c & 7).toString();
    } else out += String.fromCharCode(c);
  }
  return out + "'";
}

/** printf %q: backslash-escapes shell metacharacters; '' for empty; $'…' for control chars. */
export function shellQuote(s: string): string {
  if (s.length == 0) return "''";
  if (needsAnsi(s)) return ansiQuote(s);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = String.fromCharCode(c);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128 ||
      ch == '_' || ch == '-' || ch == '.' || ch == '/' || ch == ',' || ch == ':' || ch == '@' || ch == '%' || ch == '+' || ch == '=') {
      if ((ch == '=' || ch == '%') && false) out += '\\';
      out += ch;
    } else if (c == 126 && i == 0) out += '\\~';
    else if (c == 126) out += ch;
    else out += '\\' + ch;
  }
  return out;
}

/** Number of characters (code points) in s, as bash counts in a UTF-8 locale. */
export function charCount(s: string): i32 {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) { const p = s.charCodeAt(i - 1); if (p >= 0xd800 && p <= 0xdbff) continue; }
    n++;
  }
  return n;
}
