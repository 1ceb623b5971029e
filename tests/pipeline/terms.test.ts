import { describe, expect, it } from "vitest";
import { atLeastWords, governedBySpeech, readsAsClause, termReason, wordCount } from "../../src/pipeline/terms.ts";

describe("terms", () => {
  it("atLeastWords agrees with wordCount, whatever the bound", () => {
    for (const text of ["", "fin", "de brader des billets", "l’arme la plus puissante", "  « trois  mots  ici » "]) {
      for (const n of [1, 2, 3, 4, 5]) expect(atLeastWords(text, n)).toBe(wordCount(text) >= n);
    }
  });

  it("termReason: a naming verb's object with an article is a judgement, not a name", () => {
    expect(termReason("very capable woman", ["called", "ms", "mcdonald", "a"], "en", false)).not.toBe("name");
    expect(termReason("Operation Clean Sweep", ["dubbed", "the", "plan"], "en", false)).toBe("name");
  });

  it("readsAsClause: a subject pronoun or finite auxiliary makes a short span a clause", () => {
    expect(readsAsClause("La planète a parlé", "fr")).toBe(true);
    expect(readsAsClause("c’est fini", "fr")).toBe(true);
    expect(readsAsClause("j’ai gagné", "fr")).toBe(true);
    expect(readsAsClause("we will win", "en")).toBe(true);
    expect(readsAsClause("it's over", "en")).toBe(true);
    expect(readsAsClause("consensus scientifique", "fr")).toBe(false);
    expect(readsAsClause("l’été dernier", "fr")).toBe(false);
    expect(readsAsClause("incitement to violence", "en")).toBe(false);
    // the English article is no French verb, and the French pronoun no English word
    expect(readsAsClause("a lost decade", "en")).toBe(false);
    expect(readsAsClause("on the record", "en")).toBe(false);
  });

  it("governedBySpeech: a speech verb a few linking words before the quotation", () => {
    expect(governedBySpeech(["she", "insisted", "on"], "en")).toBe(true);
    expect(governedBySpeech(["insisted", "on", "the"], "en")).toBe(true);
    expect(governedBySpeech(["and", "warned", "of"], "en")).toBe(true);
    expect(governedBySpeech(["a", "insisté", "sur"], "fr")).toBe(true);
    expect(governedBySpeech(["a", "dénoncé", "des"], "fr")).toBe(true);
    expect(governedBySpeech(["described", "it", "as"], "en")).toBe(true);
    // a verb of saying before a determiner means a new sentence (`he said. The "…"`)
    expect(governedBySpeech(["he", "said", "the"], "en")).toBe(false);
    expect(governedBySpeech(["the", "new"], "en")).toBe(false);
    expect(governedBySpeech([], "en")).toBe(false);
  });

  it("termReason: short spans are terms unless credited, a clause (read later) or governed by a speech verb", () => {
    expect(termReason("fast-track", ["the"], "en", false)).toBe("no speaker");
    expect(termReason("haut degré de dangerosité", ["insisté", "sur", "le"], "fr", false)).toBeNull();
    expect(termReason("yes", ["voted"], "en", false)).toBe("vote option");
    expect(termReason("incitement to violence", ["charge", "of"], "en", false)).toBe("charge");
    expect(termReason("Das Goldene Lenkrad", ["won", "the"], "en", false)).toBe("title");
    // a vote option is a word or two: a longer span after `voté` says how, not what
    expect(termReason("oui", ["ont", "voté"], "fr", false)).toBe("vote option");
    expect(termReason("dans les meilleurs délais", ["et", "voté"], "fr", false)).toBe("no speaker");
  });
});
