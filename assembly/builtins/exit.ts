// exit, return, break, continue: control transfers recorded in the task (t.ctl), never thrown.
import { Task, CTL_EXIT, CTL_RETURN, CTL_BREAK, CTL_CONTINUE } from '../core/task';
import { parseIntStr } from '../exec/util';

export function builtinExit(t: Task, argv: Array<string>): i32 {
  if (argv.length > 2) { t.error('exit: too many arguments'); t.ctl = CTL_EXIT; return 1; }
  let s = t.shell.lastStatus;
  if (argv.length == 2) {
    const p = parseIntStr(unchecked(argv[1]));
    if (!p.ok) { t.error('exit: ' + unchecked(argv[1]) + ': numeric argument required'); s = 2; }
    else s = <i32>(p.value & 255);
  }
  t.ctl = CTL_EXIT;
  return s;
}

export function builtinReturn(t: Task, argv: Array<string>): i32 {
  if (t.funcDepth == 0 && t.sourceDepth == 0) {
    t.error("return: can only `return' from a function or sourced script");
    return 2;
  }
  let s = t.shell.lastStatus;
  if (argv.length >= 2) {
    const p = parseIntStr(unchecked(argv[1]));
    if (!p.ok) { t.error('return: ' + unchecked(argv[1]) + ': numeric argument required'); s = 2; }
    else s = <i32>(p.value & 255);
  }
  t.ctl = CTL_RETURN;
  return s;
}

/** break [n] / continue [n]. */
export function builtinLoopCtl(t: Task, argv: Array<string>, isBreak: bool): i32 {
  const name = isBreak ? 'break' : 'continue';
  let n: i64 = 1;
  if (argv.length >= 2) {
    const p = parseIntStr(unchecked(argv[1]));
    if (!p.ok) { t.error(name + ': ' + unchecked(argv[1]) + ': numeric argument required'); return 1; }
    if (p.value < 1) { t.error(name + ': ' + unchecked(argv[1]) + ': loop count out of range'); return 1; }
    n = p.value;
  }
  if (t.loopDepth == 0) {
    t.error(name + ": only meaningful in a `for', `while', or `until' loop");
    return 0;
  }
  if (n > <i64>t.loopDepth) n = <i64>t.loopDepth;
  t.ctl = isBreak ? CTL_BREAK : CTL_CONTINUE;
  t.ctlCount = <i32>n;
  return 0;
}
