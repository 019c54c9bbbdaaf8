// The session state blob crosses into and out of the executor on every call: it must round-trip
// every kind of record, including empty values and non-ASCII text.
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, newState, cloneState, VAR_EXPORT, VAR_READONLY } from '../../src/session/state.js';

describe('session state codec', () => {
  it('round-trips cwd, vars, functions, positional args and options', () => {
    const s = newState('/home/über', { HOME: '/home/user', EMPTY: '' });
    s.vars.set('ro', { value: 'x y\nz', flags: VAR_READONLY });
    s.funcs.set('f', 'f() { echo "hi ✓"; }');
    s.positional = ['a b', '', 'c'];
    s.options.add('errexit');
    s.lastStatus = 3;
    s.argv0 = 'myscript';
    const back = decodeState(encodeState(s));
    expect(back).toEqual(s);
    expect(back.vars.get('EMPTY')).toEqual({ value: '', flags: VAR_EXPORT });
  });
  it('clones deeply', () => {
    const s = newState('/', { A: '1' });
    const c = cloneState(s);
    c.vars.get('A')!.value = '2';
    c.positional.push('x');
    expect(s.vars.get('A')!.value).toBe('1');
    expect(s.positional).toEqual([]);
  });
});
