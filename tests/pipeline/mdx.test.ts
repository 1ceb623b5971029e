import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paragraphIds } from "../../src/pipeline/ids.ts";
import { articleData, articleMeta, literal, toMdx, visible } from "../../src/pipeline/mdx.ts";
import { Article as ArticleSchema, ArticleData, ArticleMeta } from "../../src/schema/article.ts";
import type { Article } from "../../src/schema/article.ts";
import type { Block } from "../../src/schema/block.ts";
import type { Quote } from "../../src/schema/quote.ts";

function block(index: number, text: string, start: number): Block {
  return { index, kind: "paragraph", text, start, end: start + text.length, line: index + 1 };
}

function quote(id: string, segments: Quote["segments"], depth = 0): Quote {
  return {
    id, text: "", segments, closed: true, depth, embed: null, speaker: null, cue: null, mode: null,
    date: null, dateBasis: null, when: null, attribution: "auto", method: null,
    context: { start: 0, end: 0, exact: "", prefix: "", suffix: "" }, aliases: [], revised: null,
  };
}

function article(quotes: Quote[]): Article {
  return {
    seed: "s", slug: "s", title: "T", titleSource: "text", dek: null, language: "en", published: null,
    publishedPrecision: null, publishedNote: null, source: null, quotes, terms: [], removed: [], removedQuotes: [], oldSlugs: [], words: 1, events: [],
  };
}

describe("literal", () => {
  it("literal escapes braces and angle brackets so MDX cannot see them", () => {
    expect(literal("{process.exit(1)} </Quote> <script>")).toBe('"\\u007bprocess.exit(1)\\u007d \\u003c/Quote\\u003e \\u003cscript\\u003e"');
  });

  it("literal(s) evaluates back to s for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => JSON.parse(literal(s)) === s));
  });
});

describe("visible", () => {
  it("visible shows control characters as control pictures, one for one, and keeps tabs and line breaks", () => {
    expect(visible("a\u0007b\u001bc\u007f\td\ne")).toBe("a\u2407b\u241bc\u2421\td\ne");
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => visible(s).length === s.length));
  });
});

describe("toMdx", () => {
  it("toMdx puts quotation segments inside their block, nested ones inside the outer one", () => {
    const text = 'He wrote "a \'b\' c" then.';
    const b = block(0, text, 0);
    const mdx = toMdx(article([quote("q-1", [{ block: 0, start: 10, end: 17 }]), quote("q-2", [{ block: 0, start: 13, end: 14 }], 1)]), [b]);
    const body = mdx.split("\n").at(-2);
    expect(body).toBe(
      '<Block kind="paragraph" id="p-he-wrote-a-b-c" line={1}>{"He wrote \\""}<Quote q={props.a.quotes[0]} anchor={true} a={props.a}>{"a \'"}<Quote q={props.a.quotes[1]} anchor={true} a={props.a}>{"b"}</Quote>{"\' c"}</Quote>{"\\" then."}</Block>',
    );
  });

  it("toMdx links the first mention of a glossary term, inside or outside a quotation, never across its edge", () => {
    const text = 'Ofcom wrote: "Ofcom acts" and Ofcom again.';
    const mdx = toMdx(article([quote("q-1", [{ block: 0, start: 14, end: 24 }])]), [block(0, text, 0)]);
    expect(mdx.match(/<Term /g)).toHaveLength(1);
    expect(mdx).toContain('<Term id="term-ofcom">{"Ofcom"}</Term>{" wrote: \\""}<Quote');
    const across = toMdx(article([quote("q-1", [{ block: 0, start: 2, end: 10 }])]), [block(0, text, 0)]);
    expect(across).not.toContain("<Term id=\"term-ofcom\">{\"Ofcom\"}</Term>{\" wrote");
    expect(across).toContain("<Quote");
  });

  it("toMdx wraps a multi-paragraph quotation in one QuoteGroup that carries the anchor", () => {
    const b0 = block(0, '"One', 0);
    const b1 = block(1, '"Two."', 5);
    const mdx = toMdx(article([quote("q-m", [{ block: 0, start: 1, end: 4 }, { block: 1, start: 6, end: 10 }])]), [b0, b1]);
    expect(mdx).toContain("<QuoteGroup q={props.a.quotes[0]} a={props.a}>");
    expect(mdx).toContain("anchor={false}");
    expect(mdx).not.toContain("anchor={true}");
  });

  // The real MDX compiler sees these in the site build test (tests/site/hostile.test.ts).
  it("toMdx holds hostile text only inside string literals with no raw braces or brackets", () => {
    const hostile = ['{process.exit(1)}', "<script>alert(1)</script>", 'import x from "y"', "export const a = 1", "</Quote>", "---", "`${x}` \\ [x](javascript:alert(1))", "# not a heading", "\u2028\u2029\u0000"];
    for (const text of hostile) {
      const mdx = toMdx(article([]), [block(0, text, 0)]);
      const line = mdx.split("\n").at(-2) ?? "";
      expect(line).toBe(`<Block kind="paragraph" id="${paragraphIds([text])[0]}" line={1}>{${literal(visible(text))}}</Block>`);
      expect(literal(text), text).not.toMatch(/[<>{}]/);
    }
  });
});

describe("articleMeta and articleData", () => {
  it("the front matter carries no quotation, and meta plus data give back the whole article", () => {
    const a = article([quote("q-1", [{ block: 0, start: 0, end: 1 }])]);
    const mdx = toMdx(a, [block(0, "x", 0)]);
    const front = JSON.parse(mdx.slice(4, mdx.indexOf("\n---\n", 4)));
    expect(front).toEqual(articleMeta(a));
    expect(front).not.toHaveProperty("quotes");
    expect(ArticleMeta.parse(front)).toEqual(front);
    const data = ArticleData.parse(JSON.parse(articleData(a)));
    const { slug: _slug, ...bulk } = data;
    expect(ArticleSchema.parse({ ...front, ...bulk })).toEqual(a);
  });
});
