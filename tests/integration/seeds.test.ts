import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSeeds, type ExtractionCache } from "../../src/integration/seeds.ts";

function dir(files: Record<string, string | Uint8Array>): string {
  const d = mkdtempSync(join(tmpdir(), "otr-seeds-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

const ARTICLE = 'Minister speaks\n\nShe spoke to reporters\n\n"We will act now," said Jane Roe, the minister.\n';

describe("loadSeeds", () => {
  it("loadSeeds reports every problem of the set together, and still extracts the good seeds", async () => {
    const d = dir({
      "a.txt": ARTICLE,
      "a.yaml": "corrections:\n  - text: words nobody said\n    speaker: Someone\n",
      "b.txt": new Uint8Array([0x89, 0x00]),
      "c.txt": ARTICLE,
      "d.yaml": "title: orphan\n",
      "e.txt": "Other story\n\nA dek\n\nBody text here.\n",
      "e.yaml": "titel: typo\n",
    });
    const { seeds, errors } = await loadSeeds(d, "seeds");
    expect(errors.map((e) => [e.id, e.location.file, e.location.line])).toEqual([
      ["sidecar:orphan", "seeds/d.yaml", 1],
      ["sidecar:correction-unmatched", "seeds/a.yaml", 2],
      ["seed:binary", "seeds/b.txt", 1],
      ["sidecar:invalid", "seeds/e.yaml", 1],
      ["seed:slug-collision", "seeds/c.txt", 1],
    ]);
    expect(seeds.map((s) => s.file)).toEqual(["seeds/a.txt", "seeds/c.txt"]);
  });

  it("loadSeeds applies a sidecar correction and marks it editorial", async () => {
    const d = dir({ "a.txt": ARTICLE, "a.yaml": "corrections:\n  - text: We will act\n    speaker: Emmanuel Macron\n" });
    const { seeds, errors } = await loadSeeds(d);
    expect(errors).toEqual([]);
    expect(seeds[0]?.article.quotes[0]).toMatchObject({ attribution: "editorial", speaker: { name: "Emmanuel Macron" }, id: "q-macron-we-will-act-now" });
  });

  it("loadSeeds with a cache re-extracts only the seeds whose text or sidecar changed", async () => {
    const d = dir({ "a.txt": ARTICLE, "b.txt": ARTICLE.replace("Minister speaks", "Second story"), "c.txt": "Third story\n\nBody.\n" });
    const cache: ExtractionCache = new Map();
    const first = await loadSeeds(d, "seeds", "2026-01-01", cache);
    writeFileSync(join(d, "b.txt"), ARTICLE.replace("Minister speaks", "Second story").replace("We will act now", "We acted"));
    writeFileSync(join(d, "a.yaml"), "title: A new headline\n");
    rmSync(join(d, "c.txt"));
    const second = await loadSeeds(d, "seeds", "2026-01-01", cache);
    const [a1, b1] = first.seeds;
    const [a2, b2] = second.seeds;
    expect(second.errors).toEqual([]);
    expect(a2?.article.title).toBe("A new headline");
    expect(a2?.blocks).not.toBe(a1?.blocks);
    expect(b2?.article.quotes[0]?.text).toBe("We acted,");
    expect(b2?.blocks).not.toBe(b1?.blocks);
    expect([...cache.keys()]).toEqual(["a.txt", "b.txt"]);
    // Unchanged since the last run: the very same extraction comes back.
    const third = await loadSeeds(d, "seeds", "2026-01-01", cache);
    expect(third.seeds[1]?.blocks).toBe(b2?.blocks);
    expect(third.seeds.map((s) => s.article)).toEqual(second.seeds.map((s) => s.article));
  });
});
