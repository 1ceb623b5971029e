import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/site.ts";

function extract(...files: string[]) {
  const r = spawnSync(process.execPath, ["src/cli/extract.ts", ...files], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, lines: r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
}

const seeds = readdirSync(join(ROOT, "seeds")).filter((n) => n.endsWith(".txt")).map((n) => `seeds/${n}`);
const gold = JSON.parse(readFileSync(join(ROOT, "../shared/eval/gold-seeds.json"), "utf8")) as {
  seeds: Record<string, { quotes: { has: string; kind: string }[] }>;
};

describe("npm run extract", () => {
  const out = extract(...seeds);

  it("extract prints one JSON line per file, in the documented shape", () => {
    expect(out.code).toBe(0);
    expect(out.lines).toHaveLength(seeds.length);
    for (const [i, line] of out.lines.entries()) {
      expect(Object.keys(line)).toEqual(["file", "title", "language", "published", "quotes", "terms", "removed"]);
      expect(line.file).toBe(seeds[i]);
      for (const q of line.quotes) expect(Object.keys(q).filter((k) => k !== "unnamed")).toEqual(["id", "text", "speaker", "start", "end", "cue", "method"]);
    }
  });

  it("extract offsets point at the quoted words in the file's text", () => {
    for (const line of out.lines) {
      const text = readFileSync(join(ROOT, line.file), "utf8");
      for (const q of line.quotes) {
        if (!q.text.includes("\n")) expect(text.slice(q.start, q.end), line.file).toBe(q.text);
      }
      for (const t of line.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it("extract finds every gold quotation of kind quote in the raw seeds", () => {
    const missing: string[] = [];
    for (const line of out.lines) {
      const seed = line.file.replace(/^seeds\/|\.txt$/g, "");
      for (const want of gold.seeds[seed]?.quotes.filter((q) => q.kind === "quote") ?? []) {
        if (!line.quotes.some((q: { text: string }) => q.text.replace(/\s+/g, " ").includes(want.has))) missing.push(`${seed}: ${want.has}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("extract marks a speaker the article designates without a name as unnamed", () => {
    const dir = mkdtempSync(join(tmpdir(), "otr-"));
    const file = join(dir, "article.txt");
    writeFileSync(file, "Council row\n\n\"We will appeal the ruling,\" a council spokesperson said.\n\n\"It is a fair decision,\" said Mayor Ada Moss.\n");
    const r = extract(file);
    expect(r.code).toBe(0);
    const quotes = r.lines[0].quotes as { speaker: string | null; unnamed?: true }[];
    expect(quotes.map((q) => [q.speaker, q.unnamed ?? false])).toEqual([["a council spokesperson", true], ["Ada Moss", false]]);
  });

  it("extract reports a binary file on stderr by name, still prints the others, and exits non-zero", () => {
    const dir = mkdtempSync(join(tmpdir(), "otr-"));
    writeFileSync(join(dir, "image.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    writeFileSync(join(dir, "latin1.txt"), new Uint8Array([0x64, 0xe9, 0x6a, 0xe0]));
    const r = extract(join(dir, "image.txt"), seeds[0]!, join(dir, "latin1.txt"));
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.file)).toEqual([seeds[0]]);
    expect(r.stderr).toContain(`${join(dir, "image.txt")}:1:5`);
    expect(r.stderr).toContain("(seed:binary)");
    expect(r.stderr).toContain(`${join(dir, "latin1.txt")}:1:2`);
    expect(r.stderr).toContain("(seed:not-utf8)");
  });

  it("extract on a file that does not exist says so and exits non-zero", () => {
    const r = extract("no/such/file.txt");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no/such/file.txt: cannot read the file (ENOENT)");
  });
});
