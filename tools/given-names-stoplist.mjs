// Writes src/data/given-names-stoplist.json: the names of the French given-name dataset
// (gender-detection-from-name, names/fr.js) that are also English or French dictionary words
// ("can", "court", "baguette"…). The extractor reads the dataset at run time and skips these, so a
// capitalised common word never passes for someone's first name.
//
// The word lists are not dependencies of the site. To regenerate:
//   mkdir -p /tmp/words && npm install --prefix /tmp/words an-array-of-english-words@2.0.0 an-array-of-french-words@2.0.0
//   node tools/given-names-stoplist.mjs /tmp/words/node_modules
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import names from "gender-detection-from-name/names/fr.js";

const dir = process.argv[2];
if (dir === undefined) {
  console.error("usage: node tools/given-names-stoplist.mjs <node_modules holding an-array-of-english-words and an-array-of-french-words>");
  process.exit(2);
}
const words = new Set();
for (const pkg of ["an-array-of-english-words", "an-array-of-french-words"]) {
  for (const w of JSON.parse(readFileSync(join(dir, pkg, "index.json"), "utf8"))) words.add(w);
}
const collator = new Intl.Collator("fr", { sensitivity: "variant" });
const stop = [...names.keys()].filter((n) => words.has(n)).sort(collator.compare);
writeFileSync(new URL("../src/data/given-names-stoplist.json", import.meta.url), `${JSON.stringify(stop, null, 0)}\n`);
console.log(`${stop.length} of ${names.size} names are dictionary words`);
