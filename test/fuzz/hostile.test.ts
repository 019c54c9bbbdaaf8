// Hostile input: execute() must resolve (never reject, never hang) for anything a script does, with an
// exit status in 0..255, and the workspace must still work afterwards. Deterministic (seeded PRNG) and
// bounded so the file runs in well under a minute on a loaded 2-core machine.
// Run: npx vitest run --config test/fuzz/vitest.config.ts
// Cases marked it.skip are known bugs outside src/parse/word (see the comment on each).
import { beforeAll, describe, expect, it } from 'vitest';
import { Workspace, MemoryFs } from '../../src/index.js';

/** mulberry32: small seeded PRNG, so every failure reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIMEOUT = 3000;
/** Wall-clock slack on top of timeoutMs before a call counts as hung (the machine is shared). */
const SLACK = 6000;
const OUT_LIMIT = 1 << 20;
const dec = new TextDecoder();

interface Res { stdout: string; stderr: string; exitCode: number; ms: number; raw: Uint8Array }

let ws: Workspace;

beforeAll(async () => {
  ws = new Workspace(
    { '/data': new MemoryFs({ 'a.txt': 'hello\n', 'bin.dat': new Uint8Array([0xff, 0x00, 0xfe, 0x0a, 0xc3, 0x28]) }) },
    { limits: { maxOutputBytes: OUT_LIMIT } },
  );
  await ws.execute('true');
});

/** Run a script under the hostile-input contract and return what it produced. */
async function run(script: string, timeoutMs = TIMEOUT): Promise<Res> {
  const t0 = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, rej) => {
    timer = setTimeout(() => rej(new Error(`hung: no result after ${timeoutMs + SLACK} ms`)), timeoutMs + SLACK);
  });
  let r;
  try {
    r = await Promise.race([ws.execute(script, { timeoutMs }), hang]);
  } finally {
    clearTimeout(timer);
  }
  const ms = Date.now() - t0;
  expect(Number.isInteger(r.exitCode)).toBe(true);
  expect(r.exitCode).toBeGreaterThanOrEqual(0);
  expect(r.exitCode).toBeLessThanOrEqual(255);
  expect(dec.decode(r.stderr)).not.toMatch(/internal error/);
  const after = await ws.execute('echo ok');
  expect(dec.decode(after.stdout)).toBe('ok\n');
  expect(after.exitCode).toBe(0);
  return { stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr), exitCode: r.exitCode, ms, raw: r.stdout };
}

const rep = (s: string, n: number) => s.repeat(n);

