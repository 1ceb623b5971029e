import { describe, expect, it } from "vitest";
import { isTrade, keepsAnyTrade } from "../../src/pipeline/trade-nouns.ts";

describe("trade nouns", () => {
  it("knows the words for anyone who keeps a shop, in either language and gender", () => {
    for (const w of ["commerçante", "Commerçant", "gérant", "artisane", "shopkeeper", "trader"]) expect(keepsAnyTrade(w)).toBe(true);
  });

  it("does not take one trade for a word for any", () => {
    for (const w of ["boulanger", "boucher", "vendeuse", "baker", "retraité", "maire"]) expect(keepsAnyTrade(w)).toBe(false);
  });

  it("counts both one trade and the words for any as trades, and no office", () => {
    for (const w of ["boulangère", "coiffeur", "barber", "gérante", "commerçant"]) expect(isTrade(w)).toBe(true);
    for (const w of ["maire", "retraité", "habitant", "owner", "propriétaire"]) expect(isTrade(w)).toBe(false);
  });
});
