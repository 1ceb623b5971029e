import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { page, squash } from "../helpers/html.ts";
import { PUBLISHED, listFiles, site } from "../helpers/site.ts";

const root = `${PUBLISHED.origin}${PUBLISHED.base}`;
const articles = listFiles(site.published).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
const meta = (doc: ReturnType<typeof page>, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? null;
const at = (f: string) => page(site.published, `/${f}`);

describe("sharing and discovery, built with SITE_URL under a base path", () => {
  it("every listed page has a canonical URL: absolute, under the base path, its own address", () => {
    for (const f of listFiles(site.published).filter((x) => x.endsWith("index.html"))) {
      const doc = at(f);
      if (doc.querySelector('meta[name="robots"][content="noindex"]')) continue;
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), f).toBe(`${root}${f.replace(/index\.html$/, "")}`);
    }
  });

  it("article pages carry Open Graph and Twitter card meta: type article, title, description, URL, locale, date", () => {
    for (const f of articles) {
      const doc = at(f);
      const lang = doc.querySelector("html")?.getAttribute("lang");
      expect(meta(doc, "og:type"), f).toBe("article");
      expect(meta(doc, "og:title"), f).toBe(doc.querySelector("title")?.textContent);
      expect(meta(doc, "og:description")?.length ?? 0, f).toBeGreaterThan(30);
      expect(meta(doc, "og:url"), f).toBe(`${root}${f.replace(/index\.html$/, "")}`);
      expect(meta(doc, "og:locale"), f).toBe(lang === "fr" ? "fr_FR" : "en_GB");
      expect(meta(doc, "og:site_name"), f).toBe("On the Record");
      expect(meta(doc, "article:published_time"), f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta(doc, "twitter:card"), f).toBe("summary");
      expect(meta(doc, "twitter:title"), f).toBe(meta(doc, "og:title"));
    }
  });

  it("article pages carry a schema.org NewsArticle, which each Quotation is part of", () => {
    for (const f of articles) {
      const blocks = at(f).querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
      const news = blocks.find((b) => b["@type"] === "NewsArticle");
      expect(news, f).toBeDefined();
      expect(news?.["@context"]).toBe("https://schema.org");
      expect(news?.url).toBe(`${root}${f.replace(/index\.html$/, "")}`);
      expect(typeof news?.headline).toBe("string");
      expect(news?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["en", "fr"]).toContain(news?.inLanguage);
      const quotations = (blocks.find((b) => Array.isArray(b["@graph"]))?.["@graph"] ?? []) as { isPartOf: { "@id": string } }[];
      expect(quotations.length).toBeGreaterThan(0);
      for (const q of quotations) expect(q.isPartOf["@id"]).toBe(news?.["@id"]);
    }
  });

  it("the RSS feed is RSS 2.0 with every article, newest first, and pages point to it", () => {
    const rss = readFileSync(join(site.published, "rss.xml"), "utf8");
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    const dates = [...rss.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates).toHaveLength(articles.length);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(rss).toContain(`<atom:link href="${root}rss.xml" rel="self"`);
    expect(page(site.published, "/").querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute("href")).toBe(`${PUBLISHED.base}rss.xml`);
  });

  it("robots.txt names the sitemap", () => {
    expect(readFileSync(join(site.published, "robots.txt"), "utf8")).toContain(`Sitemap: ${root}sitemap.xml`);
  });
});

describe("without SITE_URL", () => {
  it("pages leave out the tags that need an absolute URL, and no sitemap or feed is written; robots.txt is", () => {
    const home = page(site.main, "/");
    expect(home.querySelector('link[rel="canonical"]')).toBeNull();
    expect(home.querySelector('meta[property="og:url"]')).toBeNull();
    expect(meta(home, "og:title")).toBe(home.querySelector("title")?.textContent);
    expect(existsSync(join(site.main, "sitemap.xml"))).toBe(false);
    expect(existsSync(join(site.main, "rss.xml"))).toBe(false);
    expect(readFileSync(join(site.main, "robots.txt"), "utf8")).not.toContain("Sitemap:");
  });
});

describe("the 404 page", () => {
  const doc = page(site.published, "/404.html");

  it("says what happened, offers a search box and the ways in, and is kept out of search engines", () => {
    expect(squash(doc.querySelector("h1")?.textContent ?? "")).toBe("Page not found");
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector(`main form[action="${PUBLISHED.base}search/"] input[name="q"]`)).not.toBeNull();
    const links = doc.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    for (const to of ["", "timeline/", "quotes/", "people/"]) expect(links).toContain(`${PUBLISHED.base}${to}`);
    expect(links.filter((h) => h?.startsWith(`${PUBLISHED.base}articles/`))).toHaveLength(articles.length);
  });

  it("works at any depth: every link and asset is root-relative", () => {
    const refs = [...doc.querySelectorAll("[href], [src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "");
    expect(refs.filter((r) => !r.startsWith("/") && !r.startsWith("#") && !r.startsWith("https://"))).toEqual([]);
  });
});
