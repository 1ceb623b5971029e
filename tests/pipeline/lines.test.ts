import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/pipeline/lines.ts";

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
