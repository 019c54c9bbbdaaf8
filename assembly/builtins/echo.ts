// echo builtin: -n (no newline), -e (escapes), -E (no escapes, the default); options may be
// combined (-ne) and stop at the first argument that is not made only of n/e/E letters.
import { Task } from '../core/task';
import { decodeEscapes, ESC_ECHO, stoppedByC, encodeOut } from '../expand/quote';

export function builtinEcho(t: Task, argv: Array<string>): i32 {
  let newline = true;
  let escapes = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a.length < 2 || a.charCodeAt(0) != 45) break;
    let ok = true;
    for (let k = 1; k < a.length; k++) {
      const c = a.charCodeAt(k);
      if (c != 110 && c != 101 && c != 69) { ok = false; break; }
    }
    if (!ok) break;
    for (let k = 1; k < a.length; k++) {
      const c = a.charCodeAt(k);
      if (c == 110) newline = false;
      else if (c == 101) escapes = true;
      else escapes = false;
    }
  }
  // Parts joined once at the end: `out += a` per argument copied the whole line each time
  // (quadratic: `echo {1..20000}` took seconds).
  const parts = new Array<string>();
  for (let k = i; k < argv.length; k++) {
    if (k > i) parts.push(' ');
    const a = unchecked(argv[k]);
    if (escapes) {
      parts.push(decodeEscapes(a, ESC_ECHO));
      if (stoppedByC) { t.outBytes(1, encodeOut(parts.join(''))); return 0; }
    } else parts.push(a);
  }
  if (newline) parts.push('\n');
  t.outBytes(1, encodeOut(parts.join('')));
  return 0;
}
