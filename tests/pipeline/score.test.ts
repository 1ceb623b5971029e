import { describe, expect, it } from "vitest";
import { scoreSeed, total } from "../../src/eval/score.ts";

const gold = [
  { has: "no personal feelings in relation", speaker: "Guterres", kind: "quote" as const },
  { has: "be careful what you wish", speaker: "Musk", kind: "quote" as const },
  { has: "very interested", speaker: "Guterres", kind: "partial" as const },
  { has: "arrêter toute publicité", speaker: null, kind: "partial" as const },
  { has: "yes", speaker: null, kind: "not" as const },
];

describe("scoreSeed", () => {
  it("scoreSeed counts found and right speakers, `not` spans credited to someone, and extras", () => {
    const s = scoreSeed("s", gold, [
      { id: "a", text: "I have no personal feelings in relation to who manages", speaker: "António Guterres" },
      { id: "b", text: "As the saying goes, be careful what you wish,", speaker: "António Guterres" },
      { id: "c", text: "Arreter toute publicite sur Twitter", speaker: null },
      { id: "d", text: "yes", speaker: "Elon Musk" },
      { id: "e", text: "Eyes on the road", speaker: "Ann Lee" },
    ]);
    expect(s.quotes).toMatchObject({ total: 2, found: 2, right: 1 });
    expect(s.quotes.misses).toEqual(["be careful what you wish → Musk (got António Guterres)"]);
    expect(s.partials).toMatchObject({ total: 2, found: 1, right: 1 });
    expect(s.notAsSpeech).toEqual(["yes"]);
    expect(s.extra.map((f) => f.id)).toEqual(["e"]);
    expect(total([s, s])).toEqual({ quotes: [2, 4], partials: [2, 4], notAsSpeech: 2, extra: 2 });
  });

  it("scoreSeed matches words whole: 'yes' is not found inside 'eyes'", () => {
    const s = scoreSeed("s", [{ has: "yes", speaker: "X", kind: "quote" }], [{ id: "a", text: "eyes", speaker: "X" }]);
    expect(s.quotes.found).toBe(0);
  });
});
