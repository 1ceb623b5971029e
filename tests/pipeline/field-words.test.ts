import { describe, expect, it } from "vitest";
import { coversJob, isAnyOfLine } from "../../src/pipeline/field-words.ts";
import { headKey } from "../../src/pipeline/names.ts";

describe("field words", () => {
  it("knows the words for anyone in a line of work, in either language and gender", () => {
    for (const w of ["commerçante", "Commerçant", "artisan", "shopkeeper", "cheminot", "soignante", "musicienne", "musician"]) expect(isAnyOfLine(w)).toBe(true);
  });

  it("does not take one job for a word for anyone in its line", () => {
    for (const w of ["boulanger", "boucher", "vendeuse", "gérante", "baker", "conducteur", "violoniste", "retraité", "maire"]) expect(isAnyOfLine(w)).toBe(false);
  });

  it("covers the jobs of its own line, as role keys, and no other", () => {
    expect(coversJob("commerçante", headKey("gérante"))).toBe(true);
    expect(coversJob("cheminot", headKey("conducteur"))).toBe(true);
    expect(coversJob("musicienne", headKey("violoniste"))).toBe(true);
    expect(coversJob("commerçant", headKey("conducteur"))).toBe(false);
    expect(coversJob("cheminot", headKey("boulanger"))).toBe(false);
    expect(coversJob("boulanger", headKey("boucher"))).toBe(false);
  });
});
