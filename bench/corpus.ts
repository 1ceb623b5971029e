import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../src/pipeline/parse.ts";

const SEEDS = join(import.meta.dirname, "../seeds");

/** A small deterministic generator (mulberry32), so every run makes the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The body paragraphs of the real seeds, by language. */
export function seedParagraphs(): { en: string[]; fr: string[] } {
  const out = { en: [] as string[], fr: [] as string[] };
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith(".txt")).sort()) {
    const text = readFileSync(join(SEEDS, name), "utf8");
    const { blocks } = parseArticle(text);
    const lang = /déclaré|selon|\ble\b/.test(text) && text.includes(" les ") ? "fr" : "en";
    for (const b of blocks) if (b.kind === "paragraph") out[lang].push(b.text);
  }
  return out;
}

const NAMES = ["Ada Okafor", "Marta Lindqvist", "Jonas Weber", "Priya Raman", "Tomás Ortega", "Claire Dubois", "Hiroshi Tanaka", "Nadia Benali"];

/** One article of about `bytes` UTF-8 bytes, recombining seed paragraphs with other names. */
export function article(bytes: number, seed: number, language: "en" | "fr" = "en"): string {
  const rnd = random(seed);
  const paras = seedParagraphs()[language];
  const parts: string[] = [`Synthetic article ${seed} on platform accountability`, ""];
  let size = 0;
  while (size < bytes) {
    const p = (paras[Math.floor(rnd() * paras.length)] as string).replace(/\b(Guterres|Musk|Türk|Macron|MacKenzie|Robinson|Johnson)\b/g, () => (NAMES[Math.floor(rnd() * NAMES.length)] as string).split(" ")[1] as string);
    parts.push(p, "");
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n");
}
