import { describe, expect, it } from "vitest";
import { people } from "../../src/data/people.ts";
import { slug } from "../../src/pipeline/names.ts";
import { Registry } from "../../src/schema/person.ts";

describe("people registry", () => {
  it("people: validates against the Person schema", () => {
    expect(() => Registry.parse(people)).not.toThrow();
  });

  it("people: ids are the slugs of the canonical names, unique", () => {
    for (const p of people) expect(p.id).toBe(slug(p.name));
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
  });

  it("people: names keep their diacritics", () => {
    expect(people.find((p) => p.id === "antonio-guterres")?.name).toBe("António Guterres");
    expect(people.find((p) => p.id === "volker-turk")?.name).toBe("Volker Türk");
  });
});
