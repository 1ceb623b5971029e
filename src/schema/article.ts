import { z } from "astro/zod";
import { Removed } from "./block.ts";
import { TimelineEvent } from "./event.ts";
import { Language, Quote, RemovedQuote, Term } from "./quote.ts";

/**
 * Everything the site knows about one article apart from its body text. The generated page splits
 * it in two (see ArticleMeta and ArticleData); pages join them again with src/lib/content.ts.
 */
export const Article = z.object({
  /** File name of the seed without `.txt`; the article's permanent identity. */
  seed: z.string(),
  /** URL segment under /articles/. */
  slug: z.string(),
  title: z.string(),
  /** `text` when the article states its headline, `editorial` from the sidecar, `derived` from its first sentence. */
  titleSource: z.enum(["text", "editorial", "derived"]),
  dek: z.string().nullable(),
  language: Language,
  /** Publication date, YYYY-MM-DD, or null when nothing supports one. */
  published: z.string().nullable(),
  /** Whether the publisher states the date or it is estimated from the events reported. */
  publishedPrecision: z.enum(["stated", "estimated"]).nullable(),
  /** How an estimated date was established. */
  publishedNote: z.string().nullable(),
  source: z.object({ publisher: z.string(), url: z.string().nullable() }).nullable(),
  quotes: z.array(Quote),
  terms: z.array(Term),
  /** Every piece of the source that is not shown as article text, with the reason. */
  removed: z.array(Removed),
  /** Quotations published before and gone now, so that their links land on a notice. */
  removedQuotes: z.array(RemovedQuote),
  /** Slugs this article was published under before; they redirect here. */
  oldSlugs: z.array(z.string()),
  /** Number of words of article text, for reading time. */
  words: z.number().int().nonnegative(),
  /** Timeline events this article supports, as its sidecar accepted or added them. */
  events: z.array(TimelineEvent),
});
export type Article = z.infer<typeof Article>;

/**
 * What grows with the article's length: its quotations, terms and everything removed. Written as
 * JSON beside the MDX page rather than in its front matter, so that a long article's data is
 * parsed as JSON once instead of as YAML and compiled into the page's module too.
 */
export const ArticleData = Article.pick({ slug: true, quotes: true, terms: true, removed: true, removedQuotes: true });
export type ArticleData = z.infer<typeof ArticleData>;

/** The rest, small whatever the article's length: the MDX page's front matter. */
export const ArticleMeta = Article.omit({ quotes: true, terms: true, removed: true, removedQuotes: true });
export type ArticleMeta = z.infer<typeof ArticleMeta>;
