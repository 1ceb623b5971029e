import { paragraphIds } from "../pipeline/ids.ts";
import type { Article } from "../schema/article.ts";
import type { Block } from "../schema/block.ts";
import type { Evidence, TimelineEvent } from "../schema/event.ts";
import type { Quote } from "../schema/quote.ts";

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
const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/gu, " ");

/**
 * The paragraph anchor and the quotation anchors that support `text`, words an editor copied from
 * the seed: the paragraph holding them and every quotation that overlaps them. Null when no
 * paragraph holds the words, which the build reports as an error.
 */
export function locateEvidence(text: string, article: string, blocks: readonly AnchoredBlock[], quotes: readonly Quote[]): Evidence[] | null {
  const wanted = fold(text.trim());
  if (wanted === "") return null;
  for (const { block, anchor } of blocks) {
    // Folding keeps lengths except for runs of white space, rare enough in one paragraph to map back by search.
    const at = fold(block.text).indexOf(wanted);
    if (at < 0) continue;
    const start = block.start + at;
    const end = start + wanted.length;
    const found: Evidence[] = [{ article, anchor, kind: "paragraph", text: text.trim() }];
    for (const q of quotes) {
      if (q.segments.some((s) => s.block === block.index && s.start < end && start < s.end)) {
        found.push({ article, anchor: q.id, kind: "quotation", text: q.text });
      }
    }
    return found;
  }
  return null;
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
