import { BE_FORMS } from "./be-forms.ts";
import { isInitial } from "./chars.ts";
import { ABBREVIATED_TITLES, addressBeforeOffice, AUXILIARIES_EN, CALENDAR, DEFINITE_ARTICLES, DEMONYMS, DETERMINERS, NATIONALITIES_FR, PREPOSITIONS } from "./names-lexicon.ts";
import { lowerAt, mentionEnding, mentionStarting, named, sentenceAt, type Ctx } from "./context.ts";
import { NO_MODIFIERS, STATEMENT, STATEMENT_AFTER, THE_ONE, nameTail, textOf, type Mention } from "./mentions.ts";
import type { Token } from "./tokens.ts";
import { AUXILIARY, CAPITALISED, CONNECTOR, PLACE, FINITE_VERB_EN, FINITE_VERB_FR, FR_VERB_FORM, ING_LY_ED, LOWERCASE, NOT_NAME, ORG_ROLE, ORG_WORD, PERSON_ROLE_WORD, PLACE_WORD, PREMODIFIER, ROLE_WORD, TITLE_WORD, adjectiveFr, firstName, isAgeNoun, mentAdverb, prepositionStart, speechNoun, unlistedPersonNoun } from "./words.ts";

/** Words between a subject and its verb that say nothing about who speaks. */
const SKIP = new Set([
  "also", "now", "further", "even", "later", "then", "still", "again", "once", "recently", "previously", "initially",
  "eventually", "separately", "too", "already", "just", "subsequently", "reportedly", "has", "had", "have",
  "will", "would", "could", "should", "did", "does", "here", "there", "earlier", "on", "last", "this", "today",
  "yesterday", "in", "a", "ont", "avait", "avaient", "aurait", "auraient", "également", "aussi", "encore",
  "ensuite", "ainsi", "alors", "notamment", "pourtant", "toutefois", "cependant", "déjà", "enfin", "ne", "n’",
  "pas", "jamais", "lui", "leur", "y", "en", "se", "s’", "même", "hier", "aujourd’hui", "plus", "tard", "soir",
  "matin", "ce", "morning", "evening", "afternoon", "night", "week", "semaine", "dernier", "dernière", "publicly",
  "privately", "personally", "himself", "herself", "lui-même", "elle-même",
]);

/** Words before a mention that make it an object or a complement, not a subject. */

/** French object pronouns that stand between a subject and its verb: "Jacky Bidot l’a confirmé". */
const OBJECT_CLITICS_FR = new Set(["l’", "le", "la", "les"]);

function skippable(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || t.kind !== "word") return false;
  // Only before a verb, where no article stands: "l’a confirmé", "la soutient".
  if (ctx.language === "fr" && OBJECT_CLITICS_FR.has(t.lower)) return ((ctx.tokens[k + 1]?.flags ?? 0) & (AUXILIARY | FINITE_VERB_FR)) !== 0 && ((ctx.tokens[k + 1]?.flags ?? 0) & LOWERCASE) !== 0;
  // French "a" is the auxiliary ("a déclaré"); English "a" opens the subject ("said a commuter").
  if (t.lower === "a") return ctx.language === "fr";
  // "a finalement rétorqué": a French adverb in "-ment" right after the auxiliary ("le mouvement a déclaré" keeps its noun).
  const adverbFr = ctx.language === "fr" && mentAdverb(t.text) && ((ctx.tokens[k - 1]?.flags ?? 0) & AUXILIARY) !== 0;
  return SKIP.has(t.lower) || CALENDAR.has(t.lower) || allDigits(t.lower) || (ctx.language === "en" && isLyAdverb(t.text)) || adverbFr;
}

/** Whether mention `m` follows a comma after a name a preposition governs: "at Canary Wharf, the city’s financial center". */
function apposedToComplement(ctx: Ctx, m: Mention): boolean {
  if (ctx.tokens[m.first - 1]?.text !== ",") return false;
  // The name may be a place no mention was made of: "at Westfield Park".
  let k = m.first - 2;
  while (k >= 0 && ctx.tokens[k]?.kind === "word" && ((ctx.tokens[k] as Token).flags & CAPITALISED) !== 0) k--;
  return k < m.first - 2 && PREPOSITIONS.has(lowerAt(ctx, k));
}

/** `/^\d+$/` */
function allDigits(s: string): boolean {
  if (s === "") return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `/^[a-z]+ly$/` */
function isLyAdverb(s: string): boolean {
  const n = s.length;
  if (n < 3 || s.charCodeAt(n - 2) !== 108 || s.charCodeAt(n - 1) !== 121) return false;
  for (let i = 0; i < n - 2; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Words that give a group by example: `groups like X`, `des ONG comme X`. */
const EXAMPLES = new Set(["like", "such", "including", "comme", "notamment", "dont", "tels", "telles"]);

/** `Hazemi-Jebelli's letter`, `the company's auto-responder reply`: the possessor of a speech noun at `k`. */
export function possessorOf(ctx: Ctx, k: number): Mention | null {
  for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
    const t = ctx.tokens[b];
    // A sentence's start ends the look back; a complement after the noun may still name the owner.
    if (t === undefined || t.kind !== "word") break;
    const m = mentionEnding(ctx, b);
    if (m !== null && m.possessive) return named(ctx, m);
    if (/^(?:his|her|son|sa|ses)$/.test(t.lower)) return possessivePronoun(t.lower, ctx, b);
  }
  // "calls from groups like Amnesty International", "la lettre de Jean Dupont", "a statement by X"
  // "aux appels répétés du ministre", "la lettre ouverte de X": an adjective or two may come between.
  let link = k + 1;
  while (link <= k + 2 && ctx.language === "fr" && ctx.tokens[link]?.kind === "word" && ((ctx.tokens[link] as Token).flags & LOWERCASE) !== 0 && FR_ADJECTIVE_ENDINGS.test(lowerAt(ctx, link)) && ctx.tokens[link]?.info.verb.fr == null) link++;
  const next = ctx.tokens[link]?.lower;
  if (next === "from" || next === "by" || next === "of" || next === "de" || next === "du" || next === "d’") {
    for (let f = link + 1; f < ctx.tokens.length && f <= link + 6; f++) {
      const m = mentionStarting(ctx, f);
      // "la réponse du procureur": a role owns words as well as a name does.
      // "calls from groups like Amnesty International": a group given by example is the example.
      if (m !== null && m.plural && EXAMPLES.has(lowerAt(ctx, m.last + 1))) continue;
      if (m !== null && (m.kind === "name" || (m.kind === "role" && f === link + 1))) return named(ctx, m);
      if (ctx.tokens[f]?.kind !== "word") break;
    }
  }
  return null;
}

/** Endings of French adjectives and participles that may follow a speech noun: "répétés", "ouverte", "officielle". */
const FR_ADJECTIVE_ENDINGS = /(?:é|ée|és|ées|te|tes|elle|elles|el|els|ive|ives|if|ifs|ale|ales|aux|al|ique|iques|ière|ières|ier|iers)$/u;

function possessivePronoun(lower: string, ctx: Ctx, b: number): Mention {
  const gender = lower === "her" ? "female" : lower === "his" ? "male" : null;
  const t = ctx.tokens[b];
  return {
    kind: "pronoun", first: b, last: b, text: t?.text ?? lower, role: null, head: null, modifiers: NO_MODIFIERS,
    gender: gender ?? "male", type: "person", possessive: true, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false,
  };
}

/** `it` standing for an organisation, as a cue's subject (`"…," it said`). */
export function itAt(ctx: Ctx, k: number): Mention | null {
  const t = ctx.tokens[k];
  if (t === undefined || !(ctx.language === "en" ? t.lower === "it" || t.lower === "they" : t.lower === "ils" || t.lower === "elles")) return null;
  return { kind: "pronoun", first: k, last: k, text: t.text, role: null, head: null, modifiers: NO_MODIFIERS, gender: null, type: "organisation", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false };
}

/** How many tokens an aside between dashes may take. */
const MAX_ASIDE = 25;

/**
 * "NHS Fife said…. A statement said", "“…,” the statement said": an article and a speech noun at `k`, standing for an
 * organisation's words, the one the story was about; null if none stands there.
 */
export function statementAt(ctx: Ctx, k: number): Mention | null {
  const t = ctx.tokens[k + 1];
  if (!STATEMENT_ARTICLES.has(ctx.tokens[k]?.lower ?? "") || t === undefined || t.kind !== "word" || !speechNoun(t.flags, ctx.language)) return null;
  const author = statementAuthorAt(ctx, k + 2);
  if (author !== null) return author;
  return { kind: "pronoun", first: k, last: k + 1, text: textOf(ctx.tokens, ctx.source, k, k + 1, ctx.base), role: null, head: STATEMENT, modifiers: NO_MODIFIERS, gender: null, type: "unknown", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false };
}

/** Articles before a speech noun that speaks for its author: "a statement said", "the letter added". */
const STATEMENT_ARTICLES = new Set(["a", "an", "the", "this", "that", "un", "une", "le", "la", "l’", "ce", "cette"]);

/**
 * The subject of a verb at `v`, read leftwards: skips adverbs and auxiliaries, steps over an
 * appositive or relative clause between commas (`Derrick Johnson, PDG de la NAACP, a déclaré`).
 */
/**
 * "Barbara Wade, Fresno Episcopalian, says", "Ana Ruiz, Acme Corp, said": a capitalised appositive no
 * first name opens describes the person named before it, who is the subject.
 */
function describedPerson(ctx: Ctx, m: Mention, floor: number): Mention | null {
  if (m.kind !== "name" || ctx.tokens[m.first - 1]?.text !== "," || ctx.tokens[m.last + 1]?.text !== "," || firstName(ctx.tokens[m.first])) return null;
  const person = mentionEnding(ctx, m.first - 2);
  return person !== null && person.kind === "name" && person.type === "person" && firstName(ctx.tokens[person.first]) && opensClause(ctx, person, floor) ? person : null;
}

/** The comma of the nearest ", who"/", qui" at or before token `from`, down to `lowest`, or -1; no quotation crossed. */
function relativeComma(ctx: Ctx, from: number, lowest: number): number {
  for (let j = from; j >= lowest; j--) {
    if (ctx.tokens[j]?.kind === "quote") return -1;
    if (ctx.tokens[j]?.text === "," && RELATIVES.has(ctx.tokens[j + 1]?.lower ?? "")) return j;
  }
  return -1;
}

/** The name before the ", who"/", qui" that opens the relative clause token `k` stands in, if any. */
function relativeAntecedent(ctx: Ctx, k: number, floor: number): Mention | null {
  const j = relativeComma(ctx, k, Math.max(floor + 1, k - MAX_RELATIVE + 1));
  const ante = j < 0 ? null : mentionEnding(ctx, j - 1);
  // Only one opening its clause: not "After meeting Tom Hill, who chairs the board, Jane Doe – … – said".
  const opens = ante !== null && (ante.first <= floor || ctx.tokens[ante.first - 1]?.text === ",");
  return ante !== null && opens && ante.kind === "name" && ante.type === "person" ? named(ctx, ante) : null;
}

/** How many lowercase words a relative clause with no commas may hold before the mention it ends on: "who owns". */
const BARE_RELATIVE_WORDS = 3;

/**
 * "Janice Kingsley who owns Cafe Strand, next door to the pub, said": the person (named or by role) a "who" or "qui"
 * with no comma before it follows, opening the clause, when the mention at `first` closes that relative clause; else null.
 */
function bareRelativeAntecedent(ctx: Ctx, first: number, floor: number): Mention | null {
  for (let j = first - 1; j > floor && j >= first - 1 - BARE_RELATIVE_WORDS; j--) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind !== "word" || (t.flags & LOWERCASE) === 0) return null;
    if (!RELATIVES.has(t.lower)) continue;
    if (j === first - 1) return null;
    const ante = mentionEnding(ctx, j - 1);
    const opens = ante !== null && (ante.first <= floor || ctx.tokens[ante.first - 1]?.text === ",");
    // "The man who attacked John Smith said": a person's role too.
    return ante !== null && opens && ante.kind !== "pronoun" && ante.type === "person" ? named(ctx, ante) : null;
  }
  return null;
}

/** Prepositions that say where, never whose: "a night shelter in Hastings". */
const WHERE = new Set(["in", "at", "near", "à", "dans"]);

