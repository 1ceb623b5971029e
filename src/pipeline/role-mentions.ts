import type { Language } from "../schema/quote.ts";
import type { Gender, Mention } from "./mentions.ts";
import type { Token } from "./tokens.ts";
import { HEADLINE_PREMODIFIERS, INFINITIVES_FR, NATIONALITIES_FR, PARTY_WORDS, isOrdinal } from "./names-lexicon.ts";
import { frenchOrgNameEnd } from "./org-name-fr.ts";
import { isField } from "./fields.ts";
import { ACRONYM as ACRONYM_WORD, AUXILIARY, CAPITALISED, CONNECTOR, LOWERCASE, ORG_ROLE, NAME_WORD, NOT_NAME, ORG_WORD, PLACE_WORD, PREPOSITION_FR, adjectiveFr, PERSON_ROLE_WORD, PLACE, ROLE_WORD, TITLE_WORD, firstName, isAgeNoun } from "./words.ts";

/** "Former NFL star says…": a headline drops the article; a premodifier opening the sentence opens the phrase. */
function opensHeadline(tokens: readonly Token[], b: number, k: number, language: Language): boolean {
  const p = tokens[b - 1];
  // Only a phrase that ends on its role noun: "Acting NSW executive director of Property Council… Adina Cirson" titles a name.
  const next = tokens[k + 1];
  const ends = next === undefined || next.kind !== "word" || ((next.flags & LOWERCASE) !== 0 && !COMPLEMENT_WORDS.has(next.lower));
  return language === "en" && ends && HEADLINE_PREMODIFIERS.has((tokens[b] as Token).lower) && (p === undefined || (p.kind === "punct" && ".!?:;".includes(p.text)));
}

const COMPLEMENT_WORDS = new Set(["of", "for", "at", "to"]);

/** Words that open a role noun phrase: "the billionaire", "le PDG", "its owner". */
const OPENERS: Readonly<Record<Language, ReadonlySet<string>>> = {
  // "one mother, Orla Brennick, said": "one" opens a role as "a" does.
  en: new Set(["the", "a", "an", "its", "his", "her", "their", "this", "another", "one", "our"]),
  fr: new Set(["le", "la", "l’", "un", "une", "son", "sa", "leur", "ce", "cette", "cet", "notre"]),
};
/** French adjectives that stand before the noun: `le nouveau président`, `l’ancienne ministre`. */
const BEFORE_NOUN_FR = new Set([
  "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "jeune", "vieux", "vieil", "vieille", "premier", "première",
  "futur", "future", "grand", "grande", "petit", "petite", "seul", "seule", "même", "actuel", "actuelle", "dernier",
  "dernière", "haut", "haute", "ex", "second", "seconde", "deuxième", "autre", "véritable", "simple", "éternel", "éternelle",
]);
/** French adjectives of office that follow a role noun (`le conseiller fédéral`, `le maire adjoint`). */
const OFFICE_ADJECTIVES_FR = new Set([
  "fédéral", "fédérale", "national", "nationale", "régional", "régionale", "municipal", "municipale", "adjoint", "adjointe",
  "délégué", "déléguée", "sortant", "sortante", "principal", "principale", "intérimaire", "militaire", "général", "générale",
  "départemental", "départementale", "communautaire", "territorial", "territoriale", "métropolitain", "métropolitaine",
  "fédéraux", "nationaux", "régionaux", "municipaux", "départementaux", "communautaires", "territoriaux", "généraux",
  "fédérales", "nationales", "régionales", "municipales", "départementales", "territoriales",
  // What a director or a manager is in charge of: "le directeur artistique du théâtre", "la directrice financière".
  "artistique", "artistiques", "technique", "techniques", "commercial", "commerciale", "financier", "financière",
  "sportif", "sportive", "scientifique", "médical", "médicale", "pédagogique", "administratif", "administrative",
  "juridique", "exécutif", "exécutive", "musical", "musicale", "culturel", "culturelle", "éditorial", "éditoriale",
]);
const POST = new Set(["of", "de", "du", "des", "d’", "for"]);
/** French articles fused with a preposition, masculine singular: `la visite du maire, Adama Koné`, `au ministre Pap Ndiaye`. */
const FUSED_FR = new Set(["du", "au"]);
const POST_DET = new Set(["the", "la", "le", "l’"]);
const FEMININE = /(?:rice|euse|esse|ante|ente|ointe|ière|ère|enne|ée|ate|ine|effe|[^gq]ue)$/;

