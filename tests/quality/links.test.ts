import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenReason, pageUrls, readSite, searchRecordUrls, type SiteMap } from "../helpers/links.ts";
import { PUBLISHED, listFiles, site } from "../helpers/site.ts";

/** Both ways the site is built: at the root without an origin, and under a base path with one. */
const builds: [string, string, SiteMap][] = [
  ["at the root", site.main, readSite(site.main)],
  ["under a base path with SITE_URL", site.published, readSite(site.published, PUBLISHED.base, PUBLISHED.origin)],
];

const json = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), "utf8"));

/** The URL of a built page, as the site links it: `articles/x/index.html` → `<base>articles/x/`. */
const pageUrl = (base: string, file: string) => `${base}${file.replace(/(^|\/)index\.html$/, "$1")}`;

function broken(map: SiteMap, urls: readonly { url: string; from?: string; where: string }[]): string[] {
  return urls.flatMap(({ url, from, where }) => {
    const why = brokenReason(map, url, from);
    return why ? [`${where} ${url}${from ? ` (on ${from})` : ""}: ${why}`] : [];
  });
}

describe.each(builds)("links of the site built %s", (_, dir, map) => {
  it("every internal href, src, cite, form action, id reference and JSON-LD URL on every page lands", () => {
    const found = [...map.ids.keys()].flatMap((file) => {
      const from = pageUrl(map.base, file);
      return pageUrls(readFileSync(join(dir, file), "utf8")).map((u) => ({ ...u, from }));
    });
    expect(found.length).toBeGreaterThan(1500);
    expect(broken(map, found)).toEqual([]);
  });

  it("every quotation URL in quotes.json and every target of annotations.jsonld lands on its quotation", () => {
    const quotes = json(dir, "data/quotes.json") as { url: string }[];
    const annotations = json(dir, "data/annotations.jsonld") as { first: { items: { target: { source: string; selector: { type: string; value?: string }[] } }[] } };
    const targets = annotations.first.items.map((a) => `${a.target.source}#${a.target.selector.find((s) => s.type === "FragmentSelector")?.value ?? ""}`);
    expect(quotes.length).toBeGreaterThan(40);
    expect(targets).toHaveLength(quotes.length);
    expect(broken(map, [...quotes.map((q) => ({ url: q.url, where: "quotes.json" })), ...targets.map((url) => ({ url, where: "annotations.jsonld" }))])).toEqual([]);
  });

  it("every event and piece of evidence in events.json lands, as /timeline/#event and /articles/<slug>/#anchor", () => {
    const events = json(dir, "data/events.json") as { id: string; evidence: { article: string; anchor: string }[] }[];
    const urls = events.flatMap((e) => [
      { url: `${map.base}timeline/#${e.id}`, where: "events.json event" },
      ...e.evidence.map((v) => ({ url: `${map.base}articles/${v.article}/#${v.anchor}`, where: `events.json evidence of ${e.id}` })),
    ]);
    expect(urls.length).toBeGreaterThan(30);
    expect(broken(map, urls)).toEqual([]);
  });

  it("every search record (page, quotation, event) and every page anchor Pagefind recorded lands", () => {
    // Pagefind stores URLs relative to the site's base; its script adds the base when it shows them.
    const urls = searchRecordUrls(dir).map((u) => ({ url: `${map.base}${u.replace(/^\//, "")}`, where: "Pagefind record" }));
    expect(urls.length).toBeGreaterThan(100);
    expect(broken(map, urls)).toEqual([]);
  });

  it("every file the service worker caches exists", () => {
    const sw = readFileSync(join(dir, "sw.js"), "utf8");
    const urls = (JSON.parse(/const URLS = (\[.*\]);/.exec(sw)?.[1] ?? "[]") as string[]).map((url) => ({ url, where: "sw.js" }));
    expect(urls.length).toBeGreaterThan(50);
    expect(broken(map, urls)).toEqual([]);
  });
});

describe("links in the sitemap and the feed (site built with SITE_URL)", () => {
  const map = builds[1]![2];
  const locs = (file: string, tag: string) => [...readFileSync(join(site.published, file), "utf8").matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, "g"))].map((m) => m[1]!.replace(/&amp;/g, "&"));

  it("sitemap.xml lists every page but the 404 page and redirects, each by its absolute URL, and each lands", () => {
    const urls = locs("sitemap.xml", "loc");
    const pages = listFiles(site.published).filter((f) => f.endsWith("index.html") && !/<meta name="robots" content="noindex"/.test(readFileSync(join(site.published, f), "utf8")));
    expect(urls).toHaveLength(pages.length);
    expect(urls.every((u) => u.startsWith(`${PUBLISHED.origin}${PUBLISHED.base}`))).toBe(true);
    expect(broken(map, urls.map((url) => ({ url, where: "sitemap.xml" })))).toEqual([]);
  });

  it("rss.xml links every article by its absolute URL, and each lands", () => {
    const links = locs("rss.xml", "link").slice(1);
    expect(links).toHaveLength(listFiles(join(site.published, "articles")).filter((f) => /^[^/]+\/index\.html$/.test(f)).length);
    expect(broken(map, links.map((url) => ({ url, where: "rss.xml" })))).toEqual([]);
  });
});

describe("the link checker itself", () => {
  const map = readSite(site.main);
  it("reports a missing page, a missing fragment and a link outside the base path", () => {
    expect(brokenReason(map, "/no-such-page/")).toMatch(/no file/);
    expect(brokenReason(map, "/timeline/#no-such-event")).toMatch(/no element/);
    expect(brokenReason({ ...map, base: "/sub/" }, "/timeline/")).toMatch(/outside the base path/);
    expect(brokenReason(map, "/timeline/#event-turk-open-letter")).toBeNull();
    expect(brokenReason(map, "https://www.ofcom.org.uk/")).toBeNull();
  });
});
