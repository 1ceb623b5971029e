import { lowerAt, type Ctx } from "./context.ts";
import { PARTY_WORDS } from "./names-lexicon.ts";
import type { Token } from "./tokens.ts";
import { isCapitalised } from "./mentions.ts";

/** Nouns of an elected member for a place, which a party's name may qualify. */
const REPRESENTS = new Set(["representative"]);

/** Capitalised words of British party names the lexicon's party adjectives lack. */
const PARTY_NAMES_EN = new Set(["lib", "dem", "dems", "snp", "plaid", "ukip", "reform", "independent"]);

/**
 * Whether the noun at token `k` of the role phrase `first`…`last` names a party's elected member for a place:
 * "The Lib Dem representative for Cranleigh and Ewhurst" speaks for themselves, not for the party, while
 * "a Thames Water representative for Surrey" speaks for the firm.
 */
export function electedMember(ctx: Ctx, k: number, first: number, last: number): boolean {
  if (!REPRESENTS.has(lowerAt(ctx, k)) || k + 2 > last || !(lowerAt(ctx, k + 1) === "for" || lowerAt(ctx, k + 1) === "of")) return false;
  const after = ctx.tokens[k + 2] as Token;
  if (after.kind !== "word" || !isCapitalised(after)) return false;
  for (let j = first; j < k; j++) {
    const t = ctx.tokens[j] as Token;
    if (t.kind === "word" && isCapitalised(t) && (PARTY_WORDS.has(t.lower) || PARTY_NAMES_EN.has(t.lower))) return true;
  }
  return false;
}
