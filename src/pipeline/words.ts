import type { Language } from "../schema/quote.ts";
import { isAuxiliary, isSpeechNoun, startsPreposition, verbCue, type VerbCue } from "./cues.ts";
import type { Gender } from "./mentions.ts";
import {
  ANY_SEX_FIRST, CALENDAR, CAPITAL_PARTICLES, COLLECTIVES, CONNECTORS, compoundFirst, DEMONYMS, FEMALE_FIRST as FEMALE_FIRST_NAMES, FEMALE_TITLES, MALE_FIRST as MALE_FIRST_NAMES,
  CAPITAL_OFFICES, CURRENCY_CODES, MALE_TITLES, NOT_NAMES, ORG_ROLES, ORG_WORDS, PARTICLES, PERSON_ROLES, PLACES, PLACE_WORDS, PREMODIFIERS, PRONOUNS, TITLE_WORDS, isFirstName,
} from "./names-lexicon.ts";

/**
 * What the attribution stages ask of a token's text (is it a role noun, a reporting verb, a word
 * that may be part of a name…), worked out once per distinct spelling. An article repeats its
 * words endlessly: one lookup per token then replaces a dozen set lookups and regex tests.
 */
export interface WordInfo {
  /** Lowercase, with ' folded into ’ so French elisions compare equal. */
  lower: string;
  /** Bits below, each the answer of one of the predicates named after it. */
  flags: number;
  /** he/she/il/elle: the gender the pronoun carries. */
  pronoun: Gender | null;
  /** `verbCue(text, language)`. */
  verb: Readonly<Record<Language, VerbCue | null>>;
  /** More bits (the `MARK_` constants): words the mention finder looks out for on every token. */
  marks: number;
}

/** `dernier`, `dernière`, `latter`: the word that ends `ce dernier`, `the latter`. */
/** Words that join the last item of a list: "Québec, Saguenay et Toronto", "Smith & Sons". */
export const AND_WORDS: ReadonlySet<string> = new Set(["and", "et", "&"]);

export const MARK_LATTER = 1 << 0;
/** `one`, `another`, `un`, `une`: a word that may open a partitive (`one of them`, `l’un d’eux`). */
export const MARK_PARTITIVE = 1 << 1;
/** `isFirstName(text)`, worked out once per word. */
export const MARK_FIRST_NAME = 1 << 2;

const LATTER_WORDS = new Set(["dernier", "dernière", "latter", "premier", "première", "former", "second", "seconde"]);
const PARTITIVE_WORDS = new Set(["one", "another", "un", "une"]);

/** Whether a token is a first name (`isFirstName` of its text, looked up once per word). */
export function firstName(t: { readonly info: WordInfo } | undefined): boolean {
  return t !== undefined && (t.info.marks & MARK_FIRST_NAME) !== 0;
}

const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;

function marksOf(text: string, lower: string): number {
  // A quotation token's text is longer than any word looked for: not worth hashing it to look it up.
  if (text.length > CACHE_LENGTH) return 0;
  let m = 0;
  if (LATTER_WORDS.has(lower)) m |= MARK_LATTER;
  if (PARTITIVE_WORDS.has(lower)) m |= MARK_PARTITIVE;
  // "de", "will", "may": lists of first names hold common words too; written lowercase, they are words.
  // "SA", "AG": a short acronym is a company's form, whatever the lists say.
  if (text.length <= CACHE_LENGTH && text !== lower && !SHORT_ACRONYM.test(text) && isFirstName(text)) m |= MARK_FIRST_NAME;
  return m;
}

