import { LineCounter, parseDocument, isMap, isNode, type Node } from "yaml";
import { Sidecar } from "../schema/sidecar.ts";
import { SeedError } from "./errors.ts";

function lineOf(lc: LineCounter, offset: number): { line: number; column: number } {
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}

/** Errors found only at the end of the file (an unclosed quote) point at the last line with text. */
function clampToText(source: string, offset: number): number {
  const end = source.trimEnd().length;
  return offset >= end ? Math.max(0, end - 1) : offset;
}

/**
 * Parses and validates a sidecar. Returns the sidecar or every problem in it, each naming the
 * file, the line and the key, with what was expected.
 */
/** Lines of one sidecar event and of each piece of its evidence, for errors found after extraction. */
export interface EventLines {
  line: number;
  evidence: number[];
}

export type ParsedSidecar = { sidecar: Sidecar; correctionLines: number[]; eventLines: EventLines[] } | { errors: SeedError[] };

export function parseSidecar(source: string, file: string): ParsedSidecar {
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => new SeedError("sidecar:yaml", { file, ...lineOf(lc, clampToText(source, e.pos[0])) }, e.message.split("\n")[0] ?? e.message)),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const result = Sidecar.safeParse(data);
  if (result.success) {
    // Corrections that match nothing are reported later, once the article is extracted: keep their lines.
    const correctionLines = (result.data.corrections ?? []).map((_, i) => {
      const node = doc.getIn(["corrections", i], true);
      return isNode(node) && node.range ? lineOf(lc, node.range[0]).line : 1;
    });
    const at = (path: (string | number)[]) => {
      const node = doc.getIn(path, true);
      return isNode(node) && node.range ? lineOf(lc, node.range[0]).line : 1;
    };
    const eventLines = (result.data.events ?? []).map((e, i) => ({ line: at(["events", i]), evidence: (e.evidence ?? []).map((_, j) => at(["events", i, "evidence", j])) }));
    return { sidecar: result.data, correctionLines, eventLines };
  }

  // One error per key: a value that fails two checks ("yesterday" is neither YYYY-MM-DD nor a day) is one mistake.
  const seen = new Set<string>();
  const issues = result.error.issues.filter((i) => {
    const key = i.code === "unrecognized_keys" ? `${i.path.map(String).join(".")}+${i.keys.join(",")}` : i.path.map(String).join(".");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const errors = issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [null];
    return keys.map((key) => {
      const parent = doc.getIn(path, true);
      let node: unknown = parent;
      if (key !== null && isMap(parent)) {
        node = parent.items.find((it) => isNode(it.key) && (it.key as Node & { value?: unknown }).value === key)?.key;
      }
      const at = isNode(node) && node.range ? lineOf(lc, node.range[0]) : { line: 1, column: 1 };
      const where = [...path, ...(key === null ? [] : [key])].join(".") || "(top level)";
      const what = issue.code === "unrecognized_keys" ? "unknown key" : issue.message;
      return new SeedError("sidecar:invalid", { file, ...at }, `**${where}**: ${what}.`);
    });
  });
  errors.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
  return { errors };
}
