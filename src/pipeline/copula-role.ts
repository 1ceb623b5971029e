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
 * Passives that give someone an office from now on, by language: "Imène Souid-Ben Cheikh a été élue maire d’Orly",
 * "Dan Reed was appointed chief executive". Said of a name after a comma too ("Dans une mairie bondée, X a été élue").
 */
const APPOINTED: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["elected", "re-elected", "reelected", "appointed", "named"]),
  fr: new Set(["élu", "élue", "réélu", "réélue", "nommé", "nommée", "désigné", "désignée"]),
};

/** The auxiliaries before such a passive, as word sequences: "a été", "vient d’être", "has been". */
const PASSIVE_AUXILIARIES: Readonly<Record<Language, readonly (readonly string[])[]>> = {
  en: [["was"], ["is"], ["has", "been"], ["had", "been"], ["have", "been"]],
  fr: [["est"], ["a", "été"], ["vient", "d’", "être"], ["vient", "d'", "être"]],
};

/** How many tokens a party's or a place's parenthesis after a name may hold: "Imène Souid-Ben Cheikh (DVG)". */
const MAX_PARENTHESIS = 6;

/** Where a word sequence `words` starts at token `k`: the index after it, or -1. */
function after(tokens: readonly Token[], k: number, words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) if (tokens[k + i]?.lower !== words[i]) return -1;
  return k + words.length;
}

/** The index after a parenthesis opening at `k` ("(DVG)"), or `k` when none opens there. */
function pastParenthesis(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== "(") return k;
  for (let f = k + 1; f <= k + MAX_PARENTHESIS; f++) if (tokens[f]?.text === ")") return f + 1;
  return k;
}

/** Where the role a passive of appointment gives starts after the name ending at `last`, or -1. */
function appointedRole(tokens: readonly Token[], last: number, language: Language): number {
  const k = pastParenthesis(tokens, last + 1);
  for (const aux of PASSIVE_AUXILIARIES[language]) {
    const verb = after(tokens, k, aux);
    if (verb < 0 || !APPOINTED[language].has(tokens[verb]?.lower ?? "")) continue;
    // "was appointed as a trustee", "was named the club's manager" stays unread: only "as" and an indefinite article.
    let r = verb + 1;
    if (language === "en" && tokens[r]?.lower === "as") r++;
    if (ARTICLES[language].has(tokens[r]?.lower ?? "")) r++;
    return r;
  }
  return -1;
}

/** Whether `t` is a lowercase word for a person's role: "maire", "spokesman", "chief". */
function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.flags & (PERSON_ROLE_WORD | LOWERCASE)) === (PERSON_ROLE_WORD | LOWERCASE);
}

/**
 * The role a copula gives the name ending at `last`: "Aurélie Sanchez est mycologue au CEMA" is
 * "mycologue au CEMA", "Dan Reed is a spokesman for the park" is "spokesman for the park". As the token
 * range of the role, or null. French states a trade with no article; English with "a" or "an". A passive
 * of appointment gives one too: "X a été élue maire d’Orly", "X was elected mayor".
 */
export function copulaRole(tokens: readonly Token[], first: number, last: number, language: Language): readonly [number, number] | null {
  const opens = first === 0 || /^[.!?»”"]$/.test(tokens[first - 1]?.text ?? "");
  const appointed = opens || tokens[first - 1]?.text === "," ? appointedRole(tokens, last, language) : -1;
  let k = appointed;
  if (k < 0) {
    if (!COPULAS[language].has(tokens[last + 1]?.lower ?? "")) return null;
    // Only a name that opens its sentence: "Le fils de Paul Martin est médecin", "the driver who hit Emily Stone is a teacher".
    if (!opens) return null;
    k = last + 2;
    const article = ARTICLES[language].has(tokens[k]?.lower ?? "");
    if (article) k++;
    if (language === "en" && !article) return null;
  }
  if (!isRoleWord(tokens[k])) return null;
  // "was appointed chief executive", "head coach": English compounds an office's title of role words. Not after
  // "is a": "a student teacher", "a volunteer driver" are no students or volunteers.
  let noun = k;
  while (language === "en" && appointed >= 0 && isRoleWord(tokens[noun + 1])) noun++;
  // "entraîneur adjoint": a qualifier after the noun makes another office; only a complement or the clause's end may follow.
  const next = tokens[noun + 1];
  if (next !== undefined && next.kind === "word" && !LINKS.has(next.lower)) return null;
  let end = noun;
  if (next !== undefined && LINKS.has(next.lower) && !/^\d/.test(tokens[noun + 2]?.text ?? "")) {
    for (let f = noun + 2; f <= noun + 1 + MAX_COMPLEMENT; f++) {
      const t = tokens[f];
      if (t === undefined || t.kind !== "word" || t.info.verb[language] !== null || SINCE.has(t.lower) || STOPS.has(t.lower)) break;
      // A function word other than a link or an article opens another phrase: "nurse for 30 years before she retired".
      if ((t.flags & (NOT_NAME | PRONOUN)) !== 0 && !LINKS.has(t.lower) && !ARTICLES_IN_COMPLEMENT.has(t.lower)) break;
      // "ami du maire", "teammate of the coach": a role of someone else's is no office of one's own.
      if ((t.flags & PERSON_ROLE_WORD) !== 0) return null;
      end = f;
    }
    // The complement ends on a name or a noun, not on a word that opens another phrase.
    while (end > noun && (LINKS.has(tokens[end]?.lower ?? "") || ARTICLES_IN_COMPLEMENT.has(tokens[end]?.lower ?? ""))) end--;
  }
  // "Paul Roux a été nommé directeur de l’hôpital en 1998": an appointment dated to a year is past, someone else's since.
  if (appointed >= 0 && datedAfter(tokens, end + 1)) return null;
  return [k, end];
}

/** Whether a year follows at `k` or just after a preposition: "en 1998", "in 2005". */
function datedAfter(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k]?.lower === "en" || tokens[k]?.lower === "in" ? k + 1 : k;
  return /^(?:1[89]|20)\d\d$/u.test(tokens[at]?.text ?? "");
}
