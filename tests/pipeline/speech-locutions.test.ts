import { describe, expect, it } from "vitest";
import { speechLocutionAt } from "../../src/pipeline/speech-locutions.ts";

const at = (text: string, language: "en" | "fr", i = 0) => {
  const words = text.toLowerCase().split(" ");
  return speechLocutionAt((k) => words[k], i, language);
};

describe("speechLocutionAt", () => {
  it("speechLocutionAt: a light verb and a noun for what is told, a few small words apart, report speech", () => {
    expect(at("donne des précisions sur leur état", "fr")).toBe(true);
    expect(at("donné quelques nouvelles des blessés", "fr")).toBe(true);
    expect(at("fait le point sur la situation", "fr")).toBe(true);
    expect(at("gave an update on the men", "en")).toBe(true);
    expect(at("provided further details about the closure", "en")).toBe(true);
  });

  it("speechLocutionAt: the same verbs with another object, or the noun too far, do not", () => {
    expect(at("donne le nom des blessés", "fr")).toBe(false);
    expect(at("fait le tour du quartier", "fr")).toBe(false);
    expect(at("gave the men a lift home for details", "en")).toBe(false);
    expect(at("visited the site", "en")).toBe(false);
    // The phrase must end inside the sentence the caller gives.
    expect(at("gave an", "en")).toBe(false);
  });
});
