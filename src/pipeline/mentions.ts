import type { Language } from "../schema/quote.ts";
import type { Token } from "./tokens.ts";
import {
  CALENDAR, CAPITAL_PARTICLES, CONNECTORS, FEMALE_FIRST, FEMALE_TITLES, MALE_FIRST, MALE_TITLES, NOT_NAMES, ORG_ROLES, ORG_WORDS,
  PARTICLES, PERSON_ROLES, PLACES, PLACE_WORDS, PRONOUNS, TITLE_WORDS,
} from "./names-lexicon.ts";
import { verbCue } from "./cues.ts";
import { findRoleMentions, isRoleWord } from "./role-mentions.ts";

export type Gender = "male" | "female";
export type MentionType = "person" | "organisation" | "unknown";

/** Someone or something named or designated in the text, by token positions in its block. */
export interface Mention {
  kind: "name" | "role" | "pronoun";
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** The name as written, the role phrase, or the pronoun. */
  text: string;
  /** For names: the title or appositive the text gives ("UN Secretary General"). */
  role: string | null;
  /** For roles: the head noun, lowercase ("president"), and its modifiers ("french"). */
  head: string | null;
  modifiers: string[];
  gender: Gender | null;
  type: MentionType;
  /** `Musk's quip`: the mention possesses what follows. */
  possessive: boolean;
  /** For role mentions that rename a name next to them (`la PDG de Free Press, Jessica Gonzalez`). */
  sameAs: number | null;
}

export function isCapitalised(t: Token): boolean {
  if (t.kind !== "word") return false;
  const code = t.text.charCodeAt(0);
  if (code >= 97 && code <= 122) return false;
  if (code >= 65 && code <= 90) return true;
  const c = t.text[0] as string;
  return c !== c.toLowerCase() || t.text.startsWith("@");
}

/** A capitalised word that can be part of a name. */
function nameWord(t: Token | undefined): boolean {
  return (
    t !== undefined && isCapitalised(t) && (!NOT_NAMES.has(t.lower) || /^\p{Lu}{2,}$/u.test(t.text)) && !CALENDAR.has(t.lower) &&
    !/[’'](?:m|re|s|ve|ll|d|t)$/.test(t.lower) // I’m, We’re: contractions, not names
  );
}

function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || (lower.includes("-") && lower.split("-").some((p) => TITLE_WORDS.has(p) && p.length > 2));
}

function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p === undefined || p.kind === "quote" || (p.kind === "punct" && /[.!?:;—–-]/.test(p.text));
}

function textOf(tokens: readonly Token[], source: string, first: number, last: number, base: number): string {
  const a = tokens[first];
  const b = tokens[last];
  return a === undefined || b === undefined ? "" : source.slice(a.start - base, b.end - base);
}

function classify(words: readonly Token[], afterThe: boolean): MentionType | "skip" {
  const lowers = words.map((w) => w.lower);
  if (lowers.some((w) => ORG_WORDS.has(w))) return "organisation";
  if (lowers.every((w) => PLACES.has(w) || CONNECTORS.has(w)) || lowers.some((w) => PLACE_WORDS.has(w))) return "skip";
  if (lowers.some((w, k) => k > 0 && CONNECTORS.has(w) && !PARTICLES.has(w))) return "organisation";
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]?.text ?? "")) return "organisation";
  if (afterThe) return "organisation";
  return words.length >= 2 && !words[0]?.text.startsWith("@") ? "person" : "unknown";
}

function genderOfName(first: string, titleLowers: readonly string[]): Gender | null {
  if (titleLowers.some((w) => MALE_TITLES.has(w))) return "male";
  if (titleLowers.some((w) => FEMALE_TITLES.has(w))) return "female";
  const f = first.toLowerCase();
  if (MALE_FIRST.has(f)) return "male";
  if (FEMALE_FIRST.has(f)) return "female";
  return null;
}

/** Lowercase role words right before a name: "director of communications Chris MacKenzie". */
function titleBefore(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  let found = -1;
  for (let n = 0; n < 5 && k >= 0; n++, k--) {
    const t = tokens[k];
    if (t === undefined || t.kind !== "word") break;
    const ok =
      isRoleWord(t.lower) || isTitleWord(t.lower) || CONNECTORS.has(t.lower) || nameWord(t) || PREMODIFIERS.has(t.lower) ||
      (CONNECTORS.has(tokens[k - 1]?.lower ?? "") && !NOT_NAMES.has(t.lower));
    if (!ok) break;
    if (isRoleWord(t.lower) || isTitleWord(t.lower)) found = k;
  }
  // The title starts at the earliest word walked over, once a role word vouches for the stretch.
  return found < 0 ? -1 : k + 1;
}

