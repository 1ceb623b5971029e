import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { loadSeeds } from "../../src/integration/seeds.ts";
import { visible } from "../../src/pipeline/mdx.ts";
import { arbitraryParagraphs } from "../helpers/arbitrary-seed.ts";
import { page, squash } from "../helpers/html.ts";
import { ROOT, site } from "../helpers/site.ts";

/** What a reader sees of an element: its text without the notes added beside quotations. */
function shown(html: string): string {
  const el = parse(html);
  for (const m of el.querySelectorAll(".quote-meta")) m.remove();
  return el.textContent;
}

const sets = [
  { name: "the project's seeds", seeds: join(ROOT, "seeds"), dir: site.main },
  { name: "the hostile fixtures", seeds: join(ROOT, ".tmp/seed-copies/hostile"), dir: site.hostile },
];

describe.each(sets)("text preservation: $name", async ({ seeds, dir }) => {
  const loaded = await loadSeeds(seeds);

  it("every seed has a page, and none is in error", () => {
    expect(loaded.errors).toEqual([]);
    expect(loaded.seeds.length).toBeGreaterThan(0);
  });

  it.each(loaded.seeds.map((s) => [s.file, s] as const))("%s: every kept block is on the page, character for character", (_file, s) => {
    const doc = page(dir, `/articles/${s.article.slug}/`);
    for (const b of s.blocks) {
      if (b.kind === "title") {
        if (s.article.titleSource === "text") expect(doc.querySelector("h1")?.textContent).toBe(b.text);
        continue;
      }
      const el = doc.querySelector(`.article-body [data-line="${b.line}"]`);
      expect(el, `${s.file}:${b.line}`).not.toBeNull();
      expect(shown(el!.outerHTML), `${s.file}:${b.line}`).toBe(visible(b.text));
    }
  });

  it.each(loaded.seeds.map((s) => [s.file, s] as const))("%s: every removed piece is listed with its reason", (_file, s) => {
    const notes = squash(shown(page(dir, `/articles/${s.article.slug}/`).querySelector(".source-notes")?.outerHTML ?? ""));
    for (const r of s.article.removed) {
      expect(notes, `${s.file}:${r.line}`).toContain(squash(visible(r.text)));
      expect(notes).toContain(r.reason);
    }
  });
});

describe("arbitrary Unicode (fast-check, fixed seed) through the real build", () => {
  it("every arbitrary paragraph's page text equals its input", async () => {
    const { seeds } = await loadSeeds(join(ROOT, ".tmp/seed-copies/hostile"));
    const s = seeds.find((x) => x.file.endsWith("arbitrary-unicode.txt"))!;
    const doc = page(site.hostile, `/articles/${s.article.slug}/`);
    const text = [...doc.querySelectorAll(".article-body [data-line]")].map((el) => shown(el.outerHTML));
    for (const p of arbitraryParagraphs()) expect(text, p).toContain(visible(p.replace(/^\s+|\s+$/gu, "")));
  });
});
