import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import { people } from "../data/people.ts";
import type { Block } from "../schema/block.ts";
import { TimelineEvent } from "../schema/event.ts";
import { eventRecords, quotationRecords, type SearchArticle } from "./search-records.ts";

/** An article as the seeds integration loads it: its data and its text blocks (for context). */
export interface IndexedArticle {
  article: SearchArticle;
  blocks: readonly Pick<Block, "index" | "text" | "start">[];
}

export interface Indexed {
  pages: number;
  quotations: number;
  events: number;
}

/**
 * The timeline's events, when the build wrote them (`/data/events.json`); none otherwise, so the
 * index works before and without a timeline. Entries that do not parse are skipped, not fatal:
 * the timeline's own build checks them.
 */
export async function readEvents(distDir: string): Promise<TimelineEvent[]> {
  const raw = await readFile(join(distDir, "data/events.json"), "utf8").catch(() => null);
  if (raw === null) return [];
  const json: unknown = JSON.parse(raw);
  const list: unknown[] = Array.isArray(json) ? json : json && typeof json === "object" && Array.isArray((json as { events?: unknown }).events) ? (json as { events: unknown[] }).events : [];
  return list.flatMap((e) => {
    const parsed = TimelineEvent.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Every record that is not a built page: the quotations of every article, then the events. */
export function customRecords(articles: readonly IndexedArticle[], events: readonly TimelineEvent[]): CustomRecord[] {
  return [...articles.flatMap((a) => quotationRecords(a.article, a.blocks)), ...eventRecords(events, people)];
}

async function addRecords(index: pagefind.PagefindIndex, records: readonly CustomRecord[]): Promise<void> {
  // One at a time, in order: the index must come out byte-identical from build to build.
  for (const r of records) {
    const added = await index.addCustomRecord(r);
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${r.url}: ${added.errors.join("; ")}`);
  }
}

/**
 * Indexes every built page with Pagefind's Node API, plus one record per quotation and per
 * timeline event, and writes the index into `dist/pagefind/`.
 */
export async function indexSite(distDir: string, articles: readonly IndexedArticle[]): Promise<Indexed> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${distDir}: ${added.errors.join("; ")}`);
    const events = await readEvents(distDir);
    await addRecords(index, customRecords(articles, events));
    const written = await index.writeFiles({ outputPath: join(distDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count, quotations: articles.reduce((n, a) => n + a.article.quotes.length, 0), events: events.length };
  } finally {
    await pagefind.close();
  }
}
