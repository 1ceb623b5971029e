import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "../helpers/browser.ts";
import { serve } from "../helpers/serve.ts";
import { ROOT, site } from "../helpers/site.ts";

// The host's folder: the main site first, replaced by another build to check updates.
const HOST = join(ROOT, ".tmp/offline-host");
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;
let page: Page;

function deploy(dir: string): void {
  rmSync(HOST, { recursive: true, force: true });
  mkdirSync(HOST, { recursive: true });
  cpSync(dir, HOST, { recursive: true });
}

const version = (dir: string) => /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(dir, "sw.js"), "utf8"))?.[1];
const cacheNames = () => page.evaluate(() => caches.keys());

async function searchFor(query: string): Promise<void> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator(".search-status", { hasText: /results? for/ }).waitFor({ timeout: 15_000 });
}

beforeAll(async () => {
  deploy(site.main);
  [browser, server] = await Promise.all([launch(), serve(HOST)]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  // One online visit: the worker installs, caches the build and takes control of the page.
  await page.goto(`${server.url}/`);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  rmSync(HOST, { recursive: true, force: true });
});

describe("offline reading after one visit", () => {
  it("keeps one cache, named after the build", async () => {
    expect(await cacheNames()).toEqual([`otr:/:${version(site.main)}`]);
  });

  it("with the network off, a reload, a search and opening a result all work", async () => {
    await context.setOffline(true);
    await page.reload();
    await expect(page.title()).resolves.toMatch(/On the Record/);
    await searchFor("hate speech");
    const link = page.locator(".search-result-quotation .search-result-link").first();
    const id = (await link.getAttribute("href"))!.replace(/.*#/, "");
    await link.click();
    await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((e) => e.matches(":target"))).toBe(true);
    // A page never opened before is there too: every page was cached on the first visit.
    await page.goto(`${server.url}/articles/le-proprietaire-de-twitter-elon-musk-subit-la-pression-des-leaders-des-droits/`);
    await expect(page.locator("h1").innerText()).resolves.toMatch(/Elon Musk/);
    await searchFor("désinformation");
    await context.setOffline(false);
  });

  it("takes a new build cleanly: the next visit installs it, drops the old cache, and works offline", async () => {
    deploy(site.hostile);
    await page.goto(`${server.url}/`);
    await expect.poll(cacheNames, { timeout: 30_000 }).toEqual([`otr:/:${version(site.hostile)}`]);
    await context.setOffline(true);
    await searchFor("backslash");
    await expect(page.locator(".search-result-title").first().innerText()).resolves.toMatch(/Code-looking/);
    // A page of the old build is gone with its cache.
    const old = await page.goto(`${server.url}/articles/le-proprietaire-de-twitter-elon-musk-subit-la-pression-des-leaders-des-droits/`);
    expect(old?.status()).toBe(503);
    await context.setOffline(false);
  });
});
