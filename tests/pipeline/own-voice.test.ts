import { describe, expect, it } from "vitest";
import { speaksAsOne, speaksForSelf } from "../../src/pipeline/own-voice.ts";

describe("speaksForSelf", () => {
  it("speaksForSelf: words in the first person speak for their speaker", () => {
    expect(speaksForSelf("We had a really fast group this spring.", "en", "male")).toBe(true);
    expect(speaksForSelf("I'm proud of how far I came.", "en", "female")).toBe(true);
    expect(speaksForSelf("J’ai retrouvé l’envie.", "fr", "female")).toBe(true);
    expect(speaksForSelf("On va tout reconstruire, il faut du temps.", "fr", "male")).toBe(true);
  });

  it("speaksForSelf: words with no first person do not", () => {
    expect(speaksForSelf("C’était un homme de conviction.", "fr", "male")).toBe(false);
    expect(speaksForSelf("The market is closed today.", "en", null)).toBe(false);
  });

  it("speaksForSelf: a question, a word to 'you' or one about 'him' or 'her' of the speaker's gender is someone else's", () => {
    expect(speaksForSelf("Do we still miss racing?", "en", "male")).toBe(false);
    expect(speaksForSelf("We told you so.", "en", null)).toBe(false);
    expect(speaksForSelf("Vous nous avez brisés.", "fr", "male")).toBe(false);
    expect(speaksForSelf("We will all miss her terribly.", "en", "female")).toBe(false);
    expect(speaksForSelf("He would have loved our new brewhouse.", "en", "male")).toBe(false);
    expect(speaksForSelf("Nous l’aimions, elle était là.", "fr", "female")).toBe(false);
  });

  it("speaksForSelf: a pronoun of the other gender may be someone the speaker speaks of", () => {
    expect(speaksForSelf("My wife and I thank her doctors.", "en", "male")).toBe(true);
  });
});

describe("speaksAsOne", () => {
  it("speaksAsOne: \"I\" and never \"we\" speaks only for the speaker", () => {
    expect(speaksAsOne("I heard a bang and then the ceiling fell in.", "en")).toBe(true);
    expect(speaksAsOne("J’ai eu très peur.", "fr")).toBe(true);
    expect(speaksAsOne("I would urge anyone who saw the collision to contact us.", "en")).toBe(false);
    expect(speaksAsOne("Nous avons pris nos responsabilités.", "fr")).toBe(false);
    expect(speaksAsOne("Inquiries are ongoing.", "en")).toBe(false);
  });
});
