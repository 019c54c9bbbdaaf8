// awk values: numbers, strings, "strnum" input data (compared numerically when it looks like a
// number) and the uninitialised value (undefined: both "" and 0).
import { looksNumeric, strToNum } from './format.js';

export class StrNum {
  private n: number | undefined;
  private isN: boolean | undefined;
  constructor(readonly s: string) {}
  get num(): number { return this.n ??= strToNum(this.s); }
  get isNum(): boolean { return this.isN ??= looksNumeric(this.s); }
}

export type V = number | string | StrNum | undefined;
export type AwkArray = Map<string, V>;
export type Cell = V | AwkArray;

export class AwkError extends Error {}
/** An error reported as is (no "run time error" decoration), e.g. an input file that cannot be opened. */
export class AwkFatal extends AwkError {}

export function toNum(v: V): number {
  if (typeof v === 'number') return v;
  if (v === undefined) return 0;
  if (typeof v === 'string') return strToNum(v);
  return v.num;
}

export function toBool(v: V): boolean {
  if (typeof v === 'number') return v !== 0;
  if (v === undefined) return false;
  if (typeof v === 'string') return v !== '';
  return v.isNum ? v.num !== 0 : v.s !== '';
}

export function isNumish(v: V): boolean {
  return typeof v === 'number' || v === undefined || (v instanceof StrNum && v.isNum);
}
