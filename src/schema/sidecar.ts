import { z } from "astro/zod";
import { Language } from "./quote.ts";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD")
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "expected a real calendar date");

/**
 * `seeds/NAME.yaml`: the editorial facts a raw article lacks. Every key is optional; unknown keys
 * are errors so a typo never silently does nothing.
 */
export const Sidecar = z.strictObject({
  /** Headline to publish, when the text has none or a poor one. */
  title: z.string().min(1).optional(),
  /** URL slug under /articles/; defaults to one made from the title. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens, e.g. un-chief-on-musk")
    .optional(),
  /** Language of the article, when detection should be overruled. */
  language: Language.optional(),
  /** Publication date, YYYY-MM-DD. */
  published: isoDay.optional(),
  /** `stated` when the publisher gives the date, `estimated` when inferred from the events reported. */
  published_precision: z.enum(["stated", "estimated"]).optional(),
  /** How the date was established, shown to readers beside an estimated date. */
  published_note: z.string().min(1).optional(),
  /** Who published the article. */
  source: z
    .strictObject({
      /** Publisher's name as readers know it. */
      publisher: z.string().min(1),
      /** Address of the original article, when known. */
      url: z.url().optional(),
    })
    .optional(),
});
export type Sidecar = z.infer<typeof Sidecar>;