/** Nouns for people that say their gender whatever the article: kin, and the -man/-woman compounds. */
const NOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...words("husband father son brother grandfather grandson uncle nephew boyfriend widower dad man boy king prince " +
    "spokesman chairman businessman congressman fisherman policeman " +
    "mari époux compagnon père fils frère grand-père petit-fils oncle neveu veuf papa papy papi grandpa grandad homme garçon roi", "male"),
  ...words("wife mother daughter sister grandmother granddaughter aunt niece girlfriend widow mum mom woman girl queen princess " +
    "spokeswoman chairwoman businesswoman congresswoman policewoman actress " +
    "épouse compagne femme mère fille sœur grand-mère petite-fille tante nièce veuve maman mamy mamie grandma granny reine princesse", "female"),
]);

function words(list: string, gender: Gender): [string, Gender][] {
  return list.split(" ").map((w) => [w, gender]);
}

const ORDINAL_FR = new Set(["premier", "première"]);

/** Words a possessor's noun phrase may have before its noun: "the city council's". */
const POSSESSOR_WORDS = 2;

/** Where the noun phrase whose possessive is token `b` starts: its article, past a few lowercase modifiers. */
function possessorStart(tokens: readonly Token[], b: number, used: Uint8Array): number {
  for (let a = b - 1; a >= 0 && a >= b - 1 - POSSESSOR_WORDS; a--) {
    const w = tokens[a] as Token;
    if (w.kind !== "word" || used[a] === 2) break;
    if (OPENERS.en.has(w.lower)) return a;
    if ((w.flags & LOWERCASE) === 0 || w.info.verb.en !== null || (w.flags & (AUXILIARY | CONNECTOR)) !== 0) break;
  }
  return b;
}

/** "the defence lawyer", "the 66-year-old Kelsey resident": another role noun follows, maybe after a name. */
function roleAhead(tokens: readonly Token[], k: number): boolean {
  for (let n = k + 1; n <= k + 3; n++) {
    const t = tokens[n];
    if (t === undefined || t.kind !== "word") return false;
    if ((t.flags & PERSON_ROLE_WORD) !== 0) return true;
    // "the city council", "the company board": an organisation's noun before another modifies it.
    if (n === k + 1 && (t.flags & ROLE_WORD) !== 0 && (t.flags & LOWERCASE) !== 0 && ((tokens[k]?.flags ?? 0) & PERSON_ROLE_WORD) === 0) return true;
    if ((t.flags & LOWERCASE) !== 0) return bodyNounAhead(tokens, k) || namedRoleAhead(tokens, k);
  }
  return false;
}

/**
 * "the resort's tourism chief, Jane Hill, said": after a body's possessive, a person's role past plain modifiers,
 * the name set after it between commas, is whom the phrase means ("the council's press officer said" speaks for
 * the council).
 */
function namedRoleAhead(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.possessive !== true) return false;
  for (let n = k + 1; n <= k + 3; n++) {
    const t = tokens[n];
    if (t === undefined || t.kind !== "word" || (t.flags & LOWERCASE) === 0 || (t.flags & (AUXILIARY | CONNECTOR)) !== 0 || t.info.verb.en !== null) return false;
    // A person's name, not a place or a body's ("the club's press officer, Madrid, said" is no one).
    if ((t.flags & PERSON_ROLE_WORD) !== 0) return tokens[n + 1]?.text === "," && ((tokens[n + 2]?.flags ?? 0) & (NAME_WORD | PLACE | PLACE_WORD | ORG_WORD)) === NAME_WORD;
  }
  return false;
}