describe('deep nesting', () => {
  const N = 1000;
  const cases: [string, string, string][] = [
    ['{ } groups', rep('{ ', N) + 'echo hi' + rep('; }', N), 'hi\n'],
    ['( ) subshells', rep('( ', 200) + 'echo hi' + rep(' )', 200), 'hi\n'],
    ['if nest', rep('if true; then ', N) + 'echo hi' + rep('; fi', N), 'hi\n'],
    ['while nest', rep('while true; do ', N) + 'echo hi; break' + rep('; break; done', N), 'hi\n'],
    ['[[ ( ) ]]', '[[ ' + rep('( ', N) + 'a' + rep(' )', N) + ' ]] && echo hi', 'hi\n'],
  ];
  for (const [name, script, out] of cases) {
    it(name, async () => {
      const r = await run(script);
      expect(r.stdout).toBe(out);
      expect(r.exitCode).toBe(0);
    });
  }

  it('$( $( … ) ) 100 deep', async () => {
    const r = await run('echo ' + rep('$(', 100) + 'echo hi' + rep(')', 100));
    expect(r.exitCode).toBe(0);
  });
  it('$( $( … ) ) 1000 deep resolves', async () => {
    await run('echo ' + rep('$(', N) + 'echo hi' + rep(')', N));
  });
  it('"$( "$( … )" )" 300 deep resolves', async () => {
    await run('echo ' + rep('"$(', 300) + 'echo hi' + rep(')"', 300));
  });
  it('((((…)))) 1000 deep resolves', async () => {
    await run('echo $((' + rep('(', N) + '1' + rep(')', N) + '))');
  });
  it('((((…)))) 600 deep is 1', async () => {
    const r = await run('echo $((' + rep('(', 600) + '1' + rep(')', 600) + '))');
    expect(r.stdout).toBe('1\n');
  });
  it('$((1+1+…)) 500 terms is 501', async () => {
    const r = await run('echo $((' + rep('1+', 500) + '1))');
    expect(r.stdout).toBe('501\n');
  });
  it('arithmetic trees too deep for the executor fail cleanly (status 1, bash\'s recursion message)', async () => {
    for (const e of [rep('1+', 1000) + '1', rep('(1+', 1000) + '1' + rep(')', 1000), rep('-', 1000) + '1', rep('1+', 50000) + '1']) {
      const r = await run(`echo $((${e}))`);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain('expression recursion level exceeded');
    }
  });
  // BUG (assembly/ arithmetic evaluation recurses on the Wasm stack, overflowing near 850 levels):
  // the parser therefore refuses trees deeper than 512 (src/parse/word/arith.ts MAX_TREE_DEPTH);
  // bash evaluates `echo $(( $(seq -s+ 1000) ))` → 500500.
  it.skip('$(( $(seq -s+ 1000) )) (executor recursion limit)', async () => {
    const r = await run('echo $(( $(seq -s+ 1000) ))');
    expect(r.stdout).toBe('500500\n');
  });
  it('((((…)))) 200 deep is 1', async () => {
    const r = await run('echo $((' + rep('(', 200) + '1' + rep(')', 200) + '))');
    expect(r.stdout).toBe('1\n');
  });
  // BUG (assembly/ expansion recurses on the Wasm stack): nested ${x:-…} about 200 deep or more ends
  // in 126 "shellspace: internal error: Maximum call stack size exceeded" (RangeError in the executor);
  // bash prints hi. Same for $((1+$((1+…)))) from about 300 deep (bash: 301).
  it.skip('${x:-${x:-…}} 1000 deep resolves (executor stack overflow)', async () => {
    await run('echo ' + rep('${x:-', N) + 'hi' + rep('}', N));
  });
  it('${x:-${x:-…}} 100 deep', async () => {
    const r = await run('echo ' + rep('${x:-', 100) + 'hi' + rep('}', 100));
    expect(r.stdout).toBe('hi\n');
  });
  it('{a,{a,…}} 1000 deep brace expansion', async () => {
    const r = await run('echo ' + rep('{a,', N) + 'b' + rep('}', N) + ' | wc -w');
    expect(r.stdout).toBe('1001\n');
  });
  it('$((1+$((1+…)))) 200 deep', async () => {
    const r = await run('echo ' + rep('$((1+', 200) + '1' + rep('))', 200));
    expect(r.stdout).toBe('201\n');
  });
  it.skip('$((1+$((1+…)))) 300 deep (executor stack overflow, see above)', async () => {
    const r = await run('echo ' + rep('$((1+', 300) + '1' + rep('))', 300));
    expect(r.stdout).toBe('301\n');
  });
  // BUG (assembly/ arithmetic evaluation recurses on the Wasm stack): when the parser manages to lower
  // 1000 nested $((1+…)), running it overflows the Wasm stack and the kernel reports
  // "shellspace: internal error: Maximum call stack size exceeded" (126). bash prints 1001.
  it.skip('$((1+$((1+…)))) 1000 deep (executor stack overflow)', async () => {
    await run('echo ' + rep('$((1+', N) + '1' + rep('))', N));
  });
});

