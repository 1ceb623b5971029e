import type { Token } from "./tokens.ts";
import { DEFINITE_ARTICLES } from "./names-lexicon.ts";
import { sentenceInitial } from "./mentions.ts";
import { reflagged } from "./tokens.ts";
import { CAPITALISED, CONNECTOR, FEMALE_FIRST, LOWERCASE, MALE_FIRST, NAME_WORD, NOT_NAME, PLACE, PREPOSITION_EN, PREPOSITION_FR } from "./words.ts";

/** "Tom Britain", "Sarah Kent": a place's name may be a family name, told apart where no preposition or article governs it. */
function placeWord(t: Token): boolean {
  return (t.flags & (PLACE | NAME_WORD)) === (PLACE | NAME_WORD);
}

/** Whether the token before a place's name governs it ("in Kent", "the Britain of today"), as a place. */
function governs(f: Token | undefined): boolean {
  return f !== undefined && f.kind === "word" && ((f.flags & (PREPOSITION_EN | PREPOSITION_FR)) !== 0 || DEFINITE_ARTICLES.has(f.lower));
}

/** Whether a block's function words are capitalised inside it ("Man Who Said No Is Back"): a headline in title case, where capitals say nothing. */
function titleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // Not one a first name opens: that is the name in question ("Wesley So").
    if (t.kind !== "word" || (t.flags & (NOT_NAME | CONNECTOR)) === 0 || sentenceInitial(tokens, k) || ((tokens[k - 1]?.flags ?? 0) & (MALE_FIRST | FEMALE_FIRST)) !== 0) continue;
    words++;
    if ((t.flags & CAPITALISED) !== 0) capitals++;
  }
  return capitals * 2 > words;
}

/**
 * "Theresa May", "Wesley So": a family name the lexicons read as a word (a month, a conjunction, an
 * auxiliary), which the article capitalises inside sentences, after a first name and alone. Returns
 * those words, lowercase, for the article.
 */
export function wordSurnames(blocks: readonly (readonly Token[])[]): Set<string> {
  const named = new Set<string>();
  // Capitalised inside a sentence with no first name before: "said May". Once is not enough: "told Hope Even more
  // patients were coming" gives no one that name, as "said May" later would.
  const alone = new Set<string>();
  for (const tokens of blocks) {
    // Whether the block is a headline in title case is asked only once it holds such a word: few do.
    let plainCase = false;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      // The word's classes first: most words fail them, before their sentence is looked at.
      if (t.kind !== "word" || (t.flags & CAPITALISED) === 0 || ((t.flags & (NAME_WORD | CONNECTOR | LOWERCASE)) !== 0 && !placeWord(t))) continue;
      if (t.glued || t.text.length < 2 || sentenceInitial(tokens, k) || t.text === t.text.toUpperCase()) continue;
      if (!plainCase && titleCase(tokens)) break;
      plainCase = true;
      const f = tokens[k - 1] as Token;
      if (f.kind === "word" && (f.flags & (MALE_FIRST | FEMALE_FIRST)) !== 0 && (f.flags & NAME_WORD) !== 0) named.add(t.lower);
      else if (!placeWord(t) || !governs(f)) alone.add(t.lower);
    }
  }
  const out = new Set<string>();
  for (const w of named) if (alone.has(w)) out.add(w);
  return out;
}

/**
 * `tokens` with every capitalised word of `surnames` inside a sentence read as a name ("said May").
 * `tokens` itself when no word is: most blocks have none, and a copy of each would live as long as the article.
 */
export function markSurnames(tokens: readonly Token[], surnames: ReadonlySet<string>): readonly Token[] {
  if (surnames.size === 0) return tokens;
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const place = placeWord(t);
    if (t.kind !== "word" || (t.flags & CAPITALISED) === 0 || ((t.flags & NAME_WORD) !== 0 && !place) || !surnames.has(t.lower) || sentenceInitial(out ?? tokens, k)) continue;
    if (place && governs(tokens[k - 1])) continue;
    // Whether the block is a headline in title case is asked only once it holds such a word: few do.
    if (out === null && titleCase(tokens)) return tokens;
    out ??= tokens.slice();
    out[k] = reflagged(t, (t.flags | NAME_WORD) & ~(NOT_NAME | PLACE));
  }
  return out ?? tokens;
}
