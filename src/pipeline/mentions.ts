import { BE_FORMS } from "./be-forms.ts";
import type { Language } from "../schema/quote.ts";
import { isInitial, isSpace } from "./chars.ts";
import type { Token } from "./tokens.ts";
import { partitiveAt } from "./partitive-mentions.ts";
import { namedThing } from "./named-thing.ts";
import { copulaRole } from "./copula-role.ts";
import { ABBREVIATED_TITLES, addressBeforeOffice, AUXILIARIES_EN, ANY_SEX_FIRST, CALENDAR, CONNECTORS, COURTESY_TITLES, DEFINITE_ARTICLES, DEMONYMS, DETERMINERS, HEADLINE_PREMODIFIERS, IMPLIED_ROLES, INDEFINITE_ARTICLES, KINSHIP, NUMBERS_FR, OFFICE_ABBREVIATIONS, isFirstName, PARTY_WORDS, POSSESSIVES_EN, POSTNOMINALS, PREPOSITIONS, SURNAME_PARTICLES } from "./names-lexicon.ts";
import { findGroupMentions } from "./group-mentions.ts";
import { fold } from "./names.ts";
import { frenchOrgNameEnd } from "./org-name-fr.ts";
import { spelledFrom } from "./spelled-acronym.ts";
import { findRoleMentions, portfolioThenName, portfolioThenSurname } from "./role-mentions.ts";
import { prepositionCueIn } from "./cues.ts";
import {
  ACRONYM, AND_WORDS, AUXILIARY, CAPITALISED, CAPITAL_PARTICLE, CONNECTOR, FEMALE_FIRST, FEMALE_TITLE, FINITE_VERB_EN, FINITE_VERB_FR, FR_VERB_FORM, ING_LY_ED, LOWERCASE, MALE_FIRST, MALE_TITLE,
  GROUP_WORD, NAME_WORD, NOT_NAME, ORG_ROLE, ORG_WORD, PARTICLE, PERSON_ROLE, PERSON_ROLE_WORD, PLACE, PLACE_WORD, PREMODIFIER, PRONOUN, SPEECH_NOUN_EN, SPEECH_NOUN_FR,
  MARK_LATTER, MARK_PARTITIVE, PREPOSITION_EN, PREPOSITION_FR, ROLE_WORD, TITLE_WORD, adjectiveFr, firstName, isAgentNoun, mentAdverb, speechNoun, unlistedPersonNoun,
} from "./words.ts";

export type Gender = "male" | "female";
export type MentionType = "person" | "organisation" | "unknown";

/** Someone or something named or designated in the text, by token positions in its block. */
export interface Mention {
  kind: "name" | "role" | "pronoun";
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** The name as written, the role phrase, or the pronoun. */
  text: string;
  /** For names: the title or appositive the text gives ("UN Secretary General"). */
  role: string | null;
  /** For roles: the head noun, lowercase ("president"), and its modifiers ("french"). */
  head: string | null;
  modifiers: readonly string[];
  gender: Gender | null;
  type: MentionType;
  /** `Musk's quip`: the mention possesses what follows. */
  possessive: boolean;
  /** For role mentions that rename a name next to them (`la PDG de Free Press, Jessica Gonzalez`). */
  sameAs: number | null;
  /** For names: the office a courtesy title implies without showing it ("avocat" for "Me X"). */
  implied: string | null;
  // The three flags below are on every mention, in this order, so that all mentions share one shape
  // and the code reading them stays fast.
  /** For roles: a group that speaks as one (`union officials`, `les avocats`). */
  plural: boolean;
  /** For roles: a noun the role lexicon lacks, read as the subject of a cue (`raconte le boutiquier`). */
  descriptive: boolean;
  /** For roles: one picked out of a set, someone new (`one of the workers`, `l’un d’eux`, `un autre`). */
  partitive: boolean;
}

/**
 * The modifiers of a mention that has none (every name and pronoun), shared: a block's mentions
 * live until the article is read, and an empty list of their own would be one more object each.
 */
export const NO_MODIFIERS: readonly string[] = [];

export function isCapitalised(t: Token): boolean {
  return t.kind === "word" && (t.flags & CAPITALISED) !== 0;
}

/** Whether the capitalised words from `k` end on an organisation word (`Midwives Organisation`). */
function orgAhead(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 4 && nameWord(tokens[n]); n += tokens[n]?.possessive === true && tokens[n + 1]?.kind === "punct" ? 2 : 1) if (is(tokens[n], ORG_WORD)) return true;
  return false;
}

/** Lower-case nouns of a public body English sets after its place's name: "Broadland council", "Surrey police". */
const PUBLIC_BODIES_EN = new Set(["council", "police", "constabulary"]);
/** Kinds of council between a place and the word: "Roos parish council". */
const COUNCIL_KINDS = new Set(["parish", "town", "city", "county", "district", "borough", "community", "village"]);

/** French demonym nouns by their endings: `Valaisan`, `Québécoise`, `Lyonnais`, `Italienne`. */
const DEMONYM_FR = /^(?:(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}{2,}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|an|ane|ol|ole|and|ande|tin|tine)|Belge|Suisse|Russe|Grec|Grecque|Turc|Turque|Serbe|Croate|Slovaque|Tchèque|Bulgare|Slovène|Bosniaque|Kosovar|Kosovare|Kurde)$/u;

/** Demonym endings no French surname after "Le" has: `Le Franc-Comtois`, not `Le Drian`. */
const SURE_DEMONYM_FR = /(?:ais|aise|ois|oise|ien|ienne|éen|éenne)$|^(?:Serbe|Croate|Slovaque|Tchèque|Bulgare|Slovène|Bosniaque|Kosovare?|Kurde)$/u;
/** Papers whose title is a demonym: "Le Parisien a révélé". */
const PAPERS_FR = new Set(["parisien", "républicain", "lorrain", "provençal"]);
/** Demonstratives that open a description: "ce jeune Lyonnais". */
const DEMONSTRATIVES_FR = new Set(["ce", "cet", "cette"]);
/** Adjectives French sets before a demonym noun: "le jeune Français", "l’ancien Marseillais". */
const ADJECTIVES_BEFORE_FR = new Set(["jeune", "jeunes", "ancien", "ancienne", "nouveau", "nouvelle", "vieux", "vieille", "grand", "grande", "petit", "petite"]);

/** Feminine endings of French demonyms: `Américaine`, `Danoise`, `Française`, `Italienne`. */
const FEMININE_DEMONYM = /(?:aine|oise|aise|ienne|éenne|ane|ole|ande|tine)$/u;

/** Whether a capitalised word is a demonym noun in `language` (`Français`, `Australian`). */
function isDemonymNoun(t: Token, language: Language): boolean {
  // "le Liban", "l’Iran", "le Valais": a place's name may end like a demonym.
  if (language === "fr") return DEMONYM_FR.test(t.text) && (t.flags & (PLACE | PLACE_WORD)) === 0;
  return (t.flags & PLACE) !== 0 && (t.flags & CAPITALISED) !== 0 && DEMONYMS.has(t.lower);
}

/**
 * Whether the article at `d`, before the demonym `t`, makes it someone: an article in lowercase always does; a
 * capitalised one only before a word that no paper's title or surname spells so.
 * "The Spaniard admitted": opening the sentence, only a word that is never an adjective ("The Australian" is a paper too).
 * Not a "-man" word, which may be a paper's title ("The Scotsman reported").
 * "Le Franc-Comtois a regretté": opening the sentence, only an ending no surname has ("Le Drian", "Le Bihan")
 * and no paper's title ("Le Parisien").
 */
function demonymArticle(tokens: readonly Token[], d: number, t: Token, language: Language): boolean {
  const det = tokens[d] as Token;
  const opening = d === 0 || /^[.!?:»"”]$/u.test(tokens[d - 1]?.text ?? "");
  return det.text === det.text.toLowerCase() || (language === "en" && DEMONYM_NOUN_EN.test(t.lower) && !/(?:man|woman)$/u.test(t.lower)) || (language === "fr" && opening && SURE_DEMONYM_FR.test(t.text) && !PAPERS_FR.has(t.lower));
}

/** Words after "France" that make an institution of it: "France Inter", "France Travail", "France 24". */
const FRANCE_BODIES = /^(?:inter|info|culture|bleu|télévisions?|televisions?|travail|stratégie|nature|médias|musique|compétences|services|universités|galop|rugby|football|handball|basket|volley|tennis|athlétisme|urbaine|active|terre|ô|\d+)$/u;

/** Nouns that say only who someone is to the story, never a surname: "Man who murdered wife jailed". */
const PLAIN_PERSON_NOUNS = new Set(["man", "woman", "boy", "girl", "teen", "teenager", "mother", "father", "mum", "dad", "pensioner", "grandmother", "grandfather", "child", "toddler", "homme", "femme", "garçon", "fille", "adolescent", "adolescente", "mère", "père", "retraité", "retraitée"]);

/** French articles fused with a preposition: "la conférence du Procureur de la République". */
const FUSED_ARTICLES = new Set(["du", "au", "aux", "des"]);

/** English demonyms that are only nouns: "the Spaniard", "the Frenchman". */
const DEMONYM_NOUN_EN = /^(?:\p{L}+(?:man|woman)|spaniard|briton|scot|swede|dane|finn|pole|turk|serb|croat|slovene|kiwi|aussie)$/u;

/** "the French president": a word after the demonym that it qualifies (a verb it does not). */
function modifiesNext(tokens: readonly Token[], i: number, language: Language): boolean {
  const n = tokens[i + 1];
  if (n === undefined || n.kind !== "word") return false;
  if (language === "fr") return (n.flags & CAPITALISED) !== 0;
  return n.info.verb.en === null && (n.flags & AUXILIARY) === 0;
}

/** Verbs French "il" is impersonal with whatever follows: `il faut`, `il s’agit`, `il pleut`. */
const IMPERSONAL_FR = new Set(["faut", "fallait", "faudra", "faudrait", "suffit", "suffisait", "vaut", "importe", "pleut"]);

/**
 * Whether the "il" at `i` stands for no one: `il y a une semaine`, `il faut`, `il s’agit de`,
 * `il semble que` ("il y travaille", "il semble fatigué", "il reste optimiste" are someone's).
 */
function impersonal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.lower !== "il") return false;
  const next = tokens[i + 1]?.lower ?? "";
  const after = tokens[i + 2]?.lower ?? "";
  if (IMPERSONAL_FR.has(next)) return true;
  if (next === "y") return /^(?:a|avait|aura|aurait|eut|ait)$/.test(after);
  if (next === "semble" || next === "paraît" || next === "parait") return after === "que" || after === "qu’" || after === "qu'";
  return (next === "s’" || next === "s'" || next === "se") && /^(?:agit|agissait|agira|peut|pourrait)$/.test(after);
}


/** Whether the token's text has the word class `bit` (see words.ts). */
function is(t: Token | undefined, bit: number): boolean {
  return t !== undefined && (t.flags & bit) !== 0;
}

/**
 * A word that may be a verb form or an adverb (`Rotating`, `Finally`). A short word in "-ly" is
 * more often a first name the lexicon lacks (`Carly`, `Dolly`) than an adverb opening a sentence
 * without its comma.
 */
function verbForm(t: Token): boolean {
  return is(t, ING_LY_ED) && !(t.text.length <= 5 && t.lower.endsWith("ly") && !SHORT_ADVERBS.has(t.lower));
}

/** Whether the name run `i..j` is glued by a slash to an agency's acronym: `BLOCH/SIPA`, `AFP/Jean Dupont`. */
function photoCredit(tokens: readonly Token[], i: number, j: number): boolean {
  return (gluedSlash(tokens, j + 1) && is(tokens[j + 2], ACRONYM)) || (gluedSlash(tokens, i - 1) && is(tokens[i - 2], ACRONYM));
}

/** Whether token `k` is a slash that touches the words on both sides. */
function gluedSlash(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === "/" && tokens[k - 1]?.end === tokens[k]?.start && tokens[k]?.end === tokens[k + 1]?.start;
}

/** Gerunds that open news sentences as their subject: "Fighting raged", "Shelling continued", "Voting closes". */
const GERUND_SUBJECTS = new Set([
  "fighting", "shelling", "flooding", "looting", "rioting", "voting", "polling", "trading", "spending", "funding", "housing",
  "testing", "bombing", "shooting", "drilling", "mining", "fishing", "farming", "smoking", "drinking", "gambling", "betting",
  "heating", "training", "shipping", "banking", "lending", "borrowing", "pricing", "staffing", "recruiting", "hiring", "campaigning",
  "negotiating", "bargaining", "parking", "policing", "sentencing", "filming", "recycling", "boarding", "ticketing",
]);

/** Endings of abstract nouns no surname has: "Opération", "Occupation", "Fairness", "Le libéralisme". */
const ABSTRACT_NOUN = /(?:tion|sion|isme|ness)$/u;

/** Whether the capitalised word at `i` is governed by "à"/"au"/"aux" right after a French verb of speech. */
function toldMedium(tokens: readonly Token[], i: number): boolean {
  let p = i - 1;
  if (/^(?:l’|l')$/.test(tokens[p]?.lower ?? "") && tokens[p - 1]?.lower === "à") p--;
  else if (!/^(?:au|aux)$/.test(tokens[p]?.lower ?? "")) return false;
  return tokens[p - 1]?.info.verb.fr != null;
}

/** Reporting verbs that open an English sentence before their speaker, and are no one's name nor a noun. */
const INVERTED_VERBS = new Set(["added", "adds", "continued", "continues", "insisted", "insists", "explained", "explains", "recalled", "recalls", "concluded", "concludes"]);

/** Whether a name from `k` runs to a colon or a comma that a quotation follows ("Krieger: “…”", "Mr Bates, “…”"). */
function invertedSpeaker(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (nameWord(tokens[j]) && !is(tokens[j], ORG_WORD) && !tokens[j]?.glued && j < k + 4) j++;
  return j > k && (tokens[j]?.text === ":" || tokens[j]?.text === ",") && tokens[j + 1]?.kind === "quote";
}

/** Numbers as words, in both languages: the French lexicon's, but "Dix", a surname too. */
const NUMBER_WORDS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", ...[...NUMBERS_FR].filter((w) => w !== "dix")]);

/** Whether `m` is the party after "des" that a person's name just before it belongs to: "Sophie Martin des Écologistes". */
function partyOfName(ms: readonly Mention[], m: Mention, tokens: readonly Token[]): boolean {
  if (tokens[m.first]?.lower !== "des" || !partyByMembers(tokens[m.first + 1]) || m.last !== m.first + 1) return false;
  return ms.some((p) => p.kind === "name" && p.type === "person" && p.last === m.first - 1);
}

/** Whether `t` is a party's name its members' plural makes: "Républicains", "Socialistes", "Insoumis". */
function partyByMembers(t: Token | undefined): boolean {
  if (t === undefined || !isCapitalised(t) || !t.lower.endsWith("s")) return false;
  return PARTY_WORDS.has(t.lower) || PARTY_WORDS.has(t.lower.slice(0, -1));
}

/** Whether a capitalised run from `k` holds a first name before it ends, a few words on ("the Treasury Danny Alexander"). */
function firstNameAhead(tokens: readonly Token[], k: number): boolean {
  for (let f = k; f < k + 6 && nameWord(tokens[f]); f++) if (firstName(tokens[f]) && !is(tokens[f], TITLE_WORD) && nameWord(tokens[f + 1])) return true;
  return false;
}

/** Prepositions a French participle opening a sentence takes: `Établi à Yverdon`, `Connu pour…`. */
const PARTICIPLE_COMPLEMENT_FR = new Set(["à", "au", "aux", "en", "par", "dans", "sur", "pour", "avec", "depuis", "chez", "de", "du", "des"]);

/** How far, in tokens, the comma closing such an opening clause may be. */
const PARTICIPLE_CLAUSE = 10;
/**
 * Or for a participle of where one comes from, which a place and a second description often follow: "Venu du
 * Mesnil-Esnard et ancien hockeyeur des Dragons de Rouen, il…" (a first name in -i, "Jordi de la Fuente et sa
 * compagne…", keeps the shorter reach).
 */
const ORIGIN_CLAUSE = 14;
const ORIGIN_PARTICIPLES = new Set([
  "venu", "venue", "venus", "venues", "arrivé", "arrivée", "arrivés", "arrivées", "revenu", "revenue", "revenus", "revenues",
  "installé", "installée", "installés", "installées", "né", "née", "nés", "nées", "issu", "issue", "issus", "issues",
  "parti", "partie", "partis", "parties", "établi", "établie", "établis", "établies",
]);

/**
 * `Etabli à Yverdon, l’homme de loi…`, `Élu en 2020, le maire…`: a capitalised word in -i, -u, -é (a
 * participle the lexicon does not hold, its accent dropped) before a preposition and, a few words
 * on, a comma: a clause set before the subject, no one's name.
 */
function participleOpening(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? "";
  // A form in -é of five letters or more: "Exilé du Kosovo", not "Dédé de Marseille".
  if (!(/(?:i|ie|is|ies|u|ue|us)$/.test(w) || (w.length >= 5 && /(?:é|ée|és|ées)$/.test(w))) || !PARTICIPLE_COMPLEMENT_FR.has(tokens[i + 1]?.lower ?? "")) return false;
  const reach = ORIGIN_PARTICIPLES.has(w) ? ORIGIN_CLAUSE : PARTICIPLE_CLAUSE;
  for (let k = i + 2; k < i + reach; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === "quote") return false;
    if (t.text === ",") return k > i + 2;
    // A sentence's end or its verb ("Aimé de Lyon est là. Connu…") leaves the word a name.
    if (/^[.!?;:]$/.test(t.text) || t.info.verb.fr?.finite === true || is(t, AUXILIARY) || BE_FORMS.fr.has(t.lower)) return false;
  }
  return false;
}

/** Determiners that open an infinitive's object: "Organiser un mariage" (not "Garnier à la sortie", "Mercier en est ravi"). */
const INFINITIVE_OBJECTS_FR = new Set([
  "un", "une", "des", "l’", "l'", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "notre", "nos", "votre", "vos",
]);
/** Articles that may also be object pronouns ("Mercier les a vus"): an infinitive's only before a noun. */
const ARTICLES_OR_PRONOUNS_FR = new Set(["le", "la", "les"]);

/**
 * "Organiser un nouveau mariage … devient compliqué": a French infinitive opening a sentence is its subject,
 * no one's name. Only a word in "-er" or "-ir" before what opens its object; a first name ("Didier") stays one.
 */
function infinitiveOpening(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.lower.length < 6 || !/(?:er|ir)$/.test(t.lower)) return false;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== "word" || !is(next, LOWERCASE)) return false;
  if (INFINITIVE_OBJECTS_FR.has(next.lower)) return true;
  const after = tokens[i + 2];
  return ARTICLES_OR_PRONOUNS_FR.has(next.lower) && after !== undefined && after.kind === "word" && !is(after, AUXILIARY) && after.info.verb.fr?.finite !== true;
}

/** The short adverbs in "-ly" that do open sentences: "Newly elected MP…", "Fully aware of…". */
const SHORT_ADVERBS = new Set(["newly", "fully", "truly", "oddly", "sadly", "badly", "madly", "hotly", "dryly", "shyly", "slyly", "wryly", "coyly", "idly", "duly", "only", "early", "daily", "aptly", "lowly"]);

/** A capitalised word that can be part of a name. */
function nameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.flags & NAME_WORD) !== 0;
}

/** `Jong-kyun`, `Jae-in`: a capitalised word whose part after one hyphen is lowercase and short. */
function koreanGiven(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word" || !isCapitalised(t)) return false;
  return /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u.test(t.text);
}

/** "A.C. Kumara Swamy", "I.K. Gujral": an initial that is also a word, when another initial follows it. */
function initialChain(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return t.text.length === 1 && isCapitalised(t) && tokens[i + 1]?.text === "." && isInitial(tokens[i + 2]?.text ?? "") && tokens[i + 3]?.text === "." && !(tokens[i + 1]?.glued ?? false);
}

/** Articles that are a name's own when written with a capital inside a sentence. */
const NAME_ARTICLES = new Set(["le", "la", "les"]);

/**
 * Where a name that runs from `first` to `last` really starts: "a déclaré Le Pen", "selon Le Parisien", "à La Rochelle"
 * keep their capitalised article, inside a sentence. Opening one, it is only an article ("La Mairie a dit").
 * Not a body's name that leads to its member ("said La Liga president Javier Tebas", "à La Voix du Nord Pierre
 * Leroy"), whom the words around it credit.
 */
function withOwnArticle(tokens: readonly Token[], first: number, last: number): number {
  const a = tokens[first - 1];
  if (a === undefined || !NAME_ARTICLES.has(a.lower) || !/^\p{Lu}\p{Ll}/u.test(a.text) || sentenceInitial(tokens, first - 1) || nameWord(tokens[first - 2])) return first;
  const next = tokens[last + 1];
  const leads = nameWord(next) || is(next, PERSON_ROLE | TITLE_WORD) || lastFirstName(tokens, first, last) >= 0;
  return leads ? first : first - 1;
}

/**
 * "PDG de l’Anti-Defamation League": a name after a connector is what a role is *of*, not its title.
 * Nor is one after a possessive: "Vice Chancellor’s Question Time" is the chancellor's event.
 */
function dangling(before: Token | undefined): boolean {
  return before !== undefined && ((before.flags & CONNECTOR) !== 0 || before.lower.endsWith("’") || before.possessive);
}

/** How many words an organisation's appositive may take after its article ("the largest local government union"). */
const ORG_APPOSITIVE_WORDS = 5;