describe('huge input', () => {
  it('1 MB argument', async () => {
    const r = await run(`x=${rep('a', 1 << 20)}; echo \${#x}; printf %s "$x" | wc -c`);
    expect(r.stdout).toBe(`${1 << 20}\n${1 << 20}\n`);
  });
  it('1 MB here-doc', async () => {
    const body = rep('0123456789abcdef\n', 1 << 16);
    const r = await run(`cat <<'EOF' | wc -c\n${body}EOF\n`);
    expect(r.stdout).toBe(`${body.length}\n`);
  });
  it('expanding here-doc of 4096 lines', async () => {
    const body = rep('$x\n', 1 << 12);
    const r = await run(`x=ab; cat <<EOF | wc -c\n${body}EOF\n`);
    expect(r.stdout).toBe(`${3 << 12}\n`);
  });
  // BUG (assembly/ word expansion): a word with many parts expands in quadratic time and the
  // expansion never yields, so timeoutMs is not honoured: a here-doc of 65536 lines `$x` takes
  // far over 9 s with timeoutMs=3000 (16384 lines: ~3 s); "$x$x…" with 16384 parts ~0.7 s. bash: instant.
  it.skip('1 MB expanding here-doc (quadratic, ignores timeoutMs)', async () => {
    const body = rep('$x\n', 1 << 16);
    const r = await run(`x=ab; cat <<EOF | wc -c\n${body}EOF\n`);
    expect(r.stdout).toBe(`${3 << 16}\n`);
  });
  it('100 kB of commands', async () => {
    const r = await run(rep('x=$((x+1))\n', 10000) + 'echo $x');
    expect(r.stdout).toBe('10000\n');
  });
  it('$(…) capturing 100 kB', async () => {
    const r = await run('x=$(printf %100000s); echo ${#x}');
    expect(r.stdout).toBe('100000\n');
  });
  // Regression: a single builtin write of more than two rings into $(…) used to deadlock (the
  // scheduler did not count bytes moved between two blocked tasks as progress).
  it('$(printf %300000s) collects all of it', async () => {
    const r = await run('x=$(printf %300000s); echo ${#x}');
    expect(r.stdout).toBe('300000\n');
  });
  // Regression: echo joined its arguments by repeated concatenation (quadratic).
  it('echo {1..20000} stays within the timeout', async () => {
    const r = await run('echo {1..20000} | wc -c');
    expect(r.stdout).toBe('108894\n');
    expect(r.ms).toBeLessThan(TIMEOUT + 1000);
  });
});

describe('unterminated constructs: exit 2 with bash\'s message', () => {
  const cases: [string, string][] = [
    ['echo "abc', "unexpected EOF while looking for matching `\"'"],
    ["echo 'abc", "unexpected EOF while looking for matching `''"],
    ['echo ${x', "unexpected EOF while looking for matching `}'"],
    ['echo $(echo', "unexpected EOF while looking for matching `)'"],
    ['echo `echo', "unexpected EOF while looking for matching ``'"],
    ['echo $((1+', "unexpected EOF while looking for matching `)'"],
    ['if true; then echo', 'syntax error: unexpected end of file'],
    ['while :; do', 'syntax error: unexpected end of file'],
    ['case x in', 'syntax error: unexpected end of file'],
    ['f() {', 'syntax error: unexpected end of file'],
    ['echo a |', 'syntax error: unexpected end of file'],
    ['echo a &&', 'syntax error: unexpected end of file'],
    ['( echo', "syntax error: unexpected end of file"],
  ];
  for (const [script, msg] of cases) {
    it(JSON.stringify(script), async () => {
      const r = await run(script);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(msg);
      expect(r.stderr).toMatch(/line \d+/);
      expect(r.stdout).toBe('');
    });
  }
  it('unterminated here-doc runs with the rest as its body', async () => {
    const r = await run('cat <<EOF\nabc');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^abc\n?$/);
  });
  // BUG (src/parse here-doc, not src/parse/word): bash ends an unterminated here-doc body with a
  // newline and warns: `cat <<EOF⏎abc` → stdout "abc\n", stderr "bash: line 2: warning: here-document
  // at line 1 delimited by end-of-file (wanted `EOF')". shellspace prints "abc" and no warning.
  it.skip('unterminated here-doc: bash\'s newline and warning', async () => {
    const r = await run('cat <<EOF\nabc');
    expect(r.stdout).toBe('abc\n');
    expect(r.stderr).toContain("here-document at line 1 delimited by end-of-file (wanted `EOF')");
  });
  // BUG (src/parse statements): the line number of an unterminated $((: `echo $((1+` → bash says
  // "line 1", shellspace "line 2".
  it.skip('unterminated $(( names line 1', async () => {
    const r = await run('echo $((1+');
    expect(r.stderr).toContain('line 1:');
  });
  it('"$((#1))" is an arithmetic error, not a comment', async () => {
    const r = await run('echo "$((#1))"; echo "s=$?"');
    expect(r.stderr).toContain('#1: syntax error: operand expected (error token is "#1")');
    expect(r.stdout).not.toContain('$((');
  });
  // BUG (src/parse statements / tree-sitter): `#` inside $((…)) starts no comment in bash:
  // `x=$((#1))` → bash: "#1: syntax error: operand expected (error token is "#1")", status 1;
  // shellspace: exit 2 "syntax error near unexpected token `)'".
  it.skip('# in $((…)) is not a comment', async () => {
    const r = await run('x=$((#1)); echo $?');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('#1: syntax error: operand expected');
  });
});

