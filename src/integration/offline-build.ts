import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serviceWorkerSource } from "./sw-source.ts";
import { listFiles } from "./list-files.ts";

/** Where a page asks for the index's cache tag; replaced in the built HTML once the index exists. */
export const INDEX_TAG_PLACEHOLDER = "__OTR_INDEX_TAG__";

/**
 * Files a reader never needs: Pagefind's prebuilt UIs (this site has its own on Pagefind's JS
 * API) and its playground. Everything else is cached for offline reading.
 */
const NOT_CACHED = [/^sw\.js$/, /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./, /^pagefind\/playground\//];

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * The index's cache tag: a hash of Pagefind's entry file, which names the content hash of every
 * language's index, so the tag changes exactly when the index does.
 */
export async function indexTag(distDir: string): Promise<string> {
  return sha256(await readFile(join(distDir, "pagefind/pagefind-entry.json"))).slice(0, 12);
}

/** Writes the tag into the pages that carry the placeholder (the search page). */
export async function stampIndexTag(distDir: string, tag: string): Promise<number> {
  let stamped = 0;
  for (const file of await listFiles(distDir)) {
    if (!file.endsWith(".html")) continue;
    const html = await readFile(join(distDir, file), "utf8");
    if (!html.includes(INDEX_TAG_PLACEHOLDER)) continue;
    await writeFile(join(distDir, file), html.replaceAll(INDEX_TAG_PLACEHOLDER, tag));
    stamped += 1;
  }
  return stamped;
}

/** The URL a file is requested by: directory URLs for `index.html`, as the site links them. */
export function fileUrl(base: string, file: string, tag: string): string {
  if (file === "pagefind/pagefind-entry.json") return `${base}${file}?ts=${tag}`;
  if (file === "index.html") return base;
  if (file.endsWith("/index.html")) return `${base}${file.slice(0, -"index.html".length)}`;
  return `${base}${file}`;
}

/**
 * Writes `dist/sw.js`: the list of every file to cache and a version hashed from their contents,
 * so two builds of the same seeds write the same worker and any change makes a new one.
 */
export async function writeServiceWorker(distDir: string, base: string, tag: string): Promise<{ version: string; urls: number; bytes: number }> {
  const files = (await listFiles(distDir)).filter((f) => !NOT_CACHED.some((re) => re.test(f)));
  const hash = createHash("sha256");
  let bytes = 0;
  for (const f of files) {
    const content = await readFile(join(distDir, f));
    bytes += content.byteLength;
    hash.update(`${f}\0${sha256(content)}\n`);
  }
  const version = hash.digest("hex").slice(0, 16);
  const urls = files.map((f) => fileUrl(base, f, tag));
  await writeFile(join(distDir, "sw.js"), serviceWorkerSource({ version, base, urls }));
  return { version, urls: urls.length, bytes };
}
