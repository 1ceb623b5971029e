import { describe, expect, it } from "vitest";
import { copulaRole } from "../../src/pipeline/copula-role.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { toBlocks } from "../helpers/blocks.ts";

/** The role a copula gives the name ending with `surname` in `text`, as text, or null. */
function roleOf(text: string, surname: string, language: "en" | "fr" = "en"): string | null {
  const [block] = toBlocks(text);
  if (block === undefined) throw new Error("no block");
  const tokens = tokenizeBlock(block, [], language);
  const at = tokens.findIndex((t) => t.text === surname);
  const range = copulaRole(tokens, 0, at, language);
  return range === null ? null : tokens.slice(range[0], range[1] + 1).map((t) => t.text).join(" ");
}

describe("copulaRole", () => {
  it("French states a trade with no article, and its complement", () => {
    expect(roleOf("Aurélie Sanchez est mycologue au CEMA.", "Sanchez", "fr")).toBe("mycologue au CEMA");
    expect(roleOf("Paul Roux est maire de Sète depuis 2014.", "Roux", "fr")).toBe("maire de Sète");
    expect(roleOf("Jean Roux est médecin à Lyon et il préside l'association.", "Roux", "fr")).toBe("médecin à Lyon");
    expect(roleOf("Léa Morel est une infirmière.", "Morel", "fr")).toBe("infirmière");
  });

  it("English needs its article; no role word, a negation or another verb gives none", () => {
    expect(roleOf("Dan Reed is a spokesman for the park.", "Reed")).toBe("spokesman for the park");
    expect(roleOf("Dan Reed is spokesman.", "Reed")).toBeNull();
    expect(roleOf("Dan Reed is a keen walker.", "Reed")).toBeNull();
    expect(roleOf("Paul Roux n'est pas maire.", "Roux", "fr")).toBeNull();
    expect(roleOf("Paul Roux est devenu maire.", "Roux", "fr")).toBeNull();
    expect(roleOf("Jacques Bonnet était maire de la commune.", "Bonnet", "fr")).toBeNull();
    expect(roleOf("Paul Martin est un ami du maire.", "Martin", "fr")).toBeNull();
    expect(roleOf("Jake Miller is a teammate of the coach.", "Miller")).toBeNull();
    expect(roleOf("Julien Stéphan est entraîneur adjoint.", "Stéphan", "fr")).toBeNull();
    expect(roleOf("Linda Shaw is a nurse for 30 years.", "Shaw")).toBe("nurse");
  });
});
