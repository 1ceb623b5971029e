import { parse, type HTMLElement } from "node-html-parser";
import { readSiteFile } from "./site.ts";

/** Collapses runs of white space, as a reader sees text. */
export function squash(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

/** The built page at a site-relative URL (`/articles/x/#q` reads `articles/x/index.html`). */
export function page(siteDir: string, url: string): HTMLElement {
  const path = url.replace(/#.*$/, "").replace(/^\//, "");
  return parse(readSiteFile(siteDir, path.endsWith("/") || path === "" ? `${path}index.html` : path));
}

/** The element's words, without the annotation furniture pages add beside quotations. */
export function words(el: HTMLElement): string {
  const clone = parse(el.outerHTML);
  for (const meta of clone.querySelectorAll(".quote-meta")) meta.remove();
  return squash(clone.textContent);
}