/**
 * "the city council's leisure services committee": after a body's possessive, a body's noun past plain
 * modifiers is the head. Not a person's role ("the council's press officer" speaks for the council).
 */
function bodyNounAhead(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.possessive !== true) return false;
  for (let n = k + 1; n <= k + 3; n++) {
    const t = tokens[n];
    if (t === undefined || t.kind !== "word" || (t.flags & LOWERCASE) === 0 || (t.flags & (PERSON_ROLE_WORD | AUXILIARY | CONNECTOR)) !== 0 || t.info.verb.en !== null) return false;
    if (n > k + 1 && (t.flags & ORG_ROLE) !== 0) return true;
  }
  return false;
}

function headOf(lower: string): string {
  const dash = lower.lastIndexOf("-");
  return dash < 0 ? lower : lower.slice(dash + 1);
}

export { isRoleWord } from "./words.ts";

/** A party's label as a bracket gives it: `PS`, `LR`, `Lab`, `D-Ohio`. */
const PARTY_LABEL = /^\p{Lu}[\p{L}-]{0,7}$/u;
/** French labels of no party, in brackets after an office: "(sans étiquette)", "(divers droite)". */
const NO_PARTY_LABELS = new Set(["sans étiquette", "divers gauche", "divers droite", "divers centre", "sans parti"]);

/** How many tokens the no-party label opening with the "(" at `k` takes, brackets included, or 0. */
function wordsLabel(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== "(" || tokens[k + 3]?.text !== ")") return 0;
  return NO_PARTY_LABELS.has(`${tokens[k + 1]?.lower ?? ""} ${tokens[k + 2]?.lower ?? ""}`) ? 4 : 0;
}

