import { describe, expect, it } from "vitest";
import { SeedError } from "../../src/pipeline/errors.ts";
import { readSeed } from "../../src/pipeline/read.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

function errorOf(f: () => unknown): SeedError {
  try {
    f();
  } catch (e) {
    if (e instanceof SeedError) return e;
    throw e;
  }
  throw new Error("expected a SeedError");
}

describe("readSeed", () => {
  it("readSeed(utf8 text) returns the text unchanged", () => {
    expect(readSeed(utf8("Türk said « bonjour ».\r\nNext"), "a.txt")).toBe("Türk said « bonjour ».\r\nNext");
  });

  it("readSeed drops a UTF-8 byte-order mark", () => {
    expect(readSeed(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Hi")]), "a.txt")).toBe("Hi");
  });

  it("readSeed(Latin-1 French) fails with seed:not-utf8 at the offending line and column", () => {
    const bytes = new Uint8Array([...utf8("ok\nd"), 0xe9, ...utf8("claration")]);
    const e = errorOf(() => readSeed(bytes, "seeds/latin1.txt"));
    expect(e.id).toBe("seed:not-utf8");
    expect(e.location).toEqual({ file: "seeds/latin1.txt", line: 2, column: 2 });
    expect(e.message).toContain("0xE9");
    expect(e.hint).toMatch(/UTF-8/);
  });

  it("readSeed(binary) fails with seed:binary naming the NUL byte", () => {
    const e = errorOf(() => readSeed(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "seeds/x.txt"));
    expect(e.id).toBe("seed:binary");
    expect(e.message).toContain("byte 4");
  });

  it("readSeed(whitespace only) fails with seed:empty", () => {
    expect(errorOf(() => readSeed(utf8(" \n\t\n"), "e.txt")).id).toBe("seed:empty");
    expect(errorOf(() => readSeed(new Uint8Array(), "e.txt")).id).toBe("seed:empty");
  });
});
