// Executor behaviours matched to bash 5.2 (expected output recorded from `bash -c` in a
// directory holding the harness files): expansion errors that abandon the rest of the current
// top-level line, the "((: " prefix of arithmetic command errors, …
import { describe, expect, it } from 'vitest';
import { runCase, type Case } from './executor-harness.js';

/** An expansion error ($((1/0)), ${x:1:-9}, a bad substitution, a failglob miss) abandons the
 *  rest of the top-level line with status 1; the next line runs. ((…)) errors do not. */
const lineCases: Case[] = [
  ["echo a; echo $((1/0)); echo b\necho c","a\nc\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["( echo $((1/0)); echo in ); echo out\necho n","out\nn\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["x=abc; echo ${x:1:-9}; echo b\necho c","c\n","bash: line 1: -9: substring expression < 0\n",0],
  ["echo ${x!}; echo b\necho c","c\n","bash: line 1: ${x!}: bad substitution\n",0],
  ["shopt -s failglob; echo *.zz; echo b\necho c","c\n","bash: line 1: no match: *.zz\n",0],
  ["for ((i=0;i<1/0;i++)); do :; done; echo b\necho c","b\nc\n","bash: line 1: ((: i<1/0: division by 0 (error token is \"0\")\n",0],
  ["((1/0)); echo b $?\necho c","b 1\nc\n","bash: line 1: ((: 1/0: division by 0 (error token is \"0\")\n",0],
  ["if true; then\n echo $((1/0))\nfi; echo skip\necho c","c\n","bash: line 2: 1/0: division by 0 (error token is \"0\")\n",0],
  ["echo $(echo $((1/0)); echo in) ; echo b\necho c","\nb\nc\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["x=$((1/0)) ; echo b\necho c","c\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["echo $((1/0)) | cat; echo b\necho c","b\nc\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["[[ 1 -eq 1/0 ]]; echo b $?\necho c","b 1\nc\n","bash: line 1: [[: 1/0: division by 0 (error token is \"0\")\n",0],
  ["case $((1/0)) in *) echo in;; esac; echo b\necho c","c\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["echo hi > $((1/0)); echo b\necho c","c\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["for i in a $((1/0)); do echo $i; done; echo b\necho c","c\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["eval 'echo $((1/0)); echo in'; echo b $?","b 1\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["set -e; echo $((1/0)); echo x\necho y","y\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["echo $((1/0))","","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",1],
];

describe('expansion errors abandon the current line as in bash', () => {
  for (const [script, stdout, stderr, status] of lineCases) {
    it(script, async () => {
      const r = await runCase(script);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
    });
  }
  it('inside a function the caller\'s line is abandoned too', async () => {
    // bash names the function's source "environment" here; only the flow is compared
    const r = await runCase('f() { echo $((1/0)); echo in; }\nf; echo after\necho next');
    expect(r.stdout).toBe('next\n');
    expect(r.stderr).toContain('1/0: division by 0 (error token is "0")');
    expect(r.status).toBe(0);
  });
});

/** command -v / type / hash for commands the host runs (described as /usr/bin/NAME, as bash
 *  finds them on a usual system). */
const commandCases: Case[] = [
  ["hash; hash foo; echo st=$?; ls >/dev/null; ls >/dev/null; cat </dev/null; hash; hash -r; hash","hash: hash table empty\nst=1\nhits\tcommand\n   2\t/usr/bin/ls\n   1\t/usr/bin/cat\nhash: hash table empty\n","bash: line 1: hash: foo: not found\n",0],
  ["command -V ls; hash ls; command -V ls; type ls; type -t ls; type -p ls; hash -t ls; hash -d ls; hash -t ls","ls is /usr/bin/ls\nls is hashed (/usr/bin/ls)\nls is hashed (/usr/bin/ls)\nfile\n/usr/bin/ls\n/usr/bin/ls\n","bash: line 1: hash: ls: not found\n",1],
  ["type -t nope; echo $?; type -p nope; echo $?; command -v nope; echo $?; command -V nope; echo $?","1\n1\n1\n1\n","bash: line 1: command: nope: not found\n",0],
  ["f(){ :; }; type -t f if echo ls; command -v f if echo ls cat; type -f echo","function\nkeyword\nbuiltin\nfile\nf\nif\necho\n/usr/bin/ls\n/usr/bin/cat\necho is a shell builtin\n","",0],
  ["command -v grep >/dev/null && echo has grep; type -P sed","has grep\n/usr/bin/sed\n","",0],
];

describe('command -v, type and hash know the host commands', () => {
  for (const [script, stdout, stderr, status] of commandCases) {
    it(script, async () => {
      const r = await runCase(script);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
    });
  }
});

/** PIPESTATUS after every pipeline (simple commands, ((…)), [[…]] and subshells count as one), $_. */
const statusCases: Case[] = [
  ["true | false | (exit 3); echo ${PIPESTATUS[@]}; false; echo ${PIPESTATUS[@]}; if false; then :; fi; echo ${PIPESTATUS[@]}; (exit 4); echo ${PIPESTATUS[@]}","0 1 3\n1\n1\n4\n","",0],
  ["! false | true; echo ${PIPESTATUS[@]}; x=1; echo ${PIPESTATUS[@]}; false; x=$(exit 5); echo ${PIPESTATUS[@]}; for i in 1; do false; done; echo ${PIPESTATUS[@]}","1 0\n0\n5\n1\n","",0],
  ["false | true; echo \"${PIPESTATUS[*]}\" ${#PIPESTATUS[@]}; ((0)); echo ${PIPESTATUS[@]}; [[ a = b ]] | true; echo ${PIPESTATUS[@]}; f() { return 7; }; f; echo ${PIPESTATUS[@]}","1 0 2\n1\n1 0\n7\n","",0],
  ["{ false; }; echo ${PIPESTATUS[@]}; true && false; echo ${PIPESTATUS[@]}; false || true | false; echo ${PIPESTATUS[@]}; echo $((1/0)) | cat; echo ${PIPESTATUS[@]}","1\n1\n0 1\n1 0\n","bash: line 1: 1/0: division by 0 (error token is \"0\")\n",0],
  ["x=abc; echo ${x:1:-9}\necho ${PIPESTATUS[@]}","1\n","bash: line 1: -9: substring expression < 0\n",0],
  ["echo a b; echo $_; x=1; echo \"[$_]\"; ls sub >/dev/null; echo $_; (echo $_); echo \"$_\" | cat; for i in 1 2; do :; done; echo $_","a b\nb\n[]\nsub\nsub\nsub\n:\n","",0],
];

describe('PIPESTATUS and $_ as in bash', () => {
  for (const [script, stdout, stderr, status] of statusCases) {
    it(script, async () => {
      const r = await runCase(script);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
    });
  }
});

/** Variables bash sets up (recorded as root; UID/EUID are 1000 here by design), $BASHPID in
 *  subshells, readonly assignment errors abandoning the line, set -a. */
const varCases: Case[] = [
  ["echo $UID $EUID $OSTYPE $BASH_VERSION ${BASH_VERSINFO[@]:0:5}; UID=3; echo same\necho $?; declare -p UID EUID; echo ${BASH_VERSINFO[0]}","1000 1000 linux-gnu 5.2.15(1)-release 5 2 15 1 release\n1\ndeclare -ir UID=\"1000\"\ndeclare -ir EUID=\"1000\"\n5\n","bash: line 1: UID: readonly variable\n",0],
  ["echo $(( BASHPID == $$ )); (echo $(( BASHPID == $$ ))); echo $(( BASHPID == $$ )) | cat; [[ $BASHPID$(echo $BASHPID) ]] && echo ok","1\n0\n0\nok\n","",0],
  ["readonly r=1; r=3; echo same\necho next $?","next 1\n","bash: line 1: r: readonly variable\n",0],
  ["readonly r=1; for r in 1; do echo in; done; echo same $?","same 1\n","bash: line 1: r: readonly variable\n",0],
  ["set -a; x=1; for y in 2; do :; done; env | grep -E '^(x|y)=' | sort; set +a; w=1; env | grep -c ^w=","x=1\ny=2\n0\n","",1],
  ["echo ${OSTYPE} ${HOSTTYPE} ${MACHTYPE}; [[ $PPID =~ ^[0-9]+$ ]] && echo ppid; [[ $SHLVL -ge 1 ]] && echo shlvl; PPID=1; echo $?","linux-gnu x86_64 x86_64-pc-linux-gnu\nppid\nshlvl\n","bash: line 1: PPID: readonly variable\n",1],
];

describe('shell variables and allexport as in bash', () => {
  for (const [script, stdout, stderr, status] of varCases) {
    it(script, async () => {
      const r = await runCase(script);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
    });
  }
});

/** builtin NAME, ulimit (values of a usual Linux box; -i -n -u differ per machine), umask with
 *  symbolic modes, shopt / set -o listings and errors (extglob: on here by design, off in bash -c). */
const builtinCases: Case[] = [
  ["builtin echo hi; builtin foo; echo $?; f() { echo f; }; builtin f; echo $?; echo() { printf 'fn\\n'; }; echo x; builtin echo real; unset -f echo; builtin; echo $?","hi\n1\n1\nfn\nreal\n0\n","bash: line 1: builtin: foo: not a shell builtin\nbash: line 1: builtin: f: not a shell builtin\n",0],
  ["ulimit -n 100; ulimit -n; ulimit -n abc; echo $?; ulimit -z; echo $?; ulimit; ulimit -c 0; ulimit -v unlimited; echo $?; ulimit -s; ulimit -t -f","100\n1\n2\nunlimited\n0\n8192\ncpu time                   (seconds, -t) unlimited\nfile size                   (blocks, -f) unlimited\n","bash: line 1: ulimit: abc: invalid number\nbash: line 1: ulimit: -z: invalid option\nulimit: usage: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]\n",0],
  ["ulimit -a | grep -v -e '(-[inu])'","real-time non-blocking time  (microseconds, -R) unlimited\ncore file size              (blocks, -c) 0\ndata seg size               (kbytes, -d) unlimited\nscheduling priority                 (-e) 0\nfile size                   (blocks, -f) unlimited\nmax locked memory           (kbytes, -l) 8192\nmax memory size             (kbytes, -m) unlimited\npipe size                (512 bytes, -p) 8\nPOSIX message queues         (bytes, -q) 819200\nreal-time priority                  (-r) 0\nstack size                  (kbytes, -s) 8192\ncpu time                   (seconds, -t) unlimited\nvirtual memory              (kbytes, -v) unlimited\nfile locks                          (-x) unlimited\n","",0],
  ["umask; umask 027; umask; umask -S; umask 999; echo $?; umask u=rwx,g=rx,o=; umask -p; umask g+w; umask; umask -S 022; umask a-w; umask; umask -S; umask -p -S","0022\n0027\nu=rwx,g=rx,o=\n1\numask 0027\n0007\nu=rwx,g=rx,o=rx\n0222\nu=rx,g=rx,o=rx\numask -S u=rx,g=rx,o=rx\n","bash: line 1: umask: 999: octal number out of range\n",0],
  ["shopt -s nullglob; shopt -p nullglob; shopt -q nullglob; echo $?; shopt -u foo bar; echo $?; shopt -p foo; echo $?; shopt -x; echo $?; shopt -s -o errexit; shopt -o errexit; set -o foo; echo $?; set +o errexit; shopt -s","shopt -s nullglob\n0\n1\n1\n2\nerrexit        \ton\n","bash: line 1: shopt: foo: invalid shell option name\nbash: line 1: shopt: bar: invalid shell option name\nbash: line 1: shopt: foo: invalid shell option name\nbash: line 1: shopt: -x: invalid option\nshopt: usage: shopt [-pqsu] [-o] [optname ...]\nbash: line 1: set: foo: invalid option name\n",2],
  ["shopt -u | head -3; shopt -pu | head -2; shopt -q nullglob dotglob; echo $?; shopt nullglob dotglob; echo $?","autocd         \toff\nassoc_expand_once\toff\ncdable_vars    \toff\nshopt -u autocd\nshopt -u assoc_expand_once\n1\nnullglob       \toff\ndotglob        \toff\n1\n","",0],
  ["shopt | grep -v extglob; shopt -p | grep -v extglob; set -o; set +o","autocd         \toff\nassoc_expand_once\toff\ncdable_vars    \toff\ncdspell        \toff\ncheckhash      \toff\ncheckjobs      \toff\ncheckwinsize   \ton\ncmdhist        \ton\ncompat31       \toff\ncompat32       \toff\ncompat40       \toff\ncompat41       \toff\ncompat42       \toff\ncompat43       \toff\ncompat44       \toff\ncomplete_fullquote\ton\ndirexpand      \toff\ndirspell       \toff\ndotglob        \toff\nexecfail       \toff\nexpand_aliases \toff\nextdebug       \toff\nextquote       \ton\nfailglob       \toff\nforce_fignore  \ton\nglobasciiranges\ton\nglobskipdots   \ton\nglobstar       \toff\ngnu_errfmt     \toff\nhistappend     \toff\nhistreedit     \toff\nhistverify     \toff\nhostcomplete   \ton\nhuponexit      \toff\ninherit_errexit\toff\ninteractive_comments\ton\nlastpipe       \toff\nlithist        \toff\nlocalvar_inherit\toff\nlocalvar_unset \toff\nlogin_shell    \toff\nmailwarn       \toff\nno_empty_cmd_completion\toff\nnocaseglob     \toff\nnocasematch    \toff\nnoexpand_translation\toff\nnullglob       \toff\npatsub_replacement\ton\nprogcomp       \ton\nprogcomp_alias \toff\npromptvars     \ton\nrestricted_shell\toff\nshift_verbose  \toff\nsourcepath     \ton\nvarredir_close \toff\nxpg_echo       \toff\nshopt -u autocd\nshopt -u assoc_expand_once\nshopt -u cdable_vars\nshopt -u cdspell\nshopt -u checkhash\nshopt -u checkjobs\nshopt -s checkwinsize\nshopt -s cmdhist\nshopt -u compat31\nshopt -u compat32\nshopt -u compat40\nshopt -u compat41\nshopt -u compat42\nshopt -u compat43\nshopt -u compat44\nshopt -s complete_fullquote\nshopt -u direxpand\nshopt -u dirspell\nshopt -u dotglob\nshopt -u execfail\nshopt -u expand_aliases\nshopt -u extdebug\nshopt -s extquote\nshopt -u failglob\nshopt -s force_fignore\nshopt -s globasciiranges\nshopt -s globskipdots\nshopt -u globstar\nshopt -u gnu_errfmt\nshopt -u histappend\nshopt -u histreedit\nshopt -u histverify\nshopt -s hostcomplete\nshopt -u huponexit\nshopt -u inherit_errexit\nshopt -s interactive_comments\nshopt -u lastpipe\nshopt -u lithist\nshopt -u localvar_inherit\nshopt -u localvar_unset\nshopt -u login_shell\nshopt -u mailwarn\nshopt -u no_empty_cmd_completion\nshopt -u nocaseglob\nshopt -u nocasematch\nshopt -u noexpand_translation\nshopt -u nullglob\nshopt -s patsub_replacement\nshopt -s progcomp\nshopt -u progcomp_alias\nshopt -s promptvars\nshopt -u restricted_shell\nshopt -u shift_verbose\nshopt -s sourcepath\nshopt -u varredir_close\nshopt -u xpg_echo\nallexport      \toff\nbraceexpand    \ton\nemacs          \toff\nerrexit        \toff\nerrtrace       \toff\nfunctrace      \toff\nhashall        \ton\nhistexpand     \toff\nhistory        \toff\nignoreeof      \toff\ninteractive-comments\ton\nkeyword        \toff\nmonitor        \toff\nnoclobber      \toff\nnoexec         \toff\nnoglob         \toff\nnolog          \toff\nnotify         \toff\nnounset        \toff\nonecmd         \toff\nphysical       \toff\npipefail       \toff\nposix          \toff\nprivileged     \toff\nverbose        \toff\nvi             \toff\nxtrace         \toff\nset +o allexport\nset -o braceexpand\nset +o emacs\nset +o errexit\nset +o errtrace\nset +o functrace\nset -o hashall\nset +o histexpand\nset +o history\nset +o ignoreeof\nset -o interactive-comments\nset +o keyword\nset +o monitor\nset +o noclobber\nset +o noexec\nset +o noglob\nset +o nolog\nset +o notify\nset +o nounset\nset +o onecmd\nset +o physical\nset +o pipefail\nset +o posix\nset +o privileged\nset +o verbose\nset +o vi\nset +o xtrace\n","",0],
];

describe('builtin, ulimit, umask, shopt and set -o as in bash', () => {
  for (const [script, stdout, stderr, status] of builtinCases) {
    it(script, async () => {
      const r = await runCase(script);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
    });
  }
});

/** Redirections: {var} fds from 10 up and {var}>&- closing them, fds past 9, >&word as &>word,
 *  the targets that make an "ambiguous redirect" (split or globbed into other than one word). */
const redirCases: Case[] = [
  ["exec {fd}>f1; echo $fd; echo hi >&$fd; exec {fd}>&-; cat f1; exec {a}>f2 {b}>f3; echo $a $b; exec {a}>&- {b}>&-; echo x >&$a; echo $?; rm -f f1 f2 f3","10\nhi\n10 11\n1\n","bash: line 1: $a: Bad file descriptor\n",0],
  ["echo x 20>f4; echo y >&20; echo st=$?; { echo z >&20; } 20>f5; cat f5; exec 11>&1; echo eleven >&11; exec 11>&-; echo again >&11; echo $?; rm -f f4 f5","x\nst=1\nz\neleven\n1\n","bash: line 1: 20: Bad file descriptor\nbash: line 1: 11: Bad file descriptor\n",0],
  ["echo out >&f7; cat f7; ls nope >&f8; cat f8; rm -f f7 f8","out\nls: cannot access 'nope': No such file or directory\n","",0],
  ["v='a b'; echo x > $v; echo $?; echo x > $nope; echo $?; echo x >&$nope; echo $?; echo hi > ${v}; echo hi > \"$@\"; set -- a b; echo > \"$@\"; echo x > \"$v\"; cat \"a b\"; rm \"a b\"","1\n1\n1\nx\n","bash: line 1: $v: ambiguous redirect\nbash: line 1: $nope: ambiguous redirect\nbash: line 1: $nope: ambiguous redirect\nbash: line 1: ${v}: ambiguous redirect\nbash: line 1: \"$@\": ambiguous redirect\nbash: line 1: \"$@\": ambiguous redirect\n",0],
  ["touch q1.z q2.z; echo x > *.z; echo $?; echo y > *.nomatch; cat '*.nomatch'; rm q1.z q2.z '*.nomatch'","1\ny\n","bash: line 1: *.z: ambiguous redirect\n",0],
  ["a=21; echo >&$a; echo >&\"$a\"; echo x >&20","","bash: line 1: $a: Bad file descriptor\nbash: line 1: \"$a\": Bad file descriptor\nbash: line 1: 20: Bad file descriptor\n",1],
];

describe('redirections as in bash', () => {
  for (const [script, stdout, stderr, status] of redirCases) {
    it(script, async () => {
      const r = await runCase(script);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
    });
  }
});
