// getopts optstring name [arg…]: one option per call, state in OPTIND plus the position inside
// a group of letters (-bc), which is kept in the shell and forgotten when OPTIND is changed.
import { Task } from '../core/task';
import { isName } from '../exec/util';

export function builtinGetopts(t: Task, argv: Array<string>): i32 {
  if (argv.length < 3) {
    t.error('getopts: usage: getopts optstring name [arg ...]');
    return 2;
  }
  const spec = unchecked(argv[1]);
  const name = unchecked(argv[2]);
  if (!isName(name)) { t.error("getopts: `" + name + "': not a valid identifier"); return 1; }
  const args = argv.length > 3 ? argv.slice(3) : t.shell.positional;
  const silent = spec.startsWith(':');
  const oi = t.shell.get('OPTIND');
  let optind = oi != null ? I32.parseInt(oi) : 1;
  if (optind < 1) optind = 1;
  let ch = t.shell.optInd == optind ? t.shell.optChar : 0;
  if (optind > args.length) return endOpts(t, name, optind);
  const arg = unchecked(args[optind - 1]);
  if (ch == 0) {
    if (arg == '--') return endOpts(t, name, optind + 1);
    if (!arg.startsWith('-') || arg == '-') return endOpts(t, name, optind);
    ch = 1;
  }
  const c = arg.charAt(ch);
  ch++;
  const at = c == ':' ? -1 : spec.indexOf(c);
  if (at < 0) {
    if (silent) t.shell.set('OPTARG', c);
    else { t.out(2, 'bash: illegal option -- ' + c + '\n'); t.shell.unset('OPTARG'); }
    t.shell.set(name, '?');
    advance(t, arg, optind, ch);
    return 0;
  }
  const wantsArg = at + 1 < spec.length && spec.charAt(at + 1) == ':';
  if (wantsArg) {
    if (ch < arg.length) {
      t.shell.set('OPTARG', arg.substring(ch));
      setInd(t, optind + 1, 0);
    } else if (optind < args.length) {
      t.shell.set('OPTARG', unchecked(args[optind]));
      setInd(t, optind + 2, 0);
    } else {
      if (silent) { t.shell.set('OPTARG', c); t.shell.set(name, ':'); }
      else { t.out(2, 'bash: option requires an argument -- ' + c + '\n'); t.shell.unset('OPTARG'); t.shell.set(name, '?'); }
      setInd(t, optind + 1, 0);
      return 0;
    }
  } else {
    t.shell.unset('OPTARG');
    advance(t, arg, optind, ch);
  }
  t.shell.set(name, c);
  return 0;
}

function advance(t: Task, arg: string, optind: i32, ch: i32): void {
  if (ch >= arg.length) setInd(t, optind + 1, 0); else setInd(t, optind, ch);
}

function setInd(t: Task, optind: i32, ch: i32): void {
  t.shell.set('OPTIND', optind.toString());
  t.shell.optInd = optind;
  t.shell.optChar = ch;
}

function endOpts(t: Task, name: string, optind: i32): i32 {
  setInd(t, optind, 0);
  t.shell.set(name, '?');
  return 1;
}
