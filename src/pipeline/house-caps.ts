import type { Block } from "../schema/block.ts";
import { reflagged, type Token } from "./tokens.ts";
import { AUXILIARY, LOWERCASE, infoOf } from "./words.ts";

/** How long a word in capitals must be to be read as house style: "FOOD", "POLICE" (not "WHO", "US"). */
const MIN_LETTERS = 4;
/** Articles before a word set in capitals as house style: "A FOOD bank", "THE NIGHT shelter". */
const ARTICLES = new Set(["a", "an", "the", "le", "la", "les", "un", "une"]);
/** How far into the first paragraph its opening capitals may run: "A FOOD bank", "THE NIGHT shelter". */
const MAX_LEAD = 4;

/**
 * "A FOOD bank in Christchurch say…": papers set an article's first words in capitals. A word in capitals
 * opening the first paragraph (or the dek), which the article also writes in lowercase elsewhere ("the food bank's
 * manager"), is that word, not an acronym naming a body. Replaces such tokens of `tokenized` in place.
 */
export function lowerHouseCaps(blocks: readonly Block[], tokenized: Token[][]): void {
  const first = blocks.findIndex((b) => b.kind === "paragraph" || b.kind === "dek");
  const lead = tokenized[first];
  if (lead === undefined) return;
  const wanted = new Map<string, number[]>();
  for (let k = 0; k < lead.length && k < MAX_LEAD; k++) {
    const t = lead[k] as Token;
    if (t.kind !== "word" || (t.flags & LOWERCASE) !== 0) break;
    // Only after an article and before a noun: "A FOOD bank", not "CARE International" nor "UNISON says".
    const next = lead[k + 1];
    const noun = next !== undefined && next.kind === "word" && (next.flags & LOWERCASE) !== 0 && next.info.verb.en === null && next.info.verb.fr === null && (next.flags & AUXILIARY) === 0;
    if (k > 0 && ARTICLES.has(lead[k - 1]?.lower ?? "") && noun && t.text.length >= MIN_LETTERS && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text)) wanted.set(t.lower, [...(wanted.get(t.lower) ?? []), k]);
  }
  if (wanted.size === 0) return;
  for (const tokens of tokenized) {
    for (const t of tokens) {
      if (t.kind !== "word" || (t.flags & LOWERCASE) === 0) continue;
      const at = wanted.get(t.lower);
      if (at === undefined) continue;
      for (const k of at) lead[k] = reflagged(lead[k] as Token, infoOf(t.lower).flags);
      wanted.delete(t.lower);
      if (wanted.size === 0) return;
    }
  }
}
