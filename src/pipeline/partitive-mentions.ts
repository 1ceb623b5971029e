import type { Language } from "../schema/quote.ts";
import type { Mention } from "./mentions.ts";
import { AUXILIARIES_EN, NUMBERS_FR, VERB_OPENERS_FR, isOrdinal } from "./names-lexicon.ts";
import type { Token } from "./tokens.ts";
import { AUXILIARY, CAPITALISED, CONNECTOR, GROUP_WORD, LOWERCASE, ROLE_WORD, isPersonRoleWord } from "./words.ts";

/**
 * Someone picked out of a group or set beside someone already met, never named: `one of the workers`,
 * `another`, `l’un d’eux`, `l’une des deux amies`, `un autre usager`. Such a mention is always
 * someone new, so it is marked `partitive` and never resolved to an entity already known.
 */

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

/**
 * Words that end the set's noun phrase: conjunctions, relatives, prepositions, and the verbs "be", "have"
 * and "do", which no lexicon of speech lists: "one of the workers was injured" is "one of the workers",
 * "l’une de nos équipes est allée" is "l’une de nos équipes".
 */
const STOPS = new Set([
  "and", "or", "but", "who", "that", "which", "whose", "to", "in", "at", "on", "for", "with", "from", "by", "as",
  "et", "ou", "mais", "ni", "qui", "que", "qu’", "dont", "à", "au", "aux", "en", "dans", "sur", "pour", "par", "avec",
  ...AUXILIARIES_EN, ...VERB_OPENERS_FR,
]);

/** A plain lowercase word that may be part of a noun phrase: letters, no verb, auxiliary, connector or stop. */
function plain(t: Token | undefined, language: Language): boolean {
  return t !== undefined && t.kind === "word" && (t.flags & LOWERCASE) !== 0 && (t.flags & (AUXILIARY | CONNECTOR)) === 0 && t.info.verb[language] === null && !STOPS.has(t.lower) && !/\d/.test(t.lower);
}

/** Nouns of time and number that make `another`, `un autre` no one: `another year`, `une autre fois`. */
const NOT_PEOPLE = new Set([
  "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "way", "thing", "things", "one",
  "fois", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années", "façon", "manière", "chose", "choses",
]);
/** `one of the most…`, `l’un des plus…`: a superlative picks out a thing as often as a person. */
const SUPERLATIVES = new Set(["most", "best", "least", "worst", "biggest", "largest", "greatest", "plus", "moins", "meilleurs", "meilleures", "pires"]);

/** The last of up to `MAX_WORDS` plain words from `k` on, or -1 when `k` holds none or a noun of time opens them. */
function wordsEnd(tokens: readonly Token[], k: number, language: Language): number {
  let last = -1;
  for (let f = k; f < k + MAX_WORDS && plain(tokens[f], language); f++) last = f;
  return last >= 0 && (NOT_PEOPLE.has(tokens[last]?.lower ?? "") || NOT_PEOPLE.has(tokens[k]?.lower ?? "")) ? -2 : last;
}

/** The last token of the set's noun phrase starting at `k` (`the workers`, `des représentants des JA`), or -1. */
function setEnd(tokens: readonly Token[], k: number, language: Language, determined: boolean): number {
  let f = k;
  if (!determined && SET_DETERMINERS[language].has(tokens[f]?.lower ?? "")) f++;
  if (SUPERLATIVES.has(tokens[f]?.lower ?? "")) return -1;
  const last = wordsEnd(tokens, f, language);
  if (last < 0) return -1;
  // "l’un des représentants des Jeunes Agriculteurs", "one of the members of the Kelsey Club": the
  // group's own complement, a name of one or more capitalised words, maybe after an article.
  const link = tokens[last + 1]?.lower ?? "";
  if (link === "des" || link === "du" || link === "of") {
    let n = last + 2;
    if (/^(?:the|la|le|l’)$/.test(tokens[n]?.lower ?? "")) n++;
    let end = -1;
    for (; tokens[n]?.kind === "word" && ((tokens[n] as Token).flags & LOWERCASE) === 0; n++) end = n;
    if (end >= 0) return end;
    // "l’un des conseillers départementaux du canton", "one of the members of the council": a body's noun.
    // Not one a name follows: "l’un des proches du ministre Gérald Darmanin" is close to him, not him.
    if (plain(tokens[n], language) && !plain(tokens[n + 1], language) && ((tokens[n + 1]?.flags ?? 0) & CAPITALISED) === 0) return n;
  }
  return last;
}

