import { describe, expect, it } from "vitest";
import { findMentions } from "../../src/pipeline/mentions.ts";
import { familyKey, protagonist } from "../../src/pipeline/protagonist.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";

/** The name mentions of `text`, read as one English paragraph. */
function names(text: string) {
  const tokens = tokenizeBlock({ index: 0, kind: "paragraph", text, start: 0, end: text.length, line: 1 }, [], "en");
  return findMentions(tokens, text, 0, "en").filter((m) => m.kind === "name");
}

describe("protagonist", () => {
  it("protagonist: the person named most often, by family name, given by their fullest name", () => {
    const m = protagonist(names("Coach Warren Gatland picked Alun Wyn Jones. Gatland said so. Later Gatland smiled."));
    expect(m?.text).toBe("Warren Gatland");
  });

  it("protagonist: no one when two people are named as often, or no one twice", () => {
    expect(protagonist(names("Anna Berg met Tom Reed. Berg left and Reed stayed."))).toBeNull();
    expect(protagonist(names("Anna Berg met Tom Reed in Oslo."))).toBeNull();
  });

  it("protagonist: organisations do not count", () => {
    const m = protagonist(names("The European Commission wrote to Meta. The European Commission said Thierry Breton agreed, and Breton spoke."));
    expect(m?.text).toBe("Thierry Breton");
  });
});

describe("familyKey", () => {
  it("familyKey: the folded last word, shared by a full name and a titled surname", () => {
    expect(familyKey("Mehaul O’Leary")).toBe(familyKey("O’Leary"));
    expect(familyKey("Stéphanie St-Jean")).toBe("stephanie st-jean".split(" ")[1]);
  });

  it("familyKey: a word said twice is no family name", () => {
    expect(familyKey("Bafana Bafana")).toBeNull();
    expect(familyKey("")).toBeNull();
  });
});
