import { people } from "../../src/data/people.ts";
import { extractQuotes } from "../../src/pipeline/attribute.ts";
import { toBlocks } from "./blocks.ts";

/** Each quotation's speaker, or its term reason when it is none's words: [text, speaker name | "term: reason" | null]. */
export const speakers = (text: string, language: "en" | "fr" = "en") => {
  const { quotes, terms } = extractQuotes(toBlocks(text), language, people);
  return [...quotes.map((q) => [q.text, q.speaker?.name ?? null]), ...terms.map((t) => [t.text, `term: ${t.reason}`])];
};
