import { describe, expect, it } from "vitest";
import { QUOTE_CHARS, doubledMarkAt, isQuoteMark, markOf } from "../../src/pipeline/quote-marks.ts";

describe("quote marks", () => {
  it("isQuoteMark: exactly the characters of QUOTE_CHARS, by char code", () => {
    const marks: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (isQuoteMark(code)) marks.push(String.fromCharCode(code));
    expect(new Set(marks)).toEqual(QUOTE_CHARS);
  });

  it("markOf: family and role of a mark, null for other characters", () => {
    expect(markOf("«")).toEqual({ family: "double", role: "open" });
    expect(markOf("’")).toEqual({ family: "single", role: "close" });
    expect(markOf("a")).toBeNull();
  });

  it("doubledMarkAt: two single marks typed for one double mark, null for apostrophes and lone marks", () => {
    expect(doubledMarkAt("‘’Yes", 0)).toEqual({ family: "double", role: "open" });
    expect(doubledMarkAt("yes,’’ he", 4)).toEqual({ family: "double", role: "either" });
    expect(doubledMarkAt("''yes''", 0)).toEqual({ family: "double", role: "either" });
    expect(doubledMarkAt("``yes''", 0)).toEqual({ family: "double", role: "open" });
    expect(doubledMarkAt("don’t", 3)).toBeNull();
    expect(doubledMarkAt("‘yes’", 0)).toBeNull();
    expect(doubledMarkAt("`x`", 0)).toBeNull();
  });

  it("doubledMarkAt: a straight double mark typed twice is one only where it can only open or only close", () => {
    expect(doubledMarkAt('said: ""The weather', 6)).toEqual({ family: "double", role: "either" });
    expect(doubledMarkAt('""The weather', 0)).toEqual({ family: "double", role: "either" });
    expect(doubledMarkAt('grit roads.""', 11)).toEqual({ family: "double", role: "either" });
    expect(doubledMarkAt('said: "The weather', 6)).toBeNull();
    expect(doubledMarkAt('delighted,""It was', 10)).toBeNull();
    expect(doubledMarkAt('value is "" by default', 9)).toBeNull();
    expect(doubledMarkAt('told me ""no"", said', 8)).toBeNull();
  });
});
