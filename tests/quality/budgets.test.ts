import { describe, expect, it } from "vitest";
import { BUDGETS, kindOf, moduleImports, pageWeight } from "../../src/quality/weight.ts";
import { listFiles, site } from "../helpers/site.ts";

const pages = listFiles(site.main).filter((f) => (f.endsWith("index.html") || f === "404.html") && !f.startsWith("pagefind/"));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe("page weight budgets (gzipped)", () => {
  it.each(Object.keys(BUDGETS))("every %s page stays within its HTML+CSS and JavaScript budgets", (kind) => {
    const budget = BUDGETS[kind as keyof typeof BUDGETS];
    const mine = pages.filter((f) => kindOf(f) === kind);
    expect(mine.length).toBeGreaterThan(0);
    const over = mine.flatMap((f) => {
      const w = pageWeight(site.main, f);
      return [
        ...(w.html + w.css > budget.htmlCss ? [`${f}: HTML+CSS ${kb(w.html + w.css)} > ${kb(budget.htmlCss)}`] : []),
        ...(w.js > budget.js ? [`${f}: JS ${kb(w.js)} > ${kb(budget.js)}`] : []),
      ];
    });
    expect(over).toEqual([]);
  });

  it("article pages run only small progressive enhancements: no D3, no search runtime, and each script under 2 KB", () => {
    for (const f of pages.filter((x) => kindOf(x) === "article")) {
      const w = pageWeight(site.main, f);
      const scripts = w.files.filter((x) => x.kind !== "html" && x.kind !== "css");
      expect(scripts.map((x) => x.file).filter((x) => /Timeline\.astro|\/search\.astro|pagefind/.test(x)), f).toEqual([]);
      expect(scripts.filter((x) => x.gzip > 2048).map((x) => `${x.file} ${kb(x.gzip)}`), f).toEqual([]);
    }
  });

  it("counts every module a page's scripts import, statically or on demand", () => {
    expect(moduleImports('import"./a.js";import{b}from"./b.js";const c=()=>import("./c.js")')).toEqual({ static: ["./a.js", "./b.js"], dynamic: ["./c.js"] });
    const home = pageWeight(site.main, "index.html");
    expect(home.files.map((f) => f.kind)).toEqual(expect.arrayContaining(["html", "css", "js"]));
  });
});
