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

/** Articles a sign's words may follow when its noun comes after them. */
const ARTICLES = new Set(["a", "an", "the", "un", "une", "des", "les", "la", "le"]);

/** Verbs that give what a sign says. */
const READING = new Set(["reading", "read", "reads", "saying", "proclaiming", "lire", "lit", "proclamant", "affichant", "clamant", "marqué", "marquée", "marqués", "marquées", "écrit", "inscrit"]);

/** Saying verbs a sign takes through a relative: "signs that say". */
const SAYING = new Set(["said", "say", "says"]);

/** Whether quotation `q` is what a sign reads: a sign's noun, then a verb of reading, right before it. */
export function onSign(ctx: Ctx, q: number): boolean {
  // "in an “Unapologetically American” T-shirt": the words before the sign's noun, after its article.
  if (SIGNS.has(lowerAt(ctx, q + 1)) && ARTICLES.has(lowerAt(ctx, q - 1))) return true;
  const floor = sentenceAt(ctx, q)?.[0] ?? 0;
  let reading = false;
  for (let k = q - 1; k >= floor && k >= q - REACH; k--) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === "quote") return false;
    const w = lowerAt(ctx, k);
    // "placards that said “unsafe”": a saying verb too, once a relative ties it to the sign.
    if (READING.has(w) || (SAYING.has(w) && /^(?:that|which)$/.test(lowerAt(ctx, k - 1)))) reading = true;
    // "une banderole « … »": the noun alone, right before the marks, is enough. Not "Jack is holding a
    // sign: “Free lifts to Krakow”", whose colon gives the holder's message.
    else if (SIGNS.has(w)) return reading || k === q - 1;
  }
  return false;
}
