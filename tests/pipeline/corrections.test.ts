import { describe, expect, it } from "vitest";
import { people } from "../../src/data/people.ts";
import { applyCorrections, type Identified } from "../../src/pipeline/corrections.ts";

function q(autoId: string, text: string, start: number): Identified {
  return {
    autoId, text, segments: [{ block: 0, start, end: start + text.length }], closed: true, depth: 0, embed: null,
    speaker: null, cue: "said", mode: "said", method: "none", when: null, attribution: "auto",
  };
}

describe("applyCorrections", () => {
  const quotes = [q("q-one-thing", "One thing here", 0), q("q-yes", "yes", 40)];

  it("applyCorrections by id sets the registry's speaker and marks it editorial", () => {
    const r = applyCorrections(quotes, [], [{ quote: "q-one-thing", speaker: "Guterres" }], people);
    expect(r.unmatched).toEqual([]);
    expect(r.quotes[0]).toMatchObject({ attribution: "editorial", method: "editorial", speaker: { name: "António Guterres", role: "UN Secretary-General" } });
    expect(r.quotes[1]?.attribution).toBe("auto");
  });

  it("applyCorrections by words, for someone absent from the registry, uses the given role", () => {
    const r = applyCorrections(quotes, [], [{ text: "one THING", speaker: "Ada Byron", role: "Analyst" }], people);
    expect(r.quotes[0]?.speaker).toEqual({ id: "ada-byron", name: "Ada Byron", type: "person", role: "Analyst", organisation: null });
  });

  it("applyCorrections with not_speech moves the span to terms", () => {
    const r = applyCorrections(quotes, [], [{ text: "yes", not_speech: true }], people);
    expect(r.quotes.map((x) => x.autoId)).toEqual(["q-one-thing"]);
    expect(r.terms).toEqual([{ text: "yes", block: 0, start: 40, end: 43, reason: "not speech (editorial)" }]);
  });

  it("applyCorrections reports corrections that match nothing by index", () => {
    const r = applyCorrections(quotes, [], [{ quote: "q-nothing", speaker: "X" }, { text: "yes", not_speech: true }, { text: "absent words", speaker: "Y" }], people);
    expect(r.unmatched).toEqual([0, 2]);
  });
});
