import { describe, expect, it } from "vitest";
import { joinLines, nextLine, splitLines } from "../../src/pipeline/lines.ts";

describe("splitLines", () => {
  it("splitLines keeps exact offsets of trimmed lines across LF, CRLF and CR", () => {
    const text = "  Title \r\n\r\nBody one\rBody two\n\n";
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(["Title", "Body one", "Body two"]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(lines.map((l) => l.line)).toEqual([1, 3, 4]);
  });

  it("splitLines('') is empty", () => {
    expect(splitLines("")).toEqual([]);
  });
});

describe("joinLines", () => {
  it("joins the lines it is told to, each paragraph spanning its lines in the source", () => {
    const text = "one a\ntwo b\r\nthree\n\nfour";
    const lines = splitLines(text);
    const joined = joinLines(text, lines, (_, previous, l) => nextLine(text, previous, l));
    expect(joined.map((l) => l.text)).toEqual(["one a\ntwo b\r\nthree", "four"]);
    for (const l of joined) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(joined.map((l) => l.line)).toEqual([1, 5]);
    expect(joinLines(text, lines, () => false)).toEqual(lines);
  });
});
