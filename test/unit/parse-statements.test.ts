import { describe, expect, it } from 'vitest';
import { dump, wordDump } from './parse-helpers.js';
import { Encoder } from '../../src/parse/encoder.js';
import { dumpSegment } from '../../src/parse/dump.js';
import { lowerScript } from '../../src/parse/program.js';
import { CMDSUB_NAME } from '../../src/parse/syntax-error.js';

const w = (s: string): string => wordDump(s);
const cmd = (...words: string[]): string => `(simple ${words.map(w).join(' ')})`;

describe('statement lowering', () => {
  it('lists, background, and/or are left-associative', async () => {
    expect(await dump('a; b & c')).toBe(`(list ${cmd('a')} (background ${cmd('b')}) ${cmd('c')})`);
    expect(await dump('a && b || c')).toBe(`(list (or (and ${cmd('a')} ${cmd('b')}) ${cmd('c')}))`);
  });

  it('pipelines with |&', async () => {
    expect(await dump('a | b |& c')).toBe(`(list (pipe ${cmd('a')} ${cmd('b')} |& ${cmd('c')}))`);
  });

  it('assignments, words and redirections of a simple command', async () => {
    expect(await dump('a=1 b+=2 c[3]=4 cmd x 2>&1 >f')).toBe(
      `(list (simple (assign "a" ${w('1')}) (assign+ "b" ${w('2')}) (assign "c" [${w('3')}] ${w('4')}) ` +
      `${w('cmd')} ${w('x')} (redir 2 DUP_OUT ${w('1')}) (redir OUT ${w('f')})))`);
    expect(await dump('arr=(x y) z=')).toBe(`(list (simple (assign "arr" (list ${w('x')} ${w('y')})) (assign "z" ${w('')})))`);
  });

  it('every redirection operator', async () => {
    expect(await dump('c <f >>g <>h >|i &>j &>>k 3>&- 4<&0 {fd}>l')).toBe(
      `(list (simple ${w('c')} (redir IN ${w('f')}) (redir APPEND ${w('g')}) (redir INOUT ${w('h')}) ` +
      `(redir CLOBBER ${w('i')}) (redir OUT_ERR ${w('j')}) (redir APPEND_ERR ${w('k')}) (redir 3 DUP_OUT ${w('-')}) ` +
      `(redir 4 DUP_IN ${w('0')}) (redir {fd} OUT ${w('l')})))`);
  });

  it('if / elif / else', async () => {
    expect(await dump('if a; then b; elif c; then d; else e; fi')).toBe(
      `(list (if (list ${cmd('a')}) (list ${cmd('b')}) (if (list ${cmd('c')}) (list ${cmd('d')}) (list ${cmd('e')}))))`);
  });

  it('while, until, for, for without in', async () => {
    expect(await dump('while a; do b; done')).toBe(`(list (while (list ${cmd('a')}) (list ${cmd('b')})))`);
    expect(await dump('until a; do b; done')).toBe(`(list (until (list ${cmd('a')}) (list ${cmd('b')})))`);
    expect(await dump('for x in a b; do c; done')).toBe(`(list (for "x" (list ${w('a')} ${w('b')}) (list ${cmd('c')})))`);
    expect(await dump('for y; do c; done')).toBe(`(list (for "y" - (list ${cmd('c')})))`);
  });

  it('case with ;; ;& ;;& and an empty item', async () => {
    expect(await dump('case k in a|b) c;; *) d;& e) ;;& esac')).toBe(
      `(list (case ${w('k')} (item (list ${w('a')} ${w('b')}) (list ${cmd('c')}) BREAK) ` +
      `(item (list ${w('*')}) (list ${cmd('d')}) FALL) (item (list ${w('e')}) - CONTINUE)))`);
  });

  it('function definitions keep their source text', async () => {
    expect(await dump('f() { a; }')).toBe(`(list (funcdef "f" (group (list ${cmd('a')})) "f() { a; }"))`);
    expect(await dump('function g { b; } >x')).toBe(
      `(list (funcdef "g" (redirected (group (list ${cmd('b')})) (list (redir OUT ${w('x')}))) "function g { b; } >x"))`);
  });

  it('subshell and group with redirections', async () => {
    expect(await dump('(a) >f')).toBe(`(list (redirected (subshell (list ${cmd('a')})) (list (redir OUT ${w('f')}))))`);
    expect(await dump('{ a; } 2>/dev/null')).toBe(`(list (redirected (group (list ${cmd('a')})) (list (redir 2 OUT ${w('/dev/null')}))))`);
  });

  it('[[ ]]: && binds tighter than ||, operands of == are patterns', async () => {
    expect(await dump('[[ -f a || b == c && d ]]')).toBe(
      `(list (cond (c_or (c_unary "-f" ${w('a')}) (c_and (c_binary "==" ${w('b')} ${w('c')}) (c_word ${w('d')})))))`);
  });

  it('[ ] is a simple command', async () => {
    expect(await dump('[ -f x ]')).toBe(`(list ${cmd('[', '-f', 'x', ']')})`);
  });

  it('line numbers of simple commands and for loops', async () => {
    expect(await dump('a\n\nb\nfor x in y; do\nc\ndone', true)).toBe(
      `(list (simple :1 ${w('a')}) (simple :3 ${w('b')}) (for :4 "x" (list ${w('y')}) (list (simple :5 ${w('c')}))))`);
  });
});

