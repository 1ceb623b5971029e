import type { Language } from "../schema/quote.ts";
import type { Mention } from "./mentions.ts";
import { classAt, isInitial, upperOrNumber } from "./chars.ts";
import { ABBREVIATED_TITLES } from "./names-lexicon.ts";
import type { Token } from "./tokens.ts";
import { CAPITALISED } from "./words.ts";

/** One block's tokens with its mentions and sentences indexed, for the cue patterns. */
export interface Ctx {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  /** Mention index by its first / last token (holes where none starts or ends). */
  startAt: readonly (number | undefined)[];
  endAt: readonly (number | undefined)[];
  /** Each sentence's first and last token, in order (they cover every token). */
  sentences: readonly (readonly [number, number])[];
  /** Indexes of the quote tokens, in order. */
  quotes: readonly number[];
  language: Language;
  source: string;
  base: number;
}

/** Words whose full stop ends no sentence: the titles the mention finder reads, and the rest. */
const ABBREVIATIONS = new Set([
  ...ABBREVIATED_TITLES, "st", "jr", "sr", "no", "vs",
  "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "mme", "etc", "u", "s",
]);

/** `MR`, `DR`: capitals only, a party's or a group's initials rather than a title (`Mr`, `Dr`). Wire datelines keep theirs (`OCT.`, `ST.`). */
function isAcronym(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A word starting with a capital, a number or @ (`/^[\p{Lu}\p{N}@]/u`). */
function isUpperWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.text.charCodeAt(0) === 64 || upperOrNumber(classAt(t.text, 0, t.text.length)));
}

/**
 * Whether token `i + 1` starts a sentence: after . ! ? (not after an abbreviation or initial)
 * before a capital or a quotation; after a quotation that ends its own sentence before a capital;
 * at glued words.
 */
function startsAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1] as Token;
  if (next.glued) return true;
  if (t.kind === "punct" && isStop(t.text)) {
    const prev = tokens[i - 1];
    const abbr = t.text === "." && prev !== undefined && prev.kind === "word" &&
      ((ABBREVIATIONS.has(prev.lower) && !(isAcronym(prev.text) && ABBREVIATED_TITLES.has(prev.lower))) || isInitial(prev.text));
    if (!abbr && !decimalPoint(prev, t, next) && (isUpperWord(next) || next.kind === "quote" || t.text === ";")) return true;
  }
  return t.kind === "quote" && isUpperWord(next) && endsSentence(t.text);
}

/** "a 5.4% pay rise": a full stop between two digits, touching both, is a decimal point. */
function decimalPoint(prev: Token | undefined, t: Token, next: Token): boolean {
  return t.text === "." && prev !== undefined && /\d$/.test(prev.text) && prev.start + prev.text.length === t.start && next.start === t.start + 1 && /^\d/.test(next.text);
}

/** . ! ? … ; */
function isStop(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 59;
}
const CLOSERS = new Set(["”", '"', "»", "’", "'"]);
const SPACE = /\s/u;

/** `[.!?…]\s*[”"»’']*\s*$`, read backwards from the end so long quotations cost nothing. */
function endsSentence(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && SPACE.test(text[k] as string)) k--;
  while (k >= 0 && CLOSERS.has(text[k] as string)) k--;
  while (k >= 0 && SPACE.test(text[k] as string)) k--;
  const c = text[k];
  return c === "." || c === "!" || c === "?" || c === "…";
}

/** Where a block's sentences and quotations lie among its tokens: the part of a context its mentions do not change. */
export interface Layout {
  /** Each sentence's first and last token, in order (they cover every token). */
  sentences: readonly (readonly [number, number])[];
  /** Indexes of the quote tokens, in order. */
  quotes: readonly number[];
}

export function layoutOf(tokens: readonly Token[]): Layout {
  const sentences: [number, number][] = [];
  const quotes: number[] = [];
  // "DURHAM, N.C. (WTVD) -- When Kelley Ung…": a dateline is a sentence of its own; the story's starts after it.
  let from = datelineEnd(tokens) + 1;
  if (from > 0) sentences.push([0, from - 1]);
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).kind === "quote") quotes.push(i);
    if (i < from) continue;
    if (i > 0 && startsAfter(tokens, i - 1)) {
      sentences.push([from, i - 1]);
      from = i;
    }
  }
  if (tokens.length > 0) sentences.push([from, tokens.length - 1]);
  // An article's layouts are kept until its blocks are read: copied to their length (a list grown by
  // pushes keeps room for sixteen), and the many blocks with no quotation share one empty list.
  return { sentences: sentences.slice(), quotes: quotes.length === 0 ? NO_QUOTES : quotes.slice() };
}

