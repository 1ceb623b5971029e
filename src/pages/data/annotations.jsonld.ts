import type { APIRoute } from "astro";
import { allArticles } from "../../lib/content.ts";
import { attributionLine } from "../../lib/format.ts";
import { articlePath, path } from "../../lib/url.ts";
import { byName } from "../../integration/seeds.ts";

/**
 * Every quotation as a W3C Web Annotation: the target is the article page, selected by the quoted
 * words with their context (TextQuoteSelector) and by position (TextPositionSelector) in the
 * page's article text: its paragraphs, headings and standfirst, one per line, without the notes
 * the page adds beside quotations. The body says who said the words, how and when.
 */
export const GET: APIRoute = async ({ site }) => {
  const abs = (p: string) => (site ? new URL(p, site).href : p);
  const self = abs(path("data/annotations.jsonld"));
  const articles = (await allArticles()).sort((a, b) => byName(a.seed, b.seed));
  const items = articles.flatMap((a) =>
    a.quotes.map((q) => ({
      id: `${self}#${a.slug}/${q.id}`,
      type: "Annotation",
      motivation: "describing",
      body: { type: "TextualBody", value: attributionLine(q, a.language), format: "text/plain", language: a.language },
      target: {
        source: abs(articlePath(a.slug)),
        selector: [
          { type: "TextQuoteSelector", exact: q.context.exact, prefix: q.context.prefix, suffix: q.context.suffix },
          { type: "TextPositionSelector", start: q.context.start, end: q.context.end },
          { type: "FragmentSelector", conformsTo: "http://tools.ietf.org/rfc/rfc3986", value: q.id },
        ],
      },
    })),
  );
  const collection = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: self,
    type: "AnnotationCollection",
    label: "On the Record: who said each quotation",
    total: items.length,
    first: { id: `${self}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, { headers: { "Content-Type": "application/ld+json" } });
};
