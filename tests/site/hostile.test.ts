import { describe, expect, it } from "vitest";
import { page, words } from "../helpers/html.ts";
import { listFiles, site } from "../helpers/site.ts";

describe("a seed full of code-looking text", () => {
  const [file] = listFiles(site.hostile).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
  const article = page(site.hostile, `/${file}`).querySelector("article");
  const text = article ? words(article) : "";

  it.each([
    "{process.exit(1)}",
    "<script>alert(1)</script>",
    'import x from "y"',
    "export const a = 1",
    "</Quote>",
    '<Quote id="evil">',
    "${x} and `backticks` and a \\ backslash",
    "[click me](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "# Not a heading, just a hash",
  ])("shows %s literally on its page", (s) => {
    expect(text).toContain(s);
  });

  it("runs none of it: no script, image or link element came from the seed", () => {
    const dom = page(site.hostile, `/${file}`);
    // JSON-LD is data, never run; every other script must be free of the seed's text.
    const runnable = dom.querySelectorAll("script").filter((s) => s.getAttribute("type") !== "application/ld+json");
    expect(runnable.map((s) => s.outerHTML).filter((h) => h.includes("alert"))).toEqual([]);
    const jsonLd = dom.querySelectorAll('script[type="application/ld+json"]').map((s) => s.textContent);
    expect(jsonLd.join("")).not.toContain("</script");
    expect(dom.querySelectorAll("img, [onerror], Quote, quote").length).toBe(0);
    expect(dom.querySelectorAll('a[href^="javascript:"]').length).toBe(0);
    expect(dom.getElementById("evil")).toBeNull();
  });
});
