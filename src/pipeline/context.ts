import type { Language } from "../schema/quote.ts";
import type { Mention } from "./mentions.ts";
import type { Token } from "./tokens.ts";

/** One block's tokens with its mentions and sentences indexed, for the cue patterns. */
export interface Ctx {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  /** Mention index by its first / last token. */
  startAt: ReadonlyMap<number, number>;
  endAt: ReadonlyMap<number, number>;
  /** Sentence number of each token, and each sentence's first and last token. */
  sentOf: Int32Array;
  sentences: readonly (readonly [number, number])[];
  lowers: readonly string[];
  language: Language;
  source: string;
  base: number;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "no", "vs",
  "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "m", "mme", "etc", "u", "s",
]);

function isUpperWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^[\p{Lu}\p{N}@]/u.test(t.text);
}

/**
 * Sentence boundaries: after . ! ? (not after an abbreviation or initial) before a capital or a
 * quotation; after a quotation that ends its own sentence before a capital; at glued words.
 */
function sentenceStarts(tokens: readonly Token[]): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (next === undefined) return;
    if (next.glued) starts[i + 1] = 1;
    if (t.kind === "punct" && STOPS.has(t.text)) {
      const prev = tokens[i - 1];
      const abbr = t.text === "." && prev !== undefined && prev.kind === "word" &&
        (ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
      if (!abbr && (isUpperWord(next) || next.kind === "quote" || t.text === ";")) starts[i + 1] = 1;
    }
    if (t.kind === "quote" && isUpperWord(next) && endsSentence(t.text)) starts[i + 1] = 1;
  });
  return starts;
}

const STOPS = new Set([".", "!", "?", "…", ";"]);
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

export function buildCtx(tokens: readonly Token[], mentions: readonly Mention[], language: Language, source: string, base: number): Ctx {
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (!startAt.has(m.first)) startAt.set(m.first, i);
    const prev = endAt.get(m.last);
    // Where a role and a name end together, the longer (the role phrase) describes the subject.
    if (prev === undefined || (mentions[prev]?.first ?? 0) > m.first) endAt.set(m.last, i);
  });
  const starts = sentenceStarts(tokens);
  const sentOf = new Int32Array(tokens.length);
  const sentences: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && starts[i] === 1) {
      sentences.push([from, i - 1]);
      from = i;
    }
    sentOf[i] = sentences.length;
  }
  if (tokens.length > 0) sentences.push([from, tokens.length - 1]);
  return { tokens, mentions, startAt, endAt, sentOf, sentences, lowers: tokens.map((t) => t.lower), language, source, base };
}

export function mentionStarting(ctx: Ctx, k: number): Mention | null {
  const i = ctx.startAt.get(k);
  return i === undefined ? null : (ctx.mentions[i] ?? null);
}

export function mentionEnding(ctx: Ctx, k: number): Mention | null {
  const i = ctx.endAt.get(k);
  return i === undefined ? null : (ctx.mentions[i] ?? null);
}

/** The mention a role stands for when the text puts a name beside it. */
export function named(ctx: Ctx, m: Mention | null): Mention | null {
  if (m === null) return null;
  return m.sameAs !== null ? (ctx.mentions[m.sameAs] ?? m) : m;
}

export function textBetween(ctx: Ctx, first: number, last: number): string {
  const a = ctx.tokens[first];
  const b = ctx.tokens[last];
  return a === undefined || b === undefined ? "" : ctx.source.slice(a.start - ctx.base, b.end - ctx.base);
}
