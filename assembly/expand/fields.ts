// FieldBuilder: collects the pieces of expanded words into fields, applying IFS field splitting
// to unquoted expansion results, and keeping beside each field's text its "pattern" form, where
// quoted characters are backslash-escaped (so pathname expansion, case and [[ == ]] treat them
// literally).
//
// Splitting rules (bash): IFS whitespace (space/tab/newline in IFS) around a delimiter is
// ignored and runs of it delimit once; each non-whitespace IFS character delimits, so two in a
// row make an empty field; leading/trailing IFS whitespace makes no field. An unquoted expansion
// that produces nothing adds no field; a quoted empty string ("" or '') makes an empty field.

/** How quoted characters are escaped in the pattern form. */
export const ESC_GLOB: i32 = 0;
export const ESC_REGEX: i32 = 1;

export class FieldBuilder {
  /** Split unquoted expansions with IFS. */
  split: bool = false;
  /** Argument context ("$@" makes several fields); false = one string ($@ joins with spaces). */
  argsMode: bool = false;
  ifs: string = ' \t\n';
  esc: i32 = ESC_GLOB;

  texts: Array<string> = [];
  pats: Array<string> = [];
  cur: string = '';
  pat: string = '';
  /** The current field exists even if empty (quoted text or a non-IFS character was added). */
  have: bool = false;
 /** Unquoted literals are split too (inside the word of ${x:-word}). */
  litSplit: bool = false;
  /** A quoted "$@" (or ${@…}) expanded to no elements inside the current double quotes. */
  emptyAt: bool = false;
  /** Count of quoted additions (tells whether a "…" produced anything besides an empty "$@"). */
  quotedAdds: i32 = 0;
  /** The last delimiter was IFS whitespace ending a field: a following non-whitespace IFS char merges with it. */
  merge: bool = false;

  constructor(argsMode: bool, ifs: string | null) {
    this.argsMode = argsMode;
    this.ifs = ifs == null ? ' \t\n' : ifs;
    this.split = argsMode && this.ifs.length > 0;
  }

  /** Unquoted literal text from the script (glob characters active, never split). */
  addLit(text: string): void {
    if (this.litSplit && this.split) { this.addExpansion(text, false); return; }
    this.cur += text; this.pat += text;
    if (text.length > 0) this.have = true;
    this.merge = false;
  }

  /** Quoted text: literal, not split; makes the field exist even when empty. */
  addQuoted(text: string): void {
    this.quotedAdds++;
    this.cur += text;
    this.pat += this.esc == ESC_GLOB ? escapeGlob(text) : escapeRegex(text);
    this.have = true;
    this.merge = false;
  }

  /** Mark the field as existing (an empty quoted part like ""). */
  markQuoted(): void { this.have = true; this.merge = false; }

  /** An expansion result: quoted (inside "…") or unquoted (split with IFS, glob-active). */
  addExpansion(text: string, quoted: bool): void {
    if (quoted) { this.addQuoted(text); return; }
    if (!this.split) { this.addLit(text); return; }
    const ifs = this.ifs;
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isIn(ifs, c)) continue;
      if (i > start) { this.appendRaw(text.substring(start, i)); }
      start = i + 1;
      if (c == 32 || c == 9 || c == 10) {
        if (this.have) { this.emit(); this.merge = true; }
      } else {
        if (this.have) this.emit();
        else if (!this.merge) this.emit();
        this.merge = false;
      }
    }
    if (start < n) this.appendRaw(text.substring(start));
  }

  private appendRaw(s: string): void { this.cur += s; this.pat += s; this.have = true; this.merge = false; }

  /** A hard boundary between two fields ("$@" elements): the current field is ended as is. */
  breakField(): void { this.emit(); }

  /** A soft boundary (unquoted $@ elements): ends the current field only if it exists. */
  softBreak(): void { if (this.have) this.emit(); this.merge = false; }

  emit(): void {
    this.texts.push(this.cur); this.pats.push(this.pat);
    this.cur = ''; this.pat = ''; this.have = false;
  }

  /** End of a word. */
  finish(): void { if (this.have) this.emit(); this.merge = false; }

  /** Everything so far as one string (non-argument contexts). */
  joined(): string {
    let s = '';
    for (let i = 0; i < this.texts.length; i++) { if (i > 0) s += ' '; s += unchecked(this.texts[i]); }
    if (this.have || this.texts.length == 0) { if (this.texts.length > 0) s += ' '; s += this.cur; }
    return s;
  }
  joinedPat(): string {
    let s = '';
    for (let i = 0; i < this.pats.length; i++) { if (i > 0) s += ' '; s += unchecked(this.pats[i]); }
    if (this.have || this.pats.length == 0) { if (this.pats.length > 0) s += ' '; s += this.pat; }
    return s;
  }
}

@inline function isIn(s: string, c: i32): bool {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) == c) return true;
  return false;
}

const GLOB_SPECIAL = '\\*?[]()|@!+^-&';
const REGEX_SPECIAL = '\\.[]()*+?{}|^$';

export function escapeGlob(s: string): string { return escapeSet(s, GLOB_SPECIAL); }
export function escapeRegex(s: string): string { return escapeSet(s, REGEX_SPECIAL); }

function escapeSet(s: string, set: string): string {
  let need = false;
  for (let i = 0; i < s.length; i++) if (isIn(set, s.charCodeAt(i))) { need = true; break; }
  if (!need) return s;
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (isIn(set, s.charCodeAt(i))) { out += s.substring(start, i) + '\\'; start = i; }
  }
  return out + s.substring(start);
}
