// Builtins of the executor core compared with bash 5.2 (recorded from `bash -c` in a directory
// holding the harness files): read, cd, pwd, export, unset, readonly, declare, local, shift, set,
// shopt, eval, source, type, command, exit.
import { describe, expect, it } from 'vitest';
import { runCase, type Case } from './executor-harness.js';

const cases: Case[] = [
  ["read a b <<< \"one two three\"; echo \"$a|$b\"", "one|two three\n", "", 0],
  ["read -r a <<< 'back\\slash'; echo \"$a\"", "back\\slash\n", "", 0],
  ["read a <<< 'back\\slash'; echo \"$a\"", "backslash\n", "", 0],
  ["IFS=: read a b c <<< \"1:2:3:4\"; echo \"$a $b $c\"", "1 2 3:4\n", "", 0],
  ["read <<< \"  padded  \"; echo \"[$REPLY]\"", "[  padded  ]\n", "", 0],
  ["read x <<< \"  padded  \"; echo \"[$x]\"", "[padded]\n", "", 0],
  ["printf 'a\\nb\\n' | { read x; read y; echo \"$x-$y\"; }", "a-b\n", "", 0],
  ["echo -n abc | { read x; echo \"rc=$? x=$x\"; }", "rc=1 x=abc\n", "", 0],
  ["read -n 2 x <<< abcdef; echo $x", "ab\n", "", 0],
  ["read -d , x <<< \"a,b\"; echo $x", "a\n", "", 0],
  ["printf 'l1\\nl2\\nl3\\n' | while read l; do echo \"got $l\"; done", "got l1\ngot l2\ngot l3\n", "", 0],
  ["cd sub; pwd; cd ..; pwd", "/w/sub\n/w\n", "", 0],
  ["cd nodir; echo $?", "1\n", "bash: line 1: cd: nodir: No such file or directory\n", 0],
  ["cd a.txt; echo $?", "1\n", "bash: line 1: cd: a.txt: Not a directory\n", 0],
  ["cd a b; echo $?", "1\n", "bash: line 1: cd: too many arguments\n", 0],
  ["cd /; cd -; echo $OLDPWD", "/w\n/\n", "", 0],
  ["unset HOME; cd; echo $?", "1\n", "bash: line 1: cd: HOME not set\n", 0],
  ["pwd", "/w\n", "", 0],
  ["export FOO=bar; declare -p FOO", "declare -x FOO=\"bar\"\n", "", 0],
  ["export 1x; echo $?", "1\n", "bash: line 1: export: `1x': not a valid identifier\n", 0],
  ["z=1; export z; export -n z; declare -p z", "declare -- z=\"1\"\n", "", 0],
  ["unset x; x=1; unset x; echo \"[$x]\"", "[]\n", "", 0],
  ["readonly q=1; unset q; echo $?", "1\n", "bash: line 1: unset: q: cannot unset: readonly variable\n", 0],
  ["declare -r d=1; declare -p d", "declare -r d=\"1\"\n", "", 0],
  ["declare -i n=5; declare -p n", "declare -i n=\"5\"\n", "", 0],
  ["f() { local x=1; declare -p x; }; f", "declare -- x=\"1\"\n", "", 0],
  ["local x=1; echo $?", "1\n", "bash: line 1: local: can only be used in a function\n", 0],
  ["declare -p nope; echo $?", "1\n", "bash: line 1: declare: nope: not found\n", 0],
  ["set -- a b c; echo $#; shift; echo \"$@\"; shift 5; echo $?", "3\nb c\n1\n", "", 0],
  ["shift x; echo $?", "1\n", "bash: line 1: shift: x: numeric argument required\n", 0],
  ["set -- 1 2 3; set --; echo $#", "0\n", "", 0],
  ["set -u; echo $undefined_var; echo after", "", "bash: line 1: undefined_var: unbound variable\n", 127],
  ["set -o | head -4", "allexport      \toff\nbraceexpand    \ton\nemacs          \toff\nerrexit        \toff\n", "", 0],
  ["set +o | head -2", "set +o allexport\nset -o braceexpand\n", "", 0],
  ["set -z; echo $?", "2\n", "bash: line 1: set: -z: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n", 0],
  ["set -o nosuch; echo $?", "2\n", "bash: line 1: set: nosuch: invalid option name\n", 0],
  ["shopt -s nullglob; shopt nullglob; shopt -u nullglob; shopt nullglob", "nullglob       \ton\nnullglob       \toff\n", "", 1],
  ["shopt -s nosuch; echo $?", "1\n", "bash: line 1: shopt: nosuch: invalid shell option name\n", 0],
  ["shopt -p dotglob", "shopt -u dotglob\n", "", 1],
  ["x=1; f() { :; }; set | grep '^x='", "x=1\n", "", 0],
  ["set -x; echo traced; x=1", "traced\n", "+ echo traced\n+ x=1\n", 0],
  ["eval; echo $?", "0\n", "", 0],
  ["echo 'echo sourced $1; y=2; return 4; echo no' > s.sh; source s.sh arg; echo \"$? $y\"", "sourced arg\n4 2\n", "", 0],
  ["echo 'echo dot' > s.sh; . ./s.sh", "dot\n", "", 0],
  ["source nofile; echo $?", "1\n", "bash: line 1: nofile: No such file or directory\n", 0],
  ["source; echo $?", "2\n", "bash: line 1: source: filename argument required\nsource: usage: source filename [arguments]\n", 0],
  ["type cd; type nosuch; echo $?", "cd is a shell builtin\n1\n", "bash: line 1: type: nosuch: not found\n", 0],
  ["command -v cd; f() { :; }; command -v f; command -v nosuchzz; echo $?", "cd\nf\n1\n", "", 0],
  ["command echo hi", "hi\n", "", 0],
  ["f() { echo fn; }; command f; echo $?", "127\n", "bash: line 1: f: command not found\n", 0],
  ["true; echo $?; false; echo $?; :; echo $?", "0\n1\n0\n", "", 0],
  ["exit 1 2; echo $?", "", "bash: line 1: exit: too many arguments\n", 1],
  ["FOO=baz; FOO=tmp declare -p FOO; echo $FOO", "declare -x FOO=\"tmp\"\nbaz\n", "", 0]
];

describe('eval with a syntax error', () => {
  it('reports it as eval, returns 2 and the shell goes on', async () => {
    const r = await runCase("eval 'echo $((1+'; echo rc=$?");
    expect(r.stdout).toBe('rc=2\n');
    expect(r.stderr).toMatch(/^bash: eval: line \d+: unexpected EOF while looking for matching `\)'\n$/);
    expect(r.status).toBe(0);
  });
});

describe('executor builtins match bash', () => {
  for (const [script, stdout, stderr, status] of cases) {
    it(script, async () => {
      const r = await runCase(script);
      expect(r).toEqual({ stdout, stderr, status });
    });
  }
});
