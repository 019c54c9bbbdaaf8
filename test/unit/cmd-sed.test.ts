// sed compared with the real GNU tools (sed 4.9, coreutils 9.1; LC_ALL=C TZ=UTC). Expected
// outputs were recorded by running each argv in a directory holding TREE and are stored here, so the
// test runs where the tools are absent. Strings are latin1: one char per byte. `files` lists files
// whose content after the run is compared too (null: absent).
import { describe, expect, it } from 'vitest';
import { latin1, fromBytes, runCase as runTable, makeFs as makeTableFs } from './cmd-table.js';
import type { Vfs } from '../../src/fs/vfs.js';


/** Paths ending in '/' are directories, in '@' symlinks (value = target). */
const TREE: Record<string, string> = {
 "a.txt": "hello\nworld\nfoo bar\nbaz\n",
 "n.txt": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
 "nonl.txt": "x\ny",
 "r.txt": "INSERTED\n",
 "script.sed": "s/o/0/g\n/baz/d\n",
 "bad.sed": "p\ns/x\n",
 "e.txt": "a b\n",
 "d/": ""
};
const ROOT: string = "/";

interface Case { argv: string[]; stdin?: string; env?: Record<string, string>; files?: Record<string, string | null>; stdout: string; stderr: string; status: number }

