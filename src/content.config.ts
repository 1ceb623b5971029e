import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { Article } from "./schema/article.ts";

/** One generated MDX page per seed, written by the seeds integration before the build. */
const articles = defineCollection({
  loader: glob({ pattern: "*.mdx", base: process.env.CONTENT_DIR ?? "./src/content/articles" }),
  schema: Article,
});

export const collections = { articles };
