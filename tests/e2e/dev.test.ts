import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { until } from "../helpers/poll.ts";
import { ROOT } from "../helpers/site.ts";

const DIR = join(ROOT, ".tmp/dev");
let PORT = 0;
let dev: ChildProcess;

/** The environment without Vitest's markers: started with them, Astro's dev server did not answer. */
function devEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_ENV" && k !== "TEST"));
}

/** A port nothing listens on now, so a stray server from another run cannot answer instead. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function get(path: string): Promise<string> {
  const r = await fetch(`http://127.0.0.1:${PORT}${path}`);
  return r.ok ? r.text() : "";
}

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  cpSync(join(ROOT, "seeds"), join(DIR, "seeds"), { recursive: true });
  PORT = await freePort();
  dev = spawn(join(ROOT, "node_modules/.bin/astro"), ["dev", "--ignore-lock", "--host", "127.0.0.1", "--port", String(PORT)], {
    cwd: ROOT,
    env: { ...devEnv(), SEEDS_DIR: ".tmp/dev/seeds", CONTENT_DIR: ".tmp/dev/content" },
    stdio: "ignore",
    detached: true,
  });
  await until(async () => (await get("/")).includes("On the Record"), 60_000, "astro dev to serve the home page");
});

afterAll(() => {
  // The whole process group: astro may have started children of its own.
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
});

describe("astro dev", () => {
  it("saving a seed regenerates its page", async () => {
    const url = "/articles/un-rights-chief-urges-musk-to-put-human-rights-at-the-centre-of-twitter/";
    expect(await get(url)).toContain("Furthermore, in the letter");
    const seed = join(DIR, "seeds/001_0b45771eee5c4b7f.txt");
    writeFileSync(seed, readFileSync(seed, "utf8").replace("Furthermore, in the letter", "Moreover, in the letter"));
    await expect.poll(() => get(url), { timeout: 30_000, interval: 250 }).toContain("Moreover, in the letter");
  });
});
