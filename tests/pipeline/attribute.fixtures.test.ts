import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { people } from "../../src/data/people.ts";
import { extractQuotes } from "../../src/pipeline/attribute.ts";
import { Attributed } from "../../src/schema/attributed.ts";
import { toBlocks } from "../helpers/blocks.ts";

const ROOT = join(import.meta.dirname, "../fixtures/quotes");
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";

/** What a reviewer checks per case: readable, offset-free (offsets are checked as invariants below). */
function summarise(text: string, language: "en" | "fr") {
  const { quotes, terms } = extractQuotes(toBlocks(text), language, people);
  return {
    quotes: quotes.map((q) => ({
      text: q.text,
      // An unnamed speaker is read by the phrase that designates them.
      speaker: q.speaker === null ? null : q.speaker.unnamed ? `(unnamed) ${q.speaker.name}` : q.speaker.id,
      role: q.speaker?.role ?? null,
      type: q.speaker?.type ?? null,
      cue: q.cue,
      mode: q.mode,
      when: q.when,
      method: q.method,
      closed: q.closed,
      depth: q.depth,
      segments: q.segments.length,
      embed: q.embed,
    })),
    terms: terms.map((t) => ({ text: t.text, reason: t.reason })),
  };
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort(new Intl.Collator("en", { numeric: true }).compare);

describe("extractQuotes golden fixtures (tests/fixtures/quotes)", () => {
  it("has at least 40 cases in both languages", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.some((c) => c.startsWith("fr-"))).toBe(true);
  });

  for (const name of cases) {
    it(`extractQuotes(${name}) matches expected.json`, () => {
      const dir = join(ROOT, name);
      const input = readFileSync(join(dir, "input.txt"), "utf8");
      const language = name.startsWith("fr-") ? "fr" : "en";
      const actual = `${JSON.stringify(summarise(input, language), null, 2)}\n`;
      const expectedPath = join(dir, "expected.json");
      const changedPath = join(dir, "expected-changed.json");
      if (UPDATE || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, actual);
        rmSync(changedPath, { force: true });
        return;
      }
      const expected = readFileSync(expectedPath, "utf8");
      if (actual !== expected) writeFileSync(changedPath, actual);
      else rmSync(changedPath, { force: true });
      expect(actual).toBe(expected);
    });

    it(`extractQuotes(${name}) offsets point at the quoted words`, () => {
      const input = readFileSync(join(ROOT, name, "input.txt"), "utf8");
      const { quotes } = extractQuotes(toBlocks(input), name.startsWith("fr-") ? "fr" : "en", people);
      for (const q of quotes) {
        Attributed.parse(q);
        expect(q.segments.map((s) => input.slice(s.start, s.end)).join("\n")).toBe(q.text);
      }
    });
  }
});
