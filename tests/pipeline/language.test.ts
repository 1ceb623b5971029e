import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/pipeline/language.ts";

describe("detectLanguage", () => {
  it("detectLanguage tells French from English news", () => {
    expect(detectLanguage("Le propriétaire de Twitter a déclaré mardi que la plateforme ne serait pas un paysage infernal.")).toBe("fr");
    expect(detectLanguage("The UN chief said on Monday that the platform has a responsibility to its users.")).toBe("en");
  });
  it("detectLanguage of text with no function words is English", () => {
    expect(detectLanguage("Twitter X 2024")).toBe("en");
  });
});
