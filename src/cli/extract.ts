/**
 * `npm run --silent extract -- FILE...`: one JSON line per article file with its quotations,
 * quoted terms and removed boilerplate. Needs no build and no network. A file that cannot be read
 * as an article is reported on stderr; the others are still processed and the exit code is 1.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { SeedError, formatError } from "../pipeline/errors.ts";
import { extractArticle } from "../pipeline/extract.ts";
import { readSeed } from "../pipeline/read.ts";
import { parseSidecar } from "../pipeline/sidecar.ts";
import type { Sidecar } from "../schema/sidecar.ts";

/**
 * The sidecar's facts about the article (title, language, date) when one sits beside the file.
 * Its corrections are left out: this command shows what the extractor itself finds.
 */
function sidecarFor(file: string): Sidecar {
  const path = file.replace(/\.[^./]+$/, "") + ".yaml";
  if (!existsSync(path) || path === file) return {};
  const parsed = parseSidecar(readFileSync(path, "utf8"), path);
  if ("errors" in parsed) throw parsed.errors[0];
  const { corrections: _editorial, ...facts } = parsed.sidecar;
  return facts;
}

function extractFile(file: string): string {
  const text = readSeed(readFileSync(file), file);
  const { article } = extractArticle(text, basename(file).replace(/\.[^.]+$/, ""), sidecarFor(file));
  return JSON.stringify({
    file,
    title: article.title,
    language: article.language,
    published: article.published,
    quotes: article.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      speaker: q.speaker?.name ?? null,
      // "the Interior Minister": a designation, not a name the article gives.
      ...(q.speaker?.unnamed ? { unnamed: true } : {}),
      start: q.segments[0]?.start,
      end: q.segments.at(-1)?.end,
      cue: q.cue,
      method: q.method,
    })),
    terms: article.terms.map((t) => ({ text: t.text, start: t.start, end: t.end })),
    removed: article.removed.map((r) => ({ text: r.text, reason: r.reason })),
  });
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent extract -- FILE...\n");
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  try {
    process.stdout.write(`${extractFile(file)}\n`);
  } catch (e) {
    failed++;
    if (e instanceof SeedError) process.stderr.write(`${formatError(e)}\n`);
    else if (e instanceof Error && "code" in e) process.stderr.write(`${file}: cannot read the file (${String(e.code)}).\n`);
    else throw e;
  }
}
process.exitCode = failed > 0 ? 1 : 0;
