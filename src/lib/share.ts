/**
 * What sharing and discovery need to know about a page. Canonical and `og:url` must be absolute,
 * so they exist only when the build knows its public origin (SITE_URL); the rest does not need it.
 */
export interface ShareMeta {
  /** Absolute URL of the page, or null when the build has no SITE_URL. */
  canonical: string | null;
  /** `article` for an article page, `website` for everything else. */
  type: "website" | "article";
  /** Open Graph locale: `en_GB`, `fr_FR`. */
  locale: string;
  /** `YYYY-MM-DD`, for `article:published_time`. */
  published: string | null;
}

const LOCALES: Readonly<Record<string, string>> = { en: "en_GB", fr: "fr_FR" };

export function shareMeta(pathname: string, site: URL | undefined, lang: string, published: string | null, type: ShareMeta["type"]): ShareMeta {
  return {
    canonical: site ? new URL(pathname, site).href : null,
    type,
    locale: LOCALES[lang] ?? "en_GB",
    published,
  };
}

/** An absolute URL for a site path when the build knows its origin, else the path itself. */
export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

type Summarised = { dek: string | null; language: string; quotes: readonly { speaker: { name: string } | null }[]; source: { publisher: string } | null };

/**
 * One sentence that tells a search result or a feed reader what the article holds: its standfirst
 * when it has one, else who is quoted. In English: it is the site's voice, not the article's.
 */
export function articleSummary(a: Summarised): string {
  if (a.dek) return a.dek;
  const names = [...new Set(a.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])))];
  const who = names.length === 0 ? "" : names.length === 1 ? ` from ${names[0]}` : ` from ${names.slice(0, -1).slice(0, 3).join(", ")}${names.length > 4 ? " and others" : ` and ${names.at(-1)}`}`;
  const from = a.source ? `, as reported by ${a.source.publisher}` : "";
  const lang = a.language === "fr" ? " (article in French)" : "";
  return `${a.quotes.length} quotation${a.quotes.length === 1 ? "" : "s"}${who}${from}${lang}, each credited and linkable.`;
}
