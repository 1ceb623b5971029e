import type { Attributed } from "../schema/attributed.ts";
import type { Registry } from "../schema/person.ts";
import type { Speaker, Term } from "../schema/quote.ts";
import type { Correction } from "../schema/sidecar.ts";
import { slugify } from "./slug.ts";

/** A quotation with the id the extractor gave it, which corrections may name. */
export type Identified = Attributed & { autoId: string; attribution: "auto" | "editorial" };

function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[’‘`]/g, "'").replace(/\s+/gu, " ").trim().toLowerCase();
}

/** The registry's entry for a name or alias, so a corrected speaker shows with the same role as elsewhere. */
function speakerNamed(name: string, role: string | undefined, registry: Registry): Speaker {
  const key = fold(name);
  const p = registry.find((e) => fold(e.name) === key || e.aliases.some((a) => fold(a) === key));
  if (p) return { id: p.id, name: p.name, type: p.type, role: role ?? p.role, organisation: p.organisation };
  return { id: slugify(name), name, type: "person", role: role ?? null, organisation: null };
}

/**
 * Applies an editor's corrections. Returns the corrected quotations and terms, and the indexes of
 * the corrections that matched nothing, which the caller reports as errors.
 */
export function applyCorrections(
  quotes: readonly Identified[],
  terms: readonly Term[],
  corrections: readonly Correction[],
  registry: Registry,
): { quotes: Identified[]; terms: Term[]; unmatched: number[] } {
  let out = [...quotes];
  const moved: Term[] = [];
  const unmatched: number[] = [];
  corrections.forEach((c, i) => {
    const matches = (q: Identified) => (c.quote !== undefined ? q.autoId === c.quote : fold(q.text).includes(fold(c.text ?? "")));
    if (!out.some(matches)) {
      unmatched.push(i);
      return;
    }
    if (c.not_speech) {
      for (const q of out.filter(matches)) {
        const first = q.segments[0];
        const last = q.segments.at(-1);
        if (first && last) moved.push({ text: q.text, block: first.block, start: first.start, end: last.end, reason: "not speech (editorial)" });
      }
      out = out.filter((q) => !matches(q));
      return;
    }
    const speaker = speakerNamed(c.speaker ?? "", c.role, registry);
    out = out.map((q) => (matches(q) ? { ...q, speaker, attribution: "editorial", method: "editorial" } : q));
  });
  const allTerms = [...terms, ...moved].sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes: out, terms: allTerms, unmatched };
}
