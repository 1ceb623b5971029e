import { describe, expect, it } from "vitest";
import { headKey } from "../../src/pipeline/names.ts";
import { roleDomain } from "../../src/pipeline/role-domains.ts";

const of = (word: string) => roleDomain(headKey(word));

describe("roleDomain", () => {
  it("roleDomain: titles of one field share it, in English and French", () => {
    expect(of("député")).toBe("politics");
    expect(of("MP")).toBe("politics");
    expect(of("ministre")).toBe(of("minister"));
    expect(of("conseiller")).toBe("politics");
    expect(of("sélectionneur")).toBe("sport");
    expect(of("éleveur")).toBe("farming");
    expect(of("proviseur")).toBe("education");
  });

  it("roleDomain: synonyms share their class's field (juge and magistrate are the judge's)", () => {
    expect(of("magistrat")).toBe("justice");
    expect(of("juge")).toBe("justice");
    expect(of("avocate")).toBe("justice");
  });

  it("roleDomain: churches are fields apart, so a bishop is no pastor", () => {
    expect(of("évêque")).not.toBe(of("pasteur"));
    expect(of("pasteur")).toBe("protestant");
  });

  it("roleDomain: a title that heads anything (president, director, chief) or a word no list holds has none", () => {
    expect(of("president")).toBeNull();
    expect(of("directrice")).toBeNull();
    expect(of("chief")).toBeNull();
    expect(of("principal")).toBeNull();
    expect(of("boutiquier")).toBeNull();
  });
});
