import type { Block } from "../schema/block.ts";
import type { Language } from "../schema/quote.ts";
import { gluedCueLength } from "./cues.ts";
import { isQuoteMark, isSpace } from "./quote-marks.ts";
import { ASCII, LN, MARK, SPACE, classAt, classOf, widthAt } from "./chars.ts";
import { RangeTable, hashRange, hashStep } from "./range-table.ts";
import { nameCalendarWords } from "./calendar-names.ts";
import { CAPITALISED, FEMALE_FIRST, MALE_FIRST, NAME_WORD, ORG_ROLE, PERSON_ROLE, TITLE_WORD, infoOf, type WordInfo } from "./words.ts";

/** A word, punctuation mark, or a whole quotation standing as one token in its sentence. */
export interface Token {
  readonly kind: "word" | "punct" | "quote";
  readonly text: string;
  /** Lowercase, with ' folded into ’ so French elisions compare equal. */
  readonly lower: string;
  /** UTF-16 offsets in the source text. */
  readonly start: number;
  readonly end: number;
  /** Index in the article's span list, for quote tokens. */
  readonly span: number;
  /** `Hazemi-Jebelli's`: the token is the name, the 's marks possession. */
  readonly possessive: boolean;
  /** Starts a new sentence glued to the previous one by bad scraping (`wroteOn`). */
  readonly glued: boolean;
  /** What the stages ask of the text, shared by every token spelt the same. */
  readonly info: WordInfo;
  /** `info.flags`, kept on the token itself for the loops that test every token. */
  readonly flags: number;
}