/** `the largest local government union,`, `le principal syndicat du secteur,`: an article, lowercase words, an organisation noun. */
function organisationAppositive(tokens: readonly Token[], k: number, language: Language): boolean {
  if (!DETERMINERS.has(tokens[k]?.lower ?? "")) return false;
  for (let j = k + 1; j <= k + ORG_APPOSITIVE_WORDS; j++) {
    const t = tokens[j];
    // "Isak, the talisman of the team,": past "of", the noun is what the appositive's head belongs to.
    if (t === undefined || t.kind !== "word" || !is(t, LOWERCASE) || t.info.verb[language] !== null || is(t, PERSON_ROLE) || COMPLEMENT.has(t.lower)) return false;
    if (is(t, ORG_ROLE) && /^[,.;]$/.test(tokens[j + 1]?.text ?? "")) return true;
  }
  return false;
}

/** "du PDC", "affilié à la CSN": a name a connector governs, right before it or before its article. */
function ofComplement(tokens: readonly Token[], x: Mention): boolean {
  const before = tokens[x.first - 1];
  if (dangling(before)) return true;
  const article = before !== undefined && DEFINITE_ARTICLES.has(before.lower);
  return article && (dangling(tokens[x.first - 2]) || PREPOSITIONS_IN_ROLE.has(tokens[x.first - 2]?.lower ?? ""));
}

/** `M`, `Dr`, `Gov`: a capitalised abbreviated title, whose full stop ends no sentence. */
export function abbreviatedTitle(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t) && ABBREVIATED_TITLES.has(t.lower);
}

export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  // "a soutenu M. Lisée", "Dr. Ruiz": the full stop of an abbreviated title ends no sentence ("the mayor. Speaking…" does).
  if (p !== undefined && p.text === "." && abbreviatedTitle(tokens[i - 2])) return false;
  // A punctuation token is one character (or combining marks): `/[.!?:;—–-]/` tests just that one.
  return p === undefined || (p.kind === "quote" && endsOnStop(p.text)) || (p.kind === "punct" && p.text.length === 1 && ".!?:;—–-".includes(p.text));
}

/** Whether a quotation's words end a sentence (`…shop."`): after `'cannot afford them'` the sentence goes on. */
function endsOnStop(text: string): boolean {
  let k = text.length - 1;
  // `/[\s"“”«»‘’'„‹›]/u` and `/[.!?…]/u` on each unit, by code: a regex and a string per character cost more.
  while (k >= 0 && (isSpace(text.charCodeAt(k)) || CLOSING_MARKS.includes(text.charCodeAt(k)))) k--;
  return k < 0 || STOPS.includes(text.charCodeAt(k));
}

/** `"“”«»‘’'„‹›″`, by code. */
const CLOSING_MARKS: readonly number[] = [...`"“”«»‘’'„‹›″`].map((c) => c.charCodeAt(0));
/** `.!?…`, by code. */
const STOPS: readonly number[] = [...".!?…"].map((c) => c.charCodeAt(0));

/** Whether the word after token `i` is a finite reporting verb or an auxiliary. */
function reportsNext(tokens: readonly Token[], i: number, language: Language): boolean {
  const n = tokens[i + 1];
  return n !== undefined && n.kind === "word" && (n.info.verb[language]?.finite === true || is(n, AUXILIARY));
}

/**
 * "Al told Plymouth Live:": a first name that is also a particle ("al" in "bin al"), opening its sentence before
 * a reporting verb, is someone speaking.
 */
function firstNameReports(tokens: readonly Token[], i: number, language: Language): boolean {
  const t = tokens[i] as Token;
  return is(t, CAPITALISED) && firstName(t) && tokens[i + 1]?.info.verb[language]?.finite === true && is(tokens[i + 1], LOWERCASE) && sentenceInitial(tokens, i);
}

/** The words of tokens `first..last` as written, a line break inside them (a hard-wrapped "Aymeric\nSoufflé") read as a space. */
export function textOf(tokens: readonly Token[], source: string, first: number, last: number, base: number): string {
  const a = tokens[first];
  const b = tokens[last];
  if (a === undefined || b === undefined) return "";
  const text = source.slice(a.start - base, b.end - base);
  // A native search rather than a pattern: this runs for every mention of the article.
  return text.includes("\n") || text.includes("\r") ? text.replace(BROKEN_SPACE, " ") : text;
}
const BROKEN_SPACE = /\s*[\r\n]\s*/gu;

/** Plural units of time, which open sentences as "Minutes after…" and "Weeks later". */
const MONTH_EDGES = new Set(["fin", "début", "debut", "mi", "early", "late", "mid"]);
const TIME_SPANS = new Set(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments"]);

/** Two-word addresses that name the government working there, as "the Kremlin" does. */
const SEATS_OF_GOVERNMENT = new Set(["downing street", "blue house", "capitol hill"]);

/** English nouns only a firm is known by, which open a sentence before its name as a title would: "Provider Full Fibre said" (not "Broadcaster Gyles Brandreth"). */
const TRADE_AGENTS_EN = new Set(["retailer", "provider", "supplier", "housebuilder", "insurer", "manufacturer", "carmaker", "lender", "wholesaler", "distributor"]);

/** Nouns of a shop, a firm or a chain that, set right before a name, say what it names: "le magasin Intermarché de Bagnoles". */
const TRADE_NOUNS = new Set([
  "magasin", "supermarché", "hypermarché", "boutique", "enseigne", "société", "entreprise", "groupe", "chaîne", "restaurant", "hôtel", "shop", "store", "supermarket", "company", "firm", "chain", "brand",
  ...TRADE_AGENTS_EN,
]);
/** Whether the name at `k`, after a venue's noun, is what a role is of and closes its phrase: "du café-bar Danny,". */
function venueOf(tokens: readonly Token[], k: number): boolean {
  const of = tokens[k - 2]?.lower === "du" || tokens[k - 2]?.lower === "au" || (DEFINITE_ARTICLES.has(tokens[k - 2]?.lower ?? "") && COMPLEMENT.has(tokens[k - 3]?.lower ?? ""));
  const after = tokens[k + 1]?.text ?? "";
  return of && /^(?:[,.;:)]|)$/u.test(after) && !/^\d/u.test(tokens[k + 2]?.text ?? "");
}

/** Parts of a town a name follows with no preposition: "dans le quartier République", "le hameau Saint-Jean". */
const DISTRICT_NOUNS = new Set(["quartier", "hameau", "lieu-dit", "lotissement", "faubourg", "district", "neighbourhood", "neighborhood", "suburb", "township"]);
/** Whether the name at `from` is what a French district's noun is of: "du quartier (populaire) des Provinces". */
function districtOf(tokens: readonly Token[], from: number): boolean {
  // Not "de": "la conseillère du district de Saint-Henri" is of a district, and the role's complement goes on.
  if (!/^(?:des|du)$/u.test(tokens[from - 1]?.lower ?? "")) return false;
  const noun = DISTRICT_NOUNS.has(tokens[from - 2]?.lower ?? "") ? from - 2 : DISTRICT_NOUNS.has(tokens[from - 3]?.lower ?? "") && is(tokens[from - 2], LOWERCASE) ? from - 3 : -1;
  return noun > 0 && is(tokens[noun], LOWERCASE);
}

/**
 * French nouns of streets, before the name they bear: "rue Jean-Jacques Rousseau". Not "place", "route" or
 * "chemin", which open other phrases ("sur place", "en route", "à la place Jean Dupont a pris la parole").
 */
const STREET_NOUNS_FR = new Set(["rue", "avenue", "boulevard", "allée", "impasse", "quai"]);
/** Words a street's name may be followed by: "rue Jean-Jacques Rousseau à Dijon", "rue Victor Hugo et rue…". */
const AFTER_STREET = new Set(["à", "au", "de", "du", "des", "et", "dans", "près", "en"]);
/** Venues named after someone as often as not: "le café-bar Danny", "the pub Harry's" is the place, not a man. */
const VENUE_NOUNS = new Set(["café", "café-bar", "bar", "bistrot", "bistro", "brasserie", "restaurant", "hôtel", "pub", "salon", "boutique", "cafe", "hotel"]);

/**
 * Whether the letter at `k` follows a lowercase noun and goes on with a lowercase word that is no verb ("cité U
 * jusqu'à", "vitamin D shortage"). Not one an appositive or a verb follows: "patient B, a woman", "the platform X said".
 */
function letterAfterNoun(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k - 1];
  const next = tokens[k + 1];
  const plain = (t: Token) => t.kind === "word" && (t.flags & LOWERCASE) !== 0 && (t.flags & (CONNECTOR | AUXILIARY | PREPOSITION_EN | PREPOSITION_FR | PRONOUN)) === 0 && t.info.verb.en === null && t.info.verb.fr === null && !DETERMINERS.has(t.lower);
  const goesOn = next !== undefined && next.kind === "word" && /^\p{Ll}/u.test(next.text) && (next.flags & (FINITE_VERB_EN | FINITE_VERB_FR | AUXILIARY)) === 0 && next.info.verb.en === null && next.info.verb.fr === null;
  return noun !== undefined && plain(noun) && goesOn;
}

/** What the name of tokens `from..to` (inclusive) names, read from its words. */
/** Ranks that open on "Air": "Air Marshal Sir Richard Knighton", "Air Commodore". */
const AIR_RANKS = new Set(["marshal", "commodore", "vice", "chief"]);

/** What follows a speech noun opening an elliptic sentence: "Réaction du maire :", "Réponse de la direction". */
const SPEECH_NOUN_FOLLOWERS = new Set([":", "du", "des", "de", "d’"]);

/**
 * Whether token `k` goes on from a speech noun as an elliptic sentence does: an owner or a colon, or a comma and an
 * adverb of time ("Réponse, hier, du directeur"); not a comma and an age, a relative or an article.
 */
function ellipticFollower(tokens: readonly Token[], k: number): boolean {
  if (SPEECH_NOUN_FOLLOWERS.has(tokens[k]?.lower ?? "")) return true;
  const next = tokens[k + 1];
  return tokens[k]?.text === "," && next !== undefined && next.kind === "word" && is(next, LOWERCASE) && !DETERMINERS.has(next.lower) && !RELATIVE.has(next.lower) && !/\d/u.test(next.text) && tokens[k + 2]?.text === ",";
}

/** Words that join the members of a list. */
const LIST_JOINS = new Set([",", "et", "ni", "ou", "and", "or", "nor"]);
/** Whether token `k` is one capital letter alone: "B". */
const lone = (tokens: readonly Token[], k: number): boolean => /^\p{Lu}$/u.test(tokens[k]?.text ?? "");

/** Whether token `k` is a capital letter alone among others: "A, B et C", "D, E ni F". */
function letterListed(tokens: readonly Token[], k: number): boolean {
  if (!lone(tokens, k)) return false;
  const before = LIST_JOINS.has(tokens[k - 1]?.lower ?? "") && lone(tokens, k - 2);
  const after = LIST_JOINS.has(tokens[k + 1]?.lower ?? "") && lone(tokens, k + 2);
  return before || after;
}

function classify(tokens: readonly Token[], from: number, to: number, afterThe: boolean): MentionType | "skip" {
  let any = 0; // the classes of any word
  let allPlaces = true;
  let innerConnector = false;
  for (let k = from; k <= to; k++) {
    let f = (tokens[k] as Token).flags;
    // "Bill Esterson": a first name that opens a longer run is a name, whatever else the word may be ("the Online Safety Bill").
    // Not "Bill C-18": a number or an acronym after it keeps the word a bill's.
    if (k === from && to > from && (f & (MALE_FIRST | FEMALE_FIRST)) !== 0 && !/\d/.test(tokens[from + 1]?.text ?? "") && ((tokens[from + 1] as Token).flags & ACRONYM) === 0) f &= ~PLACE_WORD;
    any |= f;
    if ((f & (PLACE | CONNECTOR)) === 0) allPlaces = false;
    if (k > from && (f & CONNECTOR) !== 0 && (f & PARTICLE) === 0) innerConnector = true;
  }
  // "les chambres de cité U jusqu’à…", "a vitamin D shortage": a letter after a common noun is part of its
  // name, no one's. Not the platform before its verb: "the platform X said".
  if (to === from && (tokens[from] as Token).text.length === 1 && letterAfterNoun(tokens, from)) return "skip";
  // "Originaire de Calais, Claudine…": where someone is from, capitalised as a sentence opens, names no one.
  if (ORIGINS.has((tokens[from] as Token).lower)) return "skip";
  // "Deux « lignes classiques » sont concernées", "Three “key questions” remain": a number alone, capitalised as a
  // sentence opens, is no one ("Three UK", "Five Guys", "Les Deux Alpes" are names).
  if (to === from && NUMBER_WORDS.has((tokens[from] as Token).lower)) return "skip";
  // "Réponse, hier, du directeur de la CTS : « … »", "Réaction du maire :": a word for words, alone before a comma,
  // a colon or its owner, is the noun opening an elliptic sentence, no one's name.
  // Not a surname that is one too: "Post, who took over…", "Call, 34,", "Appel, le milieu de terrain,".
  if (to === from && ((tokens[from] as Token).flags & (SPEECH_NOUN_EN | SPEECH_NOUN_FR)) !== 0 && ellipticFollower(tokens, to + 1)) return "skip";
  // "Les A, B et C circuleront", "tram D, E ni F": a capital letter alone in a list of them names a line or a grade
  // ("patient B, a woman" is someone).
  if (to === from && letterListed(tokens, from)) return "skip";
  // "Cut The Rent", "Save The Children": a name with an article inside names a body, never a person.
  // Not a nickname inside a person's name: "Dwayne The Rock Johnson".
  if (!firstName(tokens[from])) for (let k = from + 1; k < to; k++) if ((tokens[k] as Token).text === "The") return "organisation";
  // "Amy Power gave birth…": a first name, then a body's word that is a surname too, is someone.
  if (to === from + 1 && ((tokens[from] as Token).flags & (MALE_FIRST | FEMALE_FIRST)) !== 0 && SURNAME_ORG_WORDS.has((tokens[to] as Token).lower)) return "person";
  if ((any & ORG_WORD) !== 0) return "organisation";
  // "CIQ St Lazare", "CIQ Sainte Marthe": a saint's word after an acronym names a body by its place.
  if (to > from + 1 && ((tokens[from] as Token).flags & ACRONYM) !== 0 && SAINTS.has((tokens[from + 1] as Token).lower)) return "organisation";
  // "according to Downing Street": the address that stands for a government.
  if (to === from + 1 && SEATS_OF_GOVERNMENT.has(`${(tokens[from] as Token).lower} ${(tokens[to] as Token).lower}`)) return "organisation";
  // "Mr English says", "Mrs French": after a courtesy title, a place's or a language's name is a surname.
  // Capitalised, as a title is: "taught me English", "will miss Welsh captain" are no titles.
  const courtesy = courtesyBefore(tokens, from);
  if (courtesy && (any & PLACE_WORD) === 0) return "person";
  // "le magasin Intermarché de Bagnoles-de-l’Orne", "the retailer Wilko": a trade's noun before a name no first name opens.
  if (TRADE_NOUNS.has(tokens[from - 1]?.lower ?? "") && ((tokens[from] as Token).flags & (MALE_FIRST | FEMALE_FIRST)) === 0) return "organisation";
  // A district's name after its noun and a definite article is a place's ("dans le quartier République"). Not a
  // person's full name after a fronted phrase with no comma: "Dans le faubourg Marie Lenoir vend des fleurs".
  if (DISTRICT_NOUNS.has(tokens[from - 1]?.lower ?? "") && ((tokens[from - 1] as Token).flags & LOWERCASE) !== 0 && DEFINITE_ARTICLES.has(tokens[from - 2]?.lower ?? "") && !firstName(tokens[from]) && !isFirstName((tokens[from] as Token).text)) return "skip";
  // "du quartier populaire des Provinces de Cherbourg": so is one its noun's "des" or "du" leads to, past an adjective.
  if (districtOf(tokens, from) && !firstName(tokens[from]) && !isFirstName((tokens[from] as Token).text)) return "skip";
  // A venue's one-word name is the venue's even when it is a first name ("propriétaire du café-bar Danny,"): only
  // as what one is of, the name closing its phrase. "Au café Luc discute", "At the bar Jess, 28, said" are people.
  if (to === from && VENUE_NOUNS.has(tokens[from - 1]?.lower ?? "") && ((tokens[from - 1] as Token).flags & LOWERCASE) !== 0 && venueOf(tokens, from)) return "organisation";
  // "situé rue Jean-Jacques Rousseau", "avenue Victor-Hugo": a name after a street's noun is the street's, where
  // punctuation or a word of place follows; not a clause's subject ("Sur le quai Marie Roux attendait").
  const after = tokens[to + 1];
  if (STREET_NOUNS_FR.has(tokens[from - 1]?.lower ?? "") && ((tokens[from - 1] as Token).flags & LOWERCASE) !== 0 && (after === undefined || after.kind !== "word" || AFTER_STREET.has(after.lower))) return "skip";
  // "The area of marsh known as Humphrey Head": what a thing is called speaks no words.
  if (namedThing(tokens, from)) return "skip";
  if (allPlaces || (any & PLACE_WORD) !== 0) return "skip";
  // "Kronenthal Park", "Moses Mabhida Stadium": a site, unless a first name opens it ("Ryan Park", "Chan Ho Park").
  const tail = (tokens[to] as Token).lower;
  // "Toby Park, principal advisor": so does a first name the lists give either sex, a role set after it
  // ("Sandy Beach, in the north" is a place).
  if (to > from && (SITES.has(tail) || (SURNAME_SITES.has(tail) && ((tokens[from] as Token).flags & (MALE_FIRST | FEMALE_FIRST)) === 0 && !(isFirstName((tokens[from] as Token).text) && roleApposed(tokens, to))))) return "skip";
  // "Leeds Civic Hall", "the Town Hall": a hall of a kind is a building ("Tavita Hall", "Carnegie Hall" may speak).
  if (to > from && tail === "hall" && HALL_KINDS.has((tokens[to - 1] as Token).lower)) return "skip";
  // "in Tallow Hill, Worcester": a name "in" governs, ending on a word for ground, opened by no first name and
  // followed by its town, is a place's. "at Tavita Hall, the club's chairman", "brought in Tyrell Field." are people.
  if (to > from && GROUND_TAILS.has(tail) && tokens[from - 1]?.lower === "in" && !is(tokens[from], MALE_FIRST | FEMALE_FIRST) && !firstName(tokens[from]) && !(tokens[to] as Token).possessive && townAfter(tokens, to + 1)) return "skip";
  // "Bafana Bafana", "Bora Bora": a word said twice names a team or a place.
  if (to === from + 1 && (tokens[from] as Token).lower === tail) return "organisation";
  // "St. Louis", "St. Gallen": a saint's abbreviation opening the run names a place.
  // Only where a preposition governs it: "St. Pierre told the crowd" is someone.
  if (SAINT.has((tokens[from] as Token).lower) && tokens[from + 1]?.text === "." && PLACE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? "")) return "skip";
  // "at a Costco in Marina del Rey, California": a name a preposition of place governs, its region after a comma, is a town.
  // Only where the preposition says where ("in", "at", "near"): "heard from Kwame Mensah, Texas," is someone.
  if (WHERE.has(tokens[from - 1]?.lower ?? "") && tokens[to + 1]?.text === "," && is(tokens[to + 2], PLACE)) return "skip";
  // "North Korean", "South African": where someone is from, not who.
  if (to === from + 1 && COMPASS.has((tokens[from] as Token).lower) && DEMONYMS.has((tokens[to] as Token).lower) && !(tokens[to] as Token).lower.endsWith("ern")) return "skip";
  // "North Korea said", "Ouest France", "Sud Ouest": a point of the compass before a place's name or another point
  // names a country, a region or a paper, which speaks as a body; never a person.
  // English opens no one's two-word name with one, so any name after it will do ("North Korea", "South Sudan").
  // Not "Central", a stage name's too ("Central Cee").
  if (to === from + 1 && COMPASS.has((tokens[from] as Token).lower) && (tokens[from] as Token).lower !== "central") return "organisation";
  if (to === from + 1 && COMPASS_FR.has((tokens[from] as Token).lower) && (is(tokens[to], PLACE) || COMPASS.has(tail) || COMPASS_FR.has(tail))) return "organisation";
  if (innerConnector) return "organisation";
  // "Air France", "Air Canada", "Air Corsica": an airline's name, though "France" is a first name too.
  // Not a rank: "Air Marshal", "Air Commodore".
  if (to === from + 1 && (tokens[from] as Token).lower === "air" && !is(tokens[to], TITLE_WORD | PERSON_ROLE_WORD) && !AIR_RANKS.has((tokens[to] as Token).lower)) return "organisation";
  // "le Grand Paris", "du Grand Lyon": a size's adjective before a place names a metropolitan area, no one.
  if (to === from + 1 && REGION_SIZES_FR.has((tokens[from] as Token).lower) && ((tokens[to] as Token).flags & PLACE) !== 0) return "organisation";
  // "Corée du Nord", "Vu du Sud": a French point of the compass after a particle ends a place's or a rubric's name, never a person's.
  if (to > from + 1 && COMPASS_FR.has(tail) && ((tokens[to - 1] as Token).flags & PARTICLE) !== 0) return "skip";
  // "du Grand Est", "le Grand Ouest": so does one after a size's adjective, a region's name.
  if (to === from + 1 && COMPASS_FR.has(tail) && REGION_SIZES_FR.has((tokens[from] as Token).lower)) return "skip";
  const first = tokens[from] as Token;
  // "TV5 Monde", "M6", "Radio FM4": a word of letters and digits is a brand's, never a person's.
  for (let k = from; k <= to; k++) if (LETTERS_AND_DIGITS.test((tokens[k] as Token).text)) return "organisation";
  // "Notre Maison", "Our Lady's": a possessive opens no one's name.
  if (to > from && OPENING_POSSESSIVES.has(first.lower)) return "organisation";
  // "Hyundai Motor India": a place closing a run of three words no first name opens is a branch's.
  // Two words may be a person whose first name the lexicon lacks ("Denzel Washington").
  if (to > from + 1 && ((tokens[to] as Token).flags & PLACE) !== 0 && (first.flags & (MALE_FIRST | FEMALE_FIRST)) === 0) return "organisation";
  if (from === to && (first.flags & ACRONYM) !== 0) return "organisation";
  // "France Inter", "France Télévisions": the country before an institution's word names it, though "France" is a
  // first name too ("France Gall", "France Dumont").
  if (to === from + 1 && first.lower === "france" && FRANCE_BODIES.test((tokens[to] as Token).lower)) return "organisation";
  // "NHS Fife", "BBC News": an acronym of three letters or more opening a run with no first name is a body's
  // ("SNP MSP Kate Forbes", "RFK Jr." are people).
  if (to > from && (first.flags & ACRONYM) !== 0 && (any & (MALE_FIRST | FEMALE_FIRST)) === 0 && first.text.length >= 3 && !/^(?:jr|sr)$/.test((tokens[to] as Token).lower)) return "organisation";
  // "Angry British fishermen say": a run ending on an origin's adjective before a lowercase noun qualifies that noun.
  if (to > from && !is(tokens[from], MALE_FIRST | FEMALE_FIRST) && DEMONYMS.has((tokens[to] as Token).lower) && !DEMONYM_NOUN_EN.test((tokens[to] as Token).lower) && is(tokens[to + 1], LOWERCASE) && tokens[to + 1]?.kind === "word" && tokens[to + 1]?.info.verb.en === null && !is(tokens[to + 1], AUXILIARY | CONNECTOR)) return "skip";
  // "Southern Water", "Scottish Power": a region's or an origin's adjective before one word names a company.
  // Not "Briton Lewis Hamilton", "Kenyan Eliud Kipchoge": where someone is from, before their name.
  if (to === from + 1 && ((tokens[to] as Token).flags & (MALE_FIRST | FEMALE_FIRST)) === 0 && !DEMONYM_NOUN_EN.test(first.lower) && DEMONYMS.has(first.lower)) return "organisation";
  // "U.N.", "E.U.": initials and nothing else spell an organisation's acronym.
  let initials = true;
  for (let k = from; k <= to && initials; k++) initials = isInitial((tokens[k] as Token).text) || (tokens[k] as Token).text === ".";
  if (initials) return "organisation";
  if (afterThe) return "organisation";
  // "Chez Landscape Tattoo, qui rassemble neuf artistes": "chez" before a name no first name opens is a business's.
  if (to > from && tokens[from - 1]?.lower === "chez" && (any & (MALE_FIRST | FEMALE_FIRST)) === 0) return "organisation";
  // "la commune de Godomey Ayimèvo", "the village of Sutton Courtenay": what a place's noun is of is a place.
  if ((first.flags & (MALE_FIRST | FEMALE_FIRST)) === 0 && placeOf(tokens, from)) return "unknown";
  // "plans to shut libraries in Kensal Rise, Preston…": what no first name opens after "in", in a list, is where, not who.
  // Not the particle of a verb that takes someone in: "United have brought in Tyrell Field", "voted in Keir Starmer".
  // Only one that opens a list ("in Eilidh MacLeod, the firm's founder", "dans Aya Nakamura" are people).
  if ((first.flags & (MALE_FIRST | FEMALE_FIRST)) === 0 && WHERE_IN.has(tokens[from - 1]?.text ?? "") && !TAKING_IN.has(tokens[from - 2]?.lower ?? "") && listedAfter(tokens, to) && !isFirstName(first.text)) return "unknown";
  // "Kully, from the Windmill Fish Bar on Castle Hill, said": one word opening its sentence, then where its bearer
  // is from, between commas, is someone.
  if (from === to && (from === 0 || /^[.!?]$/u.test(tokens[from - 1]?.text ?? "")) && tokens[to + 1]?.text === "," && tokens[to + 2]?.lower === "from" && is(tokens[tokens[to + 3]?.lower === "the" ? to + 4 : to + 3], CAPITALISED)) return "person";
  return to > from && !first.text.startsWith("@") ? "person" : "unknown";
}

