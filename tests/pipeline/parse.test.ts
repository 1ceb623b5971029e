import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/pipeline/parse.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/parse");

describe("parseArticle", () => {
  it("parseArticle gives blocks whose text is exactly their source slice", () => {
    const text = "Headline here\n\nA short standfirst\n\nFirst paragraph. It has words.\nSecond paragraph, with more.\n";
    const { blocks } = parseArticle(text);
    expect(blocks.map((b) => b.kind)).toEqual(["title", "dek", "paragraph", "paragraph"]);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it("parseArticle lists a month-only `date YYYY-MM` stamp as removed without taking it for a publication day", () => {
    const { dateline, blocks, removed } = parseArticle(" date 2022-05 Vantant les mérites du texte, Thierry Breton a parlé.");
    expect(dateline).toBeNull();
    expect(blocks[0]?.text).toBe("Vantant les mérites du texte, Thierry Breton a parlé.");
    expect(removed[0]).toMatchObject({ rule: "parse:dateline", text: "date 2022-05", reason: "dateline (published in 2022-05, no day given)" });
  });

  it("parseArticle reads a `date YYYY-MM-DD` dateline and lists it as removed", () => {
    const { dateline, blocks, removed } = parseArticle(" date 2022-11-06 As layoffs began, the UN wrote.");
    expect(dateline).toBe("2022-11-06");
    expect(blocks[0]?.text).toBe("As layoffs began, the UN wrote.");
    expect(removed[0]).toMatchObject({ rule: "parse:dateline", text: "date 2022-11-06" });
  });

  it("parseArticle removes a photo caption with its credit, each with a reason", () => {
    const { blocks, removed } = parseArticle("Title of it\nThe minister arrives in Paris, France, on May 1, 2021.\nJane Roe | AFP\nBody text starts here and goes on.\nMore body.");
    expect(blocks.map((b) => b.text)).toEqual(["Title of it", "Body text starts here and goes on.", "More body."]);
    expect(removed.map((r) => r.reason)).toEqual(["photo caption", "photo credit"]);
  });

  it("parseArticle removes captions that end on a photographer's or a dashed credit, a publication time, and a copyright glued to a caption", () => {
    const text = [
      "Published: 2:30 PM September 21, 2021",
      "Clifftop homes evacuated",
      "The parish chairman said two or three homes had been evacuated so far.",
      "Houses close to the cliff edge at Hemsby (Joe Giddens/PA)",
      "“There’s been people evacuated from their homes.”",
      "The takeaway in Horsford has been given a one-star rating - Credit: Google",
      "A burnt out tool shed at the allotments in Green Crescent. Picture: Habibur Rahman",
      "Les usagers défendent ce « service de proximité ». - © Haut Anjou",
      "Last paragraph closes.",
    ].join("\n\n");
    const { blocks, removed } = parseArticle(text);
    expect(blocks.map((b) => b.text)).toEqual([
      "Clifftop homes evacuated",
      "The parish chairman said two or three homes had been evacuated so far.",
      "“There’s been people evacuated from their homes.”",
      "Les usagers défendent ce « service de proximité ».",
      "Last paragraph closes.",
    ]);
    expect(removed.map((r) => [r.text, r.rule])).toEqual([
      ["Published: 2:30 PM September 21, 2021", "boilerplate:timestamp"],
      ["Houses close to the cliff edge at Hemsby (Joe Giddens/PA)", "boilerplate:credited-caption"],
      ["The takeaway in Horsford has been given a one-star rating - Credit: Google", "boilerplate:credited-caption"],
      ["A burnt out tool shed at the allotments in Green Crescent. Picture: Habibur Rahman", "boilerplate:credited-caption"],
      ["- © Haut Anjou", "boilerplate:trailing-credit"],
    ]);
  });

  it("parseArticle keeps a sentence in doubled apostrophes as a paragraph, not a heading", () => {
    const text = ["Council's flood response praised", "Gary Roberts owns the shop.", "The response was hard to fault, he said.", "''It couldn't have been better.''", "The rain was too heavy.", "'WHERE DO WE GO NOW?'", "More body."].join("\n\n");
    const { blocks } = parseArticle(text);
    expect(blocks.map((b) => b.kind)).toEqual(["title", "dek", "paragraph", "paragraph", "paragraph", "heading", "paragraph"]);
  });

  it("parseArticle removes a caption copied twice between two paragraphs of one quotation", () => {
    const text = [
      "Post office closes",
      "Ambi said: “It’s a very sad loss for the community.",
      "Bournemouth Echo: St Ives post office closed its doors on Friday August 5St Ives post office closed its doors on Friday August 5",
      "“Sadly community services like this are going to disappear.”",
    ].join("\n\n");
    const { blocks, removed } = parseArticle(text);
    expect(blocks.map((b) => b.text)).toEqual(["Post office closes", "Ambi said: “It’s a very sad loss for the community.", "“Sadly community services like this are going to disappear.”"]);
    expect(removed.map((r) => [r.rule, r.reason])).toEqual([["boilerplate:doubled-caption", "photo caption"]]);
  });

  it("parseArticle keeps a paragraph that reports words, even one ending on a credit or opening on 'Updated'", () => {
    const { blocks } = parseArticle("Title of it\n\nUpdated figures show 40 homes lost, the council said on 3 May.\n\nThe mayor said the town would rebuild (Joe Giddens/PA)\n\nMore body.");
    expect(blocks.map((b) => b.text)).toEqual(["Title of it", "Updated figures show 40 homes lost, the council said on 3 May.", "The mayor said the town would rebuild (Joe Giddens/PA)", "More body."]);
  });

  it("parseArticle keeps sentences that only look like a time stamp or a credit", () => {
    const lines = [
      "Updated figures show 40 homes were flooded.",
      "Published 12 books before her death, the author was a local hero.",
      "Mis à jour en 2023, le plan prévoit 40 logements.",
      "The mug bears the mark © Disney and sold out in 2 days",
      "The motion was seconded by a councillor (John Smith/Labour)",
      "The sign reads - Credit: none given for the late payments",
    ];
    const { blocks } = parseArticle(["Title of it", ...lines, "More body."].join("\n\n"));
    expect(blocks.map((b) => b.text)).toEqual(["Title of it", ...lines, "More body."]);
  });

  it("parseArticle takes a wire agency's name under the headline for the byline; a photo agency's stays a photo credit", () => {
    const wire = parseArticle("Regulator opens inquiry\n\nReuters\n\nThe regulator opened an inquiry on Monday, officials said.\n\nMore body.");
    expect(wire.blocks.map((b) => b.text)).toEqual(["Regulator opens inquiry", "The regulator opened an inquiry on Monday, officials said.", "More body."]);
    expect(wire.removed.map((r) => [r.text, r.rule, r.reason])).toEqual([["Reuters", "boilerplate:byline", "byline (news agency)"]]);
    const photo = parseArticle("Regulator opens inquiry\n\nGetty Images\n\nThe regulator opened an inquiry on Monday, officials said.\n\nReuters\n\nMore body.");
    expect(photo.removed.map((r) => [r.text, r.rule])).toEqual([["Getty Images", "boilerplate:photo-credit"], ["Reuters", "boilerplate:photo-credit"]]);
  });

  it("parseArticle treats a short line repeating another block's words as a pull quote", () => {
    const text = "First paragraph is long enough to be body text.\nHe said leaders should lead by example and show the way.\nLeaders should lead by example\nLast paragraph closes.";
    const { blocks, removed } = parseArticle(text);
    expect(removed.map((r) => r.rule)).toEqual(["boilerplate:pull-quote"]);
    expect(blocks).toHaveLength(3);
  });

  it("parseArticle keeps a line all in brackets that repeats a name and role as a paragraph, the credit of the words above it", () => {
    const text = "Paul Vernet, président du comité départemental, fait le point.\n« La saison reprendra en juillet. »\n(Paul Vernet, président du comité départemental)\nLast paragraph closes.";
    const { blocks, removed } = parseArticle(text);
    expect(removed).toEqual([]);
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
  });

  it("parseArticle still takes a bracketed line that repeats a quotation for a pull quote", () => {
    const text = "Teachers walked out on Thursday over pay.\n“We are not doing this lightly,” said union rep Kay Burns.\n(“We are not doing this lightly,” said union rep Kay Burns)\nSchools will reopen on Friday.";
    const { removed } = parseArticle(text);
    expect(removed.map((r) => r.rule)).toEqual(["boilerplate:pull-quote"]);
  });

  it("parseArticle keeps a short unpunctuated line between paragraphs as a heading", () => {
    const { blocks } = parseArticle("Body one is a sentence.\nA new section begins\nBody two is a sentence.");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
  });

  it("parseArticle keeps a short line ending in a straight single mark as a paragraph, not a heading", () => {
    const { blocks } = parseArticle("Body one is a sentence.\n'My client is fine,' Mills said. 'He will appeal.'\nBody two is a sentence.");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
    // One sentence in single marks is a quoted subhead.
    expect(parseArticle("Body one is a sentence.\n'WHERE DO WE GO NOW?'\nBody two is a sentence.").blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
  });

  it("parseArticle keeps a single-marked line that reopens the quotation left open above as a paragraph, not a heading", () => {
    const kinds = (t: string) => parseArticle(t).blocks.map((b) => b.kind);
    expect(kinds("Body one is a sentence.\nShe told the Gazette: 'Nobody told us anything.\n'This is a fire risk.'\nBody two is a sentence.")).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
    // Above it, a quotation that closed: the line is a quoted subhead.
    expect(kinds("Body one is a sentence.\nShe told the Gazette: 'Nobody told us anything.'\n'This is a fire risk.'\nBody two is a sentence.")).toEqual(["paragraph", "paragraph", "heading", "paragraph"]);
  });

  it("parseArticle keeps a sentence in single marks after a quotation closed by its cue as a paragraph, not a heading", () => {
    const kinds = (t: string) => parseArticle(t).blocks.map((b) => b.kind);
    expect(kinds("Body one is a sentence.\n'I'm just hoping to get whatever's left,' customer Gwyn Nishimura said.\n'Whatever I can get my hands on!'\nBody two is a sentence.")).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
    // No stop inside the marks, or capitals only: a quoted subhead.
    expect(kinds("Body one is a sentence.\n'I'm just hoping to get whatever's left,' customer Gwyn Nishimura said.\n'Very disappointed'\nBody two is a sentence.")).toEqual(["paragraph", "paragraph", "heading", "paragraph"]);
    expect(kinds("Body one is a sentence.\n'I'm just hoping to get whatever's left,' customer Gwyn Nishimura said.\n'WHERE DO WE GO NOW?'\nBody two is a sentence.")).toEqual(["paragraph", "paragraph", "heading", "paragraph"]);
  });

  it("parseArticle keeps a line signed with a dash as a paragraph, not a heading", () => {
    const { blocks } = parseArticle("Body one is a sentence.\n“We never thought anyone would listen.”\n— Mara Quinlan, nominated for best folk album\nBody two is a sentence.");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
  });

  it("parseArticle keeps a quotation signed by a full name and a comma, with no dash, as a paragraph, not a heading", () => {
    const kinds = (t: string) => parseArticle(t).blocks.map((b) => b.kind);
    expect(kinds("Body one is a sentence.\n« Nous avons affaire à un virus d'une violence jamais vue. » Anne Castaing, directrice de la filière, à la radio\nBody two is a sentence.")).toEqual(["paragraph", "paragraph", "paragraph"]);
    // No full name after the words, or words that end no sentence: a quoted subhead still.
    expect(kinds("Body one is a sentence.\n« Un virus d'une violence jamais vue. » Une crise sans fin\nBody two is a sentence.")).toEqual(["paragraph", "heading", "paragraph"]);
    expect(kinds("Body one is a sentence.\n« Un virus d'une violence jamais vue » Anne Castaing, à la radio\nBody two is a sentence.")).toEqual(["paragraph", "heading", "paragraph"]);
  });

  it("parseArticle loses nothing: every non-blank character is in a block or a removed piece", () => {
    for (const name of readdirSync(join(import.meta.dirname, "../../seeds")).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(join(import.meta.dirname, "../../seeds", name), "utf8");
      const { blocks, removed } = parseArticle(text);
      const covered = new Uint8Array(text.length);
      for (const p of [...blocks, ...removed]) covered.fill(1, p.start, p.end);
      const lost = text.split("").filter((c, i) => covered[i] === 0 && /\S/u.test(c) && c !== "\u00a0");
      expect(lost.join(""), name).toBe("");
    }
  });
});

// Golden files: tests/fixtures/parse/<case>/input.txt against expected.json. A mismatch writes
// expected-changed.json beside it; UPDATE_GOLDEN=1 rewrites expected.json on purpose.
describe("parseArticle golden fixtures", () => {
  const cases = existsSync(FIXTURES) ? readdirSync(FIXTURES) : [];
  it.each(cases)("parseArticle(%s) matches expected.json", (name) => {
    const input = readFileSync(join(FIXTURES, name, "input.txt"), "utf8");
    const parsed = parseArticle(input);
    const actual = {
      dateline: parsed.dateline,
      blocks: parsed.blocks.map((b) => ({ kind: b.kind, line: b.line, text: b.text })),
      removed: parsed.removed.map((r) => ({ rule: r.rule, line: r.line, text: r.text })),
    };
    const json = `${JSON.stringify(actual, null, 2)}\n`;
    const expectedPath = join(FIXTURES, name, "expected.json");
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedPath, json);
    const expected = readFileSync(expectedPath, "utf8");
    if (json !== expected) writeFileSync(join(FIXTURES, name, "expected-changed.json"), json);
    expect(json).toBe(expected);
  });
});
