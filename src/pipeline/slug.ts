// Plain ASCII has nothing to decompose: most slugs can skip the call into ICU.
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A readable, ASCII, kebab-case slug: "Macron had a “clear…” with Elon Musk" becomes
 * "macron-had-a-clear-with-elon-musk". Cut at a word boundary so URLs stay short.
 */
export function slugify(text: string, maxLength = 80): string {
  const decomposed = NON_ASCII.test(text) ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : text;
  const words = decomposed.replace(/[’'`]/g, "").toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let out = "";
  for (const w of words) {
    const next = out === "" ? w : `${out}-${w}`;
    if (next.length > maxLength) break;
    out = next;
  }
  return out === "" ? (words[0] ?? "").slice(0, maxLength) : out;
}