/** Starts with a capital (or is an @handle): `isCapitalised` for a word token. */
export const CAPITALISED = 1 << 0;
/** A capitalised word that may be part of a name: not a stop word, a month, a contraction. */
export const NAME_WORD = 1 << 1;
/** Two capitals or more and nothing else (NAACP, AFP). */
export const ACRONYM = 1 << 2;
export const TITLE_WORD = 1 << 3;
export const ROLE_WORD = 1 << 4;
export const PERSON_ROLE_WORD = 1 << 5;
export const PERSON_ROLE = 1 << 6;
export const ORG_ROLE = 1 << 7;
export const CONNECTOR = 1 << 8;
export const PARTICLE = 1 << 9;
export const CAPITAL_PARTICLE = 1 << 10;
export const ORG_WORD = 1 << 11;
export const PLACE = 1 << 12;
export const PLACE_WORD = 1 << 13;
export const MALE_TITLE = 1 << 14;
export const FEMALE_TITLE = 1 << 15;
/** The text is its own lowercase form. */
export const LOWERCASE = 1 << 16;
export const SPEECH_NOUN_EN = 1 << 17;
export const SPEECH_NOUN_FR = 1 << 18;
export const AUXILIARY = 1 << 19;
/** Ends in -ing, -ly or -ed: a capitalised participle or adverb opening a sentence is no name. */
export const ING_LY_ED = 1 << 20;
/** A first name that tells the gender. */
export const MALE_FIRST = 1 << 21;
export const FEMALE_FIRST = 1 << 22;
/** he/she/il/elle (see `pronoun`). */
export const PRONOUN = 1 << 23;
/** A finite reporting verb (see `verb`), by language. */
export const FINITE_VERB_EN = 1 << 24;
export const FINITE_VERB_FR = 1 << 25;
/** The first word of a source preposition (`according`, `selon`), by language. */
export const PREPOSITION_EN = 1 << 26;
export const PREPOSITION_FR = 1 << 27;
/** A capitalised word that never starts a name (NOT_NAMES: The, However, Mr…). */
export const NOT_NAME = 1 << 28;
/** A word allowed before a role noun (`senior`, `former`, `ancien`). */
export const PREMODIFIER = 1 << 29;
/** French participle or adverb form (-ant, -é(e)(s), -ment): a capitalised one opening a sentence is no name. */
export const FR_VERB_FORM = 1 << 30;
/** A plural noun for people who speak as a group (`officials`, `les avocats`): see `isGroupNoun`. */
export const GROUP_WORD = 1 << 31;

/** Lowercase, with ' folded into ’ so French elisions compare equal. */
export function lowerOf(s: string): string {
  const l = s.toLowerCase();
  return l.includes("'") ? l.replace(/'/g, "’") : l;
}

function headOf(lower: string): string {
  const dash = lower.lastIndexOf("-");
  return dash < 0 ? lower : lower.slice(dash + 1);
}

/** A title word before a name (`UN Secretary General`), hyphenated ones included (`ex-président`). */
export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || (lower.includes("-") && lower.split("-").some((p) => TITLE_WORDS.has(p) && p.length > 2));
}

const AGENT_NOUN = /^(?:\p{Ll}{4,}(?:ographer|ician|ist|icien|icienne|iste)|\p{Ll}{2,}ologue)$/u;
/** Swedish surnames (-qvist, -kvist, -quist), lists (`shortlist`), verbs (`persist`, `consiste`, `s'attriste`) and speeches (`prologue`). */
const NOT_AGENT = /(?:(?:qv|kv|qu)ist|(?:check|play|short|black|wish|wait|hit)list|(?:per|con|sub|de|in|re)sist(?:e|s|ent)?|attriste|^(?:pr|mon)ologue)$/;

/**
 * Professions told by their ending, in both languages: `seismologist`, `economist`, `physician`,
 * `sismologue`, `physicienne`. Short words are not.
 */
export function isAgentNoun(lower: string): boolean {
  return AGENT_NOUN.test(lower) && !NOT_AGENT.test(lower);
}

