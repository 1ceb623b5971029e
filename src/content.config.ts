import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { ArticleData, ArticleMeta } from "./schema/article.ts";

const base = process.env.CONTENT_DIR ?? "./src/content/articles";

/** One generated MDX page per seed, written by the seeds integration before the build. */
const articles = defineCollection({
  loader: glob({ pattern: "*.mdx", base }),
  schema: ArticleMeta,
});

/** Each page's quotations, terms and removed pieces, as JSON beside it (see src/lib/content.ts). */
const articleData = defineCollection({
  loader: glob({ pattern: "*.json", base: `${base.replace(/\/$/, "")}/data` }),
  schema: ArticleData,
});

export const collections = { articles, articleData };
