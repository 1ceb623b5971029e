import { getCollection, type CollectionEntry } from "astro:content";
import type { Article } from "../schema/article.ts";

export interface ArticleEntry {
  /** The MDX page, for `render()`. */
  entry: CollectionEntry<"articles">;
  /** The whole article: the page's front matter joined with its data file. */
  article: Article;
}

/**
 * Every article, its page's front matter joined with the data written beside it. Both come from
 * one run of the seed pipeline, so a page without its data means the content folder was edited by
 * hand or half written: the message says how to regenerate it.
 */
export async function articleEntries(): Promise<ArticleEntry[]> {
  const [pages, data] = await Promise.all([getCollection("articles"), getCollection("articleData")]);
  const bySlug = new Map(data.map((d) => [d.data.slug, d.data]));
  return pages.map((entry) => {
    const d = bySlug.get(entry.data.slug);
    if (!d) throw new Error(`content:data-missing: the page ${entry.id} has no data/${entry.data.slug}.json beside it. Regenerate the content folder from the seeds with \`npm run build\` (or restart \`npm run dev\`).`);
    const { slug: _slug, ...bulk } = d;
    return { entry, article: { ...entry.data, ...bulk } };
  });
}

/** Every article, whole. */
export async function allArticles(): Promise<Article[]> {
  return (await articleEntries()).map((e) => e.article);
}