/** A role noun for people, hyphenated ones by their head (`vice-president`) or whole (`co-ordinator`). */
export function isPersonRoleWord(lower: string): boolean {
  // "co-ordinator" is "coordinator" spelt with its prefix apart.
  return PERSON_ROLES.has(lower) || isAgentNoun(lower) || (lower.includes("-") && (PERSON_ROLES.has(headOf(lower)) || isAgeNoun(lower) || PERSON_ROLES.has(lower.replaceAll("-", ""))));
}

/**
 * A plural noun for people who speak as one: a person role's plural (`officials`, `witnesses`,
 * `deputies`, `les avocates`, `les élus`), an organisation noun's (`unions`, `les syndicats`) or a
 * collective (`staff`, `les forces`).
 */
export function isGroupNoun(lower: string): boolean {
  if (COLLECTIVES.has(lower)) return true;
  const n = lower.length;
  if (n < 4) return false;
  const last = lower.charCodeAt(n - 1);
  // -s in both languages, -x in French (`les chevaux` is no role: only listed singulars count).
  if (last !== 115 && last !== 120) return false;
  // "les syndicats", "unions": organisations speak together too.
  const singular = (w: string) => isPersonRoleWord(w) || ORG_ROLES.has(w);
  if (singular(lower.slice(0, -1))) return true;
  // "witnesses", "coaches"; "deputies", "secretaries"; "les hôpitaux".
  if (lower.endsWith("es") && singular(lower.slice(0, -2))) return true;
  if (lower.endsWith("aux") && singular(`${lower.slice(0, -3)}al`)) return true;
  return lower.endsWith("ies") && singular(`${lower.slice(0, -3)}y`);
}

/** A role noun, for people or organisations, in either language. */
export function isRoleWord(lower: string): boolean {
  return ORG_ROLES.has(lower) || isPersonRoleWord(lower);
}

const AGE_NOUN = /^\d{1,3}-year-old$|^[a-z]+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/;

/** `the 70-year-old`, `the father-of-two`: a noun that only says someone's age or family. */
export function isAgeNoun(lower: string): boolean {
  return AGE_NOUN.test(lower);
}

const ACRONYM_RE = /^\p{Lu}{2,}$/u;
/** Endings after an apostrophe that make a contraction (I’m, We’re), not a name. */
const CONTRACTION_TAILS = ["m", "re", "s", "ve", "ll", "d", "t"];

/**
 * `/[’'](?:m|re|s|ve|ll|d|t)$/` read at the end only: the regex tried every position of a
 * quotation token's long text.
 */
function isContraction(lower: string): boolean {
  for (const tail of CONTRACTION_TAILS) {
    const at = lower.length - tail.length - 1;
    if (at < 0) continue;
    const c = lower.charCodeAt(at);
    if ((c === 0x2019 || c === 39) && lower.endsWith(tail)) return true;
  }
  return false;
}

function capitalised(text: string): boolean {
  if (text === "") return false; // an empty quotation token
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return false;
  if (code >= 65 && code <= 90) return true;
  const c = text[0] as string;
  return c !== c.toLowerCase() || text.startsWith("@");
}

/**
 * `Seattle-area`, `Paris-based`, `Kremlin-backed`, `Peut-être`: a capital joined by a hyphen to a
 * lowercase word makes an adjective or an adverb, not a name (names keep their capitals: `Jean-Luc`).
 */
/** A lowercase letter then a capital then a lowercase letter inside one word: `DeMain`, `McKenzie`. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

function lowerTail(text: string): boolean {
  const h = text.lastIndexOf("-");
  if (h <= 0 || h >= text.length - 2) return false;
  const tail = text.slice(h + 1);
  return tail === tail.toLowerCase() && tail !== tail.toUpperCase();
}

/** Endings of French adjectives that follow a noun: `général`, `adjoint`, `ivoirien`, `correctionnelle`. */
export const ADJECTIVE_FR = /(?:al|ale|aux|ien|ienne|ais|aise|ique|aire|el|elle|if|ive|ois|oise|ain|aine|oint|ointe|ier|ière|eur)$/;

