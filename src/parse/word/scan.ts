// Skippers over raw word text: each takes the index of an opening character and returns the index
// just past its matching close (text.length when unterminated). They understand quotes, escapes and
// nested expansions, and are shared by the word scanner, ${…} operand splitting and brace expansion.

/** t[i] === "'": past the closing quote. */
export function skipSingle(t: string, i: number): number {
  const j = t.indexOf("'", i + 1);
  return j < 0 ? t.length : j + 1;
}

/** t[i] === "'" of $'…': backslash escapes the next character. */
export function skipAnsi(t: string, i: number): number {
  let j = i + 1;
  while (j < t.length) {
    const c = t[j];
    if (c === '\\') j += 2;
    else if (c === "'") return j + 1;
    else j++;
  }
  return t.length;
}

/** t[i] === '"': past the closing double quote. */
export function skipDouble(t: string, i: number): number {
  let j = i + 1;
  while (j < t.length) {
    const c = t[j];
    if (c === '\\') j += 2;
    else if (c === '"') return j + 1;
    else if (c === '$') j = skipDollar(t, j);
    else if (c === '`') j = skipBacktick(t, j);
    else j++;
  }
  return t.length;
}

/** t[i] === '`': past the closing backquote. */
export function skipBacktick(t: string, i: number): number {
  let j = i + 1;
  while (j < t.length) {
    const c = t[j];
    if (c === '\\') j += 2;
    else if (c === '`') return j + 1;
    else j++;
  }
  return t.length;
}

/** t[i] === '$': past the expansion it starts (${…}, $(…), $((…)), $'…', $"…"); i + 1 otherwise
 *  (names after $ are plain characters for every skipper). */
export function skipDollar(t: string, i: number): number {
  const c = t[i + 1];
  if (c === '{') return skipBraceParam(t, i + 1);
  if (c === '(') return skipParen(t, i + 1);
  if (c === "'") return skipAnsi(t, i + 1);
  if (c === '"') return skipDouble(t, i + 1);
  return i + 1;
}

/** t[i] === '{' of ${: past the matching '}' (nested braces, quotes and expansions respected). */
export function skipBraceParam(t: string, i: number): number {
  let depth = 1;
  let j = i + 1;
  while (j < t.length) {
    const c = t[j];
    if (c === '\\') j += 2;
    else if (c === "'") j = skipSingle(t, j);
    else if (c === '"') j = skipDouble(t, j);
    else if (c === '`') j = skipBacktick(t, j);
    else if (c === '$') j = skipDollar(t, j);
    else if (c === '{') { depth++; j++; }
    else if (c === '}') { if (--depth === 0) return j + 1; j++; }
    else j++;
  }
  return t.length;
}

const DELIM = ' \t\n;&|()<>';
/** Reserved words after which the next word starts a command. */
const CMD_WORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', 'time']);

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

/** t[i] === '(' (of $( , <( , >( or $(( ): past the matching ')'. Tracks nested parentheses, quotes,
 *  comments, here-doc bodies, and case … esac so that an unbalanced pattern `a)` does not close the
 *  substitution. inArith: the parenthesis is inside $((…)) (where << is a shift). */
