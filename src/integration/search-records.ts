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

/**
 * The paragraphs a quotation stands in, without its own words: what the article says around them
 * ("he cautioned against the spread of hate speech") is how readers remember a quotation too.
 */
export function quotationContext(q: SearchQuote, blocks: readonly Pick<Block, "index" | "text">[]): string {
  const byIndex = new Map(blocks.map((b) => [b.index, b.text]));
  const paragraphs = [...new Set(q.segments.map((s) => s.block))].map((i) => byIndex.get(i) ?? "");
  let context = paragraphs.join("\n");
  for (const line of q.text.split("\n")) context = context.replace(line, " … ");
  return context.replace(/\s+/gu, " ").trim();
}

export function quotationRecords(article: SearchArticle, blocks: readonly Pick<Block, "index" | "text">[] = []): CustomRecord[] {
  const page = `/articles/${article.slug}/`;
  return article.quotes.map((q) => {
    const date = q.date ?? article.published;
    const speaker = q.speaker?.name ?? "Unattributed";
    // The speaker's name and role are searchable too: readers look for who said it as often as for what.
    const credit = q.speaker ? ` (${[q.speaker.name, q.speaker.role].filter(Boolean).join(", ")})` : "";
    return {
      url: `${page}#${q.id}`,
      // The words first, so excerpts show them whenever they match; the context, then who said it.
      content: [q.text, quotationContext(q, blocks), credit.trim()].filter((p) => p !== "").join("\n"),
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
        speaker: [q.speaker?.name],
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
    speaker: speakers.map((s) => s.name),
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
