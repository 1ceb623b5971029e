import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSeeds } from "../../src/integration/seeds.ts";
import { visible } from "../../src/pipeline/mdx.ts";
import { page } from "../helpers/html.ts";
import { ONE_LINE_BYTES, oneLineArticle } from "../helpers/one-line.ts";
import { ROOT, readSiteFile, site } from "../helpers/site.ts";

// The seed the build read, and what the pipeline made of it.
const text = oneLineArticle(ONE_LINE_BYTES);
const { seeds, errors } = await loadSeeds(join(ROOT, ".tmp/seed-copies/one-line"));
const seed = seeds[0]!;

describe("a 5 MB seed on a single line, through the real build", () => {
  it("is one seed, one paragraph of the whole line, with no error", () => {
    expect(Buffer.byteLength(readFileSync(join(ROOT, ".tmp/seed-copies/one-line/one-line.txt")))).toBeGreaterThanOrEqual(ONE_LINE_BYTES);
    expect(errors).toEqual([]);
    expect(seeds).toHaveLength(1);
    expect(seed.blocks.map((b) => b.kind)).toEqual(["paragraph"]);
    expect(seed.blocks[0]!.text).toBe(text);
    expect(seed.article.titleSource).toBe("derived");
  });

  it("its page shows the whole line, character for character, with its quotations anchored", () => {
    const doc = page(site.oneLine, `/articles/${seed.article.slug}/`);
    const paragraph = doc.querySelector('.article-body [data-line="1"]');
    expect(paragraph).not.toBeNull();
    for (const meta of paragraph!.querySelectorAll(".quote-meta")) meta.remove();
    expect(paragraph!.textContent).toBe(visible(text));
    expect(seed.article.quotes.length).toBeGreaterThan(1000);
    const ids = new Set(doc.querySelectorAll(".quote[id], .quote-group[id]").map((el) => el.id));
    for (const q of seed.article.quotes) expect(ids.has(q.id), q.id).toBe(true);
  });

  it("quotes.json and the search index list its quotations", () => {
    const exported = JSON.parse(readSiteFile(site.oneLine, "data/quotes.json")) as { id: string }[];
    expect(exported.map((q) => q.id)).toEqual(seed.article.quotes.map((q) => q.id));
    const entry = JSON.parse(readSiteFile(site.oneLine, "pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBeGreaterThanOrEqual(seed.article.quotes.length);
  });
});
