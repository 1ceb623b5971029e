import { paragraphIds } from "../pipeline/ids.ts";
import type { Article } from "../schema/article.ts";
import type { Block } from "../schema/block.ts";
import type { Evidence, TimelineEvent } from "../schema/event.ts";
import type { Quote } from "../schema/quote.ts";
import { firstPositions } from "./first-positions.ts";

/** The article's shown blocks with the paragraph anchors its page gives them (titles have none). */
export interface AnchoredBlock {
  block: Block;
  anchor: string;
}

/** Pairs each shown block with its `p-…` anchor, computed exactly as the page generator does. */
export function anchorBlocks(blocks: readonly Block[]): AnchoredBlock[] {
  const body = blocks.filter((b) => b.kind !== "title");
  const ids = paragraphIds(body.map((b) => b.text));
  return body.map((block, i) => ({ block, anchor: ids[i] as string }));
}

// Typographic and straight apostrophes and quotation marks are the same to an editor typing YAML.
// Every run of white space becomes one space; runs that already are one space are left alone, which
// spares a copy of almost every paragraph.
const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"').replace(/\s{2,}|[^\S ]/gu, " ");

/**
 * The blocks' folded texts joined by line breaks, which folding leaves in no text: the first match
 * of folded words in the whole is their first match in the earliest block holding them, found in
 * one search of the whole instead of one per block.
 */
interface FoldedBlocks {
  text: string;
  /** Where each block's folded text starts in `text`. */
  starts: number[];
}

// A sidecar's evidence texts are searched one by one in the same read-only list: it is folded once.
const foldedBlocks = new WeakMap<readonly AnchoredBlock[], FoldedBlocks>();

function foldedOf(blocks: readonly AnchoredBlock[]): FoldedBlocks {
  let folded = foldedBlocks.get(blocks);
  if (!folded) {
    const texts = blocks.map(({ block }) => fold(block.text));
    const starts: number[] = [];
    let pos = 0;
    for (const t of texts) {
      starts.push(pos);
      pos += t.length + 1;
    }
    folded = { text: texts.join("\n"), starts };
    foldedBlocks.set(blocks, folded);
  }
  return folded;
}

/** The quotations with a segment in each block, each once and in the list's order. */
function quotesByBlock(quotes: readonly Quote[]): Map<number, Quote[]> {
  const byBlock = new Map<number, Quote[]>();
  for (const q of quotes) {
    for (const b of new Set(q.segments.map((s) => s.block))) {
      const list = byBlock.get(b);
      if (list) list.push(q);
      else byBlock.set(b, [q]);
    }
  }
  return byBlock;
}

/** The index of the last start at or before `pos`. */
function blockAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The paragraph anchor and the quotation anchors that support `text`, words an editor copied from
 * the seed: the paragraph holding them and every quotation that overlaps them. Null when no
 * paragraph holds the words, which the build reports as an error.
 */
export function locateEvidence(text: string, article: string, blocks: readonly AnchoredBlock[], quotes: readonly Quote[]): Evidence[] | null {
  return locateAllEvidence([text], article, blocks, quotes)[0] ?? null;
}

/** `locateEvidence` for many texts at once, in one pass over the article however many there are. */
export function locateAllEvidence(texts: readonly string[], article: string, blocks: readonly AnchoredBlock[], quotes: readonly Quote[]): (Evidence[] | null)[] {
  const wanted = texts.map((t) => fold(t.trim()));
  const folded = foldedOf(blocks);
  const positions = firstPositions(folded.text, wanted);
  const quotesIn = quotesByBlock(quotes);
  return texts.map((text, k) => {
    const pos = positions[k] as number;
    if (wanted[k] === "" || pos < 0) return null;
    const i = blockAt(folded.starts, pos);
    const { block, anchor } = blocks[i] as AnchoredBlock;
    // Folding keeps lengths except for runs of white space, rare enough in one paragraph to map back by search.
    const start = block.start + pos - (folded.starts[i] as number);
    const end = start + (wanted[k] as string).length;
    const found: Evidence[] = [{ article, anchor, kind: "paragraph", text: text.trim() }];
    for (const q of quotesIn.get(block.index) ?? []) {
      if (q.segments.some((s) => s.block === block.index && s.start < end && start < s.end)) {
        found.push({ article, anchor: q.id, kind: "quotation", text: q.text });
      }
    }
    return found;
  });
}

/** Evidence lists joined, each anchor once, in the order first cited. */
export function mergeEvidence(...lists: readonly (readonly Evidence[])[]): Evidence[] {
  const seen = new Set<string>();
  return lists.flat().filter((e) => !seen.has(`${e.article}#${e.anchor}`) && (seen.add(`${e.article}#${e.anchor}`), true));
}

/**
 * Evidence follows its article when a later stage renames quotation anchors or the slug (the
 * anchor registry keeps published ones): `before` and `after` hold the same quotations in order.
 */
export function renameEvidence(events: readonly TimelineEvent[], before: Pick<Article, "slug" | "quotes">, after: Pick<Article, "slug" | "quotes">): TimelineEvent[] {
  const renamed = new Map(before.quotes.map((q, i) => [q.id, after.quotes[i]?.id ?? q.id]));
  return events.map((e) => ({
    ...e,
    evidence: e.evidence.map((ev) => ({
      ...ev,
      article: ev.article === before.slug ? after.slug : ev.article,
      anchor: ev.kind === "quotation" ? (renamed.get(ev.anchor) ?? ev.anchor) : ev.anchor,
    })),
  }));
}
