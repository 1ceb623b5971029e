import { describe, expect, it } from "vitest";
import type { Block } from "../../src/schema/block.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";

/** The words of `text` as the French tokenizer cuts them. */
function wordsOf(text: string): string[] {
  const block = { index: 0, kind: "paragraph", text, start: 0, end: text.length } as unknown as Block;
  return tokenizeBlock(block, [], "fr").filter((t) => t.kind === "word").map((t) => t.text);
}

describe("French inversions", () => {
  it("cuts a verb from its pronoun, with or without the euphonic t", () => {
    expect(wordsOf("dit-elle")).toEqual(["dit", "elle"]);
    expect(wordsOf("a-t-il dit")).toEqual(["a", "il", "dit"]);
  });

  it("reads the euphonic t typed without its second hyphen", () => {
    expect(wordsOf("a-telle insisté")).toEqual(["a", "elle", "insisté"]);
    expect(wordsOf("a-til dit")).toEqual(["a", "il", "dit"]);
    expect(wordsOf("a-t’elle dit")).toEqual(["a", "elle", "dit"]);
  });

  it("leaves hyphenated names alone", () => {
    expect(wordsOf("Saint-Tille")).toEqual(["Saint-Tille"]);
    expect(wordsOf("Pierre Bé-Ton")).toEqual(["Pierre", "Bé-Ton"]);
    expect(wordsOf("Jean-Marc")).toEqual(["Jean-Marc"]);
  });
});
