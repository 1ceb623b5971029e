import { describe, expect, it } from "vitest";
import { paragraphIds, quoteIds } from "../../src/pipeline/ids.ts";

describe("quoteIds", () => {
  it("quoteIds are q-<surname>-<opening words>, readable and ASCII", () => {
    expect(quoteIds([{ text: "I have no personal feelings in relation to who", speakerName: "António Guterres" }])).toEqual(["q-guterres-i-have-no-personal-feelings"]);
  });

  it("quoteIds name an organisation whole", () => {
    expect(quoteIds([{ text: "to strict regulatory oversight", speakerName: "Amnesty International", speakerType: "organisation" }])).toEqual(["q-amnesty-international-to-strict-regulatory-oversight"]);
  });

  it("quoteIds without a speaker leave the surname out", () => {
    expect(quoteIds([{ text: "arrêter toute publicité", speakerName: null }])).toEqual(["q-arreter-toute-publicite"]);
  });

  it("quoteIds number repeats in reading order and do not depend on other quotations", () => {
    const a = { text: "Totally false", speakerName: "Elon Musk" };
    const b = { text: "Something else entirely here", speakerName: "Ann Lee" };
    expect(quoteIds([a, b, a])).toEqual(["q-musk-totally-false", "q-lee-something-else-entirely-here", "q-musk-totally-false-2"]);
    expect(quoteIds([b, a])[1]).toBe("q-musk-totally-false");
  });
});

describe("paragraphIds", () => {
  it("paragraphIds are p-<opening words>, numbered when repeated", () => {
    expect(paragraphIds(["Since July 29 when right-wing influencers made", "« » —", "Since July 29 when right-wing influencers made more"])).toEqual([
      "p-since-july-29-when-right-wing",
      "p-paragraph",
      "p-since-july-29-when-right-wing-2",
    ]);
  });
});