/** Person and organisation mentions of one block's tokens, in order. */
export function findMentions(tokens: readonly Token[], source: string, base: number, language: Language): Mention[] {
  const out: Mention[] = [];
  const used = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const gender = t.lower.length <= 4 ? PRONOUNS.get(t.lower) : undefined;
    if (gender !== undefined && t.kind === "word") {
      out.push({ kind: "pronoun", first: i, last: i, text: t.text, role: null, head: null, modifiers: [], gender, type: "person", possessive: false, sameAs: null });
      used[i] = 2;
      continue;
    }
    if (!nameWord(t)) continue;
    const runStart = i;
    let j = i;
    while (!tokens[j]?.possessive) {
      const n = tokens[j + 1];
      if (nameWord(n) && !n?.glued) { j++; continue; }
      const n2 = tokens[j + 2];
      if (n !== undefined && n.text === n.lower && CONNECTORS.has(n.lower) && nameWord(n2)) { j += 2; continue; }
      if (n !== undefined && CAPITAL_PARTICLES.has(n.lower) && n.text !== n.lower && nameWord(n2) && !isTitleWord(n2?.lower ?? "")) { j += 2; continue; }
      const n3 = tokens[j + 3];
      if (n !== undefined && n2 !== undefined && n.text === n.lower && n2.text === n2.lower && PARTICLES.has(n.lower) && PARTICLES.has(n2.lower) && nameWord(n3)) { j += 3; continue; }
      if (n?.lower === "of" && n2?.lower === "the" && nameWord(n3)) { j += 3; continue; }
      break;
    }
    // "à l’AFP Claire Vasseur": an acronym before a person's name is another mention, not a title.
    const after = tokens[i + 1];
    if (j >= i + 2 && /^\p{Lu}{2,}$/u.test(t.text) && !isTitleWord(t.lower) && after !== undefined && isCapitalised(after) && !isTitleWord(after.lower) && classify(tokens.slice(i + 1, j + 1), false) === "person") j = i;
    const run = tokens.slice(i, j + 1);
    if (run.length === 1 && sentenceInitial(tokens, i) && /(?:ing|ly|ed)$/.test(t.lower)) continue;
    let lastTitle = -1;
    run.forEach((w, k) => { if (isTitleWord(w.lower)) lastTitle = k; });
    const nameStart = lastTitle + 1;
    const nameToks = run.slice(nameStart);
    const startsName = nameToks.length > 0 && nameWord(nameToks[0]) && !CONNECTORS.has(nameToks[0]?.lower ?? "");
    const prevLower = tokens[i - 1]?.lower ?? "";
    if (!startsName) {
      const m = roleFromRun(tokens, source, base, i, j, lastTitle, language);
      if (m !== null) out.push(m);
      for (let k = i; k <= j; k++) used[k] = m === null ? 1 : 2;
      i = j;
      continue;
    }
    const first = i + nameStart;
    // "l’association Numérique Libre", "the company Zentro": the noun before the name says what it is.
    const orgNoun = nameStart === 0 && ORG_ROLES.has(prevLower) && !PERSON_ROLES.has(prevLower);
    const classified = classify(nameToks, nameStart === 0 && (prevLower === "the" || prevLower === "la" || prevLower === "le"));
    const type = orgNoun && classified !== "skip" ? "organisation" : classified;
    for (let k = i; k <= j; k++) used[k] = 1;
    i = j;
    if (type === "skip") continue;
    const titleStart = nameStart > 0 ? runStart : type === "organisation" ? -1 : titleBefore(tokens, first);
    // "PDG de l’Anti-Defamation League": a role *of* the organisation, not its title.
    const dangling = CONNECTORS.has(tokens[first - 1]?.lower ?? "") || /’$/.test(tokens[first - 1]?.lower ?? "");
    const title = titleStart >= 0 && titleStart < first && !dangling ? textOf(tokens, source, titleStart, first - 1, base) : null;
    const titleLowers = titleStart >= 0 ? tokens.slice(titleStart, first).map((w) => w.lower) : [];
    out.push({
      kind: "name", first, last: j, text: textOf(tokens, source, first, j, base), role: title, head: null, modifiers: [],
      gender: type === "person" || type === "unknown" ? genderOfName(nameToks[0]?.text ?? "", titleLowers) : null,
      type, possessive: tokens[j]?.possessive ?? false, sameAs: null,
    });
  }
  for (const r of findRoleMentions(tokens, source, base, language, used)) out.push(r);
  out.sort((a, b) => a.first - b.first);
  linkAppositives(out, tokens, source, base, language);
  return out;
}

