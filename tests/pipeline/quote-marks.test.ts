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

  it("doubledMarkAt: a straight double mark typed twice is one, a lone one is not a pair", () => {
    expect(doubledMarkAt('said: ""The weather', 6)).toEqual({ family: "double", role: "either" });
    expect(doubledMarkAt('said: "The weather', 6)).toBeNull();
  });
});
