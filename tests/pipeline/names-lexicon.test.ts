import { describe, expect, it } from "vitest";
import { FEMALE_FIRST, FIRST_NAMES, MALE_FIRST, isFirstName } from "../../src/pipeline/names-lexicon.ts";

describe("names-lexicon", () => {
  it("knows French given names of the civil registry, by sex", () => {
    for (const name of ["Huguette", "Josette", "Gaëlle", "Raphaëlle", "Gwendoline"]) {
      expect(isFirstName(name)).toBe(true);
      expect(FEMALE_FIRST.has(name.toLowerCase())).toBe(true);
    }
    expect(MALE_FIRST.has("bourama")).toBe(true);
  });

  it("leaves out registry names that are dictionary words or places", () => {
    for (const word of ["baguette", "chine", "argentine", "can", "mobylette"]) expect(FIRST_NAMES.has(word)).toBe(false);
  });

  it("gives a woman's name from the registry only with an ending French gives women's names", () => {
    // The registry records a name given to both sexes as a woman's: "Victor" is not one.
    expect(FEMALE_FIRST.has("victor")).toBe(false);
    expect(MALE_FIRST.has("victor")).toBe(true);
  });
});
