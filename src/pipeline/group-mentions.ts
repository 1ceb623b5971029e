import type { Language } from "../schema/quote.ts";
import type { Mention } from "./mentions.ts";
import { AUXILIARIES_EN, INFINITIVES_FR, NUMBERS_FR, PREPOSITIONS } from "./names-lexicon.ts";
import type { Token } from "./tokens.ts";
import { AUXILIARY, CAPITALISED, CONNECTOR, GROUP_WORD, LOWERCASE, NAME_WORD, NOT_NAME, ROLE_WORD } from "./words.ts";

/** Words that open a French plural noun phrase: `les avocats`, `des habitants`, `plusieurs élus`. */
const OPENERS_FR = new Set(["les", "des", "ces", "leurs", "ses", "nos", "vos", "plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses", "d’autres"]);
/** Words that open an English one; a bare plural needs none (`Officials said`). */
const OPENERS_EN = new Set(["the", "these", "those", "their", "its", "his", "her", "our", "some", "several", "many", "most", "all", "both", "other"]);
/** Nouns for a household: one group, but "the Okafor family" is no group of its own. */
const HOUSEHOLDS = new Set(["family", "famille", "couple"]);
/** French singular determiners, which open a household's phrase: "sa famille", "le couple". */
const SINGULAR_OPENERS_FR = new Set(["la", "le", "sa", "son", "leur", "notre", "votre", "cette", "ce", "une", "un"]);
/** French words that may stand between the determiner and the noun: `les deux hommes`, `les nouveaux élus`. */
const BEFORE_NOUN_FR = new Set([
  "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "autres", "nouveaux", "nouvelles", "anciens", "anciennes",
  "jeunes", "premiers", "premières", "derniers", "dernières", "principaux", "principales", "hauts", "grands", "petits", "futurs",
]);

/** English words that end a bare plural's modifiers: clause words, prepositions, pronouns, auxiliaries. */
const STOPS_EN = new Set([
  "to", "of", "for", "in", "on", "at", "by", "with", "from", "as", "into", "about", "and", "or", "but", "nor", "that", "who",
  "which", "than", "when", "while", "after", "before", "said", "says", "say", "told", "also", "not", "no", "we", "you", "they", "it",
  "he", "she", "i", "there", "here", "where", "how", "why", "what", "if", "so", "because", "said", "like", "over", "under", "against",
  "between", "among", "during", "since", "until", "without", "within", "per", "via", "a", "an",
  ...AUXILIARIES_EN,
]);
/** Modifiers a bare English plural may take: `senior union officials`, `Boeing workers`. */
const MAX_MODIFIERS = 3;
/** How many capitalised words a complement's name may hold: `officials at the Department of Health`. */
const MAX_NAME = 4;
/** French openers that are also "de" + article: after a role noun they open its complement. */
const COMPLEMENT_FR = new Set(["des"]);
const POST = new Set(["of", "for", "at", "de", "du", "des", "d’"]);
const POST_DET = new Set(["the", "la", "le", "l’", "les"]);

/** "glissent deux fans venus de Bouaké": a number at `n`, before the noun at `k`, opens a plural with no determiner; `n`, else -1. */
function numberOpens(tokens: readonly Token[], n: number, k: number): number {
  return n < k && NUMBERS_FR.has(tokens[n]?.lower ?? "") ? n : -1;
}

/** Plurals that name a title's field rather than people: "chief of staff", "head of personnel". */
const TITLE_FIELDS = new Set(["staff", "personnel"]);

/** Whether `t` may be a noun a "de" complement hangs on: a plain word that is no verb. */
function nounBefore(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.info.verb.fr === null && (t.flags & AUXILIARY) === 0;
}

/** Whether a word opens a group's phrase (`Several officials`, `Les avocats`): lowercase it mid-sentence. */
export function opensGroup(lower: string): boolean {
  return OPENERS_EN.has(lower) || OPENERS_FR.has(lower);
}

/** Numbers that may count an English plural: "two unions", "Three steel unions". */
const NUMBERS_EN = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"]);

