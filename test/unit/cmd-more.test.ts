// more commands compared with the real GNU tools (sed 4.9, coreutils 9.1; LC_ALL=C TZ=UTC). Expected
// outputs were recorded by running each argv in a directory holding TREE and are stored here, so the
// test runs where the tools are absent. Strings are latin1: one char per byte. `files` lists files
// whose content after the run is compared too (null: absent).
import { describe, expect, it } from 'vitest';
import { latin1, fromBytes, runCase as runTable, makeFs as makeTableFs } from './cmd-table.js';
import type { Vfs } from '../../src/fs/vfs.js';


/** Paths ending in '/' are directories, in '@' symlinks (value = target). */
const TREE: Record<string, string> = {
 "a.txt": "hello\nworld\nfoo bar\nbaz\n",
 "nonl.txt": "x\ny",
 "bin.dat": "abcdefghijklmnopqrstuvwxyz\u0000\u0001ÿ\n\t",
 "rep.dat": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
 "s1.txt": "apple\nbanana\ncherry\ndate\n",
 "s2.txt": "banana\ncherry\nelder\nfig\n",
 "j1.txt": "1 one a\n2 two b\n3 three c\n",
 "j2.txt": "1 uno\n3 tres\n4 cuatro\n",
 "tabs.txt": "a\tb\tc\n\tindented\n        eight spaces\n    four  two\n",
 "long.txt": "The quick brown fox jumps over the lazy dog and keeps running far away\nshort\n",
 "sums.md5": "900150983cd24fb0d6963f7d28e17f72  abc.txt\n00000000000000000000000000000000  a.txt\n",
 "abc.txt": "abc",
 "b64.txt": "YWJj\nZGVm\n",
 "items.txt": "one two\nthree \"four five\"\n  six\\ seven\n",
 "dir/f": "f\n",
 "link@": "a.txt",
 "dang@": "nosuch",
 "dirlink@": "dir"
};
const ROOT: string = "/tmp/rec/work";

interface Case { argv: string[]; stdin?: string; env?: Record<string, string>; files?: Record<string, string | null>; stdout: string; stderr: string; status: number }

