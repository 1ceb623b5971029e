import { describe, expect, it } from "vitest";
import { mentionsWhere } from "../helpers/mentions.ts";

/** The partitive mentions findMentions reports (partitiveAt runs inside it, before roles and groups). */
const { all: partitives, texts } = mentionsWhere((m) => m.partitive === true);

describe("partitiveAt", () => {
  it("partitiveAt: one of a set, by its noun or a pronoun, and another", () => {
    expect(texts("“It is over,” said one of the striking workers.")).toEqual(["one of the striking workers"]);
    expect(texts("“It is over,” one of them said.")).toEqual(["one of them"]);
    expect(texts("“Never again,” another said.")).toEqual(["another"]);
    expect(texts("“Never again,” said another resident.")).toEqual(["another resident"]);
  });

  it("partitiveAt: French takes its article, a pronoun, a set's complement and un autre", () => {
    expect(texts("« C’est fini », a résumé l’un d’eux.", "fr")).toEqual(["l’un d’eux"]);
    expect(texts("« C’est fini », a dit l’une d’entre elles.", "fr")).toEqual(["l’une d’entre elles"]);
    expect(texts("« C’est fini », a dit l’un des représentants des JA.", "fr")).toEqual(["l’un des représentants des JA"]);
    expect(texts("« C’est fini », complète un autre.", "fr")).toEqual(["un autre"]);
    expect(texts("« C’est fini », disait une autre passagère.", "fr")).toEqual(["une autre passagère"]);
    expect(partitives("« C’est fini », dit une des deux amies.", "fr").map((m) => [m.text, m.gender])).toEqual([["une des deux amies", "female"]]);
  });

  it("partitiveAt: up to three words after another and un autre; a set's complement is a whole name", () => {
    expect(texts("“We will not back down,” another senior official said.")).toEqual(["another senior official"]);
    expect(texts("« C’est fini », a dit une autre haute responsable.", "fr")).toEqual(["une autre haute responsable"]);
    expect(texts("« C’est fini », a dit l’un des représentants des Jeunes Agriculteurs.", "fr")).toEqual(["l’un des représentants des Jeunes Agriculteurs"]);
    expect(partitives("« C’est fini », a dit l’un des problèmes majeurs.", "fr").map((m) => m.head)).toEqual(["problèmes"]);
  });

  it("partitiveAt: another of something no person names is no one", () => {
    expect(texts("Une autre option s’offre à elle, garer sa voiture.", "fr")).toEqual([]);
    expect(texts("« C’est fini », a dit un autre membre de la défense.", "fr")).toEqual(["un autre membre"]);
  });

  it("partitiveAt: times, counts, superlatives and one another are no one", () => {
    expect(texts("Another year passed before the plant reopened.")).toEqual([]);
    expect(texts("Another 20 people were hurt.")).toEqual([]);
    expect(texts("They blamed one another for the delay.")).toEqual([]);
    expect(texts("One of the most important things is trust.")).toEqual([]);
    expect(texts("Une autre fois, le maire a refusé.", "fr")).toEqual([]);
  });

  it("partitiveAt: a conjunction or a verb ends the set; a plain article or number opens none", () => {
    expect(texts("She forgave one of the young men and told them so.")).toEqual(["one of the young men"]);
    expect(texts("One day the plant closed, and one worker left.")).toEqual([]);
    expect(texts("Il a acheté une maison et un vélo.", "fr")).toEqual([]);
  });
});
