import { describe, expect, it } from "vitest";
import { frenchOrgNameEnd } from "../../src/pipeline/org-name-fr.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";

/** The name `frenchOrgNameEnd` reads from the first token written `head` in `text`. */
function nameFrom(text: string, head: string): string {
  const tokens = tokenizeBlock({ index: 0, kind: "paragraph", text, start: 0, end: text.length, line: 1 }, [], "fr");
  const k = tokens.findIndex((t) => t.text === head);
  const end = frenchOrgNameEnd(tokens, k);
  return text.slice(tokens[k]?.start ?? 0, tokens[end]?.end ?? 0);
}

describe("frenchOrgNameEnd", () => {
  it("frenchOrgNameEnd: an institution's lowercase adjectives belong to its name", () => {
    expect(nameFrom("Selon le Parti socialiste, la hausse est insuffisante.", "Parti")).toBe("Parti socialiste");
    expect(nameFrom("La Banque mondiale a revu ses prévisions.", "Banque")).toBe("Banque mondiale");
    expect(nameFrom("Le Conseil fédéral estime que…", "Conseil")).toBe("Conseil fédéral");
  });

  it("frenchOrgNameEnd: so do up to two complements and their adjectives", () => {
    expect(nameFrom("« Les choses ont bougé », estime l’Union suisse des paysans.", "Union")).toBe("Union suisse des paysans");
    expect(nameFrom("La Fédération romande des producteurs de lait a réagi.", "Fédération")).toBe("Fédération romande des producteurs de lait");
    expect(nameFrom("Pour la Confédération générale du travail, c’est non.", "Confédération")).toBe("Confédération générale du travail");
  });

  it("frenchOrgNameEnd: the name stops at a verb, a relative, a capital or a word that is no institution's", () => {
    expect(nameFrom("Le Parti estime que la réforme échoue.", "Parti")).toBe("Parti");
    expect(nameFrom("L’Union qui représente les paysans a réagi.", "Union")).toBe("Union");
    expect(nameFrom("L’Ordre des avocats de Paris a réagi.", "Ordre")).toBe("Ordre");
    expect(nameFrom("Marie Dupont socialiste convaincue", "Marie")).toBe("Marie");
  });
});
