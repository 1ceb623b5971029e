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

function pushWord(out: Token[], text: string, start: number, language: Language, src: string, after: number, limit: number): void {
  if (language === "fr") {
    const el = text.includes("’") || text.includes("'") ? ELISION.exec(text) : null;
    if (el !== null) {
      const head = text.slice(0, el[0].length);
      out.push(make("word", head, start));
      pushWord(out, text.slice(head.length), start + head.length, language, src, after, limit);
      return;
    }
    const inv = text.includes("-") ? INVERSION.exec(text) : null;
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
  if (language === "en" && text.charCodeAt(text.length - 1) === 115 && after < limit) {
    const c = src.charCodeAt(after);
    if (c === 0x2019 || c === 39) bare = after + 1 >= limit || (classOf(src.charCodeAt(after + 1)) & SPACE) !== 0;
  }
  out.push(make("word", text, start, bare));
}

/** Character classes the tokenizer needs, as bits: letter or number, combining mark, whitespace. */
const LN = 1;
const MARK = 2;
const SPACE = 4;
const KNOWN = 8;
/** Classes of BMP characters, worked out once per character on first sight. */
const CLASSES = new Uint8Array(0x10000);
const IS_LN = /^[\p{L}\p{N}]$/u;
const IS_MARK = /^\p{M}$/u;
const IS_SPACE = /^\s$/u;

function computeClass(ch: string): number {
  return (IS_LN.test(ch) ? LN : 0) | (IS_MARK.test(ch) ? MARK : 0) | (IS_SPACE.test(ch) ? SPACE : 0) | KNOWN;
}

function classOf(code: number): number {
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return LN | KNOWN;
    return code === 32 || (code >= 9 && code <= 13) ? SPACE | KNOWN : KNOWN;
  }
  let c = CLASSES[code] as number;
  if (c === 0) {
    c = computeClass(String.fromCharCode(code));
    CLASSES[code] = c;
  }
  return c;
}

/** The class of the code point at `i` (surrogate pairs read whole), and its length in UTF-16 units. */
function classAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return classOf(code);
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff ? computeClass(String.fromCodePoint(cp)) : classOf(code);
}

function widthAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return 1;
  return (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

/**
 * `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()` without the Unicode regex: the
 * letters and digits of `text`, lowercased, runs joined by single spaces.
 */
export function lettersAndDigits(text: string): string {
  const lower = text.toLowerCase();
  const to = lower.length;
  const runs: string[] = [];
  let i = 0;
  while (i < to) {
    while (i < to && (classAt(lower, i, to) & LN) === 0) i += widthAt(lower, i, to);
    const a = i;
    while (i < to && (classAt(lower, i, to) & LN) !== 0) i += widthAt(lower, i, to);
    if (i > a) runs.push(lower.slice(a, i));
  }
  return runs.join(" ");
}

/** `[\p{L}\p{M}\p{N}]+` from `i`: the end of the run. */
function runEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && (classAt(text, j, to) & (LN | MARK)) !== 0) j += widthAt(text, j, to);
  return j;
}

/** Joiners inside a word: apostrophes and hyphens (l’entreprise, co-founder, don't). */
function isJoiner(code: number): boolean {
  return code === 0x2019 || code === 39 || code === 45 || code === 0x2010;
}

/**
 * Words and punctuation of `text[from, to)`, by hand rather than by one big Unicode regex, which
 * cost more than the rest of tokenizing. Same pieces as
 * `@[\p{L}\p{N}_]+|#[\p{L}\p{N}_]+|[\p{L}\p{M}\p{N}]+(?:[’'\-‐][\p{L}\p{M}\p{N}]+)*|\S`.
 */
function tokenizeRange(out: Token[], block: Block, from: number, to: number, language: Language): void {
  const text = block.text;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = classAt(text, i, to);
    if ((cls & SPACE) !== 0) {
      i += widthAt(text, i, to);
      continue;
    }
    let j = i;
    let word = false;
    if (code === 64 || code === 35) {
      // @handle, #hashtag: letters, numbers and underscores.
      j = i + 1;
      while (j < to && ((classAt(text, j, to) & LN) !== 0 || text.charCodeAt(j) === 95)) j += widthAt(text, j, to);
      if (j > i + 1) word = true;
      else j = i;
    }
    if (!word && (cls & (LN | MARK)) !== 0) {
      j = runEnd(text, i, to);
      while (j + 1 < to && isJoiner(text.charCodeAt(j)) && (classAt(text, j + 1, to) & (LN | MARK)) !== 0) j = runEnd(text, j + 1, to);
      // A run opening with a combining mark is not a word (it has no letter or digit first).
      word = (cls & LN) !== 0;
      if (!word) {
        out.push(make("punct", text.slice(i, j), block.start + i));
        i = j;
        continue;
      }
    }
    if (!word) {
      // Any other single character (a code point) is punctuation; a lone @ or # counts as a word.
      const w = widthAt(text, i, to);
      const piece = text.slice(i, i + w);
      if (code === 64 || code === 35) pushWord(out, piece, block.start + i, language, text, i + w, to);
      else out.push(make("punct", piece, block.start + i));
      i += w;
      continue;
    }
    pushWord(out, text.slice(i, j), block.start + i, language, text, j, to);
    i = j;
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
