/**
 * `npm run bench` — the whole benchmark in one run, printed as Markdown (and kept as JSON in
 * `.tmp/bench/results.json`, Markdown in `.tmp/bench/results.md`).
 *
 *   npm run bench                 quick: N = 100 and 1,000, a 2 MB article
 *   npm run bench -- --full       N = 100, 1,000 and 10,000, the 20 MB article
 *   npm run bench -- --sizes=100,3000 --peer-max=3000 --no-dev --no-big --no-search
 *
 * For each N: a seeded synthetic corpus (bench/generate.ts); read + extract and MDX timed
 * in-process (bench/stages.ts, its own process); the real `astro build` of the site under GNU
 * time (wall, CPU, peak memory), split by the integration's own timings (seeds, Pagefind, service
 * worker); output size and the biggest pages; then Starlight building the same MDX pages
 * (bench/starlight.ts) in the same run, for the ratio. Starlight runs for N up to --peer-max
 * (default 3,000); above it the peer's time is projected from its measured growth, and says so.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, release } from "node:os";
import { join, relative } from "node:path";
import { benchBigArticle } from "./big-article.ts";
import { benchDevLoop, type DevLoop } from "./dev-loop.ts";
import { RUNS, benchExtract, type ExtractRow } from "./extract.ts";
import { generateCorpus } from "./generate.ts";
import { BENCH, ROOT, files, kb, mb, siteSize, timed, type SiteSize } from "./measure.ts";
import { buildStarlight, starlightProject } from "./starlight.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const full = flag("full");
const sizes = (option("sizes") ?? (full ? "100,1000,3000,10000" : "100,1000")).split(",").map(Number);
const peerMax = Number(option("peer-max") ?? 3000);
const bigMb = Number(option("big-mb") ?? (full ? 20 : 2));
const QUERY = option("query") ?? "platforms";

const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");
const num = (re: RegExp, s: string) => Number(re.exec(s)?.[1] ?? NaN);
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

interface Pages {
  quotesPages: number;
  quotesLargest: number;
  quotesFacetPages: number;
  people: number;
  peopleIndex: number;
  peopleLargest: number;
  timeline: number;
  home: number;
  largest: { path: string; bytes: number }[];
}

function biggestPages(site: string): Pages {
  const all = files(site).filter((f) => f.path.endsWith(".html"));
  const size = (p: string) => all.find((f) => f.path === p)?.bytes ?? 0;
  const main = all.filter((f) => /^quotes\/(\d+\/)?index\.html$/.test(f.path));
  const people = all.filter((f) => /^people\/[^/]+\/(\d+\/)?index\.html$/.test(f.path));
  return {
    quotesPages: main.length,
    quotesLargest: Math.max(0, ...main.map((f) => f.bytes)),
    quotesFacetPages: all.filter((f) => /^quotes\/[^/]+\//.test(f.path) && !/^quotes\/\d+\//.test(f.path)).length,
    people: new Set(people.map((f) => f.path.split("/")[1])).size,
    peopleIndex: size("people/index.html"),
    peopleLargest: Math.max(0, ...people.map((f) => f.bytes)),
    timeline: size("timeline/index.html"),
    home: size("index.html"),
    largest: [...all].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, 3),
  };
}

interface Row {
  n: number;
  corpusBytes: number;
  french: number;
  quotations: number;
  extractMs: number;
  mdxMs: number;
  stagesPeakMb: number;
  build: { ok: boolean; seconds: number; cpuSeconds: number; peakMb: number; seedsMs: number; pagefindMs: number; swMs: number; astroMs: number };
  site: SiteSize | null;
  pages: Pages | null;
  peer: { measured: boolean; seconds: number; cpuSeconds: number; peakMb: number; pages: number; bytes: number; largest: number; quotations: number } | null;
}

async function benchSize(n: number): Promise<Row> {
  const dir = join(BENCH, `n-${n}`);
  log(`N=${n}: generating the corpus`);
  const corpus = generateCorpus(join(dir, "seeds"), n);
  log(`N=${n}: read + extract and MDX, in-process`);
  const stages = await timed(join(ROOT, "node_modules/.bin/node"), ["bench/stages.ts", join(dir, "seeds"), join(dir, "mdx")]);
  if (!stages.ok) throw new Error(`stages failed at N=${n}:\n${stages.stderr.slice(-3000)}`);
  const s = JSON.parse(stages.stdout.trim().split("\n").at(-1) as string) as { quotations: number; extractMs: number; mdxMs: number };

  log(`N=${n}: astro build`);
  for (const d of ["content", "site", "cache"]) rmSync(join(dir, d), { recursive: true, force: true });
  rmSync(join(dir, "seeds/anchors.lock.json"), { force: true });
  const rel = (p: string) => relative(ROOT, join(dir, p));
  const run = await timed(join(ROOT, "node_modules/.bin/astro"), ["build", "--config", "bench/astro.bench.config.mjs", "--outDir", rel("site")], {
    env: { ...process.env, TZ: "UTC", BUILD_DATE: "2026-01-01", SEEDS_DIR: rel("seeds"), CONTENT_DIR: rel("content"), BENCH_CACHE_DIR: rel("cache") },
  });
  const out = strip(run.stdout + run.stderr);
  if (!run.ok) throw new Error(`astro build failed at N=${n}:\n${out.slice(-3000)}`);
  const seedsMs = num(/quotations in (\d+) ms/, out);
  const pagefindMs = num(/Pagefind indexed .* in (\d+) ms/, out);
  const swMs = num(/for offline reading, in (\d+) ms/, out);
  const site = siteSize(join(dir, "site"));
  const pages = biggestPages(join(dir, "site"));
  log(`N=${n}: ours ${run.seconds} s, ${run.peakMb.toFixed(0)} MB peak, ${site.pages} pages`);

  let peer: Row["peer"] = null;
  if (!flag("no-peer") && n <= peerMax) {
    log(`N=${n}: Starlight on the same MDX`);
    const sl = await buildStarlight(starlightProject(n, join(dir, "content")));
    if (!sl.ok) throw new Error(`Starlight failed at N=${n}:\n${strip(sl.stdout + sl.stderr).slice(-3000)}`);
    const largest = sl.site?.largest[0]?.bytes ?? 0;
    peer = { measured: true, seconds: sl.seconds, cpuSeconds: sl.cpuSeconds, peakMb: sl.peakMb, pages: sl.site?.pages ?? 0, bytes: sl.site?.bytes ?? 0, largest, quotations: sl.quotations };
    log(`N=${n}: Starlight ${sl.seconds} s, ${sl.peakMb.toFixed(0)} MB peak`);
    // The peer's site is large and can be rebuilt: keep only what the report needs.
    rmSync(join(BENCH, `starlight-${n}`, "dist"), { recursive: true, force: true });
  }
  return {
    n,
    corpusBytes: corpus.bytes,
    french: corpus.french,
    quotations: s.quotations,
    extractMs: s.extractMs,
    mdxMs: s.mdxMs,
    stagesPeakMb: stages.peakMb,
    build: { ok: run.ok, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb, seedsMs, pagefindMs, swMs, astroMs: run.seconds * 1000 - seedsMs - pagefindMs - swMs },
    site,
    pages,
    peer,
  };
}

/** Fills in the peer for N above --peer-max from the last two measured points (power law), labelled as projected. */
function project(rows: Row[]): void {
  const measured = rows.filter((r) => r.peer?.measured);
  for (const r of rows) {
    if (r.peer || flag("no-peer") || measured.length < 2) continue;
    const [a, b] = measured.slice(-2) as [Row, Row];
    const k = Math.log((b.peer as NonNullable<Row["peer"]>).seconds / (a.peer as NonNullable<Row["peer"]>).seconds) / Math.log(b.n / a.n);
    const seconds = (b.peer as NonNullable<Row["peer"]>).seconds * (r.n / b.n) ** k;
    r.peer = { measured: false, seconds, cpuSeconds: NaN, peakMb: NaN, pages: r.n + 2, bytes: NaN, largest: NaN, quotations: NaN };
  }
}