/** An organisation's initials, whole in themselves: `PLR`, `SNP`, `CGSP`. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Whether token `q` opens a two-word name (`Philipp Müller`) right after an acronym (`PLR`, `SNP`). */
function nameAfterAcronym(tokens: readonly Token[], q: number): boolean {
  const prev = tokens[q - 1]?.text ?? "";
  const next = tokens[q + 1];
  if (!ACRONYM.test(prev) || !/^\p{Lu}\p{Ll}/u.test(tokens[q]?.text ?? "") || next === undefined || next.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  // "the US Federal Reserve, Jerome Powell", "the UN General Assembly": the acronym's own name runs on.
  return firstName(tokens[q]) || (((tokens[q]?.flags ?? 0) | next.flags) & (ORG_WORD | TITLE_WORD | PLACE)) === 0 && tokens[q + 2]?.text !== ",";
}

/**
 * Role noun phrases that stand for someone: determiner, modifiers, role noun, optional "of X"
 * (`the French president`, `the head of state`, `la PDG de Free Press`, `the company`).
 * `roleWords` are the indexes of the role-noun words, in order.
 */
export function findRoleMentions(tokens: readonly Token[], source: string, base: number, language: Language, used: Uint8Array, roleWords: readonly number[]): Mention[] {
  const out: Mention[] = [];
  let done = -1; // the last token of the latest role phrase: the next starts after it
  for (const k of roleWords) {
    const t = tokens[k] as Token;
    if (k <= done || used[k] !== 0) continue;
    // "the defence lawyer": in English a role noun before another is its modifier (French puts the head first).
    if (language === "en" && roleAhead(tokens, k)) continue;
    // "le premier ministre", "la première ministre": the ordinal qualifies the role noun after it.
    // "un premier bilan", "la première fois": so does it any other lowercase noun, and then no one is meant.
    if (language === "fr" && ORDINAL_FR.has(t.lower) && tokens[k + 1]?.kind === "word" && ((tokens[k + 1]?.flags ?? 0) & (PERSON_ROLE_WORD | LOWERCASE)) !== 0) continue;
    let first = -1;
    let fused = false;
    for (let b = k - 1; b >= 0 && b >= k - 5; b--) {
      const w = tokens[b] as Token;
      // Names may modify a role ("the United Nations chief"); another role or a pronoun may not.
      if (w.kind !== "word" || used[b] === 2) break;
      // "who's notched three major union endorsements": a pronoun's 's is "is" or "has", no possessor.
      if (OPENERS[language].has(w.lower) || (w.possessive && b < k && (w.flags & NOT_NAME) === 0) || opensHeadline(tokens, b, k, language)) {
        first = b;
        // "New Zealand’s climate minister": the possessor's whole name.
        while (w.possessive && first > 0 && ((tokens[first - 1]?.flags ?? 0) & (CAPITALISED | NAME_WORD)) === (CAPITALISED | NAME_WORD) && tokens[first - 1]?.kind === "word") first--;
        // "the city council's leisure services committee": a common noun's possessive takes its own article along.
        if (w.possessive && first === b && (w.flags & LOWERCASE) !== 0) first = possessorStart(tokens, b, used);
        break;
      }
      // The phrase starts after the fused article, which stays a preposition before it: the role is no subject.
      // Not a role of a role ("l’adjoint au maire, Paul Roux", "l’épouse du maire"): the name is the first one's.
      if (language === "fr" && FUSED_FR.has(w.lower)) {
        const owner = tokens[b - 1];
        if (owner === undefined || (owner.flags & (PERSON_ROLE_WORD | ROLE_WORD)) !== 0) break;
        first = b + 1;
        fused = true;
        break;
      }
      // "l’atelier voisin", "la commune voisine": after a French noun the role word is an adjective.
      if (language === "fr" && (w.flags & LOWERCASE) !== 0 && !BEFORE_NOUN_FR.has(w.lower)) break;
    }
    if (first < 0) continue;
    // "le ministre suisse de l’économie", "le conseiller fédéral": French puts an adjective after the noun.
    // Two of them: "le directeur général adjoint".
    const adjAt = (j: number) => language === "fr" && tokens[j]?.kind === "word" && tokens[j]?.info.verb.fr === null && (NATIONALITIES_FR.has(tokens[j]?.text ?? "") || OFFICE_ADJECTIVES_FR.has(tokens[j]?.text ?? ""));
    const adj = adjAt(k + 1) ? (adjAt(k + 2) ? 2 : 1) : 0;
    // "le maire (PS) de Rezé", "the mayor (Lab) of Hull": a party's label in brackets after the noun is part of the role.
    // "la maire (sans étiquette) du village", "le maire (divers gauche) de Rezé": a label of a few lowercase words too.
    const label = tokens[k + adj + 1]?.text === "(" && tokens[k + adj + 3]?.text === ")" && PARTY_LABEL.test(tokens[k + adj + 2]?.text ?? "") ? 3 : language === "fr" ? wordsLabel(tokens, k + adj + 1) : 0;
    let last = complementEnd(tokens, k + adj + label, language, used);
    // "le milliardaire et patron de X", "the owner and chief executive": a second role with no article of its own is the same person's.
    const also = tokens[last + 2];
    // Only a second role with a complement of its own: "the manager and captain", "le juge et procureur" are two people.
    const joined = AND_ROLE.has(tokens[last + 1]?.lower ?? "") && also !== undefined && (also.flags & PERSON_ROLE_WORD) !== 0 && (also.flags & LOWERCASE) !== 0 && used[last + 2] === 0 && !/s$/.test(also.lower) ? complementEnd(tokens, last + 2, language, used) : -1;
    if (joined > last + 2) last = joined;
    // "le chef libéral": a party adjective after a French role noun is part of the role.
    if (language === "fr" && last === k && PARTY_WORDS.has(tokens[k + 1]?.lower ?? "")) last = k + 1;
    // "le candidat LR", "le candidat Les Républicains": a party's acronym or plural name set after the noun.
    if (language === "fr" && last === k) last = partyLabelEnd(tokens, k + 1) ?? last;
    const det = (tokens[first] as Token).lower;
    // The words around the head noun, a possessor first ("Musk’s"), without "of the" and without ’s.
    const modifiers: string[] = [];
    if ((tokens[first] as Token).possessive) modifiers.push((tokens[first] as Token).lower);
    // After a fused article the phrase's first word is already one of them ("du nouveau maire").
    for (let n = fused ? first : first + 1; n <= last; n++) {
      const w = tokens[n] as Token;
      if (n === k || w.kind !== "word" || POST.has(w.lower) || POST_DET.has(w.lower)) continue;
      modifiers.push(w.lower.endsWith("’s") ? w.lower.slice(0, -2) : w.lower);
    }
    // The article tells first ("le capitaine"); the noun's ending only where it does not (l’avocate);
    // some nouns carry their gender in any language ("her husband", "sa fille").
    // So does a demonstrative: "ce greffé", "cette quadragénaire". Not before a noun of one gender whoever it
    // means: "cette victime" may be Marc, "ce témoin" Claire.
    const lexical = NOUN_GENDER.get(t.lower) ?? null;
    const told = language === "fr" && lexical === null && !ANY_SEX_FR.has(t.lower);
    const male = lexical === "male" || (told && (fused || MALE_DET_FR.has(det)));
    const female = lexical === "female" || (told && !male && (FEMALE_DET_FR.has(det) || FEMININE.test(t.lower)));
    const a = tokens[first] as Token;
    const z = tokens[last] as Token;
    out.push({
      kind: "role", first, last, text: source.slice(a.start - base, z.end - base), role: null,
      head: isAgeNoun(t.lower) ? t.lower : headOf(t.lower), modifiers, gender: female ? "female" : male ? "male" : null,
      type: (t.flags & PERSON_ROLE_WORD) !== 0 ? "person" : "organisation",
      possessive: z.possessive, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false,
    });
    for (let n = first; n <= last; n++) used[n] = 2;
    done = last;
  }
  return out;
}

/** French nouns for people whose grammatical gender says nothing of the person's. */
const ANY_SEX_FR = new Set([
  "victime", "victimes", "personne", "témoin", "individu", "star", "vedette", "recrue", "sentinelle", "idole", "mannequin",
  "personnalité", "célébrité", "bébé", "otage", "médecin",
]);

/** French determiners that tell a masculine or a feminine noun. */
const MALE_DET_FR = new Set(["le", "un", "ce", "cet"]);
const FEMALE_DET_FR = new Set(["la", "une", "cette"]);

/** The last token of the role noun at `last` with its complement: `ministre de l’Économie`, `head of state`. */
function complementEnd(tokens: readonly Token[], last: number, language: Language, used: Uint8Array): number {
  if (!POST.has(tokens[last + 1]?.lower ?? "")) return last;
  let p = last + 2;
  if (POST_DET.has(tokens[p]?.lower ?? "")) p++;
  // "le ministre de l’Économie Bruno Dupont": the complement ends where a first name starts the holder's name.
  // "le président du PLR Philipp Müller": so does a name of two words after an acronym, which is whole.
  const capitalRun = (from: number) => {
    let q = from;
    while (q < tokens.length && q < from + 4 && tokens[q]?.kind === "word" && /^\p{Lu}/u.test(tokens[q]?.text ?? "") && !(q > from && (firstName(tokens[q]) || nameAfterAcronym(tokens, q) || (language === "fr" && (portfolioThenName(tokens, from, q) || portfolioThenSurname(tokens, from, q)))))) q++;
    return q;
  };
  let q = capitalRun(p);
  // "le chef de la Coalition avenir Québec": a French institution's whole name completes the role.
  if (language === "fr" && q === p + 1) q = Math.max(q, frenchOrgNameEnd(tokens, p) + 1);
  // "le procureur de la République de Paris": the office's seat completes it too.
  if (language === "fr" && q > p && /^(?:de|d’)$/u.test(tokens[q]?.lower ?? "") && /^\p{Lu}/u.test(tokens[q + 1]?.text ?? "") && tokens[q + 1]?.kind === "word" && !firstName(tokens[q + 1])) q = capitalRun(q + 1);
  // "Chief of Science and Technology", "ministre de l’Économie et des Finances": a portfolio of two
  // fields is one complement, unless a first name opens what follows the "and".
  const and = q > p ? portfolioAnd(tokens, q) : 0;
  if (and > 0) {
    const second = capitalRun(q + and);
    if (second > q + and) return second - 1;
  }
  // "the head of state", "le président de la fédération": one common noun completes the role.
  // "le fondateur de la start-up", "the head of the company": an organisation noun completes it too.
  // "l’avocate de la victime", "the mother of the victim": a role of a role is one phrase, headed by the first.
  // Not a verb: "Le député d’ajouter : « … »" is a narrative infinitive.
  if (q === p && tokens[p]?.kind === "word" && used[p] === 0 && tokens[p]?.info.verb[language] === null && !INFINITIVES_FR.has(tokens[p]?.lower ?? "") && !gerundWithObject(tokens, p, language) && (((tokens[p] as Token).flags & PERSON_ROLE_WORD) === 0 || POST_DET.has(tokens[p - 1]?.lower ?? ""))) q = p + 1;
  // "l’avocat du deuxième prévenu": an ordinal or an adjective before the noun takes the noun with it.
  const before = q === p + 1 && language === "fr" && (BEFORE_NOUN_FR.has(tokens[p]?.lower ?? "") || isOrdinal(tokens[p]?.lower ?? ""));
  const noun = tokens[p + 1];
  if (before && noun !== undefined && noun.kind === "word" && (noun.flags & LOWERCASE) !== 0 && (noun.info.verb.fr === null || (noun.flags & PERSON_ROLE_WORD) !== 0) && used[p + 1] === 0) q = p + 2;
  return q > p ? q - 1 : last;
}

/** Words after an English "-ing" form that make it a verb taking an object: "for making “trifling offers”", "for raising the fares". */
const OBJECT_OPENERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "them", "it", "him", "up", "out"]);
const OPENING_MARKS = new Set(["“", "\"", "‘", "'", "«"]);