/** Whether another capitalised item follows the name ending at `to`, after a comma or "and": "Kensal Rise, Preston". */
function listedAfter(tokens: readonly Token[], to: number): boolean {
  const item = tokens[to + 2];
  return (tokens[to + 1]?.text === "," || AND_WORDS.has(tokens[to + 1]?.lower ?? "")) && item !== undefined && isCapitalised(item);
}

/** Words of bodies' names that are surnames too: "Western Power" is a company, "Amy Power" a woman. */
const SURNAME_ORG_WORDS = new Set(["power", "chambers"]);

/** Prepositions that say where, and never govern a person's name: "in", "dans". */
const WHERE_IN = new Set(["in", "near", "dans"]);
/** Verbs whose particle "in" takes a person as object. */
const TAKING_IN = new Set([
  "bring", "brings", "bringing", "brought", "call", "calls", "calling", "called", "draft", "drafts", "drafting", "drafted",
  "sign", "signs", "signing", "signed", "vote", "votes", "voting", "voted", "send", "sends", "sending", "sent", "let", "lets",
  "letting", "take", "takes", "taking", "took", "taken", "swear", "swears", "swearing", "swore", "sworn", "rope", "roped", "usher", "ushered",
]);

/** Nouns of places, whose "of" complement names where they are (a building's may name its keeper: "la mosquée de Tareq Oubrou"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "city", "town", "village", "district", "county", "province", "region", "parish", "suburb", "borough", "neighbourhood", "neighborhood",
  "ville", "village", "commune", "quartier", "région", "département", "province", "paroisse", "arrondissement", "canton",
]);

/** Whether the run at `from` completes a place's noun: "de" or "of" right before it, the noun (and maybe an adjective) before that. */
function placeOf(tokens: readonly Token[], from: number): boolean {
  if (!/^(?:de|d’|of)$/.test(tokens[from - 1]?.lower ?? "")) return false;
  return PLACE_NOUNS.has(tokens[from - 2]?.lower ?? "") || (is(tokens[from - 2], LOWERCASE) && PLACE_NOUNS.has(tokens[from - 3]?.lower ?? ""));
}

/** Whether tokens `from..to` open on words of no first name and then a title: "Ferries Executive Director Deborah Marshall". */
function bodyThenTitle(tokens: readonly Token[], from: number, to: number): boolean {
  if (firstName(tokens[from]) || isFirstName(tokens[from]?.text ?? "")) return false;
  for (let k = from + 1; k < to; k++) if (is(tokens[k], TITLE_WORD)) return true;
  return false;
}

/** Whether a comma and a role's words follow token `k`: "Toby Park, principal advisor…". */
function roleApposed(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.text === "," && is(tokens[k + 2], ROLE_WORD | PERSON_ROLE_WORD | PREMODIFIER);
}

/** Whether a comma and a person's role, kin or age follow token `k`: "Sophie Martin, mère d'un candidat", "Jeanne Durand, 92 ans". */
function personApposed(tokens: readonly Token[], k: number, language: Language): boolean {
  const t = tokens[k + 2];
  return tokens[k + 1]?.text === "," && t !== undefined && (roleApposed(tokens, k) || KINSHIP.has(t.lower) || /^\d{1,3}$/u.test(t.text) || ((t.flags & LOWERCASE) !== 0 && isAgentNoun(t.lower)) || unlistedPersonNoun(t, language));
}

/** Whether tokens `from..to` name a body or a place, never someone: "Isle of Wight" (not "Tom Briggs", nor "Smith"). */
function bodyOrPlace(tokens: readonly Token[], from: number, to: number): boolean {
  const kind = classify(tokens, from, to, false);
  return kind === "organisation" || kind === "skip";
}

/** Possessives that open the names of institutions and homes. */
const OPENING_POSSESSIVES = new Set(["notre", "nos", "votre", "vos", "our", "your"]);

/** Whether the name ending at `k` is a noun's complement: "le syndicat de Marc Gendron". */
function complementName(tokens: readonly Token[], k: number): boolean {
  let a = k;
  while (a > 0 && is(tokens[a - 1], NAME_WORD)) a--;
  while (a > 0 && is(tokens[a - 1], PERSON_ROLE_WORD) && is(tokens[a - 1], LOWERCASE)) a--;
  if (DEFINITE_ARTICLES.has(tokens[a - 1]?.lower ?? "")) a--;
  return /^(?:de|du|des|d’)$/.test(tokens[a - 1]?.lower ?? "");
}

/** French demonstrative pronouns for one person, by gender. */
const DEMONSTRATIVE_PRONOUNS: ReadonlyMap<string, Gender> = new Map([["celui-ci", "male"], ["celui-là", "male"], ["celle-ci", "female"], ["celle-là", "female"]]);

/** Words that close the name of a site and never a person's. */
/** Bodies no one is named after, whose holder's name may follow them: "leader of the council Judith Blake". */
const GOVERNING_BODIES = new Set(["council", "government", "board", "committee", "cabinet", "senate", "assembly", "opposition", "conseil", "gouvernement", "comité", "sénat", "assemblée"]);
/** Words before "Hall" that make it a building: "Civic Hall", "Town Hall". */
const HALL_KINDS = new Set(["civic", "town", "city", "village", "county", "guild", "concert", "music", "memorial", "sports", "exhibition", "assembly"]);
const SITES = new Set(["stadium", "airport", "station", "racecourse", "raceway", "speedway", "velodrome"]);
/** Words that close the name of a site, or a person's as a family name ("Kronenthal Park", "Ryan Park", "Bruce Arena"). */
const SURNAME_SITES = new Set(["park", "parc", "arena", "beach", "gardens"]);
/** Whether token `k` is a comma before a capitalised name: a town after its district ("in Tallow Hill, Worcester"). */
function townAfter(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === "," && nameWord(tokens[k + 1]) && !is(tokens[k + 1], TITLE_WORD | ROLE_WORD | MALE_FIRST | FEMALE_FIRST);
}

/** Words for ground that close a place's name and a family name alike ("Tallow Hill", "Damon Hill"). */
const GROUND_TAILS = new Set(["hill", "green", "heath", "wood", "woods", "field", "fields", "bridge", "cross", "common", "moor", "vale", "brook", "hall", "end"]);

/** Prepositions before a place: "of St. Louis", "à St. Gallen". */
const PLACE_PREPOSITIONS = new Set(["of", "in", "at", "from", "near", "to", "à", "de", "près"]);
/** Prepositions that say where something is, not whom it comes from. */
const WHERE = new Set(["in", "at", "near", "à", "près"]);

/** Compass words that open a demonym ("North Korean"). */
const COMPASS = new Set(["north", "south", "east", "west", "central"]);
const COMPASS_FR = new Set(["nord", "sud", "est", "ouest"]);
/** Adjectives that make a point of the compass a French region's name: "Grand Est", "Grand Ouest". */
const REGION_SIZES_FR = new Set(["grand", "haut", "bas", "moyen"]);

/**
 * The last token in `from`..`to - 1` that is a first name with a name word after it and no link
 * word before it (`of`, `the`), or -1: where a person's name starts inside a run of capitals.
 */
function lastFirstName(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    if (firstName(tokens[k]) && !is(tokens[k - 1], CONNECTOR) && !DEFINITE_ARTICLES.has(tokens[k - 1]?.lower ?? "")) return k;
  }
  return -1;
}

/** Words between a body's kind noun and its complement: "communauté de communes", "syndicat des eaux". */
const KIND_LINKS = new Set(["de", "des", "d’"]);

/**
 * French local authorities' kind nouns, besides the organisation nouns: before a name they say what it is, but
 * alone they are no speaker ("en métropole" is mainland France, "la communauté" any community).
 */
const AUTHORITY_KINDS = new Set(["collectivité", "communauté", "intercommunalité", "agglomération", "métropole"]);

/**
 * Whether a body's kind noun in lowercase stands before the capitalised run from `i`: "la région Sud", "la
 * communauté de communes Coutances", and past a coordinated first part, "la collectivité Coutances Mer et Bocage".
 */
function kindNounBefore(tokens: readonly Token[], i: number): boolean {
  const capital = (r: number) => tokens[r] !== undefined && isCapitalised(tokens[r]);
  let s = i;
  if (AND_WORDS.has(tokens[s - 1]?.lower ?? "") && capital(s - 2)) {
    s -= 2;
    while (capital(s - 1)) s--;
  }
  const kind = (r: number) => is(tokens[r], LOWERCASE) && (is(tokens[r], ORG_ROLE) || AUTHORITY_KINDS.has(tokens[r]?.lower ?? ""));
  return kind(s - 1) || (is(tokens[s - 1], LOWERCASE) && KIND_LINKS.has(tokens[s - 2]?.lower ?? "") && kind(s - 3));
}

/** Whether token `r` is a role or title in lowercase: `maire`, `ministre`, `president`. */
function lowerRole(tokens: readonly Token[], r: number): boolean {
  return is(tokens[r], PERSON_ROLE_WORD | TITLE_WORD) && is(tokens[r], LOWERCASE);
}

/** Words that link a role to its complement: `ministre de l’Économie`, `Minister for Housing`. */
const COMPLEMENT_LINKS = new Set(["de", "du", "des", "d’", "l’", "la", "of", "for"]);

/** `de l’Économie`, `of Housing`, `au Budget` (as in "la secrétaire d’État au Budget Eva De Bleeker"): a word linking the run at `i` to a role before it. */
function linkedBefore(tokens: readonly Token[], i: number, language: Language): boolean {
  const w = tokens[i - 1]?.lower ?? "";
  return COMPLEMENT_LINKS.has(w) || (language === "fr" && (w === "au" || w === "aux"));
}

/** Determiners before which a capitalised run qualifies the noun after it rather than naming someone. */
const QUALIFYING_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", ...POSSESSIVES_EN]);

/** Gender from courtesy titles among tokens `from..to` (exclusive), else from the first name. */
function genderOfName(first: Token, tokens: readonly Token[], from: number, to: number): Gender | null {
  for (let k = from; k < to; k++) if (is(tokens[k], MALE_TITLE)) return "male";
  for (let k = from; k < to; k++) if (is(tokens[k], FEMALE_TITLE)) return "female";
  // "Lee", "Robin": a first name either sex bears tells none.
  if (ANY_SEX_FIRST.has(first.lower)) return null;
  if (is(first, MALE_FIRST)) return "male";
  if (is(first, FEMALE_FIRST)) return "female";
  return null;
}

/**
 * The person's name that ends a capitalised run from token `k` on: "Laurent Brun" in "sur Cnews
 * Laurent Brun", where nothing in the text separates the outlet from the speaker.
 */
export function nameTail(m: Mention, k: number, tokens: readonly Token[], source: string, base: number): Mention {
  return {
    kind: "name", first: k, last: m.last, text: textOf(tokens, source, k, m.last, base), role: null, head: null, modifiers: NO_MODIFIERS,
    gender: genderOfName(tokens[k] as Token, tokens, k, k), type: "person", possessive: m.possessive, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false,
  };
}

/** Lowercase role words right before a name: "director of communications Chris MacKenzie". */
function titleBefore(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  let found = -1;
  for (let n = 0; n < 5 && k >= 0; n++, k--) {
    const t = tokens[k];
    // "M. Couillard", "Dr. Ruiz": an abbreviated title's full stop (not a sentence's: "the minister. Ruiz"),
    // also between two titles ("Maj. Gen. Anne Smith").
    if (t?.text === "." && (k === start - 1 || abbreviatedTitle(tokens[k + 1])) && abbreviatedTitle(tokens[k - 1])) continue;
    if (t === undefined || t.kind !== "word") break;
    const role = is(t, ROLE_WORD | TITLE_WORD);
    const ok = role || is(t, CONNECTOR) || nameWord(t) || is(t, PREMODIFIER) || (!is(t, NOT_NAME) && is(tokens[k - 1], CONNECTOR));
    if (!ok) break;
    if (role) found = k;
  }
  // The title starts at the earliest word walked over, once a role word vouches for the stretch.
  return found < 0 ? -1 : k + 1;
}

/**
 * Which tokens a mention took (1: a name, 2: a role or pronoun), in a buffer kept across calls:
 * allocating a typed array per block cost more than the marking itself.
 */
let USED = new Uint8Array(1024);

/** The head given to `ce dernier`, `the latter`: a pronoun that points to the person named last. */
export const LATTER = "latter";
/** The head of `celui qui`, `celle qui`: someone spoken of, told by what they did. */
export const THE_ONE = "the one";
/** Head of "a statement", "the letter" as a reporting verb's subject: an organisation's words. */
export const STATEMENT = "statement";
/** The head of "said the statement" after the words: the statement of the organisation that just spoke, or no one's. */
export const STATEMENT_AFTER = "statement after";

/** The head of `le premier`, `the former`: of the last two people named, the one named first. */
export const FORMER = "former";

/**
 * `le premier`, `la première`, `the former` ending at token `i`, standing alone (before a stop or a verb, not
 * "le premier ministre", "le premier à réagir"): its gender (null in English), or undefined when none ends there.
 */
function formerAt(tokens: readonly Token[], i: number): Gender | null | undefined {
  const w = tokens[i]?.lower;
  const before = tokens[i - 1]?.lower;
  const gender = w === "premier" && before === "le" ? "male" : w === "première" && before === "la" ? "female" : w === "former" && before === "the" ? null : undefined;
  return gender !== undefined && standsAlone(tokens, i) && !enumerates(tokens, i) ? gender : undefined;
}

/** "Deux ont été interpellés. Le premier, âgé de 22 ans, …": opening its sentence, an ordinal counts a group. */
function enumerates(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 2];
  // In French an ordinal opening its sentence counts ("Le second a assuré…"); "the former" never does.
  return tokens[i]?.lower !== "former" && (before === undefined || /^[.!?:]$/.test(before.text));
}

/** Whether the word at `i` ends its noun phrase: before a stop, an auxiliary or a verb of speech. */
function standsAlone(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next === undefined || (next.kind !== "word" && /^[.,;:!?]$/.test(next.text)) || (next.flags & AUXILIARY) !== 0 || next.info.verb.en?.finite === true || next.info.verb.fr?.finite === true;
}

/** `ce dernier`, `cette dernière`, `the latter`, `le second` ending at token `i`: its gender (null in English), or undefined when none ends there. */
function latterAt(tokens: readonly Token[], i: number): Gender | null | undefined {
  const w = tokens[i]?.lower;
  const before = tokens[i - 1]?.lower;
  if (w === "dernier" && before === "ce") return "male";
  if (w === "dernière" && before === "cette") return "female";
  if (w === "latter" && before === "the") return null;
  // "a répondu le second": of two just named, the one named last.
  if (w === "second" && before === "le" && standsAlone(tokens, i) && !enumerates(tokens, i)) return "male";
  if (w === "seconde" && before === "la" && standsAlone(tokens, i) && !enumerates(tokens, i)) return "female";
  return undefined;
}

/** Whether any of tokens `from`..`to` is an organisation word ("Georgia Institute", "Florence Foundation"). */
function anyOrgWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (is(tokens[k], ORG_WORD)) return true;
  return false;
}

/**
 * Whether a capitalised courtesy title stands right before token `k` ("Mr Patel", "M. Dupont"); with a full stop,
 * only an abbreviation the full stop belongs to ("Mr.", "M.").
 */
function courtesyBefore(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k - 1]?.text === ".";
  const title = dot ? tokens[k - 2] : tokens[k - 1];
  return title !== undefined && isCapitalised(title) && COURTESY_TITLES.has(title.lower) && (!dot || abbreviatedTitle(title));
}

/** Months that are also surnames ("Theresa May", "Brian May"). */
const MONTH_SURNAMES = new Set(["may", "june", "april", "august"]);

/** Abbreviations of "Saint" that keep their full stop inside a name. */
const SAINT = new Set(["st", "ste"]);
/** A saint's word, abbreviated or not, that opens a place's name ("St Lazare", "Sainte Marguerite"). */
const SAINTS = new Set([...SAINT, "saint", "sainte"]);

/**
 * Nouns of institutions whose names hold a possessive: "Warrington Coroner's Court", "King's College",
 * "Children's Hospital". Not every organisation's word: "Ofcom's Board", "Apple's Services" are a body's part.
 */
const POSSESSIVE_BODIES = new Set(["court", "hospital", "hostel", "college", "school", "university", "institute", "church", "cathedral", "hospice", "academy"]);

/** "St Mary's Hospital", "St John's School": a saint's possessive goes on into the body's noun; so does any into an institution's. */
function saintsBody(tokens: readonly Token[], start: number, k: number): boolean {
  if (!(tokens[k]?.possessive ?? false) || !nameWord(tokens[k + 1])) return false;
  if (k === start + 1 && SAINT.has(tokens[start]?.lower ?? "") && is(tokens[k + 1], ORG_WORD)) return true;
  // Not a person's: "Dr Priya Patel's University of Manchester team", "Ed Sheeran's Academy of Music donation" (a
  // first name, a title, or an institution's "of" after its noun say whose).
  if (!POSSESSIVE_BODIES.has(tokens[k + 1]?.lower ?? "") || k > start + 1 || /^(?:of|for)$/u.test(tokens[k + 2]?.lower ?? "")) return false;
  for (let i = start; i <= k; i++) if (is(tokens[i], MALE_FIRST | FEMALE_FIRST | TITLE_WORD) || firstName(tokens[i])) return false;
  return !courtesyBefore(tokens, start) && !is(tokens[start - 1], TITLE_WORD | PERSON_ROLE);
}

/** Words before a person's name that tell where they work: "Maya Gheorghe of Maya’s Refillables". */
const AFFILIATIONS = new Set(["of", "at", "from"]);

/**
 * "Maya Gheorghe of Maya’s Refillables", "the owner at Tony’s Chippy": after a person's name and "of", "at" or
 * "from", one word in the possessive and a capitalised word that is no one's role or kin are a shop's name.
 */
