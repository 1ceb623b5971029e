import { z } from "astro/zod";

/** One published quotation link: what it pointed at, so it can keep landing on those words. */
export const AnchorEntry = z.strictObject({
  /** SHA-256 (hex, first 16 chars) of the quotation's words, white space folded. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** W3C TextQuoteSelector: the words, and up to 32 characters either side in the article text. */
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  speaker: z.string().nullable(),
  /** The id of the element this link lands on now: itself, or the id its quotation has now. */
  lands: z.string().nullable(),
  /** When the words were found changed (a correction) and the link moved with them, YYYY-MM-DD. */
  revised: z.string().nullable(),
  /** The words as first published, when they were revised since. */
  previous: z.string().nullable(),
  /** When the quotation disappeared from its article, YYYY-MM-DD; its link then lands on a notice. */
  removed: z.string().nullable(),
});
export type AnchorEntry = z.infer<typeof AnchorEntry>;

export const ArticleAnchors = z.strictObject({
  /** Every slug the article has been published under, current one included, sorted. */
  slugs: z.array(z.string()),
  anchors: z.record(z.string(), AnchorEntry),
});
export type ArticleAnchors = z.infer<typeof ArticleAnchors>;

/** `seeds/anchors.lock.json`: every id and slug ever published, per seed. Committed; builds add to it. */
export const AnchorLock = z.strictObject({
  version: z.literal(1),
  articles: z.record(z.string(), ArticleAnchors),
});
export type AnchorLock = z.infer<typeof AnchorLock>;