export function subjectBefore(ctx: Ctx, v: number, floor: number): Mention | null {
  let k = v - 1;
  // "la station de La Pierre-Saint Martin a de son côté annoncé": past a phrase inside the compound tense.
  const phrase = ctx.language === "fr" ? adverbialEndingAt(ctx.tokens, k) : -1;
  if (phrase > floor && ((ctx.tokens[phrase - 1]?.flags ?? 0) & AUXILIARY) !== 0) k = phrase - 1;
  for (let n = 0; n < 6 && k >= floor && skippable(ctx, k); n++) k--;
  // "the Irish Nurses and Midwives’ Organisation (INMO) has said": past the acronym in brackets.
  if (ctx.tokens[k]?.text === ")" && ctx.tokens[k - 2]?.text === "(" && mentionEnding(ctx, k - 3) !== null) k -= 3;
  // "Captain John Connolly – after a very short speech – told": past an aside between dashes.
  const dash = ctx.tokens[k]?.text;
  if (dash === "–" || dash === "—") {
    let j = k - 1;
    while (j > floor && j > k - MAX_ASIDE && ctx.tokens[j]?.text !== dash && ctx.tokens[j]?.kind !== "quote") j--;
    // Only onto a subject: "the attorney general of West Virginia — one of… — said" is not the state's.
    const before = ctx.tokens[j]?.text === dash ? mentionEnding(ctx, j - 1) : null;
    // "Rishi Sunak, qui avait promis de fermer la Manche – ils sont… – a indiqué": the aside closes a
    // relative clause, whose antecedent is the subject.
    const ante = before === null ? null : relativeAntecedent(ctx, before.first - 1, floor);
    if (ante !== null) return ante;
    if (before !== null && !PREPOSITIONS.has(ctx.tokens[before.first - 1]?.lower ?? "")) k = j - 1;
  }
  if (k < floor) return null;
  const t = ctx.tokens[k];
  if (t === undefined) return null;
  if (t.kind === "word" && speechNoun(t.flags, ctx.language)) {
    const p = possessorOf(ctx, k);
    if (p !== null) return p;
    const statement = k - 1 >= floor ? statementAt(ctx, k - 1) : null;
    if (statement !== null) return statement;
  }
  const m = mentionEnding(ctx, k);
  if (m !== null) {
    const bare = bareRelativeAntecedent(ctx, m.first, floor);
    if (bare !== null) return bare;
    // "Paul Durand, ancien salarié Airbus témoigne": the body qualifies the role of the person before the comma.
    const holder = qualifiedRoleHolder(ctx, m, floor);
    if (holder !== null) return named(ctx, holder);
    const head = governingHead(ctx, m, floor);
    if (head !== null) return named(ctx, head);
    // "The report going before the committee said:", "The letter sent to the council said:": a document opens the
    // subject; the body its complement names received it, and said nothing.
    if (documentOpens(ctx, m, floor)) return null;
    // "Philippe, l'un des voisins raconte": a person's appositive whose closing comma was dropped renames the
    // name that opens the clause before it.
    // Only an indefinite one, one of a group: "Harry Kane, the manager insists:" is the manager speaking of Kane.
    const renamed = m.kind === "role" && m.type === "person" && ctx.tokens[m.first - 1]?.text === "," && oneOf(ctx, m.first) ? mentionEnding(ctx, m.first - 2) : null;
    if (renamed !== null && renamed.kind === "name" && (renamed.type === "person" || (renamed.type === "unknown" && firstName(ctx.tokens[renamed.first]))) && renamed.first === floor) return named(ctx, renamed);
    // "A night shelter in Hastings says": a place the complement of a noun an indefinite article opens ends on is
    // where the subject is, not who. (A bare plural, "voters in Hartlepool said", is read as before.)
    const noun = ctx.tokens[m.first - 2];
    const article = INDEFINITE.has(lowerAt(ctx, m.first - 3)) || INDEFINITE.has(lowerAt(ctx, m.first - 4));
    if (m.type !== "person" && article && WHERE.has(lowerAt(ctx, m.first - 1)) && noun !== undefined && noun.kind === "word" && (noun.flags & LOWERCASE) !== 0 && noun.info.verb[ctx.language] === null && (noun.flags & (AUXILIARY | NOT_NAME)) === 0) return null;
    return named(ctx, m);
  }
  // "China warned", "Moscou a répondu": a country or a capital named as subject speaks for its government.
  // Only one opening its clause: not "A man who reached England said", "les voyageurs rapatriés depuis Israël racontent".
  if (t.kind === "word" && (t.flags & PLACE) !== 0 && (t.flags & CAPITALISED) !== 0 && !DEMONYMS.has(t.lower) && (k === floor || CLAUSE_JOINS.has(ctx.tokens[k - 1]?.lower ?? ""))) {
    return { kind: "name", first: k, last: k, text: t.text, role: null, head: null, modifiers: NO_MODIFIERS, gender: null, type: "organisation", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false };
  }
  // "Mira Okafor with the city police said": a complement whose nouns run on past its mention.
  const held = complementHolder(ctx, k, floor);
  if (held !== null) return named(ctx, held);
  // "They stressed that…", "It added that…": a group or an organisation still speaking.
  const they = itAt(ctx, k);
  if (they !== null) return they;
  // "chief executive Ana Ruiz, who asked", "le ministre qui a demandé": a relative's antecedent.
  if ((t.lower === "who" || t.lower === "qui") && k - 1 >= floor) {
    const comma = ctx.tokens[k - 1]?.text === ",";
    const ante = mentionEnding(ctx, comma ? k - 2 : k - 1);
    // "Shailendra Singh, a resident of Ghaziabad in Uttar Pradesh, who had claimed": a place a
    // preposition governs closes an appositive; the antecedent is the one it describes.
    // Not a person "chez" or "pour" governs: "Même ton chez Marc Lefranc, qui a jugé…" is his ("un cadre chez Airbus, qui" is not Airbus's).
    const prep = ctx.tokens[(ante?.first ?? 0) - 1]?.lower ?? "";
    // "Holly Brookes, of Major Street, Ramsbottom, who spent…": so does a town closing an address.
    // Not an agent: "Mr Bain was approached by Alston, who said to him:" is Alston's.
    const placed = ante !== null && comma && (PLACE_PREPOSITIONS.has(prep) || (PREPOSITIONS.has(prep) && prep !== "by" && prep !== "par" && ante.type !== "person") || addressBefore(ctx, ante.first));
    if (ante !== null && ante.kind !== "pronoun" && !placed) return named(ctx, ante);
    if (placed) k--;
  }
  if (ctx.tokens[k]?.text !== ",") return null;
  // "Congress leader Adhir Ranjan Chowdhury in Lok Sabha, said": a place the subject's own complement ends on.
  // Only a subject opening its clause: "Blinken, after meeting Narendra Modi in Delhi, said" is Blinken's.
  const ending = mentionEnding(ctx, k - 1);
  const holder = ending !== null && PREPOSITIONS.has(ctx.tokens[ending.first - 1]?.lower ?? "") ? governingHead(ctx, ending, floor) : null;
  if (holder !== null && holder.kind === "name" && holder.type === "person" && opensClause(ctx, holder, floor)) return named(ctx, holder);
  // "The tennis star, who on Sunday beat the world No 1, Novak Djokovic, in three sets, said": the
  // relative clause's antecedent, whatever it names.
  const relative = relativeComma(ctx, k - 2, Math.max(floor + 1, k - MAX_RELATIVE));
  if (relative >= 0) {
    // No one known before "who": better no subject than a name inside the clause.
    const ante = mentionEnding(ctx, relative - 1);
    // "Barbara Schmidt of Portland, Maine, who was there, said": a place closing an address chain is no
    // antecedent; the chain goes back to the one it describes.
    const town = ante === null || ctx.tokens[ante.first - 1]?.text !== "," ? null : mentionEnding(ctx, ante.first - 2);
    const address = ante !== null && ((ante.type !== "person" && town !== null && PLACE_PREPOSITIONS.has(ctx.tokens[town.first - 1]?.lower ?? "")) || addressBefore(ctx, ante.first));
    // "Andrew Campbell, chair of the WTA, which represents…, said": a body a preposition governs is what
    // the relative clause describes; the subject is the one its complement hangs on.
    // Only a person's: "Analysis by the Resolution Foundation, which…, said" is the foundation's.
    const head = ante !== null && !address && ante.type !== "person" ? governingHead(ctx, ante, floor) : null;
    if (head !== null && head.type === "person") return named(ctx, head);
    if (!address) return ante !== null && ante.kind !== "pronoun" ? named(ctx, ante) : null;
    k = relative;
  }
  // "Tom Reddy, 41, of Mill Road, Harwich, said": a chain of appositives (age, address, role)
  // goes back to the one it describes; a name closing the chain stands for it only if it is a person.
  let fallback: Mention | null = null;
  for (let j = k - 1; j >= floor && j >= k - 25; j--) {
    if (ctx.tokens[j]?.text !== ",") continue;
    // "Parish council chairman, Cllr Ron Groves, said": a title the name's mention leaves out may open it.
    // Not after a preposition's object: "Emails sent to the mayor, Cllr Jo Hart, said" are the emails'.
    const governedBefore = PREPOSITIONS.has(lowerAt(ctx, j - 2)) || PREPOSITIONS.has(lowerAt(ctx, j - 3));
    const inner = mentionStarting(ctx, j + 1) ?? (((ctx.tokens[j + 1]?.flags ?? 0) & TITLE_WORD) !== 0 && !governedBefore ? mentionStarting(ctx, j + 2) : null);
    if (inner !== null && inner.kind === "name" && inner.last === k - 1) {
      if (inner.type === "person") return describedPerson(ctx, inner, floor) ?? inner;
      fallback ??= inner;
    }
    const found = mentionEnding(ctx, j - 1);
    // "Janice Kingsley who owns Cafe Strand, next door to the pub, said": a relative clause with no comma ends there.
    const bare = found === null ? null : bareRelativeAntecedent(ctx, found.first, floor);
    if (bare !== null) return bare;
    // "of Mill Road", "of 14 Mill Lane": a preposition's object is an address, not the subject.
    const numbered = found !== null && /^\d+$/u.test(ctx.tokens[found.first - 1]?.text ?? "") ? 1 : 0;
    const outer = found !== null && PREPOSITIONS.has(ctx.tokens[found.first - 1 - numbered]?.lower ?? "") ? null : found;
    // "Homeowners in Florence Close, Kempsey, said": the chain's address hangs on the subject.
    // "Steve Hack from the applicants Seren Energy, a Swansea company…, said": so does a body's name apposed to a
    // noun a preposition governs.
    const head = found !== null && (outer === null || (found.kind === "name" && found.type === "organisation")) ? governingHead(ctx, found, floor) : null;
    if (head !== null) return named(ctx, head);
    // "…, a banker at Canary Wharf, the city’s newest financial center, along the River Thames, said": a body's noun
    // apposed to a name a preposition governs says what that place is; the chain goes on back.
    if (outer !== null && outer.kind === "role" && outer.type === "organisation" && apposedToComplement(ctx, outer)) continue;
    if (outer !== null && (outer.type === "person" || outer.kind === "role")) return named(ctx, outer);
    // "Yannis Mallat, PDG d’Ubisoft Montréal, Québec, Saguenay et Toronto, raconte": a name of unknown
    // kind may be one of a list inside the chain; a person further back is the better subject.
    if (outer !== null && fallback === null && outer.type === "unknown" && outer.first === outer.last) {
      fallback = outer;
      continue;
    }
    if (outer !== null && fallback === null) return named(ctx, outer);
    if (fallback === null) return null;
  }
  return fallback;
}

/** Words that quantify a plural noun: "for both schools", "of all three clubs". */
const QUANTIFIERS = new Set(["both", "all", "each", "every", "several", "many", "tous", "toutes", "chaque", "plusieurs"]);

/** Words that join two names under one preposition: "for Cranleigh and Ewhurst". */
const NAME_JOINS = new Set(["and", "et"]);

/**
 * "an official at the school in Hollin Park said": a mention a preposition governs is the object of a
 * complement; the subject is the role or name the complement hangs on, words only between them.
 */
function governingHead(ctx: Ctx, m: Mention, floor: number): Mention | null {
  // "The Lib Dem representative for Cranleigh and Ewhurst said": the second of two names a preposition governs.
  if (m.kind === "name" && NAME_JOINS.has(ctx.tokens[m.first - 1]?.lower ?? "")) {
    // The role phrase may have run into the first name: "The representative for Cranleigh".
    const role = ctx.mentions.find((r) => r.kind === "role" && r.type === "person" && r.last === m.first - 2 && r.first < m.first - 2 && r.first >= floor);
    if (role !== undefined) return role;
    const first = mentionEnding(ctx, m.first - 2);
    return first !== null && first.kind === "name" && first.type !== "person" ? governingHead(ctx, first, floor) : null;
  }
  // "for the Harlow Vale Teachers Union": a name's article stands outside its mention.
  let start = m.kind === "name" && DEFINITE_ARTICLES.has(ctx.tokens[m.first - 1]?.lower ?? "") ? m.first - 1 : m.first;
  // "of local ABC13", "at nearby Mercy Hospital", "of pop star Harry Styles": an adjective or two may stand before the name.
  for (let n = 0; n < 2 && m.kind === "name" && !PREPOSITIONS.has(ctx.tokens[start - 1]?.lower ?? ""); n++) {
    const t = ctx.tokens[start - 1];
    // "Chairman of governors for both schools David Goss said": a quantifier's noun is the complement, not the name.
    if (t !== undefined && QUANTIFIERS.has(t.lower)) return null;
    if (t === undefined || !plainNoun(ctx, t) || DEFINITE_ARTICLES.has(t.lower)) break;
    start--;
  }
  // "Steve Hack from the applicants Seren Energy, a Swansea company…, said": a name apposed to a body's noun.
  // "la directrice de la résidence Pierre Simon de Suippes défend": so is one an institution's noun names, whatever its words.
  // Only in French, of what a role is of, and for a name with no appositive of its own: "Devant le lycée Sophie
  // Martin, mère d'un candidat," and "the principal of the college Ruth Davies said" are people.
  const institution = ctx.language === "fr" && start === m.first - 1 && ((ctx.tokens[start]?.flags ?? 0) & ORG_ROLE) !== 0 && COMPLEMENT_FR.has(ctx.tokens[start - 2]?.lower ?? "") && ctx.tokens[m.last + 1]?.text !== ",";
  if (start === m.first - 1 && DEFINITE_ARTICLES.has(ctx.tokens[start - 1]?.lower ?? "") && (institution || (m.type !== "person" && !firstName(ctx.tokens[m.first])))) start--;
  if (!PREPOSITIONS.has(ctx.tokens[start - 1]?.lower ?? "")) return null;
  // "Ken Tarnell, 84, from Macduff said": past an age between commas, the person it is given of.
  if (ctx.tokens[start - 2]?.text === "," && /^\d{1,3}$/.test(ctx.tokens[start - 3]?.text ?? "") && ctx.tokens[start - 4]?.text === ",") {
    const aged = mentionEnding(ctx, start - 5);
    return aged !== null && aged.kind === "name" && aged.type === "person" && opensClause(ctx, aged, floor) ? aged : null;
  }
  for (let j = start - 2; j >= floor && j >= m.first - MAX_COMPLEMENT; j--) {
    const t = ctx.tokens[j];
    // "Andy Major, operations manager at Emergency Childcare said": an appositive's role, then its place,
    // goes back to the person before the comma.
    const apposed = t?.text === "," && j < start - 2 ? mentionEnding(ctx, j - 1) : null;
    // Not one a fronted phrase governs: "Asked about Keir Starmer, voters in Hartlepool said".
    // "Brahim, animateur à la mairie de Saint-Maurice tente…": a name of no known kind that a role renames is someone.
    const someone = apposed !== null && (apposed.type === "person" || (apposed.type === "unknown" && apposed.role !== null));
    if (apposed !== null && apposed.kind === "name" && someone && !apposed.possessive && ((ctx.tokens[j + 1]?.flags ?? 0) & LOWERCASE) !== 0) return opensClause(ctx, apposed, floor) ? apposed : null;
    // "le maire Bruno Marcon (DVD) de la Séauve-sur-Semène": past a party's or a label's brackets.
    if (t?.text === ")" && ctx.tokens[j - 2]?.text === "(" && PREPOSITIONS.has(ctx.tokens[j + 1]?.lower ?? "")) {
      const h = mentionEnding(ctx, j - 3);
      return h !== null && h.kind !== "pronoun" && !PREPOSITIONS.has(ctx.tokens[h.first - 1]?.lower ?? "") ? h : null;
    }
    if (t === undefined || (t.kind !== "word" && !/^['’]$/.test(t.text))) return null;
    // "The president of the United Methodist Council of Bishops said": a role phrase may have run into the name.
    const over = mentionStarting(ctx, j);
    if (over !== null && over.kind === "role" && over.type === "person" && over.last >= start && over.last < m.last) return over;
    const h = mentionEnding(ctx, j);
    // "officials leading the talks for the union said": a participle's clause hangs on the head too.
    // "One retailer whose shop door was smashed in one of the raids said": so does a relative clause.
    const opens = PREPOSITIONS.has(ctx.tokens[j + 1]?.lower ?? "") || participle(ctx, j + 1) || CLAUSE_RELATIVES.has(ctx.tokens[j + 1]?.lower ?? "");
    if (h !== null && h.kind !== "pronoun" && !PREPOSITIONS.has(ctx.tokens[h.first - 1]?.lower ?? "") && opens) return qualifiedRoleHolder(ctx, h, floor) ?? h;
  }
  return null;
}

/** How many lowercase words a role a body's name qualifies may take: "secrétaire général adjoint FO". */
const QUALIFIED_ROLE_WORDS = 3;

/**
 * "Cédric Boyer, secrétaire local FO au centre de Fresnes explique": a body's name right after a role's
 * words qualifies the role, apposed to the person before the comma, who is the subject.
 */
function qualifiedRoleHolder(ctx: Ctx, h: Mention, floor: number): Mention | null {
  // The role may have been read as the name's title: "président FNSEA de la Marne". Not a person's: "…, sa fille Léa".
  if (h.kind !== "name" || (h.type !== "organisation" && firstName(ctx.tokens[h.first])) || (h.type === "person" && h.role === null)) return null;
  let k = h.first - 1;
  let role = false;
  for (; k > floor && k >= h.first - QUALIFIED_ROLE_WORDS; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== "word" || (t.flags & LOWERCASE) === 0 || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) break;
    if ((t.flags & ROLE_WORD) !== 0) role = true;
  }
  if (!role || ctx.tokens[k]?.text !== ",") return null;
  const person = mentionEnding(ctx, k - 1);
  return person !== null && person.kind === "name" && person.type === "person" && opensClause(ctx, person, floor) ? person : null;
}

/** Articles that open one of several: "une voisine", "a neighbour", "one resident", and "l'un des voisins". */
const ONE_OF = new Set(["un", "une", "a", "an", "one"]);

/** Whether the phrase at `k` opens as one of several ("l'un des voisins", "une riveraine"), not as a definite role. */
function oneOf(ctx: Ctx, k: number): boolean {
  const w = lowerAt(ctx, k);
  return ONE_OF.has(w) || ((w === "l’" || w === "l'") && ONE_OF.has(lowerAt(ctx, k + 1)));
}

/** French prepositions that say what a role is of: "la directrice de la résidence…". */
const COMPLEMENT_FR = new Set(["de", "d’", "d'"]);

/** Words an address may run to before the town after it ("of 12 Major Street Lower, Ramsbottom"). */
const ADDRESS_WORDS = 5;
/** Street kinds the place lists leave out, since they are surnames too ("Lane", "Close"): read only in an address. */
const STREET_KINDS = new Set(["lane", "drive", "close", "crescent", "terrace", "grove", "way", "gardens", "court", "walk", "row", "hill", "park", "mews", "parade"]);

/**
 * Whether the name at `first` closes an address: a comma, then a street's or a place's name a preposition of
 * place governs ("of Major Street, Ramsbottom"). A body's name is none ("the head of Unite, Sharon Graham").
 */
function addressBefore(ctx: Ctx, first: number): boolean {
  if (ctx.tokens[first - 1]?.text !== ",") return false;
  let placeWord = false;
  let k = first - 2;
  for (; k >= first - 1 - ADDRESS_WORDS; k--) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind !== "word" || ((t.flags & CAPITALISED) === 0 && !/^\d+$/u.test(t.text))) break;
    if ((t.flags & (PLACE | PLACE_WORD)) !== 0 || (k === first - 2 && STREET_KINDS.has(t.lower))) placeWord = true;
  }
  return placeWord && k < first - 2 && PLACE_PREPOSITIONS.has(ctx.tokens[k]?.lower ?? "");
}

