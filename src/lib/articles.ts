import type { Article } from "../schema/article.ts";

const collator = new Intl.Collator("en", { sensitivity: "base" });

/** Articles newest first; same day by title, then seed, so the order is the same on every build. */
export function newestFirst<A extends Pick<Article, "published" | "title" | "seed">>(articles: readonly A[]): A[] {
  return [...articles].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || collator.compare(a.title, b.title) || collator.compare(a.seed, b.seed) || (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : 0));
}

/** Articles listed on the home page (and the 404 page); every article is in the archive, 100 a page. */
export const HOME_ARTICLES = 50;
export const ARCHIVE_PAGE_SIZE = 100;
