// fnmatch-style glob matching for --include/--exclude and find -name: '*', '?', '[...]'
// (with '!' or '^' negation and [:class:]), '\' escapes. No path semantics: '*' matches '/'.

const CLASS: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: '0-9a-zA-Z', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f', xdigit: '0-9A-Fa-f',
};

/** Compile a glob into an anchored RegExp. */
export function globToRegExp(glob: string, icase = false): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '\\' && i + 1 < glob.length) out += esc(glob[++i] as string);
    else if (c === '[') {
      let j = i + 1;
      let cls = '[';
      if (glob[j] === '!' || glob[j] === '^') { cls += '^'; j++; }
      let first = true;
      let ok = false;
      while (j < glob.length) {
        const d = glob[j] as string;
        if (d === ']' && !first) { ok = true; break; }
        first = false;
        const m = /^\[:([a-z]+):\]/.exec(glob.slice(j));
        if (m && CLASS[m[1] as string]) { cls += CLASS[m[1] as string]; j += m[0].length; continue; }
        if (d === '-' && cls.length > 1 && glob[j + 1] !== ']') { cls += '-'; j++; continue; }
        cls += /[\\\]\[^-]/.test(d) ? '\\' + d : d;
        j++;
      }
      if (ok) { out += cls + ']'; i = j; } else out += '\\[';
    } else out += esc(c);
  }
  return new RegExp('^' + out + '$', icase ? 'i' : '');
}

function esc(c: string): string { return /[\\^$.|?*+()[\]{}/]/.test(c) ? '\\' + c : c; }