const CASES: Case[] = [
 {
  "argv": [
   "tac",
   "a.txt"
  ],
  "stdout": "baz\nfoo bar\nworld\nhello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tac",
   "nonl.txt"
  ],
  "stdout": "yx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tac",
   "-s",
   ","
  ],
  "stdin": "a,b,c",
  "stdout": "cb,a,",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tac",
   "-b",
   "-s",
   ","
  ],
  "stdin": "a,b,c,",
  "stdout": ",,c,ba",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tac",
   "nosuch"
  ],
  "stdout": "",
  "stderr": "tac: failed to open 'nosuch' for reading: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "tac",
   "a.txt",
   "nonl.txt"
  ],
  "stdout": "baz\nfoo bar\nworld\nhello\nyx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rev",
   "a.txt"
  ],
  "stdout": "olleh\ndlrow\nrab oof\nzab\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rev",
   "nonl.txt"
  ],
  "stdout": "x\ny",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rev"
  ],
  "stdin": "abc\n\nxy",
  "stdout": "cba\n\nyx",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "nl",
   "a.txt"
  ],
  "stdout": "     1\thello\n     2\tworld\n     3\tfoo bar\n     4\tbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "nl"
  ],
  "stdin": "a\n\nb\n",
  "stdout": "     1\ta\n       \n     2\tb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "nl",
   "-ba",
   "-nln",
   "-w3",
   "-s",
   ": "
  ],
  "stdin": "a\n\nb\n",
  "stdout": "1  : a\n2  : \n3  : b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "nl",
   "-nrz",
   "-v",
   "5",
   "-i",
   "2"
  ],
  "stdin": "a\nb\n",
  "stdout": "000005\ta\n000007\tb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "nl",
   "-bn"
  ],
  "stdin": "a\n",
  "stdout": "       a\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "nl",
   "-bx"
  ],
  "stdin": "a\n",
  "stdout": "",
  "stderr": "nl: invalid body numbering style: 'x'\nTry 'nl --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "fold",
   "-w",
   "10",
   "long.txt"
  ],
  "stdout": "The quick \nbrown fox \njumps over\n the lazy \ndog and ke\neps runnin\ng far away\nshort\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "fold",
   "-s",
   "-w",
   "10",
   "long.txt"
  ],
  "stdout": "The quick \nbrown fox \njumps \nover the \nlazy dog \nand keeps \nrunning \nfar away\nshort\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "fold",
   "-w5",
   "tabs.txt"
  ],
  "stdout": "a\n\t\nb\n\t\nc\n\t\ninden\nted\n     \n   ei\nght s\npaces\n    f\nour  \ntwo\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "fold",
   "-b",
   "-w",
   "4"
  ],
  "stdin": "abcdefghij",
  "stdout": "abcd\nefgh\nij",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "fold",
   "-w",
   "0"
  ],
  "stdout": "",
  "stderr": "fold: invalid number of columns: '0': Numerical result out of range\n",
  "status": 1
 },
 {
  "argv": [
   "expand",
   "tabs.txt"
  ],
  "stdout": "a       b       c\n        indented\n        eight spaces\n    four  two\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expand",
   "-t",
   "4",
   "tabs.txt"
  ],
  "stdout": "a   b   c\n    indented\n        eight spaces\n    four  two\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expand",
   "-i",
   "-t2"
  ],
  "stdin": "\ta\tb\n",
  "stdout": "  a\tb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expand",
   "-t",
   "2,5"
  ],
  "stdin": "a\tb\tc\td\n",
  "stdout": "a b  c d\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "unexpand",
   "tabs.txt"
  ],
  "stdout": "a\tb\tc\n\tindented\n\teight spaces\n    four  two\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "unexpand",
   "-a",
   "tabs.txt"
  ],
  "stdout": "a\tb\tc\n\tindented\n\teight spaces\n    four  two\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "unexpand",
   "-t",
   "4",
   "tabs.txt"
  ],
  "stdout": "a\tb\tc\n\tindented\n\t\teight spaces\n\tfour  two\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "unexpand",
   "-a"
  ],
  "stdin": "a       b       c\n",
  "stdout": "a\tb\tc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "comm",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "apple\n\t\tbanana\n\t\tcherry\ndate\n\telder\n\tfig\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "comm",
   "-12",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "banana\ncherry\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "comm",
   "-3",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "apple\ndate\n\telder\n\tfig\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "comm",
   "--output-delimiter=|",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "apple\n||banana\n||cherry\ndate\n|elder\n|fig\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "comm",
   "s1.txt"
  ],
  "stdout": "",
  "stderr": "comm: missing operand after 's1.txt'\nTry 'comm --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "paste",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "apple\tbanana\nbanana\tcherry\ncherry\telder\ndate\tfig\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "paste",
   "-d",
   ",:",
   "s1.txt",
   "s2.txt",
   "a.txt"
  ],
  "stdout": "apple,banana:hello\nbanana,cherry:world\ncherry,elder:foo bar\ndate,fig:baz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "paste",
   "-s",
   "s1.txt"
  ],
  "stdout": "apple\tbanana\tcherry\tdate\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "paste",
   "-sd",
   ",",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "apple,banana,cherry,date\nbanana,cherry,elder,fig\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "paste",
   "-",
   "-"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a\tb\nc\t\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "paste",
   "nonl.txt",
   "s1.txt"
  ],
  "stdout": "x\tapple\ny\tbanana\n\tcherry\n\tdate\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "join",
   "j1.txt",
   "j2.txt"
  ],
  "stdout": "1 one a uno\n3 three c tres\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "join",
   "-a",
   "1",
   "j1.txt",
   "j2.txt"
  ],
  "stdout": "1 one a uno\n2 two b\n3 three c tres\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "join",
   "-v",
   "2",
   "j1.txt",
   "j2.txt"
  ],
  "stdout": "4 cuatro\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "join",
   "-o",
   "1.2,2.2",
   "j1.txt",
   "j2.txt"
  ],
  "stdout": "one uno\nthree tres\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "join",
   "-t",
   ",",
   "-1",
   "2",
   "-2",
   "1"
  ],
  "stdout": "",
  "stderr": "join: missing operand\nTry 'join --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "od",
   "bin.dat"
  ],
  "stdout": "0000000 061141 062143 063145 064147 065151 066153 067155 070157\n0000020 071161 072163 073165 074167 075171 000400 177577 004412\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-c",
   "bin.dat"
  ],
  "stdout": "0000000   a   b   c   d   e   f   g   h   i   j   k   l   m   n   o   p\n0000020   q   r   s   t   u   v   w   x   y   z  \\0 001 177 377  \\n  \\t\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "x1",
   "bin.dat"
  ],
  "stdout": "0000000 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70\n0000020 71 72 73 74 75 76 77 78 79 7a 00 01 7f ff 0a 09\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-A",
   "x",
   "-t",
   "x1z",
   "abc.txt"
  ],
  "stdout": "000000 61 62 63                                         >abc<\n000003\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "o1",
   "-N",
   "5",
   "bin.dat"
  ],
  "stdout": "0000000 141 142 143 144 145\n0000005\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-A",
   "d",
   "-t",
   "d1",
   "-j",
   "24",
   "bin.dat"
  ],
  "stdout": "0000024  121  122    0    1  127   -1   10    9\n0000032\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-x",
   "bin.dat"
  ],
  "stdout": "0000000 6261 6463 6665 6867 6a69 6c6b 6e6d 706f\n0000020 7271 7473 7675 7877 7a79 0100 ff7f 090a\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-An",
   "-tx1",
   "-w8",
   "bin.dat"
  ],
  "stdout": " 61 62 63 64 65 66 67 68\n 69 6a 6b 6c 6d 6e 6f 70\n 71 72 73 74 75 76 77 78\n 79 7a 00 01 7f ff 0a 09\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-c",
   "rep.dat"
  ],
  "stdout": "0000000   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a\n*\n0000040   a   a   a   a   a   a   a   a   b\n0000051\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-v",
   "-c",
   "rep.dat"
  ],
  "stdout": "0000000   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a\n0000020   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a\n0000040   a   a   a   a   a   a   a   a   b\n0000051\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "x2",
   "-t",
   "c",
   "abc.txt"
  ],
  "stdout": "0000000    6261    0063\n          a   b   c\n0000003\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "d4",
   "-t",
   "x1",
   "-w8",
   "bin.dat"
  ],
  "stdout": "0000000  1684234849  1751606885\n        61 62 63 64 65 66 67 68\n0000010  1818978921  1886350957\n        69 6a 6b 6c 6d 6e 6f 70\n0000020  1953722993  2021095029\n        71 72 73 74 75 76 77 78\n0000030    16808569   151715711\n        79 7a 00 01 7f ff 0a 09\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "u2",
   "bin.dat"
  ],
  "stdout": "0000000 25185 25699 26213 26727 27241 27755 28269 28783\n0000020 29297 29811 30325 30839 31353   256 65407  2314\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-b",
   "abc.txt"
  ],
  "stdout": "0000000 141 142 143\n0000003\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-d",
   "abc.txt"
  ],
  "stdout": "0000000 25185    99\n0000003\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "a",
   "bin.dat"
  ],
  "stdout": "0000000   a   b   c   d   e   f   g   h   i   j   k   l   m   n   o   p\n0000020   q   r   s   t   u   v   w   x   y   z nul soh del del  nl  ht\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "q"
  ],
  "stdout": "",
  "stderr": "od: invalid character 'q' in type string 'q'\n",
  "status": 1
 },
 {
  "argv": [
   "od"
  ],
  "stdin": "",
  "stdout": "0000000\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "x8",
   "bin.dat"
  ],
  "stdout": "0000000 6867666564636261 706f6e6d6c6b6a69\n0000020 7877767574737271 090aff7f01007a79\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "o4",
   "bin.dat"
  ],
  "stdout": "0000000 14430661141 15031663145 15432665151 16033667155\n0000020 16434671161 17035673165 00100075171 01102577577\n0000040\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "1",
   "+",
   "2"
  ],
  "stdout": "3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "7",
   "/",
   "2"
  ],
  "stdout": "3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "7",
   "%",
   "3"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "2",
   "*",
   "3",
   "+",
   "1"
  ],
  "stdout": "7\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "(",
   "2",
   "+",
   "3",
   ")",
   "*",
   "4"
  ],
  "stdout": "20\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "1",
   "+"
  ],
  "stdout": "",
  "stderr": "expr: syntax error: missing argument after '+'\n",
  "status": 2
 },
 {
  "argv": [
   "expr",
   "a",
   "+",
   "1"
  ],
  "stdout": "",
  "stderr": "expr: non-integer argument\n",
  "status": 2
 },
 {
  "argv": [
   "expr",
   "1",
   "/",
   "0"
  ],
  "stdout": "",
  "stderr": "expr: division by zero\n",
  "status": 2
 },
 {
  "argv": [
   "expr"
  ],
  "stdout": "",
  "stderr": "expr: missing operand\nTry 'expr --help' for more information.\n",
  "status": 2
 },
 {
  "argv": [
   "expr",
   "1",
   "2"
  ],
  "stdout": "",
  "stderr": "expr: syntax error: unexpected argument '2'\n",
  "status": 2
 },
 {
  "argv": [
   "expr",
   "abc",
   ":",
   "a\\(.\\)"
  ],
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "abc",
   ":",
   "a."
  ],
  "stdout": "2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "abc",
   ":",
   "x"
  ],
  "stdout": "0\n",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "expr",
   "length",
   "abcd"
  ],
  "stdout": "4\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "substr",
   "abcdef",
   "2",
   "3"
  ],
  "stdout": "bcd\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "index",
   "abc",
   "c"
  ],
  "stdout": "3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "3",
   "<",
   "10"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "a",
   "<",
   "b"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "10",
   "=",
   "10"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "x",
   "!=",
   "x"
  ],
  "stdout": "0\n",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "expr",
   "0",
   "|",
   ""
  ],
  "stdout": "0\n",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "expr",
   "",
   "&",
   "1"
  ],
  "stdout": "0\n",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "expr",
   "5",
   "|",
   "0"
  ],
  "stdout": "5\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "--",
   "-3",
   "+",
   "1"
  ],
  "stdout": "-2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "99999999999999999999",
   "+",
   "1"
  ],
  "stdout": "100000000000000000000\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "match",
   "foobar",
   "fo*"
  ],
  "stdout": "3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "+",
   "length"
  ],
  "stdout": "length\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "(",
   "1"
  ],
  "stdout": "",
  "stderr": "expr: syntax error: expecting ')' after '1'\n",
  "status": 2
 },
 {
  "argv": [
   "expr",
   "-5",
   "%",
   "3"
  ],
  "stdout": "-2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "755",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "u+x,g-r",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "999",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "chmod: invalid mode: '999'\nTry 'chmod --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "chmod",
   "u+q",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "chmod: invalid mode: 'u+q'\nTry 'chmod --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "chmod",
   "644",
   "nosuch"
  ],
  "stdout": "",
  "stderr": "chmod: cannot access 'nosuch': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "chmod",
   "644"
  ],
  "stdout": "",
  "stderr": "chmod: missing operand after '644'\nTry 'chmod --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "chmod"
  ],
  "stdout": "",
  "stderr": "chmod: missing operand\nTry 'chmod --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "ln",
   "-s",
   "a.txt",
   "l2"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "l2": "hello\nworld\nfoo bar\nbaz\n"
  }
 },
 {
  "argv": [
   "ln",
   "-s",
   "a.txt",
   "link"
  ],
  "stdout": "",
  "stderr": "ln: failed to create symbolic link 'link': File exists\n",
  "status": 1
 },
 {
  "argv": [
   "ln",
   "-sf",
   "s1.txt",
   "link"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "link": "apple\nbanana\ncherry\ndate\n"
  }
 },
 {
  "argv": [
   "ln",
   "a.txt",
   "hard"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "hard": "hello\nworld\nfoo bar\nbaz\n"
  }
 },
 {
  "argv": [
   "ln",
   "nosuch",
   "x"
  ],
  "stdout": "",
  "stderr": "ln: failed to access 'nosuch': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "ln",
   "-s",
   "a.txt",
   "dir"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "dir/a.txt": null
  }
 },
 {
  "argv": [
   "ln"
  ],
  "stdout": "",
  "stderr": "ln: missing file operand\nTry 'ln --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "ln",
   "a.txt",
   "s1.txt"
  ],
  "stdout": "",
  "stderr": "ln: failed to create hard link 's1.txt': File exists\n",
  "status": 1
 },
 {
  "argv": [
   "readlink",
   "link"
  ],
  "stdout": "a.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "readlink",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "readlink",
   "dang"
  ],
  "stdout": "nosuch\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "readlink",
   "-f",
   "link"
  ],
  "stdout": "/tmp/rec/work/a.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "readlink",
   "-f",
   "dirlink/f"
  ],
  "stdout": "/tmp/rec/work/dir/f\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "readlink",
   "-f",
   "nosuch"
  ],
  "stdout": "/tmp/rec/work/nosuch\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "readlink",
   "-f",
   "nosuch/x"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "readlink",
   "-e",
   "nosuch"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "readlink",
   "-m",
   "nosuch/x/../y"
  ],
  "stdout": "/tmp/rec/work/nosuch/y\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "readlink",
   "-f",
   "dang"
  ],
  "stdout": "/tmp/rec/work/nosuch\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "readlink",
   "-n",
   "link"
  ],
  "stdout": "a.txt",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "readlink"
  ],
  "stdout": "",
  "stderr": "readlink: missing operand\nTry 'readlink --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "realpath",
   "link"
  ],
  "stdout": "/tmp/rec/work/a.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "realpath",
   "a.txt",
   "dir/../s1.txt"
  ],
  "stdout": "/tmp/rec/work/a.txt\n/tmp/rec/work/s1.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "realpath",
   "nosuch"
  ],
  "stdout": "/tmp/rec/work/nosuch\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "realpath",
   "nosuch/x"
  ],
  "stdout": "",
  "stderr": "realpath: nosuch/x: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "realpath",
   "-m",
   "nosuch/x"
  ],
  "stdout": "/tmp/rec/work/nosuch/x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "realpath",
   "-e",
   "nosuch"
  ],
  "stdout": "",
  "stderr": "realpath: nosuch: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "realpath",
   "dang"
  ],
  "stdout": "/tmp/rec/work/nosuch\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "realpath",
   "-s",
   "link"
  ],
  "stdout": "/tmp/rec/work/link\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "stat",
   "-c",
   "%n %s %F",
   "a.txt",
   "dir",
   "link"
  ],
  "stdout": "a.txt 24 regular file\ndir 4096 directory\nlink 5 symbolic link\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "stat",
   "-L",
   "-c",
   "%n %s %F",
   "link"
  ],
  "stdout": "link 24 regular file\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "stat",
   "-c",
   "%s",
   "nosuch"
  ],
  "stdout": "",
  "stderr": "stat: cannot statx 'nosuch': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "stat",
   "--printf",
   "%n:%s\\n",
   "abc.txt"
  ],
  "stdout": "abc.txt:3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "stat",
   "-c",
   "%N",
   "link"
  ],
  "stdout": "'link' -> 'a.txt'\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "stat"
  ],
  "stdout": "",
  "stderr": "stat: missing operand\nTry 'stat --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "date",
   "-u",
   "-d",
   "@0"
  ],
  "stdout": "Thu Jan  1 00:00:00 UTC 1970\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "@1700000000",
   "+%Y-%m-%d %H:%M:%S %a %A %b %B %j %u %w %y %e %k %l %p %I %Z %z %s %%"
  ],
  "stdout": "2023-11-14 22:13:20 Tue Tuesday Nov November 318 2 2 23 14 22 10 PM 10 UTC +0000 1700000000 %\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "2024-02-29",
   "+%F %T %U %W %V %G %g %C %D %R %r %x %X %c"
  ],
  "stdout": "2024-02-29 00:00:00 08 09 09 2024 24 20 02/29/24 00:00 12:00:00 AM 02/29/24 00:00:00 Thu Feb 29 00:00:00 2024\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "2024-01-02 03:04:05",
   "+%s"
  ],
  "stdout": "1704164645\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "2024-01-02T03:04:05Z"
  ],
  "stdout": "Tue Jan  2 03:04:05 UTC 2024\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-u",
   "-d",
   "2024-01-02T03:04:05+02:00",
   "+%H"
  ],
  "stdout": "01\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "bogus"
  ],
  "stdout": "",
  "stderr": "date: invalid date 'bogus'\n",
  "status": 1
 },
 {
  "argv": [
   "date",
   "-d",
   "@86399",
   "+%-H|%_m|%05d|%^a|%#b|%:z|%::z|%N|%3N"
  ],
  "stdout": "23| 1|00001|THU|JAN|+00:00|+00:00:00|000000000|000\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "@1700000000",
   "-I"
  ],
  "stdout": "2023-11-14\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "@1700000000",
   "-Iseconds"
  ],
  "stdout": "2023-11-14T22:13:20+00:00\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "@1700000000",
   "-R"
  ],
  "stdout": "Tue, 14 Nov 2023 22:13:20 +0000\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "@1700000000",
   "--rfc-3339=seconds"
  ],
  "stdout": "2023-11-14 22:13:20+00:00\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "foo"
  ],
  "stdout": "",
  "stderr": "date: invalid date 'foo'\n",
  "status": 1
 },
 {
  "argv": [
   "date",
   "-d",
   "2024-03-01 +1 day",
   "+%F"
  ],
  "stdout": "2024-03-02\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "2024-01-31 1 month ago",
   "+%F"
  ],
  "stdout": "2023-12-31\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "md5sum",
   "abc.txt",
   "a.txt"
  ],
  "stdout": "900150983cd24fb0d6963f7d28e17f72  abc.txt\nb43b7ae681e65c08b687d857c2bb1fa2  a.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "md5sum"
  ],
  "stdin": "",
  "stdout": "d41d8cd98f00b204e9800998ecf8427e  -\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sha1sum",
   "abc.txt"
  ],
  "stdout": "a9993e364706816aba3e25717850c26c9cd0d89d  abc.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sha224sum",
   "abc.txt"
  ],
  "stdout": "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7  abc.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sha256sum",
   "abc.txt",
   "nosuch"
  ],
  "stdout": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  abc.txt\n",
  "stderr": "sha256sum: nosuch: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "sha384sum",
   "abc.txt"
  ],
  "stdout": "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7  abc.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sha512sum",
   "a.txt"
  ],
  "stdout": "5a2819835ce5fc6b105f205677c0a9d219d33ca8d2b75a9ab403bbd4a19ae64ce05e445d120881c7f66cffb63fdf0a63d445ffd2c0e6a6faa16b53ea59be02c1  a.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "md5sum",
   "--tag",
   "abc.txt"
  ],
  "stdout": "MD5 (abc.txt) = 900150983cd24fb0d6963f7d28e17f72\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "md5sum",
   "-c",
   "sums.md5"
  ],
  "stdout": "abc.txt: OK\na.txt: FAILED\n",
  "stderr": "md5sum: WARNING: 1 computed checksum did NOT match\n",
  "status": 1
 },
 {
  "argv": [
   "md5sum",
   "-c",
   "--quiet",
   "sums.md5"
  ],
  "stdout": "a.txt: FAILED\n",
  "stderr": "md5sum: WARNING: 1 computed checksum did NOT match\n",
  "status": 1
 },
 {
  "argv": [
   "md5sum",
   "-c",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "md5sum: a.txt: no properly formatted checksum lines found\n",
  "status": 1
 },
 {
  "argv": [
   "md5sum"
  ],
  "stdin": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  "stdout": "398533d48111e9f664b1f64cb10c4b63  -\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cksum",
   "a.txt",
   "abc.txt"
  ],
  "stdout": "3215101335 24 a.txt\n1219131554 3 abc.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cksum"
  ],
  "stdin": "",
  "stdout": "4294967295 0\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cksum"
  ],
  "stdin": "hello\n",
  "stdout": "3015617425 6\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "a.txt"
  ],
  "stdout": "aGVsbG8Kd29ybGQKZm9vIGJhcgpiYXoK\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64"
  ],
  "stdin": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  "stdout": "eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eA==\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "-w",
   "0",
   "a.txt"
  ],
  "stdout": "aGVsbG8Kd29ybGQKZm9vIGJhcgpiYXoK",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "-w",
   "10",
   "bin.dat"
  ],
  "stdout": "YWJjZGVmZ2\nhpamtsbW5v\ncHFyc3R1dn\nd4eXoAAX//\nCgk=\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "-d",
   "b64.txt"
  ],
  "stdout": "abcdef",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "-d"
  ],
  "stdin": "YWJj!",
  "stdout": "abc",
  "stderr": "base64: invalid input\n",
  "status": 1
 },
 {
  "argv": [
   "base64",
   "-di"
  ],
  "stdin": "YW!Jj",
  "stdout": "abc",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64"
  ],
  "stdin": "a",
  "stdout": "YQ==\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64"
  ],
  "stdin": "ab",
  "stdout": "YWI=\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs"
  ],
  "stdin": "a b\nc\n",
  "stdout": "a b c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "echo",
   "x"
  ],
  "stdin": "a b\nc\n",
  "stdout": "x a b c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-n",
   "1",
   "echo"
  ],
  "stdin": "a b c\n",
  "stdout": "a\nb\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-n2"
  ],
  "stdin": "a b c d e\n",
  "stdout": "a b\nc d\ne\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-L",
   "1",
   "echo",
   "+"
  ],
  "stdin": "a b\nc\nd e f\n",
  "stdout": "+ a b\n+ c\n+ d e f\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-I",
   "{}",
   "echo",
   "<{}>"
  ],
  "stdin": "a b\n  c\n",
  "stdout": "<a b>\n<c>\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-0",
   "echo"
  ],
  "stdin": "a b\u0000c\u0000",
  "stdout": "a b c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-d",
   ",",
   "echo"
  ],
  "stdin": "a,b c,d",
  "stdout": "a b c d\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-a",
   "items.txt"
  ],
  "stdout": "one two three four five six seven\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs"
  ],
  "stdin": "it's\n",
  "stdout": "",
  "stderr": "xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n",
  "status": 1
 },
 {
  "argv": [
   "xargs",
   "-r",
   "echo",
   "x"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "echo",
   "x"
  ],
  "stdin": "",
  "stdout": "x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-t",
   "echo"
  ],
  "stdin": "a\n",
  "stdout": "a\n",
  "stderr": "echo a\n",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "cat"
  ],
  "stdin": "a.txt nonl.txt\n",
  "stdout": "hello\nworld\nfoo bar\nbaz\nx\ny",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "cat"
  ],
  "stdin": "nosuch\n",
  "stdout": "",
  "stderr": "cat: nosuch: No such file or directory\n",
  "status": 123
 },
 {
  "argv": [
   "xargs",
   "-n",
   "0"
  ],
  "stdout": "",
  "stderr": "xargs: value 0 for -n option should be >= 1\nTry 'xargs --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "env",
   "-i",
   "A=1",
   "printenv"
  ],
  "stdout": "A=1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "env",
   "A=1",
   "printenv",
   "A"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "env",
   "-u",
   "HOME",
   "printenv",
   "HOME"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "env",
   "nosuchcmd"
  ],
  "stdout": "",
  "stderr": "env: 'nosuchcmd': No such file or directory\n",
  "status": 127
 },
 {
  "argv": [
   "timeout",
   "5",
   "cat",
   "a.txt"
  ],
  "stdout": "hello\nworld\nfoo bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "timeout",
   "x",
   "cat"
  ],
  "stdout": "",
  "stderr": "timeout: invalid time interval 'x'\nTry 'timeout --help' for more information.\n",
  "status": 125
 },
 {
  "argv": [
   "timeout"
  ],
  "stdout": "",
  "stderr": "Try 'timeout --help' for more information.\n",
  "status": 125
 },
 {
  "argv": [
   "timeout",
   "5"
  ],
  "stdout": "",
  "stderr": "Try 'timeout --help' for more information.\n",
  "status": 125
 },
 {
  "argv": [
   "timeout",
   "5",
   "cat",
   "nosuch"
  ],
  "stdout": "",
  "stderr": "cat: nosuch: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "comm",
   "s2.txt",
   "s1.txt"
  ],
  "stdout": "\tapple\n\t\tbanana\n\t\tcherry\n\tdate\nelder\nfig\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "comm",
   "a.txt",
   "s1.txt"
  ],
  "stdout": "\tapple\n\tbanana\n\tcherry\n\tdate\nhello\nworld\nfoo bar\nbaz\n",
  "stderr": "comm: file 1 is not in sorted order\ncomm: input is not in sorted order\n",
  "status": 1
 },
 {
  "argv": [
   "comm",
   "--nocheck-order",
   "a.txt",
   "s1.txt"
  ],
  "stdout": "\tapple\n\tbanana\n\tcherry\n\tdate\nhello\nworld\nfoo bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "comm",
   "--total",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "apple\n\t\tbanana\n\t\tcherry\ndate\n\telder\n\tfig\n2\t2\t2\ttotal\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "echo"
  ],
  "stdin": "a \"b c\" 'd e' f\\ g\n",
  "stdout": "a b c d e f g\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "echo"
  ],
  "stdin": "a \"b\n",
  "stdout": "a\n",
  "stderr": "xargs: unmatched double quote; by default quotes are special to xargs unless you use the -0 option\n",
  "status": 1
 },
 {
  "argv": [
   "xargs",
   "-I%",
   "echo",
   "%-%"
  ],
  "stdin": "x\ny\n",
  "stdout": "x-x\ny-y\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "--null",
   "echo"
  ],
  "stdin": "",
  "stdout": "\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-n",
   "2",
   "-t",
   "echo"
  ],
  "stdin": "1 2 3\n",
  "stdout": "1 2\n3\n",
  "stderr": "echo 1 2\necho 3\n",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-L",
   "2"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a b\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "xargs",
   "-0",
   "-n1",
   "echo"
  ],
  "stdin": "a\nb\u0000c",
  "stdout": "a\nb\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-An",
   "-c"
  ],
  "stdin": "hi\n",
  "stdout": "   h   i  \\n\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-N",
   "3",
   "-c"
  ],
  "stdin": "abcdef",
  "stdout": "0000000   a   b   c\n0000003\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-j",
   "2",
   "-N",
   "2",
   "-A",
   "d",
   "-c"
  ],
  "stdin": "abcdef",
  "stdout": "0000002   c   d\n0000004\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-w4",
   "-c"
  ],
  "stdin": "abcdefghij",
  "stdout": "0000000   a   b   c   d\n0000004   e   f   g   h\n0000010   i   j\n0000012\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "x4"
  ],
  "stdin": "abcdefg",
  "stdout": "0000000 64636261 00676665\n0000007\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "od",
   "-t",
   "c",
   "nosuch"
  ],
  "stdout": "",
  "stderr": "od: nosuch: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "od",
   "-A",
   "q"
  ],
  "stdout": "",
  "stderr": "od: invalid output address radix 'q'; it must be one character from [doxn]\n",
  "status": 1
 },
 {
  "argv": [
   "od",
   "-j",
   "100",
   "abc.txt"
  ],
  "stdout": "",
  "stderr": "od: cannot skip past end of combined input\n",
  "status": 1
 },
 {
  "argv": [
   "tac"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rev"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "nl"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "fold"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "paste"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "-d"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expand"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "abc",
   "=",
   "abc"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "10",
   ">",
   "9"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "10",
   ">",
   "9a"
  ],
  "stdout": "0\n",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "expr",
   "substr",
   "abc",
   "0",
   "1"
  ],
  "stdout": "\n",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "expr",
   "length"
  ],
  "stdout": "",
  "stderr": "expr: syntax error: missing argument after 'length'\n",
  "status": 2
 },
 {
  "argv": [
   "expr",
   "1",
   "-",
   "-1"
  ],
  "stdout": "2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "expr",
   "3",
   "*",
   "-2"
  ],
  "stdout": "-6\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-u",
   "-d",
   "2000-01-01",
   "+%A %B %d %j %U %V"
  ],
  "stdout": "Saturday January 01 001 00 52\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "@-1"
  ],
  "stdout": "Wed Dec 31 23:59:59 UTC 1969\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "1999-12-31 23:59:59",
   "+%s %G-W%V-%u"
  ],
  "stdout": "946684799 1999-W52-5\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "date",
   "-d",
   "@1700000000",
   "+%%%t%n|"
  ],
  "stdout": "%\t\n|\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "stat",
   "-c",
   "%a %A",
   "a.txt",
   "dir"
  ],
  "stdout": "644 -rw-r--r--\n755 drwxr-xr-x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "-w",
   "4"
  ],
  "stdin": "abcdef",
  "stdout": "YWJj\nZGVm\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "-d"
  ],
  "stdin": "YQ==",
  "stdout": "a",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "base64",
   "-d"
  ],
  "stdin": "YQ",
  "stdout": "a",
  "stderr": "base64: invalid input\n",
  "status": 1
 },
 {
  "argv": [
   "base64",
   "-d"
  ],
  "stdin": "Y",
  "stdout": "",
  "stderr": "base64: invalid input\n",
  "status": 1
 },
 {
  "argv": [
   "fold",
   "-w",
   "3"
  ],
  "stdin": "abcdefg\nhi\n",
  "stdout": "abc\ndef\ng\nhi\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "fold",
   "-s",
   "-w",
   "6"
  ],
  "stdin": "aa bb cc dd\n",
  "stdout": "aa bb \ncc dd\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "nl",
   "-s",
   "",
   "-w",
   "1"
  ],
  "stdin": "a\nb\n",
  "stdout": "1a\n2b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "paste",
   "-d",
   "\\n",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "apple\nbanana\nbanana\ncherry\ncherry\nelder\ndate\nfig\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "paste",
   "-d",
   "",
   "s1.txt",
   "s2.txt"
  ],
  "stdout": "applebanana\nbananacherry\ncherryelder\ndatefig\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "join",
   "-i",
   "j1.txt",
   "j2.txt"
  ],
  "stdout": "1 one a uno\n3 three c tres\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "join",
   "-e",
   "X",
   "-a",
   "2",
   "-o",
   "0,1.2,2.2",
   "j1.txt",
   "j2.txt"
  ],
  "stdout": "1 one uno\n3 three tres\n4 X cuatro\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-v",
   "755",
   "a.txt"
  ],
  "stdout": "mode of 'a.txt' changed from 0644 (rw-r--r--) to 0755 (rwxr-xr-x)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-v",
   "u=rw,go=",
   "a.txt"
  ],
  "stdout": "mode of 'a.txt' changed from 0644 (rw-r--r--) to 0600 (rw-------)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-v",
   "a+X",
   "dir",
   "a.txt"
  ],
  "stdout": "mode of 'dir' retained as 0755 (rwxr-xr-x)\nmode of 'a.txt' retained as 0644 (rw-r--r--)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-v",
   "g+s,o+t",
   "dir"
  ],
  "stdout": "mode of 'dir' changed from 0755 (rwxr-xr-x) to 3755 (rwxr-sr-t)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-c",
   "644",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-c",
   "600",
   "a.txt"
  ],
  "stdout": "mode of 'a.txt' changed from 0644 (rw-r--r--) to 0600 (rw-------)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-v",
   "-w",
   "a.txt"
  ],
  "stdout": "mode of 'a.txt' changed from 0644 (rw-r--r--) to 0444 (r--r--r--)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-v",
   "go-rwx",
   "a.txt"
  ],
  "stdout": "mode of 'a.txt' changed from 0644 (rw-r--r--) to 0600 (rw-------)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-v",
   "u+x,g=u",
   "a.txt"
  ],
  "stdout": "mode of 'a.txt' changed from 0644 (rw-r--r--) to 0774 (rwxrwxr--)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-R",
   "-v",
   "o-r",
   "dir"
  ],
  "stdout": "mode of 'dir' changed from 0755 (rwxr-xr-x) to 0751 (rwxr-x--x)\nmode of 'dir/f' changed from 0644 (rw-r--r--) to 0640 (rw-r-----)\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "chmod",
   "-v",
   "=r",
   "a.txt"
  ],
  "stdout": "mode of 'a.txt' changed from 0644 (rw-r--r--) to 0444 (r--r--r--)\n",
  "stderr": "",
  "status": 0
 }
];

