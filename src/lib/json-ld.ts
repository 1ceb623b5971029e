import type { Article } from "../schema/article.ts";

/**
 * Quotations described in a page's JSON-LD. It sits in the page's head, before the words: an
 * article of thousands of quotations would make readers wait for megabytes of it. Every quotation
 * of every article is in /data/annotations.jsonld and /data/quotes.json whatever the page holds.
 */
export const JSON_LD_QUOTATIONS = 200;

/**
 * schema.org `Quotation` items for an article's first JSON_LD_QUOTATIONS quotations, as JSON-LD.
 * Each points to the article by `@id` (described once by newsArticleJsonLd). `<` is escaped so
 * that no seed text can close the script element it is embedded in.
 */
export function quotationJsonLd(a: Article, path: string, site: URL | undefined): string {
  const page = site ? new URL(path, site).href : path;
  const data = {
    "@context": "https://schema.org",
    "@graph": a.quotes.slice(0, JSON_LD_QUOTATIONS).map((q) => ({
      "@type": "Quotation",
      "@id": `${page}#${q.id}`,
      text: q.text,
      inLanguage: a.language,
      ...(q.date ? { dateCreated: q.date } : {}),
      ...(q.speaker
        ? { spokenByCharacter: { "@type": q.speaker.type === "person" ? "Person" : "Organization", [q.speaker.unnamed ? "description" : "name"]: q.speaker.name, ...(q.speaker.role && q.speaker.type === "person" ? { jobTitle: q.speaker.role } : {}) } }
        : {}),
      isPartOf: { "@id": `${page}#article` },
    })),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/**
 * The article itself as a schema.org `NewsArticle` (its quotations point to it by `@id`). The
 * words are the original publisher's, so it is named as publisher and its story as `isBasedOn`.
 */
export function newsArticleJsonLd(a: Article, path: string, site: URL | undefined): string {
  const page = site ? new URL(path, site).href : path;
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${page}#article`,
    headline: a.title,
    ...(a.dek ? { description: a.dek } : {}),
    inLanguage: a.language,
    url: page,
    mainEntityOfPage: page,
    ...(a.published ? { datePublished: a.published } : {}),
    ...(a.source ? { publisher: { "@type": "Organization", name: a.source.publisher } } : {}),
    ...(a.source?.url ? { isBasedOn: a.source.url } : {}),
    ...(a.quotes.length > 0 ? { citation: a.quotes.slice(0, JSON_LD_QUOTATIONS).map((q) => ({ "@id": `${page}#${q.id}` })) } : {}),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
