// Redirections applied by the executor core compared with bash 5.2 (recorded from `bash -c` in a
// directory holding the harness files): files, appends, fd duplication and closing, &>, noclobber,
// here-documents and here-strings, redirections on compound commands, exec.
import { describe, expect, it } from 'vitest';
import { runCase, type Case } from './executor-harness.js';

const cases: Case[] = [
  ["echo hi > o.txt; cat o.txt", "hi\n", "", 0],
  ["echo a >> o.txt; echo b >> o.txt; cat o.txt", "a\nb\n", "", 0],
  ["cat < a.txt", "alpha\nbeta\n", "", 0],
  ["cat < nofile; echo $?", "1\n", "bash: line 1: nofile: No such file or directory\n", 0],
  ["echo x > nodir/f; echo $?", "1\n", "bash: line 1: nodir/f: No such file or directory\n", 0],
  ["echo err 1>&2", "", "err\n", 0],
  ["{ echo out; echo err >&2; } 2>&1 | cat", "out\nerr\n", "", 0],
  ["{ echo out; echo err >&2; } 2>/dev/null", "out\n", "", 0],
  ["echo abc 2>&1 >/dev/null", "", "", 0],
  ["ls nofile 2>&1 | cat", "ls: cannot access 'nofile': No such file or directory\n", "", 0],
  ["cat nofile 2>/dev/null; echo $?", "1\n", "", 0],
  ["echo a > o.txt; set -C; echo b > o.txt; echo $?; echo c >| o.txt; cat o.txt", "1\nc\n", "bash: line 1: o.txt: cannot overwrite existing file\n", 0],
  ["{ echo a; echo b; } > g.txt; cat g.txt", "a\nb\n", "", 0],
  ["for i in 1 2; do echo $i; done > f.txt; cat f.txt", "1\n2\n", "", 0],
  ["while read l; do echo \"L:$l\"; done < a.txt", "L:alpha\nL:beta\n", "", 0],
  ["if true; then echo in-if; fi > h.txt; cat h.txt", "in-if\n", "", 0],
  ["echo both &> b.txt; cat b.txt", "both\n", "", 0],
  ["{ echo o; echo e >&2; } &> b.txt; cat b.txt", "o\ne\n", "", 0],
  ["cat <<< \"here string\"", "here string\n", "", 0],
  ["cat <<EOF\nhello $HOME\nEOF", "hello /home/user\n", "", 0],
  ["cat <<'EOF'\nraw $HOME\nEOF", "raw $HOME\n", "", 0],
  ["cat <<-EOF\n\\ttabbed\nEOF", "\\ttabbed\n", "", 0],
  ["exec > e.txt; echo hidden; exec >&2; cat e.txt", "", "hidden\n", 0],
  ["exec 3> three.txt; echo via3 >&3; exec 3>&-; cat three.txt", "via3\n", "", 0],
  ["echo x >&5; echo $?", "1\n", "bash: line 1: 5: Bad file descriptor\n", 0],
  ["echo x 3>&1 1>&2 2>&3 | cat", "", "x\n", 0],
  ["cat 0< a.txt", "alpha\nbeta\n", "", 0],
  ["read -r first < a.txt; echo $first", "alpha\n", "", 0],
  ["x=$(cat a.txt); echo \"$x\"", "alpha\nbeta\n", "", 0],
  ["echo hi > \"sp ace.txt\"; cat \"sp ace.txt\"", "hi\n", "", 0],
  ["echo x > ''; echo $?", "1\n", "bash: line 1: : No such file or directory\n", 0]
];

describe('executor redirections match bash', () => {
  for (const [script, stdout, stderr, status] of cases) {
    it(script, async () => {
      const r = await runCase(script);
      expect(r).toEqual({ stdout, stderr, status });
    });
  }
});
