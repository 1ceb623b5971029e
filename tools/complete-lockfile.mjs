// Records in package-lock.json the platform-specific optional packages that npm left out because
// the registry this project installs from does not serve them (Pagefind's and Astro's compiler
// binaries for macOS, Windows, FreeBSD, Android, WASI). Without these entries `npm ci` refuses the
// lockfile as out of sync (npm/cli#9846). Entries carry os/cpu so npm skips them on other machines,
// and no `resolved` or `integrity`: nothing is claimed about files that were never downloaded.
// Run after any `npm install` that rewrites the lockfile: `node tools/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const PLATFORMS = { darwin: "darwin", win32: "win32", windows: "win32", freebsd: "freebsd", android: "android", linux: "linux", wasi: null };
const CPUS = { arm64: "arm64", x64: "x64", ia32: "ia32", arm: "arm", wasm32: "wasm32" };

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (lock.packages[`node_modules/${name}`] || lock.packages[`${key}/node_modules/${name}`]) continue;
    const parts = name.split("/").pop().split("-");
    const os = parts.map((p) => PLATFORMS[p]).find((p) => p !== undefined);
    const cpu = parts.map((p) => CPUS[p]).find(Boolean);
    if (!/^\d+\.\d+\.\d+$/.test(spec) || os === undefined || !cpu) continue;
    lock.packages[`node_modules/${name}`] = {
      version: spec,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added.push(`${name}@${spec}`);
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
lock.packages = { "": lock.packages[""], ...sorted };
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.join(", ")}` : "nothing to add");