describe('arithmetic edge cases (bash 5.2 texts)', () => {
  const ok: [string, string][] = [
    ['2**64', '0'], ['2**63', '-9223372036854775808'], ['9223372036854775807+1', '-9223372036854775808'],
    ['-9223372036854775808/-1', '-9223372036854775808'], ['-9223372036854775808%-1', '0'], ['64#@_', '4031'],
    ['36#Z', '35'], ['37#A', '36'], ['0x', '0'], ['1<<64', '1'], ['1<<-1', '-9223372036854775808'],
    ['x=1,x++', '1'], ['-2**2', '4'], ['0xffffffffffffffffff', '-1'],
  ];
  for (const [e, want] of ok) {
    it(`$((${e})) = ${want}`, async () => {
      const r = await run(`echo $((${e}))`);
      expect(r.stdout).toBe(`${want}\n`);
      expect(r.exitCode).toBe(0);
    });
  }
  const bad: [string, string][] = [
    ['1/0', 'division by 0 (error token is "0")'], ['5%0', 'division by 0 (error token is "0")'],
    ['16#', 'invalid integer constant'], ['65#1', 'invalid arithmetic base'], ['1#1', 'invalid arithmetic base'],
    ['2#102', 'value too great for base'], ['08', 'value too great for base'], ['2**-1', 'exponent less than 0'],
    ['++', 'operand expected'], ['a[', 'bad array subscript'], ['1?2', "`:' expected for conditional expression"],
    ['1 2', 'syntax error in expression'], ['x+=1+', 'operand expected'],
  ];
  for (const [e, msg] of bad) {
    it(`$((${e})) fails: ${msg}`, async () => {
      const r = await run(`echo $((${e}))`);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(msg);
    });
  }
  // BUG (assembly/arith parseNumber): a number with a base prefix (0…, 0x…) or a second # must fail
  // with "invalid number": `echo $((010#1))` → bash "010#1: invalid number (error token is "010#1")"
  // status 1, shellspace prints 1; `$((0#1))`, `$((00#1))`, `$((0#))` → shellspace "invalid arithmetic
  // base"; `$((2#1#1))`, `$((64#1#1))` → shellspace "value too great for base".
  it.skip('base prefixes and second # are "invalid number"', async () => {
    for (const e of ['010#1', '0#1', '00#1', '0#', '2#1#1', '64#1#1']) {
      const r = await run(`echo $((${e}))`);
      expect(r.stderr).toContain(`${e}: invalid number`);
    }
  });
  // bash -c: an arithmetic expansion error discards the rest of the line.
  it('expansion error aborts the line', async () => {
    const r = await run('echo $((1/0)); echo hi');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
  });
  it('division by zero in (( )) and let keeps the shell alive', async () => {
    const r = await run('(( 1/0 )); echo "s=$?"; let x=5%0; echo "t=$?"');
    expect(r.stdout).toBe('s=1\nt=1\n');
  });
});

