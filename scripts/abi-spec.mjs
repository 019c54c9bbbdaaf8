// The one spec of the TypeScript <-> executor.wasm ABI.
// `node scripts/gen-abi.mjs` writes assembly/abi/layout.ts and src/abi/layout.ts from it;
// `node scripts/gen-abi.mjs --check` fails when either file is stale (run by `npm test`).
// Change a number here, never in the generated files.
//
// Every group becomes `export const <PREFIX><NAME> = value;` on both sides, plus (TS side only)
// a name table `<GROUP>_NAMES` for debugging dumps.

export const ABI_VERSION = 1;

export const groups = [
  {
    name: 'CB', prefix: 'CB_',
    doc: `Control block: i32 slots at byte offset CB_BASE in linear memory (below AssemblyScript's
memoryBase, so no static data or heap ever lands there). The host writes ABORT (with Atomics.store
when memory is shared) and the slice settings; the executor writes STATE and EXIT_CODE.

  CB_BASE +  0  MAGIC        u32  0x5348534B ('SHSK'), written by init()
  CB_BASE +  4  VERSION      u32  ABI_VERSION
  CB_BASE +  8  ABORT        i32  0 = run, 1 = stop at the next node (host -> executor)
  CB_BASE + 12  STATE        i32  last run() status (RUN_*)
  CB_BASE + 16  SLICE_MS     i32  return to the host after about this many ms of work (0 = 1 ms)
  CB_BASE + 20  CLOCK_STEPS  i32  steps between two clock reads (0 = 4096)
  CB_BASE + 24  EXIT_CODE    i32  exit status of the main task once STATE == RUN_DONE
  CB_BASE + 28  STEPS_LO     u32  steps executed (wrapping), for fuel accounting / stats
  CB_BASE + 32  MAX_STEPS    i32  step budget for this execute() (0 = unlimited) -> RUN_LIMIT
  CB_BASE + 36  LIMIT_KIND   i32  which limit ended the run (LIMIT_*)`,
    values: { BASE: 64, MAGIC: 0, VERSION: 4, ABORT: 8, STATE: 12, SLICE_MS: 16, CLOCK_STEPS: 20,
      EXIT_CODE: 24, STEPS_LO: 28, MAX_STEPS: 32, LIMIT_KIND: 36, SIZE: 64 },
  },
  {
    name: 'MEM', prefix: 'MEM_',
    doc: 'Memory facts shared by both sides. MEMORY_BASE is asconfig memoryBase: bytes below it belong to the control block.',
    values: { MEMORY_BASE: 1024, MAGIC_VALUE: 0x5348534b, PAGE: 65536, PIPE_RING_BYTES: 65536 },
  },
  {
    name: 'RUN', prefix: 'RUN_',
    doc: 'run() results. DONE: main task finished (EXIT_CODE set). YIELD: time slice used up, call run() again after letting the event loop turn. WAIT: every task is blocked on the host (requests, host commands reading/writing pipes, timers). ABORTED: ABORT flag seen. LIMIT: a limit was hit (LIMIT_KIND). FAULT: internal error (message written to the host log).',
    values: { DONE: 0, YIELD: 1, WAIT: 2, ABORTED: 3, LIMIT: 4, FAULT: 5 },
  },
  {
    name: 'LIMIT', prefix: 'LIMIT_',
    doc: 'Which limit ended a run.',
    values: { NONE: 0, STEPS: 1, MEMORY: 2, DEPTH: 3, OUTPUT: 4 },
  },
  {
    name: 'OP', prefix: 'OP_',
    doc: `Asynchronous host requests (host_submit). Record layout, little-endian i32 words then strings:
  [op, nInts, nStrs, int0 .. int(nInts-1), (byteLen, utf8 bytes padded to 4)*nStrs]
Reply (reply_alloc + reply): status i32 (>= 0 ok, < 0 = -ERR_*), payload in the same
[nInts, nStrs, ints..., strings...] encoding minus the op word (may be empty).
  OPEN     ints [flags(OPEN_*)]         strs [absPath]            -> status = handle id
  CLOSE    ints [handle]                                            -> status 0 (flushes writes)
  FILL     ints [handle]                                            -> status 0 (more bytes, or EOF, readable with host_read)
  STAT     ints [followLinks 0/1]       strs [absPath]            -> ints [type(FT_*), size, mtimeSec, mode]
  READDIR                               strs [absPath]            -> strs [names, unsorted, without . and ..]
  SPAWN    ints [fd0Kind, fd0Id, fd1Kind, fd1Id, fd2Kind, fd2Id]  strs [cwd, nEnv, (NAME=value)*nEnv, argv...] -> status = exit code
           (nEnv is a decimal string). A command the host does not know gets status 127 and its own message.
  SLEEP    ints [milliseconds]                                      -> status 0
  REALPATH ints [mustExist 0/1]         strs [absPath]            -> strs [canonical path] (cd -P, pwd -P)
  PARSE    ints [PARSE_*]               strs [source, name]       -> ints [rootNode] (node table already written to memory: see reply_alloc) or status -ERR_SYNTAX with strs [message]
  MKTEMP/others come with later issues.`,
    values: { OPEN: 1, CLOSE: 2, FILL: 3, STAT: 4, READDIR: 5, SPAWN: 6, SLEEP: 7, REALPATH: 8, PARSE: 9 },
  },
  {
    name: 'OPEN', prefix: 'OPEN_',
    doc: 'OPEN flags (bit set).',
    values: { READ: 1, WRITE: 2, APPEND: 4, CREATE: 8, TRUNC: 16, EXCL: 32 },
  },
  {
    name: 'FD', prefix: 'FDK_',
    doc: 'Kinds of file-descriptor targets passed to SPAWN: a pipe end (id = pipe index) or a host handle (id = handle).',
    values: { CLOSED: 0, PIPE_R: 1, PIPE_W: 2, HOST: 3 },
  },
  {
    name: 'H', prefix: 'H_',
    doc: 'Host handles that exist before any OPEN: the execute() stdin, stdout and stderr.',
    values: { STDIN: 0, STDOUT: 1, STDERR: 2 },
  },
  {
    name: 'FT', prefix: 'FT_',
    doc: 'File types in STAT replies.',
    values: { NONE: 0, FILE: 1, DIR: 2, SYMLINK: 3, OTHER: 4 },
  },
  {
    name: 'ERR', prefix: 'ERR_',
    doc: 'Error codes (negated in statuses). Messages are the strerror text bash prints.',
    values: { NOENT: 2, IO: 5, BADF: 9, AGAIN: 11, ACCES: 13, EXIST: 17, NOTDIR: 20, ISDIR: 21, INVAL: 22,
      NOSPC: 28, ROFS: 30, PIPE: 32, NAMETOOLONG: 36, NOTEMPTY: 39, LOOP: 40, SYNTAX: 100, LIMIT: 101 },
  },
  {
    name: 'PARSE', prefix: 'PARSE_',
    doc: 'What host_parse / OP_PARSE parses.',
    values: { SCRIPT: 1, ARITH: 2 },
  },
  {
    name: 'K', prefix: 'K_',
    doc: `Node kinds. A node is a run of i32 words at a 4-aligned byte address in linear memory; word 0
is the kind. "str" fields are two words (ptr, byteLen) of UTF-8; "node" fields are addresses (0 = none);
"list" fields are addresses of a LIST node. Layouts (word index: field):

Lists and commands
  LIST       1:n  2..: node*n                       generic list (statements, words, redirects …)
  AND        1:left 2:right                         left && right
  OR         1:left 2:right                         left || right
  NOT        1:cmd                                  ! cmd
  PIPE       1:n  then per stage: node, stderrToo(0/1)   a | b |& c (stderrToo: this stage's stderr goes down the pipe too)
  SIMPLE     1:assigns(list|0) 2:words(list|0) 3:redirs(list|0) 4:line
  ASSIGN     1-2:name(str) 3:flags(AF_*) 4:value(WORD|0) 5:index(WORD|0) 6:elems(list of WORD|0)
  REDIRECTED 1:cmd 2:redirs(list)                   compound command with redirections
  SUBSHELL   1:body(LIST)
  GROUP      1:body(LIST)
  IF         1:cond(LIST) 2:then(LIST) 3:else(LIST|IF|0)
  WHILE      1:cond(LIST) 2:body(LIST)
  UNTIL      1:cond(LIST) 2:body(LIST)
  FOR        1-2:var(str) 3:words(list|0 = "$@") 4:body(LIST) 5:line
  ARITH_FOR  1:init(arith|0) 2:cond(arith|0) 3:step(arith|0) 4:body(LIST) 5:line
  CASE       1:word 2:n then per item: patterns(list of WORD), body(LIST|0), term(CASE_*)
  FUNCDEF    1-2:name(str) 3:body(node) 4-5:source(str: the whole definition text)
  ARITH_CMD  1:expr(arith) 2:line                   (( expr ))
  COND       1:expr(cond node) 2:line               [[ expr ]]
  BACKGROUND 1:cmd                                  cmd &
  TIME       1:cmd 2:posix(0/1)                     time cmd
  REDIR      1:fd(-1 = default) 2:op(R_*) 3:target(WORD) 4-5:fdVar(str, {var}> form; len 0 = none)
             for HEREDOC/HERESTR the target WORD is the body (heredoc bodies lower to a DQ part,
             or an SQ part when the delimiter was quoted; <<- tabs are already stripped)
  SYNTAX_ERR 1-2:message(str) 3:line                a statement the parser rejected; running it prints the message and exits 2

Words
  WORD       1:n 2..: part*n
  LIT        1-2:text(str)      unquoted literal: glob chars active, never split
  SQ         1-2:text(str)      quoted literal ('…', $'…', \\x, literal text inside "…")
  DQ         1:n 2..: part*n    double quotes: inner parts never split or globbed; "" makes an empty field
  PARAM      1-2:name(str) 3:op(PO_*) 4:arg1(WORD|arith|0) 5:arg2(WORD|arith|0) 6:flags(PF_*) 7:index(WORD|0)
             name: identifier, digits, or one of @ * # ? $ ! - 0. SUBSTR args are arith nodes (arg2 0 = to end).
  CMDSUB     1:body(LIST)
  ARITH      1:expr(arith)      $(( expr )) with a static expression
  ARITH_DYN  1:text(WORD)       $(( … )) whose text holds $ or \`: expanded as in "…" then parsed at run time (PARSE_ARITH)
  TILDE      1-2:user(str)      ~ or ~user at the start of a word (or after = / : in assignments)
  PROCSUB    1:body(LIST) 2:dir(0 = <(…), 1 = >(…))

Arithmetic (inside ARITH, ARITH_CMD, ARITH_FOR, SUBSTR)
  A_NUM      1:lo 2:hi          i64 value
  A_VAR      1-2:name(str) 3:index(arith|0)   value read as a variable; non-numeric text is parsed as arith recursively
  A_UNARY    1:op(AO_*) 2:operand
  A_BINARY   1:op(AO_*) 2:left 3:right
  A_ASSIGN   1:op(AO_ASSIGN or a compound AO_*) 2-3:name(str) 4:index(arith|0) 5:rhs
  A_TERNARY  1:cond 2:then 3:else
  A_WORD     1:word(WORD)       an expansion inside arithmetic ($x, \${x}, $(…)): its text is parsed as arith

Conditional expressions (inside COND)
  C_AND      1:left 2:right
  C_OR       1:left 2:right
  C_NOT      1:expr
  C_UNARY    1-2:op(str, e.g. "-f") 3:operand(WORD)
  C_BINARY   1-2:op(str, e.g. "==" "-nt" "=~") 3:left(WORD) 4:right(WORD)   right of == != is a pattern, of =~ a regex
  C_WORD     1:word(WORD)       [[ word ]]: true when non-empty`,
    values: {
      LIST: 1, AND: 2, OR: 3, NOT: 4, PIPE: 5, SIMPLE: 6, ASSIGN: 7, REDIRECTED: 8, SUBSHELL: 9, GROUP: 10,
      IF: 11, WHILE: 12, UNTIL: 13, FOR: 14, ARITH_FOR: 15, CASE: 16, FUNCDEF: 17, ARITH_CMD: 18, COND: 19,
      BACKGROUND: 20, TIME: 21, REDIR: 22, SYNTAX_ERR: 23,
      WORD: 30, LIT: 31, SQ: 32, DQ: 33, PARAM: 34, CMDSUB: 35, ARITH: 36, ARITH_DYN: 37, TILDE: 38, PROCSUB: 39,
      A_NUM: 50, A_VAR: 51, A_UNARY: 52, A_BINARY: 53, A_ASSIGN: 54, A_TERNARY: 55, A_WORD: 56,
      C_AND: 60, C_OR: 61, C_NOT: 62, C_UNARY: 63, C_BINARY: 64, C_WORD: 65,
    },
  },
  {
    name: 'AF', prefix: 'AF_',
    doc: 'ASSIGN flags.',
    values: { APPEND: 1, ARRAY: 2 },
  },
  {
    name: 'R', prefix: 'R_',
    doc: 'Redirection operators (REDIR op). Default fd: 0 for IN/INOUT/DUP_IN/HEREDOC/HERESTR, 1 otherwise.',
    values: { OUT: 1, APPEND: 2, IN: 3, INOUT: 4, DUP_OUT: 5, DUP_IN: 6, CLOBBER: 7, OUT_ERR: 8, APPEND_ERR: 9,
      HEREDOC: 10, HERESTR: 11 },
  },
  {
    name: 'CASE', prefix: 'CASE_',
    doc: 'Case item terminators.',
    values: { BREAK: 0, FALL: 1, CONTINUE: 2 },
  },
  {
    name: 'PO', prefix: 'PO_',
    doc: 'PARAM operators: ${name<op>arg}. Colon forms (:- := :? :+) set PF_COLON.',
    values: { NONE: 0, DEFAULT: 1, ASSIGN: 2, ERROR: 3, ALT: 4, TRIM_PREFIX: 5, TRIM_PREFIX_LONG: 6,
      TRIM_SUFFIX: 7, TRIM_SUFFIX_LONG: 8, REPLACE: 9, REPLACE_ALL: 10, REPLACE_PREFIX: 11, REPLACE_SUFFIX: 12,
      SUBSTR: 13, UPPER_FIRST: 14, UPPER_ALL: 15, LOWER_FIRST: 16, LOWER_ALL: 17, TRANSFORM: 18, BAD: 19 },
  },
  {
    name: 'PF', prefix: 'PF_',
    doc: 'PARAM flags. LENGTH: ${#x}. INDIRECT: ${!x}. COLON: the colon form of - = ? +. BRACED: written ${…}. PREFIX_NAMES: ${!prefix*} / ${!prefix@} (arg none).',
    values: { LENGTH: 1, INDIRECT: 2, COLON: 4, BRACED: 8, PREFIX_NAMES: 16 },
  },
  {
    name: 'AO', prefix: 'AO_',
    doc: 'Arithmetic operators.',
    values: { NEG: 1, POS: 2, LNOT: 3, BNOT: 4, PREINC: 5, PREDEC: 6, POSTINC: 7, POSTDEC: 8,
      ADD: 10, SUB: 11, MUL: 12, DIV: 13, MOD: 14, POW: 15, SHL: 16, SHR: 17, LT: 18, LE: 19, GT: 20, GE: 21,
      EQ: 22, NE: 23, BAND: 24, BXOR: 25, BOR: 26, LAND: 27, LOR: 28, COMMA: 29, ASSIGN: 30 },
  },
];