const ELISION = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)[’'](?=\p{L})/iu;
const NAME_ELISION = /^[NMJ][’']\p{Lu}/u;
/** "a-telle insisté", "a-t’il dit": the euphonic t typed without its second hyphen, after a verb's vowel. */
const INVERSION = /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$|^(\p{L}*[aeé])-t[’']?(il|elle|ils|elles|on)$/iu;
const LOWER_START = /^\p{Ll}/u;

/*
 * Cuts, runs and marks are made with `new` rather than as object literals: V8 tracks where literals
 * are allocated, and when it changes its mind about how long their objects live (the cached runs
 * live for good) it throws away the optimised code that made them, the whole tokenizer, mid-article.
 * Objects made by a constructor carry no such allocation site.
 *
 * Tokens are the exception, all made by the one object literal in `token`: an article's tokens live
 * until the article is read, and that tracking is what lets V8 see it and allocate them straight into
 * the old generation. Made by a constructor, each was allocated young and copied twice by the young
 * collections before it settled there, about half of all they copied. V8 decides after a few
 * collections, early in the first long article, and the tokenizer is optimised again once.
 */

/**
 * A token of any kind, quotations included. One literal, so every stage's reads of a token's fields
 * see one shape: with a second class for quotations (its info made lazily, behind getters) each of
 * those reads had to tell the two apart, on every token. Its end is stored, as a literal has no
 * getter to work it out.
 */
function token(kind: Token["kind"], text: string, lower: string, flags: number, info: WordInfo, start: number, possessive: boolean, glued: boolean, span = -1): Token {
  return { kind, text, lower, start, end: start + text.length, span, possessive, glued, info, flags };
}

function make(kind: Token["kind"], text: string, start: number, info: WordInfo, possessive: boolean, glued: boolean): Token {
  return token(kind, text, info.lower, info.flags, info, start, possessive, glued);
}

/**
 * A quotation `text` starting at `start` (source offset), standing as one token for span `span`.
 * Its info is worked out now, once per quotation, though few stages ask it.
 */
export function quoteToken(text: string, start: number, span: number): Token {
  const info = infoOf(text);
  return token("quote", text, info.lower, info.flags, info, start, false, false, span);
}

/** Whether `text` ends in ’s or 's after at least one character (the English possessive). */
function possessiveLength(text: string): number {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 115) return 0;
  const a = text.charCodeAt(n - 2);
  return a === 0x2019 || a === 39 ? n - 2 : 0;
}

/** One word cut from a run of letters: where it starts in the run, and what it is. */
class Cut {
  declare readonly offset: number;
  declare readonly text: string;
  declare readonly info: WordInfo;
  declare readonly possessive: boolean;
  declare readonly glued: boolean;

  constructor(offset: number, text: string, possessive: boolean, glued: boolean) {
    this.offset = offset;
    this.text = text;
    this.info = infoOf(text);
    this.possessive = possessive;
    this.glued = glued;
  }
}

/**
 * A run of letters and how it is cut into words: `cuts` is null when it stays one plain word, whose
 * info then sits right here (fewer objects to reach for the commonest case).
 */
class Run {
  declare readonly text: string;
  declare readonly info: WordInfo;
  /** The info's lowercase and flags, copied: making a token then reads this object alone. */
  declare readonly lower: string;
  declare readonly flags: number;
  declare readonly cuts: Cut[] | null;

  constructor(text: string, language: Language) {
    const cuts: Cut[] = [];
    const plain = cutWord(cuts, text, 0, language);
    const info = (cuts[0] as Cut).info;
    this.text = text;
    this.info = info;
    this.lower = info.lower;
    this.flags = info.flags;
    this.cuts = plain ? null : cuts;
  }
}

function cut(out: Cut[], text: string, offset: number, possessive = false, glued = false): void {
  out.push(new Cut(offset, text, possessive, glued));
}

/** French elisions and inversions, glued cues, English possessives: the words of one run. */
function cutWord(out: Cut[], text: string, offset: number, language: Language): boolean {
  if (language === "fr") {
    const el = text.includes("’") || text.includes("'") ? ELISION.exec(text) : null;
    // "N'Dri", "M'Bala": ne, me and je never elide before a capital; those are names.
    if (el !== null && !NAME_ELISION.test(text)) {
      const head = text.slice(0, el[0].length);
      cut(out, head, offset);
      cutWord(out, text.slice(head.length), offset + head.length, language);
      return false;
    }
    const found = text.includes("-") ? INVERSION.exec(text) : null;
    // A verb is lowercase: "Bé-Ton" is a name, whatever its ending.
    const inv = found !== null && found[3] !== undefined && !LOWER_START.test(text) ? null : found;
    if (inv !== null) {
      const verb = inv[1] ?? inv[3] ?? "";
      const pron = inv[2] ?? inv[4] ?? "";
      cut(out, verb, offset);
      cut(out, pron, offset + text.length - pron.length);
      return false;
    }
  }
  const glued = gluedCueLength(text, language);
  if (glued > 0) {
    cut(out, text.slice(0, glued), offset);
    cut(out, text.slice(glued), offset + glued, false, true);
    return false;
  }
  if (language === "en") {
    const pos = possessiveLength(text);
    if (pos > 0) {
      cut(out, text.slice(0, pos), offset, true);
      return false;
    }
  }
  cut(out, text, offset);
  return true;
}

/** Runs repeat (an article reuses its words): each is cut once per language. */
const RUNS: Readonly<Record<Language, RangeTable<Run>>> = { en: new RangeTable(200_000), fr: new RangeTable(200_000) };
/** Longer runs are rare: not worth keeping. */
const RUN_LENGTH = 64;

/** The run `text[from, to)`, whose hash is `hash`, and its cuts. */
function runAt(text: string, from: number, to: number, hash: number, language: Language): Run {
  const table = RUNS[language];
  let r = table.get(text, from, to, hash);
  if (r === undefined) {
    r = new Run(text.slice(from, to), language);
    if (to - from <= RUN_LENGTH) table.set(r.text, hash, r);
  }
  return r;
}

function pushWord(out: Token[], run: Run, start: number, language: Language, src: string, after: number, limit: number): void {
  const cuts = run.cuts;
  if (cuts !== null) {
    for (const c of cuts) out.push(make("word", c.text, start + c.offset, c.info, c.possessive, c.glued));
    return;
  }
  // Jones’ letter: a plural or -s possessive written with a bare apostrophe.
  const text = run.text;
  let bare = false;
  if (language === "en" && text.charCodeAt(text.length - 1) === 115 && after < limit) {
    const c = src.charCodeAt(after);
    if (c === 0x2019 || c === 39) bare = after + 1 >= limit || (classOf(src.charCodeAt(after + 1)) & SPACE) !== 0;
  }
  out.push(token("word", text, run.lower, surnameFlags(out, run.flags), run.info, start, bare, false));
}

/** Courtesy titles that stand before a surname and nothing else. */
const SURNAME_TITLES = new Set(["mr", "mrs", "ms", "dr", "mme", "mlle", "m"]);

/**
 * "Mr Last", "Mrs May", "M. Lenoir": after a courtesy title a capitalised word is a surname, whatever
 * else it spells (an adverb, a month, a verb). Not an office: "Mr President", "Mr Speaker".
 */
function surnameFlags(out: readonly Token[], flags: number): number {
  if ((flags & CAPITALISED) === 0 || (flags & NAME_WORD) !== 0 || (flags & (PERSON_ROLE | ORG_ROLE | TITLE_WORD)) !== 0) return flags;
  let k = out.length - 1;
  const dot = out[k]?.text === ".";
  if (dot) k--;
  const title = out[k];
  if (title === undefined || title.kind !== "word" || (title.flags & CAPITALISED) === 0 || !SURNAME_TITLES.has(title.lower) || (title.lower === "m" && !dot)) return flags;
  // "on Ridge Dr. Everyone said": after a capitalised word, "Dr." is a drive.
  const before = out[k - 1];
  if (title.lower === "dr" && before !== undefined && before.kind === "word" && (before.flags & CAPITALISED) !== 0) return flags;
  return CAPITALISED | NAME_WORD | (flags & (MALE_FIRST | FEMALE_FIRST));
}

/** A punctuation mark's text and info. */
class Punct {
  declare readonly text: string;
  declare readonly info: WordInfo;

  constructor(text: string) {
    this.text = text;
    this.info = infoOf(text);
  }
}

/** Punctuation by char code: one per mark, made on first sight. */
const PUNCT: (Punct | undefined)[] = [];

function punct(text: string, i: number, w: number): Punct {
  if (w !== 1) return new Punct(text.slice(i, i + w));
  const code = text.charCodeAt(i);
  let p = PUNCT[code];
  if (p === undefined) {
    p = new Punct(text[i] as string);
    PUNCT[code] = p;
  }
  return p;
}

/** Output buffer of `lettersAndDigits`, kept across calls. */
let LD_BUFFER = new Uint16Array(1024);
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/**
 * The lowercase of each BMP unit, plus one (0 until first seen), or -1 for the two whose lowercase
 * is not one unit on its own: İ becomes two, Σ depends on its neighbours (σ or ς).
 */
const LOWER_UNIT = new Int32Array(0x10000);

function lowerUnit(code: number): number {
  let l = LOWER_UNIT[code] as number;
  if (l === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    l = lower.length === 1 && code !== 0x3a3 ? lower.charCodeAt(0) + 1 : -1;
    LOWER_UNIT[code] = l;
  }
  return l - 1;
}

/**
 * `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()` without the Unicode regex: the
 * letters and digits of `text`, lowercased, runs joined by single spaces. Written into one buffer
 * and decoded once, which beats slicing each run and joining them.
 */
export function lettersAndDigits(text: string): string {
  return lettersAndDigitsByUnit(text) ?? lettersAndDigitsOfLower(text.toLowerCase());
}

function decode(out: Uint16Array, n: number): string {
  // Only whole letters and digits were copied (no lone surrogate): decoding gives them back as they were.
  return n < 64 ? String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]) : UTF16.decode(out.subarray(0, n));
}

