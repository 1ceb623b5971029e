import { describe, expect, it } from "vitest";
import { headKey } from "../../src/pipeline/names.ts";
import { roleDomain } from "../../src/pipeline/role-domains.ts";

const of = (word: string) => roleDomain(headKey(word));

describe("roleDomain", () => {
  it("roleDomain: titles one person may hold at once share a field, in English and French", () => {
    expect(of("député")).toBe("politics");
    expect(of("MP")).toBe("politics");
    expect(of("ministre")).toBe("politics");
    expect(of("minister")).toBe("politics");
    expect(of("conseiller")).toBe("politics");
    expect(of("éleveur")).toBe("farming");
    expect(of("farmer")).toBe("farming");
    expect(of("proviseur")).toBe("teaching");
    // "adjoint au commerce" is a mayor's deputy, so "l’élu" later.
    expect(of("adjointe")).toBe("politics");
  });

  it("roleDomain: a synonym takes its class's field without an entry of its own", () => {
    expect(of("sélectionneur")).toBe("coaching");
    expect(of("magistrat")).toBe("justice");
    expect(of("médecin")).toBe("medicine");
  });

  it("roleDomain: counterparts of one trade are fields apart (coach and striker, teacher and pupil, doctor and nurse)", () => {
    expect(of("coach")).not.toBe(of("striker"));
    expect(of("teacher")).not.toBe(of("élève"));
    expect(of("doctor")).not.toBe(of("infirmière"));
    expect(of("judge")).not.toBe(of("accusé"));
    expect(of("évêque")).not.toBe(of("pasteur"));
    for (const w of ["striker", "élève", "infirmière", "accusé", "pasteur"]) expect(of(w)).not.toBeNull();
  });

  it("roleDomain: a title that heads anything (president, director, chief) or a word no list holds has none", () => {
    expect(of("president")).toBeNull();
    expect(of("directrice")).toBeNull();
    expect(of("chief")).toBeNull();
    expect(of("premier")).toBeNull();
    expect(of("boutiquier")).toBeNull();
  });
});
