import { z } from "astro/zod";
import { Language } from "./quote.ts";

/** One entry of `/data/quotes.json`: the public, stable shape other tools read. */
export const QuoteExport = z.strictObject({
  /** Anchor id of the quotation on its article page. */
  id: z.string().regex(/^q-[a-z0-9-]+$/),
  /** Site-relative URL of the quotation: the article page and `#id`. */
  url: z.string().regex(/^\/.*#q-[a-z0-9-]+$/),
  /** Slug of the article. */
  article: z.string(),
  /** The quoted words without the marks. */
  text: z.string().min(1),
  /** Display name of the speaker, or null when no one could be credited. */
  speaker: z.string().nullable(),
  /** Present when the text never names the speaker: `speaker` is then the phrase that designates them ("the prosecutor"). */
  unnamed: z.literal(true).optional(),
  language: Language,
  /** `YYYY-MM-DD`, or null. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Who decided the speaker: the extractor (`auto`) or an editor (`editorial`). */
  attribution: z.enum(["auto", "editorial"]),
});
export type QuoteExport = z.infer<typeof QuoteExport>;
