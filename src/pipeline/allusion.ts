import type { Language } from "../schema/quote.ts";

/**
 * A cue that borrows someone's famous words rather than reports them: "« Le bruit et les odeurs »,
 * dirait Chirac", "comme dirait l'autre", "as Churchill would say". The words are still that person's,
 * but they did not speak in the story: the next bare quotation, or "le propriétaire", is not theirs.
 * Not a story's own speaker: "« … », dirait plus tard Jean Moreau", "Ms Okafor would say: “…”".
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

/** How many words the one whose words are borrowed may take between "as" and the modal: "as her late mother would say". */
const SUBJECT_WORDS = 4;

/** "comme dirait l’autre": the French "as" before the conditional. */
const AS_FR = "comme";

/** How far before a French conditional "comme" may stand: "comme dirait", "comme le dirait". */
const AS_FR_REACH = 2;

/**
 * Whether the cue word at `k` borrows words, `word(k)` giving word `k` as written (undefined out of reach):
 * a conditional "dirait" right before a name or after "comme", or "say" after "as X would", "as X might have".
 */
export function allusionAt(word: (k: number) => string | undefined, k: number, language: Language): boolean {
  const lower = (j: number) => word(j)?.toLowerCase();
  const cue = lower(k);
  if (cue === undefined) return false;
  if (language === "fr") {
    if (!CONDITIONAL_SAY_FR.has(cue)) return false;
    for (let j = k - 1; j >= k - AS_FR_REACH; j--) if (lower(j) === AS_FR) return true;
    // "« … », dirait Chirac": the name right after; "dirait plus tard Jean Moreau" tells what he went on to say.
    return /^\p{Lu}/u.test(word(k + 1) ?? "");
  }
  if (!SAYS_EN.has(cue)) return false;
  let j = k - 1;
  while (j >= k - 1 - GAP && BETWEEN_EN.has(lower(j) ?? "")) j--;
  if (!MODALS_EN.has(lower(j) ?? "")) return false;
  for (let a = j - 2; a >= j - 1 - SUBJECT_WORDS; a--) if (lower(a) === "as") return true;
  return false;
}
