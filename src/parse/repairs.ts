// Known wrong trees from tree-sitter-bash that parse without an ERROR node. A top-level statement
// matching one of these is re-lowered by the fallback parser (fallback.ts) instead.

import type { Node } from 'web-tree-sitter';

/** True when the tree for this top-level statement must not be trusted. Cheap checks only:
 *  the source text of the statement decides (no deep tree walk). */
export function needsFallback(n: Node, src: string): boolean {
  const a = n.startIndex;
  const b = n.endIndex;
  // `time`, `coproc` and `!` before `{`: tree-sitter reads them as plain words
  const text = src.slice(a, Math.min(b, a + 8));
  if (text.startsWith('time') || text.startsWith('coproc') || text.startsWith('!')) return true;
  const t = n.type;
  if (t === 'pipeline' || t === 'list' || t === 'negated_command') {
    // `! a | b` and negations inside lists: the tree negates the wrong thing
    if (src.slice(a, b).indexOf('!') >= 0) return true;
  }
  // here-documents: the tree nests following pipelines/lists inside the redirect node
  if (src.indexOf('<<', a) >= 0 && src.indexOf('<<', a) < b) return true;
  return false;
}
