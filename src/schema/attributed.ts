import { z } from "astro/zod";
import { Mode, Span, Speaker } from "./quote.ts";

/** A quoted span after attribution: who is credited, by which cue, and which rule decided. */
export const Attributed = Span.extend({
  /** The credited person or organisation; null when the text gives no resolvable speaker. */
  speaker: Speaker.nullable(),
  /** The cue words as written ("said", "a déclaré", "according to", "letter"), or null. */
  cue: z.string().nullable(),
  mode: Mode.nullable(),
  /**
   * The rule that found the speaker (`cue-after`, `cue-before`, `according-to`, `continuation`,
   * `repeated`, `embed`, `none`…), for audits and evaluation.
   */
  method: z.string(),
  /** The time expression tied to the cue, raw ("on Sunday", "mardi"); resolved by the dates stage. */
  when: z.string().nullable(),
});
export type Attributed = z.infer<typeof Attributed>;
