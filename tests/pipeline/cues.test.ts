import { describe, expect, it } from "vitest";
import { gluedCueLength, isSpeechNoun, prepositionCueAt, termCue, verbCue } from "../../src/pipeline/cues.ts";

describe("cues", () => {
  it("verbCue: French verbs whose stem's e opens or doubles before a silent ending", () => {
    for (const form of ["relève", "relèvent", "considère", "martèle", "rappelle", "rappellent", "inquiète", "relevé", "rappelé"]) {
      expect(verbCue(form, "fr")?.mode, form).toBe("said");
    }
  });

  it("verbCue: a French stem in c or g keeps its soft sound before a and o", () => {
    for (const form of ["dénonçant", "dénonçait", "dénonça", "jugeant", "jugeait"]) expect(verbCue(form, "fr"), form).not.toBeNull();
    for (const form of ["dénoncant", "jugant"]) expect(verbCue(form, "fr"), form).toBeNull();
  });

  it("verbCue: English reporting verbs map to their mode", () => {
    expect(verbCue("said", "en")?.mode).toBe("said");
    expect(verbCue("told", "en")?.mode).toBe("told");
    expect(verbCue("wrote", "en")?.mode).toBe("wrote");
    expect(verbCue("tweeted", "en")?.mode).toBe("tweeted");
    expect(verbCue("posted", "en")?.mode).toBe("posted");
    expect(verbCue("stated", "en")?.mode).toBe("stated");
    for (const w of ["added", "urged", "claimed", "warned", "insisted", "noted", "explained", "argued", "answered", "responded", "replied", "asked", "cautioned", "concluded", "declared", "announced", "acknowledged"]) {
      expect(verbCue(w, "en"), w).not.toBeNull();
    }
  });

  it("verbCue: one-syllable verbs double their last consonant (slammed, snapping), others do not", () => {
    expect(verbCue("slammed", "en")?.finite).toBe(true);
    expect(verbCue("snapped", "en")?.finite).toBe(true);
    expect(verbCue("slamming", "en")?.finite).toBe(false);
    expect(verbCue("slamed", "en")).toBeNull();
    expect(verbCue("railed", "en")?.finite).toBe(true);
    expect(verbCue("vowed", "en")?.finite).toBe(true);
  });

  it("verbCue: a French -irer verb's present is finite though it ends as an infinitive does (soupire, not dire)", () => {
    expect(verbCue("soupire", "fr")?.finite).toBe(true);
    expect(verbCue("soupirer", "fr")?.finite).toBe(false);
    expect(verbCue("dire", "fr")?.finite).toBe(false);
  });

  it("verbCue: French verbs of the second group and irregular ones are listed (renchérit, sourit)", () => {
    expect(verbCue("renchérit", "fr")?.mode).toBe("said");
    expect(verbCue("sourit", "fr")?.mode).toBe("said");
    expect(verbCue("analyse", "fr")?.mode).toBe("said");
  });

  it("verbCue: -ing forms are not finite (their subject is the sentence's)", () => {
    expect(verbCue("arguing", "en")?.finite).toBe(false);
    expect(verbCue("says", "en")?.finite).toBe(true);
  });

  it("verbCue: French participles, present and passé simple forms", () => {
    for (const w of ["déclaré", "dit", "tweeté", "ajouté", "estimé", "affirmé", "expliqué", "souligné", "indiqué", "écrit", "répondu", "assuré", "défendu", "déclare", "déclara", "ajoute"]) {
      expect(verbCue(w, "fr"), w).not.toBeNull();
    }
    expect(verbCue("tweeté", "fr")?.mode).toBe("tweeted");
    expect(verbCue("écrit", "fr")?.mode).toBe("wrote");
    expect(verbCue("twitter", "fr")).toBeNull();
  });

  it("prepositionCueAt: 'according to', 'selon', 'd’après'", () => {
    expect(prepositionCueAt(["according", "to", "x"], 0, "en")).toBe(2);
    expect(prepositionCueAt(["selon", "x"], 0, "fr")).toBe(1);
    expect(prepositionCueAt(["d’", "après", "x"], 0, "fr")).toBe(2);
    expect(prepositionCueAt(["according", "x"], 0, "en")).toBe(0);
  });

  it("isSpeechNoun: letter, quip, reply, calls, propos", () => {
    for (const w of ["letter", "statement", "quip", "comments", "remarks", "tweet", "post", "reply", "message", "words", "calls"]) expect(isSpeechNoun(w, "en"), w).toBe(true);
    expect(isSpeechNoun("propos", "fr")).toBe(true);
    expect(isSpeechNoun("table", "en")).toBe(false);
  });

  it("termCue: vote options, charges and naming verbs make terms", () => {
    expect(termCue(["people", "voted"], "en")).toBe("vote option");
    expect(termCue(["on", "the", "charge", "of"], "en")).toBe("charge");
    expect(termCue(["dubbed", "the", "plan"], "en")).toBe("name");
    expect(termCue(["the", "so-called"], "en")).toBe("name");
    expect(termCue(["ont", "voté"], "fr")).toBe("vote option");
    expect(termCue(["he", "said"], "en")).toBeNull();
  });

  it("gluedCueLength: 'wroteOn' and 'answeredHe' split after the verb", () => {
    expect(gluedCueLength("wroteOn", "en")).toBe(5);
    expect(gluedCueLength("answeredHe", "en")).toBe(8);
    expect(gluedCueLength("MacKenzie", "en")).toBe(0);
    expect(gluedCueLength("iPhone", "en")).toBe(0);
  });
});
