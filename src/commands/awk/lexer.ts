// awk tokens. Whether '/' starts a regex or divides depends on the previous token, which the
// lexer tracks itself; newlines are tokens (they end statements).

export type TokKind =
  | 'num' | 'str' | 'ere' | 'name' | 'funcname' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Token { kind: TokKind; text: string; value: string | number; line: number }

export class AwkSyntaxError extends Error {
  constructor(readonly line: number, message: string) { super(message); }
}

export const KEYWORDS = new Set([
  'BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next',
  'nextfile', 'exit', 'return', 'delete', 'getline', 'print', 'printf', 'in',
]);

export const BUILTINS = new Set([
  'length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'sin', 'cos', 'atan2', 'exp',
  'log', 'sqrt', 'int', 'rand', 'srand', 'tolower', 'toupper', 'system', 'close', 'fflush',
]);

const OPS = [
  '**=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '!~', '>>', '**',
  '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '=',
];

/** Awk string escapes: \n \t \" \\ \/ \ddd …; unknown escapes keep the backslash (as gawk warns). */
export function unescape(body: string, inRegex: boolean): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\' || i + 1 >= body.length) { out += c; continue; }
    const n = body[++i] as string;
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += inRegex ? '\\b' : '\b'; break;
      case '"': out += '"'; break;
      case '/': out += '/'; break;
      case '\\': out += inRegex ? '\\\\' : '\\'; break;
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1));
        if (!m) { out += '\\x'; break; }
        const ch = String.fromCharCode(parseInt(m[0], 16));
        out += inRegex && /[\\^$.|?*+()[\]{}]/.test(ch) ? '\\' + ch : ch;
        i += m[0].length;
        break;
      }
      default:
        if (n >= '0' && n <= '7') {
          let v = 0, k = 0;
          while (k < 3 && i < body.length && (body[i] as string) >= '0' && (body[i] as string) <= '7') { v = v * 8 + Number(body[i]); i++; k++; }
          i--;
          const ch = String.fromCharCode(v);
          out += inRegex && /[\\^$.|?*+()[\]{}]/.test(ch) ? '\\' + ch : ch;
        } else out += inRegex ? '\\' + n : '\\' + n;
    }
  }
  return out;
}

export function tokenize(src: string): Token[] {
  const toks: Token[] = [];
  let i = 0, line = 1;
  const operandEnd = (): boolean => {
    const t = toks[toks.length - 1];
    if (!t) return false;
    if (t.kind === 'num' || t.kind === 'str' || t.kind === 'ere' || t.kind === 'name' || t.kind === 'builtin') return true;
    if (t.kind === 'kw') return t.text === 'getline';
    return t.kind === 'op' && (t.text === ')' || t.text === ']' || t.text === '++' || t.text === '--' || t.text === '$');
  };
  const push = (kind: TokKind, text: string, value: string | number = text): void => { toks.push({ kind, text, value, line }); };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === '\\' && src[i + 1] === '\r' && src[i + 2] === '\n') { i += 3; line++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '\n') { push('nl', '\n'); line++; i++; continue; }
    if (c === '"') {
      let j = i + 1, body = '';
      for (;;) {
        if (j >= src.length || src[j] === '\n') throw new AwkSyntaxError(line, 'runaway string constant "' + body.slice(0, 10) + ' ...');
        const d = src[j] as string;
        if (d === '"') break;
        if (d === '\\' && j + 1 < src.length) {
          if (src[j + 1] === '\n') { j += 2; line++; continue; }
          body += d + src[j + 1]; j += 2; continue;
        }
        body += d; j++;
      }
      push('str', src.slice(i, j + 1), unescape(body, false));
      i = j + 1;
      continue;
    }
    if (c === '/' && !operandEnd()) {
      let j = i + 1, body = '', inBracket = false;
      for (;;) {
        if (j >= src.length || src[j] === '\n') throw new AwkSyntaxError(line, 'runaway regular expression /' + body.slice(0, 10) + ' ...');
        const d = src[j] as string;
        if (d === '/' && !inBracket) break;
        if (d === '\\' && j + 1 < src.length) { body += d + src[j + 1]; j += 2; continue; }
        if (d === '[' && !inBracket) {
          inBracket = true; body += d; j++;
          if (src[j] === '^') { body += '^'; j++; }
          if (src[j] === ']') { body += ']'; j++; }
          continue;
        }
        if (d === '[' && inBracket && src[j + 1] === ':') {
          const end = src.indexOf(':]', j + 2);
          if (end > 0 && !src.slice(j, end).includes('\n')) { body += src.slice(j, end + 2); j = end + 2; continue; }
        }
        if (d === ']' && inBracket) inBracket = false;
        body += d; j++;
      }
      push('ere', src.slice(i, j + 1), body);
      i = j + 1;
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(?:0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)/.exec(src.slice(i, i + 400));
      const text = (m as RegExpExecArray)[0];
      push('num', text, /^0[xX]/.test(text) ? parseInt(text, 16) : Number(text));
      i += text.length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[A-Za-z_0-9]/.test(src[j] as string)) j++;
      const w = src.slice(i, j);
      if (KEYWORDS.has(w)) push('kw', w === 'func' ? 'function' : w);
      else if (BUILTINS.has(w)) push('builtin', w);
      else push(src[j] === '(' ? 'funcname' : 'name', w);
      i = j;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(line, `syntax error at or near ${c}`);
    push('op', op);
    i += op.length;
  }
  line++;
  push('eof', 'end of file');
  return toks;
}
