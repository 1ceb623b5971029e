/**
 * `npm run audit`: Lighthouse on the home page, an article, the timeline and search, served from
 * `dist/` on 127.0.0.1 (built first when there is none, or always with `--build`). Prints the four
 * scores and the page weights, and writes the whole report to `.tmp/audit/` (not committed).
 * A report, not a test: Lighthouse's performance score moves a little from run to run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { serveDist } from "../quality/serve.ts";
import { BUDGETS, kindOf, pageWeight } from "../quality/weight.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(root, process.env.OUT_DIR ?? "dist");
const out = join(root, ".tmp/audit");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

if (process.argv.includes("--build") || !existsSync(join(dist, "index.html"))) {
  const run = spawnSync(process.execPath, [join(root, "src/cli/build.ts")], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const article = readdirSync(join(dist, "articles")).sort()[0];
const pages: [string, string, string][] = [
  ["home", "/", "index.html"],
  ["article", `/articles/${article}/`, `articles/${article}/index.html`],
  ["timeline", "/timeline/", "timeline/index.html"],
  ["search", "/search/?q=free+speech", "search/index.html"],
];

const server = await serveDist(dist);
process.env.CHROME_PATH ??= "/usr/bin/chromium";
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

interface Row {
  page: string;
  url: string;
  scores: Record<string, number | null>;
  metrics: Record<string, string>;
  weight: { htmlCss: number; js: number; budget: { htmlCss: number; js: number } };
  failing: Record<string, string[]>;
}
const rows: Row[] = [];
try {
  for (const [name, url, file] of pages) {
    const result = await lighthouse(`${server.url}${url}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${name}.lighthouse.json`), `${JSON.stringify(lhr, null, 2)}\n`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    // Why a category is below 100: its scored audits that did not pass.
    const failing = Object.fromEntries(
      CATEGORIES.map((c) => [c, (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${r.id} (${lhr.audits[r.id]?.displayValue ?? lhr.audits[r.id]?.score})`)]),
    );
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? "";
    const w = pageWeight(dist, file);
    rows.push({
      page: name,
      url,
      scores,
      metrics: { FCP: metric("first-contentful-paint"), LCP: metric("largest-contentful-paint"), TBT: metric("total-blocking-time"), CLS: metric("cumulative-layout-shift") },
      weight: { htmlCss: w.html + w.css, js: w.js, budget: BUDGETS[kindOf(file)] },
      failing,
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\nLighthouse ${rows.length > 0 ? "(mobile, simulated throttling)" : ""} on ${dist}\n`);
console.log(`${pad("page", 10)}${pad("perf", 6)}${pad("a11y", 6)}${pad("b.p.", 6)}${pad("seo", 6)}${pad("FCP", 8)}${pad("LCP", 8)}${pad("TBT", 8)}${pad("CLS", 6)}${pad("HTML+CSS gz", 22)}JS gz`);
for (const r of rows) {
  const s = CATEGORIES.map((c) => pad(String(r.scores[c] ?? "–"), 6)).join("");
  console.log(`${pad(r.page, 10)}${s}${pad(r.metrics.FCP ?? "", 8)}${pad(r.metrics.LCP ?? "", 8)}${pad(r.metrics.TBT ?? "", 8)}${pad(r.metrics.CLS ?? "", 6)}${pad(`${kb(r.weight.htmlCss)} / ${kb(r.weight.budget.htmlCss)}`, 22)}${kb(r.weight.js)} / ${kb(r.weight.budget.js)}`);
  for (const [c, ids] of Object.entries(r.failing)) if (ids.length > 0) console.log(`  ${c} below 100: ${ids.join(", ")}`);
}
writeFileSync(join(out, "summary.json"), `${JSON.stringify({ dist, pages: rows }, null, 2)}\n`);
console.log(`\nFull reports: ${join(out, "*.lighthouse.json")}; summary: ${join(out, "summary.json")}`);