describe('here-documents', () => {
  it('two bodies on one line, <<- strips tabs, quoted delimiter', async () => {
    expect(await dump('cat <<-"E" <<F >o\n\t\ta\n\tE\nb\nF\necho')).toBe(
      `(list (simple ${w('cat')} (redir HEREDOC ${wordDump('a\n', 'heredoc-quoted')}) (redir HEREDOC ${wordDump('b\n', 'heredoc')}) (redir OUT ${w('o')})) ${cmd('echo')})`);
  });
  it('a pipeline after the here-doc operator (repair)', async () => {
    expect(await dump('cat <<EOF | tac\na\nEOF\necho after')).toBe(
      `(list (pipe (simple ${w('cat')} (redir HEREDOC ${wordDump('a\n', 'heredoc')})) ${cmd('tac')}) ${cmd('echo', 'after')})`);
  });
  it('here-string', async () => {
    expect(await dump('cat <<<abc')).toBe(`(list (simple ${w('cat')} (redir HERESTR ${w('abc')})))`);
  });
});

describe('repairs of wrong trees', () => {
  it('x=1 y=2 then a newline: two statements', async () => {
    expect(await dump('x=1 y=2\necho a')).toBe(`(list (simple (assign "x" ${w('1')}) (assign "y" ${w('2')})) ${cmd('echo', 'a')})`);
  });
  it('! a | b negates the whole pipeline', async () => {
    expect(await dump('! a | b')).toBe(`(list (not (pipe ${cmd('a')} ${cmd('b')})))`);
  });
  it('! { …; } is a negated group', async () => {
    expect(await dump('! { a; }')).toBe(`(list (not (group (list ${cmd('a')}))))`);
  });
  it('time and time -p', async () => {
    expect(await dump('time a | b')).toBe(`(list (time (pipe ${cmd('a')} ${cmd('b')}) 0))`);
    expect(await dump('time -p a')).toBe(`(list (time ${cmd('a')} 1))`);
  });
});

