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
