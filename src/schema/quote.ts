import { z } from "astro/zod";

export const Language = z.enum(["en", "fr"]);
export type Language = z.infer<typeof Language>;

/** How the words reached the public, normalised from the cue verb. */
export const Mode = z.enum(["said", "wrote", "tweeted", "posted", "told", "stated"]);
export type Mode = z.infer<typeof Mode>;

/** A contiguous stretch of quoted words inside one block. */
export const Segment = z.object({
  block: z.number().int().nonnegative(),
  /** UTF-16 offsets of the quoted words (marks excluded) in the source text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Segment = z.infer<typeof Segment>;

/** A quoted span found by the quotation stage, before anyone is credited with it. */
export const Span = z.object({
  /** The quoted words without the marks; paragraphs of a multi-paragraph quotation joined by "\n". */
  text: z.string(),
  /** One segment per block the quotation runs through, in order. */
  segments: z.array(Segment).min(1),
  /** Whether a closing mark was found; an unclosed quotation ends at its paragraph's end. */
  closed: z.boolean(),
  /** Depth of nesting: 0 for a top-level quotation, 1 for a quotation inside it. */
  depth: z.number().int().nonnegative(),
  /** An embedded post (tweet) recognised by its signature line rather than by marks. */
  embed: z
    .object({ author: z.string(), handle: z.string().nullable(), date: z.string().nullable() })
    .nullable(),
});
export type Span = z.infer<typeof Span>;

export const SpeakerType = z.enum(["person", "organisation"]);

/** Who is credited with a quotation, as shown to readers. */
export const Speaker = z.object({
  /** Stable, URL-safe id (e.g. `antonio-guterres`). */
  id: z.string(),
  /** Display name (e.g. "António Guterres"). */
  name: z.string(),
  type: SpeakerType,
  /** Role at the time, when the text or the registry gives it. */
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  /**
   * Present when the text never names the speaker: `name` is the phrase that designates them
   * ("le procureur", "a neighbour"). Such a speaker is someone in one article only: no profile page,
   * no search filter of their own.
   */
  unnamed: z.literal(true).optional(),
});
export type Speaker = z.infer<typeof Speaker>;

/** A quotation of someone's speech or writing, credited. */
export const Quote = Span.extend({
  /** Permanent anchor id, unique within the article. */
  id: z.string(),
  speaker: Speaker.nullable(),
  /** The cue word as written ("said", "a déclaré", "tweeted"), or null when none was found. */
  cue: z.string().nullable(),
  mode: Mode.nullable(),
  /** `YYYY-MM-DD` when the words were said or published, when known. */
  date: z.string().nullable(),
  /**
   * How `date` is known: `stated` in the text (an embedded post's date), `resolved` from a relative
   * expression ("on Sunday") against the publication date, or `reported`: the article's own date.
   */
  dateBasis: z.enum(["stated", "resolved", "reported"]).nullable(),
  /** The time expression tied to the words in the text ("on Sunday", "mardi"), if any. */
  when: z.string().nullable(),
  /** Who decided the credit: the extractor or an editor's sidecar correction. */
  attribution: z.enum(["auto", "editorial"]),
  /** The rule that found the speaker (for audits and evaluation; never shown on pages). */
  method: z.string().nullable(),
  /**
   * Where the words stand in the article text (see src/pipeline/article-text.ts): the W3C
   * TextQuoteSelector (`exact` as the page shows it, with its context) and TextPositionSelector.
   */
  context: z.object({ start: z.number().int(), end: z.number().int(), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  /** Older ids of this quotation that were published and must keep landing on it. */
  aliases: z.array(z.string()),
  /** When the words changed since the quotation was first published, and what they were. */
  revised: z.object({ date: z.string(), previous: z.string() }).nullable(),
});
export type Quote = z.infer<typeof Quote>;

/** A quotation that was published and is gone from its article; its link lands on a notice. */
export const RemovedQuote = z.object({
  id: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
  /** YYYY-MM-DD. */
  removed: z.string(),
});
export type RemovedQuote = z.infer<typeof RemovedQuote>;

/** A quoted word or phrase that is not anyone's speech: a vote option, a title, a charge. */
export const Term = z.object({
  text: z.string(),
  block: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Why it is not a quotation (e.g. "vote option", "title", "no speaker"). */
  reason: z.string(),
});
export type Term = z.infer<typeof Term>;