const NO_QUOTES: readonly number[] = [];

/**
 * The context of tokens whose layout is known: their mentions indexed by first and last token. The
 * index takes two words a token, more than the layout: a caller that keeps a block for later may keep
 * its layout and index it again when it reads the block.
 */
export function ctxWith(tokens: readonly Token[], mentions: readonly Mention[], layout: Layout, language: Language, source: string, base: number): Ctx {
  // Plain arrays with holes: a typed array per block costs more to allocate than all its lookups.
  // Only as long as the mentions reach: past their end, as past the block's, a lookup finds a hole.
  let reach = 0;
  for (const m of mentions) reach = Math.max(reach, m.last + 1);
  const startAt = new Array<number | undefined>(reach);
  const endAt = new Array<number | undefined>(reach);
  mentions.forEach((m, i) => {
    // Where a name and a group start together ("Boeing workers"), the longer describes the subject;
    // where they are the same words ("Officials said"), the group does: the capital is the sentence's.
    const first = startAt[m.first];
    const last = first === undefined ? -1 : (mentions[first]?.last ?? 0);
    if (first === undefined || last < m.last || (last === m.last && m.plural)) startAt[m.first] = i;
    const prev = endAt[m.last];
    // Where a role and a name end together, the longer (the role phrase) describes the subject.
    const from = prev === undefined ? -1 : (mentions[prev]?.first ?? 0);
    if (prev === undefined || from > m.first || (from === m.first && m.plural)) endAt[m.last] = i;
  });
  return { tokens, mentions, startAt, endAt, sentences: layout.sentences, quotes: layout.quotes, language, source, base };
}

export function buildCtx(tokens: readonly Token[], mentions: readonly Mention[], language: Language, source: string, base: number): Ctx {
  return ctxWith(tokens, mentions, layoutOf(tokens), language, source, base);
}

/** How many tokens a dateline may take before its dash: "WASHINGTON (AP) --", "DURHAM, N.C. (WTVD) —". */
const MAX_DATELINE = 12;

/**
 * The last token of a dateline opening the block (a place in capitals, maybe a state, an agency in
 * brackets, then a dash), or -1.
 */
function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (first === undefined || first.kind !== "word" || first.text.length < 3 || first.text !== first.text.toUpperCase()) return -1;
  // A place and its state or agency: "DURHAM, N.C.", "PARIS (AFP)"; not "NATO — which … —", an aside.
  let placed = false;
  for (let k = 1; k < tokens.length && k <= MAX_DATELINE; k++) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.text === "(") placed = true;
    if (isDash(tokens, k)) {
      const end = t.text === "-" ? k + 1 : k;
      if (!placed || end >= tokens.length - 1) return -1;
      for (let j = end + 1; j < tokens.length && j <= end + ASIDE; j++) if (isDash(tokens, j)) return -1;
      return end;
    }
    if (t.kind === "quote" || (t.kind === "word" && (t.flags & CAPITALISED) === 0)) return -1;
  }
  return -1;
}

/** How far a second dash closing an aside may stand. */
const ASIDE = 25;

function isDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.text;
  return t === "—" || t === "–" || (t === "-" && tokens[k + 1]?.text === "-");
}

/** The sentence holding token `k`: a binary search, asked only around quotations. */
export function sentenceAt(ctx: Ctx, k: number): readonly [number, number] | undefined {
  const s = ctx.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s[mid] as readonly [number, number])[0] <= k) lo = mid;
    else hi = mid - 1;
  }
  return s[lo];
}

export function mentionStarting(ctx: Ctx, k: number): Mention | null {
  const i = ctx.startAt[k];
  return i === undefined ? null : (ctx.mentions[i] ?? null);
}

export function mentionEnding(ctx: Ctx, k: number): Mention | null {
  const i = ctx.endAt[k];
  return i === undefined ? null : (ctx.mentions[i] ?? null);
}

/** The mention a role stands for when the text puts a name beside it. */
export function named(ctx: Ctx, m: Mention | null): Mention | null {
  if (m === null) return null;
  return m.sameAs !== null ? (ctx.mentions[m.sameAs] ?? m) : m;
}

/** The lowercase form of token `k`, or "" past either end of the block. */
export function lowerAt(ctx: Ctx, k: number): string {
  return ctx.tokens[k]?.lower ?? "";
}

export function textBetween(ctx: Ctx, first: number, last: number): string {
  const a = ctx.tokens[first];
  const b = ctx.tokens[last];
  return a === undefined || b === undefined ? "" : ctx.source.slice(a.start - ctx.base, b.end - ctx.base);
}
