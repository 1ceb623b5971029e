import type { Language } from "../schema/quote.ts";
import type { Token } from "./tokens.ts";
import { LOWERCASE, NOT_NAME, PERSON_ROLE_WORD, PRONOUN } from "./words.ts";

/**
 * A copula in the present, by language: "Aurélie Sanchez est mycologue", "Dan Reed is a spokesman". Not the past:
 * "Jacques Bonnet était maire de 1995 à 2008" held an office someone else holds now.
 */
const COPULAS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["is"]),
  fr: new Set(["est"]),
};

/** What may stand between the copula and the role: an indefinite article, in English always. */
const ARTICLES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["a", "an"]),
  fr: new Set(["un", "une"]),
};

/** Words that carry a role's complement on: "mycologue au CEMA", "spokesman for the park", "maire de Lyon". */
const LINKS = new Set(["de", "du", "des", "d’", "au", "aux", "à", "of", "at", "for", "with"]);

/** Words of time that end a role's complement: "maire de Sète depuis 2014". */
const SINCE = new Set(["depuis", "pendant", "jusqu’", "since", "for", "until", "during"]);

/** Articles a complement may hold: "spokesman for the park", "maire de la commune". */
const ARTICLES_IN_COMPLEMENT = new Set(["the", "le", "la", "l’", "les"]);

/** Words that end a complement where another clause begins: "médecin à Lyon et il préside…", "lawyer with a firm that…". */
const STOPS = new Set(["et", "mais", "ou", "qui", "que", "and", "but", "or", "who", "that", "which", "where", "où"]);

/** How many words a role's complement may take: "mycologue au Cercle d’études mycologiques". */
const MAX_COMPLEMENT = 6;

/**
 * The role a copula gives the name ending at `last`: "Aurélie Sanchez est mycologue au CEMA" is
 * "mycologue au CEMA", "Dan Reed is a spokesman for the park" is "spokesman for the park". As the token
 * range of the role, or null. French states a trade with no article; English with "a" or "an".
 */
export function copulaRole(tokens: readonly Token[], first: number, last: number, language: Language): readonly [number, number] | null {
  if (!COPULAS[language].has(tokens[last + 1]?.lower ?? "")) return null;
  // Only a name that opens its sentence: "Le fils de Paul Martin est médecin", "the driver who hit Emily Stone is a teacher".
  if (first > 0 && !/^[.!?»”"]$/.test(tokens[first - 1]?.text ?? "")) return null;
  let k = last + 2;
  const article = ARTICLES[language].has(tokens[k]?.lower ?? "");
  if (article) k++;
  if (language === "en" && !article) return null;
  const role = tokens[k];
  if (role === undefined || role.kind !== "word" || (role.flags & (PERSON_ROLE_WORD | LOWERCASE)) !== (PERSON_ROLE_WORD | LOWERCASE)) return null;
  // "entraîneur adjoint": a qualifier after the noun makes another office; only a complement or the clause's end may follow.
  const next = tokens[k + 1];
  if (next !== undefined && next.kind === "word" && !LINKS.has(next.lower)) return null;
  let end = k;
  if (next !== undefined && LINKS.has(next.lower) && !/^\d/.test(tokens[k + 2]?.text ?? "")) {
    for (let f = k + 2; f <= k + 1 + MAX_COMPLEMENT; f++) {
      const t = tokens[f];
      if (t === undefined || t.kind !== "word" || t.info.verb[language] !== null || SINCE.has(t.lower) || STOPS.has(t.lower)) break;
      // A function word other than a link or an article opens another phrase: "nurse for 30 years before she retired".
      if ((t.flags & (NOT_NAME | PRONOUN)) !== 0 && !LINKS.has(t.lower) && !ARTICLES_IN_COMPLEMENT.has(t.lower)) break;
      // "ami du maire", "teammate of the coach": a role of someone else's is no office of one's own.
      if ((t.flags & PERSON_ROLE_WORD) !== 0) return null;
      end = f;
    }
    // The complement ends on a name or a noun, not on a word that opens another phrase.
    while (end > k && (LINKS.has(tokens[end]?.lower ?? "") || ARTICLES_IN_COMPLEMENT.has(tokens[end]?.lower ?? ""))) end--;
  }
  return [k, end];
}
