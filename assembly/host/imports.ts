// Synchronous imports from the host ("kernel" side, src/abi/imports.ts implements them).
// Contract: none of them throws; each returns an integer status (< 0 is -ERR_*).
// Asynchronous work (file open/close, directory listing, spawning a command, timers, parsing
// with file access) goes through submit(): the task that asked blocks until the host answers
// with reply_alloc()/reply() between two run() calls.

/** Milliseconds from an arbitrary origin (performance.now()). */
@external("host", "now")
export declare function host_now(): f64;

/** Write len bytes at ptr to host handle h (stdout, stderr, a file opened for writing).
 *  Returns bytes taken (always len on success) or -ERR_*. Never blocks: the host buffers. */
@external("host", "write")
export declare function host_write(h: i32, ptr: usize, len: i32): i32;

/** Read up to cap bytes from host handle h into ptr. Returns the count, 0 at end of file,
 *  -ERR_AGAIN when the host has no bytes ready yet (submit OP_FILL for h and wait), or -ERR_*. */
@external("host", "read")
export declare function host_read(h: i32, ptr: usize, cap: i32): i32;

/** Queue an asynchronous request (record format: see OP_* in abi/layout.ts). Returns its id (> 0).
 *  The answer arrives later through the exports reply_alloc(id, len) and reply(id, status). */
@external("host", "submit")
export declare function host_submit(ptr: usize, len: i32): i32;

/** Parse source text (PARSE_SCRIPT or PARSE_ARITH) synchronously into a node table written at
 *  out (at most cap bytes; node addresses are absolute). Returns:
 *    > 0 and <= cap : bytes written; the root node address is the i32 at out
 *    > cap          : nothing written; call again with a buffer of at least that many bytes
 *    < 0            : syntax error; a message of -ret bytes (cut to cap) is written at out */
@external("host", "parse")
export declare function host_parse(kind: i32, src: usize, srcLen: i32, out: usize, cap: i32): i32;

/** Debug and fault messages (UTF-8), shown by the host in its debug log. */
@external("host", "log")
export declare function host_log(ptr: usize, len: i32): void;

/** Match a POSIX extended regular expression (bash [[ =~ ]]) against text, using the host's
 *  regex engine. Writes up to cap/8 (start, end) UTF-16 index pairs at out: group 0 is the whole
 *  match, unmatched groups are (-1, -1). Returns the number of pairs (groups + 1) on a match,
 *  -1 when there is no match, -2 when the pattern is invalid. Strings are UTF-8. */
@external("host", "regex")
export declare function host_regex(pat: usize, patLen: i32, text: usize, textLen: i32, out: usize, cap: i32): i32;
