import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { vnu } from "../helpers/vnu.ts";
import { listFiles, site } from "../helpers/site.ts";

/** Every HTML file of a built site, as absolute paths. */
const htmlOf = (dir: string) => listFiles(dir).filter((f) => f.endsWith(".html")).map((f) => join(dir, f));

describe("valid HTML (Nu HTML Checker)", () => {
  it("every page of the site, of the site deployed under a base path, and of the hostile-seed site has no error", async () => {
    // The hostile site's pages carry markup-looking and arbitrary Unicode seed text: it must stay text.
    const files = [...htmlOf(site.main), ...htmlOf(site.published), ...htmlOf(site.hostile)];
    expect(files.length).toBeGreaterThan(80);
    const errors = await vnu(files);
    expect(errors.map((e) => `${e.file.replace(/^.*\.tmp\/(q8\/)?sites\//, "")}:${e.line}: ${e.message} [${e.extract}]`)).toEqual([]);
  }, 180_000);
});
