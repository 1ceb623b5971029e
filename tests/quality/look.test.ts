import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "../helpers/browser.ts";
import { serve } from "../helpers/serve.ts";
import { ROOT, listFiles, site } from "../helpers/site.ts";

/** Screenshots land here for a person to look at; the test checks what a machine can. */
const SHOTS = join(ROOT, ".tmp/screenshots");
const article = `/${listFiles(site.main).find((f) => f.startsWith("articles/") && f.endsWith("index.html"))!.replace("index.html", "")}`;
/** Each view: its name, URL, and an element further down worth a second screenshot. */
const views: [string, string, string][] = [
  ["home", "/", ".key-quotes"], ["article", article, ".quote-group, .quote[id]"], ["quotes", "/quotes/", ".quote-list li:nth-child(4)"],
  ["person", "/people/antonio-guterres/", ".quote-list"], ["timeline", "/timeline/", ".tl-list"], ["search", "/search/?q=free+speech", ".search-result:nth-child(3)"],
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launch(), serve(site.main)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("layouts at 360 px and 1280 px, light and dark", () => {
  it.each([360, 1280])("at %i px nothing is wider than the screen, and the themes follow the system", async (width) => {
    const overflowing: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      const ctx = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const p = await ctx.newPage();
      for (const [name, url, further] of views) {
        await p.goto(`${server.url}${url}`);
        if (name === "search") await p.locator(".search-result").first().waitFor();
        if (name === "timeline") await p.locator(".tl-controls:not([hidden])").waitFor();
        // The page never scrolls sideways; only the timeline chart does, inside its own box.
        const wide = await p.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        if (wide > 0) overflowing.push(`${name} (${scheme}) is ${wide}px too wide`);
        const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg, `${name} ${scheme}`).toBe(scheme === "dark" ? "rgb(22, 21, 15)" : "rgb(253, 252, 249)");
        await p.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`) });
        await p.locator(further).first().evaluate((e) => e.scrollIntoView({ block: "start" }));
        await p.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}-2.png`) });
      }
      await ctx.close();
    }
    expect(overflowing).toEqual([]);
  }, 120_000);
});

describe("print", () => {
  it("prints quotations with their permalinks and leaves out the search box, navigation and buttons", async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}${article}`);
    await p.locator(".quote-copy").first().waitFor();
    await p.emulateMedia({ media: "print" });
    const printed = await p.locator(".quote[id] .quote-link").first().evaluate((a) => ({ after: getComputedStyle(a, "::after").content, permalink: a.getAttribute("data-permalink") }));
    expect(printed.permalink).toMatch(/^\/articles\/[^/]+\/#q-/);
    expect(printed.after).toContain(printed.permalink);
    for (const hidden of [".site-search", ".site-header nav", ".quote-copy", ".skip-link"]) {
      expect(await p.locator(hidden).first().evaluate((e) => getComputedStyle(e).display), hidden).toBe("none");
    }
    await p.pdf({ path: join(SHOTS, "article-print.pdf") });
    await p.close();
  });
});
