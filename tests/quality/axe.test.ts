import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axe, type Violation } from "../helpers/axe.ts";
import { siteInBrowser } from "../helpers/browser.ts";
import { listFiles, site } from "../helpers/site.ts";

/** Every page the build wrote: each index.html by its directory URL, and the 404 page. */
const pages = listFiles(site.main)
  .filter((f) => f.endsWith("index.html") || f === "404.html")
  .map((f) => `/${f.replace(/index\.html$/, "")}`);

const open = siteInBrowser(site.main);

const describeViolations = (url: string, vs: readonly Violation[]) => vs.map((v) => `${url}: ${v.rule} (${v.impact}) ${v.help} at ${v.targets.join(" | ")}`);

/** Runs axe on each URL in one tab of `context`; `ready` waits for what the page's scripts add. */
async function audit(context: BrowserContext, urls: readonly string[], ready: (p: Page, url: string) => Promise<void> = async () => {}, rules?: readonly string[]): Promise<string[]> {
  const p = await context.newPage();
  const found: string[] = [];
  for (const url of urls) {
    await p.goto(`${open.url}${url}`);
    await ready(p, url);
    found.push(...describeViolations(url, await axe(p, rules)));
  }
  await context.close();
  return found;
}

/** Pages whose scripts change them after load: wait for the enhanced state before auditing. */
async function enhanced(p: Page, url: string): Promise<void> {
  if (url.startsWith("/articles/")) await p.locator(".quote-copy").first().waitFor();
  if (url === "/timeline/") await p.locator(".tl-controls:not([hidden])").waitFor();
  if (url === "/search/") await p.locator(".search-form:not([hidden])").waitFor();
}

describe("accessibility: axe-core, WCAG 2.0, 2.1 and 2.2 at levels A and AA", () => {
  it("every built page, at 1280 px in the light theme, has no violation", async () => {
    expect(pages.length).toBeGreaterThan(30);
    const ctx = await open.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
    expect(await audit(ctx, pages, enhanced)).toEqual([]);
  }, 240_000);

  it("every built page, at 360 px in the dark theme, has no contrast or touch-target violation", async () => {
    // Only the rules a theme or a narrow screen can change: the rest were checked above.
    const ctx = await open.browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: "dark", isMobile: true, hasTouch: true });
    expect(await audit(ctx, pages, enhanced, ["color-contrast", "target-size", "link-in-text-block", "meta-viewport", "scrollable-region-focusable"])).toEqual([]);
  }, 240_000);

  it.each(["light", "dark"] as const)("what scripts show, in the %s theme: search results and filters, an open timeline event, open source notes", async (scheme) => {
    const ctx = await open.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    const article = pages.find((u) => u.startsWith("/articles/"))!;
    const found = await audit(ctx, ["/search/?q=hate+speech", "/timeline/", article], async (p, url) => {
      if (url.startsWith("/search/")) {
        await p.locator(".search-result").first().waitFor();
        await p.locator(".search-facet").first().waitFor();
      } else if (url === "/timeline/") {
        await p.locator(".tl-controls:not([hidden])").waitFor();
        await p.locator("a.tl-mark").first().focus();
        await p.keyboard.press("Enter");
        await p.locator(".tl-detail:not([hidden])").waitFor();
        await p.locator(".tl-detail details").evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await p.locator(".tl-list details").evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      } else {
        await p.locator(".quote-copy").first().waitFor();
        await p.locator("details.source-notes").evaluate((d) => ((d as HTMLDetailsElement).open = true));
        // A quotation reached by its permalink is highlighted: that colour must keep its contrast too.
        const id = await p.locator(".quote[id]").first().getAttribute("id");
        await p.goto(`${open.url}${url}#${id}`);
      }
    });
    expect(found).toEqual([]);
  }, 120_000);
});
