// The statement parser API the host calls: BashParser.create(assets) once, then parseScript /
// parseArith per source. Runtime-neutral: the wasm assets come in as bytes or compiled modules.
//
// How a script is lowered (program.ts): tree-sitter-bash gives the statement structure; simple
// commands, redirections and words are re-scanned from the source text (simple.ts, word/); any
// top-level line unit whose tree has an ERROR node or a known wrong shape (repairs.ts, lower.ts
// NeedFallback) is lowered by the shell's own recursive-descent parser (fallback.ts), which is also
// the authority for bash's syntax error messages. Tests keep both paths producing identical nodes.

import { Parser, Language } from 'web-tree-sitter';
import { Encoder, type Segment } from './encoder.js';
import { lowerScript } from './program.js';
import { lowerArith } from './word/index.js';
import { LineMap } from './lines.js';
import { HeredocQueue } from './heredoc.js';
import type { LowerCtx } from './context.js';
import { syntaxErrNode } from './syntax-error.js';

export interface ParserAssets {
  /** web-tree-sitter's own wasm (web-tree-sitter.wasm): bytes or a compiled module. */
  treeSitterWasm: Uint8Array | WebAssembly.Module;
  /** tree-sitter-bash.wasm: bytes or a compiled module. */
  bashWasm: Uint8Array | WebAssembly.Module;
}

let initDone: Promise<void> | null = null;

/** Parser.init is process-wide in web-tree-sitter: done once, with the first assets given. */
function initTreeSitter(wasm: Uint8Array | WebAssembly.Module): Promise<void> {
  if (!initDone) {
    if (wasm instanceof WebAssembly.Module) {
      initDone = Parser.init({
        instantiateWasm(imports: WebAssembly.Imports, done: (inst: WebAssembly.Instance, mod: WebAssembly.Module) => void) {
          void WebAssembly.instantiate(wasm, imports).then((inst) => done(inst, wasm));
          return {};
        },
      } as never);
    } else {
      initDone = Parser.init({ wasmBinary: wasm } as never);
    }
  }
  return initDone;
}

export class BashParser {
  private constructor(private readonly ts: Parser) {}

  static async create(assets: ParserAssets): Promise<BashParser> {
    await initTreeSitter(assets.treeSitterWasm);
    const lang = assets.bashWasm instanceof WebAssembly.Module
      ? Language.loadSync(assets.bashWasm)
      : await Language.load(assets.bashWasm);
    const p = new Parser();
    p.setLanguage(lang);
    return new BashParser(p);
  }

  /** Lower a whole script into a segment whose root is a K_LIST. Never throws on bad input:
   *  a syntax error becomes a SYNTAX_ERR node after the top-level commands that precede it. */
  parseScript(src: string): Segment {
    try {
      const enc = new Encoder();
      const root = lowerScript(this.ts, enc, src, 1);
      return enc.finish(root);
    } catch (e) {
      // a bug below (never bad input): retry with the own parser alone, else report it as a
      // syntax error so execute() keeps its promise of never throwing
      try {
        return this.parseScriptOwn(src);
      } catch {
        const enc = new Encoder();
        const msg = `bash: -c: line 1: internal parser error: ${e instanceof Error ? e.message : String(e)}`;
        return enc.finish(enc.list([syntaxErrNode(enc, msg, 1)]));
      }
    }
  }

  /** parseScript with the shell's own parser alone, no tree-sitter (tests compare the two). */
  parseScriptOwn(src: string): Segment {
    const enc = new Encoder();
    const root = lowerScript(null, enc, src, 1);
    return enc.finish(root);
  }

  /** Arithmetic text (runtime PARSE_ARITH): a segment whose root is an A_* node, or bash's error. */
  parseArith(src: string): Segment | { error: string } {
    const enc = new Encoder();
    const lines = new LineMap(src, 1);
    const ctx: LowerCtx = {
      enc, src, lines, heredocs: new HeredocQueue(src),
      wordCtx: (line) => ({ enc, line, lowerCommands: (s, l) => lowerScript(this.ts, enc, s, l) }),
      syntaxError: () => {},
      hasSyntaxError: () => false,
    };
    const r = lowerArith(src, ctx.wordCtx(1));
    if (typeof r !== 'number') return r;
    return enc.finish(r);
  }

  delete(): void {
    this.ts.delete();
  }
}

export { writeSegment } from './encoder.js';
export type { Segment } from './encoder.js';
