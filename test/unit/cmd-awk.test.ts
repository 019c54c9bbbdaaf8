// awk compared with the awk on the recording machine (mawk 1.3.4, LC_ALL=C.UTF-8, ZZ=zval in the
// environment, run in a directory holding TREE). Where shellspace follows gawk/POSIX on purpose the
// expected output is ours and `gawk` says how mawk differs. stderr is checked when recorded.
import { describe, expect, it } from 'vitest';
import { run, memVfs } from './cmd-harness.js';

const TREE: Record<string, string> = {
 "f1": "f1 line1\nf1 line2\n",
 "f2": "f2 a\nf2 b\n",
 "prog.awk": "{ print \"prog:\", $0 }\n",
 "prog2.awk": "END { print \"end\" }\n"
};

interface Case { args: string[]; stdin: string; stdout: string; status: number; stderr?: string; gawk?: string }

const CASES: Case[] = [
 {
  "args": [
   "{print $2}"
  ],
  "stdin": "a b\nc d\n",
  "stdout": "b\nd\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-F:",
   "{print $1, NF}"
  ],
  "stdin": "a:b:c\n::\nx\n",
  "stdout": "a 3\n 3\nx 1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-F",
   "\\t",
   "{print $2}"
  ],
  "stdin": "a\tb c\td\n",
  "stdout": "b c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-F",
   "[,;]+",
   "{print $3}"
  ],
  "stdin": "a,b;;c\n",
  "stdout": "c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-v",
   "x=5",
   "-v",
   "y=a\\tb",
   "BEGIN{print x+1, y}"
  ],
  "stdin": "",
  "stdout": "6 a\tb\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $3 = \"X\"; print; print NF }"
  ],
  "stdin": "a b\n",
  "stdout": "a b X\n3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ NF = 2; print }"
  ],
  "stdin": "a b c d\n",
  "stdout": "a b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{OFS=\"-\"} { $1 = $1 } 1"
  ],
  "stdin": "a  b   c\n",
  "stdout": "a-b-c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $0 = \"x y z\"; print NF, $2 }"
  ],
  "stdin": "a\n",
  "stdout": "3 y\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "NR==2, NR==3"
  ],
  "stdin": "1\n2\n3\n4\n",
  "stdout": "2\n3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "/b/,/d/ {print NR\": \"$0}"
  ],
  "stdin": "a\nb\nc\nd\ne\nb\n",
  "stdout": "2: b\n3: c\n4: d\n6: b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "$1 > 5"
  ],
  "stdin": "3\n10\n7\nabc\n",
  "stdout": "10\n7\nabc\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "$1 == \"10\""
  ],
  "stdin": "10\n10.0\n 10\n",
  "stdout": "10\n 10\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "$1 == 10"
  ],
  "stdin": "10\n10.0\n 10\n1e1\n",
  "stdout": "10\n10.0\n 10\n1e1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print ($1 < $2) }"
  ],
  "stdin": "10 9\nabc abd\n2 10\n",
  "stdout": "0\n1\n1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{RS=\"\"} {print NR\": \"$1\"|\"$NF\"|\"NF}"
  ],
  "stdin": "\n\na b\nc\n\n\n\nd e\nf\n\n",
  "stdout": "1: a|c|3\n2: d|f|3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{RS=\";\"} {print NR, $0}"
  ],
  "stdin": "a;b;c\n",
  "stdout": "1 a\n2 b\n3 c\n\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{ORS=\"|\"} {print} END{printf \"\\n\"}"
  ],
  "stdin": "a\nb\n",
  "stdout": "a|b|\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "END{print NR, $0}"
  ],
  "stdin": "a\nb\nlast\n",
  "stdout": "3 last\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{print FILENAME, FNR}"
  ],
  "stdin": "x\n",
  "stdout": " 1\n",
  "status": 0,
  "gawk": "FILENAME is empty for stdin (mawk: \"-\")"
 },
 {
  "args": [
   "BEGIN{printf \"%5s|%-5s|%.2s|%c%c\\n\", \"ab\", \"cd\", \"xyz\", 66, \"hello\"}"
  ],
  "stdin": "",
  "stdout": "   ab|cd   |xy|Bh\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{printf \"%d %i %o %x %X %u %e %E %f %g %G %%\\n\", 42.9, -3, 8, 255, 255, 7, 1234.5, 0.00012, 3.14159, 1e10, 1e-10}"
  ],
  "stdin": "",
  "stdout": "42 -3 10 ff FF 7 1.234500e+03 1.200000E-04 3.141590 1e+10 1E-10 %\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{printf \"%05d|%-5d|%+d|% d|%5.3d|%#o|%#x\\n\", 42, 42, 42, 42, 7, 8, 255}"
  ],
  "stdin": "",
  "stdout": "00042|42   |+42| 42|  007|010|0xff\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{printf \"%*d|%-*d|%.*f\\n\", 5, 1, 4, 2, 2, 3.14159}"
  ],
  "stdin": "",
  "stdout": "    1|2   |3.14\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{printf \"%10.3e|%-10.2f|%010.2f|%g|%g|%g\\n\", 12345.678, 3.14159, -3.14159, 100000, 1000000, 0.0001}"
  ],
  "stdin": "",
  "stdout": " 1.235e+04|3.14      |-000003.14|100000|1e+06|0.0001\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{x = 0.1; print x, x*3, 1e6, 1e7, 123456789, 1/3, 2^31, 2^53+1, -1/4}"
  ],
  "stdin": "",
  "stdout": "0.1 0.3 1000000 10000000 123456789 0.333333 2147483648 9007199254740992 -0.25\n",
  "status": 0,
  "gawk": "integral values print in full (mawk: %.6g beyond 2^31)"
 },
 {
  "args": [
   "BEGIN{OFMT=\"%.2f\"; x=3.14159; print x; y = x \"\"; print y; CONVFMT=\"%.3f\"; z = x \"\"; print z; print 17 \"\"}"
  ],
  "stdin": "",
  "stdout": "3.14\n3.14159\n3.142\n17\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print 1==1.0, \"a\"<\"b\", \"10\"<\"9\", 10<9, \"abc\" ~ /b/, \"abc\" !~ \"^b\"}"
  ],
  "stdin": "",
  "stdout": "1 1 1 0 1 1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print 2^3^2, -2^2, 2**3, 7%3, -7%3, 5/2, int(-3.7), int(\"12abc\")}"
  ],
  "stdin": "",
  "stdout": "512 -4 8 1 -1 2.5 -3 12\n",
  "status": 0,
  "gawk": "** operator (mawk: syntax error)"
 },
 {
  "args": [
   "BEGIN{x = 5; print x++ + ++x, x--, --x, x}"
  ],
  "stdin": "",
  "stdout": "12 7 5 5\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{a = 1; a += 2; a -= 1; a *= 5; a /= 2; a %= 3; a ^= 3; print a}"
  ],
  "stdin": "",
  "stdout": "8\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print 1 \" \" 2, 1 2, 3 -1, \"x\" (1 > 0)}"
  ],
  "stdin": "",
  "stdout": "1 2 12 2 x1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print (1,2) in a; a[1,2]=1; print ((1,2) in a), length(a); delete a[1,2]; print length(a)}"
  ],
  "stdin": "",
  "stdout": "0\n1 1\n0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{a[$1]+=$2} END{n=0; for (k in a) n++; print n, a[\"x\"], a[\"y\"]}"
  ],
  "stdin": "x 1\ny 2\nx 3\n",
  "stdout": "2 4 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{n = split(\"a:b:c\", arr, \":\"); print n, arr[1], arr[3]; n = split(\"  a b  \", w); print n, w[1] w[2]; n = split(\"a1b22c\", z, /[0-9]+/); print n, z[3]; print split(\"\", e), length(e)}"
  ],
  "stdin": "",
  "stdout": "3 a c\n2 ab\n3 c\n0 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{s = \"hello world\"; print sub(/o/, \"0\", s), s; print gsub(/o/, \"[&]\", s), s; t = \"aaa\"; gsub(/a/, \"\\\\&\", t); print t}"
  ],
  "stdin": "",
  "stdout": "1 hell0 world\n1 hell0 w[o]rld\n&&&\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{gsub(/[0-9]+/, \"N\"); print}"
  ],
  "stdin": "a1b22c333\n",
  "stdout": "aNbNcN\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{s = \"abc\"; gsub(/x*/, \"-\", s); print s; s = \"abc\"; gsub(/b*/, \"-\", s); print s; s=\"hello\"; gsub(//, \"-\", s); print s}"
  ],
  "stdin": "",
  "stdout": "-a-b-c-\n-a-c-\n-h-e-l-l-o-\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print match(\"foobar\", /o+/), RSTART, RLENGTH; print match(\"abc\", /z/), RSTART, RLENGTH}"
  ],
  "stdin": "",
  "stdout": "2 2 2\n0 0 -1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print substr(\"hello\", 2), substr(\"hello\", 0, 2), substr(\"hello\", -1, 3), substr(\"hello\", 2, 100), substr(\"hello\", 1.5, 2.3) \"|\" substr(\"hello\", 10) \"|\"}"
  ],
  "stdin": "",
  "stdout": "ello h h ello el||\n",
  "status": 0,
  "gawk": "POSIX substr positions (mawk clamps the start first)"
 },
 {
  "args": [
   "BEGIN{print index(\"hello\", \"ll\"), index(\"hello\", \"z\"), length(\"héllo\"), length(), toupper(\"abC\"), tolower(\"ABc\")}"
  ],
  "stdin": "",
  "stdout": "3 0 5 0 ABC abc\n",
  "status": 0,
  "gawk": "length counts characters (mawk: bytes)"
 },
 {
  "args": [
   "BEGIN{print length}"
  ],
  "stdin": "",
  "stdout": "0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{print length, length($0)}"
  ],
  "stdin": "abc\n\n",
  "stdout": "3 3\n0 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print sin(0), cos(0), atan2(0, -1), exp(1), log(10), sqrt(16), int(3.9)}"
  ],
  "stdin": "",
  "stdout": "0 1 3.14159 2.71828 2.30259 4 3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{x = sprintf(\"%3d:%s\", 7, \"z\"); print x; print sprintf(\"%c\", 256+65)}"
  ],
  "stdin": "",
  "stdout": "  7:z\nŁ\n",
  "status": 0,
  "gawk": "%c of a number > 255 is that character (mawk: low byte)"
 },
 {
  "args": [
   "function f(a, b) { return a + b } BEGIN{print f(1, 2), f(3)}"
  ],
  "stdin": "",
  "stdout": "3 3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "function fill(arr, n,  i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN{fill(sq, 4); print sq[3], length(sq)}"
  ],
  "stdin": "",
  "stdout": "9 4\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN{print fact(10), fact(20)}"
  ],
  "stdin": "",
  "stdout": "3628800 2432902008176640000\n",
  "status": 0,
  "gawk": "integral values print in full"
 },
 {
  "args": [
   "function g(x) { x = 5 } BEGIN{y = 1; g(y); print y}"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{i = 0; while (1) { if (++i > 5) break; if (i == 2) continue; printf \"%d \", i }; print \"\"; do { i-- } while (i > 0); print i; for (;;) { i++; if (i >= 3) break }; print i}"
  ],
  "stdin": "",
  "stdout": "1 3 4 5 \n0\n3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "NR == 2 {next} {print} NR == 3 {exit} END{print \"end\"}"
  ],
  "stdin": "1\n2\n3\n4\n",
  "stdout": "1\n3\nend\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{exit 3} END{print \"end\"}"
  ],
  "stdin": "",
  "stdout": "end\n",
  "status": 3,
  "stderr": ""
 },
 {
  "args": [
   "{exit 4} END{print \"e\"; exit}"
  ],
  "stdin": "x\n",
  "stdout": "e\n",
  "status": 4,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{while ((getline line) > 0) n++; print n, line, NR}"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "3 c 3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "NR == 1 {getline; print \"got\", $0, NR} END{print NR}"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "got b 2\n3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "NR == 1 {getline x; print \"x=\" x, $0, NR}"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "x=b a 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{if (!(3 in a)) print \"no\"; if (a[3] == \"\") print \"empty\"; if (3 in a) print \"now\"}"
  ],
  "stdin": "",
  "stdout": "no\nempty\nnow\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{x[\"a\"]; delete x; print length(x); y = \"A\"; print y ~ \"^[[:upper:]]$\", \"a.c\" ~ /a\\.c/, \"abc\" ~ /a\\.c/}"
  ],
  "stdin": "",
  "stdout": "0\n1 1 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print substr(\"hello\", 2, 3) > \"/dev/stderr\"; print \"out\"}"
  ],
  "stdin": "",
  "stdout": "out\n",
  "status": 0,
  "stderr": "ell\n"
 },
 {
  "args": [
   "BEGIN{a = \"10\"; b = 9; print (a > b), (\"10\" > 9)}"
  ],
  "stdin": "",
  "stdout": "0 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{print ($1 > $2)}"
  ],
  "stdin": "abc 10\n",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print 1e300*1e300, -1e300*1e300, log(-1)}"
  ],
  "stdin": "",
  "stdout": "inf -inf -nan\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print length(12345), length(1/4)}"
  ],
  "stdin": "",
  "stdout": "5 4\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{printf \"%s %s %s\\n\", \"a\", \"b\"}"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "gawk": "fatal before any output (mawk prints the part before the missing argument)"
 },
 {
  "args": [
   "BEGIN{printf \"%d\\n\", \"0x1A\"; print \"3x\" + 1, \"+5\" + 0, \".5\" + 0, \"1e3\" * 1}"
  ],
  "stdin": "",
  "stdout": "0\n4 5 0.5 1000\n",
  "status": 0,
  "gawk": "hex strings are not numbers (mawk: strtod reads hex)"
 },
 {
  "args": [
   "BEGIN { \"cat f1\" | getline v; print v; while ((\"cat f2\" | getline) > 0) n++; print n, $0, NR }"
  ],
  "stdin": "",
  "stdout": "f1 line1\n2 f2 b 3\n",
  "status": 0,
  "gawk": "cmd | getline counts NR (POSIX; mawk does not)"
 },
 {
  "args": [
   "BEGIN{print ENVIRON[\"ZZ\"]}"
  ],
  "stdin": "",
  "stdout": "zval\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print ARGC, ARGV[0], ARGV[1], ARGV[2]}",
   "x",
   "y=1"
  ],
  "stdin": "",
  "stdout": "3 awk x y=1\n",
  "status": 0,
  "gawk": "ARGV[0] is the name as invoked"
 },
 {
  "args": [
   "{print v, $0}",
   "v=1",
   "-",
   "v=2"
  ],
  "stdin": "in\n",
  "stdout": "1 in\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{FS=\",\"} {print $2; FS=\":\"}"
  ],
  "stdin": "a,b:c\nd,e:f\n",
  "stdout": "b:c\nf\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{getline; print \"first:\" $0} {print \"rule:\" $0}"
  ],
  "stdin": "1\n2\n",
  "stdout": "first:1\nrule:2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{RS=\"[0-9]+\"} {print NR\":\"$0}"
  ],
  "stdin": "a1b22c\n",
  "stdout": "1:a\n2:b\n3:c\n\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $5 = \"e\"; print; print NF }"
  ],
  "stdin": "a b\n",
  "stdout": "a b   e\n5\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $NF, $(NF-1) }"
  ],
  "stdin": "a b c\n",
  "stdout": "c b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x[1]=1; x[2]=2; x[3]=3; for (k in x) s += x[k]; print s }"
  ],
  "stdin": "",
  "stdout": "6\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print -3 % 2, 3 % -2, 2 ^ 0.5 }"
  ],
  "stdin": "",
  "stdout": "-1 1 1.41421\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 1 - -1, 1 - - 1, !0, !1, !\"\", !\"a\", - \"3\" }"
  ],
  "stdin": "",
  "stdout": "2 2 1 0 1 0 -3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { a = \"x\"; a = a a a; print a; print \"a\" > \"/dev/stdout\" }"
  ],
  "stdin": "",
  "stdout": "xxx\na\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { n = split(\"2024-01-15\", d, \"-\"); printf(\"%s/%s/%s\\n\", d[2], d[3], d[1]) }"
  ],
  "stdin": "",
  "stdout": "01/15/2024\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "/^#/ {next} NF {print NF\": \"$0}"
  ],
  "stdin": "# c\n\na b\n",
  "stdout": "2: a b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "!seen[$0]++"
  ],
  "stdin": "a\nb\na\nc\nb\n",
  "stdout": "a\nb\nc\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $2 = \"\"; print }"
  ],
  "stdin": "a b c\n",
  "stdout": "a  c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{ printf \"%s\", \"no newline\" }"
  ],
  "stdin": "",
  "stdout": "no newline",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{ print substr(\"abc\", 0), substr(\"abc\", -1), substr(\"abcdef\", 3, -1) \"|\" }"
  ],
  "stdin": "",
  "stdout": "abc abc |\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ sum[$1] += $2; cnt[$1]++ } END { for (k in sum) printf \"%s %.2f\\n\", k, sum[k]/cnt[k] }"
  ],
  "stdin": "a 1\na 2\n",
  "stdout": "a 1.50\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { if (x == 0 && x == \"\") print \"uninit\"; print length(x) }"
  ],
  "stdin": "",
  "stdout": "uninit\n0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%-10s|%10s|\\n\", \"left\", \"right\" }"
  ],
  "stdin": "",
  "stdout": "left      |     right|\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%.3s|%5.1s|\\n\", \"abcdef\", \"xyz\" }"
  ],
  "stdin": "",
  "stdout": "abc|    x|\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = \"A\"; printf \"%c%c%c\\n\", x, 97, \"\" }"
  ],
  "stdin": "",
  "stdout": "Aa\n",
  "status": 0,
  "gawk": "%c of \"\" prints nothing (mawk: NUL)"
 },
 {
  "args": [
   "BEGIN{ a[\"x\"]=1; f(a); print a[\"x\"], a[\"y\"] } function f(arr) { arr[\"y\"] = 2; arr[\"x\"]++ }"
  ],
  "stdin": "",
  "stdout": "2 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{ s = \"foo.bar.baz\"; n = split(s, p, \".\"); print n, p[2] }"
  ],
  "stdin": "",
  "stdout": "3 bar\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{ s = \"a|b|c\"; n = split(s, p, \"|\"); print n, p[3] }"
  ],
  "stdin": "",
  "stdout": "3 c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print index(\"\", \"\"), 10 \"\" 20, 1e3 \"\" }"
  ],
  "stdin": "",
  "stdout": "1 1020 1000\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 100000 * 100000, 2^31, 2147483648 * 3 }"
  ],
  "stdin": "",
  "stdout": "10000000000 2147483648 6442450944\n",
  "status": 0,
  "gawk": "integral values print in full"
 },
 {
  "args": [
   "BEGIN { x = 1; x = x \"\"; print (x < 10) }"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print; getline; print \"after getline:\", $0 }"
  ],
  "stdin": "1\n2\n3\n",
  "stdout": "1\nafter getline: 2\n3\nafter getline: 3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { while ((getline l < \"f1\") > 0) print \"f1:\", l; close(\"f1\"); getline l < \"f1\"; print l; print (getline z < \"nonexistent\") }"
  ],
  "stdin": "",
  "stdout": "f1: f1 line1\nf1: f1 line2\nf1 line1\n-1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print > \"out.txt\" } END { close(\"out.txt\"); while ((getline l < \"out.txt\") > 0) print \"read\", l }"
  ],
  "stdin": "a\nb\n",
  "stdout": "read a\nread b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print \"x\" >> \"f1\"; close(\"f1\"); while ((getline l < \"f1\") > 0) print l }"
  ],
  "stdin": "",
  "stdout": "f1 line1\nf1 line2\nx\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"a\\n\" | \"cat\"; close(\"cat\"); print \"b\" }"
  ],
  "stdin": "",
  "stdout": "a\nb\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print toupper(substr(\"hello\", 1, 1)) substr(\"hello\", 2) }"
  ],
  "stdin": "",
  "stdout": "Hello\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ n = n ? n \",\" $0 : $0 } END { print n }"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a,b,c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print length(\"a\\tb\\n\"), \"a\\/b\", \"q\\\"q\" }"
  ],
  "stdin": "",
  "stdout": "4 a/b q\"q\n",
  "status": 0,
  "gawk": "\"\\/\" is \"/\" in strings (mawk keeps the backslash)"
 },
 {
  "args": [
   "/a\\/b/"
  ],
  "stdin": "a/b\nab\n",
  "stdout": "a/b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { r = \"^[0-9]+$\"; print (\"123\" ~ r), (\"12a\" ~ r) }"
  ],
  "stdin": "",
  "stdout": "1 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print NR % 2 ? \"odd\" : \"even\" }"
  ],
  "stdin": "a\nb\n",
  "stdout": "odd\neven\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { CONVFMT = \"%d\"; a[1.5] = \"x\"; for (k in a) print k }"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "gawk": "subscript through CONVFMT"
 },
 {
  "args": [
   "BEGIN { a[01] = 1; a[\"01\"] = 2; for (k in a) print k, a[k] }"
  ],
  "stdin": "",
  "stdout": "1 1\n01 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf(\"%s-%s\\n\", \"a\", \"b\") }"
  ],
  "stdin": "",
  "stdout": "a-b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print(1)(2) }"
  ],
  "stdin": "",
  "stdout": "12\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print (1, 2) > \"/dev/stdout\" }"
  ],
  "stdin": "",
  "stdout": "1 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { nextfile_test = 1 } FNR == 2 { nextfile } { print FILENAME, $0 }",
   "f1",
   "f2"
  ],
  "stdin": "",
  "stdout": "f1 f1 line1\nf2 f2 a\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print substr(\"hello\", 2, 0) \"|\" }"
  ],
  "stdin": "",
  "stdout": "|\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%d %d\\n\", 2147483648, -2147483649 }"
  ],
  "stdin": "",
  "stdout": "2147483648 -2147483649\n",
  "status": 0,
  "gawk": "%d is not clamped to 32 bits"
 },
 {
  "args": [
   "BEGIN { printf \"%x %o\\n\", -1, -1 }"
  ],
  "stdin": "",
  "stdout": "0 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = 3; x ^= 2; print x; y = 2; y **= 3; print y }"
  ],
  "stdin": "",
  "stdout": "9\n8\n",
  "status": 0,
  "gawk": "**= operator"
 },
 {
  "args": [
   "BEGIN { print \"a\" \"b\" > \"/dev/stdout\" }"
  ],
  "stdin": "",
  "stdout": "ab\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { $0 = \"a b c\"; print NF; $0 = \"\"; print NF }"
  ],
  "stdin": "",
  "stdout": "3\n0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { $3 = \"c\"; print; print NF }"
  ],
  "stdin": "",
  "stdout": "  c\n3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ for (i = NF; i > 0; i--) printf \"%s%s\", $i, (i > 1 ? OFS : ORS) }"
  ],
  "stdin": "a b c\n",
  "stdout": "c b a\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { FS = \"\" } { print NF, $2 }"
  ],
  "stdin": "abc\n",
  "stdout": "3 b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print match(\"aXbXc\", \"X.\"), RSTART, RLENGTH }"
  ],
  "stdin": "",
  "stdout": "2 2 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $1 + 0 }"
  ],
  "stdin": "0x1A\n1e2\n-.5\n+3\ninf\n",
  "stdout": "0\n100\n-0.5\n3\n0\n",
  "status": 0,
  "gawk": "hex and bare inf strings are 0 (mawk: strtod)"
 },
 {
  "args": [
   "BEGIN { print 017, 1.0, 1.50, \"1.50\" + 0 }"
  ],
  "stdin": "",
  "stdout": "17 1 1.5 1.5\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ if ($0 ~ /^[[:space:]]*$/) print \"blank\"; else print \"text\" }"
  ],
  "stdin": "  \nx\n",
  "stdout": "blank\ntext\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print substr(12345, 2, 3) + 1 }"
  ],
  "stdin": "",
  "stdout": "235\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { a = \"3.0\"; b = 3; print (a == b) } { print ($1 == 3) }"
  ],
  "stdin": "3.0\n",
  "stdout": "0\n1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print 1"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 2: missing } near end of file\n"
 },
 {
  "args": [
   "BEGIN{x=}"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 1: syntax error at or near }\n"
 },
 {
  "args": [
   "{print $1"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 2: missing } near end of file\n"
 },
 {
  "args": [
   "BEGIN{print 1}}"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2
 },
 {
  "args": [
   "BEGIN{ f(1) }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 2: function f never defined\n"
 },
 {
  "args": [
   "BEGIN{ print \"abc }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 1: runaway string constant \"abc } ...\n"
 },
 {
  "args": [
   "{print}",
   "nonexistent"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: cannot open nonexistent (No such file or directory)\n"
 },
 {
  "args": [
   "BEGIN { getline < \"nonexistent\"; print \"ok\" }"
  ],
  "stdin": "",
  "stdout": "ok\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x[1]=1; x = 2 }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2
 },
 {
  "args": [],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "gawk": "usage on stderr, status 2 (mawk: usage on stdout, status 0)"
 },
 {
  "args": [
   "-f",
   "prog.awk",
   "f1"
  ],
  "stdin": "",
  "stdout": "prog: f1 line1\nprog: f1 line2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-f",
   "prog.awk",
   "-f",
   "prog2.awk"
  ],
  "stdin": "z\n",
  "stdout": "prog: z\nend\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "--",
   "{print \"dd\" $0}"
  ],
  "stdin": "x\n",
  "stdout": "ddx\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-v"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: option -v lacks argument\n"
 },
 {
  "args": [
   "BEGIN { printf \"%5.1f%%\\n\", 45.678 }"
  ],
  "stdin": "",
  "stdout": " 45.7%\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { if (1) { print \"a\" } else print \"b\"; if (0) print \"c\"; else { print \"d\" } }"
  ],
  "stdin": "",
  "stdout": "a\nd\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { if (1)\n print \"a\"\n else\n print \"b\"\n}"
  ],
  "stdin": "",
  "stdout": "a\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN {\n  x = 1 +\n  2\n  print x\n  y = (1 &&\n  0)\n  print y\n}"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 2: syntax error at or near end of line\n"
 },
 {
  "args": [
   "# comment\nBEGIN { print \"c\" } # trailing\n\nEND { print NR }"
  ],
  "stdin": "1\n2\n",
  "stdout": "c\n2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { a = \"x\" ; b = a \\\n \"y\"; print b }"
  ],
  "stdin": "",
  "stdout": "xy\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "function add(a,b)\n{\n return a+b\n}\nBEGIN { print add(2, 3) }"
  ],
  "stdin": "",
  "stdout": "5\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print length() }"
  ],
  "stdin": "",
  "stdout": "0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print NR \": \" $0 }",
   "f1",
   "f2"
  ],
  "stdin": "",
  "stdout": "1: f1 line1\n2: f1 line2\n3: f2 a\n4: f2 b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "FNR == 1 { print \"--\", FILENAME } { print FNR, NR }",
   "f1",
   "f2"
  ],
  "stdin": "",
  "stdout": "-- f1\n1 1\n2 2\n-- f2\n1 3\n2 4\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $0 }",
   "f1",
   "-"
  ],
  "stdin": "stdin\n",
  "stdout": "f1 line1\nf1 line2\nstdin\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { OFS = \",\" } { print $1, $2 }"
  ],
  "stdin": "a b\n",
  "stdout": "a,b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = \"a\"; y = x++; print x, y }"
  ],
  "stdin": "",
  "stdout": "1 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 1; exit; print 2 }"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { while (i < 3) i++; print i }"
  ],
  "stdin": "",
  "stdout": "3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { for (i = 0; i < 3; i++); print i }"
  ],
  "stdin": "",
  "stdout": "3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ printf \"%-5s|%5s|\\n\", $1, $2 }"
  ],
  "stdin": "ab cd\n",
  "stdout": "ab   |   cd|\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { n = split(\"a b c\", arr); for (i = n; i >= 1; i--) printf \"%s \", arr[i]; print \"\" }"
  ],
  "stdin": "",
  "stdout": "c b a \n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "$2 ~ /^[0-9]+$/ { s += $2 } END { print s + 0 }"
  ],
  "stdin": "a 1\nb x\nc 22\n",
  "stdout": "23\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $1 = \"\"; print length($0) \":\" $0 }"
  ],
  "stdin": "a b c\n",
  "stdout": "4: b c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { s = \"The Quick\"; while (match(s, /[A-Z]/)) { printf \"%s@%d \", substr(s, RSTART, RLENGTH), RSTART; s = substr(s, RSTART + 1) } print \"\" }"
  ],
  "stdin": "",
  "stdout": "T@1 Q@4 \n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%s\\n\" }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: run time error: not enough arguments passed to printf(\"%s\n\")\n\tFILENAME=\"\" FNR=0 NR=0\n"
 },
 {
  "args": [
   "BEGIN { printf \"%d%%\\n\", 50 }"
  ],
  "stdin": "",
  "stdout": "50%\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print -0 }"
  ],
  "stdin": "",
  "stdout": "-0\n",
  "status": 0,
  "gawk": "-0 prints as -0"
 },
 {
  "args": [
   "BEGIN { x = -0; print x \"\" }"
  ],
  "stdin": "",
  "stdout": "-0\n",
  "status": 0,
  "gawk": "-0 prints as -0"
 },
 {
  "args": [
   "BEGIN { print 0.1 + 0.2 == 0.3, 1e-5, 123456.7, 1234567.8 }"
  ],
  "stdin": "",
  "stdout": "0 1e-05 123457 1.23457e+06\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print substr(\"hello\", 0) }"
  ],
  "stdin": "",
  "stdout": "hello\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ a[NR] = $0 } END { for (i = NR; i >= 1; i--) print a[i] }"
  ],
  "stdin": "1\n2\n3\n",
  "stdout": "3\n2\n1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { RS = \"\" ; FS = \":\" } { print NF \": \" $1 \"/\" $2 }"
  ],
  "stdin": "a:b\nc:d\n\ne:f\n",
  "stdout": "4: a/b\n2: e/f\n",
  "status": 0,
  "gawk": "paragraph mode: newline always separates fields (POSIX)"
 },
 {
  "args": [
   "BEGIN { printf \"[%s]\\n\", sprintf(\"%c\", 0) == \"\" }"
  ],
  "stdin": "",
  "stdout": "[0]\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $(1+1) }"
  ],
  "stdin": "a b c\n",
  "stdout": "b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $-1 }"
  ],
  "stdin": "a\n",
  "stdout": "",
  "status": 2
 },
 {
  "args": [
   "BEGIN { print 1/0 }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "gawk": "division by zero is fatal (mawk: inf)"
 },
 {
  "args": [
   "BEGIN { getline line < \"f1\"; print line; getline line < \"f1\"; print line; print (getline line < \"f1\") }"
  ],
  "stdin": "",
  "stdout": "f1 line1\nf1 line2\n0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { \"cat f1\" | getline; print $2; \"cat f1\" | getline x; print x }"
  ],
  "stdin": "",
  "stdout": "line1\nf1 line2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "END { print $0, NF }"
  ],
  "stdin": "a b\nc d e\n",
  "stdout": "c d e 3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x[\"a\"] = 1; if (\"a\" in x) print \"yes\"; delete x[\"a\"]; if (!(\"a\" in x)) print \"gone\" }"
  ],
  "stdin": "",
  "stdout": "yes\ngone\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { str = \"a.b.c\"; gsub(\".\", \"-\", str); print str; str = \"a.b.c\"; gsub(/\\./, \"-\", str); print str; s2 = \"a.b\"; gsub(\"\\\\.\", \"+\", s2); print s2 }"
  ],
  "stdin": "",
  "stdout": "-----\na-b-c\na+b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { s = \"aaa\"; print sub(\"a\", \"\\\\\\\\&\", s), s }"
  ],
  "stdin": "",
  "stdout": "1 \\aaa\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ sub(/^ +/, \"\"); sub(/ +$/, \"\"); print \"[\" $0 \"]\" }"
  ],
  "stdin": "   pad   \n",
  "stdout": "[pad]\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%i|%5.2e|%G\\n\", 3.99, 0, 0.000001234 }"
  ],
  "stdin": "",
  "stdout": "3|0.00e+00|1.234E-06\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print index(\"foobar\", \"bar\") ; print substr(\"foobar\", index(\"foobar\", \"b\")) }"
  ],
  "stdin": "",
  "stdout": "4\nbar\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print toupper($0) }"
  ],
  "stdin": "MiXeD case\n",
  "stdout": "MIXED CASE\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "NR > 1 { print prev \" -> \" $0 } { prev = $0 }"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a -> b\nb -> c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { srand(1); x = rand(); srand(1); y = rand(); print (x == y), (x >= 0 && x < 1), srand(5) }"
  ],
  "stdin": "",
  "stdout": "1 1 1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print length(a), length(\"\") ; a[1]; print length(a) }"
  ],
  "stdin": "",
  "stdout": "0 0\n1\n",
  "status": 0,
  "gawk": "length(array) of an untyped name (mawk: error)"
 },
 {
  "args": [
   "BEGIN { x = \"abc\"; print x ~ \"b\" ? \"has b\" : \"no b\" }"
  ],
  "stdin": "",
  "stdout": "has b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print \"a\" < \"b\" }"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { $0 = \"1 2 3\"; $2 = \"\"; print; print NF }"
  ],
  "stdin": "",
  "stdout": "1  3\n3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { $0 = \"  a   b  \"; $1 = $1; print \"[\" $0 \"]\" }"
  ],
  "stdin": "",
  "stdout": "[a b]\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { NF = 3; print \"[\" $0 \"]\" }"
  ],
  "stdin": "",
  "stdout": "[  ]\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-F,",
   "NR>1 { sum[$1] += $3 } END { for (k in sum) print k, sum[k] | \"sort\" }"
  ],
  "stdin": "name,x,val\nb,1,5\na,2,3\nb,3,1\n",
  "stdout": "a 3\nb 6\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ printf \"%-10s %8.2f\\n\", $1, $2 * 1.1 }"
  ],
  "stdin": "apple 1.5\nbanana 22\n",
  "stdout": "apple          1.65\nbanana        24.20\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { FS = OFS = \"\\t\" } { $2 = toupper($2) } 1"
  ],
  "stdin": "a\tb\tc\nd\te\tf\n",
  "stdout": "a\tB\tc\nd\tE\tf\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ lines[NR] = $0 } END { for (i = 1; i <= NR; i++) if (lines[i] ~ /err/) print i\": \"lines[i] }"
  ],
  "stdin": "ok\nerr 1\nfine\nerror two\n",
  "stdout": "2: err 1\n4: error two\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "length($0) > 3"
  ],
  "stdin": "ab\nabcd\nabcdef\n",
  "stdout": "abcd\nabcdef\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ w += NF; c += length($0) + 1 } END { print NR, w, c }"
  ],
  "stdin": "one two\nthree\n\nfour five six\n",
  "stdout": "4 6 29\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { while ((getline line < \"f1\") > 0) { split(line, p, \" \"); print p[2] } }"
  ],
  "stdin": "",
  "stdout": "line1\nline2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-v",
   "n=2",
   "NR % n == 0"
  ],
  "stdin": "1\n2\n3\n4\n5\n",
  "stdout": "2\n4\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print substr($0, length($0) - 2) }"
  ],
  "stdin": "abcdef\nxy\n",
  "stdout": "def\nxy\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%s\\n\", 1e6; printf \"%s %s\\n\", 0.1 + 0.2, 1/3; x = 1e6; print x \"\" }"
  ],
  "stdin": "",
  "stdout": "1000000\n0.3 0.333333\n1000000\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $1 > \"/dev/stdout\"; print $2 }"
  ],
  "stdin": "a b\n",
  "stdout": "a\nb\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "/start/ { f = 1; next } /end/ { f = 0 } f"
  ],
  "stdin": "x\nstart\n1\n2\nend\ny\n",
  "stdout": "1\n2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "NR == FNR { a[$1] = $2; next } $1 in a { print $0, a[$1] }",
   "f1",
   "f2"
  ],
  "stdin": "",
  "stdout": "",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = \"5apples\"; y = x + 0; print y, (x > 3), (x+0 > 3) }"
  ],
  "stdin": "",
  "stdout": "5 1 1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print ($1 ~ /^-?[0-9]+(\\.[0-9]+)?$/) ? \"num\" : \"str\" }"
  ],
  "stdin": "12\n-3.5\nabc\n1.\n",
  "stdout": "num\nnum\nstr\nstr\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ n = gsub(/a/, \"A\"); print n, $0, NF }"
  ],
  "stdin": "banana split\n",
  "stdout": "3 bAnAnA split 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $2 = $2 * 2 } 1"
  ],
  "stdin": "a 3 c\nb 1.5 d\n",
  "stdout": "a 6 c\nb 3 d\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { OFS = \":\" } { NF = NF } 1"
  ],
  "stdin": "a b  c\n",
  "stdout": "a:b:c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print NF; NF++; $NF = \"new\"; print }"
  ],
  "stdin": "a b\n",
  "stdout": "2\na b new\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { s = sprintf(\"%05.1f|%-6.2s|%+.3d\", 3.14159, \"abc\", 5); print s }"
  ],
  "stdin": "",
  "stdout": "003.1|ab    |+005\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { a[\"k\"] = 1; for (k in a) delete a[k]; print length(a) }"
  ],
  "stdin": "",
  "stdout": "0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ a[$0]++ } END { n = 0; for (k in a) n++; print n }"
  ],
  "stdin": "x\ny\nx\n",
  "stdout": "2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%d items at $%.2f = $%'.2f\\n\", 3, 9.99, 29.97 }"
  ],
  "stdin": "",
  "stdout": "3 items at $9.99 = $29.97\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 10 % 3.5, -10 % 3 }"
  ],
  "stdin": "",
  "stdout": "3 -1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x[1]; if (1 in x) print \"in\"; print length(x) }"
  ],
  "stdin": "",
  "stdout": "in\n1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "function max(a, b) { return a > b ? a : b } { m = max(m, $1 + 0) } END { print m }"
  ],
  "stdin": "3\n10\n7\n",
  "stdout": "10\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "function rev(s,   r, i) { for (i = length(s); i > 0; i--) r = r substr(s, i, 1); return r } { print rev($0) }"
  ],
  "stdin": "hello\nab\n",
  "stdout": "olleh\nba\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { n = split(\"3 1 2\", a); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }; for (i = 1; i <= n; i++) printf \"%s \", a[i]; print \"\" }"
  ],
  "stdin": "",
  "stdout": "1 2 3 \n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ sub(/#.*/, \"\") } NF"
  ],
  "stdin": "code # comment\n# only\nmore\n",
  "stdout": "code \nmore\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { RS = \"\\n\\n\" } { print NR \": \" $0 }"
  ],
  "stdin": "a\nb\n\nc\n",
  "stdout": "1: a\nb\n2: c\n\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ printf(\"%s%s\", NR > 1 ? \",\" : \"\", $0) } END { print \"\" }"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a,b,c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%c\", 10 }"
  ],
  "stdin": "",
  "stdout": "\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $1, $NF }",
   "OFS=-",
   "f1"
  ],
  "stdin": "",
  "stdout": "f1-line1\nf1-line2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print index(\"abc\", \"\") }"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = 010; print x, \"010\" + 0 }"
  ],
  "stdin": "",
  "stdout": "10 10\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 1==1, \"1\"==1, \"a\"==\"a\", \"\"==0 }"
  ],
  "stdin": "",
  "stdout": "1 1 1 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print ($1 == 0), ($1 == \"\") }"
  ],
  "stdin": "\n0\n0.0\n",
  "stdout": "0 1\n1 0\n1 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { getline; print \"x\" $0 \"x\", NR; getline; print \"y\" $0 \"y\", NR }"
  ],
  "stdin": "one\n",
  "stdout": "xonex 1\nyoney 1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $3 = \"\"; print NF \"[\" $0 \"]\" }"
  ],
  "stdin": "a b c d\n",
  "stdout": "4[a b  d]\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%.0f %.0f %.0f %.0f\\n\", 0.5, 1.5, 2.5, -0.5 }"
  ],
  "stdin": "",
  "stdout": "0 2 2 -0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%5.1e|%e\\n\", 123456, 0 }"
  ],
  "stdin": "",
  "stdout": "1.2e+05|0.000000e+00\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%g %g %g %g %g\\n\", 0.0001, 0.00001, 123456, 1234567, 100 }"
  ],
  "stdin": "",
  "stdout": "0.0001 1e-05 123456 1.23457e+06 100\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%#g %#x %#o\\n\", 1, 0, 0 }"
  ],
  "stdin": "",
  "stdout": "1.00000 0 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%-+5d|%- 5d|%05s\\n\", 3, 3, \"ab\" }"
  ],
  "stdin": "",
  "stdout": "+3   | 3   |   ab\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print substr(\"hello\", \"2\", \"2\") }"
  ],
  "stdin": "",
  "stdout": "el\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) $i = $i + 1 } 1"
  ],
  "stdin": "a 1 b 22\n",
  "stdout": "a 2 b 23\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { s = \"x\"; s = s s; s = s s; print s, length(s) }"
  ],
  "stdin": "",
  "stdout": "xxxx 4\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"a\" \"b\" \"\\n\" }"
  ],
  "stdin": "",
  "stdout": "ab\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print \"a\" , \"b\" ; print \"a\"\"b\" }"
  ],
  "stdin": "",
  "stdout": "a b\nab\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{a=\"x\";b=\"y\";print a\" \"b}"
  ],
  "stdin": "",
  "stdout": "x y\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { i = 5; a[i++] = i; for (k in a) print k, a[k] }"
  ],
  "stdin": "",
  "stdout": "5 6\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print; next; print \"never\" }"
  ],
  "stdin": "a\n",
  "stdout": "a\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "END { print NR }",
   "f1",
   "f2"
  ],
  "stdin": "",
  "stdout": "4\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { ARGV[1] = \"f2\" } { print }",
   "f1"
  ],
  "stdin": "",
  "stdout": "f2 a\nf2 b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { ARGV[2] = \"f2\"; ARGC = 3 } { print }",
   "f1"
  ],
  "stdin": "",
  "stdout": "f1 line1\nf1 line2\nf2 a\nf2 b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%s %s\\n\", \"only\" \"one\", \"two\" }"
  ],
  "stdin": "",
  "stdout": "onlyone two\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $1 }",
   "nonexistent",
   "f1"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: cannot open nonexistent (No such file or directory)\n"
 },
 {
  "args": [
   "BEGIN { while (\"cat f1\" | getline line) n++; print n; close(\"cat f1\"); while (\"cat f1\" | getline line) n++; print n }"
  ],
  "stdin": "",
  "stdout": "2\n4\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = y = 3; print x, y; a += b += 2; print a, b }"
  ],
  "stdin": "",
  "stdout": "3 3\n2 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print !x, !!x, -x, x+0, x \"\" }"
  ],
  "stdin": "",
  "stdout": "1 0 -0 0 \n",
  "status": 0,
  "gawk": "-x of an unset variable prints -0, as gawk"
 },
 {
  "args": [
   "BEGIN { $0 = \"a:b\"; FS = \":\"; print $1; $0 = $0; print $1 }"
  ],
  "stdin": "",
  "stdout": "a:b\na\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 2 \" \" -1 }"
  ],
  "stdin": "",
  "stdout": "2-1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { n = 3; while (n --> 0) print n }"
  ],
  "stdin": "",
  "stdout": "2\n1\n0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print length(\"x\" 12) }"
  ],
  "stdin": "",
  "stdout": "3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 1,2 > \"/dev/stderr\" }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 0,
  "stderr": "1 2\n"
 },
 {
  "args": [
   "{ print > ($1 \".out\") } END { close(\"a.out\"); while ((getline l < \"a.out\") > 0) print \"a.out:\", l }"
  ],
  "stdin": "a 1\nb 2\na 3\n",
  "stdout": "a.out: a 1\na.out: a 3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { if (!(\"HOME\" in ENVIRON)) print \"no home\"; print ENVIRON[\"ZZ\"] \"!\" }"
  ],
  "stdin": "",
  "stdout": "no home\nzval!\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print substr(\"hello\", 2, length(\"hello\") - 2) }"
  ],
  "stdin": "",
  "stdout": "ell\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { a = \"A\"; b = a; sub(/A/, \"B\", b); print a, b }"
  ],
  "stdin": "",
  "stdout": "A B\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print NR\":\"$0 }",
   "/dev/null"
  ],
  "stdin": "",
  "stdout": "",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%s\" }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: run time error: not enough arguments passed to printf(\"%s\")\n\tFILENAME=\"\" FNR=0 NR=0\n"
 },
 {
  "args": [
   "BEGIN { if (1) { print \"a\" }\n else { print \"b\" } }"
  ],
  "stdin": "",
  "stdout": "a\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { if (0) print \"a\"; else if (1) print \"b\"; else print \"c\" }"
  ],
  "stdin": "",
  "stdout": "b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { if (1)\n{\nprint \"x\"\n}\nelse\n{\nprint \"y\"\n}\n}"
  ],
  "stdin": "",
  "stdout": "x\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{FS=\",\"} ; {print $1} ; END{print \"e\"}"
  ],
  "stdin": "a,b\n",
  "stdout": "a\ne\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "!/foo/"
  ],
  "stdin": "foo\nbar\n",
  "stdout": "bar\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "NR==1,/x/ { print \"r:\" $0 }"
  ],
  "stdin": "a\nb\nx\nc\n",
  "stdout": "r:a\nr:b\nr:x\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "$1==\"a\",$1==\"b\" {print}"
  ],
  "stdin": "z\na\nq\nb\nw\n",
  "stdout": "a\nq\nb\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "/[/]/ { print \"slash\" } /\\// { print \"slash2\" }"
  ],
  "stdin": "a/b\n",
  "stdout": "slash\nslash2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ if ($0 ~ $1) print \"self\" }"
  ],
  "stdin": "abc\n",
  "stdout": "self\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { d = \".\"; while ((getline line < (\"f\" \"1\")) > 0) n++; print n }"
  ],
  "stdin": "",
  "stdout": "2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "function f(a) { a[\"k\"] = 1 } function g(b) { f(b) } BEGIN { g(arr); print arr[\"k\"] }"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "function f(a, n) { split(\"x y z\", a); n = length(a); return n } BEGIN { print f(q), q[2] }"
  ],
  "stdin": "",
  "stdout": "3 y\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf(\"%s-%d\\n\", \"a\", 1) > \"/dev/stderr\"; print \"ok\" }"
  ],
  "stdin": "",
  "stdout": "ok\n",
  "status": 0,
  "stderr": "a-1\n"
 },
 {
  "args": [
   "BEGIN { x = 1\n y = 2; print x +\n y }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 2: syntax error at or near end of line\n"
 },
 {
  "args": [
   "BEGIN { a[1]; a[2]; n = 0\n for (k in a)\n n++\n print n }"
  ],
  "stdin": "",
  "stdout": "2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "func f() { return 7 } BEGIN { print f() }"
  ],
  "stdin": "",
  "stdout": "7\n",
  "status": 0,
  "gawk": "func is function (mawk: not a keyword)"
 },
 {
  "args": [
   "BEGIN { print tolower(12) toupper(\"x\" 1) }"
  ],
  "stdin": "",
  "stdout": "12X1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print -1 \" \" -2 }"
  ],
  "stdin": "",
  "stdout": "-1-2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $NF = \"\"; print; print NF }"
  ],
  "stdin": "a b c\n",
  "stdout": "a b \n3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x[1] = 1; if ((1 in x) && !(2 in x)) print \"ok\" }"
  ],
  "stdin": "",
  "stdout": "ok\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $1 }\n\n# trailing comment"
  ],
  "stdin": "q r\n",
  "stdout": "q\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { s = \"a,b;c\"; n = split(s, p, /[,;]/); print n, p[1] p[2] p[3] }"
  ],
  "stdin": "",
  "stdout": "3 abc\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print (\"a\" \"b\" == \"ab\") }"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 1 \" \" 2 == 1 \" \" 2 }"
  ],
  "stdin": "",
  "stdout": "1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 3 \" \" (4 < 5) }"
  ],
  "stdin": "",
  "stdout": "3 1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { n = split(\"a b\", arr) ; print arr[1] arr[2] ; delete arr ; print length(arr) }"
  ],
  "stdin": "",
  "stdout": "ab\n0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ c[$1]++ } END { for (k in c) print k, c[k] | \"sort -k2nr\"; close(\"sort -k2nr\"); print \"done\" }"
  ],
  "stdin": "a\nb\nb\nc\nb\na\n",
  "stdout": "b 3\na 2\nc 1\ndone\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print substr(\"hello\", 3, -1) \"|\" substr(\"\", 1, 2) \"|\" }"
  ],
  "stdin": "",
  "stdout": "||\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print length(\"\"), length(0), length(0.5) }"
  ],
  "stdin": "",
  "stdout": "0 1 3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = \"abc\"; print x > \"/dev/null\"; print \"ok\" }"
  ],
  "stdin": "",
  "stdout": "ok\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print NR, $0 }",
   "RS=;",
   "f1"
  ],
  "stdin": "",
  "stdout": "1 f1 line1\nf1 line2\n\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%s|%5s|%-5s|\\n\", 1.5, 2.25, 1e10 }"
  ],
  "stdin": "",
  "stdout": "1.5| 2.25|10000000000|\n",
  "status": 0,
  "gawk": "integral values print in full"
 },
 {
  "args": [
   "BEGIN { print 1.0 \"\", 0.1 \"\", 1e-7 \"\", 123456789012 \"\" }"
  ],
  "stdin": "",
  "stdout": "1 0.1 1e-07 123456789012\n",
  "status": 0,
  "gawk": "integral values convert in full"
 },
 {
  "args": [
   "{ print $1 * 2 }"
  ],
  "stdin": "1e3\n 5 \n3abc\n",
  "stdout": "2000\n10\n6\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = \"0\"; if (x) print \"true\"; else print \"false\"; y = 0; if (y \"\") print \"str true\" }"
  ],
  "stdin": "",
  "stdout": "true\nstr true\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ if ($1) print \"t:\" $1; else print \"f:\" $1 }"
  ],
  "stdin": "0\n0.0\nabc\n\n1\n",
  "stdout": "f:0\nf:0.0\nt:abc\nf:\nt:1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { getline x < \"f1\"; split(x, p); print p[2] }"
  ],
  "stdin": "",
  "stdout": "line1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { a = 1; { a = 2; { print a } } }"
  ],
  "stdin": "",
  "stdout": "2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { for (i = 0; i < 3; i++) for (j = 0; j < 2; j++) s = s i j \" \"; print s }"
  ],
  "stdin": "",
  "stdout": "00 01 10 11 20 21 \n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { i = 0; do print i++; while (i < 3) }"
  ],
  "stdin": "",
  "stdout": "0\n1\n2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print 1}END{print 2}"
  ],
  "stdin": "",
  "stdout": "1\n2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print index(\"a.b\", \".\") }"
  ],
  "stdin": "",
  "stdout": "2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print \"x\" ~ \"\", match(\"\", //), RSTART, RLENGTH }"
  ],
  "stdin": "",
  "stdout": "1 1 1 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { s = \"foo bar\"; print gensub_missing }"
  ],
  "stdin": "",
  "stdout": "\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%d %s\\n\", \"12abc\", 12abc }"
  ],
  "stdin": "",
  "stdout": "12 12\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { n = 0; while (n++ < 3) { if (n == 2) continue; print n } }"
  ],
  "stdin": "",
  "stdout": "1\n3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { exit } END { print \"end ran\" }"
  ],
  "stdin": "",
  "stdout": "end ran\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "END { exit 5 } { }"
  ],
  "stdin": "a\n",
  "stdout": "",
  "status": 5,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print length(ARGV), ARGC }",
   "a",
   "b"
  ],
  "stdin": "",
  "stdout": "3 3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { OFS = \"-\"; $0 = \"a b c\"; $1 = $1; print; print $0 }"
  ],
  "stdin": "",
  "stdout": "a-b-c\na-b-c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print; print NR > \"/dev/stderr\" }"
  ],
  "stdin": "x\n",
  "stdout": "x\n",
  "status": 0,
  "stderr": "1\n"
 },
 {
  "args": [
   "BEGIN { printf \"%5.2s|%.0s|%c\\n\", \"abc\", \"xyz\", 256 }"
  ],
  "stdin": "",
  "stdout": "   ab||Ā\n",
  "status": 0,
  "gawk": "%c of 256 is U+0100 (mawk: NUL)"
 },
 {
  "args": [
   "function r(n) { return n == 0 ? 0 : 1 + r(n - 1) } BEGIN { print r(500) }"
  ],
  "stdin": "",
  "stdout": "500\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $1\" \"$2 }"
  ],
  "stdin": "a b\n",
  "stdout": "a b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = 1 == 1; print x; print a = 5, a }"
  ],
  "stdin": "",
  "stdout": "1\n5 5\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ NF -= 1; print; $NF = \"z\"; print }"
  ],
  "stdin": "a b c\n",
  "stdout": "a b\na z\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { x = 3; print -x^2, 2^-1, !x + 1 }"
  ],
  "stdin": "",
  "stdout": "-9 0.5 1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-F",
   "\\|",
   "{ print $2 }"
  ],
  "stdin": "a|b|c\n",
  "stdout": "b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "-v",
   "p=ab",
   "$0 ~ \"^\" p { print \"m:\" $0 }"
  ],
  "stdin": "abc\nxab\n",
  "stdout": "m:abc\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ n = split($0, ch, \"\"); print n, ch[1], ch[n] }"
  ],
  "stdin": "hello\n",
  "stdout": "5 h o\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print substr($0, index($0, \"=\") + 1) }"
  ],
  "stdin": "key=val=x\n",
  "stdout": "val=x\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "/^$/ { b++ } END { print b + 0 }"
  ],
  "stdin": "a\n\n\nb\n",
  "stdout": "2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "$1 ~ \"^#\" { next } { print }"
  ],
  "stdin": "# x\ny\n",
  "stdout": "y\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%-8s%s\\n\", \"Name\", \"Value\" }"
  ],
  "stdin": "",
  "stdout": "Name    Value\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ gsub(/\\./, \",\"); print }"
  ],
  "stdin": "1.5 2.5\n",
  "stdout": "1,5 2,5\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ gsub(\"[[:punct:]]\", \"\"); print }"
  ],
  "stdin": "a,b.c!d\n",
  "stdout": "abcd\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $1 = \"\"; sub(/^ /, \"\"); print }"
  ],
  "stdin": "a b c\n",
  "stdout": "b c\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ a[$1] = a[$1] ? a[$1] \",\" $2 : $2 } END { print a[\"x\"], a[\"y\"] }"
  ],
  "stdin": "x 1\ny 2\nx 3\n",
  "stdout": "1,3 2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "/^(foo|bar)$/"
  ],
  "stdin": "foo\nfoobar\nbar\n",
  "stdout": "foo\nbar\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "tolower($0) ~ /abc/"
  ],
  "stdin": "xABCx\nab\n",
  "stdout": "xABCx\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { split(\"10 9\", a); print (a[1] > a[2]), (a[1] \"\" > a[2] \"\") }"
  ],
  "stdin": "",
  "stdout": "1 0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "$1 > \"m\""
  ],
  "stdin": "apple\nzoo\n10\n",
  "stdout": "zoo\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print substr($0, 2) + 1 }"
  ],
  "stdin": "x41\n",
  "stdout": "42\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%s %s\\n\", \"a\", \"b\" > \"/dev/stdout\" }"
  ],
  "stdin": "",
  "stdout": "a b\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print NR \":\" length($0) }"
  ],
  "stdin": "abc\n\nxy\n",
  "stdout": "1:3\n2:0\n3:2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ total += $NF } END { printf \"%.2f\\n\", total / NR }"
  ],
  "stdin": "a 1.5\nb 2.25\n",
  "stdout": "1.88\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "NR % 2 == 1 { printf \"%s \", $0; next } { print }"
  ],
  "stdin": "1\n2\n3\n4\n5\n",
  "stdout": "1 2\n3 4\n5 ",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ sub(/[ \\t]+$/, \"\"); print \"[\" $0 \"]\" }"
  ],
  "stdin": "abc  \t\n",
  "stdout": "[abc]\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { s = \"a-b-c\"; gsub(\"-\", \"\", s); print s }"
  ],
  "stdin": "",
  "stdout": "abc\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print ($1 + 0 == $1) ? \"num\" : \"str\" }"
  ],
  "stdin": "12\nab\n1e2\n",
  "stdout": "num\nstr\nnum\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { str = \"hello\"; out = \"\"; for (i = length(str); i >= 1; i--) out = out substr(str, i, 1); print out }"
  ],
  "stdin": "",
  "stdout": "olleh\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ for (i = 1; i <= NF; i++) sum[i] += $i } END { for (i = 1; i <= 3; i++) printf \"%d%s\", sum[i], (i < 3 ? \" \" : \"\\n\") }"
  ],
  "stdin": "1 2 3\n4 5 6\n",
  "stdout": "5 7 9\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { \"cat f1\" | getline; print NF, $2 }"
  ],
  "stdin": "",
  "stdout": "2 line1\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { while ((getline < \"f2\") > 0) print NF \":\" $2; print NR }"
  ],
  "stdin": "",
  "stdout": "2:a\n2:b\n0\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ if (match($0, /[0-9]+/)) print substr($0, RSTART, RLENGTH) }"
  ],
  "stdin": "abc123def\nnone\n",
  "stdout": "123\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print $1 }",
   "FS=,",
   "f1"
  ],
  "stdin": "",
  "stdout": "f1 line1\nf1 line2\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { printf \"%o %X %e\\n\", 64, 3054, 1 }"
  ],
  "stdin": "",
  "stdout": "100 BEE 1.000000e+00\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print 1e300 * 10, int(\"inf\"), 2 ^ 1024 }"
  ],
  "stdin": "",
  "stdout": "1e+301 0 inf\n",
  "status": 0,
  "gawk": "\"inf\" without a sign is not a number"
 },
 {
  "args": [
   "BEGIN { a = \"x\"; a = a; print a; b[1] = b[1] \"y\"; print b[1] }"
  ],
  "stdin": "",
  "stdout": "x\ny\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print length(\"\\\\\"), \"\\\\n\" }"
  ],
  "stdin": "",
  "stdout": "1 \\n\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print \"a\\tb\" }"
  ],
  "stdin": "",
  "stdout": "a\tb\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { print \"\\101\\x41\" }"
  ],
  "stdin": "",
  "stdout": "AA\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN { if (!length(x)) print \"empty\" }"
  ],
  "stdin": "",
  "stdout": "empty\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ $0 = $0 \" extra\"; print NF }"
  ],
  "stdin": "a b\n",
  "stdout": "3\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "{ print; $0 = \"changed\" } END { print $0 }"
  ],
  "stdin": "orig\n",
  "stdout": "orig\nchanged\n",
  "status": 0,
  "stderr": ""
 },
 {
  "args": [
   "BEGIN{print substr()}"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 1: wrong number of arguments in call to substr\n"
 },
 {
  "args": [
   "BEGIN{print index(\"a\")}"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 1: wrong number of arguments in call to index\n"
 },
 {
  "args": [
   "BEGIN{print f(1,2)} function f(a){}"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 1: too many arguments in call to f\n"
 },
 {
  "args": [
   "BEGIN { x = 1 +* 2 }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 1: syntax error at or near *\n"
 },
 {
  "args": [
   "BEGIN { print 1 } }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2
 },
 {
  "args": [
   "BEGIN { if (1) else print 2 }"
  ],
  "stdin": "",
  "stdout": "",
  "status": 2,
  "stderr": "awk: line 1: syntax error at or near else\n"
 }
];

describe('awk (recorded)', () => {
  for (const c of CASES) {
    it(JSON.stringify(c.args).slice(0, 120), async () => {
      const r = await run(memVfs({ ...TREE }), ['awk', ...c.args], { stdin: c.stdin, env: { ZZ: 'zval' } });
      expect(r.stdout).toBe(c.stdout);
      expect(r.status).toBe(c.status);
      if (c.stderr !== undefined) expect(r.stderr).toBe(c.stderr);
    });
  }
});

describe('awk streaming and I/O', () => {
  it('splits records across small stdin chunks', async () => {
    const input = 'alpha beta\ngamma\n\n\ndelta x y\nlast';
    for (const chunk of [1, 3, 7]) {
      const r = await run(memVfs(), ['awk', '{ print NR, NF, $1 }'], { stdin: input, chunk });
      expect(r.stdout).toBe('1 2 alpha\n2 1 gamma\n3 0 \n4 0 \n5 3 delta\n6 1 last\n');
      const p = await run(memVfs(), ['awk', 'BEGIN { RS = "" } { print NR ": " $1 "-" $NF }'], { stdin: '\n\n' + input + '\n\n', chunk });
      expect(p.stdout).toBe('1: alpha-gamma\n2: delta-last\n');
    }
  });

  it('writes > and >> files through the mounted filesystem', async () => {
    const fs = memVfs({ 'keep.txt': 'old\n' });
    const r = await run(fs, ['awk', '{ print $1 > "out.txt"; print $2 >> "keep.txt" } END { printf "%d\\n", NR > "/dev/stderr" }'], { stdin: 'a 1\nb 2\n' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('2\n');
    expect(new TextDecoder().decode(await fs.readFile('/out.txt'))).toBe('a\nb\n');
    expect(new TextDecoder().decode(await fs.readFile('/keep.txt'))).toBe('old\n1\n2\n');
  });

  it('runs commands for system(), print | cmd and cmd | getline', async () => {
    const r = await run(memVfs({ 'f': 'x\ny\n' }), ['awk', 'BEGIN { print "before"; s = system("cat f"); print "status", s; print "b\\na" | "sort"; close("sort"); "cat f" | getline l; print l }']);
    expect(r.stdout).toBe('before\nx\ny\nstatus 0\na\nb\nx\n');
  });

  it('stops on a broken pipe in an endless loop', async () => {
    const r = await run(memVfs(), ['awk', 'BEGIN { while (1) print "y" }'], { stdoutLimit: 1000 });
    expect(r.status).toBe(141);
  });

  it('sums a large input quickly', async () => {
    let text = '';
    for (let i = 1; i <= 200000; i++) text += i + '\n';
    const t = performance.now();
    const r = await run(memVfs(), ['awk', '{ s += $1 } END { print s }'], { stdin: text, chunk: 65536 });
    expect(r.stdout).toBe('20000100000\n');
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('reports syntax errors with the line number', async () => {
    const r = await run(memVfs(), ['awk', 'BEGIN {\n  x = 1 +* 2\n}']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('awk: line 2: syntax error at or near *\n');
  });
});

describe('awk endless loops', () => {
  it('lets an abort through a busy loop', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    await expect(run(memVfs(), ['awk', 'BEGIN { while (1) x++ }'], { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