/** The mention a complement ending in a plain noun or two at `k` hangs on ("X with Toronto police"), or null. */
function complementHolder(ctx: Ctx, k: number, floor: number): Mention | null {
  for (let j = k - 1; j >= k - 2 && j >= floor; j--) {
    if (!plainNoun(ctx, ctx.tokens[j + 1] as Token)) return null;
    const inner = mentionEnding(ctx, j);
    if (inner !== null) return governingHead(ctx, inner, floor);
  }
  return null;
}

/** Prepositions before whoever a document goes to. */
const RECIPIENT = new Set(["to", "before", "for", "à", "au", "aux", "devant"]);

/** Whether a speech noun opens the subject that mention `m` completes, after a preposition: "The report to the committee". */
function documentOpens(ctx: Ctx, m: Mention, floor: number): boolean {
  let j = m.first - 1;
  while (j >= floor && DETERMINERS.has(lowerAt(ctx, j))) j--;
  // Only a complement that receives it: "the statement from the council", "le rapport du comité" are theirs.
  if (!RECIPIENT.has(lowerAt(ctx, j))) return false;
  for (let i = j - 1; i >= floor && i >= j - MAX_COMPLEMENT; i--) {
    const t = ctx.tokens[i] as Token;
    if (t.kind !== "word") return false;
    // The noun opens the subject, maybe after its article: "report" is a verb too.
    if (speechNoun(t.flags, ctx.language) && (i === floor || (i - 1 === floor && DETERMINERS.has(lowerAt(ctx, floor))))) return true;
    if (t.info.verb[ctx.language]?.finite === true && (t.flags & LOWERCASE) !== 0 && !/(?:ed|é|ée|és|ées)$/u.test(t.lower)) return false;
  }
  return false;
}

/** A lowercase present participle at `k`: `leading`, `représentant`. */
export function participle(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.kind === "word" && (t.flags & LOWERCASE) !== 0 && (ctx.language === "en" ? /^\p{Ll}{3,}ing$/u : /^\p{Ll}{3,}ant$/u).test(t.lower);
}

/**
 * Whether only a title ("opposition leader") stands between mention `m` and the comma or start
 * before it: no verb, participle, preposition or relative ("after meeting", "qui a rencontré").
 */
function opensClause(ctx: Ctx, m: Mention, floor: number): boolean {
  const verbal = ctx.language === "en" ? ING_LY_ED : FR_VERB_FORM;
  for (let j = m.first - 1; j >= floor; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.text === ",") return true;
    if (t.kind !== "word" || t.info.verb[ctx.language] !== null || (t.flags & (AUXILIARY | verbal)) !== 0 || PREPOSITIONS.has(t.lower) || RELATIVES.has(t.lower)) return false;
  }
  return true;
}

/** Relative pronouns that open a clause between a subject and its verb. */
const RELATIVES = new Set(["who", "which", "whose", "qui", "dont", "lequel", "laquelle"]);
/** Prepositions that place someone: `a resident of Ghaziabad in Uttar Pradesh`, `habitant de Lyon`. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "of", "from", "near", "à", "au", "aux", "en", "dans", "de", "du", "des", "d’", "d'", "près"]);
/** How many tokens such a clause may take. */
const MAX_RELATIVE = 45;
/** Relatives that open a clause inside a subject, with no comma: "the woman whose son died in the crash said". */
const CLAUSE_RELATIVES = new Set(["who", "whose", "qui", "dont"]);

/** How many words a complement may take between a subject and its verb. */
export const MAX_COMPLEMENT = 14;

/** Phrases that may stand between an inverted verb and its subject: `remarque de son côté le parti`. */
const ADVERBIALS_FR: readonly (readonly string[])[] = [
  ["de", "son", "côté"], ["de", "leur", "côté"], ["pour", "sa", "part"], ["pour", "leur", "part"], ["à", "son", "tour"],
  ["à", "leur", "tour"], ["quant", "à", "lui"], ["quant", "à", "elle"], ["lui", "aussi"], ["elle", "aussi"], ["elle", "non", "plus"],
  ["lui", "non", "plus"], ["dans", "la", "foulée"], ["en", "retour"], ["en", "écho"], ["de", "concert"],
  // How the words came out: "a indiqué par communiqué le cabinet…", "précise dans un communiqué le ministère".
  ["par", "communiqué"], ["par", "voie", "de", "communiqué"], ["dans", "un", "communiqué"], ["par", "écrit"],
  ["en", "conférence", "de", "presse"], ["par", "courriel"],
  // When in the exchange: "a dit d’emblée la cheffe de groupe".
  ["d’", "emblée"], ["d’", "entrée", "de", "jeu"], ["d’", "entrée"], ["au", "passage"], ["à", "chaud"], ["en", "substance"], ["en", "conclusion"], ["d’", "abord"], ["de", "nouveau"], ["à", "nouveau"], ["tout", "de", "suite"],
  // How it bears on what came before: "fait en effet remarquer X", "a par ailleurs indiqué".
  ["en", "effet"], ["par", "ailleurs"], ["d’", "ailleurs"], ["en", "outre"],
  // When, against the story's now: "a expliqué un peu plus tôt sur franceinfo Olivier Gantois".
  ["un", "peu", "plus", "tôt"], ["un", "peu", "plus", "tard"], ["plus", "tôt"], ["plus", "tard"], ["peu", "après"], ["peu", "avant"],
  // Where, as the reporter walks on: "explique un peu plus loin Jean-Pierre Rabiller".
  ["un", "peu", "plus", "loin"], ["plus", "loin"], ["à", "côté"], ["juste", "à", "côté"],
  // How it was said: "réplique sans hésiter l’accusé".
  ["sans", "hésiter"], ["sans", "attendre"], ["sans", "détour"], ["sans", "ambages"],
  // In what mood: "a déclaré tout sourire le skipper".
  ["tout", "sourire", "aux", "lèvres"], ["tout", "sourire"], ["tout", "sourires"], ["le", "sourire", "aux", "lèvres"], ["les", "larmes", "aux", "yeux"], ["la", "voix", "nouée"],
];

const ADVERBIAL_STARTS: ReadonlySet<string> = new Set(ADVERBIALS_FR.map((p) => p[0] as string));

/** Determiners that open an inverted subject, where a manner phrase before it ends. */
const SUBJECT_LEADS_FR = new Set(["le", "la", "l’", "les", "un", "une", "son", "sa", "ses", "leur", "leurs"]);
/**
 * How many words a manner phrase opened by "en" may take before its subject: `en point de presse`.
 * Two more before a comma that closes it: `en forme de coup de gueule,`.
 */
const MAX_MANNER = 4;

/**
 * `a réagi en point de presse le chef…`, `a lancé en entrevue la mairesse`: "en" and a few plain
 * words, up to the determiner that opens the subject. Past the phrase, or `k` when there is none.
 */
function mannerAfter(tokens: readonly Token[], k: number): number {
  // "nous assurait avant le départ Christine Vesin": so does when it was said, after "avant", "après", "lors de".
  const opener = tokens[k]?.lower ?? "";
  // "a soutenu depuis le box le principal accusé": after "depuis", "devant", "dans", only an article
  // starts the subject ("a déclaré devant les Nations unies" ends on the place).
  const placed = PLACE_OPENERS.has(opener);
  if (!MANNER_OPENERS.has(opener) && !placed) return k;
  for (let f = k + 1; f <= k + MAX_MANNER + 2; f++) {
    const t = tokens[f];
    // "a déclaré en forme de coup de gueule, face à la presse, le manager": a comma may end the phrase.
    if (t?.text === "," && f > k + 1 && !placed) return f;
    if (t === undefined || t.kind !== "word") return k;
    // "au Figaro Christine Lagarde": a first name right after a medium's name; not "de Samuel Paty", "avec Patrice Roy".
    if (f > k + 2 && placed && (SUBJECT_LEADS_FR.has(t.lower) || (firstName(t) && ((tokens[f - 1]?.flags ?? 0) & CAPITALISED) !== 0 && !firstName(tokens[f - 1]) && !t.glued))) return f;
    // "dit en riant à l’AFP ce greffé": past the gerund, whom it was said to is a dative of its own, no subject;
    // "dit en riant ce greffé": a demonstrative opens the subject.
    // Only after a gerund that takes no object: "en brandissant cette pancarte" is what was brandished.
    if (f === k + 2 && opener === "en" && (DATIVES_AFTER_GERUND.has(t.lower) ? gerundFr(tokens[k + 1]?.lower ?? "") : DEMONSTRATIVES_AFTER_GERUND.has(t.lower) && MANNER_GERUNDS.has(tokens[k + 1]?.lower ?? ""))) return f;
    if (f > k + 1 && f <= k + MAX_MANNER && !placed && (SUBJECT_LEADS_FR.has(t.lower) || (t.flags & CAPITALISED) !== 0)) return f;
    // "dans une interview au Figaro Christine Lagarde": a medium's name is part of the place phrase.
    if (placed && (t.flags & CAPITALISED) !== 0) continue;
    const link = t.lower === "de" || t.lower === "d’";
    // "commence en plaisantant à demi Benoît Aiglon": a gerund says how, whatever verb it is of.
    // Not "a lancé en interpellant Emmanuel Macron une manifestante": a gerund right before a name governs it,
    // unless it takes no object ("en souriant", "en plaisantant").
    const gerund = opener === "en" && f === k + 1 && gerundFr(t.lower) && (MANNER_GERUNDS.has(t.lower) || ((tokens[f + 1]?.flags ?? 0) & CAPITALISED) === 0);
    if (!link && !gerund && ((t.flags & LOWERCASE) === 0 || t.info.verb.fr !== null)) return k;
  }
  return k;
}

/** Gerunds that take no object: a name right after them is the subject. */
const MANNER_GERUNDS = new Set(["souriant", "riant", "plaisantant", "soupirant", "soufflant", "rigolant", "sanglotant", "pleurant", "hésitant", "ironisant", "insistant", "grimaçant", "murmurant", "chuchotant", "blaguant", "rougissant"]);

/** What may follow a gerund of manner before an inverted subject: a dative, or the subject's demonstrative. */
const DATIVES_AFTER_GERUND = new Set(["à", "au", "auprès"]);
const DEMONSTRATIVES_AFTER_GERUND = new Set(["ce", "cet", "cette"]);

/** A French present participle after "en": "en plaisantant", and the short ones ("en riant"). */
function gerundFr(word: string): boolean {
  return MANNER_GERUNDS.has(word) || /^\p{Ll}{3,}ant$/u.test(word);
}

/** Words that open a phrase of manner or time before an inverted subject: `en point de presse`, `avant le départ`. */
const MANNER_OPENERS = new Set(["en", "avant", "après", "lors"]);
const PLACE_OPENERS = new Set(["depuis", "devant", "dans"]);

