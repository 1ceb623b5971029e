import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { listFiles } from "./site.ts";

/**
 * A built site, read once, that answers "does this URL land?": the file exists and, for a
 * `#fragment`, its page has an element with that id.
 */
export interface SiteMap {
  /** The site's files, relative to its folder. */
  files: ReadonlySet<string>;
  /** Ids on each HTML page, by file. */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** The base path the site was built for, `/` or `/sub/`. */
  base: string;
  /** The public origin, when the site was built with one (SITE_URL). */
  origin: string | null;
}

export function readSite(dir: string, base = "/", origin: string | null = null): SiteMap {
  const files = listFiles(dir);
  const ids = new Map<string, Set<string>>();
  for (const f of files.filter((x) => x.endsWith(".html"))) {
    ids.set(f, new Set(parse(readFileSync(join(dir, f), "utf8")).querySelectorAll("[id]").map((e) => e.id)));
  }
  return { files: new Set(files), ids, base, origin };
}

/** Why `url` does not land on the site, or null when it does; URLs of other hosts are not ours to check. */
export function brokenReason(site: SiteMap, url: string, from = `${site.base}`): string | null {
  const origin = site.origin ?? "http://site.invalid";
  const u = new URL(url, new URL(from, origin));
  if (u.origin !== origin) return u.protocol === "http:" || u.protocol === "https:" || u.protocol === "mailto:" ? null : `scheme ${u.protocol}`;
  const pathname = decodeURIComponent(u.pathname);
  if (!pathname.startsWith(site.base)) return `outside the base path ${site.base}`;
  let file = pathname.slice(site.base.length);
  if (file === "" || file.endsWith("/")) file += "index.html";
  if (!site.files.has(file)) return `no file ${file}`;
  const id = decodeURIComponent(u.hash.slice(1));
  if (id === "") return null;
  const ids = site.ids.get(file);
  if (!ids) return `#${id} on a file that is not a page`;
  return ids.has(id) ? null : `no element #${id} in ${file}`;
}

/** Every URL an HTML page points to, with where it came from, e.g. `a[href]`. */
export function pageUrls(html: string): { url: string; where: string }[] {
  const doc = parse(html);
  const out: { url: string; where: string }[] = [];
  const attrs: [string, string][] = [["a", "href"], ["link", "href"], ["script", "src"], ["img", "src"], ["form", "action"], ["q", "cite"], ["blockquote", "cite"], ["[data-permalink]", "data-permalink"]];
  for (const [sel, attr] of attrs) {
    for (const el of doc.querySelectorAll(`${sel}[${attr}]`)) out.push({ url: el.getAttribute(attr) ?? "", where: `${sel}[${attr}]` });
  }
  for (const m of doc.querySelectorAll('meta[property="og:url"], meta[http-equiv="refresh"]')) {
    const content = m.getAttribute("content") ?? "";
    out.push({ url: content.replace(/^\d+;\s*url=/i, ""), where: `meta ${m.getAttribute("property") ?? "refresh"}` });
  }
  // Ids other attributes point to must exist on the same page.
  for (const attr of ["aria-labelledby", "aria-describedby", "aria-controls", "for"]) {
    for (const el of doc.querySelectorAll(`[${attr}]`)) {
      for (const id of (el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) out.push({ url: `#${id}`, where: `[${attr}]` });
    }
  }
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          if ((k === "@id" || k === "url" || k === "mainEntityOfPage") && typeof x === "string") out.push({ url: x, where: `JSON-LD ${k}` });
          else walk(x);
        }
      }
    };
    walk(JSON.parse(s.textContent));
  }
  return out;
}

/** Every URL in Pagefind's fragments: one per page or custom record, plus its in-page anchors. */
export function searchRecordUrls(dir: string): string[] {
  const fragments = join(dir, "pagefind/fragment");
  if (!existsSync(fragments) || !statSync(fragments).isDirectory()) return [];
  return listFiles(fragments).flatMap((f) => {
    const text = gunzipSync(readFileSync(join(fragments, f))).toString("utf8");
    const record = JSON.parse(text.slice(text.indexOf("{"))) as { url: string; anchors?: { id: string }[] };
    const page = record.url.replace(/#.*$/, "");
    return [record.url, ...(record.anchors ?? []).map((a) => `${page}#${a.id}`)];
  });
}
