import type { Language } from "../schema/quote.ts";

/**
 * A cue that borrows someone's famous words rather than reports them: "« Le bruit et les odeurs »,
 * dirait Chirac", "comme dirait l'autre", "as Churchill would say". The words are still that person's,
 * but they did not speak in the story: the next bare quotation, or "le propriétaire", is not theirs.
 */

/** French conditional forms of "dire": "dirait", "comme diraient certains" ("aurait dit" reports hearsay, which is speech). */
const CONDITIONAL_SAY_FR = new Set(["dirait", "diraient", "dirais"]);

/** English modals that make "say" a borrowing: "as Churchill would say", "as he might have said". */
const MODALS_EN = new Set(["would", "might", "could"]);

/** Words a modal may stand apart from its verb by: "would have said", "might well say". */
const BETWEEN_EN = new Set(["have", "well", "surely", "probably", "no", "doubt"]);

/** Verbs a borrowing is made with in English. */
const SAYS_EN = new Set(["say", "said"]);

/** How many words may lie between an English modal and its verb. */
const GAP = 2;

/**
 * Whether the cue word at `k` (lowercased by `lower`, undefined outside the sentence) borrows words:
 * a conditional "dirait", or "say" after "would", "might", "could".
 */
export function allusionAt(lower: (k: number) => string | undefined, k: number, language: Language): boolean {
  const cue = lower(k);
  if (cue === undefined) return false;
  if (language === "fr") return CONDITIONAL_SAY_FR.has(cue);
  if (!SAYS_EN.has(cue)) return false;
  for (let j = k - 1; j >= k - 1 - GAP; j--) {
    const w = lower(j);
    if (w === undefined) return false;
    if (MODALS_EN.has(w)) return true;
    if (!BETWEEN_EN.has(w)) return false;
  }
  return false;
}
