import { SIGNATURE_DASHES } from "./chars.ts";
import { mentionStarting, named, type Ctx } from "./context.ts";
import type { Mention } from "./mentions.ts";
import { PREPOSITIONS } from "./names-lexicon.ts";
import { FINITE_VERB_EN, FINITE_VERB_FR, LOWERCASE, PERSON_ROLE_WORD, TITLE_WORD } from "./words.ts";

/** Dashes that open a signature line, and a hyphen used as one (a dash token stands alone: `- Jo Kerr`). */
const DASHES = new Set([...SIGNATURE_DASHES, "-"]);
/** How many words a signature may give before the name: `– performer Josh Groban`, `— Former minister Ana Ruiz`. */
const MAX_LEAD = 4;
/** Articles that open a described person, never a name: "(Le président Alain Rouquette…)". */
const ARTICLES = new Set(["the", "a", "an", "le", "la", "les", "l’", "un", "une"]);
/** Words that make a dash line the writer's: `— Jane Holt, Staff Writer`, `— Sophie Martin, correspondante`. */
const BYLINE_WORDS = new Set([
  "writer", "reporter", "correspondent", "editor", "staff", "journalist", "reporting", "contributor", "columnist",
  "journaliste", "correspondant", "correspondante", "rédaction", "envoyé", "envoyée", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse",
]);

/**
 * Whether the rest of a dash line from `k` is a byline's, not a speaker's description: a
 * writer's title, a dateline (`, à Lyon`, `, in Paris`), or a label of its own
 * (`- Jeremy Corbyn, independent MP: "…"` is a reaction of its own, no signature).
 */
function byline(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const dateline = tokens[k]?.text === "," && /^(?:à|in|from|depuis)$/.test(tokens[k + 1]?.lower ?? "") && ((tokens[k + 2]?.flags ?? 0) & LOWERCASE) === 0;
  if (dateline) return true;
  for (let f = k; f < tokens.length; f++) {
    const t = tokens[f] as (typeof tokens)[number];
    // A title in marks may describe the signer (`nominated for “Low Tide”`); a colon opens words of their own.
    if (t.text === ":" || BYLINE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * `— Emily King, nominated for contemporary R&B album`, `– performer Josh Groban`: a line that
 * opens on a dash and a person's name signs the quotation just before it, as under a letter or a
 * pull quote; so does one after the closing mark (`“…” — Emily King`), and a line all in brackets
 * (`(Victor Santos, président du comité)`). `dash` is the dash's token.
 * Returns the signer's mention, or null when there is no signature or the line is a byline.
 */
export function signatureAt(ctx: Ctx, dash = 0): Mention | null {
  const { tokens } = ctx;
  // Every dash is one character: a block opening on a quotation token is ruled out without hashing its whole text.
  const lead = tokens[dash]?.text ?? "";
  // "(Victor Santos, président du comité départemental)": a line that is all one bracket signs as a dash does.
  const bracketed = lead === "(" && dash === 0 && tokens.at(-1)?.text === ")";
  if (lead.length !== 1 || (!DASHES.has(lead) && !bracketed)) return null;
  if (bracketed && !creditOnly(ctx)) return null;
  // A bracket credit names its speaker first: "(photographer Jane Doe)" credits a picture.
  const lastLead = bracketed ? dash + 1 : dash + MAX_LEAD + 1;
  for (let k = dash + 1; k <= lastLead && k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== "word") return null;
    const m = mentionStarting(ctx, k);
    if (m !== null) {
      const who = named(ctx, m) ?? m;
      if (who.kind !== "name" || who.type === "organisation" || who.possessive) return null;
      // "(Dessinateur Jean Plantu)", "(Le président Alain Rouquette, à gauche, …)": a credit in brackets opens on the name itself.
      if (bracketed && (who.first !== dash + 1 || (t.flags & (PERSON_ROLE_WORD | TITLE_WORD)) !== 0 || ARTICLES.has(t.lower))) return null;
      // "— a guest of Alicia Keys": the name a preposition governs is not the signer.
      if (PREPOSITIONS.has(tokens[who.first - 1]?.lower ?? "")) return null;
      // The name closes the line or its clause: "— Emily King, nominated…", "— Chaka Khan (winner)".
      const after = tokens[who.last + 1];
      if (after !== undefined && !/^[,;(.)]$/.test(after.text)) return null;
      return byline(ctx, who.last + 1) ? null : who;
    }
    // Only role or title words, lowercase or not, lead to the name.
    if ((t.flags & (PERSON_ROLE_WORD | TITLE_WORD | LOWERCASE)) === 0 || t.info.verb[ctx.language] !== null) return null;
  }
  return null;
}

/**
 * Whether a line in brackets is only a name and what they are: no quotation, no finite verb, no full
 * stop. "(Ben Hale, 54, of Ripon, denies the charge)" and "(Sarah Cole is pictured above.)" are asides, and so is
 * a caption that goes on past the role.
 */
function creditOnly(ctx: Ctx): boolean {
  if (ctx.quotes.length > 0) return false;
  const finite = ctx.language === "en" ? FINITE_VERB_EN : FINITE_VERB_FR;
  let commas = 0;
  for (const t of ctx.tokens) {
    if (t.text === "." || t.text === "!" || t.text === "?") return false;
    // "(Tom Reeves, the mayor, cuts the ribbon)": a caption goes on past the role to what they do.
    if (t.text === "," && ++commas > 1) return false;
    if (t.kind === "word" && (t.flags & LOWERCASE) !== 0 && ((t.flags & finite) !== 0 || t.info.verb[ctx.language]?.finite === true)) return false;
  }
  return true;
}

/**
 * `La Palme d’honneur : Agnès Varda`, `Best actor: Tom Hale for "Drift"`: a line with no verb and
 * no quotation that names a person after its colon, as prize lists and line-ups do. Whoever speaks
 * next, unnamed or by pronoun, is that person. Returns their mention, or null.
 */
export function namedAfterColon(ctx: Ctx): Mention | null {
  const { tokens } = ctx;
  if (ctx.quotes.length > 0) return null;
  let colon = -1;
  // A finite reporting verb, read from the flags every token carries.
  const finite = ctx.language === "en" ? FINITE_VERB_EN : FINITE_VERB_FR;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as (typeof tokens)[number];
    if (t.kind === "word" && (t.flags & finite) !== 0 && (t.flags & LOWERCASE) !== 0) return null;
    if (t.text === ":" && colon < 0) colon = k;
  }
  if (colon < 0) return null;
  for (const m of ctx.mentions) {
    if (m.first <= colon || m.kind !== "name") continue;
    if (m.type === "person" && !m.possessive) return m;
  }
  return null;
}
