import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { SeedError, SeedErrors } from "../pipeline/errors.ts";
import { extractArticle, type Extracted } from "../pipeline/extract.ts";
import { toMdx } from "../pipeline/mdx.ts";
import { readSeed } from "../pipeline/read.ts";
import { parseSidecar } from "../pipeline/sidecar.ts";
import type { Sidecar } from "../schema/sidecar.ts";

/** File names sort the same on every machine: by code point after a numeric-aware collation. */
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "variant" });
export const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

export interface LoadedSeed extends Extracted {
  /** Path of the seed, relative to the project, for messages. */
  file: string;
}

/**
 * Reads every seed and its sidecar and runs the pipeline on each. Problems in one seed do not stop
 * the others: every error of the whole set comes back together.
 */
export async function loadSeeds(seedsDir: string, label = "seeds"): Promise<{ seeds: LoadedSeed[]; errors: SeedError[] }> {
  const names = (await readdir(seedsDir)).sort(byName);
  const texts = names.filter((n) => n.endsWith(".txt"));
  const sidecars = new Set(names.filter((n) => n.endsWith(".yaml")));
  const errors: SeedError[] = [];
  const seeds: LoadedSeed[] = [];

  for (const y of sidecars) {
    if (!texts.includes(y.replace(/\.yaml$/, ".txt"))) {
      errors.push(new SeedError("sidecar:orphan", { file: `${label}/${y}`, line: 1 }, `no ${y.replace(/\.yaml$/, ".txt")} to go with it.`));
    }
  }
  for (const name of texts) {
    const stem = name.replace(/\.txt$/, "");
    const file = `${label}/${name}`;
    let sidecar: Sidecar = {};
    let correctionLines: number[] = [];
    const sidecarFile = `${label}/${stem}.yaml`;
    if (sidecars.has(`${stem}.yaml`)) {
      const parsed = parseSidecar(await readFile(join(seedsDir, `${stem}.yaml`), "utf8"), sidecarFile);
      if ("errors" in parsed) {
        errors.push(...parsed.errors);
        continue;
      }
      ({ sidecar, correctionLines } = parsed);
    }
    try {
      const text = readSeed(await readFile(join(seedsDir, name)), file);
      const extracted = extractArticle(text, stem, sidecar);
      for (const i of extracted.unmatchedCorrections) {
        const c = sidecar.corrections?.[i];
        const what = c?.quote !== undefined ? `id "${c.quote}"` : `words "${c?.text ?? ""}"`;
        errors.push(new SeedError("sidecar:correction-unmatched", { file: sidecarFile, line: correctionLines[i] ?? 1 }, `corrections[${i}] names the ${what}, which no quotation of ${file} has.`));
      }
      seeds.push({ file, ...extracted });
    } catch (e) {
      if (e instanceof SeedError) errors.push(e);
      else throw e;
    }
  }

  const bySlug = new Map<string, string>();
  for (const s of seeds) {
    const other = bySlug.get(s.article.slug);
    if (other) {
      errors.push(new SeedError("seed:slug-collision", { file: s.file, line: 1 }, `"${s.article.slug}" is also the address of ${other}.`));
    } else bySlug.set(s.article.slug, s.file);
  }
  return { seeds, errors };
}

/**
 * Writes one MDX page per seed into `outDir`, replacing what was there. Files are written aside and
 * renamed, and unchanged files are left untouched so the dev server reloads only what changed.
 */
export async function writeArticles(outDir: string, seeds: readonly LoadedSeed[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const wanted = new Map(seeds.map((s) => [`${s.article.slug}.mdx`, toMdx(s.article, s.blocks)]));
  for (const name of await readdir(outDir)) {
    if (!wanted.has(name)) await rm(join(outDir, name), { force: true, recursive: true });
  }
  for (const [name, mdx] of wanted) {
    const path = join(outDir, name);
    const old = await readFile(path, "utf8").catch(() => null);
    if (old === mdx) continue;
    await writeFile(`${path}.tmp`, mdx);
    await rename(`${path}.tmp`, path);
  }
}

/** Loads, checks and writes the whole set; throws every seed error at once. */
export async function generate(seedsDir: string, outDir: string): Promise<LoadedSeed[]> {
  const { seeds, errors } = await loadSeeds(seedsDir);
  if (errors.length > 0) throw new SeedErrors(errors);
  await writeArticles(outDir, seeds);
  return seeds;
}
