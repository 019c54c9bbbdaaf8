// [[ =~ ]] runs POSIX EREs on the host's RegExp: bracket classes and braces must mean what they
// mean in POSIX, and group offsets must come back for BASH_REMATCH.
import { describe, expect, it } from 'vitest';
import { ereToJs, matchEre } from '../../src/exec/ere.js';

describe('POSIX ERE on the host', () => {
  it('translates character classes inside brackets', () => {
    expect(matchEre('^[[:digit:]]+$', '12345')).toEqual([0, 5]);
    expect(matchEre('^[[:alpha:]_][[:alnum:]_]*$', '_a1')).toEqual([0, 3]);
    expect(matchEre('[[:space:]]', 'nospace')).toBe(-1);
  });
  it('keeps a leading ] literal and backslashes literal inside brackets', () => {
    expect(matchEre('[]a]+', 'x]a]y')).toEqual([1, 4]);
    expect(matchEre('[\\]', 'a\\b')).toEqual([1, 2]);
  });
  it('returns group spans, -1 for groups that did not take part', () => {
    expect(matchEre('(a)|(b)', 'b')).toEqual([0, 1, -1, -1, 0, 1]);
    expect(matchEre('([0-9]+)-([0-9]+)', 'v 10-20')).toEqual([2, 7, 2, 4, 5, 7]);
  });
  it('reports invalid patterns as -2', () => {
    expect(matchEre('a(b', 'ab')).toBe(-2);
    expect(matchEre('[[:nope:]]', 'x')).toBe(-2);
  });
  it('treats a brace that is not an interval as a literal', () => {
    expect(ereToJs('a{')).toBe('a\\{');
    expect(matchEre('x{2}', 'xx')).toEqual([0, 2]);
  });
});
