// The builtin table: name -> id, and the dispatcher. Builtins return their exit status, or -1
// when r.blocked (the core serves the need and calls them again with the same argv).
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { VF_EXPORT, VF_READONLY } from '../core/shell';
import { builtinEcho } from './echo';
import { builtinPrintf } from './printf';
import { builtinTest } from './test';
import { builtinTrue, builtinFalse, builtinPwd, builtinWait } from './simple-builtins';
import { builtinCd } from './cd';
import { builtinExit, builtinReturn, builtinLoopCtl } from './exit';
import { builtinExportLike, builtinUnset, builtinDeclare, builtinShift } from './vars';
import { builtinSet, builtinShopt } from './set';
import { builtinRead } from './read';
import { builtinMapfile } from './mapfile';
import { builtinEval, builtinSource, builtinExec } from './eval';
import { builtinCommandV, builtinType, builtinHash } from './command';
import { builtinTrap } from './trap';
import { builtinGetopts } from './getopts';
import { builtinLet } from './let';
import { builtinUlimit, builtinUmask } from './ulimit';

const B_TRUE = 0, B_FALSE = 1, B_COLON = 2, B_PWD = 3, B_CD = 4, B_EXIT = 5, B_RETURN = 6, B_BREAK = 7,
  B_CONTINUE = 8, B_EXPORT = 9, B_READONLY = 10, B_UNSET = 11, B_LOCAL = 12, B_DECLARE = 13, B_SHIFT = 14,
  B_SET = 15, B_SHOPT = 16, B_READ = 17, B_EVAL = 18, B_SOURCE = 19, B_EXEC = 20, B_WAIT = 21, B_ECHO = 22,
  B_PRINTF = 23, B_TEST = 24, B_COMMAND_V = 25, B_TYPE = 26, B_TRAP = 27, B_LET = 28, B_HASH = 29, B_UMASK = 30, B_GETOPTS = 31, B_ULIMIT = 32;
const B_MAPFILE = 100;
/** `builtin` itself: the core peels `builtin NAME` before dispatch; only bare `builtin` lands here. */
const B_BUILTIN = 101;

const table = new Map<string, i32>();
function init(): void {
  table.set('true', B_TRUE); table.set('false', B_FALSE); table.set(':', B_COLON); table.set('pwd', B_PWD);
  table.set('cd', B_CD); table.set('exit', B_EXIT); table.set('return', B_RETURN); table.set('break', B_BREAK);
  table.set('continue', B_CONTINUE); table.set('export', B_EXPORT); table.set('readonly', B_READONLY);
  table.set('unset', B_UNSET); table.set('local', B_LOCAL); table.set('declare', B_DECLARE);
  table.set('typeset', B_DECLARE); table.set('shift', B_SHIFT); table.set('set', B_SET); table.set('shopt', B_SHOPT);
  table.set('read', B_READ); table.set('eval', B_EVAL); table.set('source', B_SOURCE); table.set('.', B_SOURCE);
  table.set('exec', B_EXEC); table.set('wait', B_WAIT); table.set('echo', B_ECHO); table.set('printf', B_PRINTF);
  table.set('test', B_TEST); table.set('[', B_TEST); table.set('type', B_TYPE);
  table.set('trap', B_TRAP); table.set('let', B_LET); table.set('hash', B_HASH); table.set('umask', B_UMASK);
  table.set('getopts', B_GETOPTS); table.set('ulimit', B_ULIMIT); table.set('builtin', B_BUILTIN);
  table.set('mapfile', B_MAPFILE); table.set('readarray', B_MAPFILE);
}

/** Builtin id of name, or -1. */
export function findBuiltin(name: string): i32 {
  if (table.size == 0) init();
  return table.has(name) ? table.get(name) : -1;
}

/** Id used for `command -v/-V` (the core routes plain `command name …` itself). */
export const BUILTIN_COMMAND_V: i32 = B_COMMAND_V;

export function runBuiltin(id: i32, t: Task, argv: Array<string>, r: Replay): i32 {
  switch (id) {
    case B_TRUE: case B_COLON: return builtinTrue(t, argv);
    case B_FALSE: return builtinFalse(t, argv);
    case B_PWD: return builtinPwd(t, argv);
    case B_CD: return builtinCd(t, argv, r);
    case B_EXIT: return builtinExit(t, argv);
    case B_RETURN: return builtinReturn(t, argv);
    case B_BREAK: return builtinLoopCtl(t, argv, true);
    case B_CONTINUE: return builtinLoopCtl(t, argv, false);
    case B_EXPORT: return builtinExportLike(t, argv, VF_EXPORT);
    case B_READONLY: return builtinExportLike(t, argv, VF_READONLY);
    case B_UNSET: return builtinUnset(t, argv);
    case B_LOCAL: return builtinDeclare(t, argv, true);
    case B_DECLARE: return builtinDeclare(t, argv, false);
    case B_SHIFT: return builtinShift(t, argv);
    case B_SET: return builtinSet(t, argv);
    case B_SHOPT: return builtinShopt(t, argv);
    case B_READ: return builtinRead(t, argv, r);
    case B_EVAL: return builtinEval(t, argv);
    case B_SOURCE: return builtinSource(t, argv, r);
    case B_EXEC: return builtinExec(t, argv);
    case B_WAIT: return builtinWait(t, argv);
    case B_ECHO: return builtinEcho(t, argv);
    case B_PRINTF: return builtinPrintf(t, argv, r);
    case B_TEST: return builtinTest(t, argv, r);
    case B_COMMAND_V: return builtinCommandV(t, argv);
    case B_TYPE: return builtinType(t, argv);
    case B_TRAP: return builtinTrap(t, argv);
    case B_LET: return builtinLet(t, argv, r);
    case B_HASH: return builtinHash(t, argv);
    case B_UMASK: return builtinUmask(t, argv);
    case B_ULIMIT: return builtinUlimit(t, argv);
    case B_BUILTIN: return 0;
    case B_GETOPTS: return builtinGetopts(t, argv);
    case B_MAPFILE: return builtinMapfile(t, argv, r);
  }
  return 0;
}
