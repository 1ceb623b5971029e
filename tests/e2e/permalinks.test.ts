import { describe, expect, it } from "vitest";
import { inViewAndUncovered, siteInBrowser } from "../helpers/browser.ts";
import { MUTATIONS } from "../helpers/mutate.ts";
import { page as staticPage } from "../helpers/html.ts";
import { listFiles, site } from "../helpers/site.ts";

const current = listFiles(site.mutated).find((f) => f.startsWith("articles/macron-and-musk"))!.replace("index.html", "");
const old = listFiles(site.mutated).find((f) => f.startsWith("articles/macron-had-a"))!.replace("index.html", "");
const doc = staticPage(site.mutated, `/${current}`);
const oldEditedId = doc.querySelector(".anchor-alias")!.id;
const removedId = doc.querySelector(".removed-quote")!.id;

const open = siteInBrowser(site.mutated);

describe("permalinks after the seed was edited, in Chromium", () => {
  it("an edited quotation's old id lands on its new words, highlighted, with the correction stated", async () => {
    const p = await open.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await p.goto(`${open.url}/${current}#${oldEditedId}`);
    const quote = p.locator(`.quote:has(> [id="${oldEditedId}"])`);
    await expect.poll(() => quote.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    expect(await inViewAndUncovered(p, `.quote:has(> [id="${oldEditedId}"])`)).toBe(true);
    const text = await quote.innerText();
    expect(text).toContain(MUTATIONS.edited.to);
    expect(text).toContain("words corrected on 1 February 2026");
    await p.close();
  });

  it("a removed quotation's id lands on a visible notice with its words and the date", async () => {
    const p = await open.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await p.goto(`${open.url}/${current}#${removedId}`);
    expect(await inViewAndUncovered(p, `[id="${removedId}"]`)).toBe(true);
    const text = await p.locator(`[id="${removedId}"]`).innerText();
    expect(text).toContain("Totally false");
    expect(text).toContain("1 February 2026");
    await p.close();
  });

  it("the old slug redirects to the new address and keeps the quotation fragment", async () => {
    const p = await open.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const target = doc.querySelector(".quote[id]")!.id;
    await p.goto(`${open.url}/${old}#${target}`);
    await p.waitForURL(`**/${current}#${target}`);
    expect(await inViewAndUncovered(p, `[id="${target}"]`)).toBe(true);
    await p.close();
  });

  it("the copy link button puts the quotation's address on the clipboard", async () => {
    const context = await open.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const p = await context.newPage();
    await p.goto(`${open.url}/${current}`);
    const first = p.locator(".quote[id]").first();
    const id = await first.getAttribute("id");
    await first.locator('button[data-copy="link"]').click();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(`${open.url}/${current}#${id}`);
    await first.locator('button[data-copy="citation"]').click();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toMatch(/^“.+” — .+, in .+, https?:\/\/.+#q-/);
    await context.close();
  });
});
