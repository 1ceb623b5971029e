import { describe, expect, it } from "vitest";
import { people } from "../../src/data/people.ts";
import { attribute, extractQuotes } from "../../src/pipeline/attribute.ts";
import { findSpans } from "../../src/pipeline/spans.ts";
import { toBlocks } from "../helpers/blocks.ts";

const run = (text: string, language: "en" | "fr" = "en", registry = people) => extractQuotes(toBlocks(text), language, registry);
const who = (text: string, language: "en" | "fr" = "en", registry = people) =>
  run(text, language, registry).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe("attribute", () => {
  it("extractQuotes(blocks) is attribute(blocks, findSpans(blocks))", () => {
    const blocks = toBlocks('"We will win this fight," said Ana Lopes.');
    expect(extractQuotes(blocks, "en", people)).toEqual(attribute(blocks, findSpans(blocks, "en"), "en", people));
  });

  it("attribute: a sentence opening on a possessive hands its colon's quotation to the one the sentence before was about, if the possessive fits", () => {
    const speakers = (text: string, language: "en" | "fr" = "en") => who(text, language).map(([, name]) => name);
    expect(speakers('Mechanic Owen Pryce retires at Christmas. His mind is made up: "At 64 I have done my bit."')).toEqual(["Owen Pryce"]);
    expect(speakers('Mechanic Owen Pryce retires at Christmas. Her mind is made up: "At 64 I have done my bit."')).toEqual([null]);
    expect(speakers("Car Lucien Magnard prendra sa retraite à Noël. Sa décision est prise : « À 64 ans, j'ai assez donné, je veux voir mes petits-enfants. »", "fr")).toEqual(["Lucien Magnard"]);
    // A name in the sentence is its own speaker's: "Son épouse Odette a tranché : « … »".
    expect(speakers("Car Lucien Magnard prendra sa retraite à Noël. Son épouse Odette Magnard a tranché : « À 64 ans, il a assez donné, il doit se reposer. »", "fr")).toEqual(["Odette Magnard"]);
  });

  it("attribute: a full name stated in the text needs no registry", () => {
    expect(who('"Nobody asked the workers about it," said Ingrid Solheim.', "en", [])).toEqual([
      ["Nobody asked the workers about it,", "Ingrid Solheim"],
    ]);
  });

  it("attribute: the registry canonicalises names (Antonio → António) and ids are ASCII slugs", () => {
    const [q] = run('"We need clear rules for every platform," Antonio Guterres said.').quotes;
    expect(q?.speaker?.name).toBe("António Guterres");
    expect(q?.speaker?.id).toBe("antonio-guterres");
  });

  it("attribute: 'she' skips a more recent man for the last woman", () => {
    const text = 'Clara Vogt met Peter Hahn on Monday.\n\n"We did not agree on anything at all," she said.';
    expect(who(text)).toEqual([["We did not agree on anything at all,", "Clara Vogt"]]);
  });

  it("attribute: a role noun resolves to the person the text gave that role", () => {
    const text = 'Omar Farouk, the transport minister, visited the site. Lina Park, a union official, was there too.\n\n"The line will reopen in May or June," the minister said.';
    expect(who(text)[0]?.[1]).toBe("Omar Farouk");
  });

  it("attribute: a quotation without a cue continues the last speaker, also in the next paragraph", () => {
    const text = '"The first claim is false," said Rosa Klein.\n\n"The second claim is also false and misleading."';
    expect(who(text).map((x) => x[1])).toEqual(["Rosa Klein", "Rosa Klein"]);
    expect(run(text).quotes[1]?.method).toBe("continuation");
  });

  it("attribute: a short span with a non-speech cue is a term, never a quote with a person", () => {
    const r = run('Jon Berg said members voted "yes" in the end.');
    expect(r.quotes).toEqual([]);
    expect(r.terms).toEqual([expect.objectContaining({ text: "yes", reason: "vote option" })]);
  });

  it("attribute: a short span with a speech cue is a partial quotation", () => {
    const [q] = run('Musk argued that he had "no choice" in the matter.').quotes;
    expect(q?.text).toBe("no choice");
    expect(q?.speaker?.name).toBe("Elon Musk");
  });

  it("attribute: `when` is the raw time expression of the cue", () => {
    expect(run('Mia Roth tweeted on Sunday, "I will step down as chair of the board."').quotes[0]?.when).toBe("on Sunday");
    expect(run("Paul Brun a déclaré mardi que le projet était « une erreur historique ».", "fr").quotes[0]?.when).toBe("mardi");
  });

  it("attribute: the text's appositive role wins over the registry's", () => {
    const [q] = run('"We expect platforms to act now," said Gill Whitehead, Ofcom Group Director for Online Safety.').quotes;
    expect(q?.speaker?.role).toBe("Ofcom Group Director for Online Safety");
  });

  it("extractQuotes(title, dek, heading, paragraph): quotations come from the dek and paragraphs, the title names who speaks", () => {
    const blocks = toBlocks(
      'Tove Lindqvist tells platforms to "grow up"\nThe regulator urged them to "take the rules seriously, starting now."\nWhat comes next\n"We will not wait," she said.',
    ).map((b, i) => ({ ...b, kind: (["title", "dek", "heading", "paragraph"] as const)[i] ?? "paragraph" }));
    const r = extractQuotes(blocks, "en", people);
    expect(r.quotes.map((q) => q.text)).toEqual(["take the rules seriously, starting now.", "We will not wait,"]);
    expect(r.quotes[1]?.speaker?.name).toBe("Tove Lindqvist");
  });

  it("extractQuotes: a Title Case headline adds no names of its own", () => {
    const blocks = toBlocks('Ministers Clash Over Platform Rules\n"We will not wait for the next election," she said.').map((b, i) => ({ ...b, kind: i === 0 ? ("title" as const) : ("paragraph" as const) }));
    expect(extractQuotes(blocks, "en", people).quotes[0]?.speaker).toBeNull();
  });

  it("extractQuotes: the speaker a headline names after its quotation is the one a title later describes", () => {
    const text = "NBA : les matches à Paris, \"je ne pense qu'à ça\", s'enthousiasme Wembanyama\n\"J'attends ça avec impatience\", s'est enthousiasmé l'intérieur des Spurs.";
    const blocks = toBlocks(text).map((b, i) => ({ ...b, kind: i === 0 ? ("title" as const) : ("paragraph" as const) }));
    expect(extractQuotes(blocks, "fr", people).quotes.map((q) => q.speaker?.name)).toEqual(["Wembanyama"]);
  });

  it("extractQuotes: a headline's role phrase with no article ('Former rugby star says') is the person the story names", () => {
    const text = 'Carl Dunn jailed for six years\nFormer rugby star says sorry\n"I let everyone down," he told the court.';
    const blocks = toBlocks(text).map((b, i) => ({ ...b, kind: i === 0 ? ("title" as const) : i === 1 ? ("dek" as const) : ("paragraph" as const) }));
    expect(extractQuotes(blocks, "en", people).quotes.map((q) => q.speaker?.name)).toEqual(["Carl Dunn"]);
  });

  it("extractQuotes: a headline's speaker is no title's holder in the story, nor always someone", () => {
    const title = (text: string) => toBlocks(text).map((b, i) => ({ ...b, kind: i === 0 ? ("title" as const) : ("paragraph" as const) }));
    const saka = title('Arsenal "can win the league", says Saka\nThe England winger scored twice in Saturday\'s 3-1 win over Chelsea.\n"We were brilliant in the second half," the manager said after the game.');
    expect(extractQuotes(saka, "en", people).quotes.map((q) => q.speaker?.name)).toEqual(["the manager"]);
    const tesla = title('Autopilot "is not a self-driving system", says Tesla\nTesla told US regulators on Thursday that its software required supervision.\n"Drivers must keep their hands on the wheel at all times," the company said in a filing.');
    expect(extractQuotes(tesla, "en", people).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([["Tesla", "organisation"]]);
  });

  it("findSpans: a quotation does not run on across a heading", () => {
    const blocks = toBlocks('"First part of it\nA heading\n"Second part," she said.').map((b, i) => ({ ...b, kind: i === 1 ? ("heading" as const) : ("paragraph" as const) }));
    expect(findSpans(blocks, "en").every((s) => s.segments.length === 1)).toBe(true);
  });

  it("attribute: output is deterministic", () => {
    const text = '"One," said A. Person. "Two more words here," he added.';
    expect(run(text)).toEqual(run(text));
  });
});
