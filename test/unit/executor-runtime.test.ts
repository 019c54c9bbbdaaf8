// The executor as a resumable machine: abort of a busy loop, state kept across execute() calls
// of one session, process substitution into redirections, background jobs and wait.
import { describe, expect, it } from 'vitest';
import { Workspace, MemoryFs } from '../../src/index.js';
import { runCase } from './executor-harness.js';

const dec = new TextDecoder();

describe('abort', () => {
  it('stops a shell loop that never blocks', async () => {
    const ws = new Workspace({ '/': new MemoryFs({}) });
    await ws.execute('true');
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const t0 = performance.now();
    await expect(ws.execute('while true; do :; done', { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('session state', () => {
  it('keeps cwd, variables, exports, functions and options for the next call', async () => {
    const ws = new Workspace({ '/': new MemoryFs({ '/d/x': '1\n' }) });
    await ws.execute('cd /d; v=5; export E=7; f() { echo "f:$1"; }; set -o pipefail; readonly R=1');
    const r = await ws.execute('pwd; echo $v $E; f a; false | true; echo $?; R=2; echo no');
    expect(dec.decode(r.stdout)).toBe('/d\n5 7\nf:a\n1\n');
    expect(dec.decode(r.stderr)).toBe('bash: line 1: R: readonly variable\n');
    expect(r.exitCode).toBe(1);
  });
});

describe('process substitution', () => {
  it('feeds a while-read loop through < <(…)', async () => {
    const r = await runCase('while read l; do echo "got $l"; done < <(printf "a\\nb\\n"); echo end');
    expect(r).toEqual({ stdout: 'got a\ngot b\nend\n', stderr: '', status: 0 });
  });
  it('lets a >(…) reader finish after the main shell', async () => {
    const r = await runCase('echo hi > >(cat); echo main');
    expect(r.stdout).toBe('main\nhi\n');
  });
});

describe('background jobs', () => {
  it('wait returns the status of the job named by $!', async () => {
    const r = await runCase('(exit 3) & p=$!; wait $p; echo $?; echo x & wait; echo done');
    expect(r).toEqual({ stdout: '3\nx\ndone\n', stderr: '', status: 0 });
  });
});

describe('pipes', () => {
  it('a producer loop ends with EPIPE when the reader is gone', async () => {
    const r = await runCase('while true; do echo y; done | head -n 2; echo "${PIPESTATUS:-}" st=$?');
    expect(r.stdout.startsWith('y\ny\n')).toBe(true);
    expect(r.status).toBe(0);
  });
  it('streams more than one ring of data between tasks and into a command substitution', async () => {
    const r = await runCase('x=$(for i in $(seq 1 30000); do echo $i; done | cat); echo ${#x}');
    expect(r.stdout).toBe('168893\n');
  });
});

describe('trap EXIT (recorded from bash)', () => {
  const cases: Array<[string, string, number]> = [
    ["trap 'echo bye' EXIT; echo hi", 'hi\nbye\n', 0],
    ["trap 'echo bye $?' EXIT; false", 'bye 1\n', 1],
    ["trap 'echo bye; exit 5' EXIT; exit 2", 'bye\n', 5],
    ["trap 'echo t' EXIT; trap -p; trap - EXIT; echo end", "trap -- 'echo t' EXIT\nend\n", 0],
    ["(trap 'echo sub' EXIT; echo in); echo out", 'in\nsub\nout\n', 0],
    ["trap 'echo x' INT; trap -p INT; trap INT; trap -p", "trap -- 'echo x' SIGINT\n", 0],
  ];
  for (const [script, stdout, status] of cases) {
    it(script, async () => {
      const r = await runCase(script);
      expect(r).toEqual({ stdout, stderr: '', status });
    });
  }
});

describe('write errors', () => {
  it('a builtin writing to a closed fd fails with bash\'s message', async () => {
    const r = await runCase('echo x 2>&-; echo y >&-; echo $?');
    expect(r).toEqual({ stdout: 'x\n1\n', stderr: 'bash: line 1: echo: write error: Bad file descriptor\n', status: 0 });
  });
});

describe('let, umask, hash (recorded from bash)', () => {
  it('evaluates each argument and returns 1 for a zero result', async () => {
    const r = await runCase('let x=1+2 y=x*2; echo $x $y $?; let 0; echo $?; let "1 +"; echo $?; umask; hash; echo $?');
    expect(r).toEqual({
      stdout: '3 6 0\n1\n1\n0022\nhash: hash table empty\n0\n',
      stderr: 'bash: line 1: let: 1 +: syntax error: operand expected (error token is "+")\n',
      status: 0,
    });
  });
});

describe('getopts (recorded from bash)', () => {
  it('walks grouped letters, option arguments and reports bad or missing ones', async () => {
    const r = await runCase('set -- -a -bc -d val -x -d; while getopts "abcd:" o; do echo "o=$o OPTARG=${OPTARG-unset} OPTIND=$OPTIND"; done; echo "end $OPTIND $?"');
    expect(r).toEqual({
      stdout: 'o=a OPTARG=unset OPTIND=2\no=b OPTARG=unset OPTIND=2\no=c OPTARG=unset OPTIND=3\no=d OPTARG=val OPTIND=5\n' +
        'o=? OPTARG=unset OPTIND=6\no=? OPTARG=unset OPTIND=7\nend 7 0\n',
      stderr: 'bash: illegal option -- x\nbash: option requires an argument -- d\n',
      status: 0,
    });
  });
  it('silent mode puts the letter in OPTARG', async () => {
    const r = await runCase('set -- -x -d; while getopts ":d:" o; do echo "o=$o OPTARG=${OPTARG-unset}"; done');
    expect(r.stdout).toBe('o=? OPTARG=x\no=: OPTARG=d\n');
  });
});
