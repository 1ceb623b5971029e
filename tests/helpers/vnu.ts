import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./site.ts";

const run = promisify(execFile);

/** One error of the Nu HTML Checker, located. */
export interface VnuError {
  file: string;
  line: number | null;
  message: string;
  extract: string;
}

/**
 * Checks HTML files with the Nu HTML Checker (vnu.jar, Java) in one process: the JVM takes
 * seconds to start, so files are checked in a batch, never one at a time. Exit status 1 only means
 * errors were found; the JSON report (on stderr) says which.
 */
export async function vnu(files: readonly string[]): Promise<VnuError[]> {
  const jar = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
  const out = await run("java", ["-Xss8m", "-jar", jar, "--errors-only", "--format", "json", ...files], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (e: { stderr?: string; code?: number }) => {
      if (e.code === 1 && e.stderr) return { stderr: e.stderr };
      throw e;
    },
  );
  const report = JSON.parse(out.stderr) as { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
  return report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => ({ file: (m.url ?? "").replace(/^file:/, ""), line: m.lastLine ?? null, message: m.message, extract: (m.extract ?? "").slice(0, 120) }));
}
