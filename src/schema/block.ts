import { z } from "astro/zod";

/** What a block of the article is, once parsed. */
export const BlockKind = z.enum(["title", "dek", "heading", "paragraph"]);
export type BlockKind = z.infer<typeof BlockKind>;

/**
 * One block of an article's text. `text` is always exactly `source.slice(start, end)`, so every
 * offset the pipeline reports can be checked against the file it came from.
 */
export const Block = z.object({
  /** Position among the kept blocks, from 0. */
  index: z.number().int().nonnegative(),
  /** Title, dek (standfirst), subheading, or body paragraph. */
  kind: BlockKind,
  /** The block's words, exactly as they are in the source text. */
  text: z.string(),
  /** UTF-16 offset of the first character in the source text. */
  start: z.number().int().nonnegative(),
  /** UTF-16 offset just past the last character in the source text. */
  end: z.number().int().nonnegative(),
  /** 1-based line of `start` in the source file, for error messages and audits. */
  line: z.number().int().positive(),
});
export type Block = z.infer<typeof Block>;

/** A piece of the source that is not article text, kept so an auditing reader can see it. */
export const Removed = z.object({
  text: z.string(),
  /** Why it was removed, in words a reader understands ("photo credit", "newsletter prompt"). */
  reason: z.string(),
  /** Stable id of the rule that removed it, e.g. `boilerplate:photo-credit`. */
  rule: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});
export type Removed = z.infer<typeof Removed>;
