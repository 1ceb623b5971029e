import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteInBrowser } from "../helpers/browser.ts";
import { site } from "../helpers/site.ts";

const open = siteInBrowser(site.main);

/** Opens /search/ with a query and waits for the results to be counted. */
async function search(query: string, width = 1280): Promise<Page> {
  const page = await open.browser.newPage({ viewport: { width, height: 900 }, serviceWorkers: "block" });
  await page.goto(`${open.url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator(".search-status", { hasText: /results? for|No results/ }).waitFor();
  return page;
}

async function results(page: Page): Promise<{ kind: string; title: string; href: string }[]> {
  return page.locator(".search-result").evaluateAll((items) =>
    items.map((li) => ({
      kind: li.className.replace(/.*search-result-/, ""),
      title: li.querySelector(".search-result-title")?.textContent ?? "",
      href: li.querySelector("a")?.getAttribute("href") ?? "",
    })),
  );
}

describe("search in Chromium", () => {
  it('"hate speech" finds quotations of António Guterres and Volker Türk, each linking to its anchor', async () => {
    const page = await search("hate speech");
    const quotations = (await results(page)).filter((r) => r.kind === "quotation");
    expect(quotations.map((r) => r.title)).toEqual(expect.arrayContaining(["António Guterres", "Volker Türk"]));
    for (const r of quotations) expect(r.href).toMatch(/\/articles\/[^/]+\/#q-[a-z0-9-]+$/);
    await page.close();
  });

  it("opening a quotation result lands on the quotation, highlighted as the target", async () => {
    const page = await search("hate speech");
    const first = page.locator(".search-result-quotation .search-result-link").first();
    const id = (await first.getAttribute("href"))!.replace(/.*#/, "");
    await first.click();
    const target = page.locator(`[id="${id}"]`);
    await expect.poll(() => target.evaluate((e) => e.matches(":target"))).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    expect(await target.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    await page.close();
  });

  it('a French query ("désinformation") finds the French article and its quotations', async () => {
    const page = await search("désinformation");
    const found = await results(page);
    const french = found.filter((r) => r.href.includes("/articles/le-proprietaire-de-twitter"));
    expect(french.some((r) => r.kind === "article")).toBe(true);
    expect(french.some((r) => r.kind === "quotation")).toBe(true);
    await page.close();
  });

  it("checking a filter narrows the results to it, and the URL keeps it", async () => {
    const page = await search("twitter");
    const all = await results(page);
    await page.locator('input[name="speaker"][value="António Guterres"]').check();
    await expect.poll(async () => (await results(page)).length).toBeLessThan(all.length);
    const narrowed = await results(page);
    expect(narrowed.length).toBeGreaterThan(0);
    for (const r of narrowed.filter((x) => x.kind === "quotation")) expect(r.title).toBe("António Guterres");
    expect(new URL(page.url()).searchParams.get("speaker")).toBe("António Guterres");
    await page.close();
  });

  it("is operable from the keyboard alone: type, ↓ to the results, Enter to open", async () => {
    const page = await open.browser.newPage({ serviceWorkers: "block" });
    await page.goto(`${open.url}/`);
    await page.keyboard.press("/");
    await page.keyboard.type("Türk");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=T%C3%BCrk/);
    await page.locator(".search-result").first().waitFor();
    await page.locator("#search-q").focus();
    await page.keyboard.press("ArrowDown");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(href).toBe(await page.locator(".search-result-link").first().getAttribute("href"));
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
    await page.close();
  });

  it("says so without JavaScript, and links to the quotations index", async () => {
    const context = await open.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${open.url}/search/?q=hate`);
    expect(await page.locator(".search-nojs").textContent()).toMatch(/needs JavaScript/);
    expect(await page.locator(".search-nojs a").getAttribute("href")).toBe("/quotes/");
    expect(await page.locator("form.search-form").isVisible()).toBe(false);
    await context.close();
  });

  it("lays out results at 360 and 1280 pixels without sideways scrolling", async () => {
    for (const width of [360, 1280]) {
      const page = await search("hate speech", width);
      await page.screenshot({ path: `.tmp/search-${width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    }
  });
});
