import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./site.ts";

/** The WCAG tags axe checks: every A and AA rule from WCAG 2.0 to 2.2. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] as const;

const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** One violated rule, with where it was seen: enough to find and fix it from a test failure. */
export interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe in the page: every WCAG 2.0–2.2 A/AA rule, or only `rules`. The page's CSP forbids inline scripts, so axe's source is evaluated
 * through the DevTools protocol (`page.evaluate`), which CSP does not govern.
 */
export async function axe(page: Page, rules?: readonly string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: "rule", values: [...rules] } : { type: "tag", values: [...WCAG_TAGS] };
  return page.evaluate(async (only) => {
    interface AxeResult { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }
    const run = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResult> } }).axe.run;
    const r = await run(document, { runOnly: only, resultTypes: ["violations"] });
    return r.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  }, runOnly);
}