describe('syntax errors as bash -c reports them', () => {
  const err = (msg: string, line: number): string => `(syntax_err ${JSON.stringify(msg)} ${line})`;
  it('unexpected token on the first line runs nothing', async () => {
    expect(await dump('echo a; if; fi')).toBe(`(list ${err("bash: -c: line 1: syntax error near unexpected token `;'\nbash: -c: line 1: `echo a; if; fi'", 1)})`);
  });
  it('lines before the failing one still run', async () => {
    expect(await dump('echo a\nif; fi')).toBe(
      `(list ${cmd('echo', 'a')} ${err("bash: -c: line 2: syntax error near unexpected token `;'\nbash: -c: line 2: `if; fi'", 2)})`);
  });
  it('unclosed quotes and substitutions', async () => {
    expect(await dump('echo "abc')).toBe(`(list ${err('bash: -c: line 1: unexpected EOF while looking for matching `"\'', 1)})`);
    expect(await dump('echo a\necho $(\nls')).toBe(
      `(list ${cmd('echo', 'a')} ${err("bash: -c: line 4: unexpected EOF while looking for matching `)'", 4)})`);
  });
  it('unexpected end of file', async () => {
    expect(await dump('echo a |')).toBe(`(list ${err('bash: -c: line 2: syntax error: unexpected end of file', 2)})`);
    expect(await dump('if true; then\n')).toBe(`(list ${err('bash: -c: line 2: syntax error: unexpected end of file', 2)})`);
  });
});

describe('command substitution bodies', () => {
  it('a syntax error inside $(…) fails the outer line, as bash reports it', async () => {
    expect(await dump('echo a\necho $(if)')).toBe(
      `(list ${cmd('echo', 'a')} (syntax_err ${JSON.stringify("bash: -c: line 2: syntax error near unexpected token `)'\nbash: -c: line 2: `echo $(if)'")} 2))`);
  });
  it('a `…` body with an error is reported when it runs, as "command substitution"', async () => {
    const enc = new Encoder();
    const seg = enc.finish(lowerScript(null, enc, 'if', 1, undefined, CMDSUB_NAME));
    expect(dumpSegment(seg)).toBe(`(list (syntax_err ${JSON.stringify('bash: command substitution: line 2: syntax error: unexpected end of file')} 2))`);
  });
});

describe('more repairs and fallbacks', () => {
  it('statements the tree glues together without a separator', async () => {
    expect(await dump('append x (a)')).toMatch(/syntax error near unexpected token `\('/);
  });
  it('{ needs a blank after it', async () => {
    expect(await dump('{ls; }')).toMatch(/unexpected token `}'/);
  });
  it('elif chains', async () => {
    expect(await dump('if a; then b; elif c; then d; elif e; then f; fi')).toBe(
      `(list (if (list ${cmd('a')}) (list ${cmd('b')}) (if (list ${cmd('c')}) (list ${cmd('d')}) (if (list ${cmd('e')}) (list ${cmd('f')}) -))))`);
  });
  it('a here-doc before the command name and with an fd prefix', async () => {
    expect(await dump('<<EOF cat\nx\nEOF')).toBe(`(list (simple ${w('cat')} (redir HEREDOC ${wordDump('x\n', 'heredoc')})))`);
    expect(await dump('0<<EOF cat\nx\nEOF')).toBe(`(list (simple ${w('cat')} (redir 0 HEREDOC ${wordDump('x\n', 'heredoc')})))`);
  });
  it('here-doc then more commands on its line', async () => {
    expect(await dump('cat <<EOF; echo x\nbody\nEOF')).toBe(
      `(list (simple ${w('cat')} (redir HEREDOC ${wordDump('body\n', 'heredoc')})) ${cmd('echo', 'x')})`);
  });
  it('for x in ; and for x do', async () => {
    expect(await dump('for x in ; do a; done')).toBe(`(list (for "x" (list) (list ${cmd('a')})))`);
    expect(await dump('for x do a; done')).toBe(`(list (for "x" - (list ${cmd('a')})))`);
  });
  it('non-ASCII text keeps offsets right (tree-sitter reports UTF-16 indices)', async () => {
    expect(await dump('echo é😀 | cat; ls')).toBe(`(list (pipe ${cmd('echo', 'é😀')} ${cmd('cat')}) ${cmd('ls')})`);
  });
});
