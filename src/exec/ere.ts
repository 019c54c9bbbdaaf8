// POSIX extended regular expressions (bash's [[ =~ ]]) on the host's RegExp engine.
// Translation: bracket expressions ([[:alpha:]], a literal ']' first, backslash literal inside
// brackets) are rewritten; everything else in ERE has the same meaning in JS syntax.

const classes: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f', xdigit: '0-9A-Fa-f',
  word: '\\w',
};

/** ERE → JS RegExp source, or null when the ERE is malformed. */
export function ereToJs(ere: string): string | null {
  let out = '';
  for (let i = 0; i < ere.length; i++) {
    const c = ere[i]!;
    if (c === '\\') {
      const n = ere[i + 1];
      if (n === undefined) return null;
      out += /[a-zA-Z0-9]/.test(n) ? n : '\\' + n;
      i++;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      let body = '';
      if (ere[j] === '^') { body += '^'; j++; }
      if (ere[j] === ']') { body += '\\]'; j++; }
      for (; j < ere.length && ere[j] !== ']'; j++) {
        const d = ere[j]!;
        if (d === '[' && ere[j + 1] === ':') {
          const end = ere.indexOf(':]', j + 2);
          if (end < 0) return null;
          const cls = classes[ere.slice(j + 2, end)];
          if (cls === undefined) return null;
          body += cls;
          j = end + 1;
        } else if (d === '\\' || d === '[') {
          body += '\\' + d;
        } else {
          body += d;
        }
      }
      if (j >= ere.length) return null;
      out += '[' + body + ']';
      i = j;
      continue;
    }
    if (c === '{' && !/^\{\d*(,\d*)?\}/.test(ere.slice(i))) { out += '\\{'; continue; }
    if (c === '}' ) { const open = out.lastIndexOf('{'); if (open < 0 || out[open - 1] === '\\') { out += '\\}'; continue; } }
    out += c;
  }
  return out;
}

const cache = new Map<string, RegExp | null>();

/** Leftmost match of ere in text: flat [start, end] pairs (group 0 first, -1 when a group did
 *  not take part), -1 for no match, -2 for an invalid pattern. Indices are UTF-16 offsets. */
export function matchEre(ere: string, text: string): number[] | number {
  let re = cache.get(ere);
  if (re === undefined) {
    const src = ereToJs(ere);
    try { re = src === null ? null : new RegExp(src, 'd'); } catch { re = null; }
    if (cache.size > 256) cache.clear();
    cache.set(ere, re);
  }
  if (re === null) return -2;
  const m = re.exec(text);
  if (!m) return -1;
  const out: number[] = [];
  const idx = (m as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices;
  for (let g = 0; g < m.length; g++) {
    const span = idx?.[g];
    if (span) out.push(span[0], span[1]); else out.push(-1, -1);
  }
  return out;
}
