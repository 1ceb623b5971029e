import { describe, expect, it } from "vitest";
import { isAuxiliary, isSpeechNoun, startsPreposition, verbCue } from "../../src/pipeline/cues.ts";
import {
  ANY_SEX_FIRST, CALENDAR, CAPITAL_OFFICES, CAPITAL_PARTICLES, CONNECTORS, CURRENCY_CODES, DEMONYMS, FEMALE_FIRST, FEMALE_TITLES, MALE_FIRST, MALE_TITLES, NOT_NAMES, ORG_ROLES, ORG_WORDS,
  PARTICLES, PERSON_ROLES, PLACES, PLACE_WORDS, PREMODIFIERS, PRONOUNS, TITLE_WORDS,
} from "../../src/pipeline/names-lexicon.ts";
import * as W from "../../src/pipeline/words.ts";

const LISTS = [ANY_SEX_FIRST, CURRENCY_CODES, CALENDAR, CAPITAL_OFFICES, CAPITAL_PARTICLES, CONNECTORS, DEMONYMS, FEMALE_FIRST, FEMALE_TITLES, MALE_FIRST, MALE_TITLES, NOT_NAMES, ORG_ROLES, ORG_WORDS, PARTICLES, PERSON_ROLES, PLACES, PLACE_WORDS, PREMODIFIERS, TITLE_WORDS];

