import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSidecar } from "../../src/pipeline/sidecar.ts";

function errors(src: string) {
  const r = parseSidecar(src, "seeds/a.yaml");
  if (!("errors" in r)) throw new Error("expected errors");
  return r.errors.map((e) => ({ id: e.id, line: e.location.line, message: e.message }));
}

describe("parseSidecar", () => {
  it("parseSidecar accepts the documented keys", () => {
    const r = parseSidecar("title: A\nslug: a-b\nlanguage: fr\npublished: 2022-11-02\npublished_precision: estimated\npublished_note: why\nsource:\n  publisher: P\n  url: https://example.org/a\n", "a.yaml");
    expect(r).toEqual({ sidecar: { title: "A", slug: "a-b", language: "fr", published: "2022-11-02", published_precision: "estimated", published_note: "why", source: { publisher: "P", url: "https://example.org/a" } }, correctionLines: [], eventLines: [] });
  });

  it("parseSidecar checks corrections and remembers the line of each", () => {
    const r = parseSidecar("published: 2022-01-01\ncorrections:\n  - quote: q-musk-totally-false\n    speaker: Elon Musk\n  - text: yes\n    not_speech: true\n", "a.yaml");
    expect(r).toMatchObject({ correctionLines: [3, 5] });
    expect(errors("corrections:\n  - text: a\n    quote: q-a\n    speaker: B\n  - text: c\n")).toEqual([
      { id: "sidecar:invalid", line: 2, message: expect.stringContaining("exactly one of `quote`") },
      { id: "sidecar:invalid", line: 5, message: expect.stringContaining("exactly one of `speaker`") },
    ]);
  });

  it("parseSidecar reports every wrong type and unknown key with its line, in line order", () => {
    expect(errors("title: 3\npublisehd: 2022-01-01\nlanguage: de\n")).toEqual([
      { id: "sidecar:invalid", line: 1, message: expect.stringContaining("**title**: Invalid input: expected string, received number") },
      { id: "sidecar:invalid", line: 2, message: expect.stringContaining("**publisehd**: unknown key") },
      { id: "sidecar:invalid", line: 3, message: expect.stringContaining("**language**") },
    ]);
  });

  it("parseSidecar rejects impossible dates and bad slugs", () => {
    expect(errors("published: 2022-02-30\nslug: Not A Slug\n").map((e) => e.line)).toEqual([1, 2]);
  });

  it("parseSidecar reports YAML syntax errors as sidecar:yaml with a line", () => {
    const [e] = errors("title: [unclosed\n");
    expect(e?.id).toBe("sidecar:yaml");
    expect(e?.line).toBeGreaterThanOrEqual(1);
  });

  it("the project's own sidecars are valid", () => {
    const dir = join(import.meta.dirname, "../../seeds");
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
      expect(parseSidecar(readFileSync(join(dir, name), "utf8"), name), name).toHaveProperty("sidecar");
    }
  });
});
