import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatError } from "../../src/pipeline/errors.ts";
import { loadSeeds } from "../../src/integration/seeds.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/hostile-errors");

// Each case is a folder of seeds with the errors a build must report: id, file and line.
describe.each(readdirSync(FIXTURES).sort())("hostile seeds: %s", (name) => {
  it(`${name} fails with exactly the expected located errors, each with a hint`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "otr-hostile-"));
    cpSync(join(FIXTURES, name), dir, { recursive: true });
    rmSync(join(dir, "expected.json"));
    const { errors } = await loadSeeds(dir, "seeds");
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, "expected.json"), "utf8"));
    expect(errors.map((e) => ({ id: e.id, file: e.location.file, line: e.location.line }))).toEqual(expected);
    for (const e of errors) {
      const text = formatError(e);
      expect(text).toMatch(new RegExp(`^${e.location.file}:\\d+`));
      expect(text).toContain("hint: ");
      expect(text).not.toMatch(/^Error:/);
    }
  });
});
