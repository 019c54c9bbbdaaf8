// Executor behaviours matched to bash 5.2 (expected output recorded from `bash -c` in a
// directory holding the harness files): expansion errors that abandon the rest of the current
// top-level line, the "((: " prefix of arithmetic command errors, …
import { describe, expect, it } from 'vitest';
import { runCase, type Case } from './executor-harness.js';

/** An expansion error ($((1/0)), ${x:1:-9}, a bad substitution, a failglob miss) abandons the
 *  rest of the top-level line with status 1; the next line runs. ((…)) errors do not. */
const lineCases: Case[] = [
  ["echo a; echo $((1/0)); echo b\necho c","a\nc\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["( echo $((1/0)); echo in ); echo out\necho n","out\nn\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["x=abc; echo ${x:1:-9}; echo b\necho c","c\n","bash: line 1: -9: substring expression < 0\n",0],
  ["echo ${x!}; echo b\necho c","c\n","bash: line 1: ${x!}: bad substitution\n",0],
  ["shopt -s failglob; echo *.zz; echo b\necho c","c\n","bash: line 1: no match: *.zz\n",0],
  ["for ((i=0;i<1/0;i++)); do :; done; echo b\necho c","b\nc\n","bash: line 1: ((: i<1/0: division by 0 (error token is \"0\")\n",0],
  ["((1/0)); echo b $?\necho c","b 1\nc\n","bash: line 1: ((: 1/0: division by 0 (error token is \"0\")\n",0],
  ["if true; then\n echo $((1/0))\nfi; echo skip\necho c","c\n","bash: line 2: 1/0: division by 0 (error token is \"0\")\n",0],
  ["echo $(echo $((1/0)); echo in) ; echo b\necho c","\nb\nc\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["x=$((1/0)) ; echo b\necho c","c\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["echo $((1/0)) | cat; echo b\necho c","b\nc\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["[[ 1 -eq 1/0 ]]; echo b $?\necho c","b 1\nc\n","bash: line 1: [[: 1/0: division by 0 (error token is \"0\")\n",0],
  ["case $((1/0)) in *) echo in;; esac; echo b\necho c","c\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["echo hi > $((1/0)); echo b\necho c","c\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["for i in a $((1/0)); do echo $i; done; echo b\necho c","c\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["eval 'echo $((1/0)); echo in'; echo b $?","b 1\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["set -e; echo $((1/0)); echo x\necho y","y\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["echo $((1/0))","","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",1],
];

describe('expansion errors abandon the current line as in bash', () => {
  for (const [script, stdout, stderr, status] of lineCases) {
    it(script, async () => {
      const r = await runCase(script);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
    });
  }
  it('inside a function the caller\'s line is abandoned too', async () => {
    // bash names the function's source "environment" here; only the flow is compared
    const r = await runCase('f() { echo $((1/0)); echo in; }\nf; echo after\necho next');
    expect(r.stdout).toBe('next\n');
    expect(r.stderr).toContain('1/0: division by 0 (error token is "0")');
    expect(r.status).toBe(0);
  });
});
