import { describe, expect, it } from "vitest";
import { spelledFrom } from "../../src/pipeline/spelled-acronym.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";

/** The words the acronym in brackets spells, or null. */
function spelled(text: string, language: "en" | "fr" = "en"): string | null {
  const tokens = tokenizeBlock({ index: 0, kind: "paragraph", start: 0, end: text.length, text, line: 1 }, [], language);
  const k = tokens.findIndex((t, i) => tokens[i - 1]?.text === "(" && /^\p{Lu}+$/u.test(t.text));
  const from = spelledFrom(tokens, k);
  return from < 0 ? null : text.slice(tokens[from]?.start, tokens[k - 2]?.end);
}

describe("spelledFrom", () => {
  it("spelledFrom: reads initials back from the bracket, past small words, keeping lowercase words that count", () => {
    expect(spelled("to the residents' group All Concerned About Foggie Turbines (ACAFT) who objected")).toBe("All Concerned About Foggie Turbines");
    expect(spelled("The Campaign to Protect Rural England (CPRE) said")).toBe("Campaign to Protect Rural England");
    expect(spelled("Selon la Fédération nationale des syndicats d’exploitants agricoles (FNSEA), rien.", "fr")).toBe("Fédération nationale des syndicats d’exploitants agricoles");
  });

  it("spelledFrom: nothing for two letters, letters that spell other words, or a name that would open in lower case", () => {
    expect(spelled("the party's leader (LR) said")).toBeNull();
    expect(spelled("Residents of Foggie Turbines (XYZ) objected.")).toBeNull();
    expect(spelled("they were all concerned about foggie turbines (ACAFT)")).toBeNull();
  });
});
