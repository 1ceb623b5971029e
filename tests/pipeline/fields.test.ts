import { describe, expect, it } from "vitest";
import { fieldOf, isField } from "../../src/pipeline/fields.ts";

describe("isField", () => {
  it("knows a government's fields in English and French, in any case or accent", () => {
    for (const w of ["Health", "justice", "Home", "Santé", "Intérieur", "ÉCONOMIE", "Armées", "outre-mer", "Affaires"]) expect(isField(w), w).toBe(true);
  });
  it("does not take a state, a body or a person for a field", () => {
    for (const w of ["State", "Radio", "Nzeyimana", "Lammy", "Fédération", "Publique", "Secretary"]) expect(isField(w), w).toBe(false);
  });
});

describe("fieldOf", () => {
  it("gives one field for the words of one ministry", () => {
    expect(fieldOf("Armées")).toBe(fieldOf("défense"));
    expect(fieldOf("Écologie")).toBe(fieldOf("écologique"));
    expect(fieldOf("Home")).toBe(fieldOf("Intérieur"));
    expect(fieldOf("santé")).toBe(fieldOf("Health"));
  });
  it("tells two ministries apart, and names none for a word that only opens a portfolio", () => {
    expect(fieldOf("Justice")).not.toBe(fieldOf("Santé"));
    expect(fieldOf("Affaires")).toBeNull();
    expect(fieldOf("Transition")).toBeNull();
  });
});
