import { describe, expect, it } from "vitest";
import { unwrapLines } from "../../src/pipeline/hard-wrap.ts";
import { splitLines } from "../../src/pipeline/lines.ts";
import { parseArticle } from "../../src/pipeline/parse.ts";

/** Wire copy wrapped at 66 columns: two paragraphs, the second a quotation whose cue is cut by a break. */
const WIRE = [
  "The ferry left the harbour at Dover shortly after dawn on Tuesday,",
  "carrying more than 400 passengers and 120 lorries to Calais after",
  "two days of cancellations caused by the storm.",
  "\"We are relieved to be moving again and grateful for the patience",
  "of everyone on board,\" the operator's chief executive Anna Berg",
  "said in a statement. Crossings are expected to return to their",
  "normal timetable by the end of the week, the company added.",
].join("\n");

describe("unwrapLines", () => {
  it("joins lines broken where the next word would not fit, and keeps offsets into the source", () => {
    const lines = unwrapLines(WIRE, splitLines(WIRE));
    expect(lines.map((l) => l.line)).toEqual([1, 4]);
    for (const l of lines) expect(WIRE.slice(l.start, l.end)).toBe(l.text);
    expect(lines[1]?.text).toContain("Anna Berg\nsaid in a statement");
  });

  it("leaves text alone whose lines are paragraphs of their own", () => {
    const text = [
      "The council approved the budget on Monday after a long debate that ran late into the evening and beyond.",
      "Short line.",
      "Another paragraph, typed on one line as most web copy is, with no thought of a column width at all.",
      "One more.",
      "And a fifth line that is long enough to look like a paragraph written without any wrapping at all.",
      "Last.",
    ].join("\n");
    expect(unwrapLines(text, splitLines(text)).map((l) => l.text)).toEqual(splitLines(text).map((l) => l.text));
  });

  it("never joins lines a blank line parts, nor a short last line with the next", () => {
    const text = WIRE.replace("storm.\n", "storm.\n\n");
    const lines = unwrapLines(text, splitLines(text));
    expect(lines.map((l) => l.line)).toEqual([1, 5]);
  });

  it("leaves alone short paragraphs typed one per line, each ending on a stop", () => {
    const text = [
      "The council met on Monday to discuss the new bridge over the river and its cost.",
      "Residents asked why the old bridge could not be repaired instead of being replaced.",
      "The mayor said the engineers had found the old structure beyond any reasonable repair.",
      "Work is due to start in the spring and should last about eighteen months in all.",
      "A temporary footbridge will be put up next to the site while the works are carried out.",
      "The council will publish the final plans on its website at the end of the month.",
    ].join("\n");
    expect(unwrapLines(text, splitLines(text))).toHaveLength(6);
  });

  it("starts a paragraph at an indented line", () => {
    const text = WIRE.replace("\"We are relieved", "  \"We are relieved").replace("storm.\n", "storm and\n");
    expect(unwrapLines(text, splitLines(text)).map((l) => l.line)).toEqual([1, 4]);
  });

  it("needs enough lines to tell a width", () => {
    const text = WIRE.split("\n").slice(0, 3).join("\n");
    expect(unwrapLines(text, splitLines(text))).toHaveLength(3);
  });

  it("gives the parser whole paragraphs", () => {
    const { blocks } = parseArticle(WIRE);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(WIRE.slice(b.start, b.end)).toBe(b.text);
  });
});
