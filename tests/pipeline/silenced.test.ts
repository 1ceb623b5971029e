import { describe, expect, it } from "vitest";
import { saysSilenced } from "../../src/pipeline/silenced.ts";

const words = (s: string) => s.toLowerCase().split(/\s+/);

describe("saysSilenced", () => {
  it("saysSilenced: death, a refusal to comment or a charge denied silences a sentence's subject", () => {
    expect(saysSilenced(words("He died in 2009 aged 88"), "en")).toBe(true);
    expect(saysSilenced(words("He declined to comment when contacted"), "en")).toBe(true);
    expect(saysSilenced(words("She did not respond to requests"), "en")).toBe(true);
    expect(saysSilenced(words("Il est décédé dimanche"), "fr")).toBe(true);
    expect(saysSilenced(words("Il n’a pas souhaité répondre"), "fr")).toBe(true);
  });

  it("saysSilenced: a sentence of what someone does says nothing of the kind", () => {
    expect(saysSilenced(words("He skis in the winter"), "en")).toBe(false);
    expect(saysSilenced(words("She did not stop"), "en")).toBe(false);
    expect(saysSilenced(words("Elle a repris ses succès"), "fr")).toBe(false);
  });
});
