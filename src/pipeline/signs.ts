import { lowerAt, sentenceAt, type Ctx } from "./context.ts";

/**
 * "des pancartes sur lesquelles on pouvait lire « Non aux harcèlements des caisses »", "a banner
 * reading “No farmers, no food”": words written on a sign are the sign's, not anyone's speech.
 */

/** The term reason of a sign's words. */
export const SIGN = "sign";
/** Signs hold a few words; a longer span is someone's words whatever precedes it. */
export const SIGN_WORDS = 15;

/** How many tokens before a quotation a sign's noun may stand. */
const REACH = 8;

/** Things people carry or put up with words on them. */
const SIGNS = new Set([
  "sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "billboard", "billboards", "t-shirt",
  "t-shirts", "graffiti", "pancarte", "pancartes", "banderole", "banderoles",
  "affiche", "affiches", "panneau", "panneaux", "tag", "tags", "inscription", "inscriptions", "écriteau", "écriteaux",
]);

/** Words that may stand between a sign's noun and its reading verb. */
const TIES = new Set(["that", "which", "on", "sur", "lesquelles", "lesquels", "laquelle", "lequel", "où", "l’on", "pouvait", "pouvaient", "peut", "était", "étaient", "est", "sont"]);

/** Things worn or hung whose words come before their noun: "an “I ♥ NY” T-shirt", "a “Stop the Steal” banner". */
const WORN = new Set(["t-shirt", "t-shirts", "banner", "banners", "placard", "placards", "poster", "posters", "billboard", "banderole", "pancarte"]);

/** Articles a sign's words may follow when its noun comes after them. */
const ARTICLES = new Set(["a", "an", "the", "un", "une", "des", "les", "la", "le"]);

/** Verbs that give what a sign says. */
const READING = new Set(["reading", "read", "reads", "saying", "proclaiming", "lire", "lit", "proclamant", "affichant", "clamant", "marqué", "marquée", "marqués", "marquées", "écrit", "inscrit"]);

/** Saying verbs a sign takes through a relative: "signs that say". */
const SAYING = new Set(["said", "say", "says"]);

/** Whether quotation `q` is what a sign reads: a sign's noun, then a verb of reading, right before it. */
export function onSign(ctx: Ctx, q: number): boolean {
  // "in an “Unapologetically American” T-shirt": the words before the sign's noun, after its article.
  // Not "a “clear” sign that…": "sign" after the words may mean a token of something.
  if (WORN.has(lowerAt(ctx, q + 1)) && ARTICLES.has(lowerAt(ctx, q - 1))) return true;
  const floor = sentenceAt(ctx, q)?.[0] ?? 0;
  // The reading verb right before the words; then, back to the sign's noun, only the words that tie them
  // ("signs that read", "des pancartes sur lesquelles on pouvait lire"): not "placards, with Greta Lind saying".
  // The noun alone is not enough: "the sign “was a mistake”", "Jack is holding a sign: “…”" are someone's words.
  // "a sign reading, “Go Dad Go.”": a comma or a colon may stand between the verb and the words.
  const r = /^[,:]$/.test(lowerAt(ctx, q - 1)) ? q - 2 : q - 1;
  const w = lowerAt(ctx, r);
  if (!(READING.has(w) || (SAYING.has(w) && /^(?:that|which)$/.test(lowerAt(ctx, r - 1))))) return false;
  for (let k = r - 1; k >= floor && k >= q - REACH; k--) {
    const t = lowerAt(ctx, k);
    if (SIGNS.has(t)) return true;
    if (!TIES.has(t)) return false;
  }
  return false;
}