async function searchBytes(siteDirs: { label: string; dir: string }[]) {
  const { measureSearch } = await import("./search.ts");
  const rows = [];
  for (const { label, dir } of siteDirs) {
    log(`search bytes: ${label}`);
    rows.push({ label, ...(await measureSearch(dir, QUERY)) });
  }
  return rows;
}

/** The project's own seeds, copied (a build rewrites its seeds folder's anchor registry), built into .tmp/bench/real. */
async function buildReal(): Promise<string> {
  const dir = join(BENCH, "real");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
  const rel = (p: string) => relative(ROOT, join(dir, p));
  const run = await timed(join(ROOT, "node_modules/.bin/astro"), ["build", "--config", "bench/astro.bench.config.mjs", "--outDir", rel("site")], {
    env: { ...process.env, TZ: "UTC", SEEDS_DIR: rel("seeds"), CONTENT_DIR: rel("content"), BENCH_CACHE_DIR: rel("cache") },
  });
  if (!run.ok) throw new Error(`the real site did not build:\n${strip(run.stderr).slice(-3000)}`);
  return join(dir, "site");
}

function machine(): string {
  const cpu = cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  let distro = "";
  try {
    distro = /PRETTY_NAME="([^"]+)"/.exec(execFileSync("cat", ["/etc/os-release"], { encoding: "utf8" }))?.[1] ?? "";
  } catch {
    /* not Linux */
  }
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Linux ${release().split("-")[0]}${distro ? ` (${distro})` : ""}, Node ${process.versions.node}`;
}

const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "–");
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");

function report(rows: Row[], extract: ExtractRow[], big: ReturnType<typeof benchBigArticle> | null, search: Awaited<ReturnType<typeof searchBytes>>, dev: DevLoop | null, load: string): string {
  const L: string[] = [];
  L.push(`Machine: ${machine()}. Load average when the run started: ${load}.`, "");
  L.push(`Command: \`npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}\``, "");
  L.push("### Build, per N (our site from .txt seeds; Starlight from the same generated MDX)", "");
  L.push("| N | quotations | read+extract ms/article | MDX ms/article | whole build s | ms/article | CPU s | peak MB | seeds (in build) s | Astro s | Pagefind s | service worker s | pages | output | Pagefind index |");
  L.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const b = r.build;
    L.push(
      `| ${r.n.toLocaleString("en")} | ${r.quotations.toLocaleString("en")} | ${f2(r.extractMs / r.n)} | ${f2(r.mdxMs / r.n)} | ${f1(b.seconds)} | ${f1((b.seconds * 1000) / r.n)} | ${f1(b.cpuSeconds)} | ${f0(b.peakMb)} | ${f1(b.seedsMs / 1000)} | ${f1(b.astroMs / 1000)} | ${f1(b.pagefindMs / 1000)} | ${f1(b.swMs / 1000)} | ${r.site?.pages.toLocaleString("en")} | ${mb(r.site?.bytes ?? 0)} | ${mb(r.site?.pagefindBytes ?? 0)} |`,
    );
  }
  L.push("", "### Side by side with Starlight (same run, same machine, same generated MDX pages)", "");
  L.push("| N | ours s | ours CPU s | Starlight s | Starlight CPU s | Starlight peak MB | Starlight pages | Starlight output | largest Starlight page | quotation elements on Starlight's pages | ours / Starlight (wall) | ours / Starlight (CPU) |");
  L.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const b = r.build;
    const p = r.peer;
    if (!p) continue;
    const m = p.measured;
    const peerS = `${f1(p.seconds)}${m ? "" : " (projected)"}`;
    L.push(
      `| ${r.n.toLocaleString("en")} | ${f1(b.seconds)} | ${f1(b.cpuSeconds)} | ${peerS} | ${m ? f1(p.cpuSeconds) : "–"} | ${m ? f0(p.peakMb) : "–"} | ${m ? p.pages.toLocaleString("en") : "–"} | ${m ? mb(p.bytes) : "–"} | ${m ? kb(p.largest) : "–"} | ${m ? p.quotations.toLocaleString("en") : "–"} | ${f2(b.seconds / p.seconds)}${m ? "" : " (projected)"} | ${m ? f2(b.cpuSeconds / p.cpuSeconds) : "–"} |`,
    );
  }
  L.push("", "### Biggest pages, per N", "");
  L.push("| N | /quotes/ pages (100 each) | largest /quotes/ page | facet pages | people | /people/ | largest person page | /timeline/ | home | largest page (ours) | largest Starlight page |");
  L.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const g = r.pages as Pages;
    L.push(
      `| ${r.n.toLocaleString("en")} | ${g.quotesPages} | ${kb(g.quotesLargest)} | ${g.quotesFacetPages} | ${g.people} | ${kb(g.peopleIndex)} | ${kb(g.peopleLargest)} | ${kb(g.timeline)} | ${kb(g.home)} | ${g.largest[0] ? `${g.largest[0].path.replace(/\d{3,}/g, "…")} ${kb(g.largest[0].bytes)}` : "–"} | ${r.peer?.measured ? kb(r.peer.largest) : "–"} |`,
    );
  }
  L.push("", "### Extraction throughput, one text, one core", "");
  L.push(`After a warm-up; ms is the median of ${RUNS} runs, MB/s follows from it; the first run on each text is shown apart.`, "");
  L.push("| MB | ms | MB/s | first run on the text, ms | quotations |", "|---:|---:|---:|---:|---:|");
  for (const e of extract) L.push(`| ${f1(e.megabytes)} | ${f0(e.ms)} | ${f2(e.mbPerSecond)} | ${f0(e.coldMs)} | ${e.quotes} |`);
  if (big) {
    L.push("", `### One ${big.megabytes} MB article, whole build`, "");
    L.push(`${big.ok ? "built" : "FAILED"} in ${f1(big.seconds)} s, peak ${f0(big.peakMemoryMb)} MB; the same build with a one-paragraph article peaks at ${f0(big.baselinePeakMb)} MB, so the article costs ${f0(big.mbPerInputMb)} MB per MB of its text.`);
  }
  if (search.length > 0) {
    L.push("", `### Bytes fetched for one search ("${QUERY}"), cold, in Chromium`, "");
    L.push("| site | results shown | Pagefind runtime | meta | filters | index chunks | fragments | Pagefind total | search page (HTML, CSS, JS) | requests |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const s of search) L.push(`| ${s.label} | ${s.results} | ${kb(s.pagefind.runtime)} | ${kb(s.pagefind.meta)} | ${kb(s.pagefind.filters)} | ${kb(s.pagefind.index)} | ${kb(s.pagefind.fragments)} | ${kb(s.pagefind.total)} | ${kb(s.page)} | ${s.requests} |`);
  }
  if (dev) L.push("", `### Dev loop (astro dev, ${dev.articles} articles)`, "", `First article page served ${f1(dev.firstPageSeconds)} s after start; save-to-updated-page: ${dev.editsMs.map((x) => `${f0(x)} ms`).join(", ")} (median ${f0(dev.medianMs)} ms).`);
  return `${L.join("\n")}\n`;
}

