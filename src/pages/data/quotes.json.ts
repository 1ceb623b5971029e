import type { APIRoute } from "astro";
import { allArticles } from "../../lib/content.ts";
import { articlePath } from "../../lib/url.ts";
import { byName } from "../../integration/seeds.ts";
import type { QuoteExport } from "../../schema/export.ts";

/**
 * Every quotation on the site, for other tools: `{id, url, article, text, speaker, language, date}`.
 * Ordered by article seed, then reading order, so the file is stable from build to build.
 */
export const GET: APIRoute = async () => {
  const articles = (await allArticles()).sort((a, b) => byName(a.seed, b.seed));
  const quotes = articles.flatMap((a) =>
    a.quotes.map((q): QuoteExport => ({
      id: q.id,
      url: `${articlePath(a.slug)}#${q.id}`,
      article: a.slug,
      text: q.text,
      speaker: q.speaker?.name ?? null,
      ...(q.speaker?.unnamed ? { unnamed: true as const } : {}),
      language: a.language,
      date: q.date,
      attribution: q.attribution,
    })),
  );
  return new Response(`${JSON.stringify(quotes, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
