import type { Article } from "../schema/article.ts";
import type { Block } from "../schema/block.ts";
import type { Quote } from "../schema/quote.ts";
import type { Sidecar } from "../schema/sidecar.ts";
import { extractQuotes } from "./attribute.ts";
import { articleText } from "./article-text.ts";
import { applyCorrections, type Identified } from "./corrections.ts";
import { resolveWeekday } from "./dates.ts";
import { quoteIds, type IdSource } from "./ids.ts";
import { detectLanguage, LANGUAGE_SAMPLE } from "./language.ts";
import { ASCII, SPACE, isSpace } from "./chars.ts";
import { parseArticle } from "./parse.ts";
import { slugify } from "./slug.ts";
import { people } from "../data/people.ts";
import { extractEvents } from "../timeline/extract-events.ts";
import type { EventProblem } from "../timeline/merge.ts";

export interface Extracted {
  article: Article;
  /** The kept text blocks, in reading order; the MDX body is made from them. */
  blocks: Block[];
  /** Indexes of sidecar corrections that matched no quotation: the caller reports them. */
  unmatchedCorrections: number[];
  /** Sidecar events that cannot be published (unknown candidate, evidence not in the seed…): the caller reports them. */
  eventProblems: EventProblem[];
}

const DERIVED_TITLE_MAX = 90;
/** Characters of context either side of a quotation, as W3C TextQuoteSelector prefix and suffix. */
const CONTEXT = 32;

/** A headline for an article that has none: its first sentence, shortened at a word. */
function deriveTitle(blocks: readonly Block[]): string {
  const first = blocks.find((b) => b.kind === "paragraph")?.text ?? blocks[0]?.text ?? "";
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(first)?.[0] ?? first;
  if (sentence.length <= DERIVED_TITLE_MAX) return sentence;
  const cut = sentence.slice(0, DERIVED_TITLE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

/** The blocks' text one per line, as far as the first `length` characters: what language detection reads. */
function leadingText(blocks: readonly Block[], length: number): string {
  const parts: string[] = [];
  let size = -1;
  for (const b of blocks) {
    if (size >= length) break;
    parts.push(b.text);
    size += b.text.length + 1;
  }
  return parts.join("\n");
}

/** How many white-space separated words `text` has from `start` to `end`: the count of `\S+` matches, without making them. */
function countWords(text: string, start: number, end: number): number {
  let n = 0;
  // 1 after white space (and at the start), else 0: a word starts where a non-space follows a 1.
  let gap = 1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // ASCII, nearly all of the text, from its table inline: a call per character cost more than the count.
    // Counted as bits rather than by branches, which a processor mispredicts at every word's edge.
    const space = code < 128 ? ((ASCII[code] as number) & SPACE) >> SPACE_SHIFT : isSpace(code) ? 1 : 0;
    n += gap & (space ^ 1);
    gap = space;
  }
  return n;
}

/** `SPACE` is a single bit: shifted down by this, it reads as 1 or 0. */
const SPACE_SHIFT = Math.log2(SPACE);

const idSource = (q: Pick<Quote, "text" | "speaker">): IdSource => ({ text: q.text, speakerName: q.speaker?.name ?? null, speakerType: q.speaker?.type ?? "person" });

function sameIdSources(a: readonly IdSource[], b: readonly IdSource[]): boolean {
  return a.length === b.length && a.every((x, i) => x.text === b[i]?.text && x.speakerName === b[i]?.speakerName && x.speakerType === b[i]?.speakerType);
}

/**
 * The whole per-article pipeline on text already read: parse, language, quotations and speakers,
 * ids and dates. Pure: the same text and sidecar always give the same article.
 */
export function extractArticle(text: string, seed: string, sidecar: Sidecar = {}): Extracted {
  const { blocks, removed, dateline } = parseArticle(text);
  const language = sidecar.language ?? detectLanguage(leadingText(blocks, LANGUAGE_SAMPLE));
  const titleBlock = blocks.find((b) => b.kind === "title");
  const title = sidecar.title ?? titleBlock?.text ?? deriveTitle(blocks);
  const titleSource = sidecar.title ? "editorial" : titleBlock ? "text" : "derived";
  const dek = blocks.find((b) => b.kind === "dek")?.text ?? null;
  const published = sidecar.published ?? dateline;
  const publishedPrecision = published === null ? null : (sidecar.published_precision ?? "stated");

  // Quotations come from paragraphs and the dek; the title and headings are read for who they name.
  const auto = extractQuotes(blocks, language, people);
  const autoSources = auto.quotes.map(idSource);
  const autoIds = quoteIds(autoSources);
  const identified: Identified[] = auto.quotes.map((q, i) => ({ ...q, autoId: autoIds[i] as string, attribution: "auto" }));
  const corrected = applyCorrections(identified, auto.terms, sidecar.corrections ?? [], people);
  const found = corrected.quotes;
  const terms = corrected.terms;
  // Ids follow the final speaker, so an editorial correction shows in the link too; ids depend on
  // nothing else, so uncorrected quotations keep the ones already made.
  const sources = found.map(idSource);
  const ids = sameIdSources(autoSources, sources) ? autoIds : quoteIds(sources);
  const body = articleText(blocks);
  const quotes: Quote[] = found.map(({ autoId: _autoId, ...q }, i) => {
    const resolved = q.when && published ? resolveWeekday(q.when, published, language) : null;
    const date = q.embed?.date ?? resolved ?? published;
    const start = body.at(q.segments[0]?.start ?? 0);
    const end = body.at(q.segments.at(-1)?.end ?? 0);
    return {
      ...q,
      id: ids[i] as string,
      context: {
        start,
        end,
        exact: body.text.slice(start, end),
        prefix: body.text.slice(Math.max(0, start - CONTEXT), start),
        suffix: body.text.slice(end, end + CONTEXT),
      },
      aliases: [],
      revised: null,
      date: date ?? null,
      dateBasis: q.embed?.date ? "stated" : resolved ? "resolved" : published ? "reported" : null,
    };
  });

  const slug = sidecar.slug ?? (slugify(title) || slugify(seed));
  // Events and their problems come only from sidecar entries: without any, candidates would be wasted work.
  const entries = sidecar.events ?? [];
  const timeline = entries.length > 0 ? extractEvents({ blocks, quotes, language, published, article: slug, seed, registry: people, entries }) : { events: [], problems: [] };
  // Counted in the source, of which each block's text is a slice: the flat source reads faster.
  let words = 0;
  for (const b of blocks) words += countWords(text, b.start, b.end);
  const article: Article = {
    seed,
    slug,
    title,
    titleSource,
    dek,
    language,
    published,
    publishedPrecision,
    publishedNote: sidecar.published_note ?? null,
    source: sidecar.source ? { publisher: sidecar.source.publisher, url: sidecar.source.url ?? null } : null,
    quotes,
    terms,
    removed,
    removedQuotes: [],
    oldSlugs: [],
    words,
    events: timeline.events,
  };
  return { article, blocks, unmatchedCorrections: corrected.unmatched, eventProblems: timeline.problems };
}
