import { describe, expect, it } from "vitest";
import { allusionAt } from "../../src/pipeline/allusion.ts";
import type { Language } from "../../src/schema/quote.ts";

/** Whether the word `cue` of `sentence` (split on spaces) borrows famous words. */
function borrows(sentence: string, cue: string, language: Language): boolean {
  const words = sentence.toLowerCase().split(" ");
  const k = words.indexOf(cue);
  if (k < 0) throw new Error(`no "${cue}" in "${sentence}"`);
  return allusionAt((j) => words[j], k, language);
}

describe("allusion", () => {
  it("a conditional of « dire » borrows words; a past or present tense reports them", () => {
    expect(borrows("« le bruit et les odeurs » dirait chirac", "dirait", "fr")).toBe(true);
    expect(borrows("comme diraient certains", "diraient", "fr")).toBe(true);
    expect(borrows("« c'est faux » a dit le maire", "dit", "fr")).toBe(false);
    expect(borrows("« c'est faux » dit le maire", "dit", "fr")).toBe(false);
  });

  it("'say' after a modal, a word or two apart, borrows words; a plain tense does not", () => {
    expect(borrows("as churchill would say", "say", "en")).toBe(true);
    expect(borrows("as churchill would have said", "said", "en")).toBe(true);
    expect(borrows("as her mother might well say", "say", "en")).toBe(true);
    expect(borrows("residents say", "say", "en")).toBe(false);
    expect(borrows("the mayor said", "said", "en")).toBe(false);
    // A modal too far back is another clause's: "would hope, as the mayor said".
    expect(borrows("we would hope the mayor said", "said", "en")).toBe(false);
  });

  it("a verb no borrowing is made with is never one", () => {
    expect(borrows("as he would argue", "argue", "en")).toBe(false);
    expect(borrows("comme l'écrirait chirac", "l'écrirait", "fr")).toBe(false);
  });

  it("a cue outside the sentence reads as none", () => {
    expect(allusionAt(() => undefined, 0, "en")).toBe(false);
  });
});