/** Past one adverbial phrase from `k`, if one starts there, else `k`. */
function adverbialAfter(tokens: readonly Token[], k: number): number {
  const after = phraseAfter(tokens, k);
  return after > k ? after : mannerAfter(tokens, k);
}

/** The words the listed adverbial phrases end on: most tokens end none, and are not matched against each. */
const ADVERBIAL_ENDS: ReadonlySet<string> = new Set(ADVERBIALS_FR.map((p) => p[p.length - 1] as string));

/** Where one of the listed adverbial phrases ending at token `k` starts, or -1. */
function adverbialEndingAt(tokens: readonly Token[], k: number): number {
  if (!ADVERBIAL_ENDS.has(tokens[k]?.lower ?? "")) return -1;
  for (const phrase of ADVERBIALS_FR) {
    const start = k - phrase.length + 1;
    if (start >= 0 && phrase.every((w, n) => tokens[start + n]?.lower === w)) return start;
  }
  return -1;
}

/** Past one of the listed adverbial phrases and the comma after it, or a form of address, if one starts at `k`, else `k`. */
function phraseAfter(tokens: readonly Token[], k: number): number {
  // "déplore Monsieur le Maire, Denis Maffre": a form of address before the office.
  if (addressBeforeOffice(tokens[k]?.lower ?? "", tokens[k + 1]?.text ?? "")) return k + 1;
  if (!ADVERBIAL_STARTS.has(tokens[k]?.lower ?? "")) return k;
  for (const phrase of ADVERBIALS_FR) {
    if (phrase.every((w, n) => tokens[k + n]?.lower === w)) {
      const after = k + phrase.length;
      return tokens[after]?.text === "," ? after + 1 : after;
    }
  }
  return k;
}

/**
 * `a pour sa part réagi`, `a, quant à lui, estimé`: an adverbial phrase inside a compound tense,
 * between commas or not. Where the participle stands after it, else `k`.
 */
export function pastPhraseInTense(tokens: readonly Token[], k: number): number {
  const comma = tokens[k]?.text === "," ? 1 : 0;
  const after = phraseAfter(tokens, k + comma);
  if (after === k + comma) return k;
  return comma === 1 && tokens[after - 1]?.text !== "," ? k : after;
}

/**
 * Past a dative between a verb and its subject: `a déclaré à l’AFP Claire Vasseur`, `a confié au
 * Monde X`, `said to reporters X`. Returns `k` itself when there is none.
 */
function afterDative(ctx: Ctx, k: number, ceiling: number): number {
  const w = ctx.tokens[k]?.lower;
  // "se réjouit sur France Info Odile Varenne", "said on BBC Radio 4 Tom Hale": where they said it, too.
  // "a réagi auprès de l’AFP Franck X": so is the one they said it to.
  const aupres = w === "auprès" && /^(?:de|du|des|d’)$/.test(ctx.tokens[k + 1]?.lower ?? "") ? 1 : 0;
  if (!SETTINGS.has(w ?? "") && aupres === 0) return k;
  let f = k + 1 + aupres;
  // "au micro de RTL", "à l’antenne de France Inter": the medium is what follows.
  const article = (at: number) => (/^(?:l’|la|le|les|the)$/.test(ctx.tokens[at]?.lower ?? "") ? at + 1 : at);
  f = article(f);
  if (MEDIUM_FR.has(ctx.tokens[f]?.lower ?? "") && /^(?:de|du|des|d’)$/.test(ctx.tokens[f + 1]?.lower ?? "")) f = article(f + 2);
  const t = ctx.tokens[f];
  if (t === undefined || t.kind !== "word" || f > ceiling) return k;
  // The dative is one name (AFP, Le Monde) or one noun (reporters, journalistes), which a few
  // adjectives and its name may follow ("la télévision locale ROBtv").
  const m = mentionStarting(ctx, f);
  let end = m !== null && m.kind === "name" ? m.last + 1 : f + 1;
  if (m === null && ctx.language === "fr") {
    while (end < f + 3 && end <= ceiling && mentionStarting(ctx, end) === null && !DETERMINERS.has(ctx.tokens[end]?.lower ?? "") && plainNoun(ctx, ctx.tokens[end] as Token)) end++;
    const own = mentionStarting(ctx, end);
    if (own !== null && own.kind === "name" && mentionStarting(ctx, own.last + 1) !== null) end = own.last + 1;
  }
  const next = ctx.tokens[end];
  if (next !== undefined && next.kind === "word" && mentionStarting(ctx, end) !== null) return end;
  // "a constaté à Berne mercredi l’Union suisse des paysans", "à Berne l’Union…": a place, then when or a name after its article.
  const articled = next !== undefined && DEFINITE_ARTICLES.has(next.lower) && mentionStarting(ctx, end + 1)?.kind === "name";
  if (m !== null && m.kind === "name" && end <= ceiling && (skippable(ctx, end) || articled)) return end;
  // "a affirmé à l’AFP le général Fiacre Kili": or a title and a name after their article.
  if (next !== undefined && next.kind === "word" && DEFINITE_ARTICLES.has(next.lower) && nameAfterTitle(ctx, end + 1, ceiling) !== null) return end;
  // "raconte à l’AFP la navigatrice Anne Quéméré": after a named outlet, a noun for someone who does something
  // (the lexicon need not hold it) may be the title. Not "le camp Macron", "le lycée Victor-Hugo", "l’entourage Bardella".
  const outletNamed = m !== null && m.kind === "name" && m.type !== "person";
  if (outletNamed && next !== undefined && next.kind === "word" && DEFINITE_ARTICLES.has(next.lower)) {
    let n = end + 1;
    while (n < end + 3 && n <= ceiling && mentionStarting(ctx, n) === null && plainNoun(ctx, ctx.tokens[n] as Token) && AGENT_NOUN.test(ctx.tokens[n]?.lower ?? "")) n++;
    const holder = n > end + 1 ? mentionStarting(ctx, n) : null;
    if (holder !== null && holder.kind === "name" && holder.type !== "organisation" && holder.last <= ceiling) return end;
  }
  // "s’est énervé auprès de l’AFP, Christophe Le Tyrant": a comma may close the dative.
  // Only after a named outlet: "a déclaré à son homologue, Antony Blinken, le ministre X" names whom he spoke to.
  const person = outletNamed && next?.text === "," ? mentionStarting(ctx, end + 1) : null;
  if (person !== null && person.kind === "name" && person.type === "person" && end + 1 <= ceiling) return end + 1;
  const split = m !== null && m.kind === "name" ? nameInRun(ctx, m) : -1;
  return split > f ? split : k;
}

/**
 * "sur Cnews Laurent Brun": capitals run the outlet and the speaker's name together. Where a first
 * name inside the run starts a name of two words or more, or -1.
 */
function nameInRun(ctx: Ctx, m: Mention): number {
  for (let j = m.first + 1; j < m.last; j++) if (firstName(ctx.tokens[j])) return j;
  // "au Journal Wilner Cayo, président de l’organisme": a role set after the run is a person's, so
  // its last two words are that person's name, whatever the first name.
  const { tokens } = ctx;
  const role = tokens[m.last + 1]?.text === "," && ((tokens[m.last + 2]?.flags ?? 0) & LOWERCASE) !== 0 && ((tokens[m.last + 2]?.flags ?? 0) & (ROLE_WORD | PERSON_ROLE_WORD)) !== 0;
  const capitalised = (j: number) => ((tokens[j]?.flags ?? 0) & CAPITALISED) !== 0 && ((tokens[j]?.flags ?? 0) & ORG_WORD) === 0;
  return role && m.last - m.first >= 2 && capitalised(m.last - 1) && capitalised(m.last) ? m.last - 1 : -1;
}

/** The name that starts inside a capitalised run at `k`, as `afterDative` found it. */
function tailAt(ctx: Ctx, k: number): Mention | null {
  if (mentionStarting(ctx, k) !== null) return null;
  // Back over the capitalised run to where its mention starts, however long the outlet's name.
  // "au Journal de Montréal Marie Tremblay": a particle inside the run carries it on.
  for (let j = k - 1; j >= 0 && ((ctx.tokens[j]?.flags ?? 0) & (CAPITALISED | CONNECTOR)) !== 0; j--) {
    const m = mentionStarting(ctx, j);
    if (m !== null) return m.kind === "name" && nameInRun(ctx, m) === k ? nameTail(m, k, ctx.tokens, ctx.source, ctx.base) : null;
  }
  return null;
}

/** Prepositions of where and to whom words were said, between an inverted verb and its subject. */
const SETTINGS = new Set(["à", "au", "aux", "sur", "dans", "pour", "devant", "chez", "to", "on"]);
/** Where a French speaker is heard: `au micro de`, `à l’antenne de`, `sur le plateau de`. */
const MEDIUM_FR = new Set(["micro", "antenne", "plateau", "ondes"]);

/** A lowercase word that may be a noun in a description ("homemaker"): no verb, preposition or connector. */
function plainNoun(ctx: Ctx, t: Token): boolean {
  return t.kind === "word" && (t.flags & LOWERCASE) !== 0 && (t.flags & CONNECTOR) === 0 && t.info.verb[ctx.language] === null && !prepositionStart(t.flags, ctx.language);
}

/**
 * Past what may stand between an inverted verb and its subject, in any order, until nothing moves on:
 * adverbs and adverbial phrases (`a indiqué aujourd’hui par communiqué le cabinet`, `a dit d’emblée
 * la cheffe`) and where or to whom it was said (`a dit vendredi sur Cnews Laurent Brun`).
 */
export function pastAdverbials(ctx: Ctx, from: number, ceiling: number): number {
  let k = from;
  for (let before = -1; before !== k;) {
    before = k;
    if (ctx.language === "fr") k = adverbialAfter(ctx.tokens, k);
    const skipped = k;
    for (let n = 0; n < 4 && k <= ceiling && skippable(ctx, k) && mentionStarting(ctx, k) === null; n++) k++;
    // "racontait ce vendredi matin, un manifestant": a comma closes the adverbs passed.
    if (k > skipped && ctx.tokens[k]?.text === "," && mentionStarting(ctx, k + 1) !== null) k++;
    k = afterDative(ctx, k, ceiling);
    k = pastCommaAside(ctx, k, ceiling);
  }
  return k;
}

/** Endings of nouns for someone who does something: navigatrice, skippeuse, chercheur, alpiniste, sailor. */
const AGENT_NOUN = /(?:eur|euse|trice|iste|ier|ière|ien|ienne|aire|logue|er|or|ist|ian)$/u;

/** Prepositions that bring in where words were given: "dans Le Progrès", "à France Bleu", "au Parisien", "on CNN". */
const MEDIUM_LINKS = new Set(["dans", "à", "au", "sur", "in", "on", "to"]);

/** How many words such an aside may take ("mercredi face à la presse"). */
const MAX_COMMA_ASIDE = 8;

/**
 * `a souligné, mercredi face à la presse, Carole-Anne Kast`: an aside between commas, with no verb
 * and no one in it, before the subject it holds apart from its verb. Where the subject starts, else `k`.
 */
function pastCommaAside(ctx: Ctx, k: number, ceiling: number): number {
  if (ctx.tokens[k]?.text !== ",") return k;
  for (let j = k + 1; j <= ceiling && j <= k + MAX_COMMA_ASIDE; j++) {
    const t = ctx.tokens[j] as Token;
    // "déplore, dans Le Progrès, l’Association des maires": the subject may take its article.
    if (t.text === ",") return j > k + 1 && (mentionStarting(ctx, j + 1) !== null || (DETERMINERS.has(lowerAt(ctx, j + 1)) && mentionStarting(ctx, j + 2) !== null)) ? j + 1 : k;
    // ", en plaisantant,": a gerund says how it was said.
    const gerund = ctx.tokens[j - 1]?.lower === "en" && gerundFr(t.lower);
    // ", dans un communiqué,": after its article, a participle's spelling is a noun.
    const noun = DETERMINERS.has(lowerAt(ctx, j - 1));
    // ", dans Le Progrès,", ", à France Bleu,": the paper or the station the words were given to is no subject.
    const medium = MEDIUM_LINKS.has(lowerAt(ctx, j - 1)) || (noun && MEDIUM_LINKS.has(lowerAt(ctx, j - 2))) ? mentionStarting(ctx, j) : null;
    if (medium !== null && medium.kind === "name" && medium.type !== "person") {
      j = medium.last;
      continue;
    }
    if (t.kind !== "word" || (t.info.verb[ctx.language] !== null && !gerund && !noun) || (t.flags & AUXILIARY) !== 0 || mentionStarting(ctx, j) !== null) return k;
  }
  return k;
}

/**
 * "a lancé le délégué CGT Karim Haddad": the person named right after a role and the organisation
 * that qualifies it, or null.
 */
function holderAfterRole(ctx: Ctx, role: Mention, ceiling: number): Mention | null {
  let k = role.last + 1;
  const org = mentionStarting(ctx, k);
  if (org !== null && org.kind === "name" && org.type === "organisation") k = org.last + 1;
  const person = k <= ceiling ? mentionStarting(ctx, k) : null;
  return person !== null && person.kind === "name" && person.type === "person" && person.last > person.first ? named(ctx, person) : null;
}

/** Plain words a role may follow before its holder's name: "said striking bus cleaner Everick Jacobs". */
const DESCRIBED_WORDS = 3;

/**
 * "said bus cleaner Everick Jacobs", "said striking bus driver X": lowercase words describing
 * someone, then their full name, or a role and its holder's. Only a name: the role alone may be anyone's.
 */
function describedHolder(ctx: Ctx, k: number, ceiling: number): Mention | null {
  for (let f = k; f <= ceiling && f <= k + DESCRIBED_WORDS; f++) {
    const m = mentionStarting(ctx, f);
    if (m === null) {
      const t = ctx.tokens[f];
      if (t === undefined || !plainNoun(ctx, t) || DEFINITE_ARTICLES.has(t.lower)) return null;
      continue;
    }
    // "said voters backing Donald Trump": a participle's object is not who speaks.
    if (f === k || m.type !== "person" || m.possessive || ((ctx.tokens[f - 1]?.flags ?? 0) & ING_LY_ED) !== 0) return null;
    if (m.kind === "role") return holderAfterRole(ctx, m, ceiling);
    return m.kind === "name" && m.last > m.first ? named(ctx, m) : null;
  }
  return null;
}

/** Words that join a statement to its author: `le communiqué d’Arianespace`, `a statement from the council`. */
const AUTHOR_LINKS = new Set(["de", "d’", "d'", "du", "des", "from", "of", "by"]);