/**
 * `lettersAndDigits` lowercasing unit by unit, which is the same as lowercasing the whole text
 * (and cheaper) unless it holds İ, Σ or a surrogate pair: then null.
 */
function lettersAndDigitsByUnit(text: string): string | null {
  const to = text.length;
  if (LD_BUFFER.length < to) LD_BUFFER = new Uint16Array(to * 2);
  const out = LD_BUFFER;
  let n = 0;
  let gap = false;
  for (let i = 0; i < to; i++) {
    const c = text.charCodeAt(i);
    let l: number;
    if (c < 128) {
      if (((ASCII[c] as number) & LN) === 0) {
        gap = true;
        continue;
      }
      l = c >= 65 && c <= 90 ? c + 32 : c;
    } else {
      if (c >= 0xd800 && c <= 0xdfff) return null;
      if ((classOf(c) & LN) === 0) {
        gap = true;
        continue;
      }
      l = lowerUnit(c);
      if (l < 0) return null;
    }
    if (gap && n > 0) out[n++] = 32;
    gap = false;
    out[n++] = l;
  }
  return decode(out, n);
}

/** `lettersAndDigits` of a text already lowercased. */
function lettersAndDigitsOfLower(lower: string): string {
  const to = lower.length;
  if (LD_BUFFER.length < to) LD_BUFFER = new Uint16Array(to * 2);
  const out = LD_BUFFER;
  let n = 0;
  let gap = false;
  for (let i = 0; i < to; ) {
    const c = lower.charCodeAt(i);
    let w = 1;
    let ln: boolean;
    if (c < 128) ln = ((ASCII[c] as number) & LN) !== 0;
    else {
      ln = (classAt(lower, i, to) & LN) !== 0;
      w = widthAt(lower, i, to);
    }
    if (ln) {
      if (gap && n > 0) out[n++] = 32;
      gap = false;
      out[n++] = c;
      if (w === 2) out[n++] = lower.charCodeAt(i + 1);
    } else {
      gap = true;
    }
    i += w;
  }
  return decode(out, n);
}

