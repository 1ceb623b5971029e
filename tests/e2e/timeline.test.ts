import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TimelineEvent } from "../../src/schema/event.ts";
import { siteInBrowser } from "../helpers/browser.ts";
import { readSiteFile, site } from "../helpers/site.ts";

const events = TimelineEvent.array().parse(JSON.parse(readSiteFile(site.main, "data/events.json")));
const open = siteInBrowser(site.main);

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.id ?? null);

/** Tabs from the top of the page until focus reaches the chart; returns how many presses it took. */
async function tabToChart(page: Page): Promise<number> {
  for (let n = 1; n <= 40; n++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches("a.tl-mark") ?? false)) return n;
  }
  throw new Error("the chart never took focus");
}

describe("the timeline in Chromium", () => {
  it("keyboard only: one tab stop, arrow keys visit every event in order with visible focus, Enter opens its details", async () => {
    const page = await open.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${open.url}/timeline/`);
    await page.locator(".tl-controls:not([hidden])").waitFor();
    await tabToChart(page);
    const visited = [await focusedId(page)];
    for (let i = 1; i < events.length; i++) {
      await page.keyboard.press("ArrowRight");
      visited.push(await focusedId(page));
    }
    expect(visited).toEqual(events.map((e) => e.id));
    // Focus is visible: the focused mark's dot gets a thick ring.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector("circle")!).strokeWidth);
    expect(ring).toBe("4px");
    // The chart is one tab stop: the next Tab leaves it.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.matches("a.tl-mark"))).toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect(await focusedId(page)).toBe(events.at(-1)?.id);
    await page.keyboard.press("Home");
    expect(await focusedId(page)).toBe(events[0]?.id);
    await page.keyboard.press("Enter");
    const panel = page.locator(".tl-detail");
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator("h3").innerText()).toBe(events[0]?.title);
    expect(new URL(page.url()).hash).toBe(`#${events[0]?.id}`);
    await page.keyboard.press("Escape");
    expect(await focusedId(page)).toBe(events[0]?.id);
    await page.close();
  });

  it("Enter on an event with quotations shows them in the details panel", async () => {
    const page = await open.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${open.url}/timeline/`);
    await page.locator(".tl-controls:not([hidden])").waitFor();
    await tabToChart(page);
    const target = events.findIndex((e) => e.id === "event-turk-open-letter");
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const quotes = page.locator(".tl-detail .tl-quotes blockquote");
    await expect.poll(() => quotes.count()).toBeGreaterThan(0);
    expect(await quotes.first().isVisible()).toBe(true);
    await page.close();
  });

  it("the filter by actor type hides that lane's events from the chart, the list and the arrow keys", async () => {
    const page = await open.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${open.url}/timeline/`);
    await page.locator(".tl-controls:not([hidden])").waitFor();
    await page.locator("input[value=platform]").uncheck();
    const platform = events.filter((e) => e.actorType === "platform").map((e) => e.id);
    expect(platform.length).toBeGreaterThan(0);
    for (const id of platform) {
      expect(await page.locator(`a.tl-mark[data-id="${id}"]`).isVisible()).toBe(false);
      expect(await page.locator(`li#${id}`).isVisible()).toBe(false);
    }
    await page.locator("a.tl-mark[tabindex='0']").focus();
    const seen = new Set<string | null>([await focusedId(page)]);
    for (let i = 0; i < events.length; i++) {
      await page.keyboard.press("ArrowRight");
      seen.add(await focusedId(page));
    }
    expect([...seen].filter((id) => platform.includes(id ?? ""))).toEqual([]);
    await page.close();
  });

  it("zoom in spreads the marks apart and Show all restores them", async () => {
    const page = await open.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${open.url}/timeline/`);
    await page.locator(".tl-controls:not([hidden])").waitFor();
    const gap = () => page.evaluate(() => {
      const xs = [...document.querySelectorAll<SVGGraphicsElement>("a.tl-mark[data-type=platform]")].slice(0, 2).map((m) => m.querySelector<SVGGElement>("g.tl-pos")!.transform.baseVal.consolidate()!.matrix.e);
      return (xs[1] ?? 0) - (xs[0] ?? 0);
    });
    const before = await gap();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(gap).toBeGreaterThan(before * 1.5);
    await page.getByRole("button", { name: "Show all" }).click();
    await expect.poll(gap).toBeCloseTo(before, 3);
    await page.close();
  });

  it("with JavaScript disabled the page still shows every event, in the chart and in the list", async () => {
    const context = await open.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${open.url}/timeline/`);
    for (const e of events) {
      const li = page.locator(`li#${e.id}`);
      await li.scrollIntoViewIfNeeded();
      expect(await li.isVisible(), e.id).toBe(true);
      expect(await li.locator("h3").innerText()).toBe(e.title);
      expect(await page.locator(`svg a.tl-mark[href="#${e.id}"]`).count()).toBe(1);
    }
    expect(await page.locator(".tl-controls").isVisible()).toBe(false);
    // No horizontal scroll for the page itself at 360 px: only the chart scrolls, inside its box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it("opening /timeline/#event-ofcom-open-letter lands on that event", async () => {
    const page = await open.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${open.url}/timeline/#event-ofcom-open-letter`);
    const li = page.locator("#event-ofcom-open-letter");
    await expect.poll(() => li.evaluate((e) => e.matches(":target"))).toBe(true);
    const box = await li.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    expect(await page.locator("a.tl-mark[tabindex='0']").getAttribute("data-id")).toBe("event-ofcom-open-letter");
    await page.close();
  });
});
