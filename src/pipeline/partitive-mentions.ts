import type { Language } from "../schema/quote.ts";
import type { Mention } from "./mentions.ts";
import type { Token } from "./tokens.ts";
import { AUXILIARY, CONNECTOR, LOWERCASE } from "./words.ts";

/**
 * Someone picked out of a group or set beside someone already met, never named: `one of the workers`,
 * `another`, `l’un d’eux`, `l’une des deux amies`, `un autre usager`. Such a mention is always
 * someone new, so it is marked `partitive` and never resolved to an entity already known.
 */

/** Words that may open one: `one`, `another`, `l’un`, `une`, `un autre`. */
export const PARTITIVE_OPENERS: ReadonlySet<string> = new Set(["one", "another", "un", "une"]);

/** `of them`, `d’eux`, `d’entre elles`: a pronoun closes the phrase. */
const PRONOUNS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["them", "us", "those"]),
  fr: new Set(["eux", "elles", "nous", "vous"]),
};
/** Determiners after "of" / "de" before the set's noun: `one of the workers`, `l’un de ses collègues`. */
const SET_DETERMINERS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["the", "his", "her", "their", "its", "our", "those", "these", "my", "your"]),
  fr: new Set(["ces", "ses", "leurs", "nos", "vos", "mes", "tes"]),
};
/** How many words may describe the set: `one of the striking rail workers`, `l’une des deux jeunes amies`. */
const MAX_WORDS = 3;

/** Words that end the set's noun phrase: conjunctions, relatives, prepositions. */
const STOPS = new Set([
  "and", "or", "but", "who", "that", "which", "whose", "to", "in", "at", "on", "for", "with", "from", "by", "as",
  "et", "ou", "mais", "ni", "qui", "que", "qu’", "dont", "à", "au", "aux", "en", "dans", "sur", "pour", "par", "avec",
]);

/** A plain lowercase word that may be part of a noun phrase: no verb, auxiliary, connector or stop. */
function plain(t: Token | undefined, language: Language): boolean {
  return t !== undefined && t.kind === "word" && (t.flags & LOWERCASE) !== 0 && (t.flags & (AUXILIARY | CONNECTOR)) === 0 && t.info.verb[language] === null && !STOPS.has(t.lower);
}

/** The last token of the set's noun phrase starting at `k` (`the workers`, `des représentants des JA`), or -1. */
function setEnd(tokens: readonly Token[], k: number, language: Language, determined: boolean): number {
  let f = k;
  if (!determined && SET_DETERMINERS[language].has(tokens[f]?.lower ?? "")) f++;
  let last = -1;
  for (let n = 0; n < MAX_WORDS && plain(tokens[f], language); n++, f++) last = f;
  if (last < 0) return -1;
  // "l’un des représentants des JA", "one of the members of the Kelsey club": the group's own complement.
  const link = tokens[last + 1]?.lower ?? "";
  if (link === "des" || link === "du" || link === "of") {
    const name = tokens[last + 2];
    if (name !== undefined && name.kind === "word" && (name.flags & LOWERCASE) === 0) return last + 2;
  }
  return last;
}

/** The partitive mention starting at token `i` (a word `MARK_PARTITIVE` marks), or null. */
export function partitiveAt(tokens: readonly Token[], i: number, source: string, base: number, language: Language): Mention | null {
  const t = tokens[i] as Token;
  const w = t.lower;
  let last = -1;
  let head: string | null = null;
  const next = tokens[i + 1]?.lower ?? "";
  if (language === "en" && w === "one" && next === "of") {
    const after = tokens[i + 2]?.lower ?? "";
    if (PRONOUNS.en.has(after)) last = i + 2;
    else last = setEnd(tokens, i + 2, language, false);
  } else if (language === "en" && w === "another") {
    // "another said", "another worker said": a noun may follow.
    last = plain(tokens[i + 1], language) && !/ly$/.test(next) ? i + 1 : i;
  } else if (language === "fr" && (w === "un" || w === "une") && next === "autre") {
    last = plain(tokens[i + 2], language) && !/ment$/.test(tokens[i + 2]?.lower ?? "") ? i + 2 : i + 1;
  } else if (language === "fr" && (w === "un" || w === "une")) {
    if (next === "d’" && PRONOUNS.fr.has(tokens[i + 2]?.lower ?? "")) last = i + 2;
    else if (next === "d’" && tokens[i + 2]?.lower === "entre" && PRONOUNS.fr.has(tokens[i + 3]?.lower ?? "")) last = i + 3;
    else if (next === "des") last = setEnd(tokens, i + 2, language, true);
    else if (next === "de" && SET_DETERMINERS.fr.has(tokens[i + 2]?.lower ?? "")) last = setEnd(tokens, i + 2, language, false);
  }
  if (last < 0) return null;
  for (let k = last; k > i; k--) {
    const x = tokens[k] as Token;
    if (plain(x, language) && !PRONOUNS[language].has(x.lower) && x.lower !== "autre") {
      head = x.lower;
      break;
    }
  }
  const female = language === "fr" && w === "une";
  const male = language === "fr" && w === "un";
  // "l’un d’eux": the article is part of the phrase.
  const first = language === "fr" && tokens[i - 1]?.lower === "l’" ? i - 1 : i;
  const a = tokens[first] as Token;
  const z = tokens[last] as Token;
  return {
    kind: "role", first, last, text: source.slice(a.start - base, z.end - base), role: null, head: head ?? w, modifiers: [],
    gender: female ? "female" : male ? "male" : null, type: "person", possessive: z.possessive, sameAs: null, implied: null, plural: false, descriptive: false, partitive: true,
  };
}
