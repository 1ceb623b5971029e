import { describe, expect, it } from "vitest";
import { JSON_LD_QUOTATIONS, newsArticleJsonLd, quotationJsonLd } from "../../src/lib/json-ld.ts";
import type { Article } from "../../src/schema/article.ts";
import type { Quote } from "../../src/schema/quote.ts";

function quote(n: number): Quote {
  return {
    id: `q-${n}`, text: `words ${n} </script><script>alert(1)</script>`, segments: [{ block: 0, start: 0, end: 1 }], closed: true, depth: 0, embed: null,
    speaker: { id: "ada-okafor", name: "Ada Okafor", type: "person", role: "Minister", organisation: null }, cue: "said", mode: "said",
    date: "2023-05-02", dateBasis: "reported", when: null, attribution: "auto", method: null,
    context: { start: 0, end: 1, exact: "w", prefix: "", suffix: "" }, aliases: [], revised: null,
  };
}

function article(count: number): Article {
  return {
    seed: "s", slug: "s", title: "T", titleSource: "text", dek: null, language: "en", published: "2023-05-02", publishedPrecision: "stated", publishedNote: null,
    source: null, quotes: Array.from({ length: count }, (_, i) => quote(i)), terms: [], removed: [], removedQuotes: [], oldSlugs: [], words: 1, events: [],
  };
}

describe("quotationJsonLd and newsArticleJsonLd", () => {
  it("describe each quotation, spoken by its speaker, as part of the article by @id", () => {
    const site = new URL("https://example.org");
    const quotations = JSON.parse(quotationJsonLd(article(2), "/articles/s/", site));
    const news = JSON.parse(newsArticleJsonLd(article(2), "/articles/s/", site));
    expect(quotations["@graph"]).toHaveLength(2);
    expect(quotations["@graph"][0]).toMatchObject({ "@type": "Quotation", "@id": "https://example.org/articles/s/#q-0", spokenByCharacter: { "@type": "Person", name: "Ada Okafor", jobTitle: "Minister" }, isPartOf: { "@id": news["@id"] } });
    expect(news.citation).toEqual([{ "@id": "https://example.org/articles/s/#q-0" }, { "@id": "https://example.org/articles/s/#q-1" }]);
  });

  it("describe an unnamed speaker rather than name them", () => {
    const a = article(1);
    a.quotes[0] = { ...(a.quotes[0] as Quote), speaker: { id: "the-judge", name: "the judge", type: "person", role: null, organisation: null, unnamed: true } };
    const [q] = JSON.parse(quotationJsonLd(a, "/a/", undefined))["@graph"];
    expect(q.spokenByCharacter).toEqual({ "@type": "Person", description: "the judge" });
  });

  it("never let seed text close their script element", () => {
    expect(quotationJsonLd(article(1), "/a/", undefined)).not.toContain("<");
  });

  it("stop at JSON_LD_QUOTATIONS, so a long article's head stays small", () => {
    const long = article(JSON_LD_QUOTATIONS * 3);
    expect(JSON.parse(quotationJsonLd(long, "/a/", undefined))["@graph"]).toHaveLength(JSON_LD_QUOTATIONS);
    expect(JSON.parse(newsArticleJsonLd(long, "/a/", undefined)).citation).toHaveLength(JSON_LD_QUOTATIONS);
  });
});