/** Each flag as the plain lookups and tests it stands for. */
function expected(text: string): Record<string, boolean> {
  const lower = W.lowerOf(text);
  const c = text[0] ?? "";
  const cap = text !== "" && (/^[A-Z]/.test(text) || (!/^[a-z]/.test(text) && (c !== c.toLowerCase() || text.startsWith("@"))));
  const acronym = /^\p{Lu}{2,}$/u.test(text);
  return {
    CAPITALISED: cap,
    // An article in capitals stays one ("THE"); "al-Hammadi" is a name.
    NAME_WORD: (cap && (!NOT_NAMES.has(lower) || (acronym && !["the", "and", "of", "le", "la", "les", "et"].includes(lower))) && !(acronym && CURRENCY_CODES.has(lower)) && !CALENDAR.has(lower) && !/[’'](?:m|re|s|ve|ll|d|t)$/.test(lower) && !lowerTail(text)) || /^(?:al|el|ad|an|ar|as|at|az|ash)-\p{Lu}\p{Ll}/u.test(text),
    ACRONYM: acronym,
    // "the Speaker" is a title in capitals only; "one speaker" is anyone who spoke.
    TITLE_WORD: W.isTitleWord(lower) || (cap && CAPITAL_OFFICES.has(lower)),
    ROLE_WORD: W.isRoleWord(lower),
    PERSON_ROLE_WORD: W.isPersonRoleWord(lower),
    PERSON_ROLE: PERSON_ROLES.has(lower) || W.isAgentNoun(lower),
    ORG_ROLE: ORG_ROLES.has(lower),
    CONNECTOR: CONNECTORS.has(lower),
    PARTICLE: PARTICLES.has(lower),
    CAPITAL_PARTICLE: CAPITAL_PARTICLES.has(lower),
    ORG_WORD: ORG_WORDS.has(lower),
    PLACE: PLACES.has(lower) || DEMONYMS.has(lower),
    PLACE_WORD: PLACE_WORDS.has(lower),
    MALE_TITLE: MALE_TITLES.has(lower),
    FEMALE_TITLE: FEMALE_TITLES.has(lower),
    LOWERCASE: text === lower,
    SPEECH_NOUN_EN: isSpeechNoun(lower, "en"),
    SPEECH_NOUN_FR: isSpeechNoun(lower, "fr"),
    AUXILIARY: isAuxiliary(lower),
    ING_LY_ED: /(?:ing|ly|ed)$/.test(lower),
    MALE_FIRST: ANY_SEX_FIRST.has(text.toLowerCase()) || MALE_FIRST.has(text.toLowerCase()),
    FEMALE_FIRST: ANY_SEX_FIRST.has(text.toLowerCase()) || FEMALE_FIRST.has(text.toLowerCase()),
    PRONOUN: lower.length <= 4 && PRONOUNS.has(lower),
    FINITE_VERB_EN: verbCue(text, "en")?.finite === true,
    FINITE_VERB_FR: verbCue(text, "fr")?.finite === true,
    PREPOSITION_EN: startsPreposition(lower, "en"),
    PREPOSITION_FR: startsPreposition(lower, "fr"),
    NOT_NAME: NOT_NAMES.has(lower),
    PREMODIFIER: PREMODIFIERS.has(lower),
    GROUP_WORD: lower.length <= 64 && W.isGroupNoun(lower),
  };
}

function actual(text: string): Record<string, boolean> {
  const { flags } = W.infoOf(text);
  const bits = W as unknown as Record<string, number>;
  return Object.fromEntries(Object.keys(expected(text)).map((name) => [name, (flags & (bits[name] as number)) !== 0]));
}

const SAMPLES = [
  "the", "The", "THE", "said", "Said", "saying", "a", "ont", "he", "She", "il", "Elle", "company", "Company", "président", "Président",
  "vice-president", "ex-président", "co-founder", "Secretary-General", "haut-commissaire", "of", "de", "De", "van", "Le", "la", "NAACP", "AFP", "CEO",
  "Mr", "Mme", "Monday", "mardi", "I’m", "We're", "Musk’s", "l’", "d’", "according", "selon", "aux", "letter", "propos", "tweets", "déclaré",
  "déclarant", "Jean", "Marie", "marie", "O'Brien", "İstanbul", "Σοφία", "ǅemal", "Ⅻ", "@handle", "#tag", "@", "_", "2022", "reportedly", "Chairing",
  "senior", "ancien", "former", "al-Hammadi", "UN", "LE", "officials", "Officials", "witnesses", "deputies", "avocates", "syndicats", "hôpitaux", "staff", "", "“", "’", "—", "…", "\u0301",
  "“We will win the vote, and the company will not stop us,” ",
  "‘Make-believe world-leader ceo-to-be state-of-the-art’ ",
  `“${"a".repeat(70)}-president”`,
];

/** `Seattle-area`: a hyphen, then two or more characters with no capital letter and some lowercase one. */
function lowerTail(text: string): boolean {
  const tail = /-([^-]{2,})$/.exec(text)?.[1];
  return tail !== undefined && !/^-/.test(text) && tail === tail.toLowerCase() && tail !== tail.toUpperCase();
}

describe("words", () => {
  it("infoOf: each flag is the lookup or test it stands for, for words, marks and quotation texts", () => {
    for (const list of LISTS) for (const w of list) SAMPLES.push(w, w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1));
    for (const text of SAMPLES) expect(actual(text), JSON.stringify(text)).toEqual(expected(text));
  });

  it("infoOf: lowercase with ' folded into ’, the pronoun's gender and the reporting verbs", () => {
    const info = W.infoOf("L'Entreprise");
    expect(info.lower).toBe("l’entreprise");
    expect(W.infoOf("She").pronoun).toBe("female");
    expect(W.infoOf("il").pronoun).toBe("male");
    expect(W.infoOf("them").pronoun).toBeNull();
    expect(W.infoOf("Said").verb.en?.mode).toBe("said");
    expect(W.infoOf("a déclaré").verb.fr).toBeNull();
    expect(W.infoOf("déclaré").verb.fr?.participle).toBe(true);
  });

  it("infoOf: the same spelling gives the same info; a quotation's long text is not kept", () => {
    expect(W.infoOf("president")).toBe(W.infoOf("president"));
    const long = `“${"word ".repeat(30)}”`;
    expect(W.infoOf(long)).not.toBe(W.infoOf(long));
    expect(W.infoOf(long)).toEqual(W.infoOf(long));
  });

  it("no word list holds a word longer than the texts looked up in them", () => {
    for (const list of LISTS) for (const w of list) expect(w.length, w).toBeLessThanOrEqual(64);
  });

  it("isGroupNoun: plurals of person and organisation roles, and collectives; not other plurals", () => {
    for (const w of ["officials", "witnesses", "coaches", "deputies", "avocates", "élus", "enquêteurs", "syndicats", "unions", "hôpitaux", "economists", "staff", "autorités"]) {
      expect(W.isGroupNoun(w), w).toBe(true);
    }
    for (const w of ["news", "fils", "bus", "analysis", "chevaux", "official", "tables", "says", "process"]) expect(W.isGroupNoun(w), w).toBe(false);
  });

  it("isAgentNoun: professions by their ending, not Swedish surnames", () => {
    for (const w of ["seismologist", "economist", "physician", "sismologue", "physicienne", "journaliste", "mycologue", "géologue"]) expect(W.isAgentNoun(w)).toBe(true);
    for (const w of ["lindqvist", "almkvist", "sundquist", "list", "mist", "gist", "Economist", "prologue", "monologue"]) expect(W.isAgentNoun(w)).toBe(false);
    for (const w of ["shortlist", "checklist", "playlist", "persist", "consist", "consiste", "persistent"]) expect(W.isAgentNoun(w)).toBe(false);
  });
});