function shopName(tokens: readonly Token[], start: number, k: number): boolean {
  const next = tokens[k + 1];
  return k === start && (tokens[k]?.possessive ?? false) && nameWord(next) && !is(next, TITLE_WORD | ROLE_WORD | MALE_FIRST | FEMALE_FIRST) && !KINSHIP.has(next?.lower ?? "") &&
    AFFILIATIONS.has(tokens[start - 1]?.lower ?? "") && nameWord(tokens[start - 2]);
}

/** "Nurses and Midwives’ Organisation", "Farmers' Association": a plural possessive inside an organisation's name, at token `k`. */
function pluralInName(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.kind === "punct" && nameWord(tokens[k + 2]) && is(tokens[k + 2], ORG_WORD);
}

/*
 * The two tests below read a capitalised run `i..j` and are plain functions rather than closures in
 * `findMentions`' loop: a closure there capturing the loop's `i` made every iteration, on every
 * token, allocate a context for it.
 */

/**
 * Whether token `k` of the run `i..j` is a surname, so no title: "Bruno Le Maire" (a title word after
 * a first name and a particle), "Emily King", "John Major" (a title word right after a first name).
 */
function surnameAt(tokens: readonly Token[], i: number, j: number, k: number): boolean {
  return (k >= i + 2 && is(tokens[k - 1], CAPITAL_PARTICLE) && !is(tokens[k - 1], LOWERCASE) && firstName(tokens[k - 2])) ||
    (k === j && k >= i + 1 && is(tokens[k - 1], MALE_FIRST | FEMALE_FIRST) && !is(tokens[k - 1], TITLE_WORD | PLACE) && is(tokens[k], TITLE_WORD));
}

/**
 * "le docteur Pape Samba Dieye": after a role, a title word that is also a first name, before a name
 * that is none, opens the name ("King Mswati", "Sergeant Hughes", "le pape François" keep the title;
 * "chief executive Dame Clare Moriarty" drops a courtesy title). "Pape Bourama Diallo": in French, so
 * does one before two names that are no first names ("Mayor Sadiq Khan" keeps it).
 */
function forenameAt(tokens: readonly Token[], i: number, j: number, k: number, language: Language): boolean {
  return k === i && k < j && !COURTESY_TITLES.has(tokens[k]?.lower ?? "") && ((is(tokens[i - 1], PERSON_ROLE_WORD) && is(tokens[i - 1], LOWERCASE)) || (language === "fr" && j >= k + 2)) &&
    // "Pape Bourama Diallo": before a first name too, when a surname follows it.
    // Not "le Prince Albert II": a regnal number after the first name makes the title a title.
    is(tokens[k], TITLE_WORD) && is(tokens[k], MALE_FIRST | FEMALE_FIRST) && !is(tokens[k + 1], TITLE_WORD) &&
    (!is(tokens[k + 1], MALE_FIRST | FEMALE_FIRST) || (language === "fr" && j >= k + 2 && !/^[IVX]+$/.test(tokens[k + 2]?.text ?? "")));
}

/**
 * Whether the speech noun at `i` goes on with its complement, right after it or after an adjective:
 * `Réaction de`, `Réponse lapidaire de`. Asked only of a speech noun, since reading the words after
 * every capitalised one would make a quotation token after it work out all its word classes.
 */
function speechNounComplement(tokens: readonly Token[], i: number, language: Language): boolean {
  if (COMPLEMENT.has(tokens[i + 1]?.lower ?? "")) return true;
  return is(tokens[i + 1], LOWERCASE) && tokens[i + 1]?.info.verb[language] === null && COMPLEMENT.has(tokens[i + 2]?.lower ?? "");
}

/**
 * "… dit le procureur à Me Diouf. Celui-ci réplique : « … »": whether the demonstrative pronoun at `i` comes
 * right after a sentence that ends on a name, making it the person of its gender named last, as "ce dernier"
 * is; after "a reçu le rapport lundi." it is the report.
 * Not after a name a complement governs: "transmis au syndicat de Marc Gendron. Celui-ci conteste" is the union.
 * "… par la Fédération française de canoë-kayak (FFCK). Celle-ci…": past the name's acronym in brackets.
 * Not "Celle-ci, datée du 3 mars,": what an aside then describes is a thing as often as the body.
 */
function afterNamingSentence(tokens: readonly Token[], i: number): boolean {
  const named = tokens[i - 2]?.text === ")" && tokens[i - 4]?.text === "(" ? (tokens[i + 1]?.text === "," ? -1 : i - 3) : i - 2;
  return /^[.;:,]$/.test(tokens[i - 1]?.text ?? "") && is(tokens[named], NAME_WORD) && !complementName(tokens, named);
}

/** Adjectives a sentence may open on before someone's first name: "Local Brian Corr", "Young Amy Hill". */
const NAME_ADJECTIVES = new Set(["local", "young", "fellow", "retired", "veteran", "proud", "brave"]);

/**
 * The lexicon's surname particles that open an English name with no first name before: not "Das" ("Das Goldene
 * Lenkrad" is German's article), nor "Al", a first name already; "Le" and "La" are none ("Le Monde", "La Liga").
 */
const LEADING_PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES].filter((p) => p !== "das" && p !== "dos" && p !== "al"));

/** Whether the capitalised particle at `i` opens an English name: "De La Montanya", "Di Maio", past "La" after "De". */
function particleLeads(tokens: readonly Token[], i: number, language: Language): boolean {
  if (language !== "en" || !is(tokens[i], CAPITAL_PARTICLE) || !LEADING_PARTICLES.has(tokens[i]?.lower ?? "")) return false;
  const next = is(tokens[i + 1], CAPITAL_PARTICLE) && isCapitalised(tokens[i + 1] as Token) ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && nameWord(next) && !next.glued && !is(next, CAPITAL_PARTICLE);
}

