// bash's syntax error messages (as `bash -c` prints them) and the SYNTAX_ERR node.

import { K_SYNTAX_ERR } from '../abi/layout.js';
import type { Encoder, Ref } from './encoder.js';

/** Who reports: the -c script, or a `…` body parsed when it runs. */
export const SHELL_NAME = 'bash: -c';
export const CMDSUB_NAME = 'bash: command substitution';

/** What went wrong, before it is turned into bash's text. */
export type SyntaxProblem =
  | { kind: 'token'; token: string; line: number; lineText: string }
  | { kind: 'eof'; line: number }
  | { kind: 'unclosed'; closer: string; line: number }
  | { kind: 'text'; text: string; line: number };

export function syntaxMessage(p: SyntaxProblem, who: string = SHELL_NAME): string {
  const at = `${who}: line ${p.line}: `;
  switch (p.kind) {
    case 'token':
      return `${at}syntax error near unexpected token \`${p.token}'\n${at}\`${p.lineText}'`;
    case 'eof':
      return `${at}syntax error: unexpected end of file`;
    case 'unclosed':
      return `${at}unexpected EOF while looking for matching \`${p.closer}'`;
    case 'text':
      return `${at}${p.text}`;
  }
}

export function syntaxErrNode(enc: Encoder, message: string, line: number): Ref {
  const r = enc.begin(K_SYNTAX_ERR);
  enc.str(message).int(line);
  return r;
}
