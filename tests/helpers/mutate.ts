import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./site.ts";

export const MUTATED_SEED = "002_ae3161c0a7cefe61";
export const MUTATIONS = {
  /** A quotation whose opening words are corrected: its id changes, the old one must still land. */
  edited: { from: "Transparent terms of use, significant", to: "Clear terms of use, significant" },
  /** A sentence with a quotation, deleted: its link must land on a notice. */
  removed: "“Totally false,” Elon Musk wrote on his Twitter account New York Times details the results of the associations. ",
  inserted: "An inserted paragraph, with no quotation in it, sits before everything else.",
  title: "Macron and Musk discuss content moderation in New Orleans",
};

/** A copy of one real seed and its sidecar in `dir`, ready to be built, then mutated. */
export function copySeed(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const ext of [".txt", ".yaml"]) cpSync(join(ROOT, "seeds", MUTATED_SEED + ext), join(dir, MUTATED_SEED + ext));
}

/** Inserts a paragraph, edits one quotation, deletes another and retitles the article. */
export function mutateSeed(dir: string): void {
  const txt = join(dir, `${MUTATED_SEED}.txt`);
  let text = readFileSync(txt, "utf8");
  const check = (s: string) => {
    if (!text.includes(s)) throw new Error(`the seed no longer contains ${JSON.stringify(s)}; update tests/helpers/mutate.ts`);
  };
  check(MUTATIONS.edited.from);
  check(MUTATIONS.removed);
  text = text.replace(MUTATIONS.edited.from, MUTATIONS.edited.to).replace(MUTATIONS.removed, "");
  const lines = text.split("\n");
  lines.splice(4, 0, MUTATIONS.inserted, "");
  writeFileSync(txt, lines.join("\n"));
  const yaml = join(dir, `${MUTATED_SEED}.yaml`);
  writeFileSync(yaml, `${readFileSync(yaml, "utf8")}title: ${MUTATIONS.title}\n`);
}