/** The name a statement's complement at `k` gives as its author (`d’Arianespace`, `from Acme Corp`), or null. */
function statementAuthorAt(ctx: Ctx, k: number): Mention | null {
  if (!AUTHOR_LINKS.has(lowerAt(ctx, k))) return null;
  const m = mentionStarting(ctx, k + 1) ?? (DETERMINERS.has(lowerAt(ctx, k + 1)) ? mentionStarting(ctx, k + 2) : null);
  // "a statement from Smith’s family" is the family's; "from Number 10" no one named.
  if (m === null || m.kind !== "name" || m.possessive || /^\d/.test(ctx.tokens[m.last + 1]?.text ?? "")) return null;
  return named(ctx, m);
}

/** The subject after a verb (`said Gill Whitehead`, `a déclaré la PDG de Free Press, Jessica Gonzalez`). */
/** "says outraged Conservative councillor Kris Hopkins", "said delighted mum Jo Lee": a feeling before the title, no article. */
const FEELINGS_EN = new Set([
  "outraged", "delighted", "relieved", "shocked", "angered", "saddened", "thrilled", "frustrated", "worried", "concerned",
  "disappointed", "devastated", "stunned", "horrified", "excited", "amazed", "elated", "overjoyed", "pleased", "annoyed",
  "disgusted", "bemused", "baffled", "dismayed", "incensed", "infuriated", "exasperated", "heartbroken", "furious", "proud",
]);

export function subjectAfter(ctx: Ctx, v: number, ceiling: number, articledOrganisation = true): Mention | null {
  const at = pastAdverbials(ctx, v + 1, ceiling);
  const feeling = ctx.tokens[at];
  const k = ctx.language === "en" && feeling !== undefined && feeling.kind === "word" && FEELINGS_EN.has(feeling.text) && ((ctx.tokens[at + 1]?.flags ?? 0) & (CAPITALISED | PERSON_ROLE_WORD)) !== 0 ? at + 1 : at;
  if (k > ceiling) return null;
  const one = theOneWho(ctx, k, ceiling) ?? qualifiedName(ctx, k, ceiling);
  if (one !== null) return one;
  const tail = tailAt(ctx, k);
  if (tail !== null) return tail;
  // "“…,” said the statement.": the words of the organisation whose statement it is.
  const statement = statementAt(ctx, k);
  if (statement !== null && statement.kind === "name") return statement;
  if (statement !== null && /^(?:[.,;!?]|)$/.test(ctx.tokens[k + 2]?.text ?? "")) return { ...statement, head: STATEMENT_AFTER };
  const epithet = nameAfterEpithet(ctx, k, ceiling);
  if (epithet !== null) return epithet;
  // "said the Met Office forecaster Mark Willard": an organisation's name modifies the role.
  const lead = mentionStarting(ctx, DEFINITE_ARTICLES.has(ctx.tokens[k]?.lower ?? "") ? k + 1 : k);
  // "said No Limit crew member Declan Brennan": a capitalised word no name starts with may open a boat's or a team's name.
  const capitalised = ((ctx.tokens[k]?.flags ?? 0) & CAPITALISED) !== 0 && ((ctx.tokens[k + 1]?.flags ?? 0) & CAPITALISED) !== 0;
  const modifier = lead ?? (capitalised ? mentionStarting(ctx, k + 1) : null);
  const modified = modifier === null ? null : personAfterModifier(ctx, modifier, ceiling);
  if (modified !== null) return modified;
  const described = describedHolder(ctx, k, ceiling);
  if (described !== null) return described;
  // "said the company's boss": a possessive role starts after its article.
  if (lead !== null && lead.kind === "role" && lead.first === k + 1) return named(ctx, lead);
  // "», a indiqué la SNCF", "said the BBC": an organisation's name after its article. Not before the
  // quotation (`articledOrganisation` false), where it is the verb's object: "… a condamné le Hamas, « … »".
  // Not a name that modifies the role its article opens: "said the Labour leader".
  const modifies = mentionStarting(ctx, k) !== null || ((ctx.tokens[(lead?.last ?? 0) + 1]?.flags ?? 0) & (ROLE_WORD | PERSON_ROLE_WORD)) !== 0;
  if (articledOrganisation && lead !== null && lead.kind === "name" && lead.type !== "person" && lead.first === k + 1 && !lead.possessive && !modifies) return named(ctx, lead);
  const roleLed = roleWordsThenName(ctx, k, ceiling);
  if (roleLed !== null) return roleLed;
  // "said union leader Moira Keane": lowercase title words may stand before the name.
  // "said 35-year-old homemaker Sukanya Rao": so may an age and a plain noun, before a person's name.
  let plain = 0;
  let complement = false;
  for (let f = k; f <= ceiling && f < k + 7; f++) {
    const m = mentionStarting(ctx, f);
    if (m !== null && plain > 0 && (m.kind !== "name" || m.type === "organisation")) return null;
    // "said the club's new manager Tim Ray": the possessor is whose manager, not who speaks.
    if (m !== null && m.possessive) return nameAfterTitle(ctx, m.last + 1, ceiling) ?? named(ctx, m);
    if (m !== null) return (m.kind === "role" ? holderAfterRole(ctx, m, ceiling) : null) ?? named(ctx, m);
    const t = ctx.tokens[f];
    // "said grower Peter Lang": a plain noun right before a person's full name describes them.
    const full = f === k && t !== undefined && plainNoun(ctx, t) ? mentionStarting(ctx, f + 1) : null;
    if (full !== null && full.kind === "name" && full.type === "person" && full.last > full.first) return named(ctx, full);
    if (t !== undefined && t.kind === "word" && f === k && ctx.language === "en" && isAgeNoun(t.lower)) {
      plain++;
      continue;
    }
    if (t !== undefined && plain > 0 && plain < 3 && plainNoun(ctx, t)) {
      plain++;
      continue;
    }
    // Titles too: "a demandé Me Fathi Benbrahim", "said Gov. Kim Reynolds", "a dit le Dr Amadou Camara".
    const articleOfTitle = f === k && t !== undefined && DEFINITE_ARTICLES.has(t.lower) && ((ctx.tokens[f + 1]?.flags ?? 0) & TITLE_WORD) !== 0;
    // "said Chief Secretary to the Treasury Danny Alexander": a title's "to the" complement.
    const toThe = inToThe(ctx.tokens, f);
    complement ||= toThe;
    const ofComplement = complement && t !== undefined && (t.flags & CAPITALISED) !== 0;
    if (t === undefined || !(articleOfTitle || toThe || ofComplement || (t.kind === "word" && (t.flags & (ROLE_WORD | TITLE_WORD | PREMODIFIER)) !== 0) || /^(?:of|for|de|du|des|d’|\.)$/.test(t.lower))) break;
  }
  // "said FCC Chairwoman Jessica Rosenworcel", "said Houston Mayor John Whitmire": an organisation's or a
  // place's name may lead the title.
  // Only after a verb in a tense of its own: "a déclaré lors de… X", not a participle's agent ("annoncée par le directeur, X").
  const cue = ctx.tokens[v]?.info.verb[ctx.language];
  const tensed = cue != null && (cue.finite && (!cue.participle || ((ctx.tokens[v - 1]?.flags ?? 0) & AUXILIARY) !== 0 || ((ctx.tokens[v - 2]?.flags ?? 0) & AUXILIARY) !== 0));
  return nameAfterDescription(ctx, k, ceiling) ?? epithetAfter(ctx, k, ceiling) ?? titledPerson(ctx, k, ceiling) ?? (tensed ? lateSubject(ctx, k, ceiling) : null) ??
    pointedDescription(ctx, k, ceiling);
}

/** French demonstratives and the gender of the noun they open. */
const POINTERS_FR: ReadonlyMap<string, "male" | "female"> = new Map([["cette", "female"]]);
/** Adjectives that may stand between the demonstrative and its noun: "cette ancienne contrôleuse". */
const POINTED_ADJECTIVES = new Set(["ancien", "ancienne", "jeune", "nouveau", "nouvel", "nouvelle", "vieux", "vieil", "vieille", "fidèle", "grand", "grande"]);

/**
 * "», explique cette ancienne contrôleuse aérienne": a feminine demonstrative and a noun for a woman, after an
 * inverted French verb, point back to a person though the noun is in no list of roles. Not masculine ones, which
 * name papers, places and firms as often ("ce quotidien", "ce chantier", "ce fournisseur").
 * The phrase as a role of that gender, its head the noun; null when the words are not so.
 */
function pointedDescription(ctx: Ctx, at: number, ceiling: number): Mention | null {
  // The adverbials skipped before the subject take "ce" ("ce matin"): the demonstrative may stand just before.
  const k = POINTERS_FR.has(lowerAt(ctx, at)) ? at : at - 1;
  const gender = ctx.language === "fr" ? POINTERS_FR.get(lowerAt(ctx, k)) : undefined;
  if (gender === undefined) return null;
  const n = POINTED_ADJECTIVES.has(lowerAt(ctx, k + 1)) ? k + 2 : k + 1;
  const noun = ctx.tokens[n];
  if (n > ceiling || noun === undefined || !unlistedPersonNoun(noun, "fr")) return null;
  return {
    kind: "role", first: k, last: n, text: textOf(ctx.tokens, ctx.source, k, n, ctx.base), role: null, head: noun.lower,
    modifiers: n > k + 1 ? [lowerAt(ctx, k + 1)] : NO_MODIFIERS, gender, type: "person", possessive: false, sameAs: null, implied: null,
    plural: false, descriptive: false, partitive: false,
  };
}

/** Words that link a title to its complement: "le président du tribunal François Haddad". */
const TITLE_LINKS = new Set(["de", "du", "des", "d’", "d'"]);

/** Adverbs that may end the circumstances before an inverted subject: "insiste une fois de plus Paul Martin". */
const LATE_ADVERBS = new Set(["plus", "encore", "aussi", "également", "alors", "enfin", "toutefois", "pourtant", "ensuite", "déjà", "même", "aujourd’hui", "hier", "soir", "matin"]);

/** How far past a French verb an inverted subject may stand behind its circumstances. */
const LATE_SUBJECT_REACH = 20;

/** Possessives that may open the title of an inverted subject: "son président", "leur porte-parole". */
const TITLE_POSSESSIVES_FR = new Set(["son", "sa", "leur"]);

/**
 * "a déclaré lors d’une conférence de presse organisée à Paris Jim Furyk, le capitaine…": in French the
 * inverted subject may come after a long phrase of time or place. A person's full name that no
 * preposition governs, closing the clause or opening an appositive, before any other verb.
 */
function lateSubject(ctx: Ctx, k: number, ceiling: number): Mention | null {
  if (ctx.language !== "fr") return null;
  for (let f = k; f <= ceiling && f <= k + LATE_SUBJECT_REACH; f++) {
    const t = ctx.tokens[f] as Token;
    // A participle ("organisée à Paris") qualifies the phrase; a finite verb or an auxiliary starts another clause.
    const participle = /(?:é|ée|és|ées)$/.test(t.lower);
    if (t.kind === "quote" || /^[.;:!?]$/.test(t.text) || ((t.flags & (FINITE_VERB_FR | AUXILIARY)) !== 0 && !participle)) return null;
    const m = mentionStarting(ctx, f);
    if (m === null || m.kind !== "name" || m.type !== "person" || m.last === m.first) continue;
    const after = ctx.tokens[m.last + 1];
    if (after !== undefined && !/^[,.;]$/.test(after.text)) return null;
    // Not one a verb, a preposition or a noun governs, through its title: "avec le président américain Joe
    // Biden", "après avoir rencontré Joe Biden"; a comma, a place or a medium may stand before it.
    let b = f - 1;
    // ", son président Jean-Marc Janaillac": a possessive may open the title too.
    while (b > k && (((ctx.tokens[b]?.flags ?? 0) & (TITLE_WORD | ROLE_WORD)) !== 0 || DEFINITE_ARTICLES.has(lowerAt(ctx, b)) || TITLE_POSSESSIVES_FR.has(lowerAt(ctx, b)) || TITLE_LINKS.has(lowerAt(ctx, b)) || adjectiveFr(lowerAt(ctx, b)) || NATIONALITIES_FR.has(lowerAt(ctx, b)))) b--;
    const lead = ctx.tokens[b];
    // Nor a name set between commas: "à son homologue, Antony Blinken, le ministre X".
    // A comma may lead to the name through its title: ", le ministre Jean-Noël Barrot".
    const free = b === k - 1 || (lead?.text === "," ? b < f - 1 : ((lead?.flags ?? 0) & CAPITALISED) !== 0 || LATE_ADVERBS.has(lowerAt(ctx, b)) || /ment$/.test(lowerAt(ctx, b)));
    if (!free) continue;
    return m;
  }
  return null;
}

/**
 * Whether a title word stands at `k`, or right after a few more capitalised words: "Mayor", "Agriculture Secretary"
 * ("said Wisconsin Agriculture Secretary Rod Nilsestuen": a place, a field, then the title).
 */
function titleWithin(tokens: readonly Token[], k: number): boolean {
  // "BC Ferries Public Affairs Executive Director": a body's name of a few capitalised words may lead the title.
  for (let f = k; f < k + TITLE_LEAD; f++) {
    const t = tokens[f];
    if (t === undefined || t.kind !== "word") return false;
    if ((t.flags & (TITLE_WORD | ROLE_WORD)) !== 0) return true;
    if ((t.flags & CAPITALISED) === 0) return false;
  }
  return false;
}

/** How many words, title included, `titleWithin` reads. */
const TITLE_LEAD = 4;

/** A person's name that title words, led by one capitalised name ("FCC", "Houston"), open at `k`. */
function titledPerson(ctx: Ctx, k: number, ceiling: number): Mention | null {
  const lead = ctx.tokens[k];
  if (lead === undefined || lead.kind !== "word" || (lead.flags & CAPITALISED) === 0 || !((lead.flags & TITLE_WORD) !== 0 || titleWithin(ctx.tokens, k + 1))) return null;
  const m = nameAfterTitle(ctx, k, ceiling);
  // Not "said Apple CEO Tim Cook's spokeswoman", nor one of two: "said Mayor John Whitmire and Police Chief Troy Finner".
  if (m === null || m.kind !== "name" || m.type !== "person" || m.possessive || /^(?:and|et|&)$/.test(lowerAt(ctx, m.last + 1))) return null;
  for (let f = k; f < m.first; f++) if (/^(?:and|et|&)$/.test(lowerAt(ctx, f))) return null;
  return m;
}

/**
 * "said road policing director Superintendent Steve Greally": a few lowercase words ending on a person's role
 * noun, then a person's name (with its own title), closing the clause. The name, or null.
 */
