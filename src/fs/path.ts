// Path helpers for the virtual filesystem. Purely lexical: no symlink resolution.
// Every result is absolute, with no '.', '..', '//' or trailing '/', and '/' for the root.

/** Normalise a path lexically. A relative path is taken relative to '/'. '..' at the root stays at the root. */
export function normalizePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') { out.pop(); continue; }
    out.push(part);
  }
  return '/' + out.join('/');
}

/** Resolve p against the absolute directory cwd (p wins when absolute). */
export function resolvePath(cwd: string, p: string): string {
  if (p.startsWith('/')) return normalizePath(p);
  return normalizePath(cwd + '/' + p);
}

/** Parent directory of a normalised absolute path ('/' for '/'). */
export function dirname(p: string): string {
  const n = normalizePath(p);
  const i = n.lastIndexOf('/');
  return i <= 0 ? '/' : n.slice(0, i);
}

/** Last component of a normalised absolute path ('' for '/'). */
export function basename(p: string): string {
  const n = normalizePath(p);
  return n.slice(n.lastIndexOf('/') + 1);
}

/** Join parts and normalise; the result is absolute. */
export function joinPath(...parts: string[]): string {
  return normalizePath(parts.join('/'));
}

/** Split a normalised absolute path into its components ([] for '/'). */
export function splitPath(p: string): string[] {
  return p === '/' ? [] : p.slice(1).split('/');
}