/** A capitalised title with no name after it ("The UN High Commissioner", "PDG de Free Press"). */
function roleFromRun(tokens: readonly Token[], source: string, base: number, i: number, j: number, lastTitle: number, language: Language): Mention | null {
  if (lastTitle < 0) return null;
  const det = tokens[i - 1];
  const first = det !== undefined && /^(?:the|le|la|l’|a|an|un|une)$/.test(det.lower) ? i - 1 : i;
  const headTok = tokens[i + lastTitle] as Token;
  const head = headTok.lower.split("-").pop() ?? headTok.lower;
  const modifiers = tokens.slice(i, j + 1).filter((w) => w !== headTok && !CONNECTORS.has(w.lower)).map((w) => w.lower);
  const gender = language === "fr" && det?.lower === "la" ? "female" : language === "fr" && det?.lower === "le" ? "male" : null;
  return {
    kind: "role", first, last: j, text: textOf(tokens, source, first, j, base), role: null, head, modifiers,
    gender, type: "person", possessive: tokens[j]?.possessive ?? false, sameAs: null,
  };
}

/** Words allowed before the role noun of an appositive ("a senior director", "l’ancien président"). */
const PREMODIFIERS = new Set([
  "senior", "former", "longtime", "long-time", "new", "then", "acting", "interim", "deputy", "vice", "executive",
  "general", "chief", "top", "ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle", "futur", "future",
  "co", "associate", "assistant", "principal", "lead", "managing", "founding", "outgoing", "incoming",
]);

function isPersonRole(lower: string): boolean {
  return PERSON_ROLES.has(lower) || (lower.includes("-") && PERSON_ROLES.has(lower.slice(lower.lastIndexOf("-") + 1)));
}

/** Words that cannot sit before the role noun of an appositive ("Twitter, with the president…"). */
const BLOCKERS = new Set([
  "with", "to", "by", "from", "for", "in", "on", "at", "as", "according", "that", "who", "which", "is", "was", "are",
  "were", "has", "have", "had", "will", "would", "and", "but", "or", "if", "when", "while", "after", "before",
  "avec", "à", "au", "par", "pour", "dans", "sur", "selon", "est", "était", "a", "ont", "et", "mais", "ou", "si",
  "quand", "après", "avant", "like", "such", "majority", "most", "many", "some",
]);

const RELATIVE = new Set(["who", "which", "that", "qui", "que", "dont", "whose"]);
const DETERMINERS = new Set(["the", "a", "an", "le", "la", "l’", "un", "une"]);

/**
 * `Name, role,` and `role, Name,`: the text tells who someone is. The role goes to the name, and a
 * role mention beside a name is marked as the same referent.
 */
function linkAppositives(ms: Mention[], tokens: readonly Token[], source: string, base: number, language: Language): void {
  ms.forEach((m, idx) => {
    const next = ms[idx + 1];
    // An organisation noun does not rename a person ("la start-up, Karim Benslimane"): its gender is grammar.
    const orgBeforePerson = m.type === "organisation" && next?.type === "person";
    if (m.kind === "role" && next?.kind === "name" && !orgBeforePerson && tokens[m.last + 1]?.text === "," && next.first === m.last + 2) {
      m.sameAs = idx + 1;
      next.role ??= m.text.replace(/^(?:the|le|la|l’|a|an|un|une)\s*/iu, "");
      if (next.gender === null && m.gender !== null) next.gender = m.gender;
      return;
    }
    if (m.kind !== "name" || m.type === "organisation" || tokens[m.last + 1]?.text !== ",") return;
    let k = m.last + 2;
    const start = k;
    let sawRole = -1;
    let female = false;
    for (; k < tokens.length && k < start + 16; k++) {
      const t = tokens[k] as Token;
      if (t.kind === "quote" || (t.kind === "punct" && /[,.;:()!?]/.test(t.text)) || RELATIVE.has(t.lower)) break;
      if (sawRole < 0 && (isPersonRole(t.lower) || isTitleWord(t.lower))) {
        sawRole = k;
        female = tokens[k - 1]?.lower === "la" || tokens[k - 1]?.lower === "une";
      } else if (sawRole < 0 && (k >= start + 4 || (BLOCKERS.has(t.lower) && !(language === "en" && t.lower === "a")) || verbCue(t.text, language) !== null)) {
        return; // "Twitter, with the French president…": not an appositive
      }
    }
    if (sawRole < 0 || k === start) return;
    let from = start;
    while (from < k && DETERMINERS.has(tokens[from]?.lower ?? "") && !/^\p{Lu}{2,}$/u.test(tokens[from]?.text ?? "")) from++;
    if (from >= k) return;
    m.role ??= textOf(tokens, source, from, k - 1, base);
    if (female && m.gender === null) m.gender = "female";
    // The appositive's own role mention names the same person.
    ms.forEach((r) => { if (r.kind === "role" && r.first >= start && r.last < k) r.sameAs = idx; });
  });
}
