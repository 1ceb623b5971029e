import { describe, expect, it } from "vitest";
import { FEMALE_FIRST, FIRST_NAMES, KINSHIP, MALE_FIRST, isFirstName, isOrdinal } from "../../src/pipeline/names-lexicon.ts";

describe("names-lexicon", () => {
  it("knows French given names of the civil registry, by sex", () => {
    for (const name of ["Huguette", "Josette", "Gaëlle", "Raphaëlle", "Gwendoline"]) {
      expect(isFirstName(name)).toBe(true);
      expect(FEMALE_FIRST.has(name.toLowerCase())).toBe(true);
    }
  });

  it("leaves out registry names that are dictionary words or places", () => {
    for (const word of ["baguette", "chine", "argentine", "can", "mobylette"]) expect(FIRST_NAMES.has(word)).toBe(false);
  });

  it("takes only women's names from the registry, by an ending French keeps for women", () => {
    // The registry records a name given to both sexes as a woman's, and lists places and firms as men's.
    for (const name of ["victor", "yacine", "ambroise", "élie", "nordine"]) expect(FEMALE_FIRST.has(name)).toBe(false);
    for (const word of ["clermont", "michelin", "golan", "venise", "ariane"]) expect(FIRST_NAMES.has(word)).toBe(false);
    expect(MALE_FIRST.has("victor")).toBe(true);
  });

  it("knows the accented spellings of names listed bare, where the registry gives them the same sex", () => {
    for (const name of ["célia", "hélène", "noémie"]) expect(FEMALE_FIRST.has(name)).toBe(true);
    for (const name of ["jérémy", "andré", "élie", "rémy"]) expect(MALE_FIRST.has(name)).toBe(true);
    // The registry gives "Élie" to women too, and English lists "Elie" as a woman's: French news means a man.
    expect(FEMALE_FIRST.has("élie")).toBe(false);
    // The presidency's palace is no woman, whatever a registry records.
    expect(FIRST_NAMES.has("élysée")).toBe(false);
  });

  it("isOrdinal: counts one of several, written with its accent or folded", () => {
    for (const w of ["deuxième", "troisieme", "second", "seconde", "third"]) expect(isOrdinal(w)).toBe(true);
    for (const w of ["premier", "thème", "système", "autre", "two"]) expect(isOrdinal(w)).toBe(false);
  });

  it("KINSHIP: relatives in both languages, folded as role words are", () => {
    for (const w of ["son", "fils", "soeur", "frere", "widow", "petite-fille"]) expect(KINSHIP.has(w)).toBe(true);
    for (const w of ["sœur", "frère", "neighbour", "friend"]) expect(KINSHIP.has(w)).toBe(false);
  });
});
