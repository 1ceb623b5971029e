import { describe, expect, it } from "vitest";
import { speechOwner } from "../../src/pipeline/speech-owner.ts";
import { ctxIn } from "../helpers/mentions.ts";

/** The text of the owner `speechOwner` reads from a sentence opening the block, or null. */
function owner(text: string, language: "en" | "fr"): string | null {
  return speechOwner(ctxIn(text, language), 0)?.text ?? null;
}

describe("speechOwner", () => {
  it("a pointer, a copula, a speech noun and its owner", () => {
    expect(owner("Telle est la réponse de Vincent Duguay, directeur de SNCF Réseau.", "fr")).toBe("Vincent Duguay");
    expect(owner("C’est la réponse de la CGT.", "fr")).toBe("CGT");
    expect(owner("Voilà le message de Marie Blanc aux élus.", "fr")).toBe("Marie Blanc");
    expect(owner("Voici la réponse de Paul Girard.", "fr")).toBe("Paul Girard");
    expect(owner("Such was the response of Ann Ray on Monday.", "en")).toBe("Ann Ray");
  });

  it("not a noun of anything but speech, no owner, or no pointer", () => {
    expect(owner("Telle est la situation de Vincent Duguay.", "fr")).toBeNull();
    expect(owner("C’est la réponse du gouvernement.", "fr")).toBeNull();
    expect(owner("La réponse de Vincent Duguay est claire.", "fr")).toBeNull();
    expect(owner("Telle la réponse de Vincent Duguay.", "fr")).toBeNull();
    expect(owner("Such is the life of Ann Ray.", "en")).toBeNull();
  });
});