/** Whether token `t` may modify a bare English plural: a plain lowercase word or part of a name. */
function modifierEn(t: Token | undefined, used: number): boolean {
  if (t === undefined || t.kind !== "word" || STOPS_EN.has(t.lower) || (t.flags & (AUXILIARY | CONNECTOR)) !== 0 || t.info.verb.en !== null) return false;
  // "Three steel unions": a number counts the group, capitalised or not.
  if (NUMBERS_EN.has(t.lower)) return true;
  if ((t.flags & LOWERCASE) !== 0) return !t.lower.endsWith("ly");
  // A name the mention finder kept ("Boeing", "Ukrainian"): not a sentence's "However".
  return used === 1 && (t.flags & NAME_WORD) !== 0 && (t.flags & NOT_NAME) === 0;
}

/** Whether token `k` is a capitalised word of a name. */
function inName(tokens: readonly Token[], used: Uint8Array, k: number): boolean {
  return used[k] === 1 && ((tokens[k]?.flags ?? 0) & CAPITALISED) !== 0;
}

/**
 * Where a group's phrase starts, given its plural noun at `k`: the determiner in French (-1 when
 * there is none); in English the determiner, else the first of the modifiers before the noun.
 */
function startOf(tokens: readonly Token[], k: number, language: Language, used: Uint8Array): number {
  if (language === "fr") {
    // "sa famille", "le couple": a household's noun is singular, and so is its determiner.
    // Not a complement: "l’adjointe déléguée à la famille" is one role.
    if (HOUSEHOLDS.has(tokens[k]?.lower ?? "") && SINGULAR_OPENERS_FR.has(tokens[k - 1]?.lower ?? "")) return PREPOSITIONS.has(tokens[k - 2]?.lower ?? "") ? -1 : k - 1;
    for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
      const w = tokens[b] as Token;
      // "glissent deux fans venus de Yamoussoukro": a number with no determiner before it opens the phrase.
      if (w.kind !== "word") return numberOpens(tokens, b + 1, k);
      if (OPENERS_FR.has(w.lower)) return b;
      // "Très remontés, de jeunes agriculteurs": "de" opens a plural before an adjective, where no noun
      // comes before it ("l’association de petits commerçants" is one body).
      if (w.lower === "de" && b < k - 1 && !nounBefore(tokens[b - 1])) return b + 1;
      if (!BEFORE_NOUN_FR.has(w.lower) && !/^\d+$/.test(w.lower)) return numberOpens(tokens, b + 1, k);
    }
    return -1;
  }
  let first = k;
  for (let b = k - 1, n = 0; b >= 0 && n <= MAX_MODIFIERS; b--, n++) {
    const w = tokens[b] as Token;
    if (w.kind === "word" && OPENERS_EN.has(w.lower)) return b;
    if (n === MAX_MODIFIERS || !modifierEn(w, used[b] ?? 0)) break;
    // "have forced transport bosses": a participle after an auxiliary is the verb ("the retired officials" is no verb).
    if (w.lower.endsWith("ed") && AUXILIARIES_EN.has(tokens[b - 1]?.lower ?? "")) break;
    first = b;
  }
  // "12,000 patients": a number's thousands go with it.
  // Not "In 2019, 300 patients": the thousands' comma touches both figures.
  while (/^\d{3}$/.test(tokens[first]?.text ?? "") && tokens[first - 1]?.text === "," && /^\d+$/.test(tokens[first - 2]?.text ?? "") && tokens[first - 1]?.start === tokens[first - 2]?.end && tokens[first]?.start === tokens[first - 1]?.end) first -= 2;
  return first;
}


/** Whether a name stands in the household phrase `first`..`k` or right after its noun: "the Okafor family", "la famille Dupont". */
function namedHousehold(tokens: readonly Token[], first: number, k: number): boolean {
  const name = (n: number) => ((tokens[n]?.flags ?? 0) & (NAME_WORD | CAPITALISED)) === (NAME_WORD | CAPITALISED) && !OPENERS_EN.has(tokens[n]?.lower ?? "") && !OPENERS_FR.has(tokens[n]?.lower ?? "");
  for (let n = first; n < k; n++) if (name(n)) return true;
  return name(k + 1);
}