describe('runaway scripts end with a limit', () => {
  it('fork-bomb-like recursion f(){ f; }; f', async () => {
    const r = await run('f(){ f; }; f');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/nesting|recursion|limit/);
  });
  // BUG (assembly/ allocation): a trap instead of a limit: `x=a; while :; do x=$x$x; done` ends with
  // 126 "shellspace: internal error: unreachable" (an AssemblyScript allocation failure) after ~0.8 s;
  // `f(){ f | f; }; f` too, on some runs (others time out with 124). Expected 126 naming
  // maxMemoryPages (the kernel maps only allocation/grow messages to it).
  it.skip('f(){ f | f; }; f (allocation trap on some runs)', async () => {
    const r = await run('f(){ f | f; }; f');
    expect([124, 126]).toContain(r.exitCode);
  });
  it('while :; do x+=aaaa; done (memory growth) stops at the timeout or memory limit', async () => {
    const r = await run('while :; do x+=aaaa; done', 2000);
    expect([124, 126]).toContain(r.exitCode);
    expect(r.stderr).toMatch(/timeoutMs|maxMemoryPages/);
  });
  it('x=$x$x doubling hits the memory limit or the timeout (allocation trap)', async () => {
    const r = await run('x=a; while :; do x=$x$x; done', 2000);
    expect([124, 126]).toContain(r.exitCode);
    expect(r.stderr).toMatch(/timeoutMs|maxMemoryPages/);
  });
  it('while :; do :; done times out with 124', async () => {
    const r = await run('while :; do :; done', 1000);
    expect(r.exitCode).toBe(124);
    expect(r.stderr).toContain('timeoutMs');
    expect(r.ms).toBeLessThan(1000 + SLACK);
  });
  it('yes | head -n 3', async () => {
    const r = await run('yes | head -n 3');
    expect(r.stdout).toBe('y\ny\ny\n');
    expect(r.exitCode).toBe(0);
  });
  it('PIPESTATUS after yes | head', async () => {
    const r = await run('yes | head -n 3; echo "${PIPESTATUS[*]}"');
    expect(r.stdout).toBe('y\ny\ny\n141 0\n');
  });
  it('yes | tr y n | head -c 6', async () => {
    const r = await run('yes | tr y n | head -c 6');
    expect(r.stdout).toBe('n\nn\nn\n');
  });
  it('infinite output stops at maxOutputBytes with 126', async () => {
    const r = await run('yes');
    expect(r.exitCode).toBe(126);
    expect(r.stderr).toContain('maxOutputBytes');
    expect(r.raw.length).toBeLessThanOrEqual(OUT_LIMIT);
  });
  it('infinite stderr stops too', async () => {
    const r = await run('while :; do echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx >&2; done');
    expect([124, 126]).toContain(r.exitCode);
  });
  it('brace bomb {1..100000}{1..100000} fails naming the limit, not as a literal word', async () => {
    const r = await run('echo {1..100000}{1..100000} | wc -c');
    expect(r.stdout).toBe('0\n');
    expect(r.stderr).toContain('brace expansion over 1048576 words');
  });
  it('{1..99999999} in a for list does not run once with the literal word', async () => {
    const r = await run('n=0; for i in {1..99999999}; do n=$((n+1)); done; echo "n=$n"');
    expect(r.stdout).not.toContain('n=1\n');
    expect(r.stderr).toContain('brace expansion over 1048576 words');
  });
  it('a quoted "{1..99999999}" stays literal', async () => {
    const r = await run('echo "{1..99999999}" {1..3}');
    expect(r.stdout).toBe('{1..99999999} 1 2 3\n');
  });
  it('brace bomb {a,b}x20 (1M words) resolves', async () => {
    await run('echo ' + rep('{a,b}', 20) + ' | wc -c');
  });
  it('glob storm /*/*/*/*/*/*', async () => {
    await run('mkdir -p /tmp/g/{a,b,c}/{a,b,c}/{a,b,c}/{a,b,c}; echo /*/*/*/*/*/* | wc -w; echo /*/*/*/*/*/*/*/*/*/*/*/* | wc -w');
  });
  it('glob storm with ** and many files', async () => {
    await run('mkdir -p /tmp/h && cd /tmp/h && touch f{1..300}; shopt -s globstar; echo /**/* | wc -w; echo */../*/../* | wc -w');
  });
});

