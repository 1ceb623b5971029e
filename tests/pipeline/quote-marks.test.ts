import { describe, expect, it } from "vitest";
import { QUOTE_CHARS, isQuoteMark, markOf } from "../../src/pipeline/quote-marks.ts";

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
});