/**
 * Groups that speak as one, named by a plural noun: `union officials`, `the victim’s parents`,
 * `les avocats de la défense`, `les services du ministre`. Each is a role mention of an
 * organisation-like collective (`plural` set): "they said" may stand for it, "it said" may not.
 * `groupWords` are the indexes of the plural nouns, in order.
 */
export function findGroupMentions(tokens: readonly Token[], source: string, base: number, language: Language, used: Uint8Array, groupWords: readonly number[]): Mention[] {
  const out: Mention[] = [];
  let done = -1;
  for (const k of groupWords) {
    const t = tokens[k] as Token;
    if (k <= done || used[k] === 2) continue;
    // "the leisure services committee", "the residents association": in English a plural before a role noun
    // modifies it, as a singular does; the role phrase takes both.
    if (language === "en" && tokens[k + 1]?.kind === "word" && ((tokens[k + 1] as Token).flags & (ROLE_WORD | LOWERCASE)) === (ROLE_WORD | LOWERCASE)) continue;
    // A capitalised plural inside a longer name ("Nurses Organisation") belongs to the name.
    if (used[k] === 1 && (inName(tokens, used, k - 1) || inName(tokens, used, k + 1))) continue;
    const first = startOf(tokens, k, language, used);
    if (first < 0) continue;
    // "l’avocat des parties civiles", "le porte-parole des syndicats": the plural completes a role.
    if (COMPLEMENT_FR.has(tokens[first]?.lower ?? "") && ((tokens[first - 1]?.flags ?? 0) & (ROLE_WORD | GROUP_WORD)) !== 0) continue;
    // "chief of staff", "head of staff": so does a bare plural after "of" and a role.
    if (first === k && TITLE_FIELDS.has(t.lower) && tokens[k - 1]?.lower === "of" && ((tokens[k - 2]?.flags ?? 0) & ROLE_WORD) !== 0) continue;
    // "the Okafor family", "la famille Dupont": a household a name tells is that name's, whoever of it is meant.
    if (HOUSEHOLDS.has(t.lower) && namedHousehold(tokens, first, k)) continue;
    let overlap = false;
    for (let b = first; b < k && !overlap; b++) overlap = used[b] === 2;
    if (overlap) continue;
    let last = k;
    // "officials at the Department of Health", "les services du ministre": what the group is of.
    if (POST.has(tokens[k + 1]?.lower ?? "")) {
      let p = k + 2;
      if (POST_DET.has(tokens[p]?.lower ?? "")) p++;
      let q = p;
      // "the Ministry of Health": a connector inside the name goes on with it.
      const nameAt = (x: number) => ((tokens[x]?.flags ?? 0) & NAME_WORD) !== 0;
      while (q < p + MAX_NAME && (nameAt(q) || (q > p && ((tokens[q]?.flags ?? 0) & CONNECTOR) !== 0 && nameAt(q + 1)))) q++;
      // One common noun completes it too: "les avocats de la défense"; a verb does not ("de se réjouir").
      if (q === p && tokens[p]?.kind === "word" && ((tokens[p] as Token).flags & LOWERCASE) !== 0 && tokens[p]?.info.verb[language] === null && !INFINITIVES_FR.has(tokens[p]?.lower ?? "") && used[p] !== 2) q = p + 1;
      if (q > p) last = q - 1;
    }
    const a = tokens[first] as Token;
    const z = tokens[last] as Token;
    const modifiers: string[] = [];
    for (let n = first + 1; n <= last; n++) {
      const w = tokens[n] as Token;
      if (n === k || w.kind !== "word" || POST.has(w.lower) || POST_DET.has(w.lower)) continue;
      modifiers.push(w.lower.endsWith("’s") ? w.lower.slice(0, -2) : w.lower);
    }
    if (first < k && !OPENERS_EN.has(a.lower) && !OPENERS_FR.has(a.lower)) modifiers.unshift(a.lower);
    out.push({
      kind: "role", first, last, text: source.slice(a.start - base, z.end - base), role: null, head: t.lower, modifiers,
      gender: null, type: "organisation", possessive: z.possessive, sameAs: null, implied: null, plural: true, descriptive: false, partitive: false,
    });
    for (let n = first; n <= last; n++) used[n] = 2;
    done = last;
  }
  return out;
}