function roleWordsThenName(ctx: Ctx, k: number, ceiling: number): Mention | null {
  if (ctx.language !== "en") return null;
  let f = k;
  while (f <= ceiling && f < k + 4 && ctx.tokens[f]?.kind === "word" && ((ctx.tokens[f] as Token).flags & LOWERCASE) !== 0 && ctx.tokens[f]?.info.verb.en == null && mentionStarting(ctx, f) === null) f++;
  if (f === k || f - k < 2 || ((ctx.tokens[f - 1]?.flags ?? 0) & PERSON_ROLE_WORD) === 0) return null;
  const m = mentionStarting(ctx, f) ?? nameAfterTitle(ctx, f, ceiling);
  if (m === null || m.kind !== "name" || m.type !== "person" || m.possessive) return null;
  const after = ctx.tokens[m.last + 1];
  return after === undefined || /^[.,;!?]$/.test(after.text) ? named(ctx, m) : null;
}

/** Articles a qualified name may take: `an emotional Ward`, `une Marie Dupont émue`. */
const QUALIFYING_ARTICLES = new Set(["a", "an", "the", "un", "une"]);

/**
 * `said an emotional Ward.`, `said a defiant Jones.`: an article and an adjective or two before a
 * name that closes the clause qualify that person. The name, or null.
 */
function qualifiedName(ctx: Ctx, k: number, ceiling: number): Mention | null {
  if (!QUALIFYING_ARTICLES.has(lowerAt(ctx, k))) return null;
  // "says an emotional Ms. Banet": a courtesy title and its full stop lead into the name.
  let reach = k + 3;
  for (let f = k + 1; f <= ceiling && f <= reach; f++) {
    const title = ctx.tokens[f];
    if (f > k + 1 && title !== undefined && (title.flags & TITLE_WORD) !== 0 && (title.flags & LOWERCASE) === 0 && mentionStarting(ctx, f) === null) {
      const stop = ctx.tokens[f + 1]?.text === "." ? 1 : 0;
      f += stop;
      reach += 1 + stop;
      continue;
    }
    const m = mentionStarting(ctx, f);
    if (m !== null) {
      const after = ctx.tokens[m.last + 1];
      const closes = after === undefined || /^[.,;!?]$/.test(after.text);
      return f > k + 1 && closes && m.kind === "name" && m.type !== "organisation" && !m.possessive ? named(ctx, m) : null;
    }
    const t = ctx.tokens[f] as Token;
    if (t.kind !== "word" || (t.flags & LOWERCASE) === 0 || (t.flags & (ROLE_WORD | PERSON_ROLE_WORD | CONNECTOR)) !== 0 || t.info.verb[ctx.language] !== null || PREPOSITIONS.has(t.lower)) return null;
  }
  return null;
}

/** `celui qui`, `celle dont`: the one a relative clause describes, by gender. */
const ONE_WHO: ReadonlyMap<string, "male" | "female"> = new Map([["celui", "male"], ["celle", "female"]]);

/**
 * `a affirmé celui qui s’est fait connaître à la télévision`: a speaker told only by what they did
 * is the one the text is about, as a pronoun is, unless a name after the clause says who. Null when no
 * such phrase starts at `k`.
 */
function theOneWho(ctx: Ctx, k: number, ceiling: number): Mention | null {
  const gender = ONE_WHO.get(lowerAt(ctx, k));
  if (gender === undefined || !/^(?:qui|dont)$/.test(lowerAt(ctx, k + 1))) return null;
  // "explique celui qui l’a recruté, le directeur sportif Arnaud Pouille": the name after the clause says who.
  for (let f = k + 2; f < ceiling; f++) {
    if (ctx.tokens[f]?.kind === "quote") break;
    if (ctx.tokens[f]?.text !== ",") continue;
    const m = named(ctx, mentionStarting(ctx, f + 1) ?? (DETERMINERS.has(lowerAt(ctx, f + 1)) ? mentionStarting(ctx, f + 2) : null));
    if (m !== null && m.kind === "name" && m.type !== "organisation" && /^[.;!?]?$/.test(ctx.tokens[m.last + 1]?.text ?? "")) return m;
    break;
  }
  return {
    kind: "pronoun", first: k, last: k, text: ctx.tokens[k]?.text ?? "", role: null, head: THE_ONE, modifiers: NO_MODIFIERS, gender, type: "person",
    possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false,
  };
}

