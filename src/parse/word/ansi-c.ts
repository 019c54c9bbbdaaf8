// $'…' decoding (bash's ANSI-C quoting).

function hexVal(c: string | undefined): number {
  if (c === undefined) return -1;
  const v = parseInt(c, 16);
  return Number.isNaN(v) ? -1 : v;
}

/** Decode the body of $'…' (between the quotes). Escapes: \a \b \e \E \f \n \r \t \v \\ \' \" \?
 *  \nnn (1-3 octal digits) \0nnn, \xHH (1-2 hex digits), \uHHHH, \UHHHHHHHH, \cX (control char).
 *  An unknown escape keeps its backslash. Bytes from \nnn / \xHH above 0x7f map to the code point of
 *  the same value (strings here are UTF-16; raw bytes are not representable). */
export function decodeAnsiC(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) { out += c; i++; continue; }
    const e = s[i + 1]!;
    i += 2;
    switch (e) {
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'e': case 'E': out += '\x1b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case '?': out += '?'; break;
      case 'x': {
        let v = 0, n = 0;
        while (n < 2 && hexVal(s[i]) >= 0) { v = v * 16 + hexVal(s[i]); i++; n++; }
        out += n === 0 ? '\\x' : String.fromCharCode(v);
        break;
      }
      case 'u': case 'U': {
        const max = e === 'u' ? 4 : 8;
        let v = 0, n = 0;
        while (n < max && hexVal(s[i]) >= 0) { v = v * 16 + hexVal(s[i]); i++; n++; }
        if (n === 0) out += '\\' + e;
        else out += v <= 0x10ffff ? String.fromCodePoint(v) : '';
        break;
      }
      case 'c': {
        const x = s[i];
        if (x === undefined) { out += '\\c'; break; }
        i++;
        if (x === '\\' && s[i] === '\\') i++;
        out += x === '?' ? '\x7f' : String.fromCharCode(x.toUpperCase().charCodeAt(0) & 0x1f);
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          let v = e.charCodeAt(0) - 48, n = 1;
          while (n < 3 && s[i] !== undefined && s[i]! >= '0' && s[i]! <= '7') { v = v * 8 + s.charCodeAt(i) - 48; i++; n++; }
          out += String.fromCharCode(v & 0xff);
        } else {
          out += '\\' + e;
        }
    }
  }
  return out;
}
