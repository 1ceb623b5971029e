import { describe, expect, it } from "vitest";
import { slugify } from "../../src/pipeline/slug.ts";

describe("slugify", () => {
  it.each([
    ["Macron had a “clear and frank discussion” with Elon Musk", "macron-had-a-clear-and-frank-discussion-with-elon-musk"],
    ["Le propriétaire de Twitter, Elon Musk, subit la pression", "le-proprietaire-de-twitter-elon-musk-subit-la-pression"],
    ["UN chief’s “no personal feelings”", "un-chiefs-no-personal-feelings"],
    ["Ünïcödé — ☃ 2024!", "unicode-2024"],
  ])("slugify(%j) is %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("slugify cuts at a word boundary", () => {
    expect(slugify("alpha beta gamma delta", 12)).toBe("alpha-beta");
  });

  it("slugify of text with no letters or digits is empty", () => {
    expect(slugify("« » — !")).toBe("");
  });
});
