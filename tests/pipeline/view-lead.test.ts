import { describe, expect, it } from "vitest";
import { judgementHolder, viewLedHolder } from "../../src/pipeline/view-lead.ts";
import { ctxIn } from "../helpers/mentions.ts";

/** The holder of the clause before the first colon of `text`, or null. */
function holderOf(text: string, language: "en" | "fr", find = viewLedHolder): string | null {
  const ctx = ctxIn(text, language);
  const colon = ctx.tokens.findIndex((t) => t.text === ":");
  return find(ctx, 0, colon - 1)?.text ?? null;
}

describe("viewLedHolder", () => {
  it("gives a verbless 'same view' clause to the one person it names after pour, chez or for", () => {
    expect(holderOf("Même constat pour Chantal Blot, membre d'Olivet en transition : tout est à refaire.", "fr")).toBe("Chantal Blot");
    expect(holderOf("Autre son de cloche chez Marc Lefranc : rien ne presse.", "fr")).toBe("Marc Lefranc");
    expect(holderOf("Même discours du côté de Paul Martin, président du club : on attend.", "fr")).toBe("Paul Martin");
    expect(holderOf("Same for Jane Holt, a parent of two: the gate stays shut.", "en")).toBe("Jane Holt");
  });

  it("needs 'same' or 'other' first, a person's name right after its preposition, and nothing but an appositive after it", () => {
    expect(holderOf("Le constat de Chantal Blot est sévère : tout est à refaire.", "fr")).toBeNull();
    expect(holderOf("Même constat pour la maire : tout est à refaire.", "fr")).toBeNull();
    expect(holderOf("Même constat pour l'association Vélo Cité : tout est à refaire.", "fr")).toBeNull();
    expect(holderOf("Même constat, qui revient dans toutes les bouches depuis des mois et des mois chez Paul Martin : on attend.", "fr")).toBeNull();
    // A view's noun, or the preposition at once ("Même pour Marc Lefranc,"); not words said of the one named.
    expect(holderOf("Même pour Marc Lefranc, la situation devient intenable : je ne me paie plus.", "fr")).toBe("Marc Lefranc");
    expect(holderOf("Autre témoignage accablant pour Marc Lefranc : il me suivait.", "fr")).toBeNull();
    expect(holderOf("Autre constat pour Marc Lefranc, celui de son ancien adversaire : c'est le meilleur.", "fr")).toBeNull();
  });

  it("reads past a place set between the view and the one named after pour", () => {
    expect(holderOf("Même constat à la cité de l'Hers pour Léa : ça s'entasse.", "fr")).toBe("Léa");
    expect(holderOf("Même constat dans le quartier des Minimes pour Paul Martin, retraité : on attend.", "fr")).toBe("Paul Martin");
    // A place only: no one named after it.
    expect(holderOf("Même constat à la cité de l'Hers : ça s'entasse.", "fr")).toBeNull();
  });
});

describe("judgementHolder", () => {
  it("gives a verbless French judgement to the one person named after pour, maybe with an appositive", () => {
    expect(holderOf("Impossible pour Frank, habitant des Minimes : on se retrouve avec les poubelles.", "fr", judgementHolder)).toBe("Frank");
    expect(holderOf("Pas question non plus pour Marie Dubois : nous n'avons pas de place.", "fr", judgementHolder)).toBe("Marie Dubois");
  });

  it("needs no verb and no one named before pour, a person after it, and French", () => {
    expect(holderOf("Le maire a voté pour Frank Martin : il le mérite.", "fr", judgementHolder)).toBeNull();
    expect(holderOf("Marie pour Paul Martin : une évidence.", "fr", judgementHolder)).toBeNull();
    expect(holderOf("Impossible pour la mairie : les caisses sont vides.", "fr", judgementHolder)).toBeNull();
    expect(holderOf("Impossible pour Frank, celui de la cité : on attend.", "fr", judgementHolder)).toBeNull();
    expect(holderOf("Too late for Frank Hill: the bins are full.", "en", judgementHolder)).toBeNull();
    expect(holderOf("Ils ont longtemps milité pour Frank Martin : il le mérite.", "fr", judgementHolder)).toBeNull();
  });
});
