import type { Language } from "../schema/quote.ts";

/**
 * Phrases that report speech with a light verb and a noun rather than a reporting verb: "le parquet
 * donne des précisions", "la préfecture a fait le point", "police gave an update", "the council
 * provided details". A sentence whose subject does this has that subject speak, as "précise" would.
 */

/** Light verbs' forms, auxiliaries of the compound tenses left to the caller to skip. */
const LIGHT_VERBS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["gave", "gives", "give", "given", "provided", "provides", "provide", "offered", "offers", "issued", "issues", "shared", "shares", "released", "releases"]),
  fr: new Set([
    "donne", "donnent", "donné", "donnait", "donnaient", "donna", "apporte", "apportent", "apporté", "apportait",
    "fournit", "fournissent", "fourni", "fournissait", "livre", "livrent", "livré", "livrait",
  ]),
};

/** "fait le point", "a fait le point", "faisait le point": the one French light verb that takes "le point". */
const TAKES_STOCK = new Set(["fait", "font", "faisait", "faisaient", "fit"]);

/** Nouns for what such a phrase gives: news of something, details, an account. */
const GIVEN: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["update", "updates", "details", "detail", "statement", "explanation", "briefing", "account", "assurances"]),
  fr: new Set(["précisions", "précision", "détails", "nouvelles", "explications", "explication", "informations", "éléments", "assurances"]),
};

/** Words a light verb may put between itself and its noun: "des", "quelques", "an", "further". */
const BETWEEN: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["a", "an", "the", "some", "further", "more", "new", "few", "brief", "latest", "full", "its", "their", "his", "her"]),
  fr: new Set(["des", "de", "d’", "quelques", "plus", "nouvelles", "premières", "premiers", "ses", "leurs"]),
};

/** How many words may lie between the light verb and its noun. */
const GAP = 3;

/**
 * Whether a speech locution starts at word `i`, `lower(k)` giving the lowercased word `k` (undefined past
 * the sentence; auxiliaries already skipped): a light verb, then within a few small words a noun for what is told.
 */
export function speechLocutionAt(lower: (k: number) => string | undefined, i: number, language: Language): boolean {
  const verb = lower(i);
  if (verb === undefined) return false;
  if (language === "fr" && TAKES_STOCK.has(verb) && lower(i + 1) === "le" && lower(i + 2) === "point") return true;
  if (!LIGHT_VERBS[language].has(verb)) return false;
  for (let k = i + 1; k <= i + GAP + 1; k++) {
    const w = lower(k);
    if (w === undefined) return false;
    if (GIVEN[language].has(w)) return true;
    if (!BETWEEN[language].has(w)) return false;
  }
  return false;
}
