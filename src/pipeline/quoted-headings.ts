import type { Attributed } from "../schema/attributed.ts";
import type { Block } from "../schema/block.ts";
import type { Language, Span } from "../schema/quote.ts";
import { findSpans } from "./spans.ts";
import { SHORT_WORDS, isTitleCase, readsAsClause, wordCount } from "./terms.ts";

/** Words this short or shorter say little about which quotation a heading echoes. */
const MIN_ECHO_LETTERS = 4;
/** Letters of a word compared, so "échappé" echoes "échapper" and "brutale" "brutal". */
const STEM = 6;
/** Content words a heading must share with a quotation to be taken for a rewording of it. */
const MIN_SHARED = 2;

/** What may stand around a heading's quotation for the heading to be nothing but that quotation. */
const FRAME = /^[\s"'“”«»‘’„.!?…]*$/u;

/**
 * The quotation a heading consists of, or null: `"Je me suis échappé par l’échafaudage"` set above
 * a section is a quotation of someone in it; `«Sang des victimes»` or a heading with words of its
 * own around marks is a label. A span short of a clause stays a heading's words, as in a paragraph
 * a short phrase without a cue stays a term.
 */
export function headingQuote(block: Block, language: Language): Span | null {
  if (block.kind !== "heading") return null;
  const spans = findSpans([{ ...block, kind: "paragraph" }], language).filter((s) => s.depth === 0);
  const only = spans.length === 1 ? spans[0] : undefined;
  const seg = only?.segments.length === 1 ? only.segments[0] : undefined;
  if (only === undefined || seg === undefined || !only.closed) return null;
  const around = block.text.slice(0, seg.start - block.start) + block.text.slice(seg.end - block.start);
  if (!FRAME.test(around)) return null;
  // "Homes For People Not For Profit": a Title Case heading is a slogan or a name.
  if (isTitleCase(only.text)) return null;
  return wordCount(only.text) > SHORT_WORDS || readsAsClause(only.text, language) ? only : null;
}

/** Lower-case words of `text` long enough to tell one quotation from another. */
function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= MIN_ECHO_LETTERS).map((w) => w.slice(0, STEM)));
}

/**
 * The quotation of the section under a heading that the heading's words echo: the one sharing the
 * most content words. None when none shares enough: a heading may quote a slogan, or someone the
 * section never quotes, and a wrong speaker is worse than none. `section` is in reading order.
 */
function echoed(heading: Span, section: readonly Attributed[]): Attributed | null {
  const own = contentWords(heading.text);
  let best: Attributed | null = null;
  let bestShared = MIN_SHARED - 1;
  for (const q of section) {
    if (q.depth > 0) continue;
    let shared = 0;
    for (const w of contentWords(q.text)) if (own.has(w)) shared++;
    if (shared > bestShared) {
      best = q;
      bestShared = shared;
    }
  }
  return best;
}

/**
 * Adds the quotations that whole headings consist of, each credited to the speaker of the quotation
 * it echoes in the section it heads, if any (method `heading`), to `quotes` found in the paragraphs;
 * the result is in reading order.
 */
export function withQuotedHeadings(blocks: readonly Block[], quotes: readonly Attributed[], language: Language): Attributed[] {
  const added: Attributed[] = [];
  blocks.forEach((block, b) => {
    const span = headingQuote(block, language);
    if (span === null) return;
    let end = blocks.findIndex((x, k) => k > b && (x.kind === "heading" || x.kind === "title"));
    if (end < 0) end = blocks.length;
    const from = block.index;
    const to = blocks[end]?.index ?? Number.POSITIVE_INFINITY;
    // Quotations are in reading order: the section's are found by bisection, so many headings stay cheap.
    const blockOf = (q: Attributed) => q.segments[0]?.block ?? -1;
    let lo = 0;
    for (let hi = quotes.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (blockOf(quotes[mid] as Attributed) <= from) lo = mid + 1;
      else hi = mid;
    }
    const section: Attributed[] = [];
    for (let i = lo; i < quotes.length && blockOf(quotes[i] as Attributed) < to; i++) section.push(quotes[i] as Attributed);
    const source = echoed(span, section);
    added.push({
      ...span,
      speaker: source?.speaker == null ? null : { ...source.speaker },
      cue: null,
      mode: source?.mode ?? null,
      method: "heading",
      when: source?.when ?? null,
    });
  });
  if (added.length === 0) return [...quotes];
  const start = (q: Attributed) => q.segments[0]?.start ?? 0;
  return [...quotes, ...added].sort((a, b) => start(a) - start(b) || a.depth - b.depth);
}
