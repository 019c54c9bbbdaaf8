// Commands compared with the real GNU tools (coreutils 9.x, LC_ALL=C unless a case names a
// locale, TZ=UTC). Expected outputs were produced by running each argv in a directory holding
// TREE and are stored here so the test runs where the tools are absent. Strings are latin1:
// one char per byte.
import { describe, expect, it } from 'vitest';
import { run } from './cmd-harness.js';
import { Vfs } from '../../src/fs/vfs.js';
import { MemoryFs } from '../../src/fs/memory.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const fromBytes = (b: Uint8Array): string => String.fromCharCode(...b);

const TREE: Record<string, string> = {
 "a.txt": "hello\nworld\n",
 "b.txt": "one\n\n\n\ntwo\tx\n\u0001\u007f\u00c3\u00a9end",
 "empty": "",
 "lines.txt": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n",
 "uni.txt": "h\u00c3\u00a9llo w\u00c3\u00b6rld\nfoo  bar\tbaz\n",
 "dir/z": "z\n",
 "dir/.hidden": "h\n",
 "dir/sub/x": "x\n",
 "dir/e/": ""
};

interface Case { argv: string[]; stdin?: string; locale?: string; stdout: string; stderr: string; status: number }

const CASES: Case[] = [
 {
  "argv": [
   "cat",
   "a.txt",
   "b.txt"
  ],
  "stdout": "hello\nworld\none\n\n\n\ntwo\tx\n\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-n",
   "a.txt",
   "b.txt"
  ],
  "stdout": "     1\thello\n     2\tworld\n     3\tone\n     4\t\n     5\t\n     6\t\n     7\ttwo\tx\n     8\t\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-b",
   "b.txt"
  ],
  "stdout": "     1\tone\n\n\n\n     2\ttwo\tx\n     3\t\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-s",
   "b.txt"
  ],
  "stdout": "one\n\ntwo\tx\n\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-A",
   "b.txt"
  ],
  "stdout": "one$\n$\n$\n$\ntwo^Ix$\n^A^?M-CM-)end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-E",
   "a.txt"
  ],
  "stdout": "hello$\nworld$\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-T",
   "b.txt"
  ],
  "stdout": "one\n\n\n\ntwo^Ix\n\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-v",
   "b.txt"
  ],
  "stdout": "one\n\n\n\ntwo\tx\n^A^?M-CM-)end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-ns",
   "b.txt",
   "a.txt"
  ],
  "stdout": "     1\tone\n     2\t\n     3\ttwo\tx\n     4\t\u0001\u007f\u00c3\u00a9endhello\n     5\tworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "nope",
   "a.txt"
  ],
  "stdout": "hello\nworld\n",
  "stderr": "cat: nope: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "cat",
   "dir"
  ],
  "stdout": "",
  "stderr": "cat: dir: Is a directory\n",
  "status": 1
 },
 {
  "argv": [
   "cat",
   "-z"
  ],
  "stdout": "",
  "stderr": "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "cat",
   "--foo"
  ],
  "stdout": "",
  "stderr": "cat: unrecognized option '--foo'\nTry 'cat --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "cat",
   "-",
   "a.txt"
  ],
  "stdin": "in\n",
  "stdout": "in\nhello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-e",
   "uni.txt"
  ],
  "stdout": "hM-CM-)llo wM-CM-6rld$\nfoo  bar\tbaz$\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "-t",
   "uni.txt"
  ],
  "stdout": "hM-CM-)llo wM-CM-6rld\nfoo  bar^Ibaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cat",
   "--number=3"
  ],
  "stdout": "",
  "stderr": "cat: option '--number' doesn't allow an argument\nTry 'cat --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "head",
   "lines.txt"
  ],
  "stdout": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-n",
   "3",
   "lines.txt"
  ],
  "stdout": "1\n2\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-n3",
   "a.txt",
   "lines.txt"
  ],
  "stdout": "==> a.txt <==\nhello\nworld\n\n==> lines.txt <==\n1\n2\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-3",
   "lines.txt"
  ],
  "stdout": "1\n2\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-n",
   "-12",
   "lines.txt"
  ],
  "stdout": "1\n2\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-c",
   "5",
   "lines.txt"
  ],
  "stdout": "1\n2\n3",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-c",
   "-3",
   "a.txt"
  ],
  "stdout": "hello\nwor",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-q",
   "a.txt",
   "b.txt"
  ],
  "stdout": "hello\nworld\none\n\n\n\ntwo\tx\n\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-v",
   "a.txt"
  ],
  "stdout": "==> a.txt <==\nhello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-n",
   "1",
   "-",
   "a.txt"
  ],
  "stdin": "x\ny\n",
  "stdout": "==> standard input <==\nx\n\n==> a.txt <==\nhello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "nope",
   "a.txt"
  ],
  "stdout": "==> a.txt <==\nhello\nworld\n",
  "stderr": "head: cannot open 'nope' for reading: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "head",
   "dir"
  ],
  "stdout": "",
  "stderr": "head: error reading 'dir': Is a directory\n",
  "status": 1
 },
 {
  "argv": [
   "head",
   "-n",
   "x",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "head: invalid number of lines: 'x'\n",
  "status": 1
 },
 {
  "argv": [
   "head",
   "-n"
  ],
  "stdout": "",
  "stderr": "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "head",
   "-n",
   "0",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-c",
   "0",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-n",
   "2",
   "b.txt"
  ],
  "stdout": "one\n\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-n",
   "-1",
   "b.txt"
  ],
  "stdout": "one\n\n\n\ntwo\tx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-c",
   "1k",
   "a.txt"
  ],
  "stdout": "hello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-n",
   "-0",
   "a.txt"
  ],
  "stdout": "hello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-2c",
   "a.txt"
  ],
  "stdout": "he",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "a.txt"
  ],
  "stdout": " 2  2 12 a.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "a.txt",
   "b.txt",
   "lines.txt"
  ],
  "stdout": " 2  2 12 a.txt\n 5  4 20 b.txt\n15 15 36 lines.txt\n22 21 68 total\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc"
  ],
  "stdin": "one two\nthree\n",
  "stdout": "      2       3      14\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-l",
   "a.txt"
  ],
  "stdout": "2 a.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-c",
   "a.txt",
   "b.txt"
  ],
  "stdout": "12 a.txt\n20 b.txt\n32 total\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-w"
  ],
  "stdin": "a b c",
  "stdout": "3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-L",
   "b.txt",
   "uni.txt"
  ],
  "stdout": " 9 b.txt\n19 uni.txt\n19 total\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-l",
   "nope",
   "a.txt"
  ],
  "stdout": " 2 a.txt\n 2 total\n",
  "stderr": "wc: nope: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "wc",
   "dir"
  ],
  "stdout": "      0       0       0 dir\n",
  "stderr": "wc: dir: Is a directory\n",
  "status": 1
 },
 {
  "argv": [
   "wc",
   "-lc",
   "-",
   "a.txt"
  ],
  "stdin": "abc\n",
  "stdout": "      1       4 -\n      2      12 a.txt\n      3      16 total\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "empty"
  ],
  "stdout": "0 0 0 empty\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-m",
   "uni.txt"
  ],
  "locale": "C.UTF-8",
  "stdout": "25 uni.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-mw",
   "uni.txt",
   "a.txt"
  ],
  "locale": "C.UTF-8",
  "stdout": " 5 25 uni.txt\n 2 12 a.txt\n 7 37 total\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-x"
  ],
  "stdout": "",
  "stderr": "wc: invalid option -- 'x'\nTry 'wc --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "wc",
   "-lwc",
   "lines.txt"
  ],
  "stdout": "15 15 36 lines.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "5"
  ],
  "stdout": "1\n2\n3\n4\n5\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "2",
   "5"
  ],
  "stdout": "2\n3\n4\n5\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "1",
   "2",
   "10"
  ],
  "stdout": "1\n3\n5\n7\n9\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "5",
   "-1",
   "1"
  ],
  "stdout": "5\n4\n3\n2\n1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "0.1",
   "0.1",
   "0.5"
  ],
  "stdout": "0.1\n0.2\n0.3\n0.4\n0.5\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "1",
   "0.5",
   "3"
  ],
  "stdout": "1.0\n1.5\n2.0\n2.5\n3.0\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-w",
   "1",
   "10"
  ],
  "stdout": "01\n02\n03\n04\n05\n06\n07\n08\n09\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-w",
   "-5",
   "5"
  ],
  "stdout": "-5\n-4\n-3\n-2\n-1\n00\n01\n02\n03\n04\n05\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-s,",
   "3"
  ],
  "stdout": "1,2,3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-s",
   "",
   "3"
  ],
  "stdout": "123\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-f",
   "%03g",
   "3"
  ],
  "stdout": "001\n002\n003\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "1e2",
   "1e2",
   "3e2"
  ],
  "stdout": "100\n200\n300\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "x"
  ],
  "stdout": "",
  "stderr": "seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "seq"
  ],
  "stdout": "",
  "stderr": "seq: missing operand\nTry 'seq --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "seq",
   "1",
   "2",
   "3",
   "4"
  ],
  "stdout": "",
  "stderr": "seq: extra operand '4'\nTry 'seq --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "seq",
   "1",
   "0",
   "3"
  ],
  "stdout": "",
  "stderr": "seq: invalid Zero increment value: '0'\nTry 'seq --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "seq",
   "1.5",
   "3"
  ],
  "stdout": "1.5\n2.5\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-w",
   "0.5",
   "0.25",
   "1.5"
  ],
  "stdout": "0.50\n0.75\n1.00\n1.25\n1.50\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-f",
   "%.2f",
   "1",
   "3"
  ],
  "stdout": "1.00\n2.00\n3.00\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-f",
   "x%gx%%",
   "2"
  ],
  "stdout": "x1x%\nx2x%\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "3",
   "1"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "10",
   "-3",
   "1"
  ],
  "stdout": "10\n7\n4\n1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "--",
   "-2",
   "-1"
  ],
  "stdout": "-2\n-1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-f",
   "foo",
   "1"
  ],
  "stdout": "",
  "stderr": "seq: format 'foo' has no % directive\n",
  "status": 1
 },
 {
  "argv": [
   "seq",
   "-2",
   "2"
  ],
  "stdout": "-2\n-1\n0\n1\n2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-w",
   "8",
   "12"
  ],
  "stdout": "08\n09\n10\n11\n12\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "0.1",
   "0.1",
   "0.3"
  ],
  "stdout": "0.1\n0.2\n0.3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-f",
   "%e",
   "1",
   "3"
  ],
  "stdout": "1.000000e+00\n2.000000e+00\n3.000000e+00\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-f",
   "%g",
   "0.0001",
   "0.0001",
   "0.0003"
  ],
  "stdout": "0.0001\n0.0002\n0.0003\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "99999999999999999998",
   "99999999999999999999"
  ],
  "stdout": "99999999999999999998\n99999999999999999999\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-s",
   "--",
   "3"
  ],
  "stdout": "1--2--3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "seq",
   "-f",
   "%5.1f",
   "2"
  ],
  "stdout": "  1.0\n  2.0\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "mkdir",
   "new"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "mkdir",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "mkdir: cannot create directory 'a.txt': File exists\n",
  "status": 1
 },
 {
  "argv": [
   "mkdir",
   "x/y"
  ],
  "stdout": "",
  "stderr": "mkdir: cannot create directory 'x/y': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "mkdir",
   "-pv",
   "x/y/z"
  ],
  "stdout": "mkdir: created directory 'x'\nmkdir: created directory 'x/y'\nmkdir: created directory 'x/y/z'\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "mkdir",
   "-v",
   "q"
  ],
  "stdout": "mkdir: created directory 'q'\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "mkdir"
  ],
  "stdout": "",
  "stderr": "mkdir: missing operand\nTry 'mkdir --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "mkdir",
   "-p",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "mkdir: cannot create directory 'a.txt': File exists\n",
  "status": 1
 },
 {
  "argv": [
   "mkdir",
   "-p",
   "a.txt/g"
  ],
  "stdout": "",
  "stderr": "mkdir: cannot create directory 'a.txt': Not a directory\n",
  "status": 1
 },
 {
  "argv": [
   "mkdir",
   "-p",
   "dir/sub"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rm",
   "nope"
  ],
  "stdout": "",
  "stderr": "rm: cannot remove 'nope': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "rm",
   "-f",
   "nope"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rm",
   "dir"
  ],
  "stdout": "",
  "stderr": "rm: cannot remove 'dir': Is a directory\n",
  "status": 1
 },
 {
  "argv": [
   "rm",
   "-d",
   "dir"
  ],
  "stdout": "",
  "stderr": "rm: cannot remove 'dir': Directory not empty\n",
  "status": 1
 },
 {
  "argv": [
   "rm",
   "-rv",
   "dir"
  ],
  "stdout": "removed 'dir/.hidden'\nremoved directory 'dir/e'\nremoved 'dir/sub/x'\nremoved directory 'dir/sub'\nremoved 'dir/z'\nremoved directory 'dir'\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rm"
  ],
  "stdout": "",
  "stderr": "rm: missing operand\nTry 'rm --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "rm",
   "-f"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rm",
   "-r",
   "/"
  ],
  "stdout": "",
  "stderr": "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
  "status": 1
 },
 {
  "argv": [
   "rm",
   "-r",
   "."
  ],
  "stdout": "",
  "stderr": "rm: refusing to remove '.' or '..' directory: skipping '.'\n",
  "status": 1
 },
 {
  "argv": [
   "rm",
   "-rf",
   "dir/.."
  ],
  "stdout": "",
  "stderr": "rm: refusing to remove '.' or '..' directory: skipping 'dir/..'\n",
  "status": 1
 },
 {
  "argv": [
   "rm",
   "-v",
   "a.txt",
   "b.txt"
  ],
  "stdout": "removed 'a.txt'\nremoved 'b.txt'\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rm",
   "-d",
   "dir/e"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "rm",
   "-dv",
   "dir/e",
   "nope"
  ],
  "stdout": "removed directory 'dir/e'\n",
  "stderr": "rm: cannot remove 'nope': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "touch",
   "dir/nope/x"
  ],
  "stdout": "",
  "stderr": "touch: cannot touch 'dir/nope/x': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "touch",
   "-c",
   "zz"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "touch",
   "-d",
   "garbage",
   "k"
  ],
  "stdout": "",
  "stderr": "touch: invalid date format 'garbage'\n",
  "status": 1
 },
 {
  "argv": [
   "touch"
  ],
  "stdout": "",
  "stderr": "touch: missing file operand\nTry 'touch --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "ls"
  ],
  "stdout": "a.txt\nb.txt\ndir\nempty\nlines.txt\nuni.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-a"
  ],
  "stdout": ".\n..\na.txt\nb.txt\ndir\nempty\nlines.txt\nuni.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-A",
   "dir"
  ],
  "stdout": ".hidden\ne\nsub\nz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "dir",
   "a.txt"
  ],
  "stdout": "a.txt\n\ndir:\ne\nsub\nz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-R"
  ],
  "stdout": ".:\na.txt\nb.txt\ndir\nempty\nlines.txt\nuni.txt\n\n./dir:\ne\nsub\nz\n\n./dir/e:\n\n./dir/sub:\nx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-d",
   "dir",
   "a.txt"
  ],
  "stdout": "a.txt\ndir\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-r"
  ],
  "stdout": "uni.txt\nlines.txt\nempty\ndir\nb.txt\na.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-F",
   "dir"
  ],
  "stdout": "e/\nsub/\nz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "nope",
   "a.txt"
  ],
  "stdout": "a.txt\n",
  "stderr": "ls: cannot access 'nope': No such file or directory\n",
  "status": 2
 },
 {
  "argv": [
   "ls",
   "-z"
  ],
  "stdout": "",
  "stderr": "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n",
  "status": 2
 },
 {
  "argv": [
   "ls",
   "-S"
  ],
  "stdout": "dir\nlines.txt\nuni.txt\nb.txt\na.txt\nempty\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-1",
   "dir/sub/x",
   "dir/e"
  ],
  "stdout": "dir/sub/x\n\ndir/e:\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-RA",
   "dir"
  ],
  "stdout": "dir:\n.hidden\ne\nsub\nz\n\ndir/e:\n\ndir/sub:\nx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "-p",
   "dir"
  ],
  "stdout": "e/\nsub/\nz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "ls",
   "dir/e"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "yes",
   "-x"
  ],
  "stdout": "",
  "stderr": "yes: invalid option -- 'x'\nTry 'yes --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "tail",
   "lines.txt"
  ],
  "stdout": "6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "3",
   "lines.txt"
  ],
  "stdout": "13\n14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "+13",
   "lines.txt"
  ],
  "stdout": "13\n14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-3",
   "lines.txt"
  ],
  "stdout": "13\n14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "+14",
   "lines.txt"
  ],
  "stdout": "14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-c",
   "4",
   "a.txt"
  ],
  "stdout": "rld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-c",
   "+3",
   "a.txt"
  ],
  "stdout": "llo\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "2",
   "b.txt"
  ],
  "stdout": "two\tx\n\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "1",
   "a.txt",
   "b.txt"
  ],
  "stdout": "==> a.txt <==\nworld\n\n==> b.txt <==\n\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-q",
   "-n1",
   "a.txt",
   "b.txt"
  ],
  "stdout": "world\n\u0001\u007f\u00c3\u00a9end",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "2"
  ],
  "stdin": "1\n2\n3\n4",
  "stdout": "3\n4",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "+2"
  ],
  "stdin": "1\n2\n3\n",
  "stdout": "2\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "nope",
   "a.txt"
  ],
  "stdout": "==> a.txt <==\nhello\nworld\n",
  "stderr": "tail: cannot open 'nope' for reading: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "tail",
   "dir"
  ],
  "stdout": "",
  "stderr": "tail: error reading 'dir': Is a directory\n",
  "status": 1
 },
 {
  "argv": [
   "tail",
   "-n",
   "x",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "tail: invalid number of lines: 'x'\n",
  "status": 1
 },
 {
  "argv": [
   "tail",
   "-n",
   "0",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-c",
   "100",
   "a.txt"
  ],
  "stdout": "hello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-v",
   "empty"
  ],
  "stdout": "==> empty <==\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "100",
   "lines.txt"
  ],
  "stdout": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "-2",
   "lines.txt"
  ],
  "stdout": "14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-2c",
   "a.txt"
  ],
  "stdout": "d\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tail",
   "-n",
   "+0",
   "a.txt"
  ],
  "stdout": "hello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tee",
   "out"
  ],
  "stdin": "abc\n",
  "stdout": "abc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tee",
   "-a",
   "a.txt"
  ],
  "stdin": "more\n",
  "stdout": "more\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tee",
   "dir"
  ],
  "stdin": "x\n",
  "stdout": "x\n",
  "stderr": "tee: dir: Is a directory\n",
  "status": 1
 },
 {
  "argv": [
   "tee",
   "-z"
  ],
  "stdout": "",
  "stderr": "tee: invalid option -- 'z'\nTry 'tee --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "sleep"
  ],
  "stdout": "",
  "stderr": "sleep: missing operand\nTry 'sleep --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "sleep",
   "x"
  ],
  "stdout": "",
  "stderr": "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "sleep",
   "0"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sleep",
   "0.01",
   "0.01s"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "hello",
   "a.txt"
  ],
  "stdout": "hello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "o",
   "a.txt",
   "b.txt"
  ],
  "stdout": "a.txt:hello\na.txt:world\nb.txt:one\nb.txt:two\tx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-v",
   "o",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "-c",
   "o",
   "a.txt",
   "b.txt",
   "empty"
  ],
  "stdout": "a.txt:2\nb.txt:2\nempty:0\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-l",
   "o",
   "a.txt",
   "b.txt",
   "empty"
  ],
  "stdout": "a.txt\nb.txt\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-L",
   "o",
   "a.txt",
   "b.txt",
   "empty"
  ],
  "stdout": "empty\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-n",
   "1",
   "lines.txt"
  ],
  "stdout": "1:1\n10:10\n11:11\n12:12\n13:13\n14:14\n15:15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-h",
   "o",
   "a.txt",
   "b.txt"
  ],
  "stdout": "hello\nworld\none\ntwo\tx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-H",
   "l",
   "a.txt"
  ],
  "stdout": "a.txt:hello\na.txt:world\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-o",
   "l",
   "a.txt"
  ],
  "stdout": "l\nl\nl\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-on",
   "[0-9]",
   "lines.txt"
  ],
  "stdout": "1:1\n2:2\n3:3\n4:4\n5:5\n6:6\n7:7\n8:8\n9:9\n10:1\n10:0\n11:1\n11:1\n12:1\n12:2\n13:1\n13:3\n14:1\n14:4\n15:1\n15:5\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-q",
   "hello",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-q",
   "zzz",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "nope",
   "nofile",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "grep: nofile: No such file or directory\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-s",
   "o",
   "nofile",
   "a.txt"
  ],
  "stdout": "a.txt:hello\na.txt:world\n",
  "stderr": "",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-w",
   "on",
   "b.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "-w",
   "one",
   "b.txt"
  ],
  "stdout": "one\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-x",
   "two",
   "b.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "-x",
   "1",
   "lines.txt"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-i",
   "HELLO",
   "a.txt"
  ],
  "stdout": "hello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-E",
   "^1[0-2]$",
   "lines.txt"
  ],
  "stdout": "10\n11\n12\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "^1\\(0\\|2\\)$",
   "lines.txt"
  ],
  "stdout": "10\n12\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-F",
   ".",
   "a.txt",
   "lines.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   ".",
   "empty",
   "a.txt"
  ],
  "stdout": "a.txt:hello\na.txt:world\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-e",
   "hello",
   "-e",
   "world",
   "a.txt"
  ],
  "stdout": "hello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-E",
   "l+o",
   "a.txt"
  ],
  "stdout": "hello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "l\\+o",
   "a.txt"
  ],
  "stdout": "hello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "l+o",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "-r",
   "x",
   "dir"
  ],
  "stdout": "dir/sub/x:x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-r",
   "x"
  ],
  "stdout": "b.txt:two\tx\ndir/sub/x:x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-rh",
   "x",
   "dir"
  ],
  "stdout": "x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-rc",
   "x",
   "dir"
  ],
  "stdout": "dir/.hidden:0\ndir/sub/x:1\ndir/z:0\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-rl",
   "x",
   "."
  ],
  "stdout": "./b.txt\n./dir/sub/x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-r",
   "--exclude=*.txt",
   "h"
  ],
  "stdout": "dir/.hidden:h\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "x",
   "dir"
  ],
  "stdout": "",
  "stderr": "grep: dir: Is a directory\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-r",
   "--exclude-dir=sub",
   "x",
   "dir"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "-n",
   "-C1",
   "5",
   "lines.txt"
  ],
  "stdout": "4-4\n5:5\n6-6\n--\n14-14\n15:15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-A1",
   "-e",
   "3",
   "-e",
   "7",
   "lines.txt"
  ],
  "stdout": "3\n4\n--\n7\n8\n--\n13\n14\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-B2",
   "1[05]",
   "lines.txt"
  ],
  "stdout": "8\n9\n10\n--\n13\n14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-2",
   "8",
   "lines.txt"
  ],
  "stdout": "6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-A",
   "x",
   "1",
   "lines.txt"
  ],
  "stdout": "",
  "stderr": "grep: x: invalid context length argument\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-m2",
   "1",
   "lines.txt"
  ],
  "stdout": "1\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-c",
   "-m2",
   "1",
   "lines.txt"
  ],
  "stdout": "2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "[[:digit:]]\\{2\\}",
   "lines.txt"
  ],
  "stdout": "10\n11\n12\n13\n14\n15\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-E",
   "[[:upper:]]|^1$",
   "lines.txt"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "[a",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "grep: Unmatched [, [^, [:, [., or [=\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-E",
   "(",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "grep: Unmatched ( or \\(\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "a\\)",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "grep: Unmatched ) or \\)\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "[[:foo:]]",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "grep: Invalid character class name\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-E",
   "a{1",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "\\(l\\)\\1",
   "a.txt"
  ],
  "stdout": "hello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-E",
   "(l)\\1",
   "a.txt"
  ],
  "stdout": "hello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep"
  ],
  "stdout": "",
  "stderr": "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-z"
  ],
  "stdout": "",
  "stderr": "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-y",
   "WORLD",
   "a.txt"
  ],
  "stdout": "world\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "one"
  ],
  "stdin": "one\ntwo\none two\n",
  "stdout": "one\none two\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-c",
   "x"
  ],
  "stdin": "x\nx\n",
  "stdout": "2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-H",
   "x"
  ],
  "stdin": "x\n",
  "stdout": "(standard input):x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-e",
   ""
  ],
  "stdin": "a\n\nb\n",
  "stdout": "a\n\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-v",
   "-e",
   ""
  ],
  "stdin": "a\n\nb\n",
  "stdout": "",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "-o",
   "[a-z]*"
  ],
  "stdin": "abc 123 de\n",
  "stdout": "abc\nde\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-ow",
   "de"
  ],
  "stdin": "abc de dex\n",
  "stdout": "de\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-f",
   "a.txt",
   "uni.txt",
   "a.txt"
  ],
  "stdout": "a.txt:hello\na.txt:world\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "\\<wor"
  ],
  "stdin": "world sword\n",
  "stdout": "world sword\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-o",
   "\\bw\\w*"
  ],
  "stdin": "world sword wax\n",
  "stdout": "world\nwax\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-i",
   "\u00c9",
   "uni.txt"
  ],
  "locale": "C.UTF-8",
  "stdout": "h\u00c3\u00a9llo w\u00c3\u00b6rld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "h.llo",
   "uni.txt"
  ],
  "locale": "C.UTF-8",
  "stdout": "h\u00c3\u00a9llo w\u00c3\u00b6rld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-c",
   "$",
   "b.txt"
  ],
  "stdout": "6\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "*a"
  ],
  "stdin": "*a\nb\n",
  "stdout": "*a\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-E",
   "*a"
  ],
  "stdin": "*a\nb\n",
  "stdout": "*a\n",
  "stderr": "grep: warning: * at start of expression\n",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-F",
   "-x",
   "-e",
   "one",
   "-e",
   "two"
  ],
  "stdin": "one\ntwo\nthree\n",
  "stdout": "one\ntwo\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-n",
   "-v",
   "1",
   "lines.txt"
  ],
  "stdout": "2:2\n3:3\n4:4\n5:5\n6:6\n7:7\n8:8\n9:9\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "a\\{2,3\\}"
  ],
  "stdin": "a\naa\naaaa\n",
  "stdout": "aa\naaaa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-E",
   "a{,2}b"
  ],
  "stdin": "b\naab\nxb\n",
  "stdout": "b\naab\nxb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "[]a]"
  ],
  "stdin": "]\nb\na\n",
  "stdout": "]\na\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "[^]a]"
  ],
  "stdin": "]\nb\na\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "x$y"
  ],
  "stdin": "x$y\n",
  "stdout": "x$y\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "^^x"
  ],
  "stdin": "^x\n",
  "stdout": "^x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-E",
   "a|b"
  ],
  "stdin": "a\nc\nb\n",
  "stdout": "a\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-c",
   "x",
   "dir"
  ],
  "stdout": "0\n",
  "stderr": "grep: dir: Is a directory\n",
  "status": 2
 },
 {
  "argv": [
   "grep",
   "-r",
   "hello",
   "a.txt"
  ],
  "stdout": "hello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-L",
   "zz"
  ],
  "stdin": "a\n",
  "stdout": "(standard input)\n",
  "stderr": "",
  "status": 1
 },
 {
  "argv": [
   "grep",
   "--color=never",
   "hello",
   "a.txt"
  ],
  "stdout": "hello\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "--colour=always",
   "-q",
   "hello",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "grep",
   "-A1",
   "-B1",
   "-n",
   "x"
  ],
  "stdin": "a\nx\nb\nc\nd\nx\n",
  "stdout": "1-a\n2:x\n3-b\n--\n5-d\n6:x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort"
  ],
  "stdin": "b\na\nB\n10\n9\n1.5\n-2\n2K\n1M\na\n  c\n",
  "stdout": "  c\n-2\n1.5\n10\n1M\n2K\n9\nB\na\na\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-n"
  ],
  "stdin": "b\na\nB\n10\n9\n1.5\n-2\n2K\n1M\na\n  c\n",
  "stdout": "-2\n  c\nB\na\na\nb\n1M\n1.5\n2K\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-r"
  ],
  "stdin": "b\na\nB\n10\n9\n1.5\n-2\n2K\n1M\na\n  c\n",
  "stdout": "b\na\na\nB\n9\n2K\n1M\n10\n1.5\n-2\n  c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-u"
  ],
  "stdin": "b\na\nB\n10\n9\n1.5\n-2\n2K\n1M\na\n  c\n",
  "stdout": "  c\n-2\n1.5\n10\n1M\n2K\n9\nB\na\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-f"
  ],
  "stdin": "b\na\nB\n10\n9\n1.5\n-2\n2K\n1M\na\n  c\n",
  "stdout": "  c\n-2\n1.5\n10\n1M\n2K\n9\na\na\nB\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-h"
  ],
  "stdin": "b\na\nB\n10\n9\n1.5\n-2\n2K\n1M\na\n  c\n",
  "stdout": "-2\n  c\nB\na\na\nb\n1.5\n9\n10\n2K\n1M\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-nr"
  ],
  "stdin": "b\na\nB\n10\n9\n1.5\n-2\n2K\n1M\na\n  c\n",
  "stdout": "10\n9\n2K\n1.5\n1M\nb\na\na\nB\n  c\n-2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-t:",
   "-k2"
  ],
  "stdin": "x:3:b\ny:1:a\nz:2:c\nw:1:b\n",
  "stdout": "y:1:a\nw:1:b\nz:2:c\nx:3:b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-t:",
   "-k2n",
   "-k3r"
  ],
  "stdin": "x:3:b\ny:1:a\nz:2:c\nw:1:b\n",
  "stdout": "w:1:b\ny:1:a\nz:2:c\nx:3:b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-t",
   ":",
   "-k3,3"
  ],
  "stdin": "x:3:b\ny:1:a\nz:2:c\nw:1:b\n",
  "stdout": "y:1:a\nw:1:b\nx:3:b\nz:2:c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-k2"
  ],
  "stdin": "a 2\nb 10\nc 1\n",
  "stdout": "c 1\nb 10\na 2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-k2n"
  ],
  "stdin": "a 2\nb 10\nc 1\n",
  "stdout": "c 1\na 2\nb 10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-fu"
  ],
  "stdin": "a\nA\nb\n",
  "stdout": "a\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "a.txt",
   "lines.txt"
  ],
  "stdout": "1\n10\n11\n12\n13\n14\n15\n2\n3\n4\n5\n6\n7\n8\n9\nhello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "nope"
  ],
  "stdout": "",
  "stderr": "sort: cannot read: nope: No such file or directory\n",
  "status": 2
 },
 {
  "argv": [
   "sort",
   "-b",
   "-k2"
  ],
  "stdin": "a  b\nb c\n",
  "stdout": "a  b\nb c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-s",
   "-k1,1"
  ],
  "stdin": "b 2\na 3\nb 1\n",
  "stdout": "a 3\nb 2\nb 1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sort",
   "-c"
  ],
  "stdin": "a\nc\nb\n",
  "stdout": "",
  "stderr": "sort: -:3: disorder: b\n",
  "status": 1
 },
 {
  "argv": [
   "uniq"
  ],
  "stdin": "a\na\nb\nc\nc\nc\na\n",
  "stdout": "a\nb\nc\na\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "uniq",
   "-c"
  ],
  "stdin": "a\na\nb\nc\nc\nc\na\n",
  "stdout": "      2 a\n      1 b\n      3 c\n      1 a\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "uniq",
   "-d"
  ],
  "stdin": "a\na\nb\nc\nc\n",
  "stdout": "a\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "uniq",
   "-u"
  ],
  "stdin": "a\na\nb\nc\nc\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "uniq",
   "-i"
  ],
  "stdin": "a\nA\nb\n",
  "stdout": "a\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "uniq",
   "-f1"
  ],
  "stdin": "x a\ny a\nz b\n",
  "stdout": "x a\nz b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "uniq",
   "-s1"
  ],
  "stdin": "xa\nya\nzb\n",
  "stdout": "xa\nzb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "uniq",
   "nope"
  ],
  "stdout": "",
  "stderr": "uniq: nope: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "cut",
   "-d:",
   "-f2"
  ],
  "stdin": "a:b:c\nd:e\nnodelim\n",
  "stdout": "b\ne\nnodelim\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cut",
   "-d:",
   "-f1,3-"
  ],
  "stdin": "a:b:c:d\n",
  "stdout": "a:c:d\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cut",
   "-c2-4"
  ],
  "stdin": "abcdef\nxy\n",
  "stdout": "bcd\ny\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cut",
   "-f2"
  ],
  "stdin": "a\tb\tc\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cut",
   "-s",
   "-d,",
   "-f1"
  ],
  "stdin": "a,b\nc\n",
  "stdout": "a\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cut",
   "-b",
   "-2"
  ],
  "stdin": "abc\n",
  "stdout": "ab\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cut"
  ],
  "stdout": "",
  "stderr": "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "cut",
   "-f",
   "0"
  ],
  "stdout": "",
  "stderr": "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "cut",
   "-d",
   "ab",
   "-f1"
  ],
  "stdout": "",
  "stderr": "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "cut",
   "--complement",
   "-c2"
  ],
  "stdin": "abc\n",
  "stdout": "ac\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cut",
   "-d:",
   "-f2",
   "--output-delimiter=-"
  ],
  "stdin": "a:b:c\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cut",
   "-f1",
   "nope"
  ],
  "stdout": "",
  "stderr": "cut: nope: No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "tr",
   "a-z",
   "A-Z"
  ],
  "stdin": "hello World\n",
  "stdout": "HELLO WORLD\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr",
   "-d",
   "l"
  ],
  "stdin": "hello\n",
  "stdout": "heo\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr",
   "-s",
   " "
  ],
  "stdin": "a   b  c\n",
  "stdout": "a b c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr",
   "-cd",
   "[:digit:]\n"
  ],
  "stdin": "a1b2\nc3\n",
  "stdout": "12\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr",
   "[:lower:]",
   "[:upper:]"
  ],
  "stdin": "abc\n",
  "stdout": "ABC\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr",
   "abc",
   "x"
  ],
  "stdin": "aabbcc\n",
  "stdout": "xxxxxx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr",
   "-s",
   "a-z",
   "A-Z"
  ],
  "stdin": "aabbcc\n",
  "stdout": "ABC\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr",
   "\\n",
   " "
  ],
  "stdin": "a\nb\n",
  "stdout": "a b ",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr"
  ],
  "stdout": "",
  "stderr": "tr: missing operand\nTry 'tr --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "tr",
   "a"
  ],
  "stdout": "",
  "stderr": "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "tr",
   "-d",
   "a",
   "b"
  ],
  "stdout": "",
  "stderr": "tr: extra operand 'b'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "tr",
   "a-c",
   "[x*]"
  ],
  "stdin": "abcd\n",
  "stdout": "xxxd\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "tr",
   "-ds",
   "a",
   "b"
  ],
  "stdin": "aabbbc\n",
  "stdout": "bc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "basename",
   "/a/b/"
  ],
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "basename",
   "a.txt",
   ".txt"
  ],
  "stdout": "a\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "basename",
   "-s",
   ".c",
   "x.c",
   "y.c"
  ],
  "stdout": "x\ny\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "basename",
   "-a",
   "a/b",
   "c/d"
  ],
  "stdout": "b\nd\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "basename"
  ],
  "stdout": "",
  "stderr": "basename: missing operand\nTry 'basename --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "basename",
   "/"
  ],
  "stdout": "/\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "basename",
   "a",
   "b",
   "c"
  ],
  "stdout": "",
  "stderr": "basename: extra operand 'c'\nTry 'basename --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "dirname",
   "a/b/",
   "c"
  ],
  "stdout": "a\n.\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "dirname",
   "x"
  ],
  "stdout": ".\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "dirname",
   "/"
  ],
  "stdout": "/\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "dirname",
   "//a//b//"
  ],
  "stdout": "//a\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "dirname"
  ],
  "stdout": "",
  "stderr": "dirname: missing operand\nTry 'dirname --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "cp",
   "a.txt",
   "new"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "cp",
   "nope",
   "x"
  ],
  "stdout": "",
  "stderr": "cp: cannot stat 'nope': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "cp",
   "dir",
   "x"
  ],
  "stdout": "",
  "stderr": "cp: -r not specified; omitting directory 'dir'\n",
  "status": 1
 },
 {
  "argv": [
   "cp",
   "a.txt",
   "b.txt",
   "nodir"
  ],
  "stdout": "",
  "stderr": "cp: target 'nodir': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "cp",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "cp: missing destination file operand after 'a.txt'\nTry 'cp --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "cp"
  ],
  "stdout": "",
  "stderr": "cp: missing file operand\nTry 'cp --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "cp",
   "a.txt",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "cp: 'a.txt' and 'a.txt' are the same file\n",
  "status": 1
 },
 {
  "argv": [
   "cp",
   "-v",
   "a.txt",
   "b.txt",
   "dir"
  ],
  "stdout": "'a.txt' -> 'dir/a.txt'\n'b.txt' -> 'dir/b.txt'\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "mv",
   "a.txt",
   "new"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "mv",
   "nope",
   "x"
  ],
  "stdout": "",
  "stderr": "mv: cannot stat 'nope': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "mv",
   "-v",
   "a.txt",
   "dir"
  ],
  "stdout": "renamed 'a.txt' -> 'dir/a.txt'\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "mv",
   "dir",
   "dir/sub"
  ],
  "stdout": "",
  "stderr": "mv: cannot move 'dir' to a subdirectory of itself, 'dir/sub/dir'\n",
  "status": 1
 },
 {
  "argv": [
   "mv",
   "a.txt",
   "b.txt",
   "nodir"
  ],
  "stdout": "",
  "stderr": "mv: target 'nodir': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "mv",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "mv: missing destination file operand after 'a.txt'\nTry 'mv --help' for more information.\n",
  "status": 1
 },
 {
  "argv": [
   "find",
   "dir"
  ],
  "stdout": "dir\ndir/.hidden\ndir/e\ndir/sub\ndir/sub/x\ndir/z\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "find",
   "dir",
   "-type",
   "d"
  ],
  "stdout": "dir\ndir/e\ndir/sub\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "find",
   "dir",
   "-type",
   "f",
   "-name",
   "x"
  ],
  "stdout": "dir/sub/x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "find",
   "dir",
   "-mindepth",
   "2"
  ],
  "stdout": "dir/sub/x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "find",
   "nope"
  ],
  "stdout": "",
  "stderr": "find: 'nope': No such file or directory\n",
  "status": 1
 },
 {
  "argv": [
   "find",
   "dir",
   "-foo"
  ],
  "stdout": "",
  "stderr": "find: unknown predicate `-foo'\n",
  "status": 1
 },
 {
  "argv": [
   "find",
   "dir",
   "!",
   "-name",
   "x"
  ],
  "stdout": "dir\ndir/.hidden\ndir/e\ndir/sub\ndir/z\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "find",
   "dir",
   "-name",
   "z",
   "-o",
   "-name",
   "x"
  ],
  "stdout": "dir/sub/x\ndir/z\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "find",
   "dir/"
  ],
  "stdout": "dir/\ndir/.hidden\ndir/e\ndir/sub\ndir/sub/x\ndir/z\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "find",
   "dir",
   "-empty"
  ],
  "stdout": "dir/e\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "find",
   ".",
   "-path",
   "./dir/*",
   "-type",
   "f"
  ],
  "stdout": "./dir/.hidden\n./dir/sub/x\n./dir/z\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "head",
   "-c",
   "99999999999999999999999",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "head: invalid number of bytes: '99999999999999999999999': Value too large for defined data type\n",
  "status": 1
 },
 {
  "argv": [
   "tail",
   "-n",
   "99999999999999999999999",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "tail: invalid number of lines: '99999999999999999999999': Value too large for defined data type\n",
  "status": 1
 },
 {
  "argv": [
   "head",
   "-n",
   "18446744073709551615",
   "a.txt"
  ],
  "stdout": "hello\nworld\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "wc",
   "-c",
   "a.txt",
   "lines.txt",
   "dir"
  ],
  "stdout": "     12 a.txt\n     36 lines.txt\n      0 dir\n     48 total\n",
  "stderr": "wc: dir: Is a directory\n",
  "status": 1
 }
];

function makeFs(): Vfs {
  const init: Record<string, Uint8Array> = {};
  for (const [p, v] of Object.entries(TREE)) if (!p.endsWith('/')) init[p] = latin1(v);
  const mem = new MemoryFs(init);
  return new Vfs({ '/': mem });
}

describe('commands match GNU', () => {
  for (const c of CASES) {
    it(JSON.stringify([...c.argv, ...(c.stdin !== undefined ? ['<', c.stdin] : [])]), async () => {
      const fs = makeFs();
      for (const p of Object.keys(TREE)) if (p.endsWith('/')) await fs.mkdir('/' + p, { recursive: true });
      const r = await run(fs, c.argv, { stdin: c.stdin !== undefined ? latin1(c.stdin) : '', cwd: '/' });
      expect({ stdout: fromBytes(r.stdoutBytes), stderr: r.stderr, status: r.status })
        .toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});
