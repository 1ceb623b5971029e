import { describe, expect, it } from "vitest";
import { institutionName } from "../../src/pipeline/institution-name.ts";

describe("institution name", () => {
  it("a kind of body with a proper name for complement reads as that body's name", () => {
    expect(institutionName("la gendarmerie du Gard")).toBe("Gendarmerie du Gard");
    expect(institutionName("le ministère de la Santé")).toBe("Ministère de la Santé");
    expect(institutionName("the city of Ottawa")).toBe("City of Ottawa");
    expect(institutionName("the fire service for Kent")).toBe("Fire service for Kent");
  });

  it("a company's, a firm's part or a person's circle is no public body of its own", () => {
    expect(institutionName("la direction d’Airbus")).toBeNull();
    expect(institutionName("the company of Elon Musk")).toBeNull();
    expect(institutionName("le cabinet de Rachida Dati")).toBeNull();
  });

  it("a description with no proper name, or three words before its complement, names no one", () => {
    expect(institutionName("le ministère")).toBeNull();
    expect(institutionName("ses producteurs")).toBeNull();
    expect(institutionName("the company’s board of directors")).toBeNull();
    expect(institutionName("a group of local residents")).toBeNull();
    expect(institutionName("a group of Ottawa residents")).toBeNull();
    expect(institutionName("the largest union of teachers in Quebec")).toBeNull();
  });
});