/** Person and organisation mentions of one block's tokens, in order. */
export function findMentions(tokens: readonly Token[], source: string, base: number, language: Language): Mention[] {
  const out: Mention[] = [];
  if (USED.length < tokens.length) USED = new Uint8Array(tokens.length * 2);
  const used = USED.fill(0, 0, tokens.length);
  // Role nouns are noted on the way, so role phrases need no second pass over every token.
  const roleWords: number[] = [];
  const groupWords: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    const flags = t.flags;
    if ((flags & ROLE_WORD) !== 0) roleWords.push(i);
    if ((flags & GROUP_WORD) !== 0) groupWords.push(i);
    const marks = t.info.marks;
    const latter = (marks & MARK_LATTER) !== 0 ? latterAt(tokens, i) : undefined;
    const former = latter === undefined && (marks & MARK_LATTER) !== 0 ? formerAt(tokens, i) : undefined;
    if (latter !== undefined || former !== undefined) {
      out.push({ kind: "pronoun", first: i - 1, last: i, text: `${tokens[i - 1]?.text} ${t.text}`, role: null, head: latter !== undefined ? LATTER : FORMER, modifiers: NO_MODIFIERS, gender: latter !== undefined ? latter : (former ?? null), type: "person", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false });
      used[i - 1] = 2;
      used[i] = 2;
      continue;
    }
    // The pronoun itself is looked up first: the words around it are read only for one.
    const demonstrative = language === "fr" ? DEMONSTRATIVE_PRONOUNS.get(t.lower) : undefined;
    if (demonstrative !== undefined && afterNamingSentence(tokens, i)) {
      out.push({ kind: "pronoun", first: i, last: i, text: t.text, role: null, head: LATTER, modifiers: NO_MODIFIERS, gender: demonstrative, type: "person", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false });
      used[i] = 2;
      continue;
    }
    if ((marks & MARK_PARTITIVE) !== 0) {
      const p = partitiveAt(tokens, i, source, base, language);
      if (p !== null) {
        out.push(p);
        used.fill(2, p.first, p.last + 1);
        i = p.last;
        continue;
      }
    }
    const gender = (flags & PRONOUN) !== 0 ? t.info.pronoun : null;
    if (gender !== null && language === "fr" && impersonal(tokens, i)) continue;
    // "a quant à elle estimé Mathilde Panot": an emphatic pronoun is the clause's own subject, no one before it.
    if (gender !== null && language === "fr" && tokens[i - 1]?.lower === "à" && tokens[i - 2]?.lower === "quant") continue;
    if (gender !== null) {
      out.push({ kind: "pronoun", first: i, last: i, text: t.text, role: null, head: null, modifiers: NO_MODIFIERS, gender, type: "person", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false });
      used[i] = 2;
      continue;
    }
    // Most words are neither a name's nor capitalised: the capital, on the token already, is tested before the initials around it.
    // "said De La Montanya": in English, a capitalised particle before a name opens it (French "De Paris à Lyon" may not).
    if ((flags & NAME_WORD) === 0 && ((flags & CAPITALISED) === 0 || !(initialChain(tokens, i) || particleLeads(tokens, i, language)))) continue;
    // Asked by many of the tests below, of this same token: worked out once.
    const initial = sentenceInitial(tokens, i);
    // "Réaction de Marc Dupont :", "Réponse lapidaire de leur avocat :": a speech noun opening the sentence is whose words follow, no name.
    if (speechNoun(flags, language) && initial && speechNounComplement(tokens, i, language)) continue;
    // "Rotating TWU strikes", "Speaking at his farm, Eaves…": a verb form opening the sentence is no part of a name
    // (a first name of either sex ending so is: "Fred Sanger is about to…").
    if (initial && !is(t, MALE_FIRST | FEMALE_FIRST | TITLE_WORD) && !firstName(t) && verbForm(t) && nameWord(tokens[i + 1]) && !tokens[i + 1]?.glued) continue;
    // "Added Krieger: “…”", "Continued Ms Ward, “…”": an inverted reporting verb opening the sentence is no part of
    // the name after it, where the name is followed by its colon or comma and a quotation.
    // Not "Said", an Arabic first name as well ("Said Belhaj: “…”"), nor a verb that is also a noun ("Post Office:").
    if (language === "en" && initial && INVERTED_VERBS.has(t.lower) && invertedSpeaker(tokens, i + 1)) continue;
    // "Former NFL star says…": a headline's premodifier opens the role phrase after it, no name.
    // Not "Former President Obama" (the run holds the title), nor "New Zealand".
    if (language === "en" && HEADLINE_PREMODIFIERS.has(t.lower) && initial && nameWord(tokens[i + 1]) && !is(tokens[i + 1], TITLE_WORD)) continue;
    // "Local Brian Corr was one of those…": an adjective opening the sentence before a first name is no part of the name.
    // Only before a first name and a surname: "Young Kim said" may be her name.
    if (language === "en" && initial && NAME_ADJECTIVES.has(t.lower) && is(tokens[i + 1], MALE_FIRST | FEMALE_FIRST) && nameWord(tokens[i + 2]) && !tokens[i + 2]?.glued) continue;
    // "déplore Monsieur le Maire, Denis Maffre": a form of address before an office names no one; the office does.
    // Only before a lowercase article: "Madame Le Pen", "Monsieur Le Gall" are surnames.
    if (language === "fr" && addressBeforeOffice(t.lower, tokens[i + 1]?.text ?? "")) continue;
    const runStart = i;
    let j = i;
    while (!tokens[j]?.possessive || pluralInName(tokens, j) || saintsBody(tokens, runStart, j) || shopName(tokens, runStart, j)) {
      if (tokens[j]?.possessive) { j += saintsBody(tokens, runStart, j) || shopName(tokens, runStart, j) ? 1 : 2; continue; }
      const n = tokens[j + 1];
      if (n === undefined) break;
      if (nameWord(n) && !n.glued) { j++; continue; }
      const n2 = tokens[j + 2];
      // "Jeremy Dear": after a first name alone, a capitalised word that never opens a name is its surname.
      // Only before punctuation or a verb: "Hope Even more patients" is a first name and an adverb.
      const ends = n2 === undefined || n2.kind === "punct" || n2.info.verb[language] !== null || is(n2, AUXILIARY);
      // So after a title's first name: "Minister Dale Last said".
      const lead = j === runStart || is(tokens[j - 1], TITLE_WORD);
      if (lead && firstName(tokens[j]) && isCapitalised(n) && is(n, NOT_NAME) && n.text.length > 2 && !n.glued && ends) { j++; continue; }
      // "Shin Jong-kyun", "Moon Jae-in": a given name whose second part is lowercase, after a family name.
      if (j === runStart && koreanGiven(n) && !n.glued && (n2 === undefined || !nameWord(n2))) { j++; continue; }
      // "Theresa May", "Philippe May": after a first name alone, a month is a surname, unless a day follows.
      if (j === runStart && is(tokens[j], MALE_FIRST | FEMALE_FIRST) && isCapitalised(n) && MONTH_SURNAMES.has(n.lower) && !/^\d/.test(n2?.text ?? "")) { j++; continue; }
      // "Gov. Kim Reynolds", "Sen. Tom Cotton": an abbreviated title and its full stop lead into the name, as into
      // another such title ("Maj. Gen. Anne Smith").
      if (n.text === "." && (is(tokens[j], TITLE_WORD) || abbreviatedTitle(tokens[j])) && nameWord(n2) && (!is(n2, TITLE_WORD) || (abbreviatedTitle(tokens[j]) && abbreviatedTitle(n2)))) { j += 2; continue; }
      // "P.K. Subban", "John F. Kennedy": an initial's full stop stays inside the name.
      if (n.text === "." && isInitial(tokens[j]?.text ?? "") && nameWord(n2) && !n2?.glued && !is(n2, TITLE_WORD)) { j += 2; continue; }
      // "Roger D. Ames", "John A. Smith": an initial that is also a short word ("d", "a") after a first name.
      if (n2?.text === "." && isInitial(n.text) && isCapitalised(n) && j === runStart && is(tokens[j], MALE_FIRST | FEMALE_FIRST) && nameWord(tokens[j + 3]) && !tokens[j + 3]?.glued) { j += 3; continue; }
      // "Maria St. John", "St. Catherine of Siena": a saint's abbreviation and its full stop stay inside the name.
      // Not "on Elm St. Sarah Lee…": the saint opens the run or follows a first name.
      if (n.text === "." && SAINT.has(tokens[j]?.lower ?? "") && (j === runStart || is(tokens[j - 1], MALE_FIRST | FEMALE_FIRST)) && nameWord(n2) && !n2?.glued) { j += 2; continue; }
      // "Peg Edwards of Holy Spirit parish", "Tom Hale for Drift": a person's full name ends before "of" or "for" ("Bank of England" does not).
      // "Johnetta Elzie of St. Louis": so does a two-word run before "of" and a place, whatever the first name.
      const placeAfter = j === runStart + 1 && n.lower === "of" && (is(n2, PLACE) || SAINT.has(n2?.lower ?? ""));
      // "Bishop Woodie W. White of Indianapolis": so does a name a middle initial or a title's first name marks as a person's;
      // a capitalised role's too ("Pastor Stephanie Parker of The Gathering").
      // So does a surname after a courtesy title: "Mr Patel for Premier Meats Halal Ltd said".
      const personal = (!is(tokens[runStart], TITLE_WORD) && (is(tokens[runStart], MALE_FIRST | FEMALE_FIRST) || placeAfter || courtesyBefore(tokens, runStart))) || middleInitial(tokens, runStart, j) || (is(tokens[runStart], TITLE_WORD | PERSON_ROLE) && is(tokens[runStart + 1], MALE_FIRST | FEMALE_FIRST) && j > runStart + 1);
      // "J.J. Kavelaars du CNRC", "Marie Dupont de l’Inserm": a French "de" before a body or a place, past a full name
      // ("Charles de Gaulle" keeps his particle).
      // "Brigitte Rivière des Républicains": or before a party its members name ("les Républicains", "les Insoumis").
      const ofBody = language === "fr" && /^(?:de|du|des)$/.test(n.lower) && j > runStart && (is(n2, ACRONYM | ORG_WORD | PLACE | PLACE_WORD) || partyByMembers(n2));
      // "Madani Marzuk du DAL": two words then "du" and an acronym, a member and the body, whatever the first name.
      const memberOf = ofBody && j === runStart + 1 && is(n2, ACRONYM) && !is(tokens[runStart], ACRONYM);
      const personOf = (n.lower === "of" || n.lower === "for" || ofBody) && (j > runStart || courtesyBefore(tokens, runStart)) && (personal || memberOf) && !anyOrgWord(tokens, runStart, j);
      // The words after the run are read first: a quotation token's text is then rarely looked at.
      // Not before a person's full name: "l’annonce sur Twitter de Gérald Darmanin" is Darmanin's account.
      // "Gift of Hope Organ and Tissue Network CEO Harry Wilkins": a body's word or a title further on makes the first name a body's.
      const personAfter = is(n2, MALE_FIRST | FEMALE_FIRST) && nameWord(tokens[j + 3]) && !is(tokens[j + 3], ORG_WORD | PLACE) && !bodyAhead(tokens, j + 3);
      if (nameWord(n2) && is(n, LOWERCASE) && is(n, CONNECTOR) && !personOf && !personAfter) { j += 2; continue; }
      // "Chief of Science and Technology": a title's complement of two fields is one title.
      if ((n.lower === "and" || n.text === "&") && nameWord(n2) && !firstName(n2) && !is(n2, TITLE_WORD | PLACE | PLACE_WORD | ACRONYM) && titleOfFields(tokens, runStart, j, j + 2)) { j += 2; continue; }
      // "Northern Nurses and Midwives Organisation", "Procter & Gamble": one organisation's name.
      if (nameWord(n2) && (n.text === "&" || ((n.lower === "and" || n.lower === "et") && orgAhead(tokens, j + 2)))) { j += 2; continue; }
      // "Cut The Rent", "Save The Children": a capitalised article between two capitalised words is inside a name.
      // Not a title after a name whose comma was dropped: "Ed Miliband The Energy Secretary said".
      if (n.text === "The" && language === "en" && nameWord(n2) && !n2?.glued && ![2, 3, 4].some((d) => is(tokens[j + d], TITLE_WORD | PERSON_ROLE)) && isCapitalised(tokens[j] as Token)) { j += 2; continue; }
      // "Bruno Le Maire": after a first name, even a title word is the surname's.
      if (nameWord(n2) && is(n, CAPITAL_PARTICLE) && !is(n, LOWERCASE) && (!is(n2, TITLE_WORD) || firstName(tokens[j]))) { j += 2; continue; }
      const n3 = tokens[j + 3];
      // "Charles de la Tour" keeps the particles; "Jean-Marc Dupont de la CGT" is a member and the body.
      if (nameWord(n3) && is(n, LOWERCASE) && is(n2, LOWERCASE) && is(n, PARTICLE) && is(n2, PARTICLE) && !(is(n3, ACRONYM) && j > runStart && (personal || j === runStart + 1))) { j += 3; continue; }
      // "Roger C. Wiens of the Los Alamos National Laboratory": as before "of", a person's name ends before "of the".
      if (nameWord(n3) && n.lower === "of" && n2?.lower === "the" && !personOf) { j += 3; continue; }
      // "Chief Secretary to the Treasury Danny Alexander", "Special Envoy to the UN": a title's "to the" complement.
      // Only where a first name follows: "the Prime Minister to the House of Commons" is a title and a place.
      if (nameWord(n3) && n.lower === "to" && n2?.lower === "the" && is(tokens[j], TITLE_WORD) && firstNameAhead(tokens, j + 3)) { j += 3; continue; }
      break;
    }
    // "l’Union suisse des paysans", "le Parti socialiste": a French institution's name goes on in lowercase,
    // its words no title ("générale") nor role ("socialiste").
    const orgEnd = language === "fr" && j === i ? frenchOrgNameEnd(tokens, j, is(tokens[i - 1], ORG_ROLE) && is(tokens[i - 1], LOWERCASE) && !is(tokens[i - 1], PERSON_ROLE)) : j;
    if (orgEnd > j) {
      const from = withOwnArticle(tokens, i, orgEnd);
      out.push({ kind: "name", first: from, last: orgEnd, text: textOf(tokens, source, from, orgEnd, base), role: null, head: null, modifiers: NO_MODIFIERS, gender: bodyGender(tokens, i, orgEnd), type: "organisation", possessive: tokens[orgEnd]?.possessive ?? false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false });
      used.fill(1, i, orgEnd + 1);
      i = orgEnd;
      continue;
    }
    // "Rs 65 crore", "Fr 20": a short word before a figure is a unit or a currency, no one's name.
    if (j === i && t.text.length <= 3 && /^\d/.test(tokens[i + 1]?.text ?? "") && !is(t, MALE_FIRST | FEMALE_FIRST | TITLE_WORD)) {
      used[i] = 1;
      continue;
    }
    // "a conclu le Français", "said the Australian": someone named by where they come from.
    // "ce jeune Lyonnais", "l’ancien Marseillais": in French an adjective may come between.
    const d = language === "fr" && j === i && ADJECTIVES_BEFORE_FR.has(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
    const det = tokens[d];
    // "Caroline, une Lexovienne qui…": in French an indefinite article makes one of them too.
    const determines = det !== undefined && (DEFINITE_ARTICLES.has(det.lower) || (language === "fr" && (DEMONSTRATIVES_FR.has(det.lower) || ((det.lower === "un" || det.lower === "une") && det.text === det.lower))));
    // The article's case is read last: only a demonym after an article asks it.
    if (j === i && det !== undefined && determines && isDemonymNoun(t, language) && demonymArticle(tokens, d, t, language) && !modifiesNext(tokens, i, language)) {
      out.push({
        kind: "role", first: d, last: i, text: textOf(tokens, source, d, i, base), role: null, head: t.lower, modifiers: NO_MODIFIERS,
        gender: det.lower === "la" || det.lower === "cette" ? "female" : det.lower === "le" || det.lower === "ce" || det.lower === "cet" ? "male" : FEMININE_DEMONYM.test(t.text) ? "female" : null,
        type: "person", possessive: t.possessive, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false,
      });
      used[i] = 2;
      continue;
    }
    // "Provider Full Fibre said", "Retailer Wilko": a trade's noun opening the sentence says what the name after it
    // is, a firm (`classify` reads it there), not a person whose first name the lists lack.
    if (j > i && language === "en" && initial && TRADE_AGENTS_EN.has(t.lower) && !is(tokens[i + 1], MALE_FIRST | FEMALE_FIRST | TITLE_WORD | PERSON_ROLE)) continue;
    // "à l’AFP Claire Vasseur": an acronym before a person's name is another mention, not a title.
    const after = tokens[i + 1];
    // "à Keystone-ATS Clara Vasseur", "ROBtv Anuna De Wever": so is a name that ends on an acronym or opens with one.
    // Not "BC Ferries Executive Director Deborah Marshall": a body's name the acronym opens leads to the title.
    // Nor a saint's name after the acronym: "le président du CIQ St Lazare" is of the district's committee.
    if (j >= i + 2 && (is(t, ACRONYM) || ACRONYM_TAIL.test(t.text)) && !is(t, TITLE_WORD) && after !== undefined && isCapitalised(after) && !is(after, TITLE_WORD) && !SAINTS.has(after.lower) && !bodyThenTitle(tokens, i + 1, j) && classify(tokens, i + 1, j, false) === "person") j = i;
    // "explique à l’AFP Maria", "confie au Parisien Marc": after a verb of speech, a medium it was told to (an
    // acronym or a paper's name; not "au Château Margaux Philippe X") ends before the speaker's first name.
    if (j >= i + 1 && language === "fr" && !is(t, MALE_FIRST | FEMALE_FIRST) && is(after, MALE_FIRST | FEMALE_FIRST) && !is(after, TITLE_WORD) && (is(t, ACRONYM) || PAPERS_FR.has(t.lower)) && toldMedium(tokens, i)) j = i;
    // "organisée à Paris Jim Furyk": so is a place a preposition governs, before a first name and a surname.
    if (j >= i + 2 && is(t, PLACE) && !is(t, MALE_FIRST | FEMALE_FIRST) && is(after, MALE_FIRST | FEMALE_FIRST) && PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "")) j = i;
    // "le président de la région Sud Renaud Muselier", "the club Ajax Erik ten Hag": after a body's kind noun, its
    // name ends where a first name and a surname close the run.
    // Not a saint's name inside the body's: "la communauté d’agglomération Mont Saint Michel Normandie". Nor a body
    // named after someone, one adjective before the name: "l’hôpital Européen Georges Pompidou", "le lycée Français
    // Charles de Gaulle".
    let bodyBeforeHolder = false;
    if (j >= i + 2 && !is(t, MALE_FIRST | FEMALE_FIRST) && kindNounBefore(tokens, i)) {
      const k = lastFirstName(tokens, i + 1, j);
      const namedAfter = k === i + 1 && (adjectiveFr(t.lower) || DEMONYM_FR.test(t.text));
      if (k > i && k >= j - 2 && !is(tokens[k - 1], MALE_FIRST | FEMALE_FIRST) && !SAINTS.has(tokens[k - 1]?.lower ?? "") && !namedAfter && !anyOrgWord(tokens, k, j)) {
        j = k - 1;
        bodyBeforeHolder = true;
      }
    }
    // "Leader of the Opposition in the National Assembly Shehbaz Sharif": a body's name, then two words of no
    // kind that end the run, are the body and the person who holds a role in it.
    if (j >= i + 3 && is(tokens[j - 2], ORG_WORD) && is(tokens[i - 1], LOWERCASE) && [j - 1, j].every((k) => isCapitalised(tokens[k] as Token) && !is(tokens[k], ORG_WORD | PLACE | PLACE_WORD | TITLE_WORD | CONNECTOR | ACRONYM | NOT_NAME))) j -= 2;
    // "Man who murdered wife jailed", "Teenager arrested": a headline's lone plain person noun is no one's name
    // (a role that is also a surname, "Berger a estimé", "Driver said", still is one).
    if (j === i && initial && PLAIN_PERSON_NOUNS.has(t.lower) && is(tokens[i + 1], LOWERCASE)) continue;
    // "Minutes after the union announced…", "Hours later": a span of time opening the sentence ("Jane Weeks" is a name still).
    if (j === i && initial && TIME_SPANS.has(t.lower) && is(tokens[i + 1], LOWERCASE) && !reportsNext(tokens, i, language)) continue;
    // "Fin août, ils avaient…", "Early March, she said": the edge of a month opening the sentence.
    if (j === i && initial && MONTH_EDGES.has(t.lower) && CALENDAR.has(tokens[i + 1]?.lower ?? "")) continue;
    // "Soulignant le…", "Interrogé sur…": a lone capitalised verb form opening a sentence is no name
    // (a first name that happens to end so still is one).
    // Before a reporting verb it is the subject all the same ("Zaid added:").
    if (j === i && initial && !is(t, MALE_FIRST | FEMALE_FIRST) && (verbForm(t) || (language === "fr" && (is(t, FR_VERB_FORM) || participleOpening(tokens, i) || infinitiveOpening(tokens, i)))) && !reportsNext(tokens, i, language)) continue;
    // "Exilé du Kosovo, Arjan vit…": so is one whose complement's place the run took in; the place stays a place.
    if (j > i && language === "fr" && initial && !is(t, MALE_FIRST | FEMALE_FIRST) && is(tokens[i + 1], LOWERCASE) && participleOpening(tokens, i)) continue;
    // "— RAPHAEL BLOCH/SIPA", "AFP/Jean Dupont": a photographer's credit names no one the story speaks of.
    if (photoCredit(tokens, i, j)) { used.fill(1, i, j + 1); i = j; continue; }
    // "Notre interlocuteur note…", "Our reporter": a possessive before a lowercase word is no one's name.
    if (j === i && OPENING_POSSESSIVES.has(t.lower) && is(tokens[i + 1], LOWERCASE)) continue;
    // "Fighting raged Friday near…", "Opération réussie pour…": a lone gerund or abstract noun opening the sentence is no name.
    if (j === i && initial && !is(t, MALE_FIRST | FEMALE_FIRST) && is(tokens[i + 1], LOWERCASE) && (GERUND_SUBJECTS.has(t.lower) || ABSTRACT_NOUN.test(t.lower))) continue;
    // So is a French adverb, whatever follows ("Visiblement agacé, Marc Tirole charge").
    // Not a surname before its verb: "Froment a écrit".
    if (j === i && initial && language === "fr" && !is(t, MALE_FIRST | FEMALE_FIRST) && mentAdverb(t.lower) && !is(tokens[i + 1], AUXILIARY) && !(tokens[i + 1]?.info.verb.fr?.finite === true && !is(tokens[i + 1], FR_VERB_FORM))) continue;
    // "Rt Hon Kwasi Kwarteng MP", "Keir Starmer KC": letters of office or honour after a name close it.
    const runEnd = j;
    // Not in a complement ("a spokesman for Tom Briggs MP"), which the role phrase reads to its end.
    // Nor after a place or a body ("the Isle of Wight MP"), whose member the letters then name.
    while (j > i + 1 && POSTNOMINALS.has(tokens[j]?.text ?? "") && !is(tokens[j - 1], TITLE_WORD) && !COMPLEMENT_LINKS.has(tokens[i - 1]?.lower ?? "") && !bodyOrPlace(tokens, i, j - 1)) j--;
    let lastTitle = -1;
    // "GNS Science Seismologist Dr Matt X": a run ending on a profession is a role, not a name.
    // "Emergency Relief Coordinator John Holmes": a role noun right before a first name ends the title; so does a
    // plural one ("Owners Jan and Don Wilke").
    // "Premier Meats Halal Ltd", "Premier Inn Ltd": a title word opening a run a body's word ends, with no one's first
    // name in it, is the body's name.
    const bodyOnly = i < j && is(tokens[j], ORG_WORD) && lastFirstName(tokens, i + 1, j) < 0 && !is(tokens[i + 1], MALE_FIRST | FEMALE_FIRST);
    for (let k = i; k <= j && !bodyOnly && !surnameAt(tokens, i, j, k) && !forenameAt(tokens, i, j, k, language); k++) {
      // "Lt. Mark Reyes", "Maj. Gen. Anne Carrow": an abbreviated title is one with its full stop ("Gen Nakatani", "Col Allan" are names).
      if (is(tokens[k], TITLE_WORD) || (abbreviatedTitle(tokens[k]) && tokens[k + 1]?.text === ".") || (k === j && j > i && isAgentNoun(tokens[k]?.lower ?? "")) || (k < j && (is(tokens[k], PERSON_ROLE | GROUP_WORD) || (k === i && TRADE_AGENTS_EN.has(tokens[k]?.lower ?? ""))) && is(tokens[k + 1], MALE_FIRST | FEMALE_FIRST))) lastTitle = k - i;
    }
    // "Minister for Rural Affairs John Moran": past a title's complement, a first name starts the name.
    // The last first name is the holder's: "Director of the Georgia Bureau of Investigation Vic Reynolds".
    if (lastTitle >= 0 && (is(tokens[i + lastTitle + 1], CONNECTOR) || tokens[i + lastTitle + 1]?.lower === "to")) {
      const k = lastFirstName(tokens, i + lastTitle + 2, j);
      if (k >= 0) lastTitle = k - 1 - i;
      // "Deputy Secretary of the Treasury Sigal Mandelker", "Minister of Foreign Affairs Wang Yi": past a
      // one-field complement, two words no lexicon knows close the run as a name the lists lack.
      else if (unlistedNameAtEnd(tokens, i + lastTitle + 2, j)) lastTitle = j - 2 - i;
    }
    // "le ministre de l’Économie Bruno Dupont": a complement's capitalised words end where a first name starts.
    // Those words complete the role before them and are no title of the name's own.
    let complement = false;
    // "le maire de Lyon Grégory Doucet": a town that is also a first name, after a role's "de", is its complement
    // when another first name follows it.
    const townFirst = is(t, MALE_FIRST | FEMALE_FIRST) && !is(t, ORG_WORD | PLACE_WORD) && j >= i + 2 && lowerRole(tokens, i - 2) && lastFirstName(tokens, i + 1, j) > i;
    if (lastTitle < 0 && (!is(t, MALE_FIRST | FEMALE_FIRST | ORG_WORD | PLACE_WORD) || townFirst) && linkedBefore(tokens, i, language)) {
      let end = i + 1;
      while (end < j && !is(tokens[end], ORG_WORD | PLACE_WORD | CONNECTOR)) end++;
      // "executive director of Property Council of Australia Adina Cirson": the organisation's whole
      // name, then a first name and a surname that end the run.
      const tail = lastFirstName(tokens, j - 1, j);
      const k = lastFirstName(tokens, i + 1, Math.min(end, j));
      const roleAt = (r: number) => lowerRole(tokens, r);
      if (k < 0 && tail > i + 1 && isCapitalised(tokens[tail] as Token) && !is(tokens[tail], CONNECTOR) && (roleAt(i - 2) || roleAt(i - 3))) {
        lastTitle = tail - 1 - i;
        complement = true;
      }
      // "le ministre ivoirien de l’Intérieur Sidiki Diakité": a one-word ministry, then two words no
      // first-name list knows, are the portfolio and its holder.
      const adjectived = roleAt(i - 4) && language === "fr" && adjectiveFr(tokens[i - 3]?.lower ?? "");
      if (language === "fr" && k < 0 && tail < 0 && lastTitle < 0 && j === i + 2 && portfolioThenName(tokens, i, i + 1) && (roleAt(i - 2) || roleAt(i - 3) || adjectived)) {
        lastTitle = 0;
        complement = true;
      }
      // "le ministre de la Santé Publique Nzeyimana": a field of government and its adjectives, then one surname.
      if (language === "fr" && k < 0 && tail < 0 && lastTitle < 0 && j > i && portfolioThenSurname(tokens, i, j) && (roleAt(i - 2) || roleAt(i - 3) || adjectived)) {
        lastTitle = j - 1 - i;
        complement = true;
      }
      if (k >= 0) {
        lastTitle = k - 1 - i;
        complement = true;
      }
    }
    // "le directeur général du Réseau Astuce Jean-Pierre Philibert": a body's name after a role's link, then a first
    // name and a surname that close the run, are the body the role is held in and its holder.
    if (lastTitle < 0 && !complement && is(t, ORG_WORD) && !is(t, MALE_FIRST | FEMALE_FIRST) && j >= i + 3 && linkedBefore(tokens, i, language) && (lowerRole(tokens, i - 2) || lowerRole(tokens, i - 3))) {
      const holder = lastFirstName(tokens, j - 1, j);
      if (holder === j - 1 && !is(tokens[j], ORG_WORD | PLACE_WORD | CONNECTOR | TITLE_WORD) && !is(tokens[j - 2], CONNECTOR)) {
        lastTitle = holder - 1 - i;
        complement = true;
      }
    }
    // "le maire LR de Cannes David Lisnard": a party's acronym after a role opens the role's complement, and the
    // last first name in the run starts the holder's name.
    if (lastTitle < 0 && language === "fr" && is(t, ACRONYM) && lowerRole(tokens, i - 1) && COMPLEMENT_LINKS.has(tokens[i + 1]?.lower ?? "")) {
      const k = lastFirstName(tokens, i + 2, j);
      if (k >= 0 && k >= j - 2) {
        lastTitle = k - 1 - i;
        complement = true;
      }
    }
    // "la réponse du Procureur": a role noun written with a capital is still a role, not a name.
    // "Daughter, Karen Healey, 50, said": so is one opening a sentence, set before a first name by a comma.
    // Not the first of a list: "Baker, Jane Hill and Tom Ross founded the club".
    // "Infirmière de nuit depuis vingt ans, Julia…": so is a French one whose complement runs to the comma before her first name.
    if (j === i && lastTitle < 0 && is(t, PERSON_ROLE) && (!initial || (tokens[i + 1]?.text === "," && is(tokens[i + 2], MALE_FIRST | FEMALE_FIRST) && !listAfter(tokens, i + 2)) || (language === "fr" && frontedRole(tokens, i)))) lastTitle = 0;
    // "Le Préfet de la Haute-Vienne", "the Mayor of London": so is an office with what it is of, no one's name in it.
    if (j > i && lastTitle < 0 && is(t, PERSON_ROLE) && det !== undefined && (DETERMINERS.has(det.lower) || FUSED_ARTICLES.has(det.lower)) && COMPLEMENT_LINKS.has(tokens[i + 1]?.lower ?? "") && lastFirstName(tokens, i + 1, j + 1) < 0) lastTitle = j - i;
    // "Le Français Thierry Henry": a demonym after an article, before a first name, says where they are from.
    // "l’Américaine Mikaela Shiffrin": so does one before two plain words that end the run, whatever the first name.
    // Only a woman's origin: "le Japonais Nippon Steel" may be a company, "l’Américaine Mikaela Shiffrin" is someone.
    const plainPair = j === i + 2 && FEMININE_DEMONYM.test(t.lower) && !is(tokens[i + 1], ORG_WORD | PLACE | PLACE_WORD | TITLE_WORD) && !is(tokens[i + 2], ORG_WORD | PLACE | PLACE_WORD | TITLE_WORD);
    if (lastTitle < 0 && j > i && det !== undefined && DEFINITE_ARTICLES.has(det.lower) && isDemonymNoun(t, language) && (is(tokens[i + 1], MALE_FIRST | FEMALE_FIRST) || plainPair)) lastTitle = 0;
    const nameStart = lastTitle + 1 + (tokens[i + lastTitle + 1]?.text === "." ? 1 : 0);
    const first = i + nameStart;
    // "Di Tarte", "De Wever", "Van der Berg": a surname's particle may open the name (not "De Paris…").
    const particleOpens = first < j && SURNAME_PARTICLES.has(tokens[first]?.lower ?? "") && !is(tokens[first + 1], PLACE | PLACE_WORD | ORG_WORD);
    const particleFirst = first === i && j === i && is(t, CONNECTOR) && firstNameReports(tokens, i, language);
    const startsName = (first <= j && (nameWord(tokens[first]) || initialChain(tokens, first) || particleLeads(tokens, first, language)) && (!is(tokens[first], CONNECTOR) || particleOpens)) || particleFirst;
    const prev = tokens[i - 1];
    if (!startsName) {
      // "Chief economist Maria Olsen said": opening the sentence, a capitalised word before a lowercase role noun
      // and a name modifies that role, which the name holds; it is no one of its own.
      const premodifies = j === i && initial && is(tokens[i + 1], PERSON_ROLE_WORD) && is(tokens[i + 1], LOWERCASE) && isCapitalised(tokens[i + 2] as Token) && tokens[i + 2]?.kind === "word";
      const m = premodifies ? null : roleFromRun(tokens, source, base, i, j, lastTitle, language);
      if (m !== null) out.push(joinedPlaces(out, m, tokens, source, base, used) ?? m);
      for (let k = i; k <= runEnd; k++) used[k] = m === null ? 1 : 2;
      i = runEnd;
      continue;
    }
    // "l’association Numérique Libre", "the company Zentro": the noun before the name says what it is.
    // Not a person's full name after a role's complement: "le président du parti Toni Brunner" holds the role.
    // Nor "leader of the council Judith Blake": an article may stand between the link and a body no person's name
    // names ("the chairman of the retailer John Lewis" is of the shop).
    const link = tokens[i - 2] !== undefined && DEFINITE_ARTICLES.has(tokens[i - 2]!.lower) && GOVERNING_BODIES.has(prev?.lower ?? "") ? tokens[i - 3] : tokens[i - 2];
    const holder = j > first && firstName(tokens[first]) && COMPLEMENT.has(link?.lower ?? "");
    // "le syndicat de généralistes MG France", "l’association d’usagers Alerte": so does one whose members a
    // complement names.
    // Only a name that reads as a body's (one word, or initials in it): "l’association de riverains Kadiatou Diallo" is her.
    const bodyName = first === j || anyAcronym(tokens, first, j);
    const members = bodyName && prev !== undefined && is(prev, LOWERCASE) && prev.info.verb[language] === null && (tokens[i - 2]?.lower === "de" || tokens[i - 2]?.lower === "d’") && is(tokens[i - 3], ORG_ROLE) && !is(tokens[i - 3], PERSON_ROLE);
    // Not a full name an appositive says is someone's: "Devant le lycée Sophie Martin, mère d'un candidat, attend".
    const someone = j > first && firstName(tokens[first]) && personApposed(tokens, j, language);
    const orgNoun = nameStart === 0 && ((is(prev, ORG_ROLE) && !is(prev, PERSON_ROLE)) || (language === "fr" && members)) && !holder && !someone;
    // "les Stampeders de Calgary", "les Alouettes": a plural article before a name makes it a team's, a band's.
    const afterThe = nameStart === 0 && prev !== undefined && (prev.lower === "the" || prev.lower === "la" || prev.lower === "le" || (prev.lower === "les" && !firstName(tokens[first])));
    const classified = particleFirst ? "person" : classify(tokens, first, j, afterThe);
    // "a Kāinga Ora tenant", "his Ofcom colleague": a name between a determiner and a lowercase noun qualifies it.
    // "Kāinga Ora tenants hope…": so does a run that no first name opens, before a lowercase role noun.
    const next = tokens[j + 1];
    // "a Donald Trump rally" still names Trump: a run a first name opens stays a person's.
    // French puts no name before a person's noun to qualify it: "Imène Souid-Ben Cheikh élue maire" is a headline's person.
    const qualifies = nameStart === 0 && is(next, LOWERCASE) && next?.info.verb[language] === null && !firstName(tokens[first]) &&
      ((prev !== undefined && QUALIFYING_DETERMINERS.has(prev.lower)) || (j > first && (is(next, language === "en" ? PERSON_ROLE | ORG_ROLE | GROUP_WORD : ORG_ROLE | GROUP_WORD) || titleInLowerCase(tokens, j + 1))));
    // "Broadland council has refused…", "Surrey police said": a place's public body, its noun in lower case, is one name.
    // "Roos parish council wrote": a council's kind may come between ("parish", "town", "county", "district", "borough").
    const kindOfCouncil = is(next, LOWERCASE) && COUNCIL_KINDS.has(next?.lower ?? "") && tokens[j + 2]?.lower === "council" ? 1 : 0;
    const publicBody = nameStart === 0 && language === "en" && is(next, LOWERCASE) && PUBLIC_BODIES_EN.has(tokens[j + 1 + kindOfCouncil]?.lower ?? "") && !firstName(tokens[first]) && !tokens[j]?.possessive;
    // "la Ville de Saint-Ouen", "la Région Occitanie": a place's body, capitalised after an article, speaks.
    const body = classified === "skip" && first === i && j > first && is(t, ORG_ROLE) && !is(t, PERSON_ROLE) && det !== undefined && DETERMINERS.has(det.lower) && language === "fr";
    // "attends St Cadoc's", "at St Mary's": a saint's name in the possessive, nothing after it, is the school or the church.
    const saints = classified !== "skip" && SAINT.has(tokens[first]?.lower ?? "") && j > first && (tokens[j]?.possessive ?? false) && !is(tokens[j + 1], CAPITALISED);
    const shop = j > first && shopName(tokens, first, first);
    // "de Jeunes Agriculteurs du Finistère ont demandé": in French, two plural words no first-name list knows open a
    // body's name, never a person's.
    const plurals = language === "fr" && classified === "person" && j > first && [first, first + 1].every((k) => /\p{Ll}[sx]$/u.test(tokens[k]?.text ?? "") && !firstName(tokens[k]));
    const type = ((orgNoun || qualifies || publicBody || saints || shop) && classified !== "skip") || body || bodyBeforeHolder || plurals ? "organisation" : classified;
    // The body's noun joins the name: "Broadland council".
    if (type === "organisation" && publicBody && runEnd === j) j += 1 + kindOfCouncil;
    const spent = Math.max(runEnd, j);
    for (let k = i; k <= spent; k++) used[k] = 1;
    i = spent;
    if (type === "skip") {
      // "La Ville dit…": a capitalised organisation noun after an article is a role phrase, no place.
      if (j === first && is(t, ORG_ROLE) && det !== undefined && DETERMINERS.has(det.lower)) used[j] = 0;
      continue;
    }
    // "chief executive Dame Clare Moriarty": past a courtesy title that opens the run, the role before it.
    const courtesyRun = nameStart > 0 && type !== "organisation" && courtesyOnly(tokens, runStart, first - 1);
    const roleBefore = courtesyRun ? titleBefore(tokens, runStart) : -1;
    const titleStart = roleBefore >= 0 ? roleBefore : nameStart > 0 ? runStart : type === "organisation" ? -1 : titleBefore(tokens, first);
    const titled = titleStart >= 0 && titleStart < first && !dangling(tokens[first - 1]);
    // "Mr", "Mme", "Me" alone are not roles: readers would see "Laurent Ouazzani, Me".
    // "Harbour Science seismologist Dr Matt Gerling": the courtesy title is not part of the role shown.
    let titleEnd = first - 1;
    for (;;) {
      const dot = tokens[titleEnd]?.text === "." ? 1 : 0;
      if (!titled || titleEnd - dot <= titleStart || !COURTESY_TITLES.has(tokens[titleEnd - dot]?.lower ?? "")) break;
      titleEnd -= dot + 1;
    }
    const title = titled && !complement && !courtesyOnly(tokens, titleStart, first - 1) ? (spelledOut(tokens, titleStart, titleEnd) ?? textOf(tokens, source, titleStart, titleEnd, base)) : null;
    // A body's grammatical gender, which "elle" follows: "la Ville de Saint-Ouen… Elle a ajouté", "La SNCF…
    // « … », a-t-elle expliqué dans un communiqué".
    const nameGender = type === "person" || type === "unknown" ? genderOfName(tokens[first] as Token, tokens, titleStart >= 0 ? titleStart : first, first) : body ? articleGender(det) : type === "organisation" && language === "fr" ? bodyGender(tokens, first, j) : null;
    const from = titled ? first : withOwnArticle(tokens, first, j);
    out.push({
      kind: "name", first: from, last: j, text: textOf(tokens, source, from, j, base), role: title, head: null, modifiers: NO_MODIFIERS, gender: nameGender,
      // A title that tells a gender, a capitalised office or a courtesy makes the name a person's ("M. Couillard",
      // "President Trump", "Me Diouf"; not "le candidat Renaissance").
      type: titled && type === "unknown" && (nameGender !== null || holdsAbbreviatedTitle(tokens, titleStart, first - 1) || (is(tokens[first - 1], PERSON_ROLE) && isCapitalised(tokens[first - 1] as Token)) || COURTESY_TITLES.has(tokens[first - 1]?.lower ?? "")) ? "person" : type, possessive: tokens[j]?.possessive ?? false, sameAs: null, implied: titled ? impliedRole(tokens, titleStart, first - 1) : null, plural: false, descriptive: false, partitive: false,
    });
  }
  // Groups first: "the defence lawyers" is one group, not "the defence" and a plural.
  const groups = groupWords.length === 0 ? [] : findGroupMentions(tokens, source, base, language, used, groupWords);
  // "Residents say…", "Officials said": a plural noun's capital opening the sentence is no name where a group starts.
  // Most blocks have no group: their names need no second look, nor a set to look them up in.
  const groupStarts = groups.length === 0 ? null : new Set(groups.map((g) => g.first));
  const names = groupStarts === null ? out : out.filter((m) => !(m.kind === "name" && m.first === m.last && m.type !== "organisation" && groupStarts.has(m.first) && sentenceInitial(tokens, m.first)));
  const found = merge(names, merge(groups, findRoleMentions(tokens, source, base, language, used, roleWords)));
  // "Sophie Martin des Écologistes dénonce": the party a person's name ends before is no mention of its own.
  const all = found.some((m) => partyOfName(found, m, tokens)) ? found.filter((m) => !partyOfName(found, m, tokens)) : found;
  const spelled = spellOutAcronyms(all, tokens, source, base);
  linkAppositives(spelled, tokens, source, base, language);
  linkPredicates(spelled, tokens, language);
  for (const m of spelled) if (m.kind === "name" && m.role === null) m.role = kinBefore(tokens, m.first);
  shareSurnames(spelled, tokens);
  return spelled;
}