/** Link words a descriptive phrase's complement may open with: `le milieu de terrain`, `l’édile de Saint-Prex`. */
const EPITHET_LINKS = new Set(["de", "du", "des", "d’", "of", "en"]);
/** How many words such a phrase may take, article included. */
const MAX_EPITHET = 6;
/** "prédit une navetteuse", "said a commuter": someone new, described but not named. */
const INDEFINITE = new Set(["un", "une", "a", "an", "one"]);
/** Adjectives that stand before the noun of such a phrase: `la jeune cinéaste`, `the veteran skipper`. */
const PRE_NOUN = new Set(["jeune", "vieux", "vieil", "vieille", "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "futur", "future", "young", "old", "former", "veteran", "new"]);
/** Determiners of a plural noun phrase: `les organisateurs`, `deux fans`, `plusieurs habitants`, `the organisers`. */
const PLURAL_LEADS = new Set([
  "les", "des", "deux", "trois", "quatre", "cinq", "plusieurs", "quelques", "certains", "certaines", "nombreux", "nombreuses",
  "two", "three", "four", "five", "several", "some", "many",
]);

/** `organisateurs` → `organisateur`, `fans` → `fan`, `travaux` → `travail`… only the plain -s and -x plurals; else the word itself. */
function singularOf(word: string): string {
  return /[sx]$/.test(word) && word.length > 3 ? word.slice(0, -1) : word;
}

/** Nouns for people whose article tells nothing of their sex: "un couple" is two people, "une voix" anyone's. */
const SEXLESS_PERSON_NOUNS = new Set(["couple", "famille", "family", "voix", "voice"]);
/** Nouns for people that no agent ending tells: `un membre de l’opposition`, `a close friend`. */
const PERSON_NOUNS = new Set([
  "membre", "proche", "voisin", "voisine", "ami", "amie", "collègue", "élu", "élue", "responsable", "cadre", "témoin",
  "member", "neighbour", "neighbor", "friend", "relative", "colleague", "official", "insider", "source",
  "fan", "héritier", "héritière", "parent", "élève", "citoyen", "citoyenne", "résident", "résidente", "supporter", "jeune",
  "marié", "mariée", "fiancé", "fiancée", "bride", "groom", "quidam", "inconnu", "inconnue", "anonyme", "stranger",
  ...SEXLESS_PERSON_NOUNS,
]);
/** The agent ending documents share with people (`la nouvelle circulaire`, but `la secrétaire`). */
const DOCUMENT_ENDING = /aire$/;
/** Endings of nouns for people by what they do: `commuter`, `onlooker`, `navetteuse`, `passante`. */
const AGENT_ENDING: Readonly<Record<"en" | "fr", RegExp>> = {
  en: /(?:er|or|ist|ian|ant|ent|ee)$/,
  fr: /(?:eur|euse|rice|ier|ière|iste|aste|ien|ienne|ant|ante|ent|ente|aire)$/,
};

/**
 * `", raconte le boutiquier."`, `", a lâché le milieu de terrain."`, `", said a commuter."`: a noun phrase the role
 * lexicon lacks, closing the cue's clause, is still who speaks. The whole phrase must end the clause,
 * so `a déclaré le texte adopté hier par…` names no one.
 */
function epithetAfter(ctx: Ctx, k: number, ceiling: number): Mention | null {
  const { tokens } = ctx;
  const article = tokens[k];
  // "la jeune cinéaste", "the young filmmaker": an adjective of age or standing may come before the noun.
  const adjective = PRE_NOUN.has(tokens[k + 1]?.lower ?? "") ? 1 : 0;
  const head = tokens[k + 1 + adjective];
  // "précisent les organisateurs", "glissent deux fans venus de Yamoussoukro": people in the plural, after a plural verb.
  const plural = article !== undefined && PLURAL_LEADS.has(article.lower);
  if (article === undefined || head === undefined || !(DEFINITE_ARTICLES.has(article.lower) || INDEFINITE.has(article.lower) || plural)) return null;
  if (head.kind !== "word" || (head.flags & LOWERCASE) === 0 || head.info.verb[ctx.language] !== null || head.text.length < 3) return null;
  if (speechNoun(head.flags, ctx.language) || mentionStarting(ctx, k + 1) !== null || mentionStarting(ctx, k + 1 + adjective) !== null) return null;
  // Someone new is told by what they do ("une navetteuse", "a commuter"), not "une pancarte" or "un rapport";
  // so is someone an adjective qualifies ("the new guidance", "la nouvelle circulaire" are documents).
  // In the plural, only a noun for people that shows its plural: "les organisateurs", not "les chiffres".
  const one = plural ? singularOf(head.lower) : head.lower;
  if (plural && (one === head.lower || !(AGENT_ENDING[ctx.language].test(one) || PERSON_NOUNS.has(one)))) return null;
  if ((INDEFINITE.has(article.lower) || adjective > 0) && !AGENT_ENDING[ctx.language].test(one) && !PERSON_NOUNS.has(one)) return null;
  if (adjective > 0 && DOCUMENT_ENDING.test(head.lower)) return null;
  let last = k + 1 + adjective;
  if (EPITHET_LINKS.has(tokens[last + 1]?.lower ?? "")) {
    let f = last + 2;
    while (f <= ceiling && f < k + MAX_EPITHET && tokens[f]?.kind === "word" && tokens[f]?.info.verb[ctx.language] === null) f++;
    if (f === last + 2) return null;
    last = f - 1;
  }
  const after = tokens[last + 1];
  // "explique un membre de l'ATSU 38 (Association des transports sanitaires urgents).": an acronym's expansion in brackets closes it too.
  if (last > ceiling || (after !== undefined && !/^[.,;!?(]$/.test(after.text))) return null;
  // "a relevé l’édile de Saint-Prex, Stéphane Porzi": the name in apposition says who.
  const apposed = after?.text === "," ? mentionStarting(ctx, last + 2) : null;
  if (apposed !== null && apposed.kind === "name" && apposed.type !== "organisation" && !apposed.possessive && /^[.;!?]?$/.test(tokens[apposed.last + 1]?.text ?? "")) return named(ctx, apposed);
  const gender = SEXLESS_PERSON_NOUNS.has(one) ? null : article.lower === "la" || article.lower === "une" ? "female" : article.lower === "le" || article.lower === "un" ? "male" : null;
  return {
    kind: "role", first: k, last, text: textOf(tokens, ctx.source, k, last, ctx.base), role: null, head: head.lower, modifiers: NO_MODIFIERS,
    gender: plural ? null : gender, type: "person", possessive: false, sameAs: null, implied: null, plural, descriptive: true, partitive: false,
  };
}

/** Determiners that open a description a name then stands in apposition to. */
const DESCRIPTION_LEADS = new Set(["the", "a", "an", "its", "his", "her", "their", "le", "la", "l’", "un", "une", "son", "sa", "ses", "leur"]);
/** How many words such a description may take. */
const MAX_DESCRIPTION = 6;

/**
 * `said the project's engineer, Ravi Menon`, `explique l’ingénieur du chantier, Omar Haddad`: a
 * description in words the lexicon may not know, then the person's name between commas. The name
 * must close the phrase, so `said the engineer, Omar Haddad's colleague` is not Haddad.
 */
function nameAfterDescription(ctx: Ctx, k: number, ceiling: number): Mention | null {
  // "says union president, Darrell Bush": the description may come with no determiner.
  const bare = ctx.language === "en" && !DESCRIPTION_LEADS.has(ctx.tokens[k]?.lower ?? "") && plainNoun(ctx, ctx.tokens[k] as Token);
  if (!DESCRIPTION_LEADS.has(ctx.tokens[k]?.lower ?? "") && !bare) return null;
  let f = bare ? k : k + 1;
  for (; f <= ceiling && f <= k + MAX_DESCRIPTION; f++) {
    const t = ctx.tokens[f] as Token;
    if (t.text === ",") break;
    if (mentionStarting(ctx, f) !== null) return null;
    if (t.kind !== "word" || (t.flags & LOWERCASE) === 0 || t.info.verb[ctx.language] !== null) return null;
  }
  if (f === k + (bare ? 0 : 1) || ctx.tokens[f]?.text !== ",") return null;
  // "said town council leader, Coun Tom Harvey": the name may come behind an abbreviated title.
  const m = mentionStarting(ctx, f + 1) ?? (abbreviatedAt(ctx, f + 1) || ((ctx.tokens[f + 1]?.flags ?? 0) & (TITLE_WORD | CAPITALISED)) === (TITLE_WORD | CAPITALISED) ? nameAfterTitle(ctx, f + 1, ceiling) : null);
  if (m === null || m.kind !== "name" || m.type === "organisation" || m.possessive) return null;
  const after = ctx.tokens[m.last + 1];
  if (after !== undefined && after.kind === "word" && !PREPOSITIONS.has(after.lower)) return null;
  return named(ctx, m);
}

/** How many tokens a title may take before its holder's name ("U.N. Undersecretary-General for Humanitarian Affairs and…"). */
const MAX_TITLE = 16;

/** Whether token `f` is the "to" or the "the" of a title's "to the" complement ("Secretary to the Treasury"). */
function inToThe(tokens: readonly Token[], f: number): boolean {
  const w = tokens[f]?.lower;
  return (w === "to" && tokens[f + 1]?.lower === "the") || (w === "the" && tokens[f - 1]?.lower === "to");
}

/** The `)` closing the bracket opened at `open`, no further than `to`, or -1. */
function closingBracket(ctx: Ctx, open: number, to: number): number {
  for (let f = open + 1; f <= to; f++) if (ctx.tokens[f]?.text === ")") return f;
  return -1;
}

/** A person's name after title words (and an organisation's name) from `k`: `Veltro Chief Executive Paul Hargreave`. */

export function nameAfterTitle(ctx: Ctx, k: number, last: number): Mention | null {
  let titled = false;
  // "PDA national general secretary Tarun Mehra": two plain adjectives may precede the title words.
  let plain = 0;
  for (let f = k; f <= last && f < k + MAX_TITLE; f++) {
    const x = mentionStarting(ctx, f);
    if (x !== null && x.kind === "name" && x.type !== "organisation" && f > k) return titled ? x : null;
    const t = ctx.tokens[f];
    if (t?.text === "." && (((ctx.tokens[f - 1]?.flags ?? 0) & TITLE_WORD) !== 0 || abbreviatedAt(ctx, f - 1))) continue; // "Dr. Ana Ruiz", "Lt. Mark Reyes"
    if (t?.text === "." && isInitial(ctx.tokens[f - 1]?.text ?? "")) continue; // "U.N. Emergency Relief Coordinator"
    // "Employers & Manufacturers Association (Northern) chief executive X": a bracket inside the organisation's name.
    if (t?.text === "(") {
      const close = closingBracket(ctx, f, Math.min(last, f + 5));
      if (close < 0) return null;
      f = close;
      continue;
    }
    if (t?.text === "&") continue; // "Employers & Manufacturers Association"
    if (t === undefined || t.kind !== "word") return null;
    // "Undersecretary-General for Humanitarian Affairs and Emergency Relief Coordinator": two titles.
    if (titled && (t.lower === "and" || t.lower === "et")) continue;
    // "Director of the Georgia Bureau of Investigation Vic Reynolds": an article after the title's link word.
    if (titled && DEFINITE_ARTICLES.has(t.lower) && ((ctx.tokens[f - 1]?.flags ?? 0) & CONNECTOR) !== 0) continue;
    // "Chief Secretary to the Treasury Danny Alexander": so may "to the".
    if (titled && inToThe(ctx.tokens, f)) continue;
    if ((t.flags & (CAPITALISED | ROLE_WORD | TITLE_WORD | PREMODIFIER | CONNECTOR)) === 0) {
      if (titled || ++plain > 2 || (t.flags & LOWERCASE) === 0 || t.info.verb[ctx.language] !== null || prepositionStart(t.flags, ctx.language)) return null;
      continue;
    }
    if ((t.flags & (ROLE_WORD | TITLE_WORD)) !== 0 || abbreviatedAt(ctx, f)) titled = true;
  }
  return null;
}

/** Whether token `k` is a capitalised abbreviated title before its full stop: "Lt.", "Maj.", "Adm." ("Gen Nakatani" is a name). */
function abbreviatedAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && (t.flags & CAPITALISED) !== 0 && ABBREVIATED_TITLES.has(t.lower) && ctx.tokens[k + 1]?.text === ".";
}

/**
 * `GNS Science seismologist Dr Matt Gerling`, `the Met Office forecaster Mark Willard`: a name used as
 * a modifier, one or two nouns the lexicon may not know, maybe title words, then a person's name.
 * Returns that person, or null when `m` is not followed so. A possessive name may lead to the person directly.
 */
export function personAfterModifier(ctx: Ctx, m: Mention, last: number): Mention | null {
  if (m.kind !== "name") return null;
  // "the Bureau’s Jake Phillips", "Ofcom's Gill Whitehead": the possessor is where the person works.
  if (m.possessive) {
    const x = m.last < last ? mentionStarting(ctx, m.last + 1) : null;
    // "Labour's Gannon said": a bare surname too, when a reporting verb follows it.
    // Not a noun that reads as a verb: "Boeing's Starliner report said" is the report's.
    const after = x === null ? undefined : ctx.tokens[x.last + 1];
    const speaks = x !== null && x.type === "unknown" && after !== undefined && after.info.verb[ctx.language]?.finite === true && !speechNoun(after.flags, ctx.language);
    return x !== null && x.kind === "name" && (x.type === "person" || speaks) && !x.possessive ? x : null;
  }
  let nouns = 0;
  // "Zimbabwe Electoral Commission (ZEC) chairwoman Priscilla Chigumba": past the body's initials.
  const from = ctx.tokens[m.last + 1]?.text === "(" && ctx.tokens[m.last + 3]?.text === ")" ? m.last + 4 : m.last + 1;
  for (let f = from; f <= last && f <= from + 5; f++) {
    const x = mentionStarting(ctx, f);
    if (x !== null) return nouns > 0 && x.kind === "name" && x.type === "person" ? x : null;
    const t = ctx.tokens[f];
    if (t === undefined) return null;
    if (t.text === "." && ((ctx.tokens[f - 1]?.flags ?? 0) & TITLE_WORD) !== 0) continue; // "Dr. Ruiz"
    if (t.kind !== "word") return null;
    if ((t.flags & (ROLE_WORD | TITLE_WORD)) !== 0) nouns++;
    else if (plainNoun(ctx, t) && nouns < 2) nouns++;
    else return null;
  }
  return null;
}

/**
 * `ajoute l’espiègle Cédric Varin`, `said the ever-cautious Nora Quist`: a determiner and one or two
 * plain words the lexicon does not know stand before a person's name.
 */
export function nameAfterEpithet(ctx: Ctx, k: number, ceiling: number): Mention | null {
  if (!DEFINITE_ARTICLES.has(ctx.tokens[k]?.lower ?? "")) return null;
  // "a estimé l’Américaine Mikaela Shiffrin": a capitalised origin before a person's full name.
  const origin = ctx.tokens[k + 1];
  const full = mentionStarting(ctx, k + 2);
  if (origin !== undefined && origin.kind === "word" && (origin.flags & CAPITALISED) !== 0 && mentionStarting(ctx, k + 1) === null && full !== null && full.kind === "name" && full.type === "person" && full.last > full.first && full.last <= ceiling) return full;
  for (let f = k + 1; f <= ceiling && f <= k + 3; f++) {
    const m = mentionStarting(ctx, f);
    if (m !== null) return f > k + 1 && m.kind === "name" && m.type !== "organisation" ? m : null;
    const t = ctx.tokens[f];
    if (t === undefined || t.kind !== "word" || (t.flags & LOWERCASE) === 0 || t.info.verb[ctx.language] !== null || PREPOSITIONS.has(t.lower)) return null;
  }
  return null;
}

/** Index of the first mention starting at or after token `from` (mentions are sorted by start). */
export function firstMentionFrom(ctx: Ctx, from: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.mentions[mid]?.first ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that may stand between a preposition and the name it governs: `de son capitaine X`, `to the club's coach X`. */
const NOUN_PHRASE_LEAD = new Set(["the", "his", "her", "their", "its", "our", "le", "la", "l’", "les", "son", "sa", "ses", "leur", "leurs", "notre"]);

/**
 * Whether a preposition governs mention `m`, right before it or before the determiner and title
 * words that lead to it: "au sujet de son capitaine Eden X", "with the club's manager X".
 */
export function governed(ctx: Ctx, m: Mention): boolean {
  // "between Hancock and Kanye West": a name joined to one a preposition governs is governed too.
  if (AND_OR.has(lowerAt(ctx, m.first - 1))) {
    const before = mentionEnding(ctx, m.first - 2);
    if (before !== null && before.kind === "name" && governedHere(ctx, before)) return true;
  }
  return governedHere(ctx, m);
}

/** Words joining two names as one phrase. */
const AND_OR = new Set(["and", "or", "et", "ou"]);

/** Whether token `k` opens its sentence (a capital there says nothing of the word). */
function opensSentence(ctx: Ctx, k: number): boolean {
  return (sentenceAt(ctx, k)?.[0] ?? -1) === k;
}

function governedHere(ctx: Ctx, m: Mention): boolean {
  let plain = 0;
  for (let b = m.first - 1; b >= 0 && b >= m.first - 5; b--) {
    const t = ctx.tokens[b];
    if (t === undefined || t.kind !== "word") return false;
    // "A Menton, « … »": French capitals often drop the accent of "À".
    if (PREPOSITIONS.has(t.lower) || (ctx.language === "fr" && t.text === "A" && b === m.first - 1 && opensSentence(ctx, b))) return plain === 0 || (OF_LINKS.has(t.lower) && nounAt(ctx, b - 1) && !verbAfter(ctx, m));
    // "sa parcelle du jardin familial Grand Grès": a name after a complement's plain noun names that thing.
    if (!NOUN_PHRASE_LEAD.has(t.lower) && (t.flags & (ROLE_WORD | TITLE_WORD | PREMODIFIER)) === 0) {
      if (++plain > 2 || (t.flags & (LOWERCASE | CONNECTOR)) !== LOWERCASE || t.info.verb[ctx.language] !== null || AND_OR.has(t.lower)) return false;
    }
  }
  return false;
}

/** Whether token `k` is a lowercase word no verb reads: a noun a complement may hang on ("parcelle", not "De son côté"). */
function nounAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.kind === "word" && (t.flags & (LOWERCASE | CONNECTOR)) === LOWERCASE && t.info.verb[ctx.language] === null && !NOUN_PHRASE_LEAD.has(t.lower);
}

/** Whether a verb follows mention `m`: "À l’issue de la réunion du conseil Paul Dupont a qualifié…" has it as subject. */
function verbAfter(ctx: Ctx, m: Mention): boolean {
  const t = ctx.tokens[m.last + 1];
  return t !== undefined && t.kind === "word" && ((t.flags & AUXILIARY) !== 0 || t.info.verb[ctx.language] !== null || ((t.flags & (LOWERCASE | CONNECTOR)) === LOWERCASE && !PREPOSITIONS.has(t.lower) && !AND_OR.has(t.lower)));
}

/** Prepositions that make a complement of a noun: "du jardin familial Grand Grès", "of the Pine Hill estate". */
const OF_LINKS = new Set(["de", "du", "des", "d’", "d'", "of"]);

/**
 * "Dans le quartier Allabra, Alain Pardo a constaté…", "Knee-deep in the mud of Allabra, Alan Parker
 * looked…": a mention closing a fronted phrase that a preposition opened sets the scene; the subject
 * is the mention right after its comma, when a lowercase word (its verb) follows that.
 */
function fronted(ctx: Ctx, m: Mention, from: number): boolean {
  if (ctx.tokens[m.last + 1]?.text !== ",") return false;
  const n = mentionStarting(ctx, m.last + 2);
  if (n === null || n.kind === "pronoun" || ((ctx.tokens[n.last + 1]?.flags ?? 0) & LOWERCASE) === 0) return false;
  for (let k = m.first - 1; k >= from; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== "word") return false;
    if (PREPOSITIONS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Train company South Western warned…", "Rail operator Northline said": a sentence's capitalised
 * first word before a lowercase role noun is a common noun that modifies it, not someone.
 */
function nounModifier(ctx: Ctx, m: Mention, from: number): boolean {
  if (m.first !== from || m.last !== from || m.type !== "unknown" || firstName(ctx.tokens[from])) return false;
  const next = ctx.tokens[from + 1]?.flags ?? 0;
  return (next & LOWERCASE) !== 0 && (next & (ROLE_WORD | ORG_ROLE | PERSON_ROLE_WORD)) !== 0;
}

/**
 * `la télévision locale ROBtv Anuna De Wever`: one word naming no person, right before a person's full name, says where they spoke;
 * `Citizens Advice chief executive Clare Moriarty`: an organisation her title opens says whom she speaks for. Neither is the subject.
 */
function beforePerson(ctx: Ctx, m: Mention, i: number): boolean {
  const next = ctx.mentions[i + 1];
  if (m.kind !== "name" || next === undefined || next.kind !== "name" || next.type !== "person") return false;
  // "Citizens Advice chief executive Dame Clare Moriarty": an organisation opening the person's title is theirs.
  // "Liberal Democrat opposition leader Ron Beadle": a party's, too, whatever kind the name was taken for.
  if (next.role !== null && next.first - m.last <= 4 && (next.role.startsWith(m.text) || lowercaseTitle(ctx, m.last + 1, next.first - 1))) return true;
  return m.type !== "person" && m.first === m.last && next.first === m.last + 1 && next.last > next.first;
}

/** Whether tokens `from`..`to` are lowercase words ending on a title ("opposition leader"). */
function lowercaseTitle(ctx: Ctx, from: number, to: number): boolean {
  if (to < from || ((ctx.tokens[to]?.flags ?? 0) & (TITLE_WORD | PERSON_ROLE_WORD)) === 0) return false;
  // Not "Ford defended minister Sylvia Jones": a verb between them makes the name its object.
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind !== "word" || (t.flags & LOWERCASE) === 0 || t.info.verb[ctx.language] !== null || (t.flags & (FINITE_VERB_EN | FINITE_VERB_FR | AUXILIARY)) !== 0 || /(?:ed|s)$/.test(t.lower)) return false;
  }
  return true;
}

/** `Comme elle, Mamadou Faye…`, `Like her, Tom…`: a comparison before the subject names someone else. */
const COMPARISONS = new Set(["comme", "like", "unlike", "contrairement"]);

/** Words that open a clause set before the subject: `Asked about…, X said`, `Interrogé sur…, X a dit`. */
const CLAUSE_OPENERS: Readonly<Record<"en" | "fr", ReadonlySet<string>>> = {
  en: new Set(["asked", "pressed", "questioned", "contacted", "reached", "approached"]),
  fr: new Set(["interrogé", "interrogée", "interrogés", "interrogées", "questionné", "questionnée", "invité", "invitée", "joint", "jointe", "contacté", "contactée", "sollicité", "sollicitée", "approché", "approchée"]),
};
/** Conjunctions that open a subordinate clause before the main one: "Si une réunion a lieu…, le maire…". */
const SUBORDINATORS: Readonly<Record<"en" | "fr", ReadonlySet<string>>> = {
  en: new Set(["if", "when", "while", "although", "though", "because", "unless", "once", "whereas"]),
  fr: new Set(["si", "s’", "quand", "lorsque", "lorsqu’", "puisque", "puisqu’", "tandis", "alors", "bien", "même"]),
};
/** Conjunctions that may come before an opening clause: "Mais quand…", "And when…". */
const LEADING_CONJUNCTIONS = new Set(["mais", "et", "puis", "but", "and", "yet"]);
/** How far the comma closing an opening clause may stand, in tokens. */
const MAX_OPENING_CLAUSE = 30;

/**
 * `Stressing that the Dáil was the place, Mr Ó Cuív went on…`: where a sentence opens on a
 * participle or a preposition, the comma ending that clause, if someone is named right after it; else -1.
 */
export function openingClauseEnd(ctx: Ctx, from: number, to: number): number {
  // "Mais quand Benett sera adopté, le soulagement…": a conjunction may lead into the opening clause.
  if (LEADING_CONJUNCTIONS.has(lowerAt(ctx, from))) from++;
  const t = ctx.tokens[from];
  if (t === undefined || t.kind !== "word") return -1;
  // The ending is tested before the pattern: every sentence's first word is asked.
  const opener = (ctx.language === "en" && t.text.endsWith("ing") && /^\p{Lu}\p{Ll}+ing$/u.test(t.text)) || CLAUSE_OPENERS[ctx.language].has(t.lower) || SUBORDINATORS[ctx.language].has(t.lower) || PREPOSITIONS.has(t.lower) || COMPARISONS.has(t.lower);
  if (!opener) return -1;
  for (let k = from + 1; k <= to && k <= from + MAX_OPENING_CLAUSE; k++) {
    const x = ctx.tokens[k] as Token;
    if (x.kind === "quote") return -1;
    if (x.text !== ",") continue;
    // "…, Mr Ó Cuív went on", "…, the minister said": a title or an article may come first.
    let f = k + 1;
    while (f < k + 3 && ctx.tokens[f]?.kind === "word" && mentionStarting(ctx, f) === null && (((ctx.tokens[f]?.flags ?? 0) & TITLE_WORD) !== 0 || DEFINITE_ARTICLES.has(ctx.tokens[f]?.lower ?? ""))) f++;
    const item = mentionStarting(ctx, f);
    // "Si une réunion a lieu entre les représentants d’Adoma, la préfecture et Michel Lebouc, le maire…": a
    // mention "et" follows is one of a list the opening clause holds.
    if (item !== null && !LIST_LINKS.has(lowerAt(ctx, item.last + 1))) return k;
    // "Entre le magasin fermé et l’hôtel Formule 1, leur position est claire": a determiner, a noun and a verb
    // open the main clause, its subject no one named.
    if (item === null && NOUN_OPENERS.has(lowerAt(ctx, k + 1)) && mentionStarting(ctx, k + 2) === null && (COPULAS.has(lowerAt(ctx, k + 3)) || plainVerbAt(ctx, k + 3) || verbOpensClause(ctx, k + 3))) return k;
    // "Dans le service X, qui accueille des personnes âgées, considérées à risque, la docteure Y…": the
    // clause may hold asides of its own before the subject; a verb of the main clause ends the search.
    if (verbOpensClause(ctx, k + 1)) return -1;
  }
  return -1;
}

/** Copulas, which the lexicon leaves without a verb's class ("est" is a point of the compass too). */
const COPULAS = new Set(["est", "sont", "était", "étaient", "reste", "restent", "semble", "semblent", "is", "are", "was", "were", "remains", "seems"]);

/** Words that join the items of a list: "la préfecture et Michel Lebouc". */
const LIST_LINKS = new Set(["et", "and", "ou", "or"]);

/** Whether token `k` is a finite verb or an auxiliary: after a comma, the main clause has started. */
function verbOpensClause(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  // "considérées à risque": a French participle on its own qualifies, it does not open the main clause.
  const participle = ctx.language === "fr" && /(?:é|ée|és|ées)$/.test(t?.lower ?? "");
  return t !== undefined && t.kind === "word" && ((t.flags & AUXILIARY) !== 0 || (t.info.verb[ctx.language]?.finite === true && !participle));
}

/** The sentence's subject: its first mention that no preposition governs and no opening clause holds. */
export function sentenceSubject(ctx: Ctx, from: number, to: number): Mention | null {
  const cleft = cleftSubject(ctx, from, to);
  if (cleft !== null) return cleft;
  const opening = openingClauseEnd(ctx, from, to);
  const start = opening >= 0 ? opening + 1 : from;
  // "There are disease issues…, such as salmonella and E. Coli 0157.": what there is is no one acting; only a
  // name right after the verb is someone brought in ("There was Huw Thomas, 47, …").
  if (ctx.language === "en" && lowerAt(ctx, start) === "there" && BE_FORMS.en.has(lowerAt(ctx, start + 1))) {
    const brought = mentionStarting(ctx, start + 2);
    return brought !== null && brought.kind === "name" ? named(ctx, brought) : null;
  }
  // "Celle-ci a reproché aux formations X de…": the subject is someone named before, not a later mention.
  if (DEMONSTRATIVES.has(ctx.tokens[start]?.lower ?? "")) return null;
  // "Cette niçoise a créé une page Facebook": a determiner and a noun no list knows, then the verb, are the
  // subject; what comes after the verb is its object.
  // (A role further on may still be the one the sentence brings in: "La justice a attribué à X un avocat".)
  if (NOUN_OPENERS.has(lowerAt(ctx, start)) && mentionStarting(ctx, start) === null && mentionStarting(ctx, start + 1) === null && plainVerbAt(ctx, start + 2) && !roleIn(ctx, start, to)) return null;
  let first: Mention | null = null;
  for (let i = firstMentionFrom(ctx, start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.first > to) break;
    // "Rooney Mara (Mon Roi)": a name in brackets tells of the one before it; "des jeux (Mistermind ou encore
    // Burger Quizz)" lists things.
    // "CHARLOTTE — It’s been nearly a decade…": a dateline's place in capitals is no subject.
    // The dash is asked first: it is rare, and the capitals' test copies the name.
    const dash = lowerAt(ctx, m.last + 1);
    const dateline = (dash === "—" || dash === "–") && m.text.length > 2 && m.text === m.text.toUpperCase();
    // "Tout est prêt pour accueillir le futur propriétaire": nor is an infinitive's object.
    if (dateline || governed(ctx, m) || fronted(ctx, m, from) || nounModifier(ctx, m, from) || beforePerson(ctx, m, i) || inBrackets(ctx, start, m.first) || infinitiveBefore(ctx, m.first)) continue;
    const after = ctx.tokens[m.last + 1];
    if (m.possessive && (after === undefined || !speechNoun(after.flags, ctx.language))) continue;
    // "…, initiée par le comité Afrique du Mouvement…, Michel Roussin a qualifié…": past a clause that opens
    // the sentence, the name an auxiliary follows is its subject.
    // "In a letter to Dr Mark Porter, BMA council chair, Hunt has “strongly urged”…": so is an English one.
    // Not past a person who opened the sentence: "Treasurer Ann Kovac was furious that, after weeks of talks, Jones had walked out".
    const englishAux = ctx.language === "en" && AUXILIARIES_EN.has(after?.text ?? "") && (first === null || first.type !== "person");
    // Nor inside what that person said: "Marc Tirole a rappelé qu’au début du mandat, Charles Demouge avait promis…".
    if (m.kind === "name" && after !== undefined && ((after.flags & AUXILIARY) !== 0 || englishAux) && (after.flags & LOWERCASE) !== 0 && ctx.tokens[m.first - 1]?.text === "," && !(first !== null && first.type === "person" && mainClauseAt(ctx, first.last + 1) && thatBetween(ctx, first.last, m.first))) return named(ctx, m);
    // "…, où dans quelques heures la Ferme France s'ouvrira au public, Arnaud Rousseau parle à ses troupes": past
    // a clause an adverb of place or time opens, a person's name before a lowercase word is the subject.
    if (first !== null && m.kind === "name" && m.type === "person" && ctx.tokens[m.first - 1]?.text === "," && after !== undefined && after.kind === "word" && (after.flags & (LOWERCASE | NOT_NAME)) === LOWERCASE && inAdverbialClause(ctx, from, first.first)) return named(ctx, m);
    // "Another arriving in London yesterday was Huw Thomas, 47": one more of a group, then "was" and a person's name,
    // is that person.
    if (ctx.language === "en" && first !== null && first.partitive && first.first === start && m.kind === "name" && m.type === "person" && /^(?:was|is)$/.test(lowerAt(ctx, m.first - 1))) return named(ctx, m);
    first ??= m;
  }
  return first === null ? null : named(ctx, first);
}

/** Words that open an infinitive: "pour accueillir", "de remercier", "to welcome". */
const INFINITIVE_OPENERS = new Set(["pour", "de", "d’", "à", "sans", "to"]);

/** Whether a verb's infinitive stands right before token `k`, which is then its object: "pour accueillir le…", "to thank the…". */
function infinitiveBefore(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k - 1];
  if (t === undefined || t.kind !== "word" || (t.flags & LOWERCASE) === 0 || !INFINITIVE_OPENERS.has(lowerAt(ctx, k - 2))) return false;
  return ctx.language === "fr" ? /(?:er|ir|re)$/u.test(t.lower) : !/(?:s|ed|ing)$/u.test(t.lower) && (t.flags & ROLE_WORD) === 0;
}

/** Whether token `k` stands inside brackets opened at or after `from` and not closed before it. */
export function inBrackets(ctx: Ctx, from: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.kind !== "punct") continue;
    if (t.text === ")") return false;
    if (t.text === "(") return true;
  }
  return false;
}