/** `civiles`, `publics`, `sociaux`: a French adjective, plural or not. */
export function adjectiveFr(lower: string): boolean {
  const one = lower.endsWith("s") ? lower.slice(0, -1) : lower;
  return ADJECTIVE_FR.test(one) || /(?:il|ile|ic)$/.test(one);
}

/** `/(?:ant|ants|ante|antes|é|ée|és|ées|ment)$/` as endings: the regex tried every position of a long text. */
const FR_VERB_ENDINGS = ["ant", "ants", "ante", "antes", "é", "ée", "és", "ées", "ment"];

/** Irregular French participles that open a sentence the way "Interrogé par…" does. */
const PARTICIPLES_FR = new Set(["joint", "jointe", "joints", "jointes", "atteint", "atteinte", "atteints", "atteintes", "rejoint", "rejointe", "pris", "prise", "mis", "mise", "reçu", "reçue", "revenu", "revenue", "venu", "venue",
  // and the states of mind a portrait opens on: "Ému, Vincent Lindon a dédié…"
  "ému", "émue", "émus", "émues", "déçu", "déçue", "déçus", "déçues", "ravi", "ravie", "ravis", "ravies", "conquis", "conquise",
  "surpris", "surprise", "convaincu", "convaincue", "abattu", "abattue", "satisfait", "satisfaite", "ébahi", "ébahie"]);

/** A French adverb in "-ment": "finalement", "sobrement" (lowercase letters only). */
export function mentAdverb(w: string): boolean {
  return /^\p{Ll}{3,}ment$/u.test(w);
}

/** Articles and conjunctions that stay function words in capitals ("UN" is the United Nations). */
const ARTICLES = new Set(["the", "and", "of", "le", "la", "les", "et"]);

