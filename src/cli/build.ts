/**
 * `npm run build`: builds the site beside the published one and swaps it in only when the whole
 * build succeeded, so a broken seed never leaves a half-written `dist/`. OUT_DIR names another
 * output folder; everything else (SEEDS_DIR, BASE_PATH, SITE_URL) is read by astro.config.mjs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const out = resolve(root, process.env.OUT_DIR ?? "dist");
const next = `${out}.next`;
const old = `${out}.old`;

rmSync(next, { recursive: true, force: true });
const astro = join(root, "node_modules/.bin/astro");
const run = spawnSync(astro, ["build", "--outDir", next, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
if (run.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.stderr.write(`\nThe build failed; ${existsSync(out) ? `the previous ${out} is untouched` : "nothing was published"}.\n`);
  process.exit(run.status ?? 1);
}
rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
