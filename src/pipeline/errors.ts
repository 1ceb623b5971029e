/**
 * The catalogue of everything that can go wrong with a seed. Each entry says what happened and how
 * to fix it; the location travels separately so tools can point at it. Ids are stable: tests,
 * docs and readers' bug reports refer to them.
 */
export const ERRORS = {
  "seed:binary": {
    title: "The seed is not text",
    hint: "Seeds must be plain UTF-8 text. Remove the file or replace it with the article's text.",
  },
  "seed:not-utf8": {
    title: "The seed is not valid UTF-8",
    hint: "Re-save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 in.txt > out.txt`).",
  },
  "seed:empty": {
    title: "The seed has no text",
    hint: "Paste the article's text into the file, or remove the file.",
  },
  "seed:slug-collision": {
    title: "Two seeds would publish at the same address",
    hint: "Give one of them a distinct `title` or `slug` in its sidecar (seeds/NAME.yaml).",
  },
  "sidecar:yaml": {
    title: "The sidecar is not valid YAML",
    hint: "Fix the YAML syntax at the position shown.",
  },
  "sidecar:invalid": {
    title: "The sidecar has a wrong or unknown key",
    hint: "See the sidecar format in README.md; keys and types are checked strictly.",
  },
  "sidecar:correction-unmatched": {
    title: "A correction refers to no quotation",
    hint: "Check the quotation id (see dist/data/quotes.json or `npm run extract`) or the words; they must stand inside one quotation of this seed.",
  },
  "anchors:invalid": {
    title: "The anchor registry cannot be read",
    hint: "seeds/anchors.lock.json is written by the build and committed; restore it from version control rather than editing it by hand.",
  },
  "sidecar:event-evidence": {
    title: "An event cites evidence that is not in its seed",
    hint: "Copy the words from the seed's text exactly (straight or curly quotes and apostrophes are the same); they must stand inside one paragraph.",
  },
  "sidecar:event-invalid": {
    title: "A timeline event cannot be published as written",
    hint: "An event needs a candidate key this seed proposes (the message lists them), an actor from src/data/people.ts, and a date: `when` (the date's words in the seed) or `date` with `date_source`.",
  },
  "sidecar:orphan": {
    title: "A sidecar has no seed",
    hint: "A sidecar seeds/NAME.yaml needs a seeds/NAME.txt beside it; rename or remove it.",
  },
} as const;

export type ErrorId = keyof typeof ERRORS;

/** Where in which file. Lines and columns are 1-based, as editors show them. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/** A problem with the input, located and explained; never prefixed with "Error:". */
export class SeedError extends Error {
  readonly id: ErrorId;
  readonly location: Location;
  readonly hint: string;

  constructor(id: ErrorId, location: Location, detail: string) {
    super(`${ERRORS[id].title}: ${detail}`);
    this.name = "SeedError";
    this.id = id;
    this.location = location;
    this.hint = ERRORS[id].hint;
  }
}

/** `file:line:column`, as far as it is known. */
export function formatLocation(loc: Location): string {
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

/** One readable report: location, what happened, how to fix it, and the stable id. */
export function formatError(e: SeedError): string {
  return `${formatLocation(e.location)} ${e.message}\n  hint: ${e.hint}\n  (${e.id})`;
}

/**
 * Thrown when a build meets one or more seed errors: they are all reported together, each with its
 * location, hint and id. (Not named `errors`: Astro would show only the first of such a list.)
 */
export class SeedErrors extends Error {
  readonly problems: readonly SeedError[];
  readonly hint = "Fix each problem at the place shown, then build again; the previous site is untouched.";
  constructor(problems: readonly SeedError[]) {
    super(
      `${problems.length} seed problem${problems.length === 1 ? "" : "s"} stop the build:\n` +
        problems.map(formatError).join("\n"),
    );
    this.name = "SeedErrors";
    this.problems = problems;
  }
}
