import { describe, expect, it } from "vitest";
import { pageUrl, robotsTxt, rssXml, sitemapXml } from "../../src/integration/discovery.ts";
import { articleSummary } from "../../src/lib/share.ts";

const article = (slug: string, published: string | null, title = slug) => ({
  slug, title, published, dek: null, language: "en", source: { publisher: "The Register", url: null },
  quotes: [{ speaker: { name: "Ofcom" } }, { speaker: null }],
}) as unknown as Parameters<typeof rssXml>[0][number];

describe("discovery files", () => {
  it("pageUrl('articles/x/index.html', site, '/sub/') is the absolute directory URL", () => {
    expect(pageUrl("articles/x/index.html", "https://example.org", "/sub/")).toBe("https://example.org/sub/articles/x/");
    expect(pageUrl("index.html", "https://example.org", "/")).toBe("https://example.org/");
  });

  it("sitemapXml escapes & and lists each URL once, in the order given", () => {
    const xml = sitemapXml(["https://e.org/a/", "https://e.org/b/?x=1&y=2"]);
    expect(xml).toContain("<loc>https://e.org/b/?x=1&amp;y=2</loc>");
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });

  it("rssXml orders articles newest first, undated last, and names no build time (same bytes every build)", () => {
    const xml = rssXml([article("old", "2022-11-06"), article("undated", null), article("new", "2024-08-08")], "https://e.org", "/");
    const links = [...xml.matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(links).toEqual(["new", "old", "undated"]);
    expect(xml).toContain("<pubDate>Thu, 08 Aug 2024 00:00:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Thu, 08 Aug 2024 00:00:00 GMT</lastBuildDate>");
    expect(xml).not.toContain("<title><");
  });

  it("rssXml escapes markup in titles", () => {
    expect(rssXml([article("x", null, "<b>&</b>")], "https://e.org", "/")).toContain("<title>&lt;b&gt;&amp;&lt;/b&gt;</title>");
  });

  it("robotsTxt names the sitemap only when there is one", () => {
    expect(robotsTxt(null)).not.toContain("Sitemap");
    expect(robotsTxt("https://e.org/sitemap.xml")).toContain("Sitemap: https://e.org/sitemap.xml");
  });

  it("articleSummary says how many quotations and from whom, when the article has no standfirst", () => {
    expect(articleSummary({ dek: null, language: "en", quotes: [{ speaker: { name: "Ofcom" } }, { speaker: null }], source: { publisher: "The Register" } })).toBe(
      "2 quotations from Ofcom, as reported by The Register, each credited and linkable.",
    );
    expect(articleSummary({ dek: "A standfirst.", language: "en", quotes: [], source: null })).toBe("A standfirst.");
  });
});