/**
 * "Ian Clarke, 68, was one of those who spoke… He said:", "Dan Reed was a resident who…": a person's role after a
 * copula that follows a name (past an age between commas) says who that person is; it brings in no one else.
 */
function linkPredicates(ms: Mention[], tokens: readonly Token[], language: Language): void {
  for (let idx = 1; idx < ms.length; idx++) {
    const r = ms[idx] as Mention;
    if (r.kind !== "role" || r.type !== "person" || r.plural || r.sameAs !== null || !BE_FORMS[language].has(tokens[r.first - 1]?.lower ?? "")) continue;
    // Only the singular: "were" and "étaient" have groups as subjects.
    if (/^(?:are|were|sont|étaient)$/u.test(tokens[r.first - 1]?.lower ?? "")) continue;
    let end = r.first - 2;
    if (tokens[end]?.text === "," && /^\d{1,3}$/u.test(tokens[end - 1]?.text ?? "") && tokens[end - 2]?.text === ",") end -= 3;
    const n = ms.findLastIndex((x, i) => i < idx && x.last === end);
    const name = ms[n];
    // Only the sentence's subject: "The first to respond to Tom Hill was a sheep farmer" is someone else.
    if (name === undefined || name.kind !== "name" || name.type !== "person" || !(name.first === 0 || /^[.!?;:"“”«»]$/u.test(tokens[name.first - 1]?.text ?? ""))) continue;
    r.sameAs = n;
  }
}

/**
 * "nearby residents’ group All Concerned About Foggie Turbines (ACAFT)": the words a bracketed acronym spells
 * are one body's name, whatever mentions were read in them ("Concerned", a person "Foggie Turbines").
 * Not a person's initials: a run a first name opens is left as it was ("John Fitzgerald Kennedy (JFK)").
 */
function spellOutAcronyms(ms: Mention[], tokens: readonly Token[], source: string, base: number): Mention[] {
  let out = ms;
  for (const m of ms) {
    if (m.kind !== "name" || m.first !== m.last || !is(tokens[m.first], ACRONYM)) continue;
    const from = spelledFrom(tokens, m.first);
    const to = m.first - 2;
    if (from < 0 || firstName(tokens[from])) continue;
    // Nor a person's name the mentions read whole, of a few capitalised words and no small ones: "Bola Ahmed Tinubu (BAT)".
    if (out.some((x) => x.kind === "name" && x.type === "person" && x.first === from && x.last === to) && to - from < 4) continue;
    const inside = (x: Mention) => x.first >= from && x.last <= to;
    if (out.some((x) => x.kind === "name" && x.type === "organisation" && x.first === from && x.last === to)) continue;
    // A mention that runs across the name's edges reads the words otherwise: leave them be.
    if (out.some((x) => !inside(x) && x.last >= from && x.first <= to)) continue;
    const body: Mention = {
      kind: "name", first: from, last: to, text: textOf(tokens, source, from, to, base), role: null, head: null, modifiers: NO_MODIFIERS, gender: null,
      type: "organisation", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false,
    };
    out = [...out.filter((x) => !inside(x) || x === m), body].sort((a, b) => a.first - b.first);
  }
  return out;
}

/**
 * Words for a couple, or for a family's members, before the two first names they share a family name between:
 * "couple Amy and Austin Wyatt", "owners Ambi and Manj Aujla".
 */
const COUPLE_WORDS = new Set([
  "couple", "spouses", "époux", "owners", "parents", "founders", "siblings", "brothers", "sisters", "twins",
  "propriétaires", "fondateurs", "gérants", "frères", "sœurs", "jumeaux", "jumelles",
]);

/**
 * "Andrew and Lynne Long": a lone first name joined by "and" to a full name bears its family name
 * too, so that "Mr Long" later can be him.
 */
function shareSurnames(ms: Mention[], tokens: readonly Token[]): void {
  for (let idx = 0; idx + 1 < ms.length; idx++) {
    const m = ms[idx] as Mention;
    const full = ms[idx + 1] as Mention;
    // "couple Amy and Austin Wyatt": after a word for a couple, a family name may be a first name too, and the other
    // first name one the lists leave unflagged as a place's ("Austin"), or hold none ("owners Ambi and Manj Aujla").
    // Elsewhere "Emma and Hugh Grant" are two people.
    const couple = COUPLE_WORDS.has(tokens[m.first - 1]?.lower ?? "");
    const given = (t: Token | undefined) => firstName(t) || (nameWord(t) && !is(t, ORG_WORD | PLACE | PLACE_WORD | TITLE_WORD | ROLE_WORD | NOT_NAME));
    if (m.kind !== "name" || m.first !== m.last || m.type === "organisation" || !(is(tokens[m.first], MALE_FIRST | FEMALE_FIRST) || (couple && given(tokens[m.first])))) continue;
    if (!AND_WORDS.has(tokens[m.last + 1]?.lower ?? "") || full.kind !== "name" || full.first !== m.last + 2 || full.type !== "person") continue;
    if (full.last !== full.first + 1 || !(is(tokens[full.first], MALE_FIRST | FEMALE_FIRST) || (couple && given(tokens[full.first]))) || (is(tokens[full.last], MALE_FIRST | FEMALE_FIRST) && !couple)) continue;
    m.text = `${m.text} ${(tokens[full.last] as Token).text}`;
    m.type = "person";
  }
}

/** "His son, James Thompson": the kin a possessive and a comma give the name after them, else null. */
function kinBefore(tokens: readonly Token[], first: number): string | null {
  const comma = tokens[first - 1]?.text === "," ? 1 : 0;
  const kin = tokens[first - 1 - comma];
  return kin !== undefined && KINSHIP.has(kin.lower) && POSSESSIVES_EN.has(tokens[first - 2 - comma]?.lower ?? "") ? kin.text : null;
}

/** Two lists of mentions sorted by first token, as one; on a tie `a`'s comes first (a stable sort of a then b). */
function merge(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  if (b.length === 0) return a as Mention[];
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push((b[j] as Mention).first < (a[i] as Mention).first ? (b[j++] as Mention) : (a[i++] as Mention));
  while (i < a.length) out.push(a[i++] as Mention);
  while (j < b.length) out.push(b[j++] as Mention);
  return out;
}

/** Whether a word of `from`..`to` is an acronym ("MG France"). */
function anyAcronym(tokens: readonly Token[], from: number, to: number): boolean {
  // "UFC-Que Choisir": initials may open a hyphenated word.
  for (let k = from; k <= to; k++) if (is(tokens[k], ACRONYM) || /^\p{Lu}{2,}-/u.test(tokens[k]?.text ?? "")) return true;
  return false;
}

/** Whether `from`..`to` holds an initial and its full stop between two words: "Woodie W. White". */
function middleInitial(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (tokens[k + 1]?.text === "." && isInitial(tokens[k]?.text ?? "") && isCapitalised(tokens[k] as Token)) return true;
  return false;
}

/** Whether `from`..`to` is a capitalised field (after an optional "the") then two plain capitalised words. */
function unlistedNameAtEnd(tokens: readonly Token[], from: number, to: number): boolean {
  const start = tokens[from]?.lower === "the" ? from + 1 : from;
  if (to - start < 2 || to - start > 3) return false;
  for (let k = start; k <= to; k++) if (!isCapitalised(tokens[k] as Token) || is(tokens[k], CONNECTOR)) return false;
  const plain = (t: Token | undefined) => nameWord(t) && !is(t, ORG_WORD | PLACE | PLACE_WORD | TITLE_WORD | ROLE_WORD | NOT_NAME);
  return plain(tokens[to - 1]) && plain(tokens[to]);
}

/** Whether the capitalised words from `k` on are fields of government ("Social Care said"). */
function fieldsFrom(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (nameWord(tokens[j]) && GOVERNMENT_FIELDS.has(tokens[j]?.lower ?? "")) j++;
  return j > k && !nameWord(tokens[j]);
}

/** Government bodies named by their fields: "Department of Transportation and Infrastructure", "Office of Rail and Road". */
const FIELD_BODIES = new Set(["department", "ministry", "office"]);
/**
 * What government departments are of, the words their names join with "and" ("Business and Trade", "Health and
 * Social Care"): a body or a brand after "and" is another speaker ("the Department of Health and Barclays said").
 */
const GOVERNMENT_FIELDS = new Set((
  "health social care education skills transport transportation infrastructure trade industry industries business commerce " +
  "energy environment climate agriculture food rural affairs fisheries oceans forestry forests water natural resources mines lands " +
  "culture media sport sports heritage tourism arts digital science technology innovation research justice defence defense security " +
  "home foreign development international work pensions labour labor employment housing communities local government planning " +
  "economy finance treasury budget management enterprise families family children youth veterans immigration citizenship " +
  "public works highways transit rail road roads aviation maritime space equality equalities"
).split(" "));

/**
 * Whether the run `from`..`to` is a title or a government body and its "of" field, no first name after them
 * ("Minister of Health", "Department of Health").
 */
function titleOfFields(tokens: readonly Token[], from: number, to: number, joined: number): boolean {
  for (let k = from; k < to; k++) {
    const title = is(tokens[k], TITLE_WORD | PERSON_ROLE);
    // A body only where the words after "and" name a field too, up to the name's end.
    const body = FIELD_BODIES.has(tokens[k]?.lower ?? "") && !is(tokens[k], LOWERCASE) && fieldsFrom(tokens, joined);
    if (!(title || body) || (tokens[k + 1]?.lower !== "of" && tokens[k + 1]?.lower !== "for")) continue;
    for (let f = k + 2; f <= to; f++) if (firstName(tokens[f])) return false;
    return true;
  }
  return false;
}

/**
 * "the Westmorland and Lonsdale MP": a role run a place opens, after "and" and another place an article opens, is
 * one role of two places; the first place, already read as a name, is taken back into it (`out` loses it).
 */
function joinedPlaces(out: Mention[], m: Mention, tokens: readonly Token[], source: string, base: number, used: Uint8Array): Mention | null {
  const before = out[out.length - 1];
  if (before === undefined || before.kind !== "name" || before.type === "person" || tokens[m.first - 1]?.lower !== "and" || before.last !== m.first - 2) return null;
  // Places only: "the Greater London Authority and London Mayor" are a body and a title ("the Police and Crime
  // Commissioner" is one office).
  if (firstName(tokens[before.first]) || tokens[before.last]?.possessive) return null;
  if (before.last > before.first) for (let k = before.first; k <= before.last; k++) if (is(tokens[k], ORG_WORD | ACRONYM)) return null;
  const det = tokens[before.first - 1];
  if (det === undefined || (det.lower !== "the" && det.lower !== "its")) return null;
  const first = before.first - 1;
  out.pop();
  used.fill(2, first, m.first);
  const places = tokens.slice(before.first, before.last + 1).map((w) => w.lower);
  return { ...m, first, text: textOf(tokens, source, first, m.last, base), modifiers: [...places, ...m.modifiers] };
}

/** Whether the name at `k` is followed, past its capitalised words, by "and", "et" or "&": one of a list. */
/** How many tokens a fronted French role's complement may take before the comma and the first name. */
const FRONTED_ROLE_REACH = 16;
/** Prepositions that open a French role's complement: "Infirmière de nuit", "Contrôleuse de gestion". */
const ROLE_COMPLEMENT_FR = new Set(["de", "d’", "du", "des", "à", "au", "aux", "en", "chez"]);

/**
 * Whether the role word at `i`, opening its sentence, has a complement that runs to a comma and a first name:
 * "Contrôleuse de gestion de 45 ans et mère de deux enfants, Julia vient…". Not "Boulanger a dit".
 */
function frontedRole(tokens: readonly Token[], i: number): boolean {
  if (!ROLE_COMPLEMENT_FR.has(tokens[i + 1]?.lower ?? "")) return false;
  for (let k = i + 2; k < i + FRONTED_ROLE_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || (t.kind !== "word" && t.text !== ",")) return false;
    if (t.text === ",") return is(tokens[k + 1], MALE_FIRST | FEMALE_FIRST);
  }
  return false;
}

function listAfter(tokens: readonly Token[], k: number): boolean {
  let n = k;
  while (n < k + 4 && isCapitalised(tokens[n + 1] as Token) && tokens[n + 1]?.kind === "word") n++;
  const after = tokens[n + 1]?.lower ?? "";
  return after === "and" || after === "et" || after === "&";
}

/** A capitalised title with no name after it ("The UN High Commissioner", "PDG de Free Press"). */
function roleFromRun(tokens: readonly Token[], source: string, base: number, i: number, j: number, lastTitle: number, language: Language): Mention | null {
  if (lastTitle < 0) return null;
  // "l’ancien Premier ministre": the lowercase words that qualify the role belong to its phrase.
  let start = i;
  while (is(tokens[start - 1], PREMODIFIER) && is(tokens[start - 1], LOWERCASE)) start--;
  const det = tokens[start - 1];
  const first = det !== undefined && DETERMINERS.has(det.lower) ? start - 1 : start;
  // "Le Préfet de la Haute-Vienne": the office heads the run when what ends it is what it is of.
  const headTok = (!is(tokens[i + lastTitle], PERSON_ROLE | TITLE_WORD) && is(tokens[i], PERSON_ROLE) ? tokens[i] : tokens[i + lastTitle]) as Token;
  const head = headTok.lower.split("-").pop() ?? headTok.lower;
  // "le PDG d’Airbus": an elided "de" ends no name run, yet what follows is what the office is of.
  let last = j;
  if (language === "fr" && tokens[j + 1]?.lower === "d’" && nameWord(tokens[j + 2]) && !firstName(tokens[j + 2])) {
    last = j + 2;
    while (nameWord(tokens[last + 1]) && !firstName(tokens[last + 1]) && !tokens[last + 1]?.glued) last++;
  }
  const modifiers = tokens.slice(i, last + 1).filter((w) => w !== headTok && !CONNECTORS.has(w.lower) && w.lower !== "d’").map((w) => w.lower);
  const gender = language === "fr" && det?.lower === "la" ? "female" : language === "fr" && det?.lower === "le" ? "male" : null;
  return {
    kind: "role", first, last, text: textOf(tokens, source, first, last, base), role: null, head, modifiers,
    gender, type: "person", possessive: tokens[last]?.possessive ?? false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false,
  };
}

/** Words that cannot sit before the role noun of an appositive ("Twitter, with the president…"). */
const BLOCKERS = new Set([
  "with", "to", "by", "from", "for", "in", "on", "at", "as", "according", "that", "who", "which", "is", "was", "are",
  "were", "has", "have", "had", "will", "would", "and", "but", "or", "if", "when", "while", "after", "before",
  "avec", "à", "au", "par", "pour", "dans", "sur", "selon", "est", "était", "a", "ont", "et", "mais", "ou", "si",
  "quand", "après", "avant", "like", "such", "majority", "most", "many", "some",
]);

/** Prepositions that open a French role's complement ("chargée de l’économie", "délégué au numérique"). */
const ROLE_COMPLEMENT = new Set(["à", "au", "aux", "de", "du", "des", "d’", "en", "pour", "dans", "chez", "auprès"]);
/** A hyphenated name ending on an acronym (`Keystone-ATS`), or an acronym run into a word (`ROBtv`): a medium's name, not a person's. */
const ACRONYM_TAIL = /(?:-\p{Lu}{2,}|^\p{Lu}{2,}\p{Ll}+)$/u;

/** Prepositions a role's complement may hold before the name it renames: `à l’hôtel de ville`, `at the council`. */
const PREPOSITIONS_IN_ROLE = new Set(["à", "au", "aux", "en", "at", "in", "on", "for", "pour"]);
const RELATIVE = new Set(["who", "which", "that", "qui", "que", "dont", "whose"]);
/** Words that open what a role or a speech noun is of: `la ministre de`, `the words of`. */
export const COMPLEMENT = new Set(["de", "du", "des", "d’", "d'", "of"]);

/** Words for years after an age: "18 ans", "a 28-year-old" is read elsewhere. */
const AGE_UNITS = new Set(["ans", "an", "years", "year"]);
/** What closes an age's apposition. */
const AGE_CLOSERS = new Set([",", ".", ")", ";"]);

/**
 * Whether an age stands in apposition after token `last`: ", 18 ans,", ", 28,". Closed by punctuation: "Kerlouan,
 * 15 ans après la fermeture", "Grenfell, 7 years on" tell a time, not an age.
 */
function agedAfter(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ",") return false;
  const age = tokens[last + 2]?.text ?? "";
  if (!/^\d{1,2}$/u.test(age)) return false;
  const unit = AGE_UNITS.has(tokens[last + 3]?.lower ?? "") ? 1 : 0;
  return AGE_CLOSERS.has(tokens[last + 3 + unit]?.text ?? "");
}

/**
 * `Name, role,` and `role, Name,`: the text tells who someone is. The role goes to the name, and a
 * role mention beside a name is marked as the same referent.
 */
function linkAppositives(ms: Mention[], tokens: readonly Token[], source: string, base: number, language: Language): void {
  for (let idx = 0; idx < ms.length; idx++) linkAppositive(ms, idx, tokens, source, base, language);
  // "Aurélie Sanchez est mycologue au CEMA": a copula tells who someone is as an appositive does.
  for (const m of ms) {
    // "Elio, 18 ans, fait la moue", "Jess, 28, said": a name an age follows is a person's, whatever the first-name lists say.
    if (m.kind === "name" && m.type === "unknown" && agedAfter(tokens, m.last)) m.type = "person";
    if (m.kind !== "name" || m.role !== null || m.type === "organisation") continue;
    const role = copulaRole(tokens, m.first, m.last, language);
    if (role !== null) m.role = textOf(tokens, source, role[0], role[1], base);
  }
}

/**
 * Whether a role ending at `last` renames the name starting at `name`: `le journaliste Thomas Sotto`,
 * `la PDG de Free Press, Jessica Gonzalez`, `l’avocate générale, Florence Lecoq` (French adjectives
 * follow the noun: a few plain lowercase words may stand before the comma).
 */
function roleBeforeName(tokens: readonly Token[], last: number, first: number, language: Language, oneWord: boolean): boolean {
  // "The chief scientist, Professor Stephen Belcher": the name's own title stands after the comma.
  const name = titledFrom(tokens, last, first);
  if (name === last + 1) return true;
  // "the Harbour Science Geologist Dr Ana Pruitt": a courtesy title between them.
  if (courtesyOnly(tokens, last + 1, name - 1)) return true;
  // "le président du Gabon": a one-word name right after "de" completes the role, it does not hold it.
  // "le producteur de sirop d’érable en Outaouais": nor one right after a preposition of place.
  if (oneWord && (COMPLEMENT.has(tokens[name - 1]?.lower ?? "") || PREPOSITIONS_IN_ROLE.has(tokens[name - 1]?.lower ?? ""))) return false;
  const comma = tokens[name - 1]?.text === "," ? 1 : 0;
  // "le commissaire européen dans sa lettre à Elon Musk": a name a preposition governs is whom the words are for.
  if (comma === 0 && ROLE_COMPLEMENT.has(tokens[name - 1]?.lower ?? "")) return false;
  // "Chief of staff Nick Timothy": a lowercase complement the name took as its title.
  // Only a title's field ("staff", "operations"): "a friend of singer Amy Winehouse" is someone else.
  if (comma === 0 && language === "en" && name - last <= 4 && is(tokens[last], TITLE_WORD) && tokens[last + 1]?.lower === "of" && plainWordsBetween(tokens, last + 2, name) && !anyRoleWord(tokens, last + 2, name)) return true;
  // Without a comma only French adjectives may follow the noun ("l’ex-commissaire européen Thierry Breton").
  if (comma === 0 && language !== "fr") return false;
  // "une proche de l’équipe de la mairesse Sylvie Parent": the name holds the role its complement
  // ends on; the first role is someone else's, of that person.
  if (comma === 0 && name - 1 > last && is(tokens[name - 1], PERSON_ROLE_WORD) && is(tokens[name - 1], LOWERCASE) && DETERMINERS.has(tokens[name - 2]?.lower ?? "")) return false;
  let opened = false; // past a preposition of the complement, names are what the role is of
  // "l’avocat criminaliste Me Eric Sutton": a courtesy title right before the name is no part of the role.
  let stop = name - comma;
  while (stop - 1 > last && COURTESY_TITLES.has(tokens[stop - 1]?.lower ?? "")) stop--;
  for (let k = last + 1; k < stop; k++) {
    const t = tokens[k] as Token;
    // "le ministre délégué au numérique, Julien Marchetti", "the leader of the opposition at City
    // Hall, Noemi Elbaz": before a comma the role may take its complement.
    // With no comma, a French complement ends where a full name opens on a first name: "au Budget Eva De Bleeker".
    const complement = (comma === 1 || (language === "fr" && firstName(tokens[name]) && !oneWord)) && (language === "fr" ? ROLE_COMPLEMENT.has(t.lower) : PREPOSITIONS_IN_ROLE.has(t.lower) || t.lower === "of");
    opened ||= complement;
    const word = is(t, LOWERCASE) || opened;
    // "l’entrepreneur et producteur agricole François Lambert": a second role joined to the first.
    // "l’adjoint en charge de l’espace public et des mobilités, David Belliard": or a second complement.
    const joined = AND_WORDS.has(t.lower) && ((is(tokens[k + 1], PERSON_ROLE_WORD) && is(tokens[k + 1], LOWERCASE)) || (opened && comma === 1 && ROLE_COMPLEMENT.has(tokens[k + 1]?.lower ?? "")));
    if (k > last + (comma === 1 ? COMPLEMENT_WORDS : 6) || t.kind !== "word" || !word || (BLOCKERS.has(t.lower) && !complement && !joined) || t.info.verb[language] !== null) return false;
  }
  return true;
}

/** The gender a French article tells ("la", "une": female), else null. */
function articleGender(t: Token | undefined): Gender | null {
  const w = t?.lower ?? "";
  return w === "la" || w === "une" ? "female" : w === "le" || w === "un" ? "male" : null;
}

/**
 * A French body's grammatical gender, told by the article before its name: "la SNCF", "La Brittany Ferries"
 * opening a sentence. Not a capital article inside one, which is the name's own ("Nantes/La Rochelle").
 */
function bodyGender(tokens: readonly Token[], first: number, last: number): Gender | null {
  const a = tokens[first - 1];
  // Opening a sentence, only before a name of two words or more ("La Mairie de Quimper"): "Le Mans", "La Rochelle"
  // keep theirs.
  return a !== undefined && (!isCapitalised(a) || (sentenceInitial(tokens, first - 1) && (last > first || nameWord(tokens[first + 1])))) ? articleGender(a) : null;
}

/** The gender of the title right before a name ("M.", "Mr", "Mme", "Mrs"), as the lexicon flags it, else null. */
function courtesyGender(tokens: readonly Token[], first: number): Gender | null {
  const title = tokens[first - 1 - (tokens[first - 1]?.text === "." ? 1 : 0)];
  return is(title, MALE_TITLE) ? "male" : is(title, FEMALE_TITLE) ? "female" : null;
}

/** Prepositions that make a role before a comma the object of a phrase opening the sentence, not an appositive's head. */
const GOVERNING = new Set([
  "with", "unlike", "after", "before", "against", "for", "from", "to", "like", "by", "despite",
  "au", "à", "aux", "avec", "contre", "pour", "par", "sans", "chez", "après", "avant", "malgré", "comme",
]);

/** Whether "according to", "selon", "d’après" ends right before token `first`. */
function sourcePhraseBefore(tokens: readonly Token[], first: number, language: Language): boolean {
  for (let j = Math.max(0, first - 3); j < first; j++) if (is(tokens[j], language === "en" ? PREPOSITION_EN : PREPOSITION_FR) && prepositionCueIn(tokens, j, language) === first - j) return true;
  return false;
}

/** Where a name's capitalised titles start ("Professor", "Dr.", "Sen."), going back no further than `last`. */
function titledFrom(tokens: readonly Token[], last: number, first: number): number {
  let k = first;
  for (;;) {
    const t = tokens[k - 1];
    if (k - 1 <= last || t === undefined) return k;
    if (t.text === "." && abbreviatedTitle(tokens[k - 2]) && k - 2 > last) k -= 2;
    else if (COURTESY_TITLES.has(t.lower) || (is(t, TITLE_WORD) && isCapitalised(t))) k--;
    else return k;
  }
}

/** Whether any token from `from` to `to - 1` is a person's role noun ("singer", "teenager"). */
function anyRoleWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (is(tokens[k], PERSON_ROLE_WORD)) return true;
  return false;
}

