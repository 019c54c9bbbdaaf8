// Reading the node table (layouts: K_* doc in abi/layout.ts). A node is an address in linear
// memory; word 0 is its kind. These helpers are the only code that knows the word encoding.

@inline export function kindOf(node: i32): i32 { return load<i32>(<usize>node); }
/** Word i of a node (i = 1 is the first field after the kind). */
@inline export function field(node: i32, i: i32): i32 { return load<i32>(<usize>node + (<usize>i << 2)); }

/** Number of items of a LIST (or WORD/DQ: their n field); 0 for node 0. */
@inline export function listLen(list: i32): i32 { return list == 0 ? 0 : load<i32>(<usize>list + 4); }
/** Item i of a LIST / WORD / DQ. */
@inline export function listItem(list: i32, i: i32): i32 { return load<i32>(<usize>list + 8 + (<usize>i << 2)); }

const strCache = new Map<i32, string>();

/** Forget the decoded strings (keyed by address: memory reused by the next run would hit stale ones). */
export function nodesReset(): void { strCache.clear(); }

/** The string whose (ptr, len) pair starts at word i of node. Decoded once, then cached. */
export function fieldStr(node: i32, i: i32): string {
  const at = node + (i << 2);
  if (strCache.has(at)) return strCache.get(at);
  const ptr = load<i32>(<usize>at);
  const len = load<i32>(<usize>at + 4);
  const s = len == 0 ? '' : String.UTF8.decodeUnsafe(<usize>ptr, <usize>len);
  strCache.set(at, s);
  return s;
}

/** i64 literal of an A_NUM node. */
export function numValue(node: i32): i64 {
  return (<i64>load<u32>(<usize>node + 4)) | (<i64>load<i32>(<usize>node + 8) << 32);
}
