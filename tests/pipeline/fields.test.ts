import { describe, expect, it } from "vitest";
import { isField } from "../../src/pipeline/fields.ts";

describe("isField", () => {
  it("knows a government's fields in English and French, in any case or accent", () => {
    for (const w of ["Health", "justice", "Home", "Santé", "Intérieur", "ÉCONOMIE", "Armées", "outre-mer"]) expect(isField(w), w).toBe(true);
  });
  it("does not take a state, a body or a person for a field", () => {
    for (const w of ["State", "Radio", "Nzeyimana", "Lammy", "Fédération", "Publique", "Secretary"]) expect(isField(w), w).toBe(false);
  });
});