const load = execFileSync("cat", ["/proc/loadavg"], { encoding: "utf8" }).split(" ").slice(0, 3).join(" ");
mkdirSync(BENCH, { recursive: true });
log(`sizes ${sizes.join(", ")}; Starlight up to ${peerMax}; big article ${bigMb} MB`);
log("extraction throughput");
const extract = benchExtract(full ? [1, 2, 4, 8] : [1, 2, 4]);
const rows: Row[] = [];
for (const n of sizes) rows.push(await benchSize(n));
project(rows);
let search: Awaited<ReturnType<typeof searchBytes>> = [];
if (!flag("no-search")) {
  const sites = [{ label: "the project's own seeds", dir: await buildReal() }];
  for (const r of rows.filter((x) => x.n >= 1000)) sites.push({ label: `${r.n.toLocaleString("en")} synthetic articles`, dir: join(BENCH, `n-${r.n}`, "site") });
  search = await searchBytes(sites);
}
let dev: DevLoop | null = null;
if (!flag("no-dev")) {
  const n = rows.find((r) => r.n >= 1000)?.n ?? rows[0]?.n ?? 100;
  log(`dev loop on ${n} articles`);
  dev = await benchDevLoop(join(BENCH, `n-${n}`, "seeds"), n);
}
let big = null;
if (!flag("no-big")) {
  log(`one ${bigMb} MB article`);
  big = benchBigArticle(bigMb);
}
const md = report(rows, extract, big, search, dev, load);
writeFileSync(join(BENCH, "results.json"), `${JSON.stringify({ machine: machine(), args, rows, extract, big, search, dev }, null, 2)}\n`);
writeFileSync(join(BENCH, "results.md"), md);
process.stdout.write(md);
