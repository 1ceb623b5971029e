import { describe, expect, it } from "vitest";
import { speakers } from "../helpers/speakers.ts";

describe("denied claims", () => {
  it("a claim's words are not the denier's, whether the verb is a cue or not", () => {
    expect(speakers('Health Secretary Maria Lund was questioned by MPs.\n\nShe denied claims that she "ignored expert advice".')).toEqual([
      ["ignored expert advice", "term: no speaker"],
    ]);
    expect(speakers('Health Secretary Maria Lund was questioned by MPs.\n\nLund rejected allegations that her department had "buried the report".')).not.toContainEqual([
      "buried the report", "Maria Lund",
    ]);
  });

  it("a denial that names what it rejects as a judgement keeps the words its subject's", () => {
    expect(speakers('Health Secretary Maria Lund was questioned by MPs.\n\nShe dismissed the reports as "pure invention".')).toEqual([
      ["pure invention", "Maria Lund"],
    ]);
  });

  it("French: « démentir les rumeurs selon lesquelles »", () => {
    expect(speakers("Le ministre Paul Vernet a démenti les rumeurs selon lesquelles il aurait « menti aux députés ».", "fr")).not.toContainEqual([
      "menti aux députés", "Paul Vernet",
    ]);
  });
});
