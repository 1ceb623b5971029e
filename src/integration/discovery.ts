import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { articleSummary } from "../lib/share.ts";
import type { Article } from "../schema/article.ts";
import { listFiles } from "./list-files.ts";

/**
 * Files that let search engines and feed readers find the site: `sitemap.xml` and `rss.xml`
 * (written only when the build knows its public origin, SITE_URL: both formats require absolute
 * URLs) and `robots.txt` (always). Written from the built pages, so the sitemap lists exactly what
 * was built; redirects and the 404 page (marked `noindex`) are left out.
 */

const NOINDEX = /<meta name="robots" content="noindex"/;

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", "'": "apos", '"': "quot" }[c] ?? ""};`);
}

/** The page URL of a built HTML file, absolute under the site and base path. */
export function pageUrl(file: string, site: string, base: string): string {
  const dir = file === "index.html" ? "" : file.replace(/index\.html$/, "");
  return new URL(`${base}${dir}`, site).href;
}

export function sitemapXml(urls: readonly string[]): string {
  const items = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>\n`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}</urlset>\n`;
}

/** RFC 822 date of a calendar day, as RSS wants: `Sat, 05 Nov 2022 00:00:00 GMT`. */
function rfc822(day: string): string {
  return new Date(`${day}T00:00:00Z`).toUTCString();
}

type FeedArticle = Pick<Article, "title" | "slug" | "dek" | "published" | "language" | "quotes" | "source">;

/**
 * RSS 2.0 of every article, newest first (undated ones last, then by title and slug, so that the
 * order never depends on the file system). No build time appears: two builds give the same bytes.
 */
export function rssXml(articles: readonly FeedArticle[], site: string, base: string): string {
  const home = new URL(base, site).href;
  const sorted = [...articles].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.slug < b.slug ? -1 : 1));
  const newest = sorted.find((a) => a.published)?.published ?? null;
  const items = sorted.map((a) => {
    const link = new URL(`${base}articles/${a.slug}/`, site).href;
    const about = articleSummary(a);
    return [
      "    <item>",
      `      <title>${escapeXml(a.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <description>${escapeXml(about)}</description>`,
      ...(a.published ? [`      <pubDate>${rfc822(a.published)}</pubDate>`] : []),
      `      <category>${a.language === "fr" ? "in French" : "in English"}</category>`,
      "    </item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    "    <title>On the Record</title>",
    `    <link>${escapeXml(home)}</link>`,
    `    <atom:link href="${escapeXml(new URL(`${base}rss.xml`, site).href)}" rel="self" type="application/rss+xml"/>`,
    "    <description>Annotated news articles on the regulatory and civil-society pressure on Twitter/X, 2022–2024: every quotation credited and linkable.</description>",
    "    <language>en</language>",
    ...(newest ? [`    <lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

export function robotsTxt(sitemap: string | null): string {
  return `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ""}`;
}

/** Writes the three files into a built site; returns how many pages the sitemap lists (0 without a site). */
export async function writeDiscovery(distDir: string, site: string | undefined, base: string, articles: readonly FeedArticle[]): Promise<number> {
  if (!site) {
    await writeFile(join(distDir, "robots.txt"), robotsTxt(null));
    return 0;
  }
  const urls: string[] = [];
  for (const file of (await listFiles(distDir)).filter((f) => f.endsWith("index.html"))) {
    if (!NOINDEX.test(await readFile(join(distDir, file), "utf8"))) urls.push(pageUrl(file, site, base));
  }
  await writeFile(join(distDir, "sitemap.xml"), sitemapXml(urls));
  await writeFile(join(distDir, "rss.xml"), rssXml(articles, site, base));
  await writeFile(join(distDir, "robots.txt"), robotsTxt(new URL(`${base}sitemap.xml`, site).href));
  return urls.length;
}
