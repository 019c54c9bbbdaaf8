// Word expansion: the entry points the executor core calls.
//
//   expandArgs    LIST of WORD -> argv fields (tilde, parameters, $(…), $((…)), IFS splitting,
//                 pathname expansion, quote removal)
//   expandString  one WORD -> one string, no splitting or globbing
//   expandPattern one WORD -> pattern text where quoted characters are backslash-escaped
//
// All return null when r.blocked (the core obtains the answer and reruns) or t.failStatus is set
// (the message was printed). Asynchronous answers are taken from the Replay in a fixed order, and
// side effects that must not repeat ($((…)), $RANDOM) are memoised in it (see core/replay.ts).
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { kindOf, field, fieldStr, listLen, listItem } from '../core/nodes';
import {
  K_WORD, K_LIT, K_SQ, K_DQ, K_PARAM, K_CMDSUB, K_ARITH, K_ARITH_DYN, K_TILDE, K_PROCSUB,
} from '../abi/layout';
import { FieldBuilder, ESC_GLOB, ESC_REGEX } from './fields';
import { expandParam } from './param';
import { globField } from './glob';
import { hasGlobChars, unescapePattern } from '../pattern/index';
import { memoArith, memoArithText } from './memo';

/** Exit status of the last command substitution consumed by expansion (for `x=$(false)`). */
export let lastSubstStatus: i32 = -1;
export function resetSubstStatus(): void { lastSubstStatus = -1; }

/** Full expansion of a LIST of WORD nodes into argv fields. null = blocked (r.blocked) or failed (t.failStatus). */
export function expandArgs(t: Task, words: i32, r: Replay): Array<string> | null {
  const out: Array<string> = [];
  const n = listLen(words);
  for (let i = 0; i < n; i++) {
    if (!expandWordFields(t, listItem(words, i), r, out)) return null;
  }
  return out;
}

/** Full expansion of one WORD, fields appended to out. false = blocked or failed. */
export function expandWordFields(t: Task, word: i32, r: Replay, out: Array<string>): bool {
  const opts = t.shell.opts;
  const fb = new FieldBuilder(true, t.shell.get('IFS'));
  if (!expandWordInto(t, word, r, fb, false)) return false;
  return finishFields(t, fb, r, out);
}

/** End a word built in fb: its fields, pathname-expanded, appended to out. */
export function finishFields(t: Task, fb: FieldBuilder, r: Replay, out: Array<string>): bool {
  const opts = t.shell.opts;
  fb.finish();
  for (let f = 0; f < fb.texts.length; f++) {
    const text = unchecked(fb.texts[f]);
    const pat = unchecked(fb.pats[f]);
    if (opts.noglob || !hasGlobChars(pat, opts.extglob)) { out.push(text); continue; }
    const matches = globField(t, pat, r);
    if (matches == null) return false;
    if (matches.length == 0) {
      if (opts.failglob) { t.error('no match: ' + text); t.fail(1); return false; }
      if (opts.nullglob) continue;
      out.push(text);
      continue;
    }
    for (let m = 0; m < matches.length; m++) out.push(unchecked(matches[m]));
  }
  return true;
}

/** One WORD without field splitting or globbing (assignments, redirect targets, here-docs, case subject). */
export function expandString(t: Task, word: i32, r: Replay): string | null {
  if (word == 0) return '';
  const fb = new FieldBuilder(false, t.shell.get('IFS'));
  if (!expandWordInto(t, word, r, fb, false)) return null;
  return fb.joined();
}

/** One WORD as a pattern: quoted characters come back backslash-escaped (case, [[ == ]]). */
export function expandPattern(t: Task, word: i32, r: Replay): string | null {
  if (word == 0) return '';
  const fb = new FieldBuilder(false, t.shell.get('IFS'));
  if (!expandWordInto(t, word, r, fb, false)) return null;
  return fb.joinedPat();
}

/** One WORD as an ERE for [[ =~ ]]: quoted characters come back regex-escaped. */
export function expandRegex(t: Task, word: i32, r: Replay): string | null {
  if (word == 0) return '';
  const fb = new FieldBuilder(false, t.shell.get('IFS'));
  fb.esc = ESC_REGEX;
  if (!expandWordInto(t, word, r, fb, false)) return null;
  return fb.joinedPat();
}

/** A WORD that is itself a pattern made literal (helper for callers holding plain text). */
export function literalOfPattern(p: string): string { return unescapePattern(p); }

/** Expand the parts of a WORD (or DQ) into fb. false = blocked or failed. */
export function expandWordInto(t: Task, word: i32, r: Replay, fb: FieldBuilder, inDQ: bool): bool {
  const n = listLen(word);
  for (let i = 0; i < n; i++) {
    const part = listItem(word, i);
    if (!expandPart(t, part, r, fb, inDQ)) return false;
  }
  return true;
}

export function expandPart(t: Task, part: i32, r: Replay, fb: FieldBuilder, inDQ: bool): bool {
  const k = kindOf(part);
  switch (k) {
    case K_LIT: {
      if (inDQ) fb.addQuoted(fieldStr(part, 1)); else fb.addLit(fieldStr(part, 1));
      return true;
    }
    case K_SQ: { fb.addQuoted(fieldStr(part, 1)); return true; }
    case K_DQ: {
      // "" makes an empty field, but "$@" with no parameters makes none.
      const savedEmpty = fb.emptyAt;
      const adds = fb.quotedAdds;
      fb.emptyAt = false;
      if (!expandWordInto(t, part, r, fb, true)) return false;
      if (!(fb.emptyAt && fb.quotedAdds == adds)) fb.markQuoted();
      fb.emptyAt = savedEmpty;
      return true;
    }
    case K_WORD: return expandWordInto(t, part, r, fb, inDQ);
    case K_PARAM: return expandParam(t, part, r, fb, inDQ);
    case K_CMDSUB: {
      const a = r.take();
      if (a == null) { r.needCmdSub(part); return false; }
      lastSubstStatus = a.status;
      fb.addExpansion(stripNewlines(a.text), inDQ);
      return true;
    }
    case K_PROCSUB: {
      const a = r.take();
      if (a == null) { r.needCmdSub(part); return false; }
      fb.addExpansion(a.text, inDQ);
      return true;
    }
    case K_ARITH: {
      const v = memoArith(t, field(part, 1), r);
      if (v == null) return false;
      fb.addExpansion(v, inDQ);
      return true;
    }
    case K_ARITH_DYN: {
      const src = expandString(t, field(part, 1), r);
      if (src == null) return false;
      const v = memoArithText(t, src, r);
      if (v == null) return false;
      fb.addExpansion(v, inDQ);
      return true;
    }
    case K_TILDE: { fb.addQuoted(tildeValue(t, fieldStr(part, 1))); return true; }
  }
  return true;
}

function stripNewlines(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) == 10) e--;
  return e == s.length ? s : s.substring(0, e);
}

function tildeValue(t: Task, user: string): string {
  if (user.length == 0) {
    const h = t.shell.get('HOME');
    return h != null ? h : '~';
  }
  if (user == '+') { const p = t.shell.get('PWD'); return p != null ? p : t.shell.cwd; }
  if (user == '-') { const p = t.shell.get('OLDPWD'); return p != null ? p : '~-'; }
  return '~' + user;
}

export { ESC_GLOB };
