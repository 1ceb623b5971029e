import { describe, expect, it } from "vitest";
import { page, words } from "../helpers/html.ts";
import { listFiles, site } from "../helpers/site.ts";

describe("a seed full of code-looking text", () => {
  const file = listFiles(site.hostile).find((f) => f.startsWith("articles/code-looking-words"));
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

describe("other hostile seeds build into faithful pages", () => {
  const pages = listFiles(site.hostile).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
  const text = (prefix: string) => {
    const f = pages.find((p) => p.startsWith(`articles/${prefix}`));
    const el = f ? page(site.hostile, `/${f}`).querySelector("article") : null;
    return el ? words(el) : "";
  };

  it("a front-matter look-alike on line 1 is text, not front matter", () => {
    expect(text("frontmatter-lookalike")).toContain("layout: ../../evil.astro");
  });

  it("a byte-order mark and CRLF line ends leave no trace in the page", () => {
    const t = text("windows-headline");
    expect(t).toContain("Windows headline with a byte-order mark");
    expect(t).not.toContain("\ufeff");
    expect(t).not.toContain("\r");
  });

  it("control characters show as control pictures", () => {
    const t = text("control-characters");
    expect(t).toContain("A bell \u2407 an escape \u241b[31m a form feed \u240c");
    expect(t).toContain("a delete \u2421");
  });

  it("right-to-left text, emoji sequences and invisible characters survive", () => {
    const t = text("scripts-emoji");
    for (const s of ["مرحبا بالعالم", "שלום עולם", "👨‍👩‍👧‍👦", "zero\u200bwidth\u200cnon\u200djoiner", "e\u0301", "\u202eoverride\u202c"]) expect(t).toContain(s);
  });
});
