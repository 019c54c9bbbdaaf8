// STUB (to be replaced): shell pattern matching (fnmatch with bash extensions).
/** Whole-string match of a shell pattern (backslash escapes a character). */
export function patternMatch(pattern: string, text: string, extglob: bool, nocase: bool): bool { return pattern == text; }
