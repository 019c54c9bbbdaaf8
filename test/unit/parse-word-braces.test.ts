// Brace expansion: results in bash's order. Expected strings recorded with `bash -c 'echo WORD'`
// (bash 5.2); echo drops the empty words an expansion like {,a} produces, so the test does too.
import { describe, expect, test } from 'vitest';
import { expandBraces } from '../../src/parse/word/index.js';

const ECHOED: [string, string][] = [
  ["{a,b,c}", "a b c"],
  ["a{b,c}d", "abd acd"],
  ["a{b,c}{d,e}", "abd abe acd ace"],
  ["{a,b}c{d,e}", "acd ace bcd bce"],
  ["{a,{b,c}d}", "a bd cd"],
  ["{{a,b},c}", "a b c"],
  ["{a,b{1..2}}", "a b1 b2"],
  ["{1..10}", "1 2 3 4 5 6 7 8 9 10"],
  ["{10..1}", "10 9 8 7 6 5 4 3 2 1"],
  ["{a..e}", "a b c d e"],
  ["{e..a}", "e d c b a"],
  ["{01..10}", "01 02 03 04 05 06 07 08 09 10"],
  ["{1..03}", "01 02 03"],
  ["{-01..3}", "-01 000 001 002 003"],
  ["{1..10..2}", "1 3 5 7 9"],
  ["{10..1..2}", "10 8 6 4 2"],
  ["{1..10..-2}", "1 3 5 7 9"],
  ["{1..10..3}", "1 4 7 10"],
  ["{9..-9..4}", "9 5 1 -3 -7"],
  ["{0..-3}", "0 -1 -2 -3"],
  ["{a..e..2}", "a c e"],
  ["{1..10..0}", "1 2 3 4 5 6 7 8 9 10"],
  ["{+1..3}", "1 2 3"],
  ["{1..3}{,x}", "1 1x 2 2x 3 3x"],
  ["{a,b}{1..2}", "a1 a2 b1 b2"],
  ["{1..5..2}{0,1}", "10 11 30 31 50 51"],
  ["x{,}y", "xy xy"],
  ["{,a}", "a"],
  ["{a,,b}", "a b"],
  ["{a,b}}", "a} b}"],
  ["a{b,c}}", "ab} ac}"],
  ["{{a,b}", "{a {b"],
  ["{a{b,c}", "{ab {ac"],
  ["{a}{b,c}", "{a}b {a}c"],
  ["{a{b,c}}", "{ab} {ac}"],
  ["{a,b}{c}", "a{c} b{c}"],
  ["x{}y", "x{}y"],
  ["{a}", "{a}"],
  ["{x..}", "{x..}"],
  ["{1..}", "{1..}"],
  ["{..3}", "{..3}"],
  ["{1..3..}", "{1..3..}"],
  ["{1..a}", "{1..a}"],
  ["{aa..c}", "{aa..c}"],
  ["{0x1..3}", "{0x1..3}"],
  ["{a,b", "{a,b"],
  ["{a,b}{", "a{ b{"],
  ["}{a,b}", "}a }b"],
  ["pre{1..3}post", "pre1post pre2post pre3post"],
  ["{2147483648..2147483650}", "2147483648 2147483649 2147483650"],
];

describe('brace expansion matches bash', () => {
  test.each(ECHOED)('%s', (text, want) => {
    expect(expandBraces(text).filter((w) => w !== '').join(' ')).toBe(want);
  });
});

describe('brace expansion leaves quoted and nested-expansion text alone', () => {
  test('quotes and escapes are kept in the resulting raw words', () => {
    expect(expandBraces('{a,"b,c"}')).toEqual(['a', '"b,c"']);
    expect(expandBraces("{a,'}'}")).toEqual(['a', "'}'"]);
    expect(expandBraces('{a\\,b,c}')).toEqual(['a\\,b', 'c']);
    expect(expandBraces('{a,\\}}')).toEqual(['a', '\\}']);
  });
  test('nothing expands inside quotes, after a backslash, or inside ${…} and $(…)', () => {
    expect(expandBraces('"{a,b}"')).toEqual(['"{a,b}"']);
    expect(expandBraces("'{1..3}'")).toEqual(["'{1..3}'"]);
    expect(expandBraces('\\{a,b}')).toEqual(['\\{a,b}']);
    expect(expandBraces('${x:-{a,b}}')).toEqual(['${x:-{a,b}}']);
    expect(expandBraces('$(echo {a,b})')).toEqual(['$(echo {a,b})']);
  });
  test('an expansion may contain ${…} and $(…) as alternatives', () => {
    expect(expandBraces('{a,${x:-b,c}}')).toEqual(['a', '${x:-b,c}']);
    expect(expandBraces('{a,$(echo b,c)}')).toEqual(['a', '$(echo b,c)']);
    expect(expandBraces('{a,`echo b,c`}')).toEqual(['a', '`echo b,c`']);
  });
  test('a one-element array when nothing expands', () => {
    expect(expandBraces('plain')).toEqual(['plain']);
  });
  test('letter ranges across punctuation escape the punctuation', () => {
    expect(expandBraces('{Y..b}')).toEqual(['Y', 'Z', '\\[', '\\\\', '\\]', '\\^', '\\_', '\\`', 'a', 'b']);
  });
  test('an expansion that would be enormous is left as written', () => {
    expect(expandBraces('{1..99999999}')).toEqual(['{1..99999999}']);
  });
});
