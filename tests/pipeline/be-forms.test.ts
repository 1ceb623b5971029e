import { describe, expect, it } from "vitest";
import { BE_FORMS } from "../../src/pipeline/be-forms.ts";

describe("be forms", () => {
  it("holds the finite forms of each language's 'be', lowercase, and not the other's", () => {
    expect([...BE_FORMS.en].every((w) => w === w.toLowerCase())).toBe(true);
    expect(BE_FORMS.en.has("was") && BE_FORMS.fr.has("était") && BE_FORMS.fr.has("fut")).toBe(true);
    expect(BE_FORMS.fr.has("is") || BE_FORMS.en.has("est")).toBe(false);
  });

  it("holds no participle nor auxiliary of another verb", () => {
    for (const w of ["been", "being", "été", "a", "has", "ont"]) expect(BE_FORMS.en.has(w) || BE_FORMS.fr.has(w)).toBe(false);
  });
});
