import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");
/** Where the test builds go; TEST_SITES points a run at sites built elsewhere (tests only read them). */
export const SITES = process.env.TEST_SITES ?? join(ROOT, ".tmp/sites");

/** Where the test builds put each site (see tests/setup/build-site.ts). */
export const site = {
  /** The project's own seeds. */
  main: join(SITES, "main"),
  /** The same seeds built a second time, for determinism. */
  again: join(SITES, "again"),
  /** Seeds full of markup-looking text. */
  hostile: join(SITES, "hostile"),
  /** One seed of 5 MB on a single line, as a scraper that lost every line break writes it. */
  oneLine: join(SITES, "one-line"),
  /** One real seed, published, then edited (see tests/helpers/mutate.ts). */
  mutated: join(SITES, "mutated"),
  /** The project's seeds as deployed: under a base path, with its public origin (SITE_URL). */
  published: join(SITES, "published"),
};

/** How the `published` site is built: absolute URLs (canonical, sitemap, feed) need an origin. */
export const PUBLISHED = { origin: "https://on-the-record.example", base: "/on-the-record/" } as const;

export function readSiteFile(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}

/** Every file under `dir`, as paths relative to it, sorted by code point. */
export function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
