import { join } from "node:path";
import * as pagefind from "pagefind";

/** Indexes every built page with Pagefind's Node API and writes the index into `dist/pagefind/`. */
export async function indexSite(distDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${distDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(distDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
