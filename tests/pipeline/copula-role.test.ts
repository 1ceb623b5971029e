import { describe, expect, it } from "vitest";
import { copulaRole } from "../../src/pipeline/copula-role.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { toBlocks } from "../helpers/blocks.ts";

/**
 * The role a copula gives the name ending with `surname` in `text`, as text, or null. The name opens on
 * `given` when one is named, else on the text's first word.
 */
function roleOf(text: string, surname: string, language: "en" | "fr" = "en", given?: string): string | null {
  const [block] = toBlocks(text);
  if (block === undefined) throw new Error("no block");
  const tokens = tokenizeBlock(block, [], language);
  const at = tokens.findIndex((t) => t.text === surname);
  const first = given === undefined ? 0 : tokens.findIndex((t) => t.text === given);
  const range = copulaRole(tokens, first, at, language);
  if (range === null) return null;
  const [from, to] = [tokens[range[0]], tokens[range[1]]];
  if (from === undefined || to === undefined) throw new Error("role outside the tokens");
  return text.slice(from.start - block.start, to.end - block.start);
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

  it("a passive of appointment gives the office, after a comma or a party's brackets too", () => {
    expect(roleOf("Dans une salle comble, Imène Souid (DVG) a été élue maire d’Orly, samedi.", "Souid", "fr", "Imène")).toBe("maire d’Orly");
    expect(roleOf("Paul Roux vient d’être nommé directeur de l’hôpital.", "Roux", "fr")).toBe("directeur de l’hôpital");
    expect(roleOf("After a long search, Priya Okonkwo was appointed chief executive of the trust.", "Okonkwo", "en", "Priya")).toBe("chief executive of the trust");
    expect(roleOf("Dan Reed has been elected mayor.", "Reed")).toBe("mayor");
    expect(roleOf("Dan Reed was named as a director.", "Reed")).toBe("director");
  });

  it("no passive of appointment for a name inside a phrase, nor another passive", () => {
    expect(roleOf("Le fils de Paul Roux a été élu maire.", "Roux", "fr", "Paul")).toBeNull();
    expect(roleOf("Paul Roux a été reçu maire.", "Roux", "fr")).toBeNull();
    expect(roleOf("Dan Reed was appointed the club's manager.", "Reed")).toBeNull();
    expect(roleOf("Paul Roux a été élu conseiller adjoint.", "Roux", "fr")).toBeNull();
  });
});
