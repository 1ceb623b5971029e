import { lowerAt, sentenceAt, type Ctx } from "./context.ts";

/**
 * "She denied claims that she “ignored legal advice”", "Il a démenti les rumeurs selon lesquelles il
 * « … »": the words inside a claim someone denies are the claim's, not the denier's.
 */

/** How far back from a quotation a denial's verb is looked for. */
const REACH = 60;

/** Verbs that deny what others said: the claim they deny is not their words. */
const DENYING_VERBS = new Set([
  "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "refute", "refutes", "refuted",
  "rebut", "rebuts", "rebutted", "dismiss", "dismisses", "dismissed", "nié", "nie", "nient", "niait", "démenti", "dément",
  "démentent", "démentait", "rejeté", "rejette", "rejettent", "contesté", "conteste", "contestent", "réfuté", "réfute",
]);
/** Nouns for what others said, the object a denial answers. */
const CLAIMS = new Set([
  "claim", "claims", "allegation", "allegations", "accusation", "accusations", "suggestion", "suggestions", "report", "reports",
  "rumour", "rumours", "rumor", "rumors", "allégation", "allégations", "rumeur", "rumeurs", "affirmations", "informations",
]);

/**
 * Whether the cue at `k` (the denial's verb, or the claim it denies: "denied claims") denies a claim whose
 * content, opened by "that" or "que", holds the quotation `q`.
 */
export function deniesClaim(ctx: Ctx, k: number, q: number): boolean {
  let d = k;
  while (d >= 0 && d > k - 4 && !DENYING_VERBS.has(lowerAt(ctx, d))) d--;
  if (!DENYING_VERBS.has(lowerAt(ctx, d))) return false;
  let claim = false;
  let content = false;
  for (let j = d + 1; j < q; j++) {
    const w = lowerAt(ctx, j);
    // "…that the target would be missed, calling them “…”", "…as “nonsense”": the claim's content has ended,
    // and what follows is the denier's own word for it.
    if (content && (w === "," || AS.has(w))) return false;
    if (CLAIMS.has(w)) claim = true;
    else if (claim && (w === "that" || w === "que" || w === "qu’" || w === "lesquelles" || w === "laquelle")) content = true;
  }
  return content;
}

/** Words that say what the denier calls the claim: "dismissed reports … as “nonsense”". */
const AS = new Set(["as", "comme"]);

/** Whether quotation `q` stands in a claim its sentence denies: "Lund rejected allegations that her department had “…”". */
export function inDeniedClaim(ctx: Ctx, q: number): boolean {
  const floor = sentenceAt(ctx, q)?.[0] ?? 0;
  for (let k = q - 1; k >= floor && k >= q - REACH; k--) if (DENYING_VERBS.has(lowerAt(ctx, k))) return deniesClaim(ctx, k, q);
  return false;
}
