// Control flow of the executor core compared with bash 5.2 (expected output recorded from
// `bash -c` in a directory holding the harness files): lists, pipelines, subshells, loops with
// break/continue counts, case terminators, functions and scoping, command substitution, exit,
// errexit and its exceptions.
import { describe, expect, it } from 'vitest';
import { runCase, maskTimes, type Case } from './executor-harness.js';

const cases: Case[] = [
  ["echo a; echo b", "a\nb\n", "", 0],
  ["true && echo yes; false && echo no; false || echo or", "yes\nor\n", "", 0],
  ["! true; echo $?; ! false; echo $?", "1\n0\n", "", 0],
  ["echo a | cat; echo a b c | wc -w", "a\n3\n", "", 0],
  ["false | true; echo $?; true | false; echo $?", "0\n1\n", "", 0],
  ["set -o pipefail; false | true; echo $?", "1\n", "", 0],
  ["{ echo g1; echo g2; } | cat", "g1\ng2\n", "", 0],
  ["x=1; (x=2; echo in $x; exit 4); echo out $x $?", "in 2\nout 1 4\n", "", 0],
  ["if false; then echo t; elif true; then echo e; else echo x; fi", "e\n", "", 0],
  ["if false; then echo t; fi; echo st=$?", "st=0\n", "", 0],
  ["for i in 1 2 3; do echo $i; done", "1\n2\n3\n", "", 0],
  ["for i in a b; do for j in 1 2; do [ $j = 1 ] && continue; echo $i$j; done; done", "a2\nb2\n", "", 0],
  ["for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo $i; done", "1\n2\n", "", 0],
  ["for i in 1 2; do for j in 1 2; do echo $i$j; break 2; done; echo no; done; echo end", "11\nend\n", "", 0],
  ["for i in 1 2; do for j in 1 2; do continue 2; echo no; done; echo no; done; echo end", "end\n", "", 0],
  ["set -- x y; for a; do echo $a; done", "x\ny\n", "", 0],
  ["i=0; while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done", "w0\nw1\nw2\n", "", 0],
  ["i=0; until [ $i -ge 2 ]; do echo u$i; i=$((i+1)); done", "u0\nu1\n", "", 0],
  ["for ((i=0; i<3; i++)); do echo c$i; done", "c0\nc1\nc2\n", "", 0],
  ["case foo in f*) echo F;; *) echo other;; esac", "F\n", "", 0],
  ["case bar in f*) echo F;; b*) echo B;& x) echo X;; y) echo Y;; esac", "B\nX\n", "", 0],
  ["case ab in a*) echo one;;& *b) echo two;;& z) echo three;; esac", "one\ntwo\n", "", 0],
  ["case x in y) echo no;; esac; echo $?", "0\n", "", 0],
  ["f() { echo \"in f $1 $#\"; return 3; }; f a b; echo $?", "in f a 2\n3\n", "", 0],
  ["f() { local v=3; g; }; g() { echo $v; }; v=1; f; echo $v", "3\n1\n", "", 0],
  ["f() { v=2; }; v=1; f; echo $v", "2\n", "", 0],
  ["f() { echo $FUNCNAME; }; f", "f\n", "", 0],
  ["f() { if [ $1 -le 0 ]; then echo done; return; fi; f $(($1-1)); }; f 200", "done\n", "", 0],
  ["fib() { if [ $1 -lt 2 ]; then echo $1; return; fi; echo $(( $(fib $(($1-1))) + $(fib $(($1-2))) )); }; fib 8", "21\n", "", 0],
  ["break; echo $?", "0\n", "bash: line 1: break: only meaningful in a `for', `while', or `until' loop\n", 0],
  ["return; echo $?", "2\n", "bash: line 1: return: can only `return' from a function or sourced script\n", 0],
  ["x=$(echo hi); echo \"[$x]\"", "[hi]\n", "", 0],
  ["x=$(false); echo $?", "1\n", "", 0],
  ["echo $(exit 5) $?", "5\n", "", 0],
  ["x=$(printf 'a\\n\\n\\n'); echo \"[$x]\"", "[a]\n", "", 0],
  ["echo \"$(echo \"nested $(echo deep)\")\"", "nested deep\n", "", 0],
  ["x=$(seq 1 20000); echo ${#x}", "108893\n", "", 0],
  ["seq 1 100000 | wc -l", "100000\n", "", 0],
  ["yes | head -n 3", "y\ny\ny\n", "", 0],
  ["while true; do echo y; done | head -n 2", "y\ny\n", "", 0],
  ["echo x | { read v; echo \"v=$v\"; }; echo \"after=[$v]\"", "v=x\nafter=[]\n", "", 0],
  ["echo start & wait; echo end", "start\nend\n", "", 0],
  ["nosuchcmd; echo $?", "127\n", "bash: line 1: nosuchcmd: command not found\n", 0],
  ["exit 7", "", "", 7],
  ["echo before; exit; echo after", "before\n", "", 0],
  ["exit 300", "", "", 44],
  ["exit abc", "", "bash: line 1: exit: abc: numeric argument required\n", 2],
  ["set -e; echo a; false; echo b", "a\n", "", 1],
  ["set -e; false || true; echo survived", "survived\n", "", 0],
  ["set -e; false && true; echo ok", "ok\n", "", 0],
  ["set -e; if false; then :; fi; ! true; echo ok", "ok\n", "", 0],
  ["set -e; while false; do :; done; echo loopok", "loopok\n", "", 0],
  ["set -e; (false); echo nope", "", "", 1],
  ["set -e; f() { false; echo not; }; f; echo nope", "", "", 1],
  ["set -e; x=$(false); echo reached", "", "", 1],
  ["set -e; false | true; echo piped", "piped\n", "", 0],
  ["time true > /dev/null; echo $?", "0\n", "\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n", 0],
  ["a=1 b=$a; echo \"$a $b\"", "1 1\n", "", 0],
  ["readonly r=1; r=2; echo after", "", "bash: line 1: r: readonly variable\n", 1],
  ["readonly r=1; r=2 true; echo after $?", "after 0\n", "bash: line 1: r: readonly variable\n", 0],
  ["x=5; ((x > 3)) && echo big; ((x > 9)); echo $?", "big\n1\n", "", 0],
  ["[[ abc == a* ]] && echo match", "match\n", "", 0],
  ["echo a; { echo b; exit 3; echo c; }; echo d", "a\nb\n", "", 3],
  ["eval 'for i in 1 2; do echo e$i; done'; eval \"g() { echo evalg; }\"; g", "e1\ne2\nevalg\n", "", 0],
  ["eval 'x=9'; echo $x", "9\n", "", 0]
];

describe('break inside a function', () => {
  it('does not leave the caller\'s loop (bash resets the loop level in functions)', async () => {
    const r = await runCase('f() { break; }; for i in 1 2; do echo $i; f; done');
    expect(r.stdout).toBe('1\n2\n');
    expect(r.stderr).toContain("break: only meaningful in a `for', `while', or `until' loop");
    expect(r.status).toBe(0);
  });
});

describe('executor control flow matches bash', () => {
  for (const [script, stdout, stderr, status] of cases) {
    it(script, async () => {
      const r = await runCase(script);
      expect({ stdout: r.stdout, stderr: maskTimes(r.stderr), status: r.status })
        .toEqual({ stdout, stderr: maskTimes(stderr), status });
    });
  }
});
