import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { page, squash } from "../helpers/html.ts";
import { listFiles, site } from "../helpers/site.ts";

const articlePages = listFiles(site.main).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));

describe("built pages", () => {
  it("every seed has an article page, and the home page links to each", () => {
    expect(articlePages).toHaveLength(5);
    const home = page(site.main, "/");
    for (const f of articlePages) {
      expect(home.querySelector(`a[href="/${f.replace("index.html", "")}"]`), f).not.toBeNull();
    }
  });

  it("the French article is served with lang=fr, the others with lang=en", () => {
    const langs = articlePages.map((f) => page(site.main, `/${f}`).querySelector("html")?.getAttribute("lang")).sort();
    expect(langs).toEqual(["en", "en", "en", "en", "fr"]);
  });

  it("every quotation element has a visible link to itself and an attribution", () => {
    for (const f of articlePages) {
      for (const el of page(site.main, `/${f}`).querySelectorAll(".quote[id], .quote-group[id]")) {
        const link = el.querySelector(`a[href="#${el.id}"]`);
        expect(link, `${f}#${el.id}`).not.toBeNull();
        expect(squash(el.querySelector(".quote-meta")?.textContent ?? "").length).toBeGreaterThan(3);
      }
    }
  });

  it("removed boilerplate is listed, with its reason, in the source notes", () => {
    const html = page(site.main, "/" + articlePages.find((f) => f.includes("guterres"))!);
    const notes = squash(html.querySelector("details.source-notes")?.textContent ?? "");
    expect(notes).toContain("photo credit");
    expect(notes).toContain("Getty Images");
    expect(notes).toContain("Join our official telegram channel");
  });

  it("Pagefind wrote an index for each language", () => {
    const files = listFiles(site.main).filter((f) => f.startsWith("pagefind/"));
    expect(files).toContain("pagefind/pagefind.js");
    expect(files.some((f) => /^pagefind\/pagefind\.en_[0-9a-f]+\.pf_meta$/.test(f))).toBe(true);
    expect(files.some((f) => /^pagefind\/pagefind\.fr_[0-9a-f]+\.pf_meta$/.test(f))).toBe(true);
  });

  it("two builds of the same seeds, in UTC/English and Pacific/Chatham/French, give byte-identical sites", () => {
    const files = listFiles(site.main);
    expect(listFiles(site.again)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(site.main, f)).equals(readFileSync(join(site.again, f))));
    expect(differing).toEqual([]);
  });
});