export function skipParen(t: string, i: number, inArith = false): number {
  const stack: number[] = []; // 0 = '(' , 1 = case … esac, 2 = '((' (arithmetic: << is a shift)
  const arith = inArith || t[i + 1] === '(';
  let j = i + 1;
  let wordStart = true;
  let cmdPos = true; // at a place where a reserved word is recognised
  const heredocs: (string | number)[] = []; // pending here-docs: delimiter, strip-tabs (0/1) pairs
  while (j < t.length) {
    const c = t[j]!;
    if (c === '\\') { j += 2; wordStart = cmdPos = false; continue; }
    if (c === "'") { j = skipSingle(t, j); wordStart = cmdPos = false; continue; }
    if (c === '"') { j = skipDouble(t, j); wordStart = cmdPos = false; continue; }
    if (c === '`') { j = skipBacktick(t, j); wordStart = cmdPos = false; continue; }
    if (c === '$') { j = skipDollar(t, j); wordStart = cmdPos = false; continue; }
    // bash reads $((…)) to its closing parentheses without comments: `$((#1))` is an arithmetic error
    if (c === '#' && wordStart && !arith && !stack.includes(2)) {
      const nl = t.indexOf('\n', j);
      j = nl < 0 ? t.length : nl;
      continue;
    }
    if (c === '(') { stack.push(t[j + 1] === '(' ? 2 : 0); j++; wordStart = cmdPos = true; continue; }
    if (c === ')') {
      if (stack.length === 0) return j + 1;
      if (stack[stack.length - 1] !== 1) stack.pop();
      j++; wordStart = cmdPos = true; continue;
    }
    if (wordStart && /[a-z]/.test(c)) {
      let k = j;
      while (isIdentChar(t[k])) k++;
      const w = t.slice(j, k);
      const after = t[k];
      const ends = after === undefined || DELIM.includes(after);
      if (ends && cmdPos && w === 'case') stack.push(1);
      else if (ends && w === 'esac' && stack[stack.length - 1] === 1) stack.pop();
      // after a reserved word that starts a command list, the next word is again in command position
      cmdPos = ends && CMD_WORDS.has(w);
      j = k; wordStart = false;
      continue;
    }
    if ((c === '{' || c === '!') && wordStart) { j++; wordStart = false; continue; } // keeps cmdPos
    if (c === '\n' && heredocs.length > 0) {
      j = skipHeredocBodies(t, j + 1, heredocs);
      heredocs.length = 0;
      cmdPos = wordStart = true;
      continue;
    }
    if (c === '<' && t[j + 1] === '<' && t[j + 2] !== '<' && !arith && !stack.includes(2)) {
      const h = readHeredocOp(t, j);
      if (h) { heredocs.push(h.delim, h.strip ? 1 : 0); j = h.end; wordStart = false; continue; }
    }
    if (c === ';' || c === '&' || c === '|' || c === '\n') { cmdPos = true; wordStart = true; j++; continue; }
    if (c === ' ' || c === '\t' || c === '<' || c === '>') { wordStart = true; j++; continue; }
    wordStart = false; cmdPos = false; j++;
  }
  return t.length;
}

/** t[j..] === '<<…': the here-doc operator and its delimiter word (quotes removed), or null. */
function readHeredocOp(t: string, j: number): { delim: string; strip: boolean; end: number } | null {
  let k = j + 2;
  const strip = t[k] === '-';
  if (strip) k++;
  while (t[k] === ' ' || t[k] === '\t') k++;
  let delim = '';
  while (k < t.length && !' \t\n;&|()<>'.includes(t[k]!)) {
    const c = t[k]!;
    if (c === "'" || c === '"') {
      const close = t.indexOf(c, k + 1);
      if (close < 0) return null;
      delim += t.slice(k + 1, close);
      k = close + 1;
    } else if (c === '\\' && k + 1 < t.length) {
      delim += t[k + 1];
      k += 2;
    } else {
      delim += c;
      k++;
    }
  }
  return delim === '' ? null : { delim, strip, end: k };
}

/** From the start of the line after a here-doc operator: past the bodies of the pending here-docs
 *  (each ends at a line equal to its delimiter, leading tabs ignored for <<-). */
function skipHeredocBodies(t: string, j: number, pending: (string | number)[]): number {
  for (let h = 0; h < pending.length; h += 2) {
    const delim = pending[h] as string;
    const strip = pending[h + 1] === 1;
    while (j < t.length) {
      const nl = t.indexOf('\n', j);
      const lineEnd = nl < 0 ? t.length : nl;
      let line = t.slice(j, lineEnd);
      if (strip) line = line.replace(/^\t+/, '');
      j = nl < 0 ? t.length : nl + 1;
      if (line === delim) break;
    }
  }
  return j;
}
