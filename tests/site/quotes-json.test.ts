import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QuoteExport } from "../../src/schema/export.ts";
import { page, squash, words } from "../helpers/html.ts";
import { ROOT, readSiteFile, site } from "../helpers/site.ts";

const quotes = QuoteExport.array().parse(JSON.parse(readSiteFile(site.main, "data/quotes.json")));
const gold = JSON.parse(readFileSync(join(ROOT, "../shared/eval/gold-seeds.json"), "utf8")) as {
  seeds: Record<string, { quotes: { has: string; speaker: string | null; kind: string }[] }>;
};

describe("dist/data/quotes.json", () => {
  it("quotes.json lists quotations from every seed, with unique ids per article", () => {
    expect(new Set(quotes.map((q) => q.article)).size).toBe(5);
    const keys = quotes.map((q) => q.url);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("every entry's url lands on an element with that id holding that text", () => {
    for (const q of quotes) {
      const el = page(site.main, q.url).getElementById(q.id);
      expect(el, q.url).not.toBeNull();
      // A quotation over several paragraphs is checked paragraph by paragraph.
      for (const part of q.text.split("\n")) expect(words(el!), q.url).toContain(squash(part));
    }
  });

  it("every gold quotation of kind quote is in quotes.json", () => {
    const missing: string[] = [];
    for (const [seed, g] of Object.entries(gold.seeds)) {
      for (const want of g.quotes.filter((x) => x.kind === "quote")) {
        if (!quotes.some((q) => squash(q.text).includes(squash(want.has)))) missing.push(`${seed}: ${want.has}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("two builds of the same seeds give byte-identical quotes.json", () => {
    expect(readSiteFile(site.again, "data/quotes.json")).toBe(readSiteFile(site.main, "data/quotes.json"));
  });
});
