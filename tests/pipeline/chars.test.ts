import { describe, expect, it } from "vitest";
import { ASCII, LETTER, LN, MARK, SPACE, UPPER, classAt, classOf, isInitial, isSpace, upperOrNumber, widthAt } from "../../src/pipeline/chars.ts";

/** The classes by the Unicode regexes the table stands for, on one code point. */
function byRegex(ch: string): number {
  return (
    (/^[\p{L}\p{N}]$/u.test(ch) ? LN : 0) | (/^\p{M}$/u.test(ch) ? MARK : 0) | (/^\s$/u.test(ch) ? SPACE : 0) |
    (/^\p{L}$/u.test(ch) ? LETTER : 0) | (/^\p{Lu}$/u.test(ch) ? UPPER : 0)
  );
}
const BITS = LN | MARK | SPACE | LETTER | UPPER;

describe("chars", () => {
  it("classOf: every BMP unit has the classes the Unicode regexes give it (lone surrogates none)", () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if ((classOf(code) & BITS) !== byRegex(String.fromCharCode(code))) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("ASCII: the inline table agrees with classOf", () => {
    for (let code = 0; code < 128; code++) expect(ASCII[code], String(code)).toBe(classOf(code));
  });

  it("classAt, widthAt: surrogate pairs are read whole, lone surrogates alone", () => {
    const text = "a𝐀😀\ud800b";
    expect(classAt(text, 1, text.length) & BITS).toBe(byRegex("𝐀"));
    expect(widthAt(text, 1, text.length)).toBe(2);
    expect(classAt(text, 3, text.length) & LN).toBe(0);
    expect(widthAt(text, 5, text.length)).toBe(1);
    expect(classAt(text, 5, text.length) & BITS).toBe(0);
    // A pair cut by the range's end is read as its first unit.
    expect(widthAt(text, 1, 2)).toBe(1);
  });

  it("upperOrNumber: [\\p{Lu}\\p{N}]", () => {
    for (const ch of ["A", "É", "7", "٣", "Ⅻ"]) expect(upperOrNumber(classAt(ch, 0, ch.length)), ch).toBe(true);
    for (const ch of ["a", "é", "-", " ", "ǅ"]) expect(upperOrNumber(classAt(ch, 0, ch.length)), ch).toBe(false);
  });
});

describe("isSpace", () => {
  it("isSpace agrees with /\\s/u on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe("isInitial", () => {
  it("isInitial: one capital letter, in any script; not a lowercase letter, a digit or a longer word", () => {
    for (const t of ["P", "U", "É", "Ж"]) expect(isInitial(t), t).toBe(true);
    for (const t of ["p", "é", "1", ".", "PK", "", "Jo"]) expect(isInitial(t), t).toBe(false);
  });
});
