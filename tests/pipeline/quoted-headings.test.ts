import { describe, expect, it } from "vitest";
import { people } from "../../src/data/people.ts";
import { extractQuotes } from "../../src/pipeline/attribute.ts";
import { parseArticle } from "../../src/pipeline/parse.ts";
import { headingQuote } from "../../src/pipeline/quoted-headings.ts";

/** The real parser's blocks, so headings are found as the site finds them. */
function quotesOf(text: string, language: "en" | "fr") {
  const { blocks } = parseArticle(text);
  return { blocks, ...extractQuotes(blocks, language, people) };
}

const FR = [
  "Incendie à Grasse : les rescapés racontent",
  "",
  "Un immeuble de la rue de l’Oratoire a brûlé dans la nuit de samedi à dimanche.",
  "",
  "José Antonio est pieds nus. Il cherche des chaussures dans le hall de l’hôtel où il a trouvé refuge ce dimanche matin.",
  "",
  "\"Je me suis échappé par l’échafaudage\"",
  "",
  "\"Nous étions au 3e étage, témoigne-t-il. J’ai couru pour m’échapper par l’échafaudage\", installé à l’arrière de l’immeuble.",
  "",
  "Une voisine, Chantal Morel, a tout vu. \"Une femme criait à l’aide\", raconte-t-elle.",
  "",
].join("\n");

describe("quoted headings", () => {
  it("headingQuote takes a heading that is nothing but a clause in marks, and no label", () => {
    const { blocks } = parseArticle(FR);
    const heading = blocks.find((b) => b.kind === "heading");
    expect(heading?.text).toBe("\"Je me suis échappé par l’échafaudage\"");
    expect(headingQuote(heading!, "fr")?.text).toBe("Je me suis échappé par l’échafaudage");
    const label = { ...heading!, text: "«Sang des victimes»", end: heading!.start + 19 };
    expect(headingQuote(label, "fr")).toBeNull();
    const framed = { ...heading!, text: "Le témoin : « je me suis échappé »", end: heading!.start + 34 };
    expect(headingQuote(framed, "fr")).toBeNull();
    const paragraph = blocks.find((b) => b.kind === "paragraph")!;
    expect(headingQuote(paragraph, "fr")).toBeNull();
  });

  it("a quoted heading is its section's speaker's quotation, in reading order, with offsets on its words", () => {
    const { quotes } = quotesOf(FR, "fr");
    expect(quotes.map((q) => [q.text.slice(0, 24), q.speaker?.name ?? null, q.method])).toEqual([
      ["Je me suis échappé par l", "José Antonio", "heading"],
      ["Nous étions au 3e étage,", "José Antonio", "cue-inside"],
      ["Une femme criait à l’aid", "Chantal Morel", "cue-after-inverted"],
    ]);
    const h = quotes[0]!;
    expect(FR.slice(h.segments[0]!.start, h.segments[0]!.end)).toBe(h.text);
  });

  it("a quoted heading goes to the quotation of its section that shares its words, not to the first", () => {
    const text = [
      "Council split over the new bypass",
      "",
      "The council met on Tuesday to vote on the road.",
      "",
      "The vote was close, and the plan passed by two votes.",
      "",
      "'We will fight this road in every court'",
      "",
      "\"It is a fair plan,\" said council leader Anna Reyes. Campaigner Tom Hale disagreed. \"We will fight this road in the courts,\" he said.",
      "",
    ].join("\n");
    const { quotes } = quotesOf(text, "en");
    expect(quotes[0]).toMatchObject({ text: "We will fight this road in every court", method: "heading", speaker: { name: "Tom Hale" } });
  });

  it("a quoted heading whose section quotes no one is a quotation with no speaker", () => {
    const text = ["Storm damage", "", "The storm hit the coast overnight.", "", "Trees fell on the coast road.", "", "\"C'est une sorte de miracle\"", "", "Les dégâts restent limités, selon la préfecture.", ""].join("\n");
    const { quotes } = quotesOf(text, "fr");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: "C'est une sorte de miracle", speaker: null, method: "heading" });
  });

  it("a quoted heading no quotation of its section echoes has no speaker, and a Title Case one is a label", () => {
    const text = [
      "Protest at the town hall",
      "",
      "Hundreds gathered outside the town hall on Saturday.",
      "",
      "Banners and chants filled the square for an hour.",
      "",
      "\"Nobody should have died\"",
      "",
      "\"We came for our neighbours,\" said organiser John Martin.",
      "",
      "\"Homes For People Not For Profit\"",
      "",
      "The march ended at the council offices.",
      "",
    ].join("\n");
    const { quotes } = quotesOf(text, "en");
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null, q.method])).toEqual([
      ["Nobody should have died", null, "heading"],
      ["We came for our neighbours,", "John Martin", "cue-after"],
    ]);
  });
});