/** The Arabic article's spellings before a hyphened name: `al-Hammadi`, `el-Sisi`, `ad-Din`. */
const ARABIC_ARTICLES = "al|el|ad|an|ar|as|at|az|ash";
/** A lowercase Arabic article hyphened to a capitalised name. */
const ARABIC_ARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES})-\\p{Lu}\\p{Ll}`, "u");
const ARABIC_ARTICLE_FOLDED = new RegExp(`^(?:${ARABIC_ARTICLES})-(.+)$`, "u");

/** A folded surname without its Arabic article ("al-hammadi" → "hammadi"), or null when it has none. */
export function withoutArabicArticle(folded: string): string | null {
  return ARABIC_ARTICLE_FOLDED.exec(folded)?.[1] ?? null;
}

/** A digit and a capital: "3F", "4B". Not an hour ("7H", "13H", "7PM"). */
const DIGIT_CODE = /^\d[A-GI-Z]$/u;
/** Such codes that name techniques, not bodies. */
const TECH_CODES = new Set(["2d", "3d", "2g", "3g", "4g", "5g", "4k", "8k"]);

function flagsOf(text: string, lower: string): number {
  let f = 0;
  const set = (bit: number, on: boolean) => { if (on) f |= bit; };
  // Word lists hold short words: a longer text (a quotation token's) is in none of them.
  const short = lower.length <= CACHE_LENGTH;
  const listed = (list: ReadonlySet<string>) => short && list.has(lower);
  const acronym = ACRONYM_RE.test(text);
  const cap = capitalised(text);
  set(CAPITALISED, cap);
  // "DeMain", "LeBlanc": a capital inside a word makes a surname of a word the lists hold ("demain").
  const notName = listed(NOT_NAMES) && !INNER_CAPITAL.test(text);
  set(NOT_NAME, notName);
  set(PREMODIFIER, listed(PREMODIFIERS));
  // "Issa Abderrahman al-Hammadi", "Abdel Fattah el-Sisi": an Arabic article joined to a capitalised name.
  // "THE Ministry of Agriculture": an article in capitals is an article still ("AFP", "AP" are names).
  // "L’Immobilière 3F", "the residents' group 4B": a digit and a capital name a body, as "M6" does.
  set(NAME_WORD, (cap && (!notName || (acronym && !ARTICLES.has(lower))) && !(acronym && listed(CURRENCY_CODES)) && !listed(CALENDAR) && !isContraction(lower) && !lowerTail(text)) || ARABIC_ARTICLE.test(text) || (DIGIT_CODE.test(text) && !TECH_CODES.has(lower)));
  set(ACRONYM, acronym);
  // isTitleWord, isRoleWord and isPersonRoleWord, with the lists' lookups skipped for long texts.
  const hyphen = lower.includes("-");
  // "co-ordinator" is "coordinator" spelt with its prefix apart.
  const unhyphened = hyphen && PERSON_ROLES.has(lower.replaceAll("-", ""));
  const personRoleHead = hyphen && (PERSON_ROLES.has(headOf(lower)) || isAgeNoun(lower) || unhyphened);
  set(TITLE_WORD, listed(TITLE_WORDS) || (hyphen && lower.split("-").some((p) => p.length > 2 && p.length <= CACHE_LENGTH && TITLE_WORDS.has(p))));
  const agent = (short && isAgentNoun(lower)) || (cap && listed(CAPITAL_OFFICES));
  set(TITLE_WORD, cap && listed(CAPITAL_OFFICES));
  set(ROLE_WORD, listed(PERSON_ROLES) || listed(ORG_ROLES) || personRoleHead || agent);
  set(PERSON_ROLE_WORD, listed(PERSON_ROLES) || personRoleHead || agent);
  set(PERSON_ROLE, listed(PERSON_ROLES) || agent || unhyphened);
  set(ORG_ROLE, listed(ORG_ROLES));
  set(GROUP_WORD, short && isGroupNoun(lower));
  set(CONNECTOR, listed(CONNECTORS));
  set(PARTICLE, listed(PARTICLES));
  set(CAPITAL_PARTICLE, listed(CAPITAL_PARTICLES));
  set(ORG_WORD, listed(ORG_WORDS));
  set(PLACE, listed(PLACES) || listed(DEMONYMS));
  set(PLACE_WORD, listed(PLACE_WORDS));
  set(MALE_TITLE, listed(MALE_TITLES));
  set(FEMALE_TITLE, listed(FEMALE_TITLES));
  set(LOWERCASE, text === lower);
  if (short) {
    set(SPEECH_NOUN_EN, isSpeechNoun(lower, "en"));
    set(SPEECH_NOUN_FR, isSpeechNoun(lower, "fr"));
    set(AUXILIARY, isAuxiliary(lower));
    set(PREPOSITION_EN, startsPreposition(lower, "en"));
    set(PREPOSITION_FR, startsPreposition(lower, "fr"));
    // Lowercase never shortens a text, so a long one holds no first name either.
    // "Marie-Josèphe", "Jean-Baptiste": a compound first name has its first part's gender.
    const plain = compoundFirst(text) ?? text.toLowerCase();
    // A first name either sex bears carries both flags: it opens a name and tells no gender.
    const either = ANY_SEX_FIRST.has(plain);
    set(MALE_FIRST, either || MALE_FIRST_NAMES.has(plain));
    set(FEMALE_FIRST, either || FEMALE_FIRST_NAMES.has(plain));
  }
  set(ING_LY_ED, lower.endsWith("ing") || lower.endsWith("ly") || lower.endsWith("ed"));
  // "Joint par RFI, X…", "Atteinte par téléphone, Y…": a few irregular participles open sentences too.
  set(FR_VERB_FORM, FR_VERB_ENDINGS.some((e) => lower.endsWith(e)) || (short && PARTICIPLES_FR.has(lower)));
  return f;
}

/** The reporting verb a text is in each language. Made with `new`, as Info is. */
class Verbs {
  declare readonly en: VerbCue | null;
  declare readonly fr: VerbCue | null;

  constructor(text: string) {
    // No reporting verb is that long: a quotation's text need not be looked up.
    const short = text.length <= CACHE_LENGTH;
    this.en = short ? verbCue(text, "en") : null;
    this.fr = short ? verbCue(text, "fr") : null;
  }
}

/**
 * A WordInfo, made with `new`: V8 tracks where object literals are allocated, and once it sees the
 * cached ones survive it throws away the optimised code that made them (the tokenizer).
 */
class Info implements WordInfo {
  declare readonly lower: string;
  declare readonly flags: number;
  declare readonly pronoun: Gender | null;
  declare readonly verb: Verbs;
  declare readonly marks: number;

  constructor(text: string) {
    const lower = lowerOf(text);
    const verb = new Verbs(text);
    const pronoun = lower.length <= 4 ? (PRONOUNS.get(lower) ?? null) : null;
    let flags = flagsOf(text, lower);
    if (pronoun !== null) flags |= PRONOUN;
    if (verb.en?.finite === true) flags |= FINITE_VERB_EN;
    if (verb.fr?.finite === true) flags |= FINITE_VERB_FR;
    this.lower = lower;
    this.flags = flags;
    this.pronoun = pronoun;
    this.verb = verb;
    this.marks = marksOf(text, lower);
  }
}

const INFOS = new Map<string, WordInfo>();
/** Bounds the cache: a vocabulary past this is looked up afresh (same answers, more work). */
const CACHE_LIMIT = 200_000;
/** Longer texts are quotations or noise, never repeated words. */
const CACHE_LENGTH = 64;

/** What the stages ask of `text` (a word, a punctuation mark or a quotation token's text). */
export function infoOf(text: string): WordInfo {
  // A longer text is never cached: looking it up would only hash it.
  if (text.length > CACHE_LENGTH) return new Info(text);
  const hit = INFOS.get(text);
  if (hit !== undefined) return hit;
  const info = new Info(text);
  if (INFOS.size < CACHE_LIMIT) INFOS.set(text, info);
  return info;
}

/** Whether a source preposition may start with this word in `language` (`startsPreposition`). */
export function prepositionStart(flags: number, language: Language): boolean {
  return (flags & (language === "en" ? PREPOSITION_EN : PREPOSITION_FR)) !== 0;
}

/** Whether a token's text is a speech noun in `language` (`isSpeechNoun(lower, language)`). */
export function speechNoun(flags: number, language: Language): boolean {
  return (flags & (language === "en" ? SPEECH_NOUN_EN : SPEECH_NOUN_FR)) !== 0;
}

/** Endings of French nouns for someone who does or is something: contrôleuse, metteur, pensionnaire, comédien. */
const PERSON_ENDING_FR = /(?:euse|rice|ienne|iste|aire)$/u;
/** Things so spelt, which may "say" too: "indique cette liste", "précise cette circulaire". */
const THINGS_SPELT_FR = new Set(["liste", "piste", "circulaire", "affaire", "grammaire", "matrice", "cicatrice", "berceuse"]);

/** Endings of English nouns for someone, which no list of roles may hold: co-owner, leaseholder, theatregoer. */
const PERSON_ENDING_EN = /(?:ist|ian|owner|holder|goer|keeper|dweller)$/u;

/**
 * Whether token `t` is a lowercase noun whose ending names someone who does or is something ("copropriétaire",
 * "theatregoer"), though no list of roles holds it; not a thing so spelt ("liste", "circulaire").
 */
export function unlistedPersonNoun(t: { readonly kind: string; readonly flags: number; readonly lower: string; readonly info: WordInfo } | undefined, language: Language): boolean {
  if (t === undefined || t.kind !== "word" || (t.flags & LOWERCASE) === 0 || t.info.verb[language] !== null || speechNoun(t.flags, language)) return false;
  return language === "fr" ? PERSON_ENDING_FR.test(t.lower) && !THINGS_SPELT_FR.has(t.lower) : PERSON_ENDING_EN.test(t.lower);
}
