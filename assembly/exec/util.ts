// Small shared helpers of the core: path joining, strerror texts, status mirroring.
import {
  ERR_NOENT, ERR_IO, ERR_BADF, ERR_ACCES, ERR_EXIST, ERR_NOTDIR, ERR_ISDIR, ERR_INVAL, ERR_NOSPC,
  ERR_ROFS, ERR_PIPE, ERR_NAMETOOLONG, ERR_NOTEMPTY, ERR_LOOP, ERR_AGAIN,
} from '../abi/layout';

/** The text bash prints for -status (strerror). */
export function errText(err: i32): string {
  if (err < 0) err = -err;
  if (err == ERR_NOENT) return 'No such file or directory';
  if (err == ERR_ACCES) return 'Permission denied';
  if (err == ERR_ISDIR) return 'Is a directory';
  if (err == ERR_NOTDIR) return 'Not a directory';
  if (err == ERR_EXIST) return 'File exists';
  if (err == ERR_ROFS) return 'Read-only file system';
  if (err == ERR_NOSPC) return 'No space left on device';
  if (err == ERR_BADF) return 'Bad file descriptor';
  if (err == ERR_INVAL) return 'Invalid argument';
  if (err == ERR_LOOP) return 'Too many levels of symbolic links';
  if (err == ERR_NAMETOOLONG) return 'File name too long';
  if (err == ERR_NOTEMPTY) return 'Directory not empty';
  if (err == ERR_PIPE) return 'Broken pipe';
  if (err == ERR_AGAIN) return 'Resource temporarily unavailable';
  if (err == ERR_IO) return 'Input/output error';
  return 'Input/output error';
}

/** Absolute, normalised form of p relative to cwd ("." and ".." resolved lexically). */
export function absPath(cwd: string, p: string): string {
  const full = p.startsWith('/') ? p : (cwd.endsWith('/') ? cwd + p : cwd + '/' + p);
  return normPath(full);
}

export function normPath(full: string): string {
  const parts = full.split('/');
  const out: Array<string> = [];
  for (let i = 0; i < parts.length; i++) {
    const s = unchecked(parts[i]);
    if (s.length == 0 || s == '.') continue;
    if (s == '..') { if (out.length > 0) out.pop(); continue; }
    out.push(s);
  }
  return '/' + out.join('/');
}

/** Decimal digits only (non-empty). */
export function isDigits(s: string): bool {
  if (s.length == 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A valid shell identifier. */
export function isName(s: string): bool {
  if (s.length == 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95;
    if (!alpha && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** Parse a decimal integer with optional sign; ok = false when not a number. */
export class IntParse { ok: bool = false; value: i64 = 0; }
export function parseIntStr(s: string): IntParse {
  const r = new IntParse();
  let t = s.trim();
  if (t.length == 0) return r;
  let neg = false;
  let i = 0;
  const c0 = t.charCodeAt(0);
  if (c0 == 45 || c0 == 43) { neg = c0 == 45; i = 1; }
  if (i >= t.length) return r;
  let v: i64 = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return r;
    v = v * 10 + <i64>(c - 48);
  }
  r.ok = true;
  r.value = neg ? -v : v;
  return r;
}

/** Quote a word for xtrace / declare -p / set output the way bash does ('…' when needed). */
export function shellQuote(s: string): string {
  if (s.length == 0) return "''";
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
      c == 95 || c == 45 || c == 46 || c == 47 || c == 58 || c == 44 || c == 43 || c == 64 || c == 37 || c == 61;
    if (!ok) { plain = false; break; }
  }
  if (plain) return s;
  return "'" + s.replaceAll("'", "'\\''") + "'";
}
