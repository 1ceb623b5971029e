import { describe, expect, it } from "vitest";
import { firstPositions } from "../../src/timeline/first-positions.ts";

describe("firstPositions", () => {
  it("firstPositions finds each pattern's first occurrence, -1 when absent and 0 for the empty pattern", () => {
    const text = "abcabcab xyz abc";
    const patterns = ["abc", "cab", "xyz", "z abc", "nope", "", "b", "abc", "c", "y"];
    expect(firstPositions(text, patterns)).toEqual(patterns.map((p) => text.indexOf(p)));
  });

  it("firstPositions agrees with indexOf on random texts and patterns, surrogates included", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n);
    const letters = ["a", "b", " ", "é", "’", "😀", "\ud800"];
    const word = (n: number) => Array.from({ length: n }, () => letters[rnd(letters.length)]).join("");
    for (let round = 0; round < 200; round++) {
      const text = word(rnd(400));
      const patterns = Array.from({ length: 1 + rnd(12) }, () => (rnd(2) === 0 && text.length > 0 ? text.slice(rnd(text.length), rnd(text.length) + 40) : word(1 + rnd(6))));
      expect(firstPositions(text, patterns)).toEqual(patterns.map((p) => text.indexOf(p)));
    }
  });
});
