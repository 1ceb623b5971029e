import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { reconcileAnchors } from "../pipeline/anchors.ts";
import { SeedError, SeedErrors } from "../pipeline/errors.ts";
import { AnchorLock } from "../schema/anchors.ts";
import { extractArticle, type Extracted } from "../pipeline/extract.ts";
import { articleData, toMdx } from "../pipeline/mdx.ts";
import { readSeed } from "../pipeline/read.ts";
import { parseSidecar, type EventLines } from "../pipeline/sidecar.ts";
import { renameEvidence } from "../timeline/evidence.ts";
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
export const LOCK_FILE = "anchors.lock.json";

/** Today as YYYY-MM-DD in UTC; BUILD_DATE overrides it so a build can be replayed exactly. */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

async function readLock(seedsDir: string, label: string): Promise<{ lock: AnchorLock; error?: SeedError }> {
  const empty: AnchorLock = { version: 1, articles: {} };
  const raw = await readFile(join(seedsDir, LOCK_FILE), "utf8").catch(() => null);
  if (raw === null) return { lock: empty };
  const file = `${label}/${LOCK_FILE}`;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { lock: empty, error: new SeedError("anchors:invalid", { file, line: 1 }, `it is not JSON (${e instanceof Error ? e.message : String(e)}).`) };
  }
  const parsed = AnchorLock.safeParse(json);
  if (parsed.success) return { lock: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join(".") || "(top level)";
  return { lock: empty, error: new SeedError("anchors:invalid", { file, line: 1 }, `**${where}**: ${issue?.message ?? "invalid"}.`) };
}

/**
 * What one seed's text and sidecar gave, by file name: `astro dev` keeps one across saves so that
 * a save re-extracts only the seed whose text or sidecar changed.
 */
export type ExtractionCache = Map<string, { text: string; sidecar: string | null; extracted: Extracted }>;

export async function loadSeeds(
  seedsDir: string,
  label = "seeds",
  today = buildDate(),
  cache?: ExtractionCache,
): Promise<{ seeds: LoadedSeed[]; errors: SeedError[]; lock: AnchorLock }> {
  const names = (await readdir(seedsDir)).sort(byName);
  const { lock: previous, error: lockError } = await readLock(seedsDir, label);
  const lock: AnchorLock = { version: 1, articles: { ...previous.articles } };
  const texts = names.filter((n) => n.endsWith(".txt"));
  const sidecars = new Set(names.filter((n) => n.endsWith(".yaml")));
  const errors: SeedError[] = lockError ? [lockError] : [];
  const seeds: LoadedSeed[] = [];

  const textSet = new Set(texts);
  for (const y of sidecars) {
    if (!textSet.has(y.replace(/\.yaml$/, ".txt"))) {
      errors.push(new SeedError("sidecar:orphan", { file: `${label}/${y}`, line: 1 }, `no ${y.replace(/\.yaml$/, ".txt")} to go with it.`));
    }
  }
  for (const name of texts) {
    const stem = name.replace(/\.txt$/, "");
    const file = `${label}/${name}`;
    let sidecar: Sidecar = {};
    let correctionLines: number[] = [];
    let eventLines: EventLines[] = [];
    const sidecarFile = `${label}/${stem}.yaml`;
    const sidecarSource = sidecars.has(`${stem}.yaml`) ? await readFile(join(seedsDir, `${stem}.yaml`), "utf8") : null;
    if (sidecarSource !== null) {
      const parsed = parseSidecar(sidecarSource, sidecarFile);
      if ("errors" in parsed) {
        errors.push(...parsed.errors);
        continue;
      }
      ({ sidecar, correctionLines, eventLines } = parsed);
    }
    try {
      const text = readSeed(await readFile(join(seedsDir, name)), file);
      // Extraction is pure: the same text and sidecar give the same result, so a cache may keep it.
      const cached = cache?.get(name);
      const extracted = cached && cached.text === text && cached.sidecar === sidecarSource ? cached.extracted : extractArticle(text, stem, sidecar);
      cache?.set(name, { text, sidecar: sidecarSource, extracted });
      for (const i of extracted.unmatchedCorrections) {
        const c = sidecar.corrections?.[i];
        const what = c?.quote !== undefined ? `id "${c.quote}"` : `words "${c?.text ?? ""}"`;
        errors.push(new SeedError("sidecar:correction-unmatched", { file: sidecarFile, line: correctionLines[i] ?? 1 }, `corrections[${i}] names the ${what}, which no quotation of ${file} has.`));
      }
      for (const p of extracted.eventProblems) {
        const lines = eventLines[p.event];
        const line = (p.evidence === undefined ? undefined : lines?.evidence[p.evidence]) ?? lines?.line ?? 1;
        errors.push(new SeedError(p.id, { file: sidecarFile, line }, p.detail));
      }
      const anchored = reconcileAnchors(extracted.article, previous.articles[stem], today);
      lock.articles[stem] = anchored.anchors;
      // Evidence links follow the anchors and slug the registry keeps published.
      const events = renameEvidence(anchored.article.events, extracted.article, anchored.article);
      seeds.push({ file, ...extracted, article: { ...anchored.article, events } });
    } catch (e) {
      if (e instanceof SeedError) errors.push(e);
      else throw e;
    }
  }

  for (const name of cache?.keys() ?? []) if (!textSet.has(name)) cache?.delete(name);

  const bySlug = new Map<string, string>();
  for (const s of seeds) {
    const other = bySlug.get(s.article.slug);
    if (other) {
      errors.push(new SeedError("seed:slug-collision", { file: s.file, line: 1 }, `"${s.article.slug}" is also the address of ${other}.`));
    } else bySlug.set(s.article.slug, s.file);
  }
  return { seeds, errors, lock };
}

