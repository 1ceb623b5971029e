import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, listFiles } from "../helpers/site.ts";

const DIR = join(ROOT, ".tmp/swap");

function build() {
  return spawnSync(process.execPath, ["src/cli/build.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SEEDS_DIR: ".tmp/swap/seeds", CONTENT_DIR: ".tmp/swap/content", OUT_DIR: ".tmp/swap/dist" },
  });
}

const snapshot = () => listFiles(join(DIR, "dist")).map((f) => [f, readFileSync(join(DIR, "dist", f), "utf8")]);

describe("npm run build", () => {
  it("publishes a good build, and a failed build leaves the published site untouched and says why", () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(join(DIR, "seeds"), { recursive: true });
    cpSync(join(ROOT, "seeds/003_ac0be0ee3c90c750.txt"), join(DIR, "seeds/003_ac0be0ee3c90c750.txt"));
    const ok = build();
    expect(ok.status, ok.stderr).toBe(0);
    const before = snapshot();
    expect(before.length).toBeGreaterThan(3);

    writeFileSync(join(DIR, "seeds/latin1.txt"), Buffer.from("Le ministre a d\xe9clar\xe9\n", "latin1"));
    writeFileSync(join(DIR, "seeds/empty.txt"), "");
    const bad = build();
    expect(bad.status).not.toBe(0);
    const said = bad.stdout + bad.stderr;
    // Every problem at once, each located, each with its stable id.
    expect(said).toContain(".tmp/swap/seeds/latin1.txt:1:16");
    expect(said).toContain("seed:not-utf8");
    expect(said).toContain(".tmp/swap/seeds/empty.txt:1:1");
    expect(said).toContain("seed:empty");
    expect(said).toContain("the previous");
    expect(snapshot()).toEqual(before);
  });
});