/**
 * "criticised by a union boss for making “trifling offers”": an "-ing" form with an object is what the
 * holder did, not the field they hold ("the head of housing", "the director of nursing").
 */
function gerundWithObject(tokens: readonly Token[], p: number, language: Language): boolean {
  const t = tokens[p] as Token;
  if (language !== "en" || !t.lower.endsWith("ing")) return false;
  const next = tokens[p + 1];
  return next !== undefined && (next.kind === "quote" || (next.kind === "punct" && OPENING_MARKS.has(next.text)) || OBJECT_OPENERS.has(next.lower));
}

/**
 * The last token of a party's label at `p` ("LR", "LFI", "Les Républicains"), whole before a verb or a
 * stop; null if none stands there. Not a name ("le député Jean Dupont", "le député Dupont").
 */
function partyLabelEnd(tokens: readonly Token[], p: number): number | null {
  const t = tokens[p];
  if (t === undefined || t.kind !== "word") return null;
  let end = p;
  if (t.text === "Les" && /^\p{Lu}/u.test(tokens[p + 1]?.text ?? "") && tokens[p + 1]?.kind === "word") end = p + 1;
  else if (!/^\p{Lu}{2,5}$/u.test(t.text) || firstName(t)) return null;
  const next = tokens[end + 1];
  return next === undefined || next.kind !== "word" || (next.flags & LOWERCASE) !== 0 ? end : null;
}

