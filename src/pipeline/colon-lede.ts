import { named, sentenceAt, type Ctx } from "./context.ts";
import type { Mention } from "./mentions.ts";
import { sentenceSubject } from "./subjects.ts";

/** How far past the colon the subject may open: a determiner or two ("les secours", "tous les élus"). */
const MAX_LEAD = 2;

/**
 * `«Treize avalanches… c’est du jamais vu»: les secours en montagne de Savoie… ont lancé un appel`:
 * a quotation that opens its paragraph and is handed on by a colon is a lede's, whose words the
 * subject of the sentence after the colon said. `colon` is the colon's token.
 * Returns that subject (a name, a role or a group, never a pronoun), or null.
 */
export function ledeSubjectAfter(ctx: Ctx, colon: number): Mention | null {
  const { tokens } = ctx;
  if (tokens[colon]?.text !== ":" || tokens[colon - 1]?.kind !== "quote" || colon !== 1) return null;
  const last = sentenceAt(ctx, colon + 1)?.[1] ?? -1;
  if (last <= colon) return null;
  const m = sentenceSubject(ctx, colon + 1, last);
  if (m === null || m.first > colon + 1 + MAX_LEAD || m.kind === "pronoun" || m.possessive) return null;
  // "« … » : un slogan repris par les manifestants" names no one as its subject; a thing is no mention.
  return named(ctx, m) ?? m;
}