/** The partitive mention starting at token `i` (a word `MARK_PARTITIVE` marks), or null. */
export function partitiveAt(tokens: readonly Token[], i: number, source: string, base: number, language: Language): Mention | null {
  const t = tokens[i] as Token;
  const w = t.lower;
  let last = -1;
  const next = tokens[i + 1]?.lower ?? "";
  if (language === "en" && w === "one" && next === "of") {
    const after = tokens[i + 2]?.lower ?? "";
    if (PRONOUNS.en.has(after)) last = i + 2;
    else last = setEnd(tokens, i + 2, language, false);
  } else if (language === "en" && w === "one" && (t.flags & CAPITALISED) !== 0 && tokens[i + 1]?.info.verb.en?.finite === true && PAST.test(next) && /^(?:[.!?"“”]|)$/.test(tokens[i - 1]?.text ?? "")) {
    // "Workers were angry. One said: “…”": one of the group just spoken of, opening its sentence.
    last = i;
  } else if (language === "en" && w === "another" && tokens[i - 1]?.lower !== "one") {
    // "another said", "another senior official said": words may follow; not "one another".
    // "Another 20 people were hurt": a number makes it a count.
    const end = /ly$/.test(next) ? -1 : /^\d/.test(next) ? -2 : wordsEnd(tokens, i + 1, language);
    last = end === -1 ? i : end;
  } else if (language === "fr" && (w === "un" || w === "une") && next === "autre") {
    const end = /ment$/.test(tokens[i + 2]?.lower ?? "") ? -1 : wordsEnd(tokens, i + 2, language);
    last = end === -1 ? i + 1 : end;
  } else if (language === "fr" && (w === "un" || w === "une") && isOrdinal(next) && !plain(tokens[i + 2], language)) {
    // "dit un troisième": an ordinal alone counts one more of the group (not "un second tour").
    last = i + 1;
  } else if (language === "fr" && (w === "un" || w === "une")) {
    if (next === "d’" && PRONOUNS.fr.has(tokens[i + 2]?.lower ?? "")) last = i + 2;
    else if (next === "d’" && tokens[i + 2]?.lower === "entre" && PRONOUNS.fr.has(tokens[i + 3]?.lower ?? "")) last = i + 3;
    else if (next === "des") last = setEnd(tokens, i + 2, language, true);
    else if (next === "de" && SET_DETERMINERS.fr.has(tokens[i + 2]?.lower ?? "")) last = setEnd(tokens, i + 2, language, false);
  }
  if (last < 0) return null;
  // The head noun: the last word in English ("striking workers"), the first in French ("problèmes majeurs").
  const words: string[] = [];
  for (let k = i + 1; k <= last; k++) {
    const x = tokens[k] as Token;
    if (plain(x, language) && !PRONOUNS[language].has(x.lower) && !SET_DETERMINERS[language].has(x.lower) && x.lower !== "autre" && !isOrdinal(x.lower) && !NUMBERS_FR.has(x.lower)) words.push(x.lower);
  }
  const head = (language === "fr" ? words[0] : words[words.length - 1]) ?? w;
  // "Une autre option s’offre à elle", "another reason": an abstract noun is no one more ("another mourner" is).
  const other = w === "another" || next === "autre";
  if (other && words.length > 0 && !someone(tokens, i + 1, last) && abstractNoun(head)) return null;
  const female = language === "fr" && w === "une";
  const male = language === "fr" && w === "un";
  // "l’un d’eux": the article is part of the phrase.
  const first = language === "fr" && tokens[i - 1]?.lower === "l’" ? i - 1 : i;
  const a = tokens[first] as Token;
  const z = tokens[last] as Token;
  return {
    kind: "role", first, last, text: source.slice(a.start - base, z.end - base), role: null, head, modifiers: [],
    gender: female ? "female" : male ? "male" : null, type: "person", possessive: z.possessive, sameAs: null, implied: null, plural: false, descriptive: false, partitive: true,
  };
}

/** Whether a word from `from` to `to` names people ("une autre haute responsable", "un autre membre"). */
function someone(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if ((t.flags & (ROLE_WORD | GROUP_WORD)) !== 0 || isPersonRoleWord(t.lower) || MEMBERS.has(t.lower)) return true;
  }
  return false;
}

/** Abstract nouns and nouns of things "another" often counts: "another reason", "une autre option". */
const THINGS = new Set([
  "reason", "reasons", "option", "problem", "issue", "question", "factor", "example", "step", "chance", "idea", "thing", "matter", "point", "concern", "round", "attempt",
  "raison", "option", "problème", "question", "solution", "piste", "étape", "chance", "idée", "exemple", "fois", "affaire", "manière", "voie", "possibilité",
]);

/** Whether a noun names a thing rather than someone: a listed one, or an abstract suffix ("-tion", "-ment", "-ité", "-ity"). */
function abstractNoun(word: string): boolean {
  return THINGS.has(word) || /(?:tion|sion|ment|ité|ance|ence|isme|ity|ism)$/u.test(word);
}

/** Nouns for one of a body, no role of their own: "un autre membre de la défense". */
const MEMBERS = new Set(["member", "membre", "participant", "participante", "person", "personne"]);

/** A verb's past form, as a reporting verb after "One" takes ("One said", not "One question…"). */
const PAST = /^(?:said|told|wrote|\p{Ll}+ed)$/u;