describe('nothing outside the mounts', () => {
  it('cat ../../../../etc/passwd', async () => {
    const r = await run('cd /data && cat ../../../../etc/passwd');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('No such file or directory');
    expect(r.stdout).toBe('');
  });
  it('absolute host paths do not exist', async () => {
    const r = await run('for f in /etc/passwd /proc/self/environ /root /usr/bin/env ~/.bashrc; do [ -e "$f" ] && echo "$f"; done; echo done');
    expect(r.stdout).toBe('done\n');
  });
  it('host environment does not leak', async () => {
    const r = await run('env | grep -c -e PATH= -e HOME= -e NODE -e npm_ || true; echo "${NODE_OPTIONS-unset} ${npm_lifecycle_event-unset}"');
    expect(r.stdout).toContain('unset unset');
  });
  it('cd .. from / stays at /', async () => {
    const r = await run('cd /../../..; pwd; cd /data/../../data; pwd');
    expect(r.stdout).toBe('/\n/data\n');
  });
  it('redirect to ../../ stays inside', async () => {
    const r = await run('cd /data && echo x > ../../../../tmp/esc && cat /tmp/esc');
    expect(r.stdout).toBe('x\n');
  });
});

describe('bytes: NUL and invalid UTF-8', () => {
  it('binary file passes through cat untouched', async () => {
    const r = await run('cat /data/bin.dat');
    expect([...r.raw]).toEqual([0xff, 0x00, 0xfe, 0x0a, 0xc3, 0x28]);
  });
  it('printf writes raw bytes', async () => {
    const r = await run("printf '\\xff\\xfe\\x00\\x80'");
    expect([...r.raw]).toEqual([0xff, 0xfe, 0x00, 0x80]);
  });
  it('NUL and lone surrogates in the script text', async () => {
    await run('echo a\u0000b; echo \ud800x; x=\udfff; echo "${#x}"');
  });
});

const OPS = ['|', '||', '&', '&&', ';', ';;', ';&', ';;&', '(', ')', '|&', '\n', '<', '>', '>|', '>>', '<<', '<<-',
  '<<<', '<&', '>&', '<>', '&>', '&>>', '$(', '$((', '${', '`', '"', "'", '\\', '{', '}', '[[', ']]', '((', '))', '!',
  '#', '$', '*', '?', '[', ']', '=', '+=', '~', '-', 'if', 'then', 'else', 'elif', 'fi', 'for', 'in', 'do', 'done',
  'while', 'until', 'case', 'esac', 'function', 'select', 'time', 'coproc', 'echo', 'x', 'x=1', 'a[1]=2', '0', '2>&1',
  '@(a|b)', '{a,b}', '{1..3}', '$x', '${x:-y}', '$@', 'EOF', 'f()', 'eval', 'exit', 'return', 'break', 'trap'];

describe('token soup', () => {
  it('300 random scripts from bash\'s operator set', async () => {
    const rnd = prng(0x5eed1);
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 16);
      for (let k = 0; k < len; k++) s += OPS[Math.floor(rnd() * OPS.length)]! + (rnd() < 0.6 ? ' ' : '');
      try {
        await run(s, 1000);
      } catch (e) {
        throw new Error(`script ${JSON.stringify(s)}: ${(e as Error).message}`);
      }
    }
  }, 120000);
});

describe('byte soup', () => {
  it('200 random strings of arbitrary code units', async () => {
    const rnd = prng(0xb17e5);
    const alphabet = ' \t\n;&|()<>$`"\'\\{}[]*?!#=~-:%^,@+/.0123456789abcxyzEOF\u0000\u00ff\u2028\ud800\udc00\u00e9';
    for (let n = 0; n < 200; n++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 40);
      for (let k = 0; k < len; k++) {
        s += rnd() < 0.1 ? String.fromCharCode(Math.floor(rnd() * 0x10000)) : alphabet[Math.floor(rnd() * alphabet.length)]!;
      }
      try {
        await run(s, 1000);
      } catch (e) {
        throw new Error(`script ${JSON.stringify(s)}: ${(e as Error).message}`);
      }
    }
  }, 120000);
});