const runCase = (fs: Vfs, argv: string[], stdin: Uint8Array, env: Record<string, string>) => runTable(fs, ROOT, argv, stdin, env);
const makeFs = (): Promise<Vfs> => makeTableFs(ROOT, TREE);

describe('more commands match GNU', () => {
  for (const c of CASES) {
    it(JSON.stringify([...c.argv, ...(c.stdin !== undefined ? ['<', c.stdin] : [])]), async () => {
      const fs = await makeFs();
      const r = await runCase(fs, c.argv, latin1(c.stdin ?? ''), c.env ?? {});
      const files: Record<string, string | null> = {};
      for (const f of Object.keys(c.files ?? {})) {
        try { files[f] = fromBytes(await fs.readFile((ROOT === '/' ? '/' : ROOT + '/') + f)); } catch { files[f] = null; }
      }
      expect({ stdout: fromBytes(r.stdout), stderr: r.stderr, status: r.status, files })
        .toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status, files: c.files ?? {} });
    });
  }
});

// Commands whose GNU output depends on the machine: the shell presents a fixed one.
describe('machine-dependent commands', () => {
  const one = async (argv: string[], env: Record<string, string> = {}): Promise<[string, string, number]> => {
    const r = await runCase(await makeFs(), argv, new Uint8Array(), env);
    return [fromBytes(r.stdout), r.stderr, r.status];
  };
  it('whoami, hostname, uname', async () => {
    expect(await one(['whoami'])).toEqual(['user\n', '', 0]);
    expect(await one(['whoami'], { USER: 'alice' })).toEqual(['alice\n', '', 0]);
    expect(await one(['hostname'])).toEqual(['shellspace\n', '', 0]);
    expect(await one(['uname'])).toEqual(['Linux\n', '', 0]);
    expect(await one(['uname', '-snm'])).toEqual(['Linux shellspace x86_64\n', '', 0]);
    expect((await one(['uname', '-a']))[0]).toMatch(/^Linux shellspace \S+ .* x86_64 GNU\/Linux\n$/);
  });
  it('which finds host commands', async () => {
    expect(await one(['which', 'sed', 'nosuch', 'grep'])).toEqual(['/usr/bin/sed\n/usr/bin/grep\n', '', 1]);
    expect(await one(['which', './a.txt'])).toEqual(['./a.txt\n', '', 0]);
    expect(await one(['which', 'echo', 'cd'])).toEqual(['/usr/bin/echo\n', '', 1]);
  });
  it('date without -d is now, in UTC', async () => {
    const [out, , st] = await one(['date', '+%s']);
    expect(st).toBe(0);
    expect(Math.abs(Number(out) - Date.now() / 1000)).toBeLessThan(5);
    expect((await one(['date']))[0]).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\d \d\d:\d\d:\d\d UTC \d{4}\n$/);
  });
  it('chmod changes the mode seen by stat', async () => {
    const fs = await makeFs();
    const mode = async (): Promise<string> => fromBytes((await runCase(fs, ['stat', '-c', '%a %A', 'a.txt'], new Uint8Array(), {})).stdout);
    expect(await mode()).toBe('644 -rw-r--r--\n');
    await runCase(fs, ['chmod', '750', 'a.txt'], new Uint8Array(), {});
    expect(await mode()).toBe('750 -rwxr-x---\n');
    await runCase(fs, ['chmod', 'o+r,u-w', 'a.txt'], new Uint8Array(), {});
    expect(await mode()).toBe('554 -r-xr-xr--\n');
    await runCase(fs, ['chmod', '-x', 'a.txt'], new Uint8Array(), {});
    expect(await mode()).toBe('444 -r--r--r--\n');
    await runCase(fs, ['chmod', '+x', 'a.txt'], new Uint8Array(), {});
    expect(await mode()).toBe('555 -r-xr-xr-x\n');
  });
  it('timeout ends a command that runs too long', async () => {
    const start = Date.now();
    const r = await runCase(await makeFs(), ['timeout', '0.1', 'sleep', '0.5'], new Uint8Array(), {});
    expect(r.status).toBe(124);
    expect(Date.now() - start).toBeLessThan(450);
    const ok = await runCase(await makeFs(), ['timeout', '1', 'sleep', '0'], new Uint8Array(), {});
    expect(ok.status).toBe(0);
  });
  it('xargs and env run children through ctx.exec', async () => {
    const r = await runCase(await makeFs(), ['xargs', '-n', '1', 'env', 'X=1', 'printenv', 'X'], latin1('a b\n'), {});
    expect(r.status).toBe(123);
  });
});
