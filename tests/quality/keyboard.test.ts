import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { inViewAndUncovered, siteInBrowser } from "../helpers/browser.ts";
import { focused, tabUntil, type Focused } from "../helpers/focus.ts";
import { page as builtPage } from "../helpers/html.ts";
import { listFiles, site } from "../helpers/site.ts";

const open = siteInBrowser(site.main);

/** Focus stops where the indicator is missing or the element is off screen or covered. */
const hidden = (stops: readonly Focused[]) => stops.filter((f) => !f.visible || !f.inView).map((f) => `${f.what}${f.visible ? "" : " (no visible focus)"}${f.inView ? "" : " (not in view)"}`);

const path = (p: Page) => decodeURIComponent(new URL(p.url()).pathname + new URL(p.url()).hash);

describe("keyboard only", () => {
  it("home → a timeline event → one of its quotations → the speaker → search, every stop visibly focused", async () => {
    const p = await open.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${open.url}/`);
    const stops: Focused[] = [];

    // The first Tab reaches the skip link, which moves focus to the main content.
    stops.push(...(await tabUntil(p, (f) => f.what.startsWith("a.skip-link"), 1)));
    await p.keyboard.press("Enter");
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("main");

    // Home → the event in the story: "On 5 November … Volker Türk wrote to him".
    stops.push(...(await tabUntil(p, (_, href) => href?.endsWith("#event-turk-open-letter") ?? false)));
    await p.keyboard.press("Enter");
    await p.waitForURL(/\/timeline\/#event-turk-open-letter$/);
    expect(await inViewAndUncovered(p, "#event-turk-open-letter")).toBe(true);

    // The event's evidence opens from the keyboard, and leads to a quotation.
    stops.push(...(await tabUntil(p, (f) => f.what.startsWith("summary"), 5)));
    await p.keyboard.press("Enter");
    stops.push(...(await tabUntil(p, (_, href) => /\/articles\/[^/]+\/#q-/.test(href ?? ""), 10)));
    const quotation = await p.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    await p.keyboard.press("Enter");
    await p.waitForURL((u) => decodeURIComponent(u.pathname + u.hash) === quotation);
    const id = quotation.split("#")[1]!;
    expect(await inViewAndUncovered(p, `[id="${id}"]`)).toBe(true);
    expect(await p.locator(`[id="${id}"]`).evaluate((el) => el.matches(":target"))).toBe(true);

    // From the quotation, its permalink and then its speaker are the next stops.
    stops.push(...(await tabUntil(p, (_, href) => href?.startsWith("/people/") ?? false, 3)));
    const person = await p.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    await p.keyboard.press("Enter");
    await p.waitForURL((u) => u.pathname === person);
    expect(await p.locator("h1").innerText()).not.toBe("");

    // "/" jumps to the search box from anywhere; the results are reached with ↓.
    await p.keyboard.press("/");
    expect((await focused(p)).what).toContain("#site-search-q");
    stops.push(await focused(p));
    await p.keyboard.type("legal void");
    await p.keyboard.press("Enter");
    await p.waitForURL(/\/search\/\?q=legal\+void/);
    await p.locator(".search-result").first().waitFor();
    await p.locator("#search-q").focus();
    await p.keyboard.press("ArrowDown");
    const first = await focused(p);
    stops.push(first);
    expect(first.what).toContain("a.search-result-link");
    await p.keyboard.press("Enter");
    await p.waitForURL(/\/articles\/[^/]+\/#q-/);
    expect(path(p)).toMatch(/^\/articles\/[^/]+\/#q-/);

    expect(stops.length).toBeGreaterThan(5);
    expect(hidden(stops)).toEqual([]);
    await p.close();
  });

  const kinds = ["/", "/timeline/", "/quotes/", "/people/elon-musk/", "/search/", "/glossary/", "/404.html", `/${listFiles(site.main).find((f) => f.startsWith("articles/") && f.endsWith("index.html"))!.replace("index.html", "")}`];

  it.each(kinds)("%s: every Tab stop of the page, at 1280 px and at 360 px, shows its focus in view", async (url) => {
    for (const width of [1280, 360]) {
      const p = await open.browser.newPage({ viewport: { width, height: width === 360 ? 740 : 900 } });
      await p.goto(`${open.url}${url}`);
      await p.waitForLoadState("networkidle");
      // The search page puts focus in its box on arrival: a click on the page's corner starts the walk from the top.
      const autofocus = (await focused(p)).what !== "body";
      if (autofocus) await p.mouse.click(1, 1);
      const stops: Focused[] = [];
      for (let i = 0; i < 400; i++) {
        await p.keyboard.press("Tab");
        const f = await focused(p);
        if (f.what === "body" || (i > 0 && f.what === stops[0]?.what)) break;
        stops.push(f);
      }
      expect(stops.length, `${url} at ${width}px`).toBeGreaterThan(4);
      if (!autofocus) expect(stops[0]?.what, `${url}: the skip link comes first`).toMatch(/^a\.skip-link/);
      expect(hidden(stops), `${url} at ${width}px`).toEqual([]);
      await p.close();
    }
  }, 120_000);
});

describe("landmarks and skip link on every page", () => {
  const pages = listFiles(site.main).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));

  it("each page is in landmarks: one banner with a labelled nav, one main (the skip link's target), one contentinfo, and one h1", () => {
    const wrong = pages.flatMap((f) => {
      const doc = builtPage(site.main, `/${f}`);
      if (doc.querySelector('meta[http-equiv="refresh"]')) return []; // an old slug's redirect
      const body = doc.querySelector("body")!;
      const kids = body.childNodes.filter((n) => n.nodeType === 1).map((n) => (n as typeof body).tagName.toLowerCase());
      const problems = [
        kids.filter((k) => k !== "script").join(",") === "a,header,main,footer" ? null : `body holds ${kids.join(",")}`,
        body.querySelector("a")?.getAttribute("href") === "#main" ? null : "the first link is not the skip link",
        doc.querySelectorAll("main").length === 1 && doc.querySelector("main")?.id === "main" ? null : "not one main#main",
        doc.querySelector("header nav[aria-label]") ? null : "no labelled nav in the header",
        doc.querySelectorAll("h1").length === 1 ? null : `${doc.querySelectorAll("h1").length} h1`,
        doc.querySelector("html")?.getAttribute("lang") ? null : "no lang",
      ].filter((x) => x !== null);
      return problems.map((x) => `${f}: ${x}`);
    });
    expect(pages.length).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });
});

/** Animations and transitions longer than a millisecond running in the page, by kind, length and target. */
const running = (p: Page) =>
  p.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => Number(a.effect?.getComputedTiming().duration ?? 0) > 1)
      .map((a) => `${a.constructor.name} of ${String(a.effect?.getComputedTiming().duration)} ms on ${((a.effect as KeyframeEffect | null)?.target as Element | null)?.outerHTML.slice(0, 80) ?? "?"}`),
  );

describe("prefers-reduced-motion", () => {
  it("nothing animates or scrolls smoothly for a reader who asks for less motion, even when zooming the timeline or copying a link", async () => {
    const ctx = await open.browser.newContext({ reducedMotion: "reduce", viewport: { width: 1280, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
    const p = await ctx.newPage();
    await p.goto(`${open.url}/timeline/`);
    await p.locator(".tl-controls:not([hidden])").waitFor();
    expect(await p.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
    await p.locator('[data-zoom="in"]').click();
    expect(await running(p)).toEqual([]);
    expect(await p.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
    const article = listFiles(site.main).find((f) => f.startsWith("articles/") && f.endsWith("index.html"))!;
    await p.goto(`${open.url}/${article.replace("index.html", "")}`);
    await p.locator(".quote-copy").first().click();
    expect(await running(p)).toEqual([]);
    // The stylesheet's guard: were an animation ever added, it would end at once.
    expect(await p.evaluate(() => [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r instanceof CSSMediaRule && r.conditionText.includes("prefers-reduced-motion: reduce"))))).toBe(true);
    await ctx.close();
  });
});
