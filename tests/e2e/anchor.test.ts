import { describe, expect, it } from "vitest";
import { QuoteExport } from "../../src/schema/export.ts";
import { inViewAndUncovered, siteInBrowser } from "../helpers/browser.ts";
import { readSiteFile, site } from "../helpers/site.ts";

const quotes = QuoteExport.array().parse(JSON.parse(readSiteFile(site.main, "data/quotes.json")));
const open = siteInBrowser(site.main);

describe("quotation links in Chromium", () => {
  // The last quotation of each article sits furthest down the page: the hardest to land on.
  const targets = [...new Map(quotes.map((q) => [q.article, q])).values()];

  it.each(targets.map((q) => [q.url, q] as const))("opening %s shows that quotation in view, highlighted and not covered", async (_url, q) => {
    const page = await open.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${open.url}${q.url}`);
    const el = page.locator(`[id="${q.id}"]`);
    await expect.poll(() => el.evaluate((e) => e.matches(":target"))).toBe(true);
    const box = await el.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    expect(await el.innerText()).toContain(q.text.split("\n")[0]!.slice(0, 40));
    expect(await el.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe("solid");
    expect(await inViewAndUncovered(page, `[id="${q.id}"]`)).toBe(true);
    await page.close();
  });
});
