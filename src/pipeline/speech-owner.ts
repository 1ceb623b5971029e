import { mentionStarting, named, type Ctx } from "./context.ts";
import type { Mention } from "./mentions.ts";
import { speechNoun } from "./words.ts";

/** Words that open a sentence pointing back at words just quoted, before a copula: "Telle est…", "Such was…", "C’est…". */
const POINTERS = new Set(["tel", "telle", "tels", "telles", "such", "c’", "c'"]);
/** Pointers that need no copula: "Voilà la réponse de…". */
const PRESENTATIVES = new Set(["voilà", "voila", "voici"]);
/** The copula after a pointer: "Telle est", "Such was", "C’est". */
const COPULAS = new Set(["est", "sont", "était", "étaient", "fut", "is", "was", "are", "were"]);
/** The article before the speech noun: "la réponse", "the response". */
const ARTICLES = new Set(["la", "le", "l’", "l'", "les", "the"]);
/** The link before the owner: "de Vincent Duguay", "of John Smith". */
const OF = new Set(["de", "du", "d’", "d'", "of"]);

/**
 * "« Nous trouverons des solutions. » Telle est la réponse de Vincent Duguay.", "Such was the response of
 * Judge Ann Ray.": a sentence starting at `from` that says whose the words before it were, by a speech
 * noun and its owner, a person's or an organisation's name. Returns that name's mention, or null.
 */
export function speechOwner(ctx: Ctx, from: number): Mention | null {
  const { tokens } = ctx;
  const pointer = tokens[from]?.lower ?? "";
  let k = from + 1;
  if (POINTERS.has(pointer) && COPULAS.has(tokens[k]?.lower ?? "")) k++;
  else if (!PRESENTATIVES.has(pointer)) return null;
  if (!ARTICLES.has(tokens[k]?.lower ?? "")) return null;
  const noun = tokens[k + 1];
  if (noun === undefined || !speechNoun(noun.flags, ctx.language) || !OF.has(tokens[k + 2]?.lower ?? "")) return null;
  // "de la CGT": an organisation's article stands before its name.
  const owner = mentionStarting(ctx, k + 3) ?? (ARTICLES.has(tokens[k + 3]?.lower ?? "") ? mentionStarting(ctx, k + 4) : null);
  return owner !== null && owner.kind === "name" && !owner.possessive ? named(ctx, owner) : null;
}
