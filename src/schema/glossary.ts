import { z } from "astro/zod";

/** An institution, law or initiative the seeds name, explained once for readers. */
export const GlossaryTerm = z.strictObject({
  /** Anchor on the glossary page, `term-…`. */
  id: z.string().regex(/^term-[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Name as readers know it in English. */
  name: z.string().min(1),
  kind: z.enum(["institution", "law", "initiative", "organisation"]),
  /** Exact spellings that name it in article text, by language; matched whole-word and case as written. */
  names: z.strictObject({ en: z.array(z.string().min(2)), fr: z.array(z.string().min(2)) }),
  /** Two or three sentences, written for this site. */
  definition: z.string().min(1),
  /** Its own website, for readers who want more; links only, nothing is loaded from it. */
  url: z.url().nullable(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
