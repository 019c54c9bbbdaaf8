// A session's lasting shell state, kept in TypeScript so that a dead executor instance cannot
// lose it. It travels into and out of each run as a blob (payload encoding, records below;
// the executor side is load_state/dump_state in assembly/).
//   "C" cwd | "S" status | "Z" argv0 | "V" name value flags | "A" name flags n k1 v1 … kn vn (arrays)
//   | "F" name source | "P" n args… | "O" option
import { encodePayload, decodePayload } from '../abi/codec.js';

/** VF_* bits (assembly/core/shell.ts) plus UNSET for a declared variable with no value. */
export const VAR_EXPORT = 1;
export const VAR_READONLY = 2;
export const VAR_INTEGER = 4;
export const VAR_UNSET = 256;
/** An associative array (with an "A" record). */
export const VAR_ASSOC = 512;

/** A scalar has value; an array (indexed or VAR_ASSOC) has elems: [key, value] in order, value ''. */
export interface VarEntry { value: string; flags: number; elems?: Array<[string, string]> }

export interface ShellState {
  cwd: string;
  vars: Map<string, VarEntry>;
  /** Function name → its definition's source text. */
  funcs: Map<string, string>;
  positional: string[];
  options: Set<string>;
  lastStatus: number;
  argv0: string;
}

export function newState(cwd: string, env: Record<string, string>): ShellState {
  const vars = new Map<string, VarEntry>();
  for (const [k, v] of Object.entries(env)) vars.set(k, { value: v, flags: VAR_EXPORT });
  return { cwd, vars, funcs: new Map(), positional: [], options: new Set(), lastStatus: 0, argv0: 'bash' };
}

export function cloneState(s: ShellState): ShellState {
  const vars = new Map<string, VarEntry>();
  for (const [k, v] of s.vars) vars.set(k, v.elems ? { ...v, elems: v.elems.map((e): [string, string] => [e[0], e[1]]) } : { ...v });
  return {
    cwd: s.cwd, vars, funcs: new Map(s.funcs), positional: [...s.positional], options: new Set(s.options),
    lastStatus: s.lastStatus, argv0: s.argv0,
  };
}

export function encodeState(s: ShellState): Uint8Array {
  const strs: string[] = ['C', s.cwd, 'S', String(s.lastStatus), 'Z', s.argv0];
  for (const [name, v] of s.vars) {
    if (v.elems) {
      strs.push('A', name, String(v.flags), String(v.elems.length));
      for (const [k, val] of v.elems) strs.push(k, val);
    } else strs.push('V', name, v.value, String(v.flags));
  }
  for (const [name, src] of s.funcs) strs.push('F', name, src);
  strs.push('P', String(s.positional.length), ...s.positional);
  for (const o of s.options) strs.push('O', o);
  return encodePayload([], strs);
}

export function decodeState(blob: Uint8Array): ShellState {
  const { strs } = decodePayload(blob);
  const s: ShellState = { cwd: '/', vars: new Map(), funcs: new Map(), positional: [], options: new Set(), lastStatus: 0, argv0: 'bash' };
  let i = 0;
  const next = (): string => strs[i++] ?? '';
  while (i < strs.length) {
    const tag = next();
    switch (tag) {
      case 'C': s.cwd = next(); break;
      case 'S': s.lastStatus = Number(next()) | 0; break;
      case 'Z': s.argv0 = next(); break;
      case 'V': { const name = next(); const value = next(); s.vars.set(name, { value, flags: Number(next()) | 0 }); break; }
      case 'A': {
        const name = next();
        const flags = Number(next()) | 0;
        const n = Number(next()) | 0;
        const elems: Array<[string, string]> = [];
        for (let k = 0; k < n; k++) { const key = next(); elems.push([key, next()]); }
        s.vars.set(name, { value: '', flags, elems });
        break;
      }
      case 'F': { const name = next(); s.funcs.set(name, next()); break; }
      case 'P': { const n = Number(next()) | 0; s.positional = strs.slice(i, i + n); i += n; break; }
      case 'O': s.options.add(next()); break;
      default: throw new Error(`bad state record ${JSON.stringify(tag)}`);
    }
  }
  return s;
}

/** Exported, set variables as an environment record. */
export function exportedEnv(s: ShellState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of s.vars) if ((v.flags & VAR_EXPORT) && !(v.flags & VAR_UNSET) && !v.elems) env[k] = v.value;
  return env;
}
