import { describe, expect, it } from "vitest";
import { CONTEXT_WINDOW, quotationContext, quotationRecords, type SearchArticle, type SearchQuote } from "../../src/integration/search-records.ts";

const speaker = { id: "ada-okafor", name: "Ada Okafor", type: "person" as const, role: "Minister", organisation: null };

function quoteIn(text: string, words: string, block = 0, offset = 0): SearchQuote {
  const start = offset + text.indexOf(words);
  return { id: "q-okafor-x", text: words, speaker, date: null, segments: [{ block, start, end: start + words.length }] };
}

describe("quotationContext", () => {
  it("keeps the words around a quotation and leaves its own words out", () => {
    const text = 'Ada Okafor cautioned against hate speech: "Platforms must act now," she said on Tuesday.';
    const q = quoteIn(text, "Platforms must act now,", 0, 10);
    expect(quotationContext(q, [{ index: 0, text, start: 10 }])).toBe('Ada Okafor cautioned against hate speech: " … " she said on Tuesday.');
  });

  it("takes at most the window either side, cut at a word, however long the paragraph", () => {
    const filler = "word ".repeat(200_000);
    const text = `${filler}"the quoted words" ${filler}`;
    const q = quoteIn(text, "the quoted words");
    const context = quotationContext(q, [{ index: 0, text, start: 0 }]);
    expect(context.length).toBeLessThanOrEqual(2 * CONTEXT_WINDOW + 3);
    expect(context).not.toContain("the quoted words");
    // Whole words only: the cut never leaves a piece of one.
    expect(context.replace(/"/gu, "").split(" ").filter((w) => w !== "…" && w !== "")).toEqual(expect.arrayContaining(["word"]));
    expect(new Set(context.replace(/"/gu, "").split(" ").filter((w) => w !== "…" && w !== ""))).toEqual(new Set(["word"]));
  });

  it("joins the paragraphs of a quotation that runs over several", () => {
    const a = 'He wrote: "First part';
    const b = 'and the second," he added.';
    const q: SearchQuote = { id: "q-x", text: "First part\nand the second,", speaker, date: null, segments: [{ block: 3, start: 11, end: 21 }, { block: 4, start: 22, end: 37 }] };
    expect(quotationContext(q, [{ index: 3, text: a, start: 0 }, { index: 4, text: b, start: 22 }])).toBe('He wrote: " … … " he added.');
  });
});

describe("quotationRecords", () => {
  it("gives each quotation a record at its anchor, with who said it and its filters", () => {
    const text = 'Ada Okafor said: "We will act," on Tuesday.';
    const article: SearchArticle = { slug: "a-story", title: "A story", language: "en", published: "2023-05-02", quotes: [quoteIn(text, "We will act,")] };
    const [record] = quotationRecords(article, [{ index: 0, text, start: 0 }]);
    expect(record?.url).toBe("/articles/a-story/#q-okafor-x");
    expect(record?.content).toBe('We will act,\nAda Okafor said: " … " on Tuesday.\n(Ada Okafor, Minister)');
    expect(record?.filters).toEqual({ kind: ["quotation"], speaker: ["Ada Okafor"], "actor type": ["person"], year: ["2023"], language: ["English"] });
    expect(record?.meta).toMatchObject({ title: "Ada Okafor", kind: "quotation", article: "A story", article_url: "/articles/a-story/", date: "2023-05-02" });
  });

  it("keeps an unnamed speaker searchable by their description but out of the speaker filter", () => {
    const text = '"We will appeal," the defence lawyer said.';
    const unnamed = { id: "the-defence-lawyer", name: "the defence lawyer", type: "person" as const, role: null, organisation: null, unnamed: true as const };
    const article: SearchArticle = { slug: "a-trial", title: "A trial", language: "en", published: "2023-05-02", quotes: [{ ...quoteIn(text, "We will appeal,"), speaker: unnamed }] };
    const [record] = quotationRecords(article, [{ index: 0, text, start: 0 }]);
    expect(record?.content).toContain("(the defence lawyer)");
    expect(record?.filters).toEqual({ kind: ["quotation"], "actor type": ["person"], year: ["2023"], language: ["English"] });
  });
});
