// Translation of POSIX regular expressions (GNU BRE and ERE, with GNU extensions \w \W \s \S
// \b \B \< \> \` \' and BRE \+ \? \|) into JavaScript RegExp source.
// Known difference: JS picks the leftmost-first alternative, POSIX the leftmost-longest; this
// changes only what -o prints for some alternations, never which lines match.

export class RegexError extends Error {}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: '0-9a-zA-Z', upper: 'A-Z', lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', print: ' -~', graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f', xdigit: '0-9A-Fa-f', word: '\\w',
};

const JS_SPECIAL = new Set([...'\\^$.|?*+()[]{}/']);
const lit = (c: string): string => (JS_SPECIAL.has(c) ? '\\' + c : c);

/** Translate a bracket expression starting at re[i] === '['; returns [jsSource, nextIndex]. */
function bracket(re: string, i: number, icase: boolean): [string, number] {
  let j = i + 1;
  let out = '[';
  if (re[j] === '^') { out += '^'; j++; }
  let first = true;
  for (;;) {
    if (j >= re.length) throw new RegexError('Unmatched [, [^, [:, [., or [=');
    const c = re[j] as string;
    if (c === ']' && !first) { j++; break; }
    first = false;
    if (c === '[' && (re[j + 1] === ':' || re[j + 1] === '=' || re[j + 1] === '.')) {
      const kind = re[j + 1] as string;
      const end = re.indexOf(kind + ']', j + 2);
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      const name = re.slice(j + 2, end);
      if (kind === ':') {
        const cls = CLASSES[name];
        if (cls === undefined) throw new RegexError('Invalid character class name');
        out += icase && (name === 'upper' || name === 'lower') ? 'a-zA-Z' : cls;
      } else {
        out += [...name].map((ch) => (/[\\\]\[^-]/.test(ch) ? '\\' + ch : ch)).join('');
      }
      j = end + 2;
      continue;
    }
    if (c === '-' && re[j + 1] !== ']' && out.length > 1 && out !== '[^') { out += '-'; j++; continue; }
    out += /[\\\]\[^-]/.test(c) ? '\\' + c : c;
    j++;
  }
  return [out + ']', j];
}

export interface Translated { source: string; groups: number }

/** Translate one POSIX pattern. groupBase offsets back-references (patterns are later joined
 *  with '|', each adding its groups). */
export function translate(re: string, extended: boolean, icase = false, groupBase = 0): Translated {
  let out = '';
  let groups = 0;
  const open: number[] = [];
  // True where '*' (and in ERE '+?{') would have nothing to repeat: start, after '(' or '|'.
  let atStart = true;
  let afterCaret = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i] as string;
    const startHere = atStart;
    atStart = false;
    const caretBefore = afterCaret;
    afterCaret = false;
    if (c === '\\') {
      const n = re[i + 1];
      i++;
      if (n === undefined) throw new RegexError('Trailing backslash');
      if (!extended && n === '(') { groups++; open.push(groups); out += '('; atStart = true; continue; }
      if (!extended && n === ')') { if (!open.pop()) throw new RegexError('Unmatched ) or \\)'); out += ')'; continue; }
      if (!extended && n === '|') { out += '|'; atStart = true; continue; }
      if (!extended && n === '{') {
        const m = /^(\d*)(,?)(\d*)\\\}/.exec(re.slice(i + 1));
        if (!m) throw new RegexError('Unmatched \\{');
        if (startHere) { out += '\\{'; continue; }
        out += interval(m);
        i += m[0].length;
        continue;
      }
      if (!extended && (n === '+' || n === '?')) { out += startHere ? '\\' + n : n; continue; }
      if (/[1-9]/.test(n)) {
        if (Number(n) > groups) throw new RegexError('Invalid back reference');
        out += '\\' + String(Number(n) + groupBase);
        continue;
      }
      switch (n) {
        case 'w': case 'W': case 's': case 'S': case 'b': case 'B': out += '\\' + n; continue;
        case '<': out += '\\b(?=\\w)'; continue;
        case '>': out += '\\b(?<=\\w)'; continue;
        case '`': out += '(?<![\\s\\S])'; continue;
        case "'": out += '(?![\\s\\S])'; continue;
        default: out += lit(n); continue;
      }
    }
    if (c === '[') { const [s, next] = bracket(re, i, icase); out += s; i = next - 1; continue; }
    if (c === '.') { out += '.'; continue; }
    if (c === '*') { out += startHere ? '\\*' : '*'; if (startHere) continue; continue; }
    if (c === '^') {
      // BRE: an anchor only first (or after \( or \|); a '*' right after it is literal.
      if (extended) { out += '^'; atStart = true; } else if (startHere && !caretBefore) { out += '^'; atStart = true; afterCaret = true; continue; } else out += '\\^';
      continue;
    }
    if (c === '$') {
      const rest = re.slice(i + 1);
      const anchor = extended || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|');
      out += anchor ? '$' : '\\$';
      continue;
    }
    if (extended) {
      if (c === '(') { groups++; open.push(groups); out += '('; atStart = true; continue; }
      if (c === ')') {
        if (!open.pop()) { out += '\\)'; continue; }
        out += ')'; continue;
      }
      if (c === '|') { out += '|'; atStart = true; continue; }
      if (c === '+' || c === '?') { out += startHere ? '\\' + c : c; continue; }
      if (c === '{') {
        const m = /^(\d*)(,?)(\d*)\}/.exec(re.slice(i + 1));
        if (!m || startHere || (m[1] === '' && m[3] === '' )) { out += '\\{'; continue; }
        out += interval(m);
        i += m[0].length;
        continue;
      }
    }
    out += lit(c);
  }
  if (open.length) throw new RegexError('Unmatched ( or \\(');
  return { source: out, groups };
}

function interval(m: RegExpExecArray): string {
  const lo = m[1] === '' ? '0' : (m[1] as string);
  const hi = m[3] as string;
  if (hi !== '' && Number(hi) < Number(lo)) throw new RegexError('Invalid content of \\{\\}');
  if (Number(lo) > 32767 || Number(hi) > 32767) throw new RegexError('Regular expression too big');
  return m[2] ? `{${lo},${hi}}` : `{${lo}}`;
}

/** Escape text so it matches literally (grep -F). */
export function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}/]/g, '\\$&');
}
