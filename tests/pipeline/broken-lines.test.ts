import { describe, expect, it } from "vitest";
import { joinBrokenLines } from "../../src/pipeline/broken-lines.ts";
import { matchLineRule } from "../../src/pipeline/boilerplate.ts";
import { splitLines } from "../../src/pipeline/lines.ts";
import { parseArticle } from "../../src/pipeline/parse.ts";

const join = (text: string) => joinBrokenLines(text, splitLines(text), (l) => matchLineRule(l) !== undefined);

/** A web copy typed one paragraph per line, in which one quotation was broken by hand. */
const COPY = [
  "Harbour Books, Dover, will close its second shop after ten years in business.",
  "\"The",
  "rent went up twice in a year and there were not enough customers for two",
  "shops so close together,\" said owner Michael Carr.",
  "The Dover Express noted that the closure came as the town launched a campaign to support local shops.",
].join("\n");

describe("joinBrokenLines", () => {
  it("joins a line cut inside a sentence to the lowercase line that goes on with it, offsets into the source", () => {
    const lines = join(COPY);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 5]);
    for (const l of lines) expect(COPY.slice(l.start, l.end)).toBe(l.text);
    expect(lines[1]?.text).toBe("\"The\nrent went up twice in a year and there were not enough customers for two\nshops so close together,\" said owner Michael Carr.");
  });

  it("joins after a comma or a preposition, never before a capital", () => {
    const text = "\"We searched all night, notamment sur\nSaint-Martin,\" the captain said,\nadding that no one was hurt.";
    expect(join(text).map((l) => l.line)).toEqual([1, 2]);
    expect(join(text)[1]?.text).toBe("Saint-Martin,\" the captain said,\nadding that no one was hurt.");
  });

  it("joins a line that ends on the mark opening a quotation to the next, whatever its case", () => {
    const text = [
      "VNF propose à la commune un \"partenariat\"... \"",
      "VNF m'a dit que c'était sous ma responsabilité\" s'indigne Emmanuel Rat, maire. Un décret le dit.",
      "\"",
      "Ce n'est pas notre souhait\" répond Olivier Georges.",
      "Le maire ajoute : « Nous verrons. »",
      "Une ligne qui finit sur un titre \"Le Monde\"",
      "Suivante.",
    ].join("\n");
    expect(join(text).map((l) => l.line)).toEqual([1, 3, 5, 6, 7]);
    expect(join(text)[1]?.text).toBe("\"\nCe n'est pas notre souhait\" répond Olivier Georges.");
  });

  it("joins a mark alone on its line to the quotation it closes, and then leaves the next line alone", () => {
    const text = [
      "\"We will fight this all the way,\" said trader Mike Ross, \"and we will win.",
      "\"",
      "Linda Shaw, who runs the flower stall, said: \"I will be there with him.\"",
    ].join("\n");
    expect(join(text).map((l) => l.line)).toEqual([1, 3]);
  });

  it("leaves alone lines that end a sentence, a heading, or a byline, and paragraphs a blank line parts", () => {
    const text = [
      "Council approves new bridge",
      "by Jane Smith",
      "The council approved the bridge on Monday.",
      "residents were not consulted, the opposition said.",
      "Posted at 5:23 PM, Feb 29, 2016",
      "and last updated 2016-02-29",
      "The work starts in",
      "",
      "spring, the council said.",
    ].join("\n");
    expect(join(text).map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
  });

  it("never joins a line a boilerplate rule removes", () => {
    const text = "The mayor said the plan was \"a disgrace for the\nAdvertisement\ntown and its people\".";
    expect(join(text).map((l) => l.line)).toEqual([1, 2, 3]);
  });

  it("gives the parser the quotation whole", () => {
    const { blocks } = parseArticle(COPY);
    const quoted = blocks.find((b) => b.text.startsWith("\"The"));
    expect(quoted?.text).toContain("said owner Michael Carr.");
    for (const b of blocks) expect(COPY.slice(b.start, b.end)).toBe(b.text);
  });
});
