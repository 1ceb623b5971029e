import type { Article } from "../schema/article.ts";
import type { TimelineEvent } from "../schema/event.ts";
import { sortEvents } from "./layout.ts";

/** A piece of evidence as the page shows it: a link, the words, and whose they are. */
export interface EvidenceView {
  /** Site-relative URL without the base path: `articles/<slug>/#<anchor>`. */
  href: string;
  kind: "paragraph" | "quotation";
  text: string;
  speaker: string | null;
  articleTitle: string;
  language: "en" | "fr";
}

export interface EventView {
  event: TimelineEvent;
  evidence: EvidenceView[];
}

/**
 * Every event of the site, seed events and context events, in time order, with evidence ready to
 * show. An event id used twice is a mistake the build must not hide.
 */
export function allEvents(articles: readonly Pick<Article, "slug" | "title" | "language" | "quotes" | "events">[], context: readonly TimelineEvent[]): EventView[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const events = sortEvents([...articles.flatMap((a) => a.events), ...context]);
  const ids = new Set<string>();
  for (const e of events) {
    if (ids.has(e.id)) throw new Error(`Two timeline events have the id "${e.id}"; give one of them another \`id\` in its sidecar.`);
    ids.add(e.id);
  }
  return events.map((event) => ({
    event,
    evidence: event.evidence.map((ev) => {
      const a = bySlug.get(ev.article);
      const q = ev.kind === "quotation" ? a?.quotes.find((x) => x.id === ev.anchor) : undefined;
      return {
        href: `articles/${ev.article}/#${ev.anchor}`,
        kind: ev.kind,
        text: ev.text,
        speaker: q?.speaker?.name ?? null,
        articleTitle: a?.title ?? ev.article,
        language: a?.language ?? "en",
      };
    }),
  }));
}
