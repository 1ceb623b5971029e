import type { CustomRecord } from "pagefind";
import type { Article } from "../schema/article.ts";
import type { Block } from "../schema/block.ts";
import type { TimelineEvent } from "../schema/event.ts";
import type { Person } from "../schema/person.ts";
import type { Quote } from "../schema/quote.ts";

/**
 * Pagefind records for what has no page of its own: one per quotation, one per timeline event.
 * Their URLs are anchors (`/articles/x/#q-…`, `/timeline/#event-…`), so a result lands on the words
 * themselves; Pagefind adds the base path at search time, as it does for the pages it crawls.
 */

/** The facets every kind of result shares, so one set of checkboxes filters them all. */
export const FILTERS = ["kind", "speaker", "organisation", "actor type", "year", "language"] as const;
export type FilterName = (typeof FILTERS)[number];

export const LANGUAGE_LABEL: Record<string, string> = { en: "English", fr: "French" };

export type SearchQuote = Pick<Quote, "id" | "text" | "speaker" | "date" | "segments">;
export type SearchArticle = Pick<Article, "slug" | "title" | "language" | "published"> & { quotes: readonly SearchQuote[] };

/** Drops empty values: Pagefind would show an empty filter value as a checkbox with no label. */
function filters(f: Partial<Record<FilterName, readonly (string | null | undefined)[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const values = [...new Set((f[name] ?? []).filter((v): v is string => typeof v === "string" && v !== ""))];
    if (values.length > 0) out[name] = values;
  }
  return out;
}

/** An organisation speaking for itself is its own organisation. */
export function organisationOf(speaker: SearchQuote["speaker"]): string | null {
  if (!speaker) return null;
  return speaker.type === "organisation" ? speaker.name : speaker.organisation;
}

/** Characters of a paragraph kept either side of a quotation's words in its search record. */
export const CONTEXT_WINDOW = 300;

type ContextBlock = Pick<Block, "index" | "text" | "start">;

/**
 * What the article says around a quotation, without its own words: "he cautioned against the
 * spread of hate speech" is how readers remember a quotation too. The words either side are cut
 * at a word, at most CONTEXT_WINDOW characters away, so that a quotation in a paragraph of
 * megabytes (a seed that lost its line breaks) does not carry the whole paragraph with it.
 */
export function quotationContext(q: SearchQuote, blocks: readonly ContextBlock[]): string {
  return contextIn(q, byIndex(blocks));
}

function byIndex(blocks: readonly ContextBlock[]): Map<number, ContextBlock> {
  return new Map(blocks.map((b) => [b.index, b]));
}

// One lookup table per article, not per quotation: a long article has thousands of both.
function contextIn(q: SearchQuote, blocks: ReadonlyMap<number, ContextBlock>): string {
  const parts: string[] = [];
  for (const s of q.segments) {
    const b = blocks.get(s.block);
    if (!b) continue;
    const from = s.start - b.start;
    const to = s.end - b.start;
    const before = b.text.slice(Math.max(0, from - CONTEXT_WINDOW), from);
    const after = b.text.slice(to, to + CONTEXT_WINDOW);
    // A cut falls at a word boundary, so no half word is indexed.
    parts.push(from > CONTEXT_WINDOW ? before.replace(/^\S*/u, "") : before, " … ", to + CONTEXT_WINDOW < b.text.length ? after.replace(/\S*$/u, "") : after);
  }
  return parts.join("\n").replace(/\s+/gu, " ").trim();
}

export function quotationRecords(article: SearchArticle, blocks: readonly ContextBlock[] = []): CustomRecord[] {
  const page = `/articles/${article.slug}/`;
  const lookup = byIndex(blocks);
  return article.quotes.map((q) => {
    const date = q.date ?? article.published;
    const speaker = q.speaker?.name ?? "Unattributed";
    // The speaker's name and role are searchable too: readers look for who said it as often as for what.
    const credit = q.speaker ? ` (${[q.speaker.name, q.speaker.role].filter(Boolean).join(", ")})` : "";
    return {
      url: `${page}#${q.id}`,
      // The words first, so excerpts show them whenever they match; the context, then who said it.
      content: [q.text, contextIn(q, lookup), credit.trim()].filter((p) => p !== "").join("\n"),
      language: article.language,
      meta: {
        title: speaker,
        kind: "quotation",
        speaker,
        role: q.speaker?.role ?? "",
        article: article.title,
        article_url: page,
        date: date ?? "",
        quote: q.text,
      },
      filters: filters({
        kind: ["quotation"],
        speaker: [q.speaker?.unnamed ? null : q.speaker?.name],
        organisation: [organisationOf(q.speaker)],
        "actor type": [q.speaker?.type],
        year: [date?.slice(0, 4)],
        language: [LANGUAGE_LABEL[article.language]],
      }),
      sort: date ? { date } : {},
    };
  });
}

/** The filters of an article page, written into its HTML as `data-pagefind-filter` attributes. */
export function articleFilters(article: SearchArticle): Record<string, string[]> {
  const speakers = article.quotes.map((q) => q.speaker).filter((s) => s !== null);
  return filters({
    kind: ["article"],
    speaker: speakers.map((s) => (s.unnamed ? null : s.name)),
    organisation: speakers.map((s) => organisationOf(s)),
    "actor type": speakers.map((s) => s.type),
    year: [article.published?.slice(0, 4)],
    language: [LANGUAGE_LABEL[article.language]],
  });
}

export function eventRecords(events: readonly TimelineEvent[], registry: readonly Person[]): CustomRecord[] {
  const byId = new Map(registry.map((p) => [p.id, p]));
  return events.map((e) => {
    const actor = byId.get(e.actor.id);
    const organisation = actor ? (actor.type === "organisation" ? actor.name : actor.organisation) : null;
    return {
      url: `/timeline/#${e.id}`,
      content: `${e.title}. ${e.summary} (${e.actor.name})`,
      language: "en",
      meta: { title: e.title, kind: "event", speaker: e.actor.name, role: actor?.role ?? "", date: e.date.start, article: "Timeline", article_url: "/timeline/" },
      filters: filters({
        kind: ["event"],
        organisation: [organisation],
        "actor type": [actor?.type],
        year: [e.date.start.slice(0, 4)],
        language: [LANGUAGE_LABEL.en],
      }),
      sort: { date: e.date.start },
    };
  });
}
