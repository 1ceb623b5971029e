import { describe, expect, it } from "vitest";
import { speakers } from "../helpers/speakers.ts";

describe("signs", () => {
  it("what a banner or a placard reads is the sign's, however long or clause-like", () => {
    expect(speakers('Farmers blocked the motorway near Lyon on Monday.\n\nThey carried placards reading "We feed you, you forget us" past the toll gates.')).toEqual([
      ["We feed you, you forget us", "term: sign"],
    ]);
  });

  it("French: « on pouvait lire », and a second sign joined by « ou »", () => {
    expect(speakers("Les agriculteurs ont bloqué l'autoroute lundi.\n\nIls brandissaient des pancartes sur lesquelles on pouvait lire « Nous vous nourrissons » ou « Pas de paysans, pas d'avenir ».", "fr")).toEqual([
      ["Nous vous nourrissons", "term: sign"],
      ["Pas de paysans, pas d'avenir", "term: sign"],
    ]);
  });

  it("a sign someone holds out with a colon gives their own message", () => {
    expect(speakers('Volunteers met the trains at the border.\n\nJack Moran is holding a cardboard sign: "Free lifts to Krakow, three seats left!"')).toEqual([
      ["Free lifts to Krakow, three seats left!", "Jack Moran"],
    ]);
  });

  it("a reading verb without a sign before it reports speech as before", () => {
    expect(speakers('The mayor spoke at the opening.\n\nMayor Ana Ruiz said the library was "a promise kept to every reader".')).toEqual([
      ["a promise kept to every reader", "Ana Ruiz"],
    ]);
  });
});
