import { describe, expect, it } from "vitest";
import { namedThing } from "../../src/pipeline/named-thing.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { toBlocks } from "../helpers/blocks.ts";

/** Whether the capitalised run starting with `name` in `text` is read as what a thing is called. */
function calledSo(text: string, name: string, language: "en" | "fr" = "en"): boolean {
  const [block] = toBlocks(text);
  if (block === undefined) throw new Error("no block");
  const tokens = tokenizeBlock(block, [], language);
  const at = tokens.findIndex((t) => t.text === name);
  if (at < 0) throw new Error(`${name} not in ${text}`);
  return namedThing(tokens, at);
}

describe("namedThing", () => {
  it("a place or a thing known as, called or named so", () => {
    expect(calledSo("The area of marsh known as Humphrey Head floods.", "Humphrey")).toBe(true);
    expect(calledSo("A horse named Red Rum won.", "Red")).toBe(true);
    expect(calledSo("Le quartier appelé Jean Moulin est en travaux.", "Jean", "fr")).toBe(true);
  });

  it("not a person's noun, a role's, a body's, a verb's object or past an adverb", () => {
    expect(calledSo("A man called Humphrey Head said no.", "Humphrey")).toBe(false);
    expect(calledSo("Une femme appelée Sophie Roy a témoigné.", "Sophie", "fr")).toBe(false);
    expect(calledSo("The firm called Acme Holdings refused.", "Acme")).toBe(false);
    expect(calledSo("She is known as Jo Marsh.", "Jo")).toBe(false);
    expect(calledSo("The reserve, commonly known as Gordon Point, is shut.", "Gordon")).toBe(false);
    expect(calledSo("Harry Wilson runs the farm.", "Harry")).toBe(false);
  });
});
