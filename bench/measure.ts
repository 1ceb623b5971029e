/** Small measuring helpers shared by the benchmark: timed child processes and sizes on disk. */
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");
export const BENCH = join(ROOT, ".tmp/bench");

// The project's Node 24 first, as under `npm run`: Astro's bin starts with `#!/usr/bin/env node`.
const BIN = join(ROOT, "node_modules/.bin");
if (!(process.env.PATH ?? "").startsWith(`${BIN}:`)) process.env.PATH = `${BIN}:${process.env.PATH ?? ""}`;
// Every build, ours and the peer's, may use up to 12 GB of heap (Node's default limit is lower than this machine's memory).
if (!(process.env.NODE_OPTIONS ?? "").includes("max-old-space-size")) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=12288`.trim();

export interface Timed {
  ok: boolean;
  /** Wall time, CPU time (user + system) and peak resident memory of the process tree's largest process, from GNU time. */
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  stdout: string;
  stderr: string;
}

/** Runs a command under `/usr/bin/time -f "%e %M %U %S"`; the last stderr line is GNU time's. */
export function timed(cmd: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Timed> {
  return new Promise((resolve) => {
    const child = spawn("/usr/bin/time", ["-f", "%e %M %U %S", cmd, ...args], { cwd: options.cwd ?? ROOT, env: options.env ?? process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => {
      const last = stderr.trim().split("\n").at(-1) ?? "";
      const [e, m, u, s] = last.split(" ").map(Number);
      resolve({ ok: code === 0, seconds: e ?? NaN, cpuSeconds: (u ?? NaN) + (s ?? NaN), peakMb: (m ?? NaN) / 1024, stdout, stderr });
    });
  });
}

/** Every file under `dir`, relative, with its size. */
export function files(dir: string, prefix = ""): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : [{ path: `${prefix}${e.name}`, bytes: statSync(join(dir, e.name)).size }],
  );
}

export interface SiteSize {
  files: number;
  pages: number;
  bytes: number;
  pagefindBytes: number;
  largest: { path: string; bytes: number }[];
}

export function siteSize(dir: string): SiteSize {
  const all = files(dir);
  const html = all.filter((f) => f.path.endsWith(".html"));
  return {
    files: all.length,
    pages: html.length,
    bytes: all.reduce((n, f) => n + f.bytes, 0),
    pagefindBytes: all.filter((f) => f.path.startsWith("pagefind/")).reduce((n, f) => n + f.bytes, 0),
    largest: [...html].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, 3),
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