/** How many lowercase words may end a role's complement before a name with no comma: `du Parti libéral-radical`. */
const ADJOINING_WORDS = 2;

/** Whether tokens `from`..`to - 1` are lowercase words, neither verbs nor connectors, so the name at `to` is not governed. */
function plainWordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !is(t, LOWERCASE) || (t.flags & CONNECTOR) !== 0 || BLOCKERS.has(t.lower) || t.info.verb.en !== null || t.info.verb.fr !== null) return false;
  }
  return true;
}

/** How many words a role's complement may hold before the name it renames (`régional de l’Économie et de l’Emploi`). */
const COMPLEMENT_WORDS = 14;

/**
 * `Le ministre régional de l’Économie et de l’Emploi, Pierre Varlet`: names inside the role's
 * complement are what the role is of; the person is the name after the comma. Index of that
 * name's mention, or -1.
 */
function holderPastComplement(ms: readonly Mention[], idx: number, tokens: readonly Token[]): number {
  const m = ms[idx] as Mention;
  let n = idx + 1;
  // Names the role is of: after "de", or inside the role phrase itself ("le secrétaire de la CSC Police").
  // "du Parti libéral (PLQ)": the acronym in brackets is the same name again.
  // "du district de Saint-Henri-Est–Petite-Bourgogne": names a dash joins are one place.
  const joined = (x: Mention) => /^[–-]$/.test(tokens[x.first - 1]?.text ?? "");
  const adjoined = (x: Mention) => adjoinedOrganisation(tokens, m, x);
  const inRole = (x: Mention) =>
    (x.kind === "name" && (ofComplement(tokens, x) || x.first <= m.last || PREPOSITIONS_IN_ROLE.has(tokens[x.first - 1]?.lower ?? "") || bracketed(tokens, x) || joined(x) || adjoined(x))) ||
    complementRole(tokens, m, x);
  while (n < ms.length && inRole(ms[n] as Mention)) n++;
  const cand = ms[n];
  // "le président du PDC Christophe Darbellay": a person's name right after the complement needs no comma,
  // nor after the adjectives that end it ("du Parti libéral-radical Philipp Müller").
  const adjoins = cand !== undefined && cand.type === "person" && cand.first - m.last <= 1 + ADJOINING_WORDS && plainWordsBetween(tokens, m.last + 1, cand.first);
  // "le chef par intérim du Parti libéral (PLQ) Marc Tanguay": nor after a complement that names what
  // the role is of.
  // The name must follow the complement's last name or its bracket right away ("… libéral et Marc Tanguay" is another subject).
  const closes = tokens[cand?.first === undefined ? 0 : cand.first - 1]?.text === ")" || ms[n - 1]?.last === (cand?.first ?? 0) - 1;
  // "le président de la métropole Rouen Normandie Nicolas Mayer-Rossignol": so after the body's name the role ends on.
  const afterComplement = cand !== undefined && cand.type === "person" && cand.last > cand.first && n > idx + 1 && closes && (complementOpens(tokens, m.last + 1) || tokens[m.last + 1]?.text === "(" || PREPOSITIONS_IN_ROLE.has(tokens[m.last + 1]?.lower ?? "") || adjoined(ms[idx + 1] as Mention));
  // "Chairman of the leisure committee, Cllr Robert Evans,": the name's own title may stand after the comma.
  const named = cand === undefined ? 0 : titledFrom(tokens, m.last, cand.first);
  const comma = cand !== undefined && tokens[named - 1]?.text === ",";
  if (cand === undefined || cand.kind !== "name" || cand.type === "organisation" || (!comma && !adjoins && !afterComplement)) return -1;
  // "PDG d’Ubisoft Montréal, Québec, Saguenay et Toronto": one word of unknown kind that another name
  // or "et" follows is more of the complement's list ("Le président du RN, Bardella, a dénoncé" holds it).
  const listed = tokens[cand.last + 1]?.text === "," ? nameWord(tokens[cand.last + 2]) : AND_WORDS.has(tokens[cand.last + 1]?.lower ?? "");
  if (cand.type === "unknown" && cand.first === cand.last && n > idx + 1 && listed) return -1;
  let words = 0;
  for (let k = m.last + 1; k < (comma ? named : cand.first) - 1; k++) {
    const t = tokens[k] as Token;
    if (t.text === "(" || t.text === ")" || t.text === "–" || (k === m.last + 1 && complementOpens(tokens, k) && !COMPLEMENT.has(t.lower))) continue;
    // "le ministre du Commerce, de la Consommation et des PME, X": a comma that opens another complement.
    if (t.text === "," && COMPLEMENT.has(tokens[k + 1]?.lower ?? "")) continue;
    if (++words > COMPLEMENT_WORDS) return -1;
    // "la cheffe de l’opposition à l’hôtel de ville, X": the complement may take more prepositions.
    if (t.kind !== "word" || (BLOCKERS.has(t.lower) && t.lower !== "et" && t.lower !== "and" && !PREPOSITIONS_IN_ROLE.has(t.lower))) return -1;
  }
  return n;
}

/** `le chef de file des députés communistes`: a role or group the complement opens on is what the role is of. */
function complementRole(tokens: readonly Token[], role: Mention, x: Mention): boolean {
  // Not one a name follows: "une proche de l’équipe de la mairesse Sylvie Parent" holds her own role.
  const named = is(tokens[x.last + 1], CAPITALISED);
  // "Le premier adjoint à la mairie, Philippe Pradal": a body a preposition of place sets after the role is where it is held.
  const at = (k: number) => COMPLEMENT.has(tokens[k]?.lower ?? "") || (x.type === "organisation" && role.type === "person" && PREPOSITIONS_IN_ROLE.has(tokens[k]?.lower ?? ""));
  return x.kind === "role" && !named && x.first > role.last && x.first <= role.last + 2 && (at(x.first) || at(x.first - 1));
}

/**
 * `le président du groupe Socialistes`: an organisation's name right after the complement's noun is what the role is
 * of; so after an article (`de la métropole Rouen Normandie`) and past the noun's own complement (`de la communauté de
 * communes Cœur de Loire`).
 */
function adjoinedOrganisation(tokens: readonly Token[], role: Mention, x: Mention): boolean {
  if (x.type !== "organisation") return false;
  const own = x.first === role.last + 3 && KIND_LINKS.has(tokens[role.last + 1]?.lower ?? "") && is(tokens[role.last + 2], LOWERCASE) ? 2 : 0;
  if (x.first !== role.last + 1 + own) return false;
  const link = DEFINITE_ARTICLES.has(tokens[role.last - 1]?.lower ?? "") ? tokens[role.last - 2] : tokens[role.last - 1];
  return COMPLEMENT.has(link?.lower ?? "");
}

/** How many tokens a role's complement may take before the comma of a second role (`un autre membre de la défense, le pénaliste X`). */
const ROLE_PAIR_GAP = 8;

/**
 * `un autre membre de la défense, le pénaliste Michel Degrève`: a person's role, its complement and
 * a comma before the role mention `idx` (which renames the name `name`) name that person too.
 */
function linkRoleBefore(ms: Mention[], idx: number, name: number, tokens: readonly Token[]): void {
  const comma = (ms[idx] as Mention).first - 1;
  if (tokens[comma]?.text !== ",") return;
  for (let p = idx - 1; p >= 0; p--) {
    const prev = ms[p] as Mention;
    if (comma - prev.last > ROLE_PAIR_GAP) return;
    // "la défense" in "membre de la défense" is what the role is of.
    if (prev.kind !== "role" || prev.type !== "person" || prev.sameAs !== null || COMPLEMENT.has(tokens[prev.first - 1]?.lower ?? "")) continue;
    // Only its complement may stand between: "de la défense", no verb, no other clause.
    for (let k = prev.last + 1; k < comma; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== "word" || t.info.verb.en !== null || t.info.verb.fr !== null || (BLOCKERS.has(t.lower) && !COMPLEMENT.has(t.lower) && !DEFINITE_ARTICLES.has(t.lower))) return;
    }
    if (prev.last + 1 < comma && !COMPLEMENT.has(tokens[prev.last + 1]?.lower ?? "")) return;
    // The first role is the subject a cue introduces ("poursuit un autre membre…"), not one of a list
    // ("le président du club, le maire Jean Dupont et le préfet") nor a preposition's ("Interrogé par un journaliste…").
    const before = tokens[prev.first - 1];
    const after = tokens[(ms[name] as Mention).last + 1];
    if (before === undefined || before.kind !== "word" || (before.info.verb.en === null && before.info.verb.fr === null)) return;
    if (after !== undefined && AND_WORDS.has(after.lower)) return;
    prev.sameAs = name;
    return;
  }
}

/** How far a label in brackets after a name may run: `(DVD)`, `(D-Texas)`, `(Les Républicains)`. */
const LABEL_TOKENS = 5;

/** The `)` of a short bracket right after token `k`, or `k` when none follows. */
function pastBrackets(tokens: readonly Token[], k: number): number {
  if (tokens[k + 1]?.text !== "(") return k;
  for (let c = k + 2; c <= k + 1 + LABEL_TOKENS; c++) if (tokens[c]?.text === ")") return c;
  return k;
}

/** `(PLQ)`: a name standing alone in brackets. */
export function bracketed(tokens: readonly Token[], x: Mention): boolean {
  return tokens[x.first - 1]?.text === "(" && tokens[x.last + 1]?.text === ")";
}

const LETTERS_AND_DIGITS = /\p{L}\d|\d\p{L}/u;

/** Two-word phrases that qualify a role before its complement: `le chef par intérim du Parti libéral`. */
const ROLE_QUALIFIERS = new Set(["par intérim", "ad interim", "en chef", "en exercice"]);

/** Whether a role's complement opens at `k`: `du Parti`, `of the party`, `par intérim du Parti`. */
function complementOpens(tokens: readonly Token[], k: number): boolean {
  const one = tokens[k]?.lower ?? "";
  if (COMPLEMENT.has(one)) return true;
  return ROLE_QUALIFIERS.has(`${one} ${tokens[k + 1]?.lower ?? ""}`) && COMPLEMENT.has(tokens[k + 2]?.lower ?? "");
}

/** How far a capitalised name may run on before the body's word or the title that ends it. */
const BODY_AHEAD = 6;

/** Whether the capitalised run from `k` (connectors inside) reaches a body's word or a title: "Hope Organ and Tissue Network CEO". */
function bodyAhead(tokens: readonly Token[], k: number): boolean {
  for (let f = k; f < k + BODY_AHEAD; f++) {
    const t = tokens[f];
    if (t === undefined || !(nameWord(t) || ((is(t, CONNECTOR) || AND_WORDS.has(t.lower)) && is(t, LOWERCASE)))) return false;
    if (is(t, ORG_WORD | TITLE_WORD)) return true;
  }
  return false;
}

/** Nouns of a business someone owns, whose name may look like a person's ("Criollo Chocolatier"); not "employer", often a person. */
const BUSINESS_NOUNS = new Set(["société", "entreprise", "firme", "boîte", "start-up", "enseigne", "marque", "maison", "company", "firm", "business", "brand", "startup", "agency", "label"]);

/** Possessive determiners before a body's noun: "sa société", "their company". */
const OWNED_BODY = new Set(["son", "sa", "leur", "his", "her", "their", "its"]);

/** An article opening a role's text, which the role shown beside a name goes without: "the", "l’". */
const LEADING_ARTICLE = /^(?:(?:the|le|la|a|an|un|une)\s+|l[’']\s*)/iu;


/** Whether English token `k` is a finite verb or an auxiliary, which makes the name before it a clause's subject. */
function clauseOpens(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && is(t, LOWERCASE) && (AUXILIARIES_EN.has(t.lower) || is(t, FINITE_VERB_EN) || t.info.verb.en !== null);
}

/** "la secrétaire d’État au Budget Eva De Bleeker": whether the name `x` after the role `m` is what the role is of. */
function inComplement(tokens: readonly Token[], m: Mention, x: Mention): boolean {
  return ofComplement(tokens, x) || x.first <= m.last || adjoinedOrganisation(tokens, m, x) || (x.first === m.last + 2 && PREPOSITIONS_IN_ROLE.has(tokens[m.last + 1]?.lower ?? ""));
}

/** Words that say where someone is from before an appositive's role: "originaire du Crotoy et pêcheur". */
const ORIGINS = new Set(["originaire", "natif"]);
/** Tokens an origin may run to before the role ("originaire de Saint-Valery-sur-Somme et pêcheur"). */
const ORIGIN_REACH = 8;

/** Possessives that open the next of several people listed: "sa mère et ses sœurs", "his wife and their sons". */
const LIST_POSSESSIVES = new Set(["son", "sa", "ses", "leur", "leurs", ...POSSESSIVES_EN]);

/** Words that join the fields a French role lists: "à la famille, à la citoyenneté et à l’enfance". */
const FIELD_LIST_WORDS = new Set([",", "à", "au", "aux", "et", "de", "du", "des", "la", "le", "les", "l’", "l'"]);
/** How many tokens such a list may take. */
const FIELD_LIST_REACH = 16;

/** Whether tokens `from`..`to - 1` list fields: a comma and an "et", lowercase nouns or participles ("déléguée") and the words that join them. */
function listedFieldsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 4 || to - from > FIELD_LIST_REACH) return false;
  let comma = false;
  let and = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") comma = true;
    else if (t.lower === "et") and = true;
    else if (!FIELD_LIST_WORDS.has(t.lower) && (t.kind !== "word" || !is(t, LOWERCASE) || t.info.verb.fr !== null || is(t, FINITE_VERB_FR | AUXILIARY))) return false;
  }
  // Each field after a comma or "et" opens on a joining word ("à la citoyenneté", not "selon Paul Girard"), and the
  // last is one noun after its joining word ("et à l’enfance", not "et du tourisme reçoit jeudi").
  for (let k = from; k < to - 1; k++) if ((tokens[k]?.text === "," || tokens[k]?.lower === "et") && !FIELD_LIST_WORDS.has(tokens[k + 1]?.lower ?? "")) return false;
  return comma && and && tokens[to - 1]?.text !== "," && FIELD_LIST_WORDS.has(tokens[to - 2]?.lower ?? "");
}

