import { z } from "astro/zod";
import { SidecarEvent } from "./event.ts";
import { Language } from "./quote.ts";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD")
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
  }, "expected a real calendar date");

/**
 * An editor's correction of the automatic result, for one quotation found by its anchor id or by
 * words inside it. Pages never show which layer decided; the data export does.
 */
export const Correction = z
  .strictObject({
    /** Anchor id of the quotation as the extractor found it (`q-…`). */
    quote: z.string().regex(/^q-[a-z0-9-]+$/, "expected a quotation id such as q-musk-totally-false").optional(),
    /** Words that stand inside the quotation, when no id is given. */
    text: z.string().min(1).optional(),
    /** Who really said it: a name from the registry or as it should be shown. */
    speaker: z.string().min(1).optional(),
    /** Role to show with that speaker, when the registry has none or another. */
    role: z.string().min(1).optional(),
    /** The quoted words are not anyone's speech (a title, a slogan, a vote option). */
    not_speech: z.literal(true).optional(),
  })
  .refine((c) => (c.quote === undefined) !== (c.text === undefined), "give exactly one of `quote` (an id) or `text` (words inside the quotation)")
  .refine((c) => (c.speaker === undefined) !== (c.not_speech === undefined), "give exactly one of `speaker` or `not_speech: true`");
export type Correction = z.infer<typeof Correction>;

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
  /** Corrections of automatic speakers, or spans marked as not speech. */
  corrections: z.array(Correction).optional(),
  /** Timeline events: extracted candidates accepted or edited, or events added, each with evidence from the seed. */
  events: z.array(SidecarEvent).optional(),
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
