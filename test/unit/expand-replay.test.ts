// Expansions that wait for command substitutions (side effects happen once): scripts run through Workspace.execute() compared with GNU bash 5.2's output
// (expected stdout, stderr and exit status recorded from /bin/bash -c in a directory holding
// the same files as the MemoryFs tree below).
import { describe, expect, it } from 'vitest';
import { runScript } from './expand-harness.js';

const cases: Array<[string, string, string, number]> = [
  ["i=0; echo $((i++)) $(echo x) $((i++)) $(echo y) $i; echo $i", "0 x 1 y 2\n2\n", "", 0],
  ["i=0; x=$((i+=5))$(echo -)$((i*=2)); echo $x $i", "5-10 10\n", "", 0],
  ["r=$RANDOM$(true)$RANDOM; [ ${#r} -ge 2 ] && echo ok", "ok\n", "", 0],
  ["echo ${1:=x}", "", "bash: line 1: $1: cannot assign in this way\n", 1],
  ["echo ${x:-$((j=3))} $j", "3 3\n", "", 0],
  ["f() { echo \"$#:$*\"; }; f \"$@\"; set -- a b; f \"${@}\" \"${@:1}\"", "0:\n4:a b a b\n", "", 0],
  ["echo $(echo $(echo nested)) \"$(echo \"in $(echo deep)\")\"", "nested in deep\n", "", 0],
  ["x=$(printf 'a\\nb\\n\\n'); echo \"[$x]\"", "[a\nb]\n", "", 0],
  ["echo \"$(exit 3)\" $?; x=$(exit 4); echo $?", " 3\n4\n", "", 0],
  ["set -- 'a b' c; x=\"$@\"; echo \"$x\"; y=$*; echo \"$y\"", "a b c\na b c\n", "", 0],
  ["unset x; echo ${x-u} ${x:-u}; x=; echo ${x-u}. ${x:-u}", "u u\n. u\n", "", 0],
  ["echo $((${#HOME} > 0))", "1\n", "", 0],
  ["i=0; echo $(( $(echo 2) + 1 )) $(echo x) $(( $(echo 3) * 2 )) $(echo y) $((i+=1)); echo $i", "3 x 6 y 1\n1\n", "", 0],
  ["i=0; echo $(( i + $(echo 5) )) $((i+=2)) $(echo z) $((i+=3)); echo $i", "5 2 z 5\n5\n", "", 0],
];

describe('Expansions that wait for command substitutions (side effects happen once)', () => {
  it.each(cases)('%s', async (script, stdout, stderr, status) => {
    const r = await runScript(script);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
  });
});