const AND_ROLE = new Set(["and", "et"]);

/** How many tokens ("and", "et des") join a portfolio's second field at `q`; 0 when none does. */
function portfolioAnd(tokens: readonly Token[], q: number): number {
  const t = tokens[q];
  if (t === undefined || !(AND_PORTFOLIO.has(t.lower))) return 0;
  // "et des Finances", "et de la Souveraineté", "and Technology"; not "et la Ville de Paris", "and the IAEA".
  let skip = 1;
  if (FIELD_ARTICLES.has(tokens[q + 1]?.lower ?? "")) skip = POST_DET.has(tokens[q + 2]?.lower ?? "") ? 3 : 2;
  const w = tokens[q + skip];
  if (w === undefined || w.kind !== "word" || !/^\p{Lu}/u.test(w.text) || firstName(w)) return 0;
  // "et Matignon", "and Iran", "and President Biden", "and the IAEA": a place, an office or an acronym is someone else.
  if ((w.flags & (PLACE | PLACE_WORD | TITLE_WORD | ACRONYM_WORD | ORG_WORD)) !== 0) return 0;
  // "Le ministre de l’Économie et Matignon sont en désaccord": only a comma or the holder's name may follow
  // the title; a verb makes the two its subject.
  const after = tokens[q + skip + 1];
  return after === undefined || after.text === "," || (after.flags & CAPITALISED) !== 0 ? skip : 0;
}

