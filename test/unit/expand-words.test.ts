// Word expansion: scripts run through Workspace.execute() compared with GNU bash 5.2's output
// (expected stdout, stderr and exit status recorded from /bin/bash -c in a directory holding
// the same files as the MemoryFs tree below).
import { describe, expect, it } from 'vitest';
import { runScript } from './expand-harness.js';

const cases: Array<[string, string, string, number]> = [
  ["x=hello; echo ${x:-y} ${u:-y} ${u-y} ${x:+alt} ${u:+alt} \"${u:=dflt}\" $u", "hello y y alt dflt dflt\n", "", 0],
  ["x=; echo \"[${x-unset}]\" \"[${x:-empty}]\" \"[${x+set}]\" \"[${x:+nonempty}]\"", "[] [empty] [set] []\n", "", 0],
  ["echo $?; false; echo $?", "0\n1\n", "", 0],
  ["echo $(echo hi) \"$(printf 'a\\n\\n')\" x", "hi a x\n", "", 0],
  ["x='a b  c'; printf '<%s>' $x \"$x\"; echo", "<a><b><c><a b  c>\n", "", 0],
  ["IFS=:; x='a::b:'; printf '<%s>' $x; echo", "<a><><b>\n", "", 0],
  ["x=' a : b '; IFS=' :'; printf '<%s>' $x; echo", "<a><b>\n", "", 0],
  ["IFS=; x='a b'; printf '<%s>' $x; echo", "<a b>\n", "", 0],
  ["unset IFS; x=$' a\\tb\\nc '; printf '<%s>' $x; echo", "<a><b><c>\n", "", 0],
  ["x=''; printf '<%s>' $x \"$x\" ''$x; echo", "<><>\n", "", 0],
  ["set -- a 'b c' d; printf '<%s>' \"$@\" $@ \"$*\" $*; echo", "<a><b c><d><a><b><c><d><a b c d><a><b><c><d>\n", "", 0],
  ["set -- a 'b c' d; IFS=-; echo \"$*\"; printf '<%s>' \"x$@y\"; echo", "a-b c-d\n<xa><b c><dy>\n", "", 0],
  ["set --; printf '<%s>' \"$@\" x \"$*\" \"a$@\"; echo", "<x><><a>\n", "", 0],
  ["x=/a/b/c.tar.gz; echo ${x#*/} ${x##*/} ${x%.*} ${x%%.*} ${x/b/B} ${x//a/A} ${x/#\\/a/X} ${x/%gz/GZ}", "a/b/c.tar.gz c.tar.gz /a/b/c.tar /a/b/c /a/B/c.tar.gz /A/b/c.tAr.gz X/b/c.tar.gz /a/b/c.tar.GZ\n", "", 0],
  ["x=hello; echo ${#x} ${x:1:3} ${x: -2} ${x:1} ${x^} ${x^^} ${x,,} ${x^^[lo]}", "5 ell lo ello Hello HELLO hello heLLO\n", "", 0],
  ["x=abcabc; echo ${x/b} ${x//b} ${x/b*/Z} ${x//[ac]/.} ${x/#b/Z} ${x/%c/Z}", "acabc acac aZ .b..b. abcabc abcabZ\n", "", 0],
  ["x=abc; echo ${x/b/[&]} \"${x/b/\\&}\"", "a[b]c a&c\n", "", 0],
  ["x=héllo; echo ${#x} ${x:1:2}", "5 él\n", "", 0],
  ["echo ${x?}", "", "bash: line 1: x: parameter not set\n", 127],
  ["x=; echo ${x:?custom message}; echo after", "", "bash: line 1: x: custom message\n", 127],
  ["set -u; echo $nope; echo after", "", "bash: line 1: nope: unbound variable\n", 127],
  ["set -u; echo ${nope:-ok} \"$@\" $#", "ok 0\n", "", 0],
  ["x=\"it's\"; echo ${x@Q}; y=plain; echo ${y@Q}", "'it'\\''s'\n'plain'\n", "", 0],
  ["a=b; b=c; echo ${!a}", "c\n", "", 0],
  ["echo ${!nope}", "", "bash: line 1: nope: invalid indirect expansion\n", 1],
  ["abc1=1; abc2=2; echo ${!abc*}", "abc1 abc2\n", "", 0],
  ["set -- a b c d; echo ${@:2} / ${@:0:2} / ${*: -2} / ${#@} / ${#} / ${@#a} / ${@:-x}", "b c d / bash a / c d / 4 / 4 / b c d / a b c d\n", "", 0],
  ["y=HeLLo; echo ${y,} ${y,,} ${y@U} ${y@u} ${y@L}", "heLLo hello HELLO HeLLo hello\n", "", 0],
  ["e='a\\tb'; echo \"${e@E}\"", "a\tb\n", "", 0],
  ["x=abc; echo ${x:1:-3} end", "", "bash: line 1: -3: substring expression < 0\n", 1],
  ["x=abc; echo ${x:5}. ${x: -5}. ${x:1:-1}.", ". . b.\n", "", 0],
  ["printf \"<%s>\" ${u:-a b} \"${u:-a b}\" ${u:-\"a b\"}; echo", "<a><b><a b><a b>\n", "", 0],
  ["echo $((1+2)) \"$((3*4))\" $(( $(echo 5) + 1 ))", "3 12 6\n", "", 0],
  ["x='*.txt'; echo $x \"$x\"", "a.txt b.txt *.txt\n", "", 0],
  ["echo *.txt; echo \"*.txt\"; echo \\*.txt", "a.txt b.txt\n*.txt\n*.txt\n", "", 0],
  ["echo *.nomatch", "*.nomatch\n", "", 0],
  ["shopt -s nullglob; echo start *.nomatch end", "start end\n", "", 0],
  ["shopt -s failglob; echo *.nomatch", "", "bash: line 1: no match: *.nomatch\n", 1],
  ["echo * .*", "a.txt b.txt sub x y.log .hidden\n", "", 0],
  ["shopt -s dotglob; echo *", ".hidden a.txt b.txt sub x y.log\n", "", 0],
  ["echo sub/*; echo */*.txt; echo */", "sub/c.txt sub/d.md sub/deep\nsub/c.txt\nsub/\n", "", 0],
  ["echo [ab].txt ?.txt [!a].txt", "a.txt b.txt a.txt b.txt b.txt\n", "", 0],
  ["shopt -s extglob; eval 'echo sub/*.@(txt|md) !(*.txt|sub)'", "sub/c.txt sub/d.md x y.log\n", "", 0],
  ["set -f; echo *.txt", "*.txt\n", "", 0],
  ["shopt -s globstar; echo **/*.txt", "a.txt b.txt sub/c.txt sub/deep/e.txt\n", "", 0],
  ["echo x\\ y.log; for f in *.log; do echo \"[$f]\"; done", "x y.log\n[x y.log]\n", "", 0],
  ["echo ~ ~/x \"~\"", "/home/user /home/user/x ~\n", "", 0],
  ["x=5; echo $x$x ${x}y \"${x}\"'q'", "55 5y 5q\n", "", 0],
  ["shopt -s globstar; echo **; echo sub/**; echo **/", "a.txt b.txt sub sub/c.txt sub/d.md sub/deep sub/deep/e.txt x y.log\nsub/ sub/c.txt sub/d.md sub/deep sub/deep/e.txt\nsub/ sub/deep/\n", "", 0],
  ["shopt -s globstar; echo **/d*; echo sub/**/*.txt", "sub/d.md sub/deep\nsub/c.txt sub/deep/e.txt\n", "", 0],
  ["shopt -s nocaseglob; echo A.* SUB/C*", "a.txt SUB/C*\n", "", 0],
  ["echo s?b/[cd].* \"s\"ub/*.txt 's'*/deep/*", "sub/c.txt sub/d.md sub/c.txt sub/deep/e.txt\n", "", 0],
  ["x='sub/*'; echo $x \"$x\"; set -f; echo $x", "sub/c.txt sub/d.md sub/deep sub/*\nsub/*\n", "", 0],
  ["echo */deep nope/* sub/nope*", "sub/deep nope/* sub/nope*\n", "", 0],
];

describe('Word expansion', () => {
  it.each(cases)('%s', async (script, stdout, stderr, status) => {
    const r = await runScript(script);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
  });
});
