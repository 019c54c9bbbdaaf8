// Pattern matching (case, [[ == ]], ${x#…} ${x/…}): scripts run through Workspace.execute() compared with GNU bash 5.2's output
// (expected stdout, stderr and exit status recorded from /bin/bash -c in a directory holding
// the same files as the MemoryFs tree below).
import { describe, expect, it } from 'vitest';
import { runScript } from './expand-harness.js';

const cases: Array<[string, string, string, number]> = [
  ["for s in abc a.txt .x '[x' 'a]' 'a-b' 'A1' ''; do case \"$s\" in *.txt) echo \"$s:txt\";; \\[*) echo \"$s:br\";; *]) echo \"$s:cb\";; ?-?) echo \"$s:dash\";; [[:upper:]][[:digit:]]) echo \"$s:cls\";; '') echo empty;; *) echo \"$s:other\";; esac; done", "abc:other\na.txt:txt\n.x:other\n[x:br\na]:cb\na-b:dash\nA1:cls\nempty\n", "", 0],
  ["for s in a b c d z '-' '!'; do case $s in [a-c]) echo \"$s in\";; [!a-c-]) echo \"$s not\";; *) echo \"$s else\";; esac; done", "a in\nb in\nc in\nd not\nz not\n- else\n! not\n", "", 0],
  ["for s in x1 x12 xa X1; do case $s in x[0-9]) echo \"$s one\";; x[0-9][0-9]) echo \"$s two\";; [xX]?) echo \"$s any\";; esac; done", "x1 one\nx12 two\nxa any\nX1 any\n", "", 0],
  ["[[ 'a*b' == a\\*b ]] && echo esc; [[ 'axb' == a\\*b ]] || echo noesc; [[ 'a*b' == 'a*'b ]] && echo q", "esc\nnoesc\nq\n", "", 0],
  ["[[ abc == @(abc|def) ]] && echo at; [[ abcabc == +(abc) ]] && echo plus; [[ '' == *(x) ]] && echo star; [[ ab == ?(a)b ]] && echo opt; [[ abc == !(abc) ]] || echo notnot", "at\nplus\nstar\nopt\nnotnot\n", "", 0],
  ["[[ foo.c == !(*.h) ]] && echo bang; [[ foo.h == !(*.h) ]] || echo bang2; [[ abab == *(ab|cd)ab ]] && echo mix", "bang\nbang2\nmix\n", "", 0],
  ["[[ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa == *a*a*a*a*a*a*a*a*a*a*a*b ]] || echo fast", "fast\n", "", 0],
  ["[[ 'x]' == x[]] ]] && echo rb; [[ 'x^' == x[\\^] ]] && echo caret; [[ é == ? ]] && echo uni; [[ ab == [[:alpha:]][[:alnum:]] ]] && echo cls2", "rb\ncaret\nuni\ncls2\n", "", 0],
  ["x=/usr/local/lib/libfoo.so.1.2; echo ${x##*/} ${x%.*} ${x%%.*} ${x#/*/} ${x##/*/} ${x%/lib*} ${x%%/lib*}", "libfoo.so.1.2 /usr/local/lib/libfoo.so.1 /usr/local/lib/libfoo local/lib/libfoo.so.1.2 libfoo.so.1.2 /usr/local/lib /usr/local\n", "", 0],
  ["x=aXbXc; echo ${x/X/-} ${x//X/-} ${x/#a/-} ${x/%c/-} ${x/#X/-} ${x//[[:upper:]]} ${x/X*/} ${x//?/_}", "a-bXc a-b-c -XbXc aXbX- aXbXc abc a _____\n", "", 0],
  ["x=Hello; echo ${x,,[HL]} ${x^^[el]} ${x,} ${x^^}", "hello HELLo hello HELLO\n", "", 0],
  ["s='a b'; x='a b c'; echo \"${x#\"$s\"}\" \"${x#$s}\"", " c  c\n", "", 0],
  ["x='a*b'; echo \"${x/\\*/+}\" \"${x/'*'/+}\" \"${x/[*]/+}\"", "a+b a+b a+b\n", "", 0],
  ["abc1=1; abc2=2; printf '<%s>' \"${!abc@}\" \"${!abc*}\" ${!abc@}; echo", "<abc1><abc2><abc1 abc2><abc1><abc2>\n", "", 0],
  ["x=abc; echo \"${x/b/\\&}\" ${x/b/\\\\&} \"${x/b/\"&\"}\" ${x/b/'&'} \"${x/b/&&}\"", "a&c a\\bc a&c a&c abbc\n", "", 0],
  ["x=q; printf '<%s>' \"${!x[@]}\" ${!x[*]} \"${!nope[@]}\"; echo", "<0><0>\n", "", 0],
];

describe('Pattern matching (case, [[ == ]], ${x#…} ${x/…})', () => {
  it.each(cases)('%s', async (script, stdout, stderr, status) => {
    const r = await runScript(script);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
  });
});
