// echo, printf, test and [[ ]]: scripts run through Workspace.execute() compared with GNU bash 5.2's output
// (expected stdout, stderr and exit status recorded from /bin/bash -c in a directory holding
// the same files as the MemoryFs tree below).
import { describe, expect, it } from 'vitest';
import { runScript } from './expand-harness.js';

const cases: Array<[string, string, string, number]> = [
  ["echo -e 'a\\tb\\x41\\0101|\\u00e9|\\e[0m' -n x; echo -n a; echo -ne 'b\\n'", "a\tbAA|é|\u001b[0m -n x\nab\n", "", 0],
  ["echo -e 'a\\cb'; echo next", "anext\n", "", 0],
  ["echo -n -e 'x\\n'; echo -E 'a\\tb'; echo -ex; echo -- -n; echo -nn y; echo", "x\na\\tb\n-ex\n-- -n\ny\n", "", 0],
  ["echo -e '\\101|\\q|\\\"'", "\\101|\\q|\\\"\n", "", 0],
  ["printf '%s-%d|' a 1 b 2 c; echo", "a-1|b-2|c-0|\n", "", 0],
  ["printf '%5.2f|%e|%g|%g|%g|%#g|%G\\n' 3.14159 12345.678 0.0001 1e-5 123456789 1 1e100", " 3.14|1.234568e+04|0.0001|1e-05|1.23457e+08|1.00000|1E+100\n", "", 0],
  ["printf '%x|%X|%o|%u|%#x|%#o\\n' -1 255 8 -1 255 8", "ffffffffffffffff|FF|10|18446744073709551615|0xff|010\n", "", 0],
  ["printf '%+d|% d|%05d|%-5d|%.3d|%*d|%-*d|\\n' 5 5 5 5 5 4 7 4 7", "+5| 5|00005|5    |005|   7|7   |\n", "", 0],
  ["printf '%s %s\\n' a b c", "a b\nc \n", "", 0],
  ["printf '%q\\n' 'a b' \"it's\" '' 'x~' '~x' 'a=b' $'t\\tx'", "a\\ b\nit\\'s\n''\nx~\n\\~x\na=b\n$'t\\tx'\n", "", 0],
  ["printf", "", "printf: usage: printf [-v var] format [arguments]\n", 2],
  ["printf -v 1x hi", "", "bash: line 1: printf: `1x': not a valid identifier\n", 2],
  ["printf '%.3s|%5s|%-5s|\\n' abcdef ab ab", "abc|   ab|ab   |\n", "", 0],
  ["printf '%f %f %F\\n' inf nan -inf", "inf nan -INF\n", "", 0],
  ["printf '%d\\n' 99999999999999999999", "9223372036854775807\n", "bash: line 1: printf: warning: 99999999999999999999: Numerical result out of range\n", 0],
  ["printf '%s'", "", "", 0],
  ["printf '%b|' 'a\\0101\\cb' c; echo", "aA\n", "", 0],
  ["printf '%5%|'", "", "bash: line 1: printf: `%': invalid format character\n", 1],
  ["printf '%.0f %.0f %.2f %.1f %.3f\\n' 0.5 1.5 0.125 0.05 2.0005", "0 2 0.12 0.1 2.001\n", "", 0],
  ["printf '%i\\n' 1.5", "1\n", "bash: line 1: printf: 1.5: invalid number\n", 1],
  ["printf '%e %E %.2e\\n' 0 -1234.5 9.999", "0.000000e+00 -1.234500E+03 1.00e+01\n", "", 0],
  ["printf '%d|' 12abc abc '\"x' \"'y\" 0x1f 017 ' 5' -3; echo", "12|0|120|121|31|15|5|-3|\n", "bash: line 1: printf: 12abc: invalid number\nbash: line 1: printf: abc: invalid number\n", 0],
  ["printf -v v '%03d' 7; echo $v", "007\n", "", 0],
  ["printf 'a\\cb|%c|%c|\\n' xyz Q", "a\\cb|x|Q|\n", "", 0],
  ["printf '%z'", "", "bash: line 1: printf: `%z': missing format character\n", 1],
  ["printf '\\x41\\101\\u00e9 %s\\n' ok", "AAé ok\n", "", 0],
  ["printf '%10.4f|%-10.2e|%+.3g\\n' 3.14159265 31415.9 0.000123456", "    3.1416|3.14e+04  |+0.000123\n", "", 0],
  ["test; echo $?; test ''; echo $?; test x; echo $?; test ! x; echo $?", "1\n1\n0\n1\n", "", 0],
  ["[ a b c d e ]; echo $?", "2\n", "bash: line 1: [: too many arguments\n", 0],
  ["[ -z a -o -n \"\" ]; echo $?", "1\n", "", 0],
  ["[ ! -z ]; echo $?", "1\n", "", 0],
  ["[ \\( a = a \\) -a b ]; echo $?", "0\n", "", 0],
  ["[ 12345678901234567890 -eq 1 ]; echo $?", "2\n", "bash: line 1: [: 12345678901234567890: integer expression expected\n", 0],
  ["test 1 -eq \" 1 \"; echo $?", "0\n", "", 0],
  ["[ a = b -a ]; echo $?", "2\n", "bash: line 1: [: argument expected\n", 0],
  ["[ 1 -eq 1 ; echo $?", "2\n", "bash: line 1: [: missing `]'\n", 0],
  ["[ a -eq 1 ]; echo $?", "2\n", "bash: line 1: [: a: integer expression expected\n", 0],
  ["[ a b ]; echo $?", "2\n", "bash: line 1: [: a: unary operator expected\n", 0],
  ["[ a b c ]; echo $?", "2\n", "bash: line 1: [: b: binary operator expected\n", 0],
  ["test -q a; echo $?", "2\n", "bash: line 1: test: -q: unary operator expected\n", 0],
  ["[ -f a.txt ] && [ -d sub ] && [ -e sub/c.txt ] && [ ! -e nope ] && [ -s a.txt ] && echo files", "files\n", "", 0],
  ["[ -f sub ]; echo $?; [ -d a.txt ]; echo $?; test -n x -a -z \"\"; echo $?", "1\n1\n0\n", "", 0],
  ["[ abc \\< abd ]; echo $?; [ b \\> a ]; echo $?; [ 2 -lt 10 ]; echo $?; [ 2 \\< 10 ]; echo $?", "0\n0\n0\n1\n", "", 0],
  ["[ -v HOME ]; echo $?; [ -v nope ]; echo $?; x=; [ -v x ]; echo $?", "0\n1\n0\n", "", 0],
  ["[[ abc == a* ]] && echo m; [[ abc == \"a*\" ]] || echo nm; [[ -n x && ! -z x ]] && echo ok", "m\nnm\nok\n", "", 0],
  ["[[ 3 -lt 10 ]] && echo lt; [[ b > a ]] && echo gt; [[ abc =~ b(c) ]] && echo re $BASH_REMATCH", "lt\ngt\nre bc\n", "", 0],
  ["[[ 1+1 -eq 2 ]] && echo arith; [[ x == x || y ]]; echo $?; [[ ! a == b ]]; echo $?", "arith\n0\n0\n", "", 0],
  ["x='a*'; [[ abc == $x ]] && echo pat; [[ abc == \"$x\" ]] || echo lit; [[ 'a*' == \"$x\" ]] && echo same", "pat\nlit\nsame\n", "", 0],
  ["[[ -f a.txt && -d sub && ! -e nope ]] && echo files2", "files2\n", "", 0],
  ["[[ abc =~ ^a.c$ ]]; echo $?; [[ abc =~ \"a.c\" ]]; echo $?; [[ a.c =~ \"a.c\" ]]; echo $?", "0\n1\n0\n", "", 0],
  ["[[ foo.txt == *.@(txt|md) ]] && echo ext", "ext\n", "", 0],
  ["[[ abc != abc ]]; echo $?; [[ \"\" ]]; echo $?; [[ x ]]; echo $?", "1\n1\n0\n", "", 0],
  ["case abc in a*) echo star;; *) echo other;; esac", "star\n", "", 0],
  ["x='*'; case a in $x) echo glob;; esac; case a in \"$x\") echo lit;; *) echo nolit;; esac", "glob\nnolit\n", "", 0],
  ["case \"a b\" in \"a b\") echo q;; esac; case x in [a-z]) echo cls;; esac; case '[x' in '['*) echo br;; esac", "q\ncls\nbr\n", "", 0],
  ["printf '%5s|%-4s|%3d|\\n' é ü 5", "   é|ü  |  5|\n", "", 0],
  ["printf '%d|%d|%f|%x\\n' '' ' ' '' ''", "0|0|0.000000|0\n", "bash: line 1: printf:  : invalid number\n", 1],
  ["[[ a -eq 0 ]]; echo $?; [[ 1x -eq 1 ]]; echo $?", "0\n1\n", "bash: line 1: [[: 1x: value too great for base (error token is \"1x\")\n", 0],
  ["[[ 1+ -eq 1 ]]; echo $?", "1\n", "bash: line 1: [[: 1+: syntax error: operand expected (error token is \"+\")\n", 0],
  ["a=3; [[ a -eq 3 ]] && echo ind", "ind\n", "", 0],
  ["[[ -f nope || -n x ]] && echo or", "or\n", "", 0],
  ["echo -e 'x\\cy' z; echo after", "xafter\n", "", 0],
  ["echo -n; echo -e; echo -E -n q; echo", "\nq\n", "", 0],
  ["echo -e '\\0' | wc -c; echo -e 'a\\0b' | wc -c", "2\n4\n", "", 0],
];

describe('echo, printf, test and [[ ]]', () => {
  it.each(cases)('%s', async (script, stdout, stderr, status) => {
    const r = await runScript(script);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
  });
});
