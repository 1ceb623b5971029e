import type { Token } from "./tokens.ts";
import { AUXILIARY, GROUP_WORD, ING_LY_ED, LOWERCASE, NOT_NAME, ORG_ROLE, PERSON_ROLE_WORD, PRONOUN, ROLE_WORD } from "./words.ts";

/** Verbs and participles that give a thing the name after them: "known as", "called", "appelé". */
const NAMING = new Set(["called", "named", "dubbed", "nicknamed", "appelé", "appelée", "appelés", "appelées", "baptisé", "baptisée", "nommé", "nommée", "surnommé", "surnommée"]);

/** Nouns of people that lend the name a person: "a man called Sam", "une femme appelée Sophie". */
const PEOPLE = new Set([
  "man", "woman", "boy", "girl", "child", "person", "guy", "lady", "gentleman", "baby", "son", "daughter",
  "homme", "femme", "garçon", "fille", "enfant", "personne", "bébé", "fils", "dame", "monsieur",
]);

/**
 * Whether the name opening at `from` is what a thing is called: "the area of marsh known as Humphrey Head",
 * "un quartier appelé Jean-Moulin". Only right after a lowercase noun that is no person's, no role's and no
 * body's, nor a function word: "a man called Sam", "the firm called Acme", "he is known as Jo" keep their speaker.
 */
export function namedThing(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower ?? "";
  const verb = before === "as" && tokens[from - 2]?.lower === "known" ? from - 2 : NAMING.has(before) ? from - 1 : -1;
  if (verb < 1) return false;
  const noun = tokens[verb - 1] as Token;
  return noun.kind === "word" && (noun.flags & LOWERCASE) !== 0 && (noun.flags & (AUXILIARY | NOT_NAME | PRONOUN | ING_LY_ED | PERSON_ROLE_WORD | ROLE_WORD | ORG_ROLE | GROUP_WORD)) === 0 && !PEOPLE.has(noun.lower) && noun.info.verb.en === null && noun.info.verb.fr === null;
}
