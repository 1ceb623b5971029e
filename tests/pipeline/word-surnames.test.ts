import { describe, expect, it } from "vitest";
import { findMentions } from "../../src/pipeline/mentions.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { markSurnames, wordSurnames } from "../../src/pipeline/word-surnames.ts";

/** The tokens of each English paragraph of `texts`. */
function blocks(texts: readonly string[]) {
  return texts.map((text, index) => tokenizeBlock({ index, kind: "paragraph", text, start: 0, end: text.length, line: index + 1 }, [], "en"));
}

/** The name mentions of paragraph `k` of `texts`, after the article's word surnames are marked. */
function namesIn(texts: readonly string[], k: number): string[] {
  const tokens = blocks(texts);
  const marked = markSurnames(tokens[k] ?? [], wordSurnames(tokens));
  return findMentions(marked, texts[k] ?? "", 0, "en").filter((m) => m.kind === "name").map((m) => m.text);
}

describe("word surnames", () => {
  it("wordSurnames: a month, a conjunction after a first name, and alone, inside sentences is a family name", () => {
    expect([...wordSurnames(blocks(["Prime Minister Theresa May spoke on Friday.", "Chess player Wesley So won, said So and May."]))].sort()).toEqual(["may", "so"]);
    // Once only, after a first name: "told Hope Even more patients were coming" names no one "Even".
    expect(wordSurnames(blocks(["Doctors told Hope Even more patients were coming."])).size).toBe(0);
  });

  it("wordSurnames: not in a headline in title case, nor a function word that joins names", () => {
    expect(wordSurnames(blocks(["Why Anna And The Others Left Town"])).size).toBe(0);
    expect(wordSurnames(blocks(["Anna and Tom left town on Friday."])).size).toBe(0);
  });

  it("markSurnames: the family name alone is a name wherever the article capitalises it inside a sentence", () => {
    const texts = ["Prime Minister Theresa May spoke in Brussels on Friday.", "“We will deliver,” said May, who left in May."];
    expect(namesIn(texts, 0)).toContain("Theresa May");
    expect(namesIn(texts, 1)).toContain("May");
  });

  it("wordSurnames: a place's name after a first name, and alone where no preposition governs it, is a family name", () => {
    expect([...wordSurnames(blocks(["When protester Tom Britain stepped up, he read articles.", "At the hearing, Britain complained about the costs."]))]).toEqual(["britain"]);
    // Only ever governed by a preposition or an article, it stays a place: "Sarah Kent lives in Kent."
    expect(wordSurnames(blocks(["Councillor Sarah Kent spoke on Friday.", "Flooding hit homes in Kent and the Kent coast."])).size).toBe(0);
  });

  it("markSurnames: the place's name alone is a name, but not where a preposition governs it", () => {
    const texts = ["Protester Tom Britain stepped up.", "At the hearing, Britain said the costs were too high in Britain."];
    const names = namesIn(texts, 1);
    expect(names.filter((n) => n === "Britain")).toHaveLength(1);
  });

  it("markSurnames: not where a sentence opens, nor in an article that gave no such name", () => {
    expect(namesIn(["Chess player Wesley So won, said So.", "So the title is his."], 1)).not.toContain("So");
    expect(namesIn(["The talks resume in May, said a spokesman."], 0)).not.toContain("May");
  });
});