/** Whether a role is mentioned in tokens `from`..`to`. */
function roleIn(ctx: Ctx, from: number, to: number): boolean {
  for (let i = firstMentionFrom(ctx, from); i < ctx.mentions.length && (ctx.mentions[i] as Mention).first <= to; i++) if ((ctx.mentions[i] as Mention).kind === "role") return true;
  return false;
}

/** Words that open a noun phrase: articles, demonstratives, possessives. */
const NOUN_OPENERS = new Set([...DETERMINERS, "this", "that", "these", "those", "my", "his", "her", "its", "our", "their", "ce", "cet", "cette", "ces", "mon", "ma", "son", "sa", "notre", "leur"]);

/** Whether token `k` is a finite verb or an auxiliary in lowercase, a noun's plain word before it (`niçoise a`). */
function plainVerbAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  const noun = ctx.tokens[k - 1];
  if (t === undefined || noun === undefined || noun.kind !== "word" || (noun.flags & LOWERCASE) === 0 || (t.flags & LOWERCASE) === 0) return false;
  return (t.flags & (AUXILIARY | (ctx.language === "en" ? FINITE_VERB_EN : FINITE_VERB_FR))) !== 0;
}

/**
 * Whether the main clause goes on at `k`, right after its subject: its verb, or an apposition's comma. Not
 * "Jean Castel ayant reconnu que…", "X a beau répéter que…", clauses the main one follows.
 */
export function mainClauseAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined) return false;
  if (t.text === ",") return true;
  return ((t.flags & AUXILIARY) !== 0 || t.info.verb[ctx.language]?.finite === true) && lowerAt(ctx, k + 1) !== "beau";
}

/** Whether a "que" or "that" opening a completive stands between tokens `a` and `b` (exclusive). */
export function thatBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (/^(?:que|qu[’']|that)$/.test(lowerAt(ctx, k))) return true;
  return false;
}


/** How many tokens may stand between "C’est" and its "qui". */
const MAX_CLEFT = 20;

/**
 * "C’est la femme du réalisateur, l’actrice Emmanuelle Seigner, qui est venue…", "It was Ms Hale who
 * said…": a cleft sentence's subject is the phrase right after "c’est", or the person its appositive names.
 */
function cleftSubject(ctx: Ctx, from: number, to: number): Mention | null {
  const fr = /^c['’]$/.test(lowerAt(ctx, from)) && /^(?:est|était)$/.test(lowerAt(ctx, from + 1));
  const en = lowerAt(ctx, from) === "it" && /^(?:is|was)$/.test(lowerAt(ctx, from + 1));
  if (!fr && !en) return null;
  let rel = from + 2;
  while (rel <= to && rel < from + MAX_CLEFT && ctx.tokens[rel]?.kind !== "quote" && !/^(?:qui|who)$/.test(lowerAt(ctx, rel))) rel++;
  if (!/^(?:qui|who)$/.test(lowerAt(ctx, rel))) return null;
  // The phrase right after "c’est": not "C’est ce qu’a expliqué le maire à Jean Dupont, qui…", no cleft at all.
  const lead = mentionStarting(ctx, from + 2);
  if (lead === null || lead.last >= rel || lead.type === "organisation") return null;
  if (lead.kind === "name") return named(ctx, lead);
  // "la femme du réalisateur, l’actrice Emmanuelle Seigner, qui": the name its appositive gives, past its complement.
  let c = lead.last + 1;
  while (c < rel && ctx.tokens[c]?.text !== "," && ctx.tokens[c]?.kind === "word" && ctx.tokens[c]?.info.verb[ctx.language] == null) c++;
  const apposed = ctx.tokens[c]?.text === "," ? named(ctx, mentionStarting(ctx, c + 1) ?? lead) : null;
  return apposed !== null && apposed.kind === "name" && apposed.type === "person" && apposed.last < rel ? apposed : named(ctx, lead);
}

/** Words that open an adverbial clause inside a sentence: "où dans quelques heures…", "when the vote ended". */
const ADVERBIAL_CLAUSE_LEADS = new Set(["où", "where", "when", "while", "whereas", "quand", "lorsque", "lorsqu’", "tandis", "alors", "because", "parce", "puisque", "puisqu’", "although", "though", "bien"]);
/** How far back from a subject such a lead may stand, within the subject's clause. */
const CLAUSE_LEAD_REACH = 6;

/** Whether a lead of an adverbial clause stands between the last comma (or `from`) and token `first`. */
export function inAdverbialClause(ctx: Ctx, from: number, first: number): boolean {
  for (let j = first - 1; j >= from && j >= first - CLAUSE_LEAD_REACH; j--) {
    const t = ctx.tokens[j];
    if (t === undefined || t.text === "," || t.kind === "quote") return false;
    if (ADVERBIAL_CLAUSE_LEADS.has(t.lower)) return true;
  }
  return false;
}

/** Pronouns that stand for someone just named, and are no mention of their own. */
const DEMONSTRATIVES = new Set(["celui-ci", "celle-ci", "ceux-ci", "celles-ci", "celui-là", "celle-là"]);

/** Words that set a second clause against the first, with a subject of its own: "…, but Simon Coveney said". */
const COORDINATORS = new Set(["but", "whereas", "mais", "tandis"]);
/** Words after which a new clause, and its subject, may start. */
const CLAUSE_JOINS = new Set([",", "and", "et", "while", "que", "qu’", ...COORDINATORS]);

/**
 * `Mr Varadkar did not comment but Foreign Affairs Minister Simon Coveney said he…`: the subject of
 * a reporting verb in the sentence's last coordinated clause, when it names someone. The next
 * sentence's pronoun is more likely theirs than the first subject's. Null when there is none.
 */
export function coordinatedReporter(ctx: Ctx, from: number, to: number): Mention | null {
  // A finite reporting verb, read from the flags every token carries: most sentences have none.
  const finite = ctx.language === "en" ? FINITE_VERB_EN : FINITE_VERB_FR;
  for (let k = to; k > from + 1; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.kind === "quote") return null;
    if (t.kind !== "word" || (t.flags & finite) === 0 || (t.flags & LOWERCASE) === 0) continue;
    let c = k - 1;
    while (c > from && c > k - MAX_COMPLEMENT && !COORDINATORS.has(ctx.tokens[c]?.lower ?? "")) c--;
    if (!COORDINATORS.has(ctx.tokens[c]?.lower ?? "")) return null;
    // A name: "… but a police officer said" is someone the pronoun after it rarely means.
    const who = subjectBefore(ctx, k, c + 1);
    return who !== null && who.kind === "name" && who.type !== "organisation" ? who : null;
  }
  return null;
}
