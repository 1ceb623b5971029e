import type { Token } from "./tokens.ts";
import { CAPITALISED, LOWERCASE } from "./words.ts";

/** Small words an acronym leaves out: "Campaign to Protect Rural England (CPRE)", "Union des maires ruraux (UMR)". */
const SKIPPED = new Set([
  "of", "the", "to", "for", "and", "&", "in", "on", "at", "de", "des", "du", "d’", "d'", "la", "le", "les", "l’", "l'", "et", "pour", "à", "au", "aux", "en", "un", "une",
]);

/** How many words a name an acronym spells may take, small words included. */
const MAX_WORDS = 12;

/**
 * "All Concerned About Foggie Turbines (ACAFT)": the first token of the words the bracketed acronym at `k`
 * spells, initial by initial from its end (small words may be left out, lowercase ones kept in, as in
 * "Union des maires ruraux (UMR)"), else -1. The name opens on a capital; French capitalises no more.
 */
export function spelledFrom(tokens: readonly Token[], k: number): number {
  const acronym = tokens[k];
  if (acronym === undefined || tokens[k - 1]?.text !== "(" || tokens[k + 1]?.text !== ")") return -1;
  const letters = acronym.text;
  if (!/^\p{Lu}{3,}$/u.test(letters)) return -1;
  let n = letters.length - 1;
  let j = k - 2;
  for (; j >= 0 && j > k - 2 - MAX_WORDS && n >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== "word") return -1;
    // "L’Union des maires…": an elided article glued to the word is not its initial.
    const initial = t.text.replace(/^[dl]['’]/iu, "").normalize("NFD").charAt(0).toUpperCase();
    if (initial === letters[n] && (t.flags & (CAPITALISED | LOWERCASE)) !== 0) {
      n--;
    } else if (!SKIPPED.has(t.lower)) return -1;
  }
  const first = j + 1;
  return n < 0 && ((tokens[first]?.flags ?? 0) & CAPITALISED) !== 0 ? first : -1;
}
