import type { Language } from "../schema/quote.ts";
import type { Token } from "./tokens.ts";
import { LOWERCASE, PERSON_ROLE_WORD } from "./words.ts";

/** A copula in the present or the past, by language: "Aurélie Sanchez est mycologue", "Dan Reed is a ranger". */
const COPULAS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["is", "was"]),
  fr: new Set(["est", "était"]),
};

/** What may stand between the copula and the role: an indefinite article, in English always. */
const ARTICLES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["a", "an"]),
  fr: new Set(["un", "une"]),
};

/** Words that carry a role's complement on: "mycologue au CEMA", "ranger at the park", "maire de Lyon". */
const LINKS = new Set(["de", "du", "des", "d’", "au", "aux", "à", "of", "at", "for", "with"]);

/** Words of time that end a role's complement: "maire de Sète depuis 2014". */
const SINCE = new Set(["depuis", "pendant", "jusqu’", "since", "for", "until", "during"]);

/** How many words a role's complement may take: "mycologue au Cercle d’études mycologiques". */
const MAX_COMPLEMENT = 6;

/**
 * The role a copula gives the name ending at `last`: "Aurélie Sanchez est mycologue au CEMA" is
 * "mycologue au CEMA", "Dan Reed is a ranger at Lake Tahoe" is "ranger at Lake Tahoe". As the token
 * range of the role, or null. French states a trade with no article; English with "a" or "an".
 */
export function copulaRole(tokens: readonly Token[], last: number, language: Language): readonly [number, number] | null {
  if (!COPULAS[language].has(tokens[last + 1]?.lower ?? "")) return null;
  let k = last + 2;
  const article = ARTICLES[language].has(tokens[k]?.lower ?? "");
  if (article) k++;
  if (language === "en" && !article) return null;
  const role = tokens[k];
  if (role === undefined || role.kind !== "word" || (role.flags & (PERSON_ROLE_WORD | LOWERCASE)) !== (PERSON_ROLE_WORD | LOWERCASE)) return null;
  let end = k;
  if (LINKS.has(tokens[k + 1]?.lower ?? "")) {
    for (let f = k + 2; f <= k + 1 + MAX_COMPLEMENT; f++) {
      const t = tokens[f];
      if (t === undefined || t.kind !== "word" || t.info.verb[language]?.finite === true || SINCE.has(t.lower)) break;
      end = f;
    }
    // The complement ends on a name or a noun, not on a word that opens another phrase.
    while (end > k && LINKS.has(tokens[end]?.lower ?? "")) end--;
  }
  return [k, end];
}
