import { describe, expect, it } from "vitest";
import { siteInBrowser } from "../helpers/browser.ts";
import { listFiles, site } from "../helpers/site.ts";

const open = siteInBrowser(site.main);

// One page of each kind the site has.
const pages = ["/", ...["articles/", "quotes/", "people/", "timeline/", "search/"].map((prefix) => {
  const f = listFiles(site.main).find((x) => x.startsWith(prefix) && x.endsWith("index.html"));
  return f ? `/${f.replace(/index\.html$/, "")}` : null;
})].filter((p): p is string => p !== null);

describe("privacy and security in Chromium", () => {
  it.each(pages)("%s requests nothing from another host, sets no cookie and breaks no CSP rule", async (path) => {
    const context = await open.browser.newContext();
    const p = await context.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    p.on("request", (r) => {
      const url = new URL(r.url());
      if (!["127.0.0.1", ""].includes(url.hostname) && url.protocol !== "data:" && url.protocol !== "blob:") foreign.push(r.url());
    });
    p.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    await p.goto(`${open.url}${path}?q=hate+speech`, { waitUntil: "networkidle" });
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await p.evaluate(() => document.cookie)).toBe("");
    const csp = await p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    await context.close();
  });
});
