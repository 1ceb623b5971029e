import fc from "fast-check";

/**
 * An article of arbitrary Unicode paragraphs, made by fast-check from a fixed seed so every run
 * builds the same page. Each paragraph is one line; NUL (which makes a file binary) and line
 * breaks (which split paragraphs) are left out, as are lone surrogates, which UTF-8 cannot hold.
 */
export function arbitraryParagraphs(count = 60): string[] {
  const samples = fc.sample(fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }), { seed: 20261121, numRuns: count });
  return samples.map((s, i) => `Sample ${i + 1}: ${s.replace(/[\0\n\r\u2028\u2029\u0085]/g, " ")}.`);
}

export function arbitraryArticle(): string {
  return ["Arbitrary Unicode, shown as it is", "", ...arbitraryParagraphs().flatMap((p) => [p, ""])].join("\n");
}