const CASES: Case[] = [
 {
  "argv": [
   "sed",
   "-n",
   "2p",
   "a.txt"
  ],
  "stdout": "world\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "p",
   "nonl.txt"
  ],
  "stdout": "x\nx\ny\ny",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "$p",
   "a.txt",
   "n.txt"
  ],
  "stdout": "10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-s",
   "-n",
   "$p",
   "a.txt",
   "n.txt"
  ],
  "stdout": "baz\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/o/0/",
   "a.txt"
  ],
  "stdout": "hell0\nw0rld\nf0o bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/o/0/g",
   "a.txt"
  ],
  "stdout": "hell0\nw0rld\nf00 bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/o/0/2",
   "a.txt"
  ],
  "stdout": "hello\nworld\nfo0 bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/o/0/2g",
   "a.txt"
  ],
  "stdout": "hello\nworld\nfo0 bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "s/o/0/p",
   "a.txt"
  ],
  "stdout": "hell0\nw0rld\nf0o bar\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/O/0/ig",
   "a.txt"
  ],
  "stdout": "hell0\nw0rld\nf00 bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(l*\\)o/[\\1]/",
   "a.txt"
  ],
  "stdout": "he[ll]\nw[]rld\nf[]o bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(l+)(o)/\\2\\1/",
   "a.txt"
  ],
  "stdout": "heoll\nworld\nfoo bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-r",
   "s/(h|w)/<&>/g",
   "a.txt"
  ],
  "stdout": "<h>ello\n<w>orld\nfoo bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/.*/\\U&/",
   "a.txt"
  ],
  "stdout": "HELLO\nWORLD\nFOO BAR\nBAZ\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\w\\+/\\u&/g",
   "a.txt"
  ],
  "stdout": "Hello\nWorld\nFoo Bar\nBaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(.)(.*)/\\U\\1\\E\\2 \\L\\2X/",
   "a.txt"
  ],
  "stdout": "Hello ellox\nWorld orldx\nFoo bar oo barx\nBaz azx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/o/\\n/;s/l/\\t/",
   "a.txt"
  ],
  "stdout": "he\tl\n\nw\nr\td\nf\no bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/x*/-/g"
  ],
  "stdin": "abc\n",
  "stdout": "-a-b-c-\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a*/x/g"
  ],
  "stdin": "baaac\n",
  "stdout": "xbxcx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/b*/x/2"
  ],
  "stdin": "abc\n",
  "stdout": "axc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s|/|\\||g"
  ],
  "stdin": "/a/b/\n",
  "stdout": "|a|b|\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s,a\\,b,X,"
  ],
  "stdin": "a,b\n",
  "stdout": "X\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-e",
   "s/a/b/",
   "-e",
   "s/b/c/"
  ],
  "stdin": "a\n",
  "stdout": "c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-f",
   "script.sed",
   "a.txt"
  ],
  "stdout": "hell0\nw0rld\nf00 bar\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-f",
   "bad.sed",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "sed: file bad.sed line 2: unterminated `s' command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "2d",
   "n.txt"
  ],
  "stdout": "1\n3\n4\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2,4d",
   "n.txt"
  ],
  "stdout": "1\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2,4!d",
   "n.txt"
  ],
  "stdout": "2\n3\n4\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "/2/,/4/d",
   "n.txt"
  ],
  "stdout": "1\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "1~3d",
   "n.txt"
  ],
  "stdout": "2\n3\n5\n6\n8\n9\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "0~4d",
   "n.txt"
  ],
  "stdout": "1\n2\n3\n5\n6\n7\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "2,+2p",
   "n.txt"
  ],
  "stdout": "2\n3\n4\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "5,~4p",
   "n.txt"
  ],
  "stdout": "5\n6\n7\n8\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "0,/1/p",
   "n.txt"
  ],
  "stdout": "1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "1,/1/p",
   "n.txt"
  ],
  "stdout": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "\\%5%,$p",
   "n.txt"
  ],
  "stdout": "5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "7,3p",
   "n.txt"
  ],
  "stdout": "7\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/[13579]/!p",
   "n.txt"
  ],
  "stdout": "2\n4\n6\n8\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "$=",
   "n.txt"
  ],
  "stdout": "10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "=",
   "a.txt"
  ],
  "stdout": "1\nhello\n2\nworld\n3\nfoo bar\n4\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "l",
   "a.txt"
  ],
  "stdout": "hello$\nworld$\nfoo bar$\nbaz$\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "l 5"
  ],
  "stdin": "a\tb\u0001\\c very long line\n",
  "stdout": "a\\tb\\\n\\001\\\n\\\\c \\\nvery\\\n lon\\\ng li\\\nne$\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "l"
  ],
  "stdin": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
  "stdout": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\\nxxxxxxxxxxxx$\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-l",
   "20",
   "-n",
   "l"
  ],
  "stdin": "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n",
  "stdout": "yyyyyyyyyyyyyyyyyyy\\\nyyyyyyyyyyyyyyyyyyy\\\nyyyyyyyyyyyy$\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "N;P;D",
   "n.txt"
  ],
  "stdout": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$!N;s/\\n/-/",
   "n.txt"
  ],
  "stdout": "1-2\n3-4\n5-6\n7-8\n9-10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   ":a;N;$!ba;s/\\n/,/g",
   "n.txt"
  ],
  "stdout": "1,2,3,4,5,6,7,8,9,10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "h;n;G;p",
   "n.txt"
  ],
  "stdout": "2\n1\n4\n3\n6\n5\n8\n7\n10\n9\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "1!G;h;$!d",
   "n.txt"
  ],
  "stdout": "10\n9\n8\n7\n6\n5\n4\n3\n2\n1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "x;$!d",
   "n.txt"
  ],
  "stdout": "9\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "H;${x;s/\\n/+/g;p}",
   "n.txt"
  ],
  "stdout": "+1+2+3+4+5+6+7+8+9+10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "n;d",
   "n.txt"
  ],
  "stdout": "1\n3\n5\n7\n9\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "3q",
   "n.txt"
  ],
  "stdout": "1\n2\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "3q5",
   "n.txt"
  ],
  "stdout": "1\n2\n3\n",
  "stderr": "",
  "status": 5
 },
 {
  "argv": [
   "sed",
   "3Q",
   "n.txt"
  ],
  "stdout": "1\n2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/3/{p;p}",
   "n.txt"
  ],
  "stdout": "3\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "/1/{/0/d}",
   "n.txt"
  ],
  "stdout": "1\n2\n3\n4\n5\n6\n7\n8\n9\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/1/X/;t;s/$/!/",
   "n.txt"
  ],
  "stdout": "X\n2!\n3!\n4!\n5!\n6!\n7!\n8!\n9!\nX0\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/1/X/;T;s/$/!/",
   "n.txt"
  ],
  "stdout": "X!\n2\n3\n4\n5\n6\n7\n8\n9\nX0!\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/1/X/;tend;s/$/!/;:end",
   "n.txt"
  ],
  "stdout": "X\n2!\n3!\n4!\n5!\n6!\n7!\n8!\n9!\nX0\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "y/abc/xyz/"
  ],
  "stdin": "aabbcc\n",
  "stdout": "xxyyzz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "y/a\\nb/x y/"
  ],
  "stdin": "a\nb\n",
  "stdout": "x\ny\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2a appended",
   "n.txt"
  ],
  "stdout": "1\n2\nappended\n3\n4\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2i\\  inserted",
   "n.txt"
  ],
  "stdout": "1\n  inserted\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2c\\\nchanged",
   "n.txt"
  ],
  "stdout": "1\nchanged\n3\n4\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2,4c changed",
   "n.txt"
  ],
  "stdout": "1\nchanged\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2,4!c changed",
   "n.txt"
  ],
  "stdout": "changed\n2\n3\n4\nchanged\nchanged\nchanged\nchanged\nchanged\nchanged\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "a\\\nfoo\\\nbar",
   "e.txt"
  ],
  "stdout": "a b\nfoo\nbar\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$a END",
   "nonl.txt"
  ],
  "stdout": "x\ny\nEND\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-e",
   "a\\",
   "-e",
   "two"
  ],
  "stdin": "x\n",
  "stdout": "x\ntwo\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "1i\\",
   "e.txt"
  ],
  "stdout": "a b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "a foo\\tbar",
   "e.txt"
  ],
  "stdout": "a b\nfoo\tbar\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "r r.txt",
   "e.txt"
  ],
  "stdout": "a b\nINSERTED\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2r r.txt",
   "nonl.txt"
  ],
  "stdout": "x\ny\nINSERTED\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "r nosuch",
   "e.txt"
  ],
  "stdout": "a b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "w out.txt",
   "a.txt"
  ],
  "stdout": "hello\nworld\nfoo bar\nbaz\n",
  "stderr": "",
  "status": 0,
  "files": {
   "out.txt": "hello\nworld\nfoo bar\nbaz\n"
  }
 },
 {
  "argv": [
   "sed",
   "-n",
   "s/o/0/w out.txt",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "out.txt": "hell0\nw0rld\nf0o bar\n"
  }
 },
 {
  "argv": [
   "sed",
   "R r.txt",
   "n.txt"
  ],
  "stdout": "1\nINSERTED\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-i",
   "s/o/0/",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "a.txt": "hell0\nw0rld\nf0o bar\nbaz\n"
  }
 },
 {
  "argv": [
   "sed",
   "-i.bak",
   "s/o/0/",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "a.txt": "hell0\nw0rld\nf0o bar\nbaz\n",
   "a.txt.bak": "hello\nworld\nfoo bar\nbaz\n"
  }
 },
 {
  "argv": [
   "sed",
   "-i",
   "s/x",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 3: unterminated `s' command\n",
  "status": 1,
  "files": {
   "a.txt": "hello\nworld\nfoo bar\nbaz\n"
  }
 },
 {
  "argv": [
   "sed",
   "-i",
   "$a end",
   "a.txt",
   "n.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "a.txt": "hello\nworld\nfoo bar\nbaz\nend\n",
   "n.txt": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\nend\n"
  }
 },
 {
  "argv": [
   "sed",
   "-n",
   "-i",
   "1p",
   "a.txt",
   "nosuch",
   "n.txt"
  ],
  "stdout": "",
  "stderr": "sed: can't read nosuch: No such file or directory\n",
  "status": 2,
  "files": {
   "a.txt": "hello\n",
   "n.txt": "1\n"
  }
 },
 {
  "argv": [
   "sed",
   "-i",
   "p"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "sed: no input files\n",
  "status": 4
 },
 {
  "argv": [
   "sed",
   "-i",
   "p",
   "d"
  ],
  "stdout": "",
  "stderr": "sed: couldn't edit d: not a regular file\n",
  "status": 4
 },
 {
  "argv": [
   "sed",
   "-z",
   "s/\\n/,/g"
  ],
  "stdin": "a\nb\n\u0000c\n",
  "stdout": "a,b,\u0000c,",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "-z",
   "1p"
  ],
  "stdin": "a\u0000b\u0000",
  "stdout": "a\u0000",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "p",
   "nosuch",
   "a.txt"
  ],
  "stdout": "hello\nhello\nworld\nworld\nfoo bar\nfoo bar\nbaz\nbaz\n",
  "stderr": "sed: can't read nosuch: No such file or directory\n",
  "status": 2
 },
 {
  "argv": [
   "sed",
   "p",
   "d"
  ],
  "stdout": "",
  "stderr": "sed: read error on d: Is a directory\n",
  "status": 4
 },
 {
  "argv": [
   "sed"
  ],
  "stdout": "",
  "stderr": "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "-x"
  ],
  "stdout": "",
  "stderr": "sed: invalid option -- 'x'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "--bogus"
  ],
  "stdout": "",
  "stderr": "sed: unrecognized option '--bogus'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "-e",
   "p",
   "-e",
   "s/a"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #2, char 3: unterminated `s' command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "s/a/b/x"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 7: unknown option to `s'\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "{p"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 0: unmatched `{'\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "p}"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 2: unexpected `}'\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "k"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 1: unknown command: `k'\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "-n",
   "b foo"
  ],
  "stdout": "",
  "stderr": "sed: can't find label for jump to `foo'\n",
  "status": 4
 },
 {
  "argv": [
   "sed",
   "s/\\(a/b/"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 8: Unmatched ( or \\(\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "y/ab/c/"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 7: strings for `y' command are different lengths\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "a"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 1: expected \\ after `a', `c' or `i'\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "1,2!!p"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 5: multiple `!'s\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   ": "
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 2: \":\" lacks a label\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "1q5;q 3x"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 8: extra characters after command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "1,2q"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 4: command only uses one address\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "s/a/\\1/"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 7: invalid reference \\1 on `s' command's RHS\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "r"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 1: missing filename in r/R/w/W commands\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "1"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 1: missing command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "0p"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 2: invalid usage of line address 0\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "0,5p"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 4: invalid usage of line address 0\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "s/a/b/gg"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 8: multiple `g' options to `s' command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "s/a/b/pp"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 8: multiple `p' options to `s' command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "s/a/b/0"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 7: number option to `s' command may not be zero\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "y/a/b"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 5: unterminated `y' command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "/x"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 2: unterminated address regex\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "1,p"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 3: unexpected `,'\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "pq"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 2: extra characters after command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(/x/"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 6: Unmatched ( or \\(\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "s/[/x/"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 6: unterminated `s' command\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "s/a\\{2,1\\}/x/"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 13: Invalid content of \\{\\}\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "#n\np",
   "e.txt"
  ],
  "stdout": "a b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "  # comment\n  p ; p",
   "e.txt"
  ],
  "stdout": "a b\na b\na b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "1{\np\n}",
   "e.txt"
  ],
  "stdout": "a b\na b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/a/I,/X/Ip",
   "a.txt"
  ],
  "stdout": "foo bar\nbaz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\<./X/g"
  ],
  "stdin": "one two\n",
  "stdout": "Xne Xwo\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\bt/T/g"
  ],
  "stdin": "one two tat\n",
  "stdout": "one Two Tat\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/o{2}/0/;s/a+|e/_/g"
  ],
  "stdin": "foo baaar bee\n",
  "stdout": "f0 b_r b__\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[[:upper:]]/u/g;s/[[:digit:]]\\+/N/"
  ],
  "stdin": "AbC 123\n",
  "stdout": "ubu N\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/.$//"
  ],
  "stdin": "abc\n",
  "stdout": "ab\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/^/> /"
  ],
  "stdin": "a\nb\n",
  "stdout": "> a\n> b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$s/$/ END/"
  ],
  "stdin": "a\nb\n",
  "stdout": "a\nb END\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/a/,/b/{=;p}"
  ],
  "stdin": "a\nx\nb\ny\na\n",
  "stdout": "1\na\n2\nx\n3\nb\n5\na\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "G"
  ],
  "stdin": "a\nb\n",
  "stdout": "a\n\nb\n\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "$!{h;d};x;G;p"
  ],
  "stdin": "1\n2\n3\n",
  "stdout": "2\n3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/é/e/"
  ],
  "stdin": "cafÃ©\n",
  "stdout": "cafe\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/b/\\&/;s/c/[&&]/"
  ],
  "stdin": "abc\n",
  "stdout": "a&[cc]\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(a)|b/[\\1]/g"
  ],
  "stdin": "ab\n",
  "stdout": "[a][]\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/^$/!p"
  ],
  "stdin": "a\n\nb\n",
  "stdout": "a\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\./!/g"
  ],
  "stdin": "a.b.c\n",
  "stdout": "a!b!c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2{h;d};${G}"
  ],
  "stdin": "1\n2\n3\n",
  "stdout": "1\n3\n2\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-s",
   "F",
   "e.txt",
   "nonl.txt"
  ],
  "stdout": "e.txt\na b\nnonl.txt\nx\nnonl.txt\ny",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "--expression=p",
   "--quiet"
  ],
  "stdin": "q\n",
  "stdout": "q\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-ne",
   "p"
  ],
  "stdin": "q\n",
  "stdout": "q\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "--posix",
   "p"
  ],
  "stdin": "q\n",
  "stdout": "q\nq\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-u",
   "p"
  ],
  "stdin": "q\n",
  "stdout": "q\nq\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "--in-place=.orig",
   "s/a/A/",
   "e.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "e.txt": "A b\n",
   "e.txt.orig": "a b\n"
  }
 },
 {
  "argv": [
   "sed",
   "N;N;s/\\n/+/g",
   "n.txt"
  ],
  "stdout": "1+2+3\n4+5+6\n7+8+9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$!N;$!D",
   "n.txt"
  ],
  "stdout": "9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "2{n;p}",
   "n.txt"
  ],
  "stdout": "3\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a/b/;s//c/"
  ],
  "stdin": "aaa\n",
  "stdout": "bca\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[0-9]/<&>/3g"
  ],
  "stdin": "a1b2c3d4\n",
  "stdout": "a1b2c<3>d<4>\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "1d;$d",
   "n.txt"
  ],
  "stdout": "2\n3\n4\n5\n6\n7\n8\n9\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/4/,+1p;/8/,~4p",
   "n.txt"
  ],
  "stdout": "4\n5\n8\n9\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "y/abc/\\n\\t\\\\/"
  ],
  "stdin": "abc\n",
  "stdout": "\n\t\\\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/^(.)(.)/\\2\\1/"
  ],
  "stdin": "ab\ncd\n",
  "stdout": "ba\ndc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "$!N;p"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a\nb\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "n;p"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$!n;s/^/x/"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a\nxb\nxc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2!c X"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "X\nb\nX\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "w /dev/stdout"
  ],
  "stdin": "a\nb\n",
  "stdout": "a\na\nb\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "i\\\nI"
  ],
  "stdin": "a\nb",
  "stdout": "I\na\nI\nb",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "a A;N;P;D"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a\nA;N;P;D\nb\nA;N;P;D\nc\nA;N;P;D\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$!d"
  ],
  "stdin": "a\nb",
  "stdout": "b",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "--help"
  ],
  "stdout": "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\nE-mail bug reports to: <bug-sed@gnu.org>.\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(a\\)\\|b/\\1x/g"
  ],
  "stdin": "ab\n",
  "stdout": "axx\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a\\+/X/;s/c\\?d/Y/"
  ],
  "stdin": "aaacd\n",
  "stdout": "XY\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/a{2,}/X/"
  ],
  "stdin": "aaaa\n",
  "stdout": "X\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[/]/x/"
  ],
  "stdin": "a/b\n",
  "stdout": "axb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "/a/s//X/g"
  ],
  "stdin": "banana\n",
  "stdout": "bXnXnX\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/A/x/I"
  ],
  "stdin": "aA\n",
  "stdout": "xA\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/b/{s/b/B/;p}"
  ],
  "stdin": "abc\nxyz\n",
  "stdout": "aBc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "y/ABC/abc/;s/\\n//"
  ],
  "stdin": "ABC\n",
  "stdout": "abc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-i",
   "s/o/O/g",
   "a.txt",
   "n.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "a.txt": "hellO\nwOrld\nfOO bar\nbaz\n",
   "n.txt": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
  }
 },
 {
  "argv": [
   "sed",
   "/^$/d"
  ],
  "stdin": "a\n\n\nb\n",
  "stdout": "a\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-e",
   ":a",
   "-e",
   "$!N;s/\\n//;ta"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "abc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[[:space:]]*$//"
  ],
  "stdin": "a  \t\nb \n",
  "stdout": "a\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "1~2s/^/odd /"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "odd a\nb\nodd c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "N;s/\\n/\\t/"
  ],
  "stdin": "1\na\n2\nb\n",
  "stdout": "1\ta\n2\tb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/([0-9]+)-([0-9]+)/\\2-\\1/g"
  ],
  "stdin": "1-2 33-44\n",
  "stdout": "2-1 44-33\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/'/\"/g"
  ],
  "stdin": "it's 'x'\n",
  "stdout": "it\"s \"x\"\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\s\\+/ /g"
  ],
  "stdin": "a   b \t c\n",
  "stdout": "a b c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "/start/,/end/{/start/n;/end/!d}"
  ],
  "stdin": "x\nstart\n1\n2\nend\ny\n",
  "stdout": "x\nstart\nend\ny\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-s",
   "1i header",
   "e.txt",
   "nonl.txt"
  ],
  "stdout": "header\na b\nheader\nx\ny",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$a\\"
  ],
  "stdin": "x",
  "stdout": "x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$a\\"
  ],
  "stdin": "x\n",
  "stdout": "x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "2{p;q}"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "/x/c\\\nnew"
  ],
  "stdin": "a\nx\nb\n",
  "stdout": "a\nnew\nb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "N;N;s/\\n/,/g"
  ],
  "stdin": "1\n2\n3\n4\n",
  "stdout": "1,2,3\n4\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(.*\\)/\\L\\1/"
  ],
  "stdin": "ABC Def\n",
  "stdout": "abc def\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "a\\ttab"
  ],
  "stdin": "x\n",
  "stdout": "x\nttab\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/x/\\\n/g"
  ],
  "stdin": "axbxc\n",
  "stdout": "a\nb\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(foo|bar)+/X/"
  ],
  "stdin": "foobarfoo baz\n",
  "stdout": "X baz\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[^[:alnum:]]//g"
  ],
  "stdin": "a-b_c!d 1\n",
  "stdout": "abcd1\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\//|/g"
  ],
  "stdin": "/a/b\n",
  "stdout": "|a|b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a\\|b/X/g"
  ],
  "stdin": "abc\n",
  "stdout": "XXc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-z",
   "s/\\n$//"
  ],
  "stdin": "a\nb\n",
  "stdout": "a\nb",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/^[ \\t]*//"
  ],
  "stdin": " \t  x\n",
  "stdout": "x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "l 0"
  ],
  "stdin": "NaN\n",
  "stdout": "NaN$\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-i",
   "-e",
   "1d",
   "a.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "a.txt": "world\nfoo bar\nbaz\n"
  }
 },
 {
  "argv": [
   "sed",
   "-ni",
   "p",
   "e.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "e.txt": "a b\n",
   "e.txtn": null
  }
 },
 {
  "argv": [
   "sed",
   "-in",
   "p",
   "e.txt"
  ],
  "stdout": "",
  "stderr": "",
  "status": 0,
  "files": {
   "e.txt": "a b\na b\n",
   "e.txtn": "a b\n"
  }
 },
 {
  "argv": [
   "sed",
   "w"
  ],
  "stdout": "",
  "stderr": "sed: -e expression #1, char 1: missing filename in r/R/w/W commands\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "N;s/^b/X/Mg"
  ],
  "stdin": "a\nb\n",
  "stdout": "a\nX\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "/a/I d"
  ],
  "stdin": "A\nb\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2,3{s/a/b/;s/c/d/}"
  ],
  "stdin": "ac\nac\nac\nac\n",
  "stdout": "ac\nbd\nbd\nac\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "n;n;s/$/!/"
  ],
  "stdin": "1\n2\n3\n4\n5\n",
  "stdout": "1\n2\n3!\n4\n5\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$d",
   "nonl.txt"
  ],
  "stdout": "x\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "G",
   "nonl.txt"
  ],
  "stdout": "x\n\ny\n\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/b*$//"
  ],
  "stdin": "abbb\n",
  "stdout": "a\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a/\\n/2g"
  ],
  "stdin": "aaaa\n",
  "stdout": "a\n\n\n\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/.*/\"&\"/"
  ],
  "stdin": "q\n",
  "stdout": "\"q\"\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s#/#\\\\#g"
  ],
  "stdin": "a/b\n",
  "stdout": "a\\b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2q;d"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$!d",
   "n.txt"
  ],
  "stdout": "10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/1/{=;p}",
   "n.txt"
  ],
  "stdout": "1\n1\n10\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a/b/w /dev/stdout"
  ],
  "stdin": "a\nc\n",
  "stdout": "b\nb\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "y/abc/ABC/"
  ],
  "stdin": "aabbcc\n",
  "stdout": "AABBCC\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "$="
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "p"
  ],
  "stdin": "",
  "stdout": "",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-s",
   "-n",
   "$=",
   "e.txt",
   "n.txt"
  ],
  "stdout": "1\n10\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "G"
  ],
  "stdin": "x",
  "stdout": "x\n\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "x;G"
  ],
  "stdin": "x",
  "stdout": "\nx",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "h;G"
  ],
  "stdin": "x",
  "stdout": "x\nx",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "H;x"
  ],
  "stdin": "x",
  "stdout": "\nx",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "x"
  ],
  "stdin": "x",
  "stdout": "\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "g"
  ],
  "stdin": "x",
  "stdout": "\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "h;g"
  ],
  "stdin": "x",
  "stdout": "x",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "x;x"
  ],
  "stdin": "x",
  "stdout": "x",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "H"
  ],
  "stdin": "x",
  "stdout": "x",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$!N;x"
  ],
  "stdin": "x",
  "stdout": "\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(a\\)\\(b\\)\\(c\\)\\(d\\)\\(e\\)\\(f\\)\\(g\\)\\(h\\)\\(i\\)/\\9\\8\\1/"
  ],
  "stdin": "abcdefghi\n",
  "stdout": "iha\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/a|$/X/g"
  ],
  "stdin": "bab\n",
  "stdout": "bXbX\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/$/\\r/"
  ],
  "stdin": "a\n",
  "stdout": "a\r\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "l"
  ],
  "stdin": "\u001b[1mxÃ©\n",
  "stdout": "\\033[1mx\\303\\251$\n\u001b[1mxÃ©\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "/a/,/a/d"
  ],
  "stdin": "a\nb\na\nc\na\nd\n",
  "stdout": "c\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "2,1d"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "/b/,1d"
  ],
  "stdin": "a\nb\nc\n",
  "stdout": "a\nc\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "$!{$!d}"
  ],
  "stdin": "a\nb\n",
  "stdout": "b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/a/,+1{/a/!p}"
  ],
  "stdin": "a\nb\nc\na\nd\n",
  "stdout": "b\nd\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a{2}/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "Xb aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a\\{2\\}/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b Xb a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[a-]/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b XXb XXb ]x[ $X X$b *x ^X X.b\\c /p/ Xb12 foo_bXr x? XX\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[]x]/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b XX[ $a a$b *X ^a a.b\\c /p/ ab12 foo_bar X? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[^]a ]/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "aXXXX aaX aXX ]XX Xa aXX XX Xa aXXXX XXX aXXX XXXXXaX XX aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\$/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ Xa aXb *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a$b/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a X *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/^*/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(^a\\)/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\./X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a aXb\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/.\\{3\\}$//"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x?\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[[:punct:]]//g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a2b aab ab x a ab x a abc p ab12 foobar x aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\bx/Y/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]Y[ $a a$b *Y ^a a.b\\c /p/ ab12 foo_bar Y? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\W/_/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a_2_b_aab_a_b__x___a_a_b__x__a_a_b_c__p__ab12_foo_bar_x__aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/x\\?/Y/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "YaY{Y2Y}YbY YaYaYbY YaY-YbY Y]Y[Y Y$YaY YaY$YbY Y*Y Y^YaY YaY.YbY\\YcY Y/YpY/Y YaYbY1Y2Y YfYoYoY_YbYaYrY Y?Y YaYaY\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(a\\)\\1/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b Xb a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? X\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a\\|^b/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b XXb X-b ]x[ $X X$b *x ^X X.b\\c /p/ Xb12 foo_bXr x? XX\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\`a/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/b\\'/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\s/_/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b_aab_a-b_]x[_$a_a$b_*x_^a_a.b\\c_/p/_ab12_foo_bar_x?_aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\S\\+/W/2"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b W a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[0-9]\\+/<&>/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{<2>}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\//S/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c SpS ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s|/|S|g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c SpS ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\^a/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x X a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a\\{1,\\}/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b Xb X-b ]x[ $X X$b *x ^X X.b\\c /p/ Xb12 foo_bXr x? X\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/*x/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b X ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(*x\\)/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b X ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[.]/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a aXb\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[\\]/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.bXc /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[a\\]c]/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\<a/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b Xab X-b ]x[ $X X$b *x ^X X.b\\c /p/ Xb12 foo_bar x? Xa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/b\\>/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}X aaX a-X ]x[ $a a$X *x ^a a.X\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\w\\+$/END/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? END\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/^\\(.\\)\\(.*\\)\\(.\\)$/\\3\\2\\1/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a\\{,2\\}/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(ab\\)*/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "Xa{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\n/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[[:alpha:]]*/X/3"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2X}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[[:upper:][:digit:]]/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{X}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ abXX foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[[.-.]]/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab aXb ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/[[=a=]]/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b XXb X-b ]x[ $X X$b *x ^X X.b\\c /p/ Xb12 foo_bXr x? XX\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/a{2}/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b Xb a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(a|b)+/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}X X X-X ]x[ $X X$X *x ^X X.X\\c /p/ X12 foo_Xr x? X\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/a|^b/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b XXb X-b ]x[ $X X$b *x ^X X.b\\c /p/ Xb12 foo_bXr x? XX\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(a)\\1/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b Xb a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/x?/Y/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "YaY{Y2Y}YbY YaYaYbY YaY-YbY Y]Y[Y Y$YaY YaY$YbY Y*Y Y^YaY YaY.YbY\\YcY Y/YpY/Y YaYbY1Y2Y YfYoYoY_YbYaYrY Y?Y YaYaY\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/\\{/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "aX2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/a{,2}/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/[0-9]{2}$/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(^| )a/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}bXabX-b ]x[ $aX$b *x ^aX.b\\c /p/Xb12 foo_bar x?Xa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/a+?/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "X{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/()/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "Xa{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/a{2}b|aab/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b X a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/\\$/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]x[ Xa a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/^*/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "",
  "stderr": "sed: -e expression #1, char 7: Invalid preceding regular expression\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/(\\.|-)/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab aXb ]x[ $a a$b *x ^a aXb\\c /p/ ab12 foo_bar x? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/x{1}/X/g"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "a{2}b aab a-b ]X[ $a a$b *X ^a a.b\\c /p/ ab12 foo_bar X? aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-E",
   "s/{/X/"
  ],
  "stdin": "a{2}b aab a-b ]x[ $a a$b *x ^a a.b\\c /p/ ab12 foo_bar x? aa\n",
  "stdout": "",
  "stderr": "sed: -e expression #1, char 6: Invalid preceding regular expression\n",
  "status": 1
 },
 {
  "argv": [
   "sed",
   "$!N;s/[\\n]/X/"
  ],
  "stdin": "a\nb\n",
  "stdout": "aXb\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "-n",
   "/a\\{2\\}/p"
  ],
  "stdin": "aa\na\n",
  "stdout": "aa\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/x/[\\0]/"
  ],
  "stdin": "axb\n",
  "stdout": "a[x]b\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a/\\cA/"
  ],
  "stdin": "a\n",
  "stdout": "\u0001\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a/\\d065\\o101\\x41/"
  ],
  "stdin": "a\n",
  "stdout": "AAA\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\x61/X/"
  ],
  "stdin": "a\n",
  "stdout": "X\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/a/\\U&x\\Ey/"
  ],
  "stdin": "a\n",
  "stdout": "AXy\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/\\(a\\)\\(b\\)/\\u\\1\\U\\2c/"
  ],
  "stdin": "ab\n",
  "stdout": "ABC\n",
  "stderr": "",
  "status": 0
 },
 {
  "argv": [
   "sed",
   "s/.*/\\L\\uHELLO wORLD/"
  ],
  "stdin": "x\n",
  "stdout": "Hello world\n",
  "stderr": "",
  "status": 0
 }
];

const runCase = (fs: Vfs, argv: string[], stdin: Uint8Array, env: Record<string, string>) => runTable(fs, ROOT, argv, stdin, env);
const makeFs = (): Promise<Vfs> => makeTableFs(ROOT, TREE);

describe('sed match GNU', () => {
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
