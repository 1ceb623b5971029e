/**
 * A readable, ASCII, kebab-case slug: "Macron had a “clear…” with Elon Musk" becomes
 * "macron-had-a-clear-with-elon-musk". Cut at a word boundary so URLs stay short.
 */
export function slugify(text: string, maxLength = 80): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’'`]/g, "")
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let out = "";
  for (const w of words) {
    const next = out === "" ? w : `${out}-${w}`;
    if (next.length > maxLength) break;
    out = next;
  }
  return out === "" ? (words[0] ?? "").slice(0, maxLength) : out;
}
