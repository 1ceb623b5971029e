import { describe, expect, it } from "vitest";
import { allusionAt } from "../../src/pipeline/allusion.ts";
import type { Language } from "../../src/schema/quote.ts";

/** Whether the word `cue` of `sentence` (split on spaces, as written) borrows famous words. */
function borrows(sentence: string, cue: string, language: Language): boolean {
  const words = sentence.split(" ");
  const k = words.indexOf(cue);
  if (k < 0) throw new Error(`no "${cue}" in "${sentence}"`);
  return allusionAt((j) => words[j], k, language);
}

describe("allusion", () => {
  it("a conditional of « dire » right before a name, or after « comme », borrows words", () => {
    expect(borrows("« Le bruit et les odeurs » , dirait Chirac", "dirait", "fr")).toBe(true);
    expect(borrows("Comme dirait l’autre", "dirait", "fr")).toBe(true);
    expect(borrows("comme le diraient certains", "diraient", "fr")).toBe(true);
  });

  it("a conditional that tells what someone went on to say, or a past or present tense, reports words", () => {
    expect(borrows("« J'ai tout perdu » , dirait plus tard Jean Moreau", "dirait", "fr")).toBe(false);
    expect(borrows("« C'est faux » , a dit le maire", "dit", "fr")).toBe(false);
    expect(borrows("« C'est faux » , dit Chirac", "dit", "fr")).toBe(false);
  });

  it("'as X would say', a word or two between modal and verb, borrows words", () => {
    expect(borrows("As Churchill would say", "say", "en")).toBe(true);
    expect(borrows("as Churchill would have said", "said", "en")).toBe(true);
    expect(borrows("as her late mother might well say", "say", "en")).toBe(true);
  });

  it("a modal with no 'as' is the story's own speaker; a plain tense reports words", () => {
    expect(borrows("chairman Peter Lowe would say only :", "say", "en")).toBe(false);
    expect(borrows("Looking back, Ms Okafor would say :", "say", "en")).toBe(false);
    expect(borrows("residents say", "say", "en")).toBe(false);
    expect(borrows("as the mayor said", "said", "en")).toBe(false);
  });

  it("a verb no borrowing is made with is never one", () => {
    expect(borrows("as he would argue", "argue", "en")).toBe(false);
    expect(borrows("comme l'écrirait Chirac", "l'écrirait", "fr")).toBe(false);
  });

  it("a cue out of reach reads as none", () => {
    expect(allusionAt(() => undefined, 0, "en")).toBe(false);
  });
});
