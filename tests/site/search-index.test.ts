import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { page } from "../helpers/html.ts";
import { listFiles, readSiteFile, site } from "../helpers/site.ts";

const entry = JSON.parse(readSiteFile(site.main, "pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
const quotes = JSON.parse(readSiteFile(site.main, "data/quotes.json")) as { language: string; url: string }[];
const articles = listFiles(join(site.main, "articles")).filter((f) => f.endsWith("index.html"));
/** Pages Pagefind reads: those marking their body (redirects, lists and the search page do not). */
const indexedPages = listFiles(site.main)
  .filter((f) => f.endsWith(".html"))
  .map((f) => page(site.main, `/${f}`))
  .filter((doc) => doc.querySelector("[data-pagefind-body]") !== null);
const events = existsSync(join(site.main, "data/events.json")) ? (JSON.parse(readSiteFile(site.main, "data/events.json")) as unknown[]) : [];
const sw = readSiteFile(site.main, "sw.js");
const swUrls = JSON.parse(/const URLS = (\[.*\]);/.exec(sw)?.[1] ?? "[]") as string[];

describe("the Pagefind index", () => {
  it("holds the pages, one record per quotation and one per timeline event, French apart from English", () => {
    const pages = (lang: string) => indexedPages.filter((doc) => doc.querySelector("html")?.getAttribute("lang") === lang).length;
    // Events are written in English, for this site.
    const records = (lang: string) => quotes.filter((q) => q.language === lang).length + (lang === "en" ? events.length : 0);
    expect(articles.every((f) => indexedPages.some((doc) => doc.querySelector("h1")?.textContent === page(site.main, `/articles/${f}`).querySelector("h1")?.textContent))).toBe(true);
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "fr"]);
    expect(entry.languages.en?.page_count).toBe(pages("en") + records("en"));
    expect(entry.languages.fr?.page_count).toBe(pages("fr") + records("fr"));
  });

  it("files each article page under kind, speaker, year and language filters", () => {
    const html = page(site.main, `/articles/${articles[0]}`);
    const body = html.querySelector("[data-pagefind-body]");
    const filters = body?.querySelectorAll("[data-pagefind-filter]").map((e) => e.getAttribute("data-pagefind-filter")) ?? [];
    expect(filters).toContain("kind:article");
    expect(filters.some((f) => f?.startsWith("speaker:"))).toBe(true);
    expect(filters.some((f) => /^year:\d{4}$/.test(f ?? ""))).toBe(true);
    expect(filters.some((f) => /^language:(English|French)$/.test(f ?? ""))).toBe(true);
    // The facets are attributes of empty elements: nothing of them is indexed as text.
    for (const e of body?.querySelectorAll("[data-pagefind-filter]") ?? []) expect(e.textContent).toBe("");
  });

  it("leaves the search page and the home page out of the index", () => {
    for (const url of ["/search/", "/"]) expect(page(site.main, url).querySelector("[data-pagefind-body]")).toBeNull();
  });
});

describe("the search page", () => {
  const html = readSiteFile(site.main, "search/index.html");
  const doc = page(site.main, "/search/");

  it("says without JavaScript that search needs it, and links to the quotations index", () => {
    const note = doc.querySelector("noscript");
    expect(note?.innerHTML).toMatch(/needs JavaScript/);
    expect(note?.innerHTML).toContain('href="/quotes/"');
    // The JavaScript form is hidden until the script shows it, so no one gets a box that does nothing.
    expect(doc.querySelector("form.search-form")?.hasAttribute("hidden")).toBe(true);
  });

  it("has no inline scripts and loads nothing from another host", () => {
    for (const s of doc.querySelectorAll("script")) {
      if (s.getAttribute("type") === "application/ld+json") continue;
      expect(s.getAttribute("src"), s.outerHTML.slice(0, 80)).toMatch(/^\/_astro\//);
      expect(s.textContent.trim()).toBe("");
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("carries the index's cache tag, a hash of Pagefind's entry file", () => {
    const tag = createHash("sha256").update(readFileSync(join(site.main, "pagefind/pagefind-entry.json"))).digest("hex").slice(0, 12);
    expect(doc.querySelector("#search")?.getAttribute("data-index-tag")).toBe(tag);
    expect(swUrls).toContain(`/pagefind/pagefind-entry.json?ts=${tag}`);
  });
});

describe("the service worker", () => {
  it("caches every page, asset and index file of the build", () => {
    const files = listFiles(site.main).filter((f) => f !== "sw.js" && !/^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f));
    const expected = files.map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1").replace(/^pagefind\/pagefind-entry\.json$/, (m) => `${m}?ts=`)}`);
    expect(swUrls.map((u) => u.replace(/\?ts=.*$/, "?ts="))).toEqual(expected);
    for (const q of quotes) expect(swUrls).toContain(q.url.replace(/#.*$/, ""));
  });

  it("is versioned by the build's content", () => {
    expect(sw).toMatch(/const VERSION = "[0-9a-f]{16}";/);
    expect(readSiteFile(site.again, "sw.js")).toBe(sw);
  });
});
