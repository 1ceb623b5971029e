import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".jsonld": "application/ld+json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves a built site on 127.0.0.1 as a static host does: directory URLs get their index.html,
 * missing files the site's 404.html with status 404, and text compressed with gzip when asked
 * (as every host does, so the audit measures what readers download).
 */
export async function serveDist(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dir, "404.html");
      if (!existsSync(file)) return void res.writeHead(404).end("not found");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && !type.includes("wasm") && type !== "application/octet-stream";
    res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-cache", ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}) });
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