function linkAppositive(ms: Mention[], idx: number, tokens: readonly Token[], source: string, base: number, language: Language): void {
  const m = ms[idx] as Mention;
  const next = ms[idx + 1];
  // "les conclusions du cabinet Mission H2O", "le groupe Les Mousquetaires": a body's noun right before a body's
  // name is what that body is; "rapporte le cabinet" then means it.
  // Not an English clause's subject after an object, "that" left out: "told the council Thames Water would
  // repair…" (French keeps its "que": "le syndicat Sud a salué" is one body; inside a complement the verb after
  // is the sentence's: "the findings of the consultancy Aqua Ltd are…").
  // The link of a complement before the role is looked at last: few mentions get that far.
  if (m.kind === "role" && m.type === "organisation" && !m.plural && next?.kind === "name" && next.type === "organisation" && next.first === m.last + 1 && (language === "fr" || COMPLEMENT.has(tokens[m.first - 1]?.lower ?? "") || !clauseOpens(tokens, next.last + 1))) {
    m.sameAs = idx + 1;
    next.role ??= textOf(tokens, source, m.first, m.last, base).replace(LEADING_ARTICLE, "");
    return;
  }
  // "l’adjointe au maire déléguée à la famille, à la citoyenneté et à l’enfance Sophie Marinopoulos": a French role
  // whose complement lists fields ends on its holder's full name.
  if (language === "fr" && m.kind === "role" && m.type === "person" && !m.plural && next?.kind === "name" && next.type === "person" && next.last > next.first && firstName(tokens[next.first]) && listedFieldsBetween(tokens, m.last + 1, next.first)) {
    m.sameAs = idx + 1;
    next.role ??= textOf(tokens, source, m.first, next.first - 1, base).replace(LEADING_ARTICLE, "");
    if (next.gender === null && m.gender !== null) next.gender = m.gender;
    return;
  }
  // "l’un des conseillers départementaux du canton, le socialiste Serge Merillou": a person's role, a comma, then
  // another role with its article right before a full name, are two roles of that one person. Only closing the
  // sentence or its clause: "le maire, le député Jean Roux et…" lists people.
  const second = ms[idx + 1];
  const bearer = ms[idx + 2];
  if (m.kind === "role" && m.type === "person" && !m.plural && tokens[m.last + 1]?.text === "," && second?.kind === "role" && second.type === "person" && !second.plural && second.first === m.last + 2 && DEFINITE_ARTICLES.has(tokens[second.first]?.lower ?? "") &&
    bearer?.kind === "name" && bearer.type === "person" && bearer.first === second.last + 1 && bearer.last > bearer.first && /^(?:[.;:,]|)$/.test(tokens[bearer.last + 1]?.text ?? "")) {
    m.sameAs = idx + 2;
    bearer.role ??= textOf(tokens, source, m.first, m.last, base).replace(LEADING_ARTICLE, "");
    if (bearer.gender === null && m.gender !== null) bearer.gender = m.gender;
    return;
  }
  if (m.kind === "role" && next !== undefined && ((next.kind === "name" && inComplement(tokens, m, next)) || complementRole(tokens, m, next))) {
    const n = holderPastComplement(ms, idx, tokens);
    if (n < 0) return;
    const holder = ms[n] as Mention;
    m.sameAs = n;
    holder.role ??= textOf(tokens, source, m.first, holder.first - (tokens[holder.first - 1]?.text === "," ? 2 : 1), base).replace(LEADING_ARTICLE, "");
    if (holder.gender === null && m.gender !== null) holder.gender = m.gender;
    return;
  }
  // "Sa société, Criollo Chocolatier, est…": someone's own body, then a name no first name opens, between commas,
  // is that body's name, however many capitals it has.
  if (m.kind === "role" && m.type === "organisation" && !m.plural && next?.kind === "name" && next.type === "person" && OWNED_BODY.has(tokens[m.first]?.lower ?? "") && BUSINESS_NOUNS.has(tokens[m.last]?.lower ?? "") && m.last === m.first + 1 && tokens[m.last + 1]?.text === "," && next.first === m.last + 2 && tokens[next.last + 1]?.text === "," && !is(tokens[next.first], MALE_FIRST | FEMALE_FIRST | TITLE_WORD)) {
    next.type = "organisation";
    m.sameAs = idx + 1;
    return;
  }
  // "la sous-préfète Nice-Montagne, Gwenaëlle Chapuis.": a name of no known kind right after a person's role,
  // then a person's full name closing the sentence, is where the role is; the person holds it. Not a list
  // ("le ministre Lecornu, Gabriel Attal, Bruno Le Maire et…").
  const holder = ms[idx + 2];
  if (m.kind === "role" && m.type === "person" && next?.kind === "name" && next.type === "unknown" && next.first === m.last + 1 && tokens[next.last + 1]?.text === "," &&
    holder?.kind === "name" && holder.type === "person" && holder.first === next.last + 2 && holder.last > holder.first && /^(?:[.;:]|)$/.test(tokens[holder.last + 1]?.text ?? "")) {
    m.sameAs = idx + 2;
    holder.role ??= textOf(tokens, source, m.first, next.last, base).replace(LEADING_ARTICLE, "");
    if (holder.gender === null && m.gender !== null) holder.gender = m.gender;
    return;
  }
  // "le maire LR Jacques Myard", "la sénatrice PS Marie Roux": a party's initials between a person's role and
  // their full name label the role; the person holds it.
  if (m.kind === "role" && m.type === "person" && next?.kind === "name" && next.first === m.last + 1 && next.first === next.last && is(tokens[next.first], ACRONYM) && (tokens[next.first]?.text.length ?? 0) <= 4 &&
    holder?.kind === "name" && holder.type === "person" && holder.first === next.last + 1 && holder.last > holder.first) {
    m.sameAs = idx + 2;
    if (holder.gender === null && m.gender !== null) holder.gender = m.gender;
    return;
  }
  // A role, then a name: whether the role renames it (the rest of the mentions never ask).
  if (m.kind === "role" && next?.kind === "name") {
    // An organisation noun does not rename a person ("la start-up, Karim Benslimane"): its gender is grammar.
    const orgBeforePerson = m.type === "organisation" && next.type === "person";
    // Without a comma only a person's role renames a person ("le journaliste Thomas Sotto", not "l’association Numérique Libre").
    const bare = tokens[titledFrom(tokens, m.last, next.first) - 1]?.text !== ",";
    // "Selon un voisin, M. Coriolan aurait crié": the comma closes the source phrase; the name opens the clause.
    // "According to a spokesman, John Reid, the plan…" is closed by a second comma.
    // So after any preposition: "Face au procureur, Me Dupond-Moretti a lancé", "Unlike the governor, Dr Fauci said".
    // An age after the name keeps it the clause's subject: "According to the prosecutor, Mr Dupont, 45, acted".
    const closedAt = (end: number) => (tokens[end + 1] === undefined || /^[,).;:]$/.test(tokens[end + 1]?.text ?? "")) && !/^\d/.test(tokens[end + 2]?.text ?? "");
    const end = next.last;
    // "selon le maire, Frédéric Bouchet (DVD) :": after a source phrase, past a party's or an age's brackets
    // (not after "unlike": "Unlike the leader, Sen. Susan Collins (R-Maine), who…, said" is the clause's subject).
    const closed = closedAt(end) || (sourcePhraseBefore(tokens, m.first, language) && closedAt(pastBrackets(tokens, end)));
    const sourceThenClause = !bare && (sourcePhraseBefore(tokens, m.first, language) || GOVERNING.has(tokens[m.first - 1]?.lower ?? "")) && !closed;
    // "la procureure, M. Dupont": a woman's role is no man's, where an article and a courtesy title tell both.
    const clash = articleGender(tokens[m.first]) !== null && courtesyGender(tokens, next.first) !== null && articleGender(tokens[m.first]) !== courtesyGender(tokens, next.first);
    // "…did not want a court procedure in France, Asselborn noted": an indefinite phrase inside a clause, then a
    // name a verb follows with no closing comma, is the object of one clause and the subject of the next.
    const clauseAfter = !bare && !closed && INDEFINITE_ARTICLES.has(tokens[m.first]?.lower ?? "") && !sentenceInitial(tokens, m.first) && tokens[m.first - 1]?.text !== "," && tokens[end + 1]?.info.verb[language]?.finite === true;
    if (!orgBeforePerson && !sourceThenClause && !clash && !clauseAfter && !(bare && (m.type !== "person" || next.type === "organisation")) && roleBeforeName(tokens, m.last, next.first, language, next.first === next.last)) {
      m.sameAs = idx + 1;
      linkRoleBefore(ms, idx, idx + 1, tokens);
      // The role as written up to the name: "ministre délégué au numérique".
      const lead = titledFrom(tokens, m.last, next.first);
      const upTo = lead - 1 - (tokens[lead - 1]?.text === "," ? 1 : 0);
      next.role ??= textOf(tokens, source, m.first, Math.max(m.last, upTo), base).replace(LEADING_ARTICLE, "");
      if (next.gender === null && m.gender !== null) next.gender = m.gender;
      return;
    }
  }
  // "l’opérateur Free", "l’association Numérique Libre": a body's noun right before its name is that body (no role to show).
  if (m.kind === "role" && m.type === "organisation" && next?.kind === "name" && next.type === "organisation" && next.first === m.last + 1 && !m.plural) {
    m.sameAs = idx + 1;
    return;
  }
  // "Ludovic un autre propriétaire, est pour le gel": a comma dropped before an indefinite appositive that one closes.
  const indefinite = tokens[m.last + 1]?.lower;
  // Only for a name that opens its clause: not "a attribué à Paul Durand un avocat commis d’office".
  const commaDropped = language === "fr" && m.kind === "name" && (indefinite === "un" || indefinite === "une") && (m.first === 0 || /^[,;:.]$/.test(tokens[m.first - 1]?.text ?? ""));
  // "Djamel Nedjar (PCF), adjoint en charge de l’aménagement,": past a party's or an age's brackets.
  const tail = pastBrackets(tokens, m.last);
  if (m.kind !== "name" || m.type === "organisation" || (tokens[tail + 1]?.text !== "," && !commaDropped)) return;
  // "Unison, the largest local government union,": an appositive that says what it is.
  if (!commaDropped && m.type === "unknown" && organisationAppositive(tokens, m.last + 2, language)) {
    m.type = "organisation";
    return;
  }
  // "Daoud Abdallah Mohamed, 50, a former interior minister": the appositive may follow an age.
  const aged = /^\d{1,3}$/.test(tokens[tail + 2]?.text ?? "") && tokens[tail + 3]?.text === ",";
  let k = aged ? tail + 4 : commaDropped ? m.last + 1 : tail + 2;
  const start = k;
  let sawRole = -1;
  let female = false;
  const afterPreposition = language === "fr" ? governedThroughTitle(tokens, m.first) : objectOfOpening(tokens, m.first);
  // "À Bordeaux (Gironde), une propriétaire reproche…": a town a preposition governs is where, and the role after it someone else.
  // A town no list holds shows it by its department or county in brackets: "(Gironde)", not a party's "(PS)".
  const county = tokens[m.last + 1]?.text === "(" && tokens[m.last + 3]?.text === ")" && isCapitalised(tokens[m.last + 2] as Token) && !is(tokens[m.last + 2], ACRONYM);
  if (afterPreposition && m.first === m.last && (is(tokens[m.first], PLACE) || county)) return;
  const midSentence = m.first > 0 && !/^[.!?»”"]$/.test(tokens[m.first - 1]?.text ?? "");
  // "Pierre Vallé, originaire du Crotoy et pêcheur au large…": where someone is from may come before their role.
  const origin = ORIGINS.has(tokens[start]?.lower ?? "");
  for (; k < tokens.length && k < start + 16; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || (t.kind === "punct" && /[,.;:()!?]/.test(t.text)) || RELATIVE.has(t.lower)) break;
    // "Caroline, une Lexovienne qui…": a demonym after an indefinite article is a role too.
    if (sawRole < 0 && (is(t, PERSON_ROLE_WORD | TITLE_WORD) || (k === start + 1 && INDEFINITE_ARTICLES.has(tokens[start]?.lower ?? "") && isDemonymNoun(t, language)))) {
      // "à Canet, une commune voisine": a person's word after a body's or a place's noun qualifies it, names no one.
      if (language === "fr" && k > start && is(tokens[k - 1], ORG_ROLE) && is(tokens[k - 1], LOWERCASE) && !is(tokens[k - 1], PERSON_ROLE_WORD)) return;
      sawRole = k;
      female = tokens[k - 1]?.lower === "la" || tokens[k - 1]?.lower === "une";
      // "souhaitée par Emmanuel Macron, le ministre répond que…": a definite role its verb follows opens the next clause.
      const verb = tokens[k + 1];
      if (k === start + 1 && DEFINITE_ARTICLES.has(tokens[start]?.lower ?? "") && verb !== undefined && is(verb, LOWERCASE) && (is(verb, AUXILIARY) || verb.info.verb[language]?.finite === true) && !PARTICIPLE_FR.test(verb.lower)) return;
    } else if (sawRole < 0 && (k >= start + (origin ? ORIGIN_REACH : 4) || (BLOCKERS.has(t.lower) && !(language === "en" && t.lower === "a") && !(origin && AND_WORDS.has(t.lower))) || t.info.verb[language] !== null)) {
      return; // "Twitter, with the French president…": not an appositive
    } else if (sawRole >= 0 && AND_WORDS.has(t.lower) && LIST_POSSESSIVES.has(tokens[k + 1]?.lower ?? "") && KINSHIP.has(fold(tokens[sawRole]?.lower ?? ""))) {
      // "Inès, sa mère et ses sœurs se retrouvent…", "Tom, his wife and their sons": relatives listed, not an appositive
      // ("John Smith, a carpenter and his own boss" is one).
      return;
    } else if (sawRole >= 0 && afterPreposition && ((language === "fr" ? is(t, AUXILIARY) || REFLEXIVE_FR.has(t.lower) : is(t, AUXILIARY) && t.lower !== "a") || (t.info.verb[language]?.finite === true && !PARTICIPLE_FR.test(t.lower)))) {
      // "avant la marche à Louvain, l’adolescente avait souligné": after a name that completes a
      // preposition, a role with a verb is the next clause's subject ("Sall, député non inscrit dénonce" is an appositive).
      return;
    } else if (sawRole >= 0 && midSentence && DEFINITE_ARTICLES.has(tokens[start]?.lower ?? "") && is(t, LOWERCASE) && (NEGATION_FR.has(t.lower) || is(t, AUXILIARY) || (t.info.verb[language]?.finite === true && !PARTICIPLE_FR.test(t.lower)))) {
      // "…entre la préfecture et Michel Lebouc (DVG), le maire magnanvillois ne semble pas…": a definite role
      // its verb follows, after a name inside the sentence, is the main clause's subject, not the name's appositive.
      return;
    }
  }
  if (sawRole < 0 || k === start || (commaDropped && tokens[k]?.text !== ",")) return;
  // "…devant la chute à Québec, le chef de la Coalition avenir Québec (CAQ) a interpellé": after a name a
  // preposition governs, only an appositive that punctuation closes renames it.
  if (afterPreposition && !closesAppositive(tokens, k)) return;
  let from = start;
  while (from < k && DETERMINERS.has(tokens[from]?.lower ?? "") && !is(tokens[from], ACRONYM)) from++;
  if (from >= k) return;
  // "Bishop Woodie W. White of Indianapolis, council president,": the person a place completes holds the role.
  const person = ms[idx - 1];
  const placed = person !== undefined && person.kind === "name" && person.type === "person" && person.last === m.first - 2 && PLACE_LINKS.has(tokens[m.first - 1]?.lower ?? "") && m.type !== "person";
  const owner = placed ? idx - 1 : idx;
  const held = placed ? person : m;
  // A one-word title before the name ("Bishop") says less than the office the appositive spells out.
  if (held.role === null || (placed && !held.role.includes(" "))) held.role = textOf(tokens, source, from, k - 1, base);
  // "Yacine, 22, a student", "Nordine, a taxi driver": a name an age or an indefinite person's role renames is
  // a person's ("Pau, l’adversaire de Toulon" may be a club).
  // So is one a bare role renames, with no article: "Brahim, animateur à la mairie" (not "Pau, l'adversaire de Toulon"),
  // where no preposition governs it ("Pour Thierry, éleveur bovin, …" is left as it was).
  const governedName = is(tokens[m.first - 1], PREPOSITION_EN | PREPOSITION_FR);
  if (m.type === "unknown" && (aged || INDEFINITE_ARTICLES.has(tokens[start]?.lower ?? "") || (sawRole === start && !governedName)) && is(tokens[sawRole], PERSON_ROLE_WORD)) m.type = "person";
  if (female && m.gender === null) m.gender = "female";
  // The appositive's own role mention names the same person; one in its complement ("chief executive
  // of the company’s local unit") is what the role is of.
  // Mentions are sorted by their first token: only those after this one can lie in the appositive.
  for (let n = idx + 1; n < ms.length && (ms[n] as Mention).first < k; n++) {
    const r = ms[n] as Mention;
    if (r.kind === "role" && r.first >= start && r.last < k && r.first <= sawRole && sawRole <= r.last) {
      r.sameAs = owner;
      // "Layne Watson, a spokesman": a role's gendered noun outweighs what a first name suggests; in French only
      // a feminine one, the masculine also serving for women ("Andrea Raschèr, l’expert", "Sophie Roy, le ministre").
      // Only a role the appositive opens on: not "la visite du maire, Adama Koné, puis celle de la préfète".
      // Not "chairman", which British usage gives women too.
      if (r.gender !== null && r.first === start && (language === "en" ? !UNGENDERED_TITLES.has(r.head ?? "") : r.gender === "female")) held.gender = r.gender;
    }
  }
}

/** French negation's first word, which opens a clause's verb: "ne semble pas", "n’a pas". */
const NEGATION_FR = new Set(["ne", "n’"]);

/** Gendered nouns usage gives either sex: "Mary Robinson, the chairman of the trust". */
const UNGENDERED_TITLES = new Set(["chairman", "chairmen"]);

/** Words that tie a person to where they are from: "White of Indianapolis", "Dupont, de Lyon". */
const PLACE_LINKS = new Set(["of", "from", "de", "d’"]);

/**
 * Whether a preposition governs the name at `first`, right before it or before its lowercase title
 * ("à Louvain", "sur la santé du président Poutine").
 */
function governedThroughTitle(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > first - 4 && is(tokens[k], PERSON_ROLE_WORD | TITLE_WORD) && is(tokens[k], LOWERCASE)) k--;
  return dangling(tokens[k]) || PREPOSITIONS_IN_ROLE.has(tokens[k]?.lower ?? "");
}

/**
 * "Kensal Green cllr James Powney": a title abbreviated in lower case before a name, which makes the words
 * before it the ward or the party it is of, as "Kensal Green councillor" would.
 */
function titleInLowerCase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && is(t, LOWERCASE) && t.lower.length >= 3 && ABBREVIATED_TITLES.has(t.lower) && tokens[k + 1]?.kind === "word" && isCapitalised(tokens[k + 1] as Token);
}

/**
 * "Addressing Cllr James Powney, one library user said:", "Speaking to Tom Hill, a resident said": a name a
 * preposition or a participle governs, past its titles, is an object; a role with a verb after it is the
 * clause's subject, not its appositive.
 */
function objectOfOpening(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > first - 4 && is(tokens[k], PERSON_ROLE_WORD | TITLE_WORD)) k--;
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && (PREPOSITIONS.has(t.lower) || (is(t, LOWERCASE) && /^\p{L}{3,}ing$/u.test(t.lower)) || (k === 0 && /^\p{L}{3,}ing$/u.test(t.lower)));
}

/**
 * Whether the token at `k` closes an appositive: punctuation, a relative pronoun ("…, qui représente"),
 * or a bracket whose closing one punctuation follows ("… du Québec (FMSQ)."), not a verb ("(CAQ) a interpellé").
 */
function closesAppositive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || /^[,:.;!?]$/.test(t.text) || RELATIVE.has(t.lower)) return true;
  if (t.text !== "(") return false;
  let c = k + 1;
  while (c < tokens.length && c < k + 8 && tokens[c]?.text !== ")") c++;
  const after = tokens[c + 1];
  return tokens[c]?.text === ")" && (after === undefined || /^[,:.;!?]$/.test(after.text));
}

/** A reflexive pronoun: its verb follows ("l’avocat s’est expliqué"). */
const REFLEXIVE_FR = new Set(["se", "s’", "s'"]);

/** A French past participle, which qualifies a role ("un habitant interrogé par l’AFP") rather than opening a clause. */
const PARTICIPLE_FR = /(?:é|ée|és|ées)$/u;

/** The office a courtesy title among tokens `from`..`to` implies (`Me` → "avocat"), or null. */
function impliedRole(tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = from; k <= to; k++) {
    const r = IMPLIED_ROLES.get(tokens[k]?.lower ?? "");
    if (r !== undefined) return r;
  }
  return null;
}

/** Tokens `from`..`to` as office titles spelled out ("Det Sgt" → "Detective Sergeant"), or null if any is not one. */
function spelledOut(tokens: readonly Token[], from: number, to: number): string | null {
  const words: string[] = [];
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (t.text === ".") continue;
    const full = OFFICE_ABBREVIATIONS.get(t.lower);
    if (full === undefined || !isCapitalised(t)) return null;
    words.push(full);
  }
  return words.length > 0 ? words.join(" ") : null;
}

/** Whether tokens `from`..`to` hold an abbreviated title ("Cllr", "Supt", "Dr"): only a person bears one. */
function holdsAbbreviatedTitle(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (abbreviatedTitle(tokens[k])) return true;
  return false;
}

/** Whether tokens `from`..`to` are only courtesy titles and their full stops ("Mr", "Me", "Dr."). */
function courtesyOnly(tokens: readonly Token[], from: number, to: number): boolean {
  // A full stop alone is no title: "réagit une maman. Réaction commune…" ends a sentence.
  // Nor one before the title: "l’avocat général. Me Diouf" is two sentences.
  let title = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t === undefined || (t.text !== "." && !COURTESY_TITLES.has(t.text.toLowerCase())) || (t.text === "." && !title)) return false;
    title ||= t.text !== ".";
  }
  return title;
}