/**
 * Writes one MDX page per seed into `outDir`, and its data into `outDir/data/`, replacing what was
 * there. Files are written aside and renamed, and unchanged files are left untouched so the dev
 * server reloads only what changed. Data first: a page never refers to quotations not yet written.
 */
export async function writeArticles(outDir: string, seeds: readonly LoadedSeed[]): Promise<void> {
  await writeFolder(join(outDir, DATA_DIR), new Map(seeds.map((s) => [`${s.article.slug}.json`, articleData(s.article)])));
  await writeFolder(outDir, new Map(seeds.map((s) => [`${s.article.slug}.mdx`, toMdx(s.article, s.blocks)])), new Set([DATA_DIR]));
}

/** Where each article's quotations, terms and removed pieces go, beside its MDX page. */
export const DATA_DIR = "data";

/** Makes `dir` hold exactly `wanted` (plus `keep`), rewriting only the files whose text changed. */
async function writeFolder(dir: string, wanted: ReadonlyMap<string, string>, keep: ReadonlySet<string> = new Set()): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (!wanted.has(name) && !keep.has(name)) await rm(join(dir, name), { force: true, recursive: true });
  }
  for (const [name, text] of wanted) {
    const path = join(dir, name);
    const old = await readFile(path, "utf8").catch(() => null);
    if (old === text) continue;
    await writeFile(`${path}.tmp`, text);
    await rename(`${path}.tmp`, path);
  }
}

/**
 * Loads, checks and writes the whole set; throws every seed error at once. The anchor registry is
 * rewritten only when this build publishes an id or slug it did not know, or records a change.
 */
export async function generate(seedsDir: string, outDir: string, cache?: ExtractionCache): Promise<LoadedSeed[]> {
  const { seeds, errors, lock } = await loadSeeds(seedsDir, relative(process.cwd(), seedsDir) || ".", buildDate(), cache);
  if (errors.length > 0) throw new SeedErrors(errors);
  await writeArticles(outDir, seeds);
  const json = `${JSON.stringify(lock, null, 2)}\n`;
  const path = join(seedsDir, LOCK_FILE);
  if ((await readFile(path, "utf8").catch(() => null)) !== json) {
    await writeFile(`${path}.tmp`, json);
    await rename(`${path}.tmp`, path);
  }
  return seeds;
}
