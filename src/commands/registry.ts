// The default command table: name → Command. The Workspace copies it and may add or replace
// entries; commands are looked up by argv[0].
import type { Command } from './types.js';
import { awk } from './awk/index.js';
import { basename } from './basename.js';
import { cp } from './cp.js';
import { cut } from './cut.js';
import { dirname } from './dirname.js';
import { find } from './find.js';
import { mv } from './mv.js';
import { sort } from './sort.js';
import { tr } from './tr.js';
import { uniq } from './uniq.js';
import { env, printenv } from './printenv.js';
import { cat } from './cat.js';
import { grep } from './grep.js';
import { head } from './head.js';
import { ls } from './ls.js';
import { mkdir } from './mkdir.js';
import { rm } from './rm.js';
import { seq } from './seq.js';
import { sed } from './sed.js';
import { sleep } from './sleep.js';
import { tail } from './tail.js';
import { tee } from './tee.js';
import { touch } from './touch.js';
import { wc } from './wc.js';
import { yes } from './yes.js';
import { tac } from './tac.js';
import { rev } from './rev.js';
import { nl } from './nl.js';
import { fold } from './fold.js';
import { expand, unexpand } from './expand.js';
import { comm } from './comm.js';
import { paste } from './paste.js';
import { join } from './join.js';
import { od } from './od.js';
import { expr } from './expr.js';
import { ln, readlink, realpath } from './links.js';
import { chmod } from './chmod.js';
import { date } from './date.js';
import { stat } from './stat.js';
import { whoami, hostname, uname, which } from './sysinfo.js';
import { md5sum, sha1sum, sha224sum, sha256sum, sha384sum, sha512sum, cksum, base64 } from './sums.js';
import { xargs } from './xargs.js';
import { timeout } from './timeout.js';

export const defaultCommands: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['cat', cat],
  ['awk', awk], ['gawk', awk], ['mawk', awk],
  ['basename', basename],
  ['cp', cp],
  ['cut', cut],
  ['dirname', dirname],
  ['env', env],
  ['find', find],
  ['mv', mv],
  ['printenv', printenv],
  ['sort', sort],
  ['tr', tr],
  ['uniq', uniq],
  ['grep', grep],
  ['egrep', grep],
  ['fgrep', grep],
  ['head', head],
  ['ls', ls],
  ['mkdir', mkdir],
  ['rm', rm],
  ['seq', seq],
  ['sed', sed],
  ['sleep', sleep],
  ['tail', tail],
  ['tee', tee],
  ['touch', touch],
  ['wc', wc],
  ['yes', yes],
  ['tac', tac],
  ['rev', rev],
  ['nl', nl],
  ['fold', fold],
  ['expand', expand],
  ['unexpand', unexpand],
  ['comm', comm],
  ['paste', paste],
  ['join', join],
  ['od', od],
  ['expr', expr],
  ['ln', ln],
  ['readlink', readlink],
  ['realpath', realpath],
  ['chmod', chmod],
  ['date', date],
  ['stat', stat],
  ['whoami', whoami],
  ['hostname', hostname],
  ['uname', uname],
  ['which', which],
  ['md5sum', md5sum],
  ['sha1sum', sha1sum],
  ['sha224sum', sha224sum],
  ['sha256sum', sha256sum],
  ['sha384sum', sha384sum],
  ['sha512sum', sha512sum],
  ['cksum', cksum],
  ['base64', base64],
  ['xargs', xargs],
  ['timeout', timeout],
]);
