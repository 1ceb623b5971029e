import { describe, expect, it } from "vitest";
import { speakerLine } from "../../src/lib/format.ts";
import { listQuotations, profiles } from "../../src/lib/quotations.ts";
import type { Article } from "../../src/schema/article.ts";
import type { Quote, Speaker } from "../../src/schema/quote.ts";

function quote(n: number, speaker: Speaker): Quote {
  return {
    id: `q-${n}`, text: `words ${n}`, segments: [{ block: 0, start: 0, end: 1 }], closed: true, depth: 0, embed: null,
    speaker, cue: "said", mode: "said", date: "2023-05-02", dateBasis: "reported", when: null, attribution: "auto", method: null,
    context: { start: 0, end: 1, exact: "w", prefix: "", suffix: "" }, aliases: [], revised: null,
  };
}

function article(seed: string, quotes: Quote[]): Article {
  return {
    seed, slug: seed, title: seed, titleSource: "text", dek: null, language: "fr", published: "2023-05-02", publishedPrecision: "stated", publishedNote: null,
    source: null, quotes, terms: [], removed: [], removedQuotes: [], oldSlugs: [], words: 1, events: [],
  };
}

const named: Speaker = { id: "ada-okafor", name: "Ada Okafor", type: "person", role: "Minister", organisation: null };
const prosecutor: Speaker = { id: "le-procureur", name: "le procureur", type: "person", role: null, organisation: null, unnamed: true };

describe("profiles", () => {
  it("gives named speakers a profile and the prosecutors of two stories none", () => {
    const listed = listQuotations([article("a", [quote(1, named), quote(2, prosecutor)]), article("b", [quote(3, prosecutor)])]);
    expect(listed).toHaveLength(3);
    expect(profiles(listed).map((p) => p.id)).toEqual(["ada-okafor"]);
  });
});

describe("speakerLine", () => {
  it("opens with a capital when the speaker is a description", () => {
    expect(speakerLine({ speaker: prosecutor }, "fr")).toBe("Le procureur");
    expect(speakerLine({ speaker: named }, "en")).toBe("Ada Okafor, Minister");
  });
});
