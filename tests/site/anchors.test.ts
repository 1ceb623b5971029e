import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { AnchorLock } from "../../src/schema/anchors.ts";
import { QuoteExport } from "../../src/schema/export.ts";
import { page, squash } from "../helpers/html.ts";
import { ROOT, listFiles, readSiteFile, site } from "../helpers/site.ts";

/** The page's article text, as annotation selectors count it: its blocks, one per line, without notes. */
function articleText(doc: HTMLElement): string {
  const body = doc.querySelector(".article-body");
  if (!body) return "";
  const clone = parse(body.outerHTML);
  for (const el of clone.querySelectorAll(".quote-meta")) el.remove();
  return clone.querySelectorAll("[data-line]").map((el) => el.textContent).join("\n");
}

/** Whether `url` (site-relative, with a fragment) lands on an element of the built site. */
function resolves(dir: string, url: string): boolean {
  const [path, id] = url.split("#");
  let file = (path ?? "/").replace(/^\//, "");
  if (file === "" || file.endsWith("/")) file += "index.html";
  if (!listFiles(dir).includes(file)) return false;
  return id === undefined || page(dir, `/${file}`).getElementById(id) !== null;
}

const lock = AnchorLock.parse(JSON.parse(readFileSync(join(ROOT, "seeds/anchors.lock.json"), "utf8")));
const quotes = QuoteExport.array().parse(JSON.parse(readSiteFile(site.main, "data/quotes.json")));

describe("permalinks of the real site", () => {
  it("the committed registry is up to date: the build added nothing to it", () => {
    const current = new Set(quotes.map((q) => q.id));
    const registered = new Set(Object.values(lock.articles).flatMap((a) => Object.keys(a.anchors)));
    for (const id of current) expect(registered.has(id), id).toBe(true);
  });

  it("every id and slug in the registry resolves in the built site", () => {
    const broken: string[] = [];
    for (const a of Object.values(lock.articles)) {
      const current = a.slugs.find((s) => resolves(site.main, `/articles/${s}/`) && !readSiteFile(site.main, `articles/${s}/index.html`).includes('http-equiv="refresh"'));
      for (const slug of a.slugs) if (!resolves(site.main, `/articles/${slug}/`)) broken.push(slug);
      for (const id of Object.keys(a.anchors)) if (!current || !resolves(site.main, `/articles/${current}/#${id}`)) broken.push(`${current}#${id}`);
    }
    expect(broken).toEqual([]);
  });

  it("every quotation url in quotes.json resolves", () => {
    expect(quotes.filter((q) => !resolves(site.main, q.url)).map((q) => q.url)).toEqual([]);
  });
});

describe("/data/annotations.jsonld", () => {
  const doc = JSON.parse(readSiteFile(site.main, "data/annotations.jsonld"));
  const items = doc.first.items as {
    type: string;
    body: { value: string };
    target: { source: string; selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }, { value: string }] };
  }[];

  it("is a W3C annotation collection with one Annotation per quotation", () => {
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.type).toBe("AnnotationCollection");
    expect(items).toHaveLength(quotes.length);
    for (const a of items) expect(a.type).toBe("Annotation");
  });

  it("every selector's text is found once in its page's article text, at its position", () => {
    for (const a of items) {
      const [quote, position, fragment] = a.target.selector;
      const text = articleText(page(site.main, a.target.source));
      const whole = quote.prefix + quote.exact + quote.suffix;
      expect(text.split(whole).length - 1, `${a.target.source}#${fragment.value}`).toBe(1);
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(resolves(site.main, `${a.target.source}#${fragment.value}`)).toBe(true);
    }
  });
});

describe("the quotations and people indexes", () => {
  it("/quotes/ lists every quotation once, across its pages, each linking to its anchor", () => {
    // The index and its pages 2, 3…; facet pages (/quotes/year-2022/) repeat its quotations.
    const pages = listFiles(site.main).filter((f) => /^quotes\/(\d+\/)?index\.html$/.test(f));
    const links = pages.flatMap((f) => page(site.main, `/${f}`).querySelectorAll(".quote-list a[href*='#q-']").map((a) => a.getAttribute("href")));
    // The same words by the same speaker twice in one article are listed once, at the first.
    const key = (q: (typeof quotes)[number]) => `${q.article}|${q.speaker}|${q.text}`;
    const firsts = quotes.filter((q, i) => quotes.findIndex((o) => key(o) === key(q)) === i);
    expect(links.length).toBe(new Set(links).size);
    expect(new Set(links)).toEqual(new Set(firsts.map((q) => q.url)));
  });

  it("each facet page lists only what it says", () => {
    const french = page(site.main, "/quotes/french/").querySelectorAll(".quote-list > li");
    expect(french.length).toBe(quotes.filter((q) => q.language === "fr").length);
    const y2024 = page(site.main, "/quotes/year-2024/").querySelectorAll(".quote-list time").map((t) => t.getAttribute("datetime"));
    expect(y2024.length).toBeGreaterThan(0);
    for (const d of y2024) expect(d?.startsWith("2024")).toBe(true);
  });

  it("/people/<id>/ says who the speaker is and lists all their quotations", () => {
    const guterres = page(site.main, "/people/antonio-guterres/");
    expect(squash(guterres.querySelector(".profile")?.textContent ?? "")).toContain("UN Secretary-General");
    expect(squash(guterres.querySelector(".profile")?.textContent ?? "")).toContain("Portugal");
    expect(guterres.querySelectorAll(".quote-list > li").length).toBe(quotes.filter((q) => q.speaker === "António Guterres").length);
    expect(page(site.main, "/people/").querySelector('a[href="/people/antonio-guterres/"]')).not.toBeNull();
  });

  it("article pages carry schema.org Quotation JSON-LD for each quotation", () => {
    const html = page(site.main, quotes[0]!.url);
    const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
    expect(ld["@graph"].length).toBe(quotes.filter((q) => q.article === quotes[0]!.article).length);
    expect(ld["@graph"][0]["@type"]).toBe("Quotation");
  });
});
