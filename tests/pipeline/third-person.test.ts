import { describe, expect, it } from "vitest";
import { namesInThirdPerson } from "../../src/pipeline/third-person.ts";

const person = (name: string, keys: string[]) => ({ name, keys: new Set(keys), described: false, type: "person" as const });

describe("namesInThirdPerson", () => {
  const zeno = person("Zeno Debrouck", ["zeno debrouck", "debrouck"]);

  it("finds a person's first name or surname in the quotation", () => {
    expect(namesInThirdPerson("Zeno a joué comme un vétéran.", zeno)).toBe(true);
    expect(namesInThirdPerson("I told Debrouck's agent so.", zeno)).toBe(true);
  });

  it("lets a person use their own full name", () => {
    expect(namesInThirdPerson("those who decide that Zeno Debrouck leaves are the board", zeno)).toBe(false);
  });

  it("ignores other names, lowercase words and single letters", () => {
    expect(namesInThirdPerson("Je suis très content de lui.", zeno)).toBe(false);
    expect(namesInThirdPerson("zeno is not a name here", zeno)).toBe(false);
    expect(namesInThirdPerson("Plan B, then Z.", person("Z", ["z"]))).toBe(false);
  });

  it("never vetoes organisations or unnamed descriptions", () => {
    expect(namesInThirdPerson("At Norvale we listen.", { name: "Norvale", keys: new Set(["norvale"]), described: false, type: "organisation" })).toBe(false);
    expect(namesInThirdPerson("The judge was wrong.", { name: "the judge", keys: new Set(), described: true, type: "person" })).toBe(false);
  });

  it("folds accents, as keys are folded", () => {
    expect(namesInThirdPerson("Hélène a raison.", person("Hélène Marchal", ["helene marchal", "marchal"]))).toBe(true);
  });
});