const AND_PORTFOLIO = new Set(["and", "&", "et"]);
/** Articles of a portfolio's second field: "et des Finances", "et de la Souveraineté". */
const FIELD_ARTICLES = new Set(["des", "du", "de"]);

/**
 * "le ministre ivoirien de l’Intérieur Sidiki Diakité": in French, one capitalised word of a portfolio
 * (no organisation's), then exactly two more that read as a person's name, closing the run, are the
 * office and its holder's name. Not "Médecins Sans Frontières", "Transition Écologique Béchu",
 * "Radio Télévision Suisse".
 */
export function portfolioThenName(tokens: readonly Token[], p: number, q: number): boolean {
  const cap = (t: Token | undefined) => t !== undefined && t.kind === "word" && (t.flags & CAPITALISED) !== 0;
  const given = tokens[q];
  const family = tokens[q + 1];
  if (q !== p + 1 || given === undefined || family === undefined || !cap(family) || cap(tokens[q + 2])) return false;
  if (((tokens[p]?.flags ?? 0) & (ORG_WORD | PLACE | ACRONYM_WORD)) !== 0) return false;
  return nameLike(given) && nameLike(family);
}

/** The words between a minister's title and its field: "de la", "de l’", "du", "des". */
const LINKS_BEFORE_FIELD = new Set(["de", "la", "l’", "l'", "du", "des", "d’", "d'"]);
/** Titles a field of government completes: "ministre", "ministère", "secrétaire (d'État)". */
const MINISTERS = new Set(["ministre", "ministère", "secrétaire", "délégué", "déléguée"]);

/**
 * "le ministre de la Santé Publique Nzeyimana", "de la Justice Dupond-Moretti": in French, a field of government,
 * its adjectives, then one word that reads as a surname, closing the run at `q`, are the office and its holder.
 * Not "Santé Publique France", "Radio Télévision Suisse".
 */
export function portfolioThenSurname(tokens: readonly Token[], p: number, q: number): boolean {
  const last = tokens[q];
  if (q <= p || last === undefined || last.kind !== "word" || (last.flags & CAPITALISED) === 0 || !isField(tokens[p]?.lower ?? "")) return false;
  const next = tokens[q + 1];
  if (next !== undefined && next.kind === "word" && (next.flags & CAPITALISED) !== 0) return false;
  // Only after a minister's title: "Le directeur de Tourisme Bretagne", "la présidente de Transports Publics
  // Genevois" name a body, no holder.
  let title = p - 1;
  while (title >= 0 && title > p - 4 && LINKS_BEFORE_FIELD.has(tokens[title]?.lower ?? "")) title--;
  if (title === p - 1 || !MINISTERS.has(tokens[title]?.lower ?? "")) return false;
  for (let r = p + 1; r < q; r++) if (!adjectiveFr(tokens[r]?.lower ?? "") && !/(?:es|ée|és|ale|al|aux)$/u.test(tokens[r]?.lower ?? "")) return false;
  return nameLike(last) && !firstName(last);
}

/**
 * A capitalised word that may be part of a person's name: no place, organisation or common word, no
 * adjective's or participle's ending, no plural's ("Affaires Étrangères", "Santé Publique").
 */
function nameLike(t: Token): boolean {
  return (t.flags & NAME_WORD) !== 0 && (t.flags & (ORG_WORD | PLACE | PLACE_WORD | PREPOSITION_FR | ROLE_WORD)) === 0 && !adjectiveFr(t.lower) && !/(?:es|ée|és)$/.test(t.lower);
}
