import type { Block } from "../schema/block.ts";
import type { Language } from "../schema/quote.ts";
import { gluedCueLength } from "./cues.ts";
import { QUOTE_CHARS, isSpace } from "./quote-marks.ts";

/** A word, punctuation mark, or a whole quotation standing as one token in its sentence. */
export interface Token {
  kind: "word" | "punct" | "quote";
  text: string;
  /** Lowercase, with ' folded into ’ so French elisions compare equal. */
  lower: string;
  /** UTF-16 offsets in the source text. */
  start: number;
  end: number;
  /** Index in the article's span list, for quote tokens. */
  span: number;
  /** `Hazemi-Jebelli's`: the token is the name, the 's marks possession. */
  possessive: boolean;
  /** Starts a new sentence glued to the previous one by bad scraping (`wroteOn`). */
  glued: boolean;
}

const WORD = /@[\p{L}\p{N}_]+|#[\p{L}\p{N}_]+|[\p{L}\p{M}\p{N}]+(?:[’'\-‐][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ELISION = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)[’'](?=\p{L})/iu;
const INVERSION = /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/iu;

function lowerOf(s: string): string {
  const l = s.toLowerCase();
  return l.includes("'") ? l.replace(/'/g, "’") : l;
}

function make(kind: Token["kind"], text: string, start: number, possessive = false, glued = false): Token {
  return { kind, text, lower: lowerOf(text), start, end: start + text.length, span: -1, possessive, glued };
}

/** Whether `text` ends in ’s or 's after at least one character (the English possessive). */
function possessiveLength(text: string): number {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 115) return 0;
  const a = text.charCodeAt(n - 2);
  return a === 0x2019 || a === 39 ? n - 2 : 0;
}

function pushWord(out: Token[], text: string, start: number, language: Language, src: string, after: number): void {
  if (language === "fr") {
    const el = ELISION.exec(text);
    if (el !== null) {
      const head = text.slice(0, el[0].length);
      out.push(make("word", head, start));
      pushWord(out, text.slice(head.length), start + head.length, language, src, after);
      return;
    }
    const inv = INVERSION.exec(text);
    if (inv !== null) {
      const [, verb = "", pron = ""] = inv;
      out.push(make("word", verb, start));
      out.push(make("word", pron, start + text.length - pron.length));
      return;
    }
  }
  const glued = gluedCueLength(text, language);
  if (glued > 0) {
    out.push(make("word", text.slice(0, glued), start));
    out.push(make("word", text.slice(glued), start + glued, false, true));
    return;
  }
  if (language === "en") {
    const pos = possessiveLength(text);
    if (pos > 0) {
      out.push(make("word", text.slice(0, pos), start, true));
      return;
    }
  }
  // Jones’ letter: a plural or -s possessive written with a bare apostrophe.
  let bare = false;
  if (language === "en" && text.charCodeAt(text.length - 1) === 115) {
    const c = src.charCodeAt(after);
    if (c === 0x2019 || c === 39) {
      const d = src.charCodeAt(after + 1);
      bare = after + 1 >= src.length || /\s/.test(String.fromCharCode(d));
    }
  }
  out.push(make("word", text, start, bare));
}

/** Whether a matched piece starts a word (letter, digit, @, #) rather than being punctuation. */
function startsWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64 || c === 35;
  return WORD_START.test(t);
}
const WORD_START = /^[\p{L}\p{N}]/u;

function tokenizeRange(out: Token[], block: Block, from: number, to: number, language: Language): void {
  const text = to - from === block.text.length ? block.text : block.text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const t = m[0];
    const start = block.start + from + m.index;
    if (startsWord(t)) pushWord(out, t, start, language, text, m.index + t.length);
    else out.push(make("punct", t, start));
  }
}

/** Where a quotation's marks begin and end around its words, within the block. */
function regionOf(block: Block, start: number, end: number): [number, number] {
  const t = block.text;
  let a = start - block.start;
  let b = end - block.start;
  for (let k = 0; k < 3 && a > 0; k++) {
    const c = t[a - 1] as string;
    if (!(QUOTE_CHARS.has(c) || isSpace(c.charCodeAt(0)))) break;
    a--;
  }
  for (let k = 0; k < 3 && b < t.length; k++) {
    const c = t[b] as string;
    if (!(QUOTE_CHARS.has(c) || isSpace(c.charCodeAt(0)))) break;
    b++;
  }
  return [a, b];
}

/** A quotation segment lying in the block being tokenized. */
export interface Piece {
  /** Index of the span in the article's list. */
  span: number;
  start: number;
  end: number;
  /** Embedded posts take the whole block, signature included. */
  whole: boolean;
}

/**
 * Tokens of one block, each top-level quotation (or its segment in this block) replaced by one
 * quote token so cue patterns see `"…", said X` as `QUOTE , said X`.
 */
export function tokenizeBlock(block: Block, pieces: readonly Piece[], language: Language): Token[] {
  const regions = pieces
    .map((p) => {
      const [a, b] = p.whole ? [0, block.text.length] : regionOf(block, p.start, p.end);
      return { a, b, span: p.span };
    })
    .sort((x, y) => x.a - y.a);
  const out: Token[] = [];
  let at = 0;
  for (const r of regions) {
    // Adjacent quotations may both claim the marks between them; the earlier one keeps them.
    const a = Math.max(r.a, at);
    tokenizeRange(out, block, at, a, language);
    const text = block.text.slice(a, Math.max(a, r.b));
    const q = make("quote", text, block.start + a);
    q.span = r.span;
    out.push(q);
    at = Math.max(a, r.b);
  }
  tokenizeRange(out, block, at, block.text.length, language);
  return out;
}
