import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, loadSeeds } from "../../src/integration/seeds.ts";
import { copySeed, MUTATED_SEED, MUTATIONS, mutateSeed } from "../helpers/mutate.ts";
import { ROOT } from "../helpers/site.ts";

describe("anchor registry under edits of a seed", async () => {
  const dir = join(ROOT, ".tmp/anchors-unit/seeds");
  copySeed(dir);
  process.env.BUILD_DATE = "2026-01-01";
  const before = (await generate(dir, join(ROOT, ".tmp/anchors-unit/content")))[0]!.article;
  mutateSeed(dir);
  process.env.BUILD_DATE = "2026-02-01";
  const { seeds, errors, lock } = await loadSeeds(dir, "seeds");
  await generate(dir, join(ROOT, ".tmp/anchors-unit/content"));
  delete process.env.BUILD_DATE;
  const after = seeds[0]!.article;
  const byId = new Map(after.quotes.flatMap((q) => [q.id, ...q.aliases].map((id) => [id, q] as const)));
  const edited = before.quotes.find((q) => q.text.startsWith("Transparent"))!;
  const removed = before.quotes.find((q) => q.text.startsWith("Totally false"))!;

  it("loads the mutated seed without errors", () => {
    expect(errors).toEqual([]);
  });

  it("every surviving quotation keeps its id, on the same words", () => {
    for (const q of before.quotes.filter((x) => x !== edited && x !== removed)) {
      const now = after.quotes.find((x) => x.id === q.id);
      expect(now?.text, q.id).toBe(q.text);
    }
  });

  it("the edited quotation has a new id, and its old id still lands on it, marked as revised", () => {
    const now = byId.get(edited.id);
    expect(now?.text.startsWith(MUTATIONS.edited.to)).toBe(true);
    expect(now?.id).not.toBe(edited.id);
    expect(now?.aliases).toContain(edited.id);
    expect(now?.revised).toEqual({ date: "2026-02-01", previous: expect.stringContaining("Transparent terms of use") });
  });

  it("the removed quotation's id lands on a notice with its words and the date", () => {
    expect(byId.has(removed.id)).toBe(false);
    expect(after.removedQuotes).toEqual([{ id: removed.id, text: "Totally false,", speaker: "Elon Musk", removed: "2026-02-01" }]);
  });

  it("the old slug is kept for a redirect, and the registry knows every id ever published", () => {
    expect(after.slug).toBe("macron-and-musk-discuss-content-moderation-in-new-orleans");
    expect(after.oldSlugs).toEqual([before.slug]);
    const ids = Object.keys(lock.articles[MUTATED_SEED]!.anchors);
    for (const q of before.quotes) expect(ids).toContain(q.id);
  });

  it("a second build with no change changes nothing", async () => {
    const again = await loadSeeds(dir, "seeds", "2026-03-01");
    expect(again.seeds[0]?.article).toEqual(after);
  });
});
