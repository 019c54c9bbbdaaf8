// Arithmetic expansion: scripts run through Workspace.execute() compared with GNU bash 5.2's output
// (expected stdout, stderr and exit status recorded from /bin/bash -c in a directory holding
// the same files as the MemoryFs tree below).
import { describe, expect, it } from 'vitest';
import { runScript } from './expand-harness.js';

const cases: Array<[string, string, string, number]> = [
  ["echo $((1+2*3)) $((2**10)) $((7/2)) $((-7%3)) $((1<<4)) $((0x10)) $((010)) $((2#101)) $((36#z)) $((64#_))", "7 1024 3 -1 16 16 8 5 35 63\n", "", 0],
  ["echo $((i++)) $((i++)) $i $((++i)) $((--i)) $((i--)) $i", "0 1 2 3 2 2 1\n", "", 0],
  ["echo $(( 2**63 )) $(( 2**64 )) $(( -9223372036854775807 - 1 )) $(( 9223372036854775807 + 1 ))", "-9223372036854775808 0 -9223372036854775808 -9223372036854775808\n", "", 0],
  ["echo $(( 5 > 3 && 0 || 2 )) $(( 1 ? 2 : 3 )) $(( 0 ? 2 : 0 ? 4 : 5 )) $(( ~5 )) $(( !0 )) $(( -(-3) ))", "1 2 5 -6 1 3\n", "", 0],
  ["x=3; (( x += 2, x *= 3 )); echo $x $((x -= 1)) $((x /= 2)) $((x %= 5)) $((x <<= 2)) $((x >>= 1)) $((x |= 8)) $((x &= 12)) $((x ^= 5))", "15 14 7 2 8 4 12 12 9\n", "", 0],
  ["x=5; y=x; echo $((y + 1)) $((y * y))", "6 25\n", "", 0],
  ["x='1 + 2'; echo $((x * 2)) $(($x * 2))", "6 5\n", "", 0],
  ["echo $((3 > 2 ? 10 : 20)) $((10 % 3)) $((-10 / 3)) $((3 == 3)) $((3 != 3)) $((2 <= 1)) $((1 & 3 | 4 ^ 1))", "10 1 -3 1 0 0 5\n", "", 0],
  ["echo $((1/0+3))", "", "bash: line 1: 1/0+3: division by 0 (error token is \"0+3\")\n", 1],
  ["x=0; echo $((5%x))", "", "bash: line 1: 5%x: division by 0 (error token is \"x\")\n", 1],
  ["x=a+; echo $((x))", "", "bash: line 1: a+: syntax error: operand expected (error token is \"+\")\n", 1],
  ["a=a; echo $((a))", "", "bash: line 1: a: expression recursion level exceeded (error token is \"a\")\n", 1],
  ["x=08; echo $((x))", "", "bash: line 1: 08: value too great for base (error token is \"08\")\n", 1],
  ["echo $((2**-1))", "", "bash: line 1: 2**-1: exponent less than 0 (error token is \"1\")\n", 1],
  ["echo $((u + 1)) $((u)) $((  ))", "1 0 0\n", "", 0],
  ["echo $(( 1 && 0 )) $(( 0 || 0 )); (( 0 )); echo $?; (( 5 )); echo $?", "0 0\n1\n0\n", "", 0],
  ["n=10; echo $(( n > 5 ? n * 2 : n ))", "20\n", "", 0],
  ["set -u; echo $((nope + 1)); echo after", "", "bash: line 1: nope: unbound variable\n", 127],
  ["x=7; echo $(( x++ + ++x )) $x", "16 9\n", "", 0],
  ["s=0; for ((i=0; i<5; i++)); do (( s += i )); done; echo $s", "10\n", "", 0],
  ["x=12; echo ${x:$((1)):1} $(( ${#x} * 3 ))", "2 6\n", "", 0],
  ["s=hello; echo ${s:1:2:3}", "", "bash: line 1: s: 2:3: syntax error in expression (error token is \":3\")\n", 1],
  ["echo ${s:1:2:3}", "\n", "", 0],
  ["x=abc; echo ${x:1:-3} end", "", "bash: line 1: -3: substring expression < 0\n", 1],
  ["s=hello; i=1; echo ${s:$i:2} ${s:i+1} ${s:${#s}-2}", "el llo lo\n", "", 0],
];

describe('Arithmetic expansion', () => {
  it.each(cases)('%s', async (script, stdout, stderr, status) => {
    const r = await runScript(script);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
  });
});