/** The hash of the run `runEnd` read last: a second result, so the hot loop allocates nothing. */
let runHash = 0;

/** `[\p{L}\p{M}\p{N}]+` from `i`: the end of the run. Folds its units into `hash`, left in `runHash`. */
function runEnd(text: string, i: number, to: number, hash: number): number {
  let j = i;
  let h = hash;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      // ASCII, the bulk of the text, read from its table inline.
      if (((ASCII[c] as number) & LN) === 0) break;
      h = hashStep(h, c);
      j++;
      continue;
    }
    if ((classAt(text, j, to) & (LN | MARK)) === 0) break;
    h = hashStep(h, c);
    // A surrogate pair is read whole: both its units go in.
    if (c >= 0xd800 && c <= 0xdbff && widthAt(text, j, to) === 2) h = hashStep(h, text.charCodeAt(++j));
    j++;
  }
  runHash = h;
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
    const cls = code < 128 ? (ASCII[code] as number) : classAt(text, i, to);
    if ((cls & SPACE) !== 0) {
      i += code < 128 ? 1 : widthAt(text, i, to);
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
    let hash = word ? hashRange(text, i, j) : 0;
    if (!word && (cls & (LN | MARK)) !== 0) {
      j = runEnd(text, i, to, 0);
      while (j + 1 < to && isJoiner(text.charCodeAt(j)) && (classAt(text, j + 1, to) & (LN | MARK)) !== 0) {
        j = runEnd(text, j + 1, to, hashStep(runHash, text.charCodeAt(j)));
      }
      hash = runHash;
      // A run opening with a combining mark is not a word (it has no letter or digit first).
      word = (cls & LN) !== 0;
      if (!word) {
        const piece = text.slice(i, j);
        out.push(make("punct", piece, block.start + i, infoOf(piece), false, false));
        i = j;
        continue;
      }
    }
    if (!word) {
      // Any other single character (a code point) is punctuation; a lone @ or # counts as a word.
      const w = widthAt(text, i, to);
      if (code === 64 || code === 35) pushWord(out, runAt(text, i, i + w, hashRange(text, i, i + w), language), block.start + i, language, text, i + w, to);
      else {
        const p = punct(text, i, w);
        out.push(make("punct", p.text, block.start + i, p.info, false, false));
      }
      i += w;
      continue;
    }
    pushWord(out, runAt(text, i, j, hash, language), block.start + i, language, text, j, to);
    i = j;
  }
}

/** Where a quotation's marks begin and end around its words, within the block. */
function regionOf(block: Block, start: number, end: number): [number, number] {
  const t = block.text;
  let a = start - block.start;
  let b = end - block.start;
  for (let k = 0; k < 3 && a > 0; k++) {
    const c = t.charCodeAt(a - 1);
    if (!(isQuoteMark(c) || isSpace(c))) break;
    a--;
  }
  for (let k = 0; k < 3 && b < t.length; k++) {
    const c = t.charCodeAt(b);
    if (!(isQuoteMark(c) || isSpace(c))) break;
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

/** The token `t` with other word classes (a surname the article spells like a word: "May", "So"). */
export function reflagged(t: Token, flags: number): Token {
  return token(t.kind, t.text, t.lower, flags, t.info, t.start, t.possessive, t.glued, t.span);
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
    out.push(quoteToken(text, block.start + a, r.span));
    at = Math.max(a, r.b);
  }
  tokenizeRange(out, block, at, block.text.length, language);
  return nameCalendarWords(out);
}
