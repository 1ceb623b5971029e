import type { Attributed } from "../schema/attributed.ts";
import type { Block } from "../schema/block.ts";
import type { Registry } from "../schema/person.ts";
import type { Language, Mode, Segment, Span, Speaker, Term } from "../schema/quote.ts";
import { allusionAt } from "./allusion.ts";
import { isSpace } from "./chars.ts";
import { ctxWith, layoutOf, lowerAt, mentionEnding, mentionStarting, sentenceAt, textBetween, type Ctx, type Layout } from "./context.ts";
import { cueInside } from "./cue-inside.ts";
import { fold } from "./names.ts";
import { describedAs } from "./described.ts";
import { electedMember } from "./elected-member.ts";
import { THAT_WORDS, closingReporter, cueAfter, cueBefore, cueClosing, cueLater, finiteAt, labelBefore, type Hit } from "./cue-search.ts";
import { inDeniedClaim } from "./denied-claims.ts";
import { findEmbedSignature } from "./embeds.ts";
import { DEMONSTRATIVE, Discourse, asPerson, isLede, mayBeCalled, speakerOf, type Entity } from "./entities.ts";
import { FORMER, LATTER, PLACE_NOUNS, STATEMENT, STATEMENT_AFTER, THE_ONE, abbreviatedTitle, bracketed, findMentions, isCapitalised, textOf, type Gender, type Mention } from "./mentions.ts";
import { Decision, repeatPass } from "./repeats.ts";
import { isQuoteMark } from "./quote-marks.ts";
import { namedAfterColon, signatureAt } from "./signature.ts";
import { findSpans, isSpeechBlock, previousInSentence } from "./spans.ts";
import { protagonist } from "./protagonist.ts";
import { markSurnames, wordSurnames } from "./word-surnames.ts";
import { lowerHouseCaps } from "./house-caps.ts";
import { isNamingVerb } from "./cues.ts";
import { withQuotedHeadings } from "./quoted-headings.ts";
import { coordinatedReporter, firstMentionFrom, governed, inAdverbialClause, inBrackets, nameAfterTitle, possessorOf, sentenceSubject, subjectBefore, mainClauseAt, thatBetween } from "./subjects.ts";
import { SIGN, SIGN_WORDS, onSign } from "./signs.ts";
import { NAME, NO_SPEAKER, atLeastWords, isTitleCase, judgedAs, readsAsClause, termReason } from "./terms.ts";
import { namesInThirdPerson } from "./third-person.ts";
import { speaksAsOne, speaksForSelf } from "./own-voice.ts";
import { speechLocutionAt } from "./speech-locutions.ts";
import { saysSilenced } from "./silenced.ts";
import { lettersAndDigits, tokenizeBlock, type Piece, type Token } from "./tokens.ts";
import { speechOwner } from "./speech-owner.ts";
import { whenIn } from "./when.ts";
import { CALENDAR, DEFINITE_ARTICLES, DETERMINERS, INDEFINITE_ARTICLES, isFirstName, PREPOSITIONS, startsDefinite, THIRD_POSSESSIVES } from "./names-lexicon.ts";
import { AND_WORDS, AUXILIARY, CAPITALISED, CONNECTOR, FINITE_VERB_EN, FINITE_VERB_FR, LOWERCASE, ORG_ROLE, PERSON_ROLE_WORD, PLACE, TITLE_WORD, firstName, mentAdverb, speechNoun, unlistedPersonNoun } from "./words.ts";

export type { Attributed };

/** Whether `e` is someone or a body the text named, not a group or a thing it described: "les clients", "une aide". */
function someoneNamed(e: Entity): boolean {
  return !e.described && !e.plural;
}

/** A present participle as a whole cue: `précisant`, `adding`. */
const PARTICIPLE: Readonly<Record<Language, RegExp>> = { en: /^\p{L}+ing$/u, fr: /^\p{L}+ant$/u };

/** Pronouns a French infinitive may carry before it: "de s’inquiéter", "de nous confier", "de lui répondre". */
const INFINITIVE_CLITICS = new Set(["se", "s’", "nous", "vous", "me", "m’", "lui", "leur", "en", "y"]);

/** `Et de poursuivre :`, `Puis d’ajouter :`, `Et de s’inquiéter :`: a sentence opening on "de" and a French infinitive cue. */
function narrativeInfinitive(ctx: Ctx, sentence: number, cue: string): boolean {
  if (ctx.language !== "fr" || !/(?:er|ir|re)$/.test(cue)) return false;
  let k = sentence;
  if (/^(?:et|puis|avant|enfin)$/.test(lowerAt(ctx, k))) k++;
  if (!/^(?:de|d’)$/.test(lowerAt(ctx, k))) return false;
  // "Et de nous confier", "Et de s’en prendre": clitics before the infinitive.
  for (let n = 0; n < 2 && INFINITIVE_CLITICS.has(lowerAt(ctx, k + 1)); n++) k++;
  return lowerAt(ctx, k + 1) === cue.toLowerCase();
}


/**
 * "…, souffle-t-il avant d’évoquer une « … »", "pour dénoncer un « … »": a French infinitive a
 * preposition governs has the subject of the clause it hangs on. Looks back from the quotation at
 * token `q` to the cue, within its sentence.
 */
function governedInfinitive(ctx: Ctx, sentence: number, q: number, cue: string): boolean {
  if (ctx.language !== "fr" || sentence < 0 || !/(?:er|ir|re)$/.test(cue)) return false;
  const lower = cue.toLowerCase();
  for (let k = q - 1; k > sentence; k--) {
    if (lowerAt(ctx, k) !== lower) continue;
    const p = lowerAt(ctx, k - 1);
    const governed = p === "pour" || p === "sans" || ((p === "de" || p === "d’" || p === "d'") && /^(?:avant|afin)$/.test(lowerAt(ctx, k - 2)));
    // Not past a relative clause, whose speaker is not the main clause's subject: "X a écouté Y, qui a dénoncé
    // « … », avant de répondre".
    for (let r = sentence; governed && r < k; r++) if (RELATIVES_FR.has(lowerAt(ctx, r))) return false;
    return governed;
  }
  return false;
}

/** French relative pronouns, which open a clause of a subject of its own. */
const RELATIVES_FR = new Set(["qui", "que", "qu’", "qu'", "dont", "lequel", "laquelle"]);

/** Verbs of asking: the words after them answer someone else. */
const ASKING = new Set(["ask", "asks", "asked", "questioned", "demandé", "demande", "demandait", "interrogé", "interroge", "questionné"]);

/** Whether a verb of asking stands in tokens `from`..`to - 1`. */
function asksBefore(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ASKING.has(lowerAt(ctx, k))) return true;
  return false;
}

/** Relative pronouns that make the name before them a clause's subject. */
const RELATIVE_WHO = new Set(["who", "qui"]);

/** A continuation credits the last speaker only if that speaker spoke this recently (in blocks). */
const CONTINUATION_BLOCKS = 2;
/** How many sentences after a spokesperson spoke for a body "he" or "she" may still be them. */
const VOICE_SENTENCES = 3;
/** Words that open on a capital, as a sentence of someone's does (not "« des soucis avec… »"). */
const STARTS_UPPER = /^[^\p{L}]*\p{Lu}/u;

/** The last credited speaker, for continuations. */
interface Speaking {
  entity: Entity;
  block: number;
  mode: Mode | null;
}

interface Found extends Hit {
  when: string | null;
  entity: Entity | null;
  /** Whether the cue borrows famous words ("dirait Chirac") rather than reports speech in the story. */
  allusion?: boolean;
}

/** Roles whose holder speaks in an organisation's name: unnamed, they stand for it. */
const SPOKES = new Set(["spokesperson", "spokesman", "spokeswoman", "porte-parole", "representative", "représentant", "représentante"]);

/**
 * `a spokesperson for Veltrix Media`, `une porte-parole de la société Nordal`: the organisation
 * named in or right after an unnamed spokesperson's role phrase.
 */
function spokenFor(ctx: Ctx, m: Mention): Mention | null {
  if (m.kind !== "role") return null;
  let spokes = false;
  for (let k = m.first; k <= m.last && !spokes; k++) spokes = SPOKES.has(lowerAt(ctx, k)) && !electedMember(ctx, k, m.first, m.last);
  // "the UN body said": an organisation's noun after its name is that organisation.
  const body = !spokes && m.type === "organisation";
  if (!spokes && !body) return null;
  for (const o of ctx.mentions) {
    if (o.first > m.last + 1) break;
    // "la nouvelle municipalité (UMP)": a party's label in brackets is not the elected body the noun names ("the
    // regulator (Ofcom)" is Ofcom).
    if (o.kind !== "name" || o.first <= m.first || o.type === "person" || (body && (o.type !== "organisation" || o.last >= m.last || (bracketed(ctx.tokens, o) && LABELLED_BODIES.has(m.head ?? ""))))) continue;
    // "a Transport and Main Roads spokesperson": names joined by "and" before the role are one organisation's.
    const next = AND_WORDS.has(lowerAt(ctx, o.last + 1)) ? mentionStarting(ctx, o.last + 2) : null;
    if (next === null || next.kind !== "name" || next.last >= m.last) return o;
    return { ...o, last: next.last, text: textBetween(ctx, o.first, next.last), type: "organisation" };
  }
  return spokes ? capitalisedLead(ctx, m) : null;
}

/** Elected bodies a party's label in brackets may follow: "la municipalité (UMP)" ("the government (DESNZ)" is a department). */
const LABELLED_BODIES = new Set(["municipalité", "mairie", "majorité", "opposition"]);

/**
 * Kinds of public body a spokesperson may be said to speak for, with the words their names hold: "a force
 * spokeswoman" is Surrey Police's, not Hemsby Parish Council's. A kind not listed may be any body's.
 */
const BODY_KINDS = new Map<string, ReadonlySet<string>>([
  ["force", new Set(["police", "constabulary", "force"])],
  ["police", new Set(["police", "constabulary", "force", "gendarmerie"])],
  ["council", new Set(["council", "borough", "authority", "conseil"])],
  ["fire", new Set(["fire", "rescue"])],
  ["ambulance", new Set(["ambulance"])],
]);

/** Prepositions of place: "dont 10 à Bagnoles", "a shop in Horsford" (not "les salariés de Vertbaudet"). */
const LOCATIVES = new Set(["à", "en", "dans", "près", "in", "at", "near"]);
/** How far back a list of places may run to the preposition that governs it. */
const PLACE_LIST = 12;

/**
 * Whether a preposition of place governs the name at tokens `first`..`last`, alone or as one of a list of names:
 * "in Horsford", "in parts of Southampton, Romsey and the New Forest".
 */
function placeListed(ctx: Ctx, first: number, last: number): boolean {
  // "Staff in Lloyds Bank branches": a name before a noun qualifies it; the preposition governs the noun.
  // Not one a noun for a place follows: "in the North Yorkshire village" is where.
  const after = ctx.tokens[last + 1];
  if (after !== undefined && after.kind === "word" && (after.flags & LOWERCASE) !== 0 && after.info.verb[ctx.language] === null && (after.flags & (AUXILIARY | CONNECTOR)) === 0 && !PREPOSITIONS.has(after.lower) && !AND_WORDS.has(after.lower) && !PLACE_NOUNS.has(after.lower)) return false;
  if (LOCATIVES.has(lowerAt(ctx, first - 1)) || (lowerAt(ctx, first - 1) === "of" && LOCATIVES.has(lowerAt(ctx, first - 3)))) return true;
  let j = DEFINITE_ARTICLES.has(lowerAt(ctx, first - 1)) ? first - 2 : first - 1;
  if (LOCATIVES.has(lowerAt(ctx, j))) return true;
  if (!AND_WORDS.has(lowerAt(ctx, j)) && ctx.tokens[j]?.text !== ",") return false;
  // A name in the list goes on with it or ends the sentence: "In Sunderland, Nissan has begun…", "At Christmas,
  // Marks & Spencer sold…" open on where or when, and their name is the subject.
  if (after !== undefined && after.text !== "," && after.text !== "." && !AND_WORDS.has(after.lower)) return false;
  for (let n = 0; n < PLACE_LIST && j >= 0; n++, j--) {
    const t = ctx.tokens[j] as Token;
    if (LOCATIVES.has(t.lower)) return true;
    // Names, their commas and "and", and "parts of", "the north of".
    const listed = t.text === "," || AND_WORDS.has(t.lower) || DEFINITE_ARTICLES.has(t.lower) || (t.flags & CAPITALISED) !== 0 || t.lower === "of" || lowerAt(ctx, j + 1) === "of";
    if (!listed) return false;
  }
  return false;
}

/** "A City of London spokesperson": the capitalised words the role phrase opens on, past its article, as a body's name. */
function capitalisedLead(ctx: Ctx, m: Mention): Mention | null {
  let first = m.first;
  if (!isCapitalised(ctx.tokens[first] as Token) || DETERMINERS.has(lowerAt(ctx, first))) first++;
  let last = first - 1;
  for (let k = first; k < m.last; k++) {
    const t = ctx.tokens[k] as Token;
    // "FCC Chairwoman Jessica Rosenworcel's spokesperson", "David Cameron's spokesman" speak for a person.
    if (t.possessive || firstName(t)) return null;
    if (t.kind === "word" && isCapitalised(t) && !SPOKES.has(t.lower)) last = k;
    else if (!(last >= first && NAME_LINKS.has(t.lower))) break;
  }
  if (last < first) return null;
  return { kind: "name", first, last, text: textBetween(ctx, first, last), role: null, head: null, modifiers: [], gender: null, type: "organisation", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false };
}

/** Articles before a body's noun that point back to one the text named: "for the practice", "de la mairie". */
const BODY_ARTICLES = new Set(["the", "la", "le", "l’", "l'"]);
/** Links between a spokesperson and the body they speak for. */
const SPOKES_LINKS = new Set(["for", "of", "at", "de", "du"]);

/** "a spokesperson for the practice", "un porte-parole de la mairie": the body's definite noun closing an unnamed spokesperson's role, as a mention of it. */
function spokenForBody(ctx: Ctx, m: Mention): Mention | null {
  if (m.kind !== "role" || m.head === null || !SPOKES.has(m.head)) return null;
  const noun = ctx.tokens[m.last] as Token;
  const article = lowerAt(ctx, m.last - 1);
  const fused = article === "du";
  if (noun.kind !== "word" || (noun.flags & ORG_ROLE) === 0 || (!fused && (!BODY_ARTICLES.has(article) || !SPOKES_LINKS.has(lowerAt(ctx, m.last - 2))))) return null;
  if (!SPOKES.has(lowerAt(ctx, fused ? m.last - 2 : m.last - 3))) return null;
  return { kind: "role", first: m.last - 1, last: m.last, text: textBetween(ctx, m.last - 1, m.last), role: null, head: noun.lower, modifiers: [], gender: null, type: "organisation", possessive: false, sameAs: null, implied: null, plural: false, descriptive: false, partitive: false };
}

/** Words that may join the capitalised words of a body's name: "City of London", "Department for Education". */
const NAME_LINKS = new Set(["of", "for", "and", "&", "de", "du", "des"]);

/** Whether the cue of hit `h` borrows famous words: its verb, the cue's last word within the hit's window, is a conditional "dirait" or "as X would say". */
function borrows(ctx: Ctx, h: Hit): boolean {
  const verb = h.cue?.split(/\s+/u).pop()?.toLowerCase();
  if (verb === undefined) return false;
  for (let k = h.from; k <= h.to; k++) if (lowerAt(ctx, k) === verb) return allusionAt((j) => (j >= 0 ? ctx.tokens[j]?.text : undefined), k, ctx.language);
  return false;
}


function resolve(d: Discourse, m: Mention | null, pos: number, knownOnly = false, ctx: Ctx | null = null, guessUnheld = true): Entity | null {
  if (m === null) return null;
  if (m.kind === "name") return knownOnly ? d.known(m, pos) : d.named(m, pos, true);
  if (m.kind === "pronoun") {
    if (m.head === LATTER) return d.latter(m.gender, pos, /^cel(?:ui|le)-/iu.test(m.text));
    if (m.head === FORMER) return d.former(m.gender, pos);
    // "a affirmé celui qui fut secrétaire d’État": the one the text is about, as "il" would be.
    if (m.head === THE_ONE && m.gender !== null) return d.pronoun(m.gender, pos, false);
    if (m.head === STATEMENT) return d.statementAuthor(pos);
    if (m.head === STATEMENT_AFTER) return d.statementGoesOn(pos);
    // "écrit-elle dans un communiqué": an organisation of that gender first, if one was named.
    if (m.gender !== null && m.type === "organisation") return d.organisationOfGender(m.gender, pos) ?? d.pronoun(m.gender, pos, ctx?.language === "fr");
    if (m.gender !== null) return d.pronoun(m.gender, pos, ctx?.language === "fr");
    const they = THEY.has(m.text.toLowerCase());
    if (m.plural) return d.lastGroup(pos) ?? (they ? d.lastSingularThey(pos, ctx?.language) ?? (ctx?.language === "fr" ? d.lastBodyThey(pos, "fr") : null) : null);
    if (m.type !== "organisation") return null;
    // "they said in a statement" stands for an organisation only right after it spoke or acted.
    // "It added": the organisation that just spoke, else the one talked about.
    return they ? (d.lastOrganisation(pos) ?? d.lastGroup(pos) ?? d.lastSingularThey(pos, ctx?.language)) : (d.lastOrganisation(pos, true) ?? d.organisation(pos));
  }
  const org = ctx === null ? null : spokenFor(ctx, m);
  // "A spokesperson for the practice said" after "Manor Square Dental Practice": the body a definite noun means.
  const body = ctx === null || org !== null ? null : spokenForBody(ctx, m);
  // A holder only for a definite phrase: "a spokesman for the club" may be someone else than the supporters' one.
  const definite = ctx !== null && DEFINITE_ARTICLES.has(lowerAt(ctx, m.first).replace("'", "’"));
  // "explique le porte-parole du SPVM" after "David Shane, porte-parole du SPVM": the one who holds it speaks.
  // So does "le représentant du syndicat" after "Stéphane Mobuchon, représentant du syndicat Ufap-unsa".
  const holder = org === null && (body === null || !definite) ? null : d.role(m, pos, false);
  // Only one whose role names that body's noun: "Marc Petit, représentant de la direction" is no union's.
  const bodyNoun = body === null || body.head === null ? null : fold(body.head);
  const holds = holder !== null && (bodyNoun === null || holder.roles.some((r) => r.words.has(bodyNoun)));
  if (holder !== null && holds && holder.type === "person" && !holder.described) return holder;
  if (org !== null) {
    // "A Nottingham spokesperson said" after "its Nottingham Building Society branch": the body of that name, in full.
    const full = org.kind === "name" && d.known(org, pos) === null ? d.bodyOpeningOn(org.text, pos) : null;
    if (full !== null) return full;
    const e = d.named({ ...org, type: "organisation" }, pos, true);
    if (e !== null && e.type === "unknown") e.type = "organisation";
    return e;
  }
  const bodyEntity = body === null ? null : d.role(body, pos, false);
  if (bodyEntity !== null && bodyEntity.type === "organisation" && !bodyEntity.described) return bodyEntity;
  // "Elle prévient que…, ont indiqué ses dirigeants": an organisation's leaders speak for it.
  if (m.plural && ctx !== null && ORG_POSSESSIVES.has(lowerAt(ctx, m.first)) && LEADERS.has(m.head ?? "")) {
    const org = d.organisation(pos);
    if (org !== null) return org;
  }
  // "Another worker said": someone other than the worker already met.
  const other = m.partitive || (ctx !== null && (OTHER.has(lowerAt(ctx, m.first)) || OTHER.has(lowerAt(ctx, m.first + 1))));
  // "Ella and Sam built the sandcastle. “…,” said their mum": a parent of the people just named is someone else.
  const theirs = ctx !== null && THEIR.has(lowerAt(ctx, m.first)) && PARENTS.has(fold(m.head ?? ""));
  // "Luc a sauvé un enfant… La maman n'était pas loin": the parent of a child someone of the other sex just brought in
  // is someone new too ("Julie Martin a donné naissance à un enfant. La maman…" is Julie).
  const newChildsParent = ctx !== null && !theirs && m.first + 1 === m.last && m.gender !== null && PARENTS.has(fold(m.head ?? "")) && childBroughtIn(ctx, m.first, m.gender);
  const e = other || theirs || newChildsParent ? null : d.role(m, pos, guessUnheld, ctx !== null && DEMONSTRATIVE.test(m.text) && setAgainst(ctx, m));
  if (e !== null) {
    d.learnRole(e, m);
    // "the company said": whatever "Zentro" was, it is an organisation.
    if (m.type === "organisation" && e.type === "unknown") e.type = "organisation";
    // "Alex a rejoint le mouvement. Ce jeune Lyonnais…": a gendered description tells the gender of a first name that told none.
    if (m.type === "person" && m.gender !== null && e.gender === null && !e.described && !m.plural && e.type !== "organisation") e.gender = m.gender;
    // "assure le groupe. « … », rajoute-t-il": the noun a body was last called by gives "il" or "elle" its gender.
    if (ctx?.language === "fr" && m.type === "organisation" && m.gender !== null && e.type === "organisation" && e.gender === null && !m.plural) e.gender = m.gender;
    return e;
  }
  // "a spokesperson said in a statement", after the police were named: the organisation speaks.
  // "A force spokeswoman" after "Hemsby Parish Council" is not the council's: the body's kind, when given, is in its name.
  if (m.head !== null && SPOKES.has(m.head) && m.first + 2 >= m.last && !knownOnly) {
    const spoken = d.organisation(pos);
    const kind = ctx !== null && m.first + 2 === m.last ? BODY_KINDS.get(lowerAt(ctx, m.first + 1)) : undefined;
    if (spoken !== null && (kind === undefined || fold(spoken.name).split(/\s+/u).some((w) => kind.has(w)))) return spoken;
  }
  if (ctx === null || knownOnly) return null;
  // "Les avocats de la défense démontent… « … », explique l’un d’eux": one of the group just spoken of,
  // which readers are told.
  // "« … », confirme un autre": one more of the group the last speaker was one of.
  const group = m.partitive && (OF_THEM.test(m.text) || BARE_OTHER.test(m.text)) ? (d.lastPeople(pos) ?? d.lastMembers(pos)) : null;
  // "a déclaré le procureur", "a neighbour said": someone the text never names is still someone.
  return d.described(m, group === null ? describedAs(ctx, m) : `${describedAs(ctx, m)} (${group.name})`, pos, group);
}

/**
 * Links to a complement naming whom a description is relative to: "Cet ami de Paul Garnier". Not the role
 * complement's "des", which opens a place's name as often ("ce retraité de la rue des Lilas").
 */
const OF_LINKS = new Set(["de", "d’", "du", "of"]);
/** Words that set the subject before them against someone else: "Ce voisin, lui, n'a rien entendu". */
const CONTRAST_PRONOUNS = new Set(["lui", "elle", "eux", "elles", "however", "though"]);
/** Phrases that do so anywhere in the sentence: "assure au contraire", "says instead". */
const CONTRAST_PHRASES = /(?<!\p{L})(?:au contraire|en revanche|pour sa part|de son côté|quant à (?:lui|elle)|however|instead|on the other hand)(?!\p{L})/u;

/**
 * Whether the sentence of mention `m` sets it against someone ("Ce voisin de la victime, lui, n'a rien entendu"),
 * or ties it to someone it then names ("Cet ami d'enfance de Paul Garnier"): the one it means is someone else.
 */
function setAgainst(ctx: Ctx, m: Mention): boolean {
  if (OF_LINKS.has(lowerAt(ctx, m.last + 1)) && mentionStarting(ctx, m.last + 2)?.kind === "name") return true;
  if (ctx.tokens[m.last + 1]?.text === "," && CONTRAST_PRONOUNS.has(lowerAt(ctx, m.last + 2)) && ctx.tokens[m.last + 3]?.text === ",") return true;
  const to = sentenceAt(ctx, m.last)?.[1] ?? m.last;
  return CONTRAST_PHRASES.test(textBetween(ctx, m.last + 1, to).toLowerCase());
}

/**
 * What the whole-article passes keep of a block until it is read: its tokens, the mentions they
 * make and where its sentences lie; not the index of its mentions, which is as long as its tokens.
 */
interface BlockWords {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  layout: Layout;
}

/** A block's tokens and mentions, its quotations standing as one token each. */
function blockWords(block: Block, tokens: readonly Token[], language: Language): BlockWords {
  // "PHOTO DOMINICK GRAVEL, LA PRESSE La cheffe…": a photographer's name in a credit brings no one into the story.
  const found = findMentions(tokens, block.text, block.start, language);
  // "(Illustration François Destoc)": so is one after a credit word in brackets, or a run the credit word opens there.
  const bracketed = (k: number) => tokens[k - 1]?.text === "(";
  const credited = (m: Mention) => m.kind === "name" && ((CREDIT_WORDS.has(tokens[m.first - 1]?.lower ?? "") && (m.text === m.text.toUpperCase() || bracketed(m.first - 1))) || (CREDIT_WORDS.has(tokens[m.first]?.lower ?? "") && m.last > m.first && bracketed(m.first)));
  // Filtered only where there are credits: nearly every block has none. Then copied to its length, as it
  // is kept until the block is read (a list grown by pushes keeps room for sixteen).
  const mentions = found.some(credited) ? found.filter((m) => !credited(m)) : found.slice();
  return { tokens, mentions, layout: layoutOf(tokens) };
}

/** The context the rules read a block by: its words with their mentions indexed. */
function blockCtx(block: Block, words: BlockWords, language: Language): Ctx {
  return ctxWith(words.tokens, words.mentions, words.layout, language, block.text, block.start);
}

/**
 * Adds to `out` the names a block gives of people the story may follow: not its byline's, nor a name
 * qualifying a noun ("the Ofcom report"). Into one list for the whole article, not a list per block.
 * Reads the block's words: its mentions are indexed only for a name in brackets, whose annotation is
 * looked up by where the mention before it ends; the block's context is built again when it is read.
 */
function addStoryNames(out: Mention[], block: Block, words: BlockWords, language: Language): void {
  const { tokens, mentions } = words;
  if (block.index <= BYLINE_BLOCKS && isByline(tokens, mentions)) return;
  let ctx: Ctx | null = null;
  for (const m of mentions) {
    if (m.kind !== "name" || qualifiesNoun(tokens, language, m)) continue;
    if (bracketed(tokens, m) && annotates((ctx ??= blockCtx(block, words, language)), m)) continue;
    out.push(m);
  }
}

/** Possessives of one owner, which may be an organisation: "ses dirigeants", "its leaders" (not "leurs représentants", a group's). */
const ORG_POSSESSIVES = new Set(["ses", "its"]);
/** Those who speak for an organisation, in the plural. */
const LEADERS = new Set(["dirigeants", "responsables", "leaders", "officials", "représentants", "executives", "bosses"]);

/** Verbs that only link: "C’est un « manque de respect »" goes on with the speaker's words. */
const COPULAS = new Set(["est", "c’est", "is", "it’s", "was", "sont", "are"]);

/**
 * Whether someone acts in tokens `from`..`to - 1` of a sentence (a finite verb, an English past in
 * -ed): "a handful of people displayed signs that read “…”" tells of others than the speaker.
 */
function actsBefore(ctx: Ctx, from: number, to: number): boolean {
  const finite = ctx.language === "en" ? FINITE_VERB_EN : FINITE_VERB_FR;
  for (let k = Math.max(from, 0); k < to; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== "word" || (t.flags & LOWERCASE) === 0 || COPULAS.has(t.lower)) continue;
    if ((t.flags & (finite | AUXILIARY)) !== 0 || t.info.verb[ctx.language] !== null || (ctx.language === "en" && /ed$/.test(t.lower))) return true;
  }
  return false;
}

/**
 * "signs that read “Albertans against X” and “No jobs on a dead planet.”": a quotation joined by "and"
 * to a term just before it (or "or") is another of its kind. That term’s reason, or null.
 */
function joinedTerm(ctx: Ctx, q: number, decisions: readonly (Decision | undefined)[]): string | null {
  const pair = ctx.tokens[q - 2];
  const link = lowerAt(ctx, q - 1);
  return pair?.kind === "quote" && (AND_WORDS.has(link) || link === "or" || link === "ou") ? (decisions[pair.span]?.term ?? null) : null;
}

/** `Another raged:`, `un autre ajoute`, `dit un troisième`: a partitive standing alone, one more of the group just met. */
const BARE_OTHER = /^(?:one|another|une? autre|une? (?:second|seconde|\p{L}+ième))$/iu;

/** Cues before a quotation that name no reporting verb: its sentence's subject, before a colon or right before the marks. */
const WEAK_BEFORE = new Set(["colon-subject", "subject-quote"]);

/** `l’un d’eux`, `one of them`: a partitive whose set is a pronoun. */
const OF_THEM = /\b(?:d[’']eux|d[’']elles|d[’']entre (?:eux|elles)|of them)$/iu;

/** `another worker`, `un autre salarié`: someone besides the one already met. */
const OTHER = new Set(["another", "autre"]);
/** Reporting verbs that carry on the words of someone already speaking. */
const CARRIES_ON = /^(?:add(?:s|ed)?|continu(?:e|es|ed|é)|conclu(?:de|des|ded|t)?|ajout(?:e|é|ait)|poursui(?:t|vi|vait)|enchaîn(?:e|é|ait))$/u;

/**
 * Whether the name a cue inside the marks of `text` gave has an age right after it ("confie Lee, 38 ans,"): someone
 * the writer brings in, not one the speaker recalls or cites ("disait Jacques, mon père", "says Shakespeare").
 */
function agedAfter(inside: Found, text: string): boolean {
  const name = inside.who?.text;
  const at = name === undefined ? -1 : text.indexOf(`${name},`);
  return name !== undefined && at >= 0 && /^\s*\d{1,3}\b/u.test(text.slice(at + name.length + 1));
}

/** French reporting verbs past or to come, by their ending: "écrivait", "expliqua", "dira" report what is not said now. */
const NOT_PRESENT_FR = /(?:ait|aient|a|ât|rai|ra|rait)$/u;
/** French verbs of answering or mocking, whose subject is someone else than the one they answer. */
const ANSWERS_FR = /^(?:ironis|raill|corrig|tranch|répon|rétorqu|répliqu|contest|démen|rican|persifl|moqu|amus)/u;
/** Words in an inside cue that make its person one of before: "Jean Le Goff, ancien maire". */
const FORMER_FR = /\b(?:ancien|ancienne|anciens|anciennes|ex|prédécesseur|prédécesseure)\b/u;
/** French verbs of writing: "écrit Jean Jaurès" quotes a text, not someone speaking now. */
const WRITES_FR = /^(?:écri|rédig)/u;
/** Subject pronouns a French verb takes after it: "explique-t-elle". */
const INVERTED_PRONOUN = /^(?:il|elle|ils|elles|on)$/u;

/**
 * Whether the cue the writer set inside the last segment of a French quotation is one verb in the
 * present, "précise", "explique-t-elle", "dit" (not "a dit", "écrivait"): the words are spoken now.
 */
function presentInside(block: Block, seg: Segment | undefined, span: number): boolean {
  if (seg === undefined || seg.block !== block.index) return false;
  const inside = cueInside(block, seg, span, "fr");
  // Not one of before nor a writer quoted: "…, promet Jean Le Goff, ancien maire", "…, écrit Jean Jaurès".
  if (inside === null || inside.hit.mode === "wrote") return false;
  const { ctx, hit } = inside;
  if (FORMER_FR.test(textOf(ctx.tokens, ctx.source, hit.from, hit.to, ctx.base).toLowerCase())) return false;
  const [verb = "", ...rest] = inside.hit.cue?.toLowerCase().split(/[\s-]+/u) ?? [];
  // The verb alone, or with its inverted pronoun: not "a dit", "avait promis".
  const alone = rest.length === 0 || (rest.length <= 2 && INVERTED_PRONOUN.test(rest[rest.length - 1] ?? ""));
  return verb !== "" && alone && !NOT_PRESENT_FR.test(verb) && !WRITES_FR.test(verb);
}

/** Plural pronouns that may stand for an organisation still speaking. */
const THEY = new Set(["they", "ils", "elles"]);
/** The pronoun for one organisation, in English, and the relatives its clause may open with. */
const IT = new Set(["it"]);
const RELATIVE_WHICH = new Set(["which", "that"]);

/** How far down the article a byline may stand, in blocks. */
const BYLINE_BLOCKS = 4;
/** Words a byline may hold besides the name: `Par`, `By`, `Avec notre envoyée spéciale à Paris,`. */
const BYLINE_MAX_WORDS = 14;

const BYLINE_OPENERS = new Set(["by", "par", "avec", "de", "d’", "from", "propos", "texte", "reporting", "written"]);

/**
 * A line that only credits its writer: no quotation, no verb, a handful of words ending on a
 * person's name (`Camille Arnoult`, `By Jane Doe`, `Avec notre envoyé spécial au tribunal, Paul Verdier`).
 */
function isByline(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  const last = mentions[mentions.length - 1];
  if (last === undefined || last.kind !== "name" || last.type === "organisation") return false;
  // Words before the name only after an opener that says who writes: `Par`, `By`, `Avec notre envoyé…`.
  if (last.first > 0 && !BYLINE_OPENERS.has(tokens[0]?.lower ?? "")) return false;
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // A sentence or a label ("Martin Keane :") is no byline; a final full stop may close one.
    if (t.kind === "quote" || (t.kind === "punct" && /^[!?:;]$/.test(t.text)) || (t.text === "." && k < tokens.length - 1)) return false;
    if (t.kind !== "word") continue;
    // "Lynn McConnell     08 Jun 2014": the date the writer filed may follow the name.
    if (k > last.last && !(/^\d+$/.test(t.text) || CALENDAR.has(t.lower))) return false;
    if (++words > BYLINE_MAX_WORDS || (t.flags & (FINITE_VERB_EN | FINITE_VERB_FR | AUXILIARY)) !== 0) return false;
  }
  return true;
}

/** Whether the first quotation after token `k`, in its sentence, speaks only for its speaker ("I heard a bang…"). */
function ownWordsAfter(ctx: Ctx, k: number): boolean {
  const end = sentenceAt(ctx, k)?.[1] ?? k;
  const q = ctx.quotes.find((i) => i > k);
  return q !== undefined && q <= end && speaksAsOne(ctx.tokens[q]?.text ?? "", ctx.language);
}

/** Whether quotation marks come before token `k`: a headline's are not read as quotations, only seen. */
function quotedBefore(ctx: Ctx, k: number): boolean {
  if ((ctx.quotes[0] ?? Infinity) < k) return true;
  for (let i = 0; i < k; i++) {
    const t = ctx.tokens[i]?.text ?? "";
    // Not an apostrophe: "Arsenal's" is no quotation.
    if (t.length === 1 && t !== "'" && t !== "’" && isQuoteMark(t.charCodeAt(0))) return true;
  }
  return false;
}

/** Whether most words of four letters or more start with a capital (a Title Case headline). */
function titleCased(tokens: readonly Token[]): boolean {
  let long = 0;
  let capital = 0;
  for (const t of tokens) {
    if (t.kind !== "word" || t.text.length < 4) continue;
    long++;
    if (isCapitalised(t)) capital++;
  }
  return long >= 2 && capital >= long * 0.8;
}

function piecesByBlock(spans: readonly Span[]): Map<number, Piece[]> {
  const map = new Map<number, Piece[]>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    if (s.depth !== 0) continue;
    for (const seg of s.segments) {
      let list = map.get(seg.block);
      if (list === undefined) {
        list = [];
        map.set(seg.block, list);
      }
      list.push({ span: i, start: seg.start, end: seg.end, whole: s.embed !== null });
    }
  }
  return map;
}

/** Marks that end a sentence. */
const SENTENCE_STOPS = new Set([".", "!", "?"]);

/** Whether `t`, before a full stop, is a title's abbreviation or an initial: "Mr.", "M.", "J.". */
function abbreviation(t: Token | undefined): boolean {
  return abbreviatedTitle(t) || (t !== undefined && t.kind === "word" && /^\p{Lu}$/u.test(t.text));
}

/** Up to five words before the quotation token `q` in its sentence, lower case, in order: what leads to it. */
function wordsBefore(ctx: Ctx, q: number): string[] {
  // A comma right before the marks is kept as "," (see `termReason`).
  const out: string[] = ctx.tokens[q - 1]?.text === "," ? [","] : [];
  // Five: "a qualifié le projet de" reaches its verb past the object.
  const most = out.length + 5;
  for (let k = q - 1; k >= 0 && out.length < most; k--) {
    const t = ctx.tokens[k];
    // Not past the sentence before: "…, said a spokesperson for the association. “We demand a moratorium,” they
    // added" is no name of the association's.
    // Not the full stop of a title: "nicknamed Mr. Hill “the invisible man”", "a surnommé M. Vidal « … »".
    if (t === undefined || t.kind === "quote" || (t.kind === "punct" && SENTENCE_STOPS.has(t.text) && !abbreviation(ctx.tokens[k - 1]))) break;
    if (t.kind === "word") out.unshift(t.lower);
  }
  return out;
}

/** The sentence's subject, for pronoun chains: the subject of its first reporting verb, else its first mention. */
/** Finite verbs that only a plural subject takes; English ones are few, since most forms serve both. */
const PLURAL_VERB: Readonly<Record<Language, RegExp>> = {
  en: /^(?:are|were|have)$/,
  // Not every "-ent": "imminent", "président" are no verbs.
  fr: /^(?:sont|ont|font|vont|étaient|avaient|seront|auront)$|^\p{L}+(?:aient|èrent|irent|urent)$/u,
};

/** How far past a subject its verb is looked for. */
const SUBJECT_REACH = 15;

/**
 * Whether the subject ending before `from` is one of several people "and"/"et" joins, ahead of a verb
 * only a plural takes: "Son fils, sa belle-fille et sa petite-fille sont…", not "Amanda Holden and her
 * outfits have…" nor "X est partagé entre la détresse et…".
 */
function coordinated(ctx: Ctx, from: number, to: number): boolean {
  const next = lowerAt(ctx, from);
  if (next !== "," && !AND_WORDS.has(next)) return false;
  let and = false;
  for (let k = from; k <= Math.min(to, from + SUBJECT_REACH); k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === "quote") return false;
    const w = lowerAt(ctx, k);
    if (RELATIVE_WHO.has(w)) return false;
    if (AND_WORDS.has(w)) {
      const other = mentionStarting(ctx, k + 1);
      if (other === null || other.type !== "person" || (other.kind !== "name" && other.kind !== "role")) return false;
      and = true;
    } else if (PLURAL_VERB[ctx.language].test(w)) return and;
  }
  return false;
}

/**
 * "Quant au président de la fédération, Jean-Paul Wahl, il pointe…", "As for Ms Reid, she says…": the person
 * a sentence opens on as its topic, whom the pronoun after the comma takes up. Null when the sentence
 * opens otherwise, or the topic is not one person of the pronoun's gender.
 */
function topicOf(ctx: Ctx, from: number, pronoun: Mention): Mention | null {
  const lead = lowerAt(ctx, from);
  const opens = lead === "quant" ? /^(?:à|au|aux)$/u.test(lowerAt(ctx, from + 1)) : lead === "as" && lowerAt(ctx, from + 1) === "for";
  if (!opens || ctx.tokens[pronoun.first - 1]?.text !== ",") return null;
  const topic = mentionEnding(ctx, pronoun.first - 2);
  if (topic === null || topic.first < from + 2 || topic.type !== "person" || topic.plural || (topic.kind !== "name" && topic.kind !== "role")) return null;
  // Nothing but the topic's own words between its preposition and the comma: one noun phrase, maybe with a name apposed.
  for (let k = from + 2; k < topic.first; k++) {
    const t = ctx.tokens[k];
    if (t !== undefined && t.kind === "word" && (t.flags & LOWERCASE) !== 0 && (t.flags & (FINITE_VERB_EN | FINITE_VERB_FR)) !== 0) return null;
  }
  return topic.gender === null || pronoun.gender === null || topic.gender === pronoun.gender ? topic : null;
}

/** Object pronouns of someone else than the subject: "presented him with a medal". */
const OTHERS_EN = new Set(["him", "her", "them"]);

/** Whether tokens `from`..`to - 1` name a person or hold an object pronoun: someone besides the subject. */
function othersBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (OTHERS_EN.has(lowerAt(ctx, k))) return true;
  return ctx.mentions.some((x) => x.first >= from && x.first < to && x.type === "person");
}

/** How many words a capitalised title before a name may take: "Shoshone County Sheriff". */
const MAX_TITLE_RUN = 5;

/** Whether tokens `from`..`to - 1` are a short run of capitalised words: a title before a name. */
function capitalisedRun(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > MAX_TITLE_RUN) return false;
  for (let k = from; k < to; k++) if (ctx.tokens[k]?.kind !== "word" || ((ctx.tokens[k] as Token).flags & CAPITALISED) === 0) return false;
  return true;
}

function subjectOfSentence(ctx: Ctx, from: number, to: number): { who: Mention | null; verb: number; several?: boolean } {
  const finite = ctx.language === "en" ? FINITE_VERB_EN : FINITE_VERB_FR;
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === "quote") continue;
    // "The man being hugged was trainer Martin Brassil": a description the verb "to be" names is that person.
    if (k > from && IDENTIFYING.has(t.lower)) {
      const named = identified(ctx, k, from, to);
      if (named !== null) return { who: named, verb: -1 };
    }
    if ((t.flags & finite) === 0) continue;
    // "A la tribune, …": a verb's spelling opening the sentence has no subject before it ("A" is "À" without its accent).
    if (k === from) continue;
    // "the State had McCarthy…": after an article, or capitalised mid-sentence, the verb's spelling is a noun.
    if (k > from && ((t.flags & CAPITALISED) !== 0 || DETERMINERS.has(lowerAt(ctx, k - 1)))) continue;
    // "In a Twitter post, …": after an indefinite article and a name, the verb's spelling is a noun the name modifies.
    if (k > from + 1 && ((ctx.tokens[k - 1]?.flags ?? 0) & CAPITALISED) !== 0 && INDEFINITE_ARTICLES.has(lowerAt(ctx, k - 2))) continue;
    // "the proposed takeover": a verb form with no subject before it says nothing; the first mention does.
    const who = subjectBefore(ctx, k, from);
    // "Defender James Tarkowski backed up what Moyes said": the first reporting verb stands in a clause
    // the sentence governs; its subject is not the sentence's.
    if (who !== null && who.kind === "name" && who.first > from + 1 && SUBORDINATE_LEADS.has(lowerAt(ctx, who.first - 1))) break;
    // "Marc Tirole a rappelé qu’au début du mandat, Charles Demouge avait promis…": nor one a completive holds,
    // past a person who opened the sentence.
    if (who !== null && who.kind === "name" && who.first > from + 1 && ctx.tokens[who.first - 1]?.text === "," && personOpens(ctx, from, who.first)) break;
    // "À la tribune, où dans quelques heures la Ferme France s'ouvrira au public, Arnaud Rousseau parle": a
    // verb in a clause an adverb of place or time opens is not the sentence's; its main verb comes after the comma.
    if (who !== null && who.first > from && inAdverbialClause(ctx, from, who.first)) {
      const comma = commaAfter(ctx, k, to);
      if (comma < 0) break;
      k = comma;
      continue;
    }
    // "Robertson contrasted the build…, which he admitted was…": a pronoun in a later clause is not
    // the subject of a sentence a name opens.
    const opener = who !== null && who.kind === "pronoun" && who.first > from ? sentenceSubject(ctx, from, who.first - 1) : null;
    // "Shoshone County Sheriff Mike Gunderson expected…, and “…,” he said": a capitalised title may lead the name.
    // Only with no one else the sentence names before the pronoun: "Chief Michael Sullivan presented him with a medal…, and “…,” he said".
    const leads = opener !== null && (opener.first <= from + 2 || (opener.role !== null && capitalisedRun(ctx, from, opener.first) && !othersBetween(ctx, opener.last + 1, who?.first ?? 0)));
    if (opener !== null && leads && opener.kind === "name" && opener.type !== "organisation" && !opener.possessive) return { who: opener, verb: -1 };
    const topic = who !== null && who.kind === "pronoun" ? topicOf(ctx, from, who) : null;
    if (topic !== null) return { who: topic, verb: -1 };
    if (who !== null) return { who, verb: k };
    break;
  }
  // "La réponse du procureur ne s’est pas fait attendre.": whose words the sentence is about.
  const head = /^(?:the|le|la|l’|les|ces|sa|son|ses|his|her|their|these|those)$/.test(lowerAt(ctx, from)) ? from + 1 : from;
  const t = ctx.tokens[head];
  if (t !== undefined && t.kind === "word" && speechNoun(t.flags, ctx.language)) {
    const owner = possessorOf(ctx, head);
    if (owner !== null && owner.kind !== "pronoun") return { who: owner, verb: -1 };
  }
  const who = sentenceSubject(ctx, from, to);
  // "Son fils, sa belle-fille et sa petite-fille sont sains et saufs": a coordinated subject is
  // several people, none of whom a later "il" means (`several`), though each is someone named.
  return { who, verb: -1, several: who !== null && who.kind === "role" && coordinated(ctx, who.last + 1, to) };
}

/** Forms of "to be" that say who someone is: "The winner was Ana Ruiz". */
const IDENTIFYING = new Set(["was", "is", "était", "est"]);

/** The person the description opening the sentence is said by "to be" at `k` to be, or null: "The man … was trainer Martin Brassil,". */
function identified(ctx: Ctx, k: number, from: number, to: number): Mention | null {
  // The description opens the sentence; only words with no finite verb ("being hugged") stand before "to be".
  const who = mentionStarting(ctx, from);
  if (who === null || who.kind !== "role" || who.type !== "person" || who.plural || k - who.last > 4) return null;
  const finite = ctx.language === "en" ? FINITE_VERB_EN : FINITE_VERB_FR;
  for (let j = who.last + 1; j < k; j++) if (((ctx.tokens[j]?.flags ?? 0) & finite) !== 0 || ctx.tokens[j]?.kind !== "word") return null;
  for (let j = k + 1; j <= k + 3 && j <= to; j++) {
    const m = mentionStarting(ctx, j);
    if (m === null) continue;
    const closes = m.last + 1 > to || /^[,.;]$/.test(ctx.tokens[m.last + 1]?.text ?? "");
    return m.kind === "name" && m.type === "person" && closes ? m : null;
  }
  return null;
}

/**
 * Whether a verb of speech or of naming, no passive and no other quotation stands between the subject
 * ending at `last` and the quotation at `q`: "she shot back, “…”", "he called the offer “…”".
 */
function ownVerbBefore(ctx: Ctx, last: number, q: number): boolean {
  let said = false;
  for (let k = last + 1; k < q; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.kind === "quote") return false;
    if (t.kind !== "word") continue;
    // A passive's subject is what others said of them: "he was hailed as", "il a été condamné à".
    if (PASSIVE.has(t.lower)) return false;
    if (t.info.verb[ctx.language] !== null || isNamingVerb(t.text) || BACK.has(`${t.lower} ${lowerAt(ctx, k + 1)}`)) said = true;
  }
  return said;
}

/** Forms of "be" that make the next participle a passive. */
const PASSIVE = new Set(["was", "were", "been", "being", "été", "est", "sont", "était", "étaient"]);
/** Phrasal verbs of reply the lexicon does not list. */
const BACK = new Set(["shot back", "hit back", "fired back", "snapped back"]);

/** Whether a person's name opens the sentence at `from` and a "que" or "that" follows it before `before`. */
function personOpens(ctx: Ctx, from: number, before: number): boolean {
  const m = mentionStarting(ctx, from);
  if (m === null || m.kind !== "name" || m.type !== "person") return false;
  return mainClauseAt(ctx, m.last + 1) && thatBetween(ctx, m.last, before);
}

/** The first comma after token `k`, up to `to`, or -1. */
function commaAfter(ctx: Ctx, k: number, to: number): number {
  for (let j = k + 1; j <= to; j++) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind === "quote") return -1;
    if (t.text === ",") return j;
  }
  return -1;
}

/** Words that open a clause inside the sentence: "what Moyes said", "ce que le ministre a dit". */
const SUBORDINATE_LEADS = new Set(["what", "that", "which", "whom", "whose", "que", "qu’", "qu'", "dont"]);

/**
 * `the "big six" energy firms`, `the “Group of 20” nations`: a label that counts, in marks between a
 * determiner and a lowercase noun, names what the noun is; no one says it.
 */
function attributive(ctx: Ctx, q: number, text: string, lastBefore: string): string | null {
  const next = ctx.tokens[q + 1];
  if (ctx.language !== "en" || next === undefined || next.kind !== "word" || (next.flags & LOWERCASE) === 0 || next.info.verb.en !== null) return null;
  if ((next.flags & (FINITE_VERB_EN | AUXILIARY | CONNECTOR)) !== 0 || /(?:ly|ing)$/.test(next.lower) || atLeastWords(text, ATTRIBUTIVE_WORDS + 1)) return null;
  // A judgement in marks ("the “very real” risk") is still someone's words; a label counts.
  return ATTRIBUTIVE_LEADS.has(lastBefore) && NUMBERED.test(text) && !/[.!?,]\s*$/u.test(text) ? "name" : null;
}

/** A label that counts: "big six", "Group of 20", "top three". */
const NUMBERED = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)\b/iu;

const ATTRIBUTIVE_WORDS = 4;
const ATTRIBUTIVE_LEADS = new Set(["the", "its", "their", "his", "her", "our", "these", "those", "this", "that"]);

/** A person a block is about, and the last sentence that spoke of them. */
interface Told {
  entity: Entity;
  sentence: number;
}

/** Personal pronouns, by the gender they tell, that speak of someone already named: `mais lui est convaincu`, `Pour lui,`. */
const BACK_POINTERS: ReadonlyMap<string, Gender> = new Map([
  ...["lui", "il", "lui-même", "he", "him", "his", "himself"].map((w) => [w, "male"] as const),
  ...["elle", "elle-même", "she", "her", "herself"].map((w) => [w, "female"] as const),
]);

/** A copula, then one of a group: "est l’un des", "is one of the". */
const ONE_OF = /^(?:(?:est|était) l[’']une? (?:des|de ses|de nos)|(?:is|was) one of) /u;

/** Whether the words from token `k` say the subject before them is one of a group. */
function oneOfGroup(ctx: Ctx, k: number): boolean {
  return ONE_OF.test(`${lowerAt(ctx, k)} ${lowerAt(ctx, k + 1)} ${lowerAt(ctx, k + 2)} ${lowerAt(ctx, k + 3)} `.replace(/’ /gu, "’"));
}

/** Relative pronouns a clause whose subject they are not may open on: "la date à laquelle Céline et Alekzandre…". */
const RELATIVES = new Set(["laquelle", "lequel", "lesquels", "lesquelles", "où", "dont", "which", "where"]);

/** "Un peu plus loin, Michel et Jacqueline plantent…": two names "et" joins opening a clause of the sentence `from..to`, before its verb. */
function coupleAt(ctx: Ctx, from: number, to: number): readonly [Mention, Mention] | null {
  for (let i = firstMentionFrom(ctx, from); i + 1 < ctx.mentions.length; i++) {
    const a = ctx.mentions[i] as Mention;
    const b = ctx.mentions[i + 1] as Mention;
    if (a.first > to) return null;
    if (a.kind !== "name" || b.kind !== "name" || b.first !== a.last + 2 || !AND_WORDS.has(lowerAt(ctx, a.last + 1))) continue;
    // "C’est la date à laquelle Céline et Alekzandre doivent se marier": a relative clause opens on them too.
    const opens = a.first === from || ctx.tokens[a.first - 1]?.text === "," || RELATIVES.has(lowerAt(ctx, a.first - 1));
    const verb = ctx.tokens[pastApposition(ctx, b.last + 1)];
    if (opens && verb !== undefined && verb.kind === "word" && (verb.flags & LOWERCASE) !== 0) return [a, b];
  }
  return null;
}

/** How many tokens an appositive between commas may take: "Olivier et Catherine, originaires de Gaillon, regardent…". */
const APPOSITION_TOKENS = 8;

/** The token after an appositive set between commas at `k`, else `k`. */
function pastApposition(ctx: Ctx, k: number): number {
  if (ctx.tokens[k]?.text !== ",") return k;
  for (let j = k + 1; j <= k + APPOSITION_TOKENS; j++) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind === "quote" || /^[.;:!?]$/u.test(t.text)) return k;
    if (t.text === ",") return j + 1;
  }
  return k;
}

/** Conjunctions that open a clause of its own before its subject: "Léo patine et sa tante Maëlle profite…". */
const CLAUSE_OPENERS = new Set(["et", "and", "mais", "but", "while", "tandis", "alors"]);

/** Where the person named at `at` starts, a role set before the name included: "sa mère Johanne". */
function personStart(ctx: Ctx, at: number): number {
  const role = mentionEnding(ctx, at - 1);
  return role !== null && role.kind === "role" ? role.first : at;
}

/**
 * Whether the name at token `at` opens a clause, as its subject: at the sentence's start or after a conjunction, a
 * role it is the name of maybe between ("et sa mère Johanne"); not a verb's or a preposition's object, nor an
 * appositive ("the Health Secretary, Victoria Atkins"), nor one an age follows, as news gives a victim's
 * ("and Emma Hall, 23, was taken to hospital").
 */
function opensClause(ctx: Ctx, at: number): boolean {
  const first = personStart(ctx, at);
  const from = sentenceAt(ctx, first)?.[0] ?? -1;
  const name = mentionStarting(ctx, at);
  const aged = name !== null && ctx.tokens[name.last + 1]?.text === "," && /^\d{1,3}$/u.test(ctx.tokens[name.last + 2]?.text ?? "");
  return !aged && (first === from || CLAUSE_OPENERS.has(lowerAt(ctx, first - 1)));
}

/** Conjunctions of time that open a clause set before the main one: "when", "quand", "lorsqu’". */
const TIME_OPENERS = new Set(["when", "whenever", "once", "quand", "lorsque", "lorsqu’"]);
/** Words that name one member of a group after a comma: "Des propriétaires…, dont Nabih Nasir, …". */
const MEMBER_LEADS = new Set(["dont", "including", "notamment"]);

/**
 * Whether the person named at `at` is the subject of a clause of time that the comma right before token
 * `main` closes, with no other comma between: "when Lord Baden-Powell… was asked why it’s called a
 * jamboree, he answered".
 */
function timeClauseSubject(ctx: Ctx, at: number, main: number): boolean {
  let first = personStart(ctx, at);
  // Past a title the name does not hold: "when Lord Baden-Powell".
  while (((ctx.tokens[first - 1]?.flags ?? 0) & (TITLE_WORD | CAPITALISED)) === (TITLE_WORD | CAPITALISED)) first--;
  if (!TIME_OPENERS.has(lowerAt(ctx, first - 1)) || ctx.tokens[main - 1]?.text !== ",") return false;
  const name = mentionStarting(ctx, at);
  // The name's own appositive may hold a comma: "when Lord Baden-Powell, the founder of world Scouting was asked".
  let commas = 0;
  for (let k = (name?.last ?? at) + 1; k < main - 1; k++) {
    if (ctx.tokens[k]?.text === "," || ctx.tokens[k]?.kind === "quote") commas++;
    // Not past someone else the clause names: "When Judge Miller asked John Smith whether…, he replied" is Smith's.
    const other = mentionStarting(ctx, k);
    if (other !== null && other.type !== "organisation" && other.kind === "name" && other.gender !== null) return false;
  }
  return commas <= 1;
}

/** Verbs that say how a subject is, lowercase: "les clients sont unanimes". */
const COPULA_VERBS = new Set(["est", "sont", "semble", "semblent", "reste", "restent", "paraît", "paraissent", "is", "are", "seem", "seems", "remain", "remains"]);
/** How many adjectives may stand between the copula and the quotation. */
const COPULA_ADJECTIVES = 2;

/** Whether quotation `q` follows a plural subject, a copula and one or two adjectives: "les clients sont unanimes « … »". */
function copulaBefore(ctx: Ctx, q: number): boolean {
  let k = q - 1;
  if (ctx.tokens[k]?.text === "," || ctx.tokens[k]?.text === ":") k--;
  let adjectives = 0;
  while (adjectives < COPULA_ADJECTIVES && k >= 0 && !COPULA_VERBS.has(lowerAt(ctx, k))) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind !== "word" || (t.flags & LOWERCASE) === 0 || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || t.info.verb[ctx.language] !== null) return false;
    adjectives++;
    k--;
  }
  const subject = mentionEnding(ctx, k - 1);
  return adjectives > 0 && COPULA_VERBS.has(lowerAt(ctx, k)) && subject !== null && subject.plural;
}

/** Words of a speaker who speaks for two or more: "nous venons pour nager", "we love it here". */
const WE = /(?:^|[^\p{L}])(?:nous|we|us|our|notre|nos)(?![\p{L}])/iu;

/** Words for a couple's parent or grandparent, folded: they mean one of the couple only if it has a child. */
const PARENTS = new Set([
  "pere", "mere", "papa", "maman", "papy", "papi", "mamy", "mamie", "father", "mother", "dad", "mum", "mom",
  "grandfather", "grandmother", "grandpa", "grandma", "granny", "grandad",
]);
/** Possessives of a couple: "leur petit-fils", "their daughter". */
const THEIR = new Set(["leur", "leurs", "their"]);
/** Words for a child or a grandchild, lowercase. */
const OFFSPRING = new Set([
  "fils", "fille", "filles", "enfant", "enfants", "petit-fils", "petite-fille", "petits-fils", "petites-filles", "petits-enfants", "bébé",
  "son", "sons", "daughter", "daughters", "child", "children", "kids", "baby", "grandson", "granddaughter", "grandchild", "grandchildren",
]);

/** How far back a child an indefinite article brings in may stand from a parent's word that means its parent. */
const CHILD_REACH = 20;

/**
 * Whether a child is brought in by an indefinite article ("un enfant", "a child") in the tokens just before `k`, by
 * someone named before it whose sex is not `parent`'s.
 */
function childBroughtIn(ctx: Ctx, k: number, parent: Gender): boolean {
  for (let j = k - 1; j > 0 && j >= k - CHILD_REACH; j--) {
    if (!OFFSPRING.has(lowerAt(ctx, j)) || !INDEFINITE_ARTICLES.has(lowerAt(ctx, j - 1))) continue;
    const by = ctx.mentions.findLast((x) => x.last < j - 1 && x.kind !== "role" && x.gender !== null);
    return by !== undefined && by.gender !== parent;
  }
  return false;
}

/** Whether tokens `from`..`to` speak of a child of "their": "regardent leur petit-fils évoluer". */
function theirChild(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!THEIR.has(lowerAt(ctx, k))) continue;
    if (OFFSPRING.has(lowerAt(ctx, k + 1)) || OFFSPRING.has(lowerAt(ctx, k + 2))) return true;
  }
  return false;
}

/** Words for one of a couple, folded: "son épouse", "her husband" ("leur fille", "her sister" are someone else). */
const SPOUSES = new Set([
  "epouse", "epoux", "femme", "mari", "conjoint", "conjointe", "compagne", "compagnon", "wife", "husband", "partner",
  // A couple with a child or a grandchild: "Olivier et Catherine regardent leur petit-fils… explique le papy".
  ...PARENTS,
  // A couple about to marry: "raconte la future mariée", "the bride-to-be said".
  "mariee", "marie", "fiancee", "fiance", "bride", "groom", "bride-to-be", "groom-to-be",
]);

/** Words for a couple's child, who may be the one married: "Paul et Marie ont marié leur fille Camille". */
const CHILDREN: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(["fille", "filles", "fils", "enfant", "enfants"]),
  // Not French "son" ("raconte son épouse").
  en: new Set(["daughter", "daughters", "son", "sons", "child", "children"]),
};
/** Articles that bring in another couple: "le mariage d’un jeune couple", "a young couple". */
const ANOTHER = new Set(["un", "a", "d’un", "d'un"]);

/** Whether tokens `from..to` (exclusive) speak of a couple's child or of another couple, either of whom a spouse's word may mean. */
function othersOfCouple(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = lowerAt(ctx, k);
    if (CHILDREN[ctx.language].has(w)) return true;
    if (w === "couple" && (ANOTHER.has(lowerAt(ctx, k - 1)) || ANOTHER.has(lowerAt(ctx, k - 2)))) return true;
  }
  return false;
}

/** How many sentences a couple named as subject stays the one a gendered role of its paragraph means. */
const PAIR_SENTENCES = 6;
/** How many sentences back a couple may be the "they" of words no group answers: the one before only. */
const COUPLE_SENTENCES = 1;
/** Nouns for a couple, and how many paragraphs back "the couple" may mean the two a sentence named. */
const COUPLE_NOUNS = new Set(["couple"]);
const COUPLE_BLOCKS = 8;

/** Whether two people share a family name: "Ambi Aujla" and "Manj Aujla". */
function sameFamily(a: Entity, b: Entity): boolean {
  const i = a.name.lastIndexOf(" ");
  const j = b.name.lastIndexOf(" ");
  return i > 0 && j > 0 && a.name.slice(i + 1) === b.name.slice(j + 1);
}

/** Words opening a sentence on whose view it gives: "Pour Katia, le sentiment est partagé". */
const VIEW_LEADS = new Set(["pour", "for"]);

/** Verbs whose present ends as an imperfect does: "fait-il remarquer", "se tait". */
const PRESENT_AIT = new Set(["fait", "tait", "plait", "plaît", "refait"]);

/** Verbs of writing: "a écrit Sartre" quotes a text, not the one who speaks. */
const WRITING = new Set(["écrit", "écrivait", "écrivent", "wrote", "writes", "written"]);

/** Whether a French cue is in the imperfect or the pluperfect, or writes: someone quoted from before ("disait Camus", "a écrit Sartre"). */
function pastVoice(cue: string): boolean {
  return cue.split(/[\s\-’']+/u).some((w) => (/(?:ait|aient)$/u.test(w) && !PRESENT_AIT.has(w.toLowerCase())) || WRITING.has(w.toLowerCase()));
}

/** Conjunctions that may open a sentence before whose view it gives. */
const VIEW_CONJUNCTIONS = new Set(["mais", "et", "but", "and"]);

/** The name a sentence at `from` opens on after a view's word, before a comma: "Pour Katia, …", "For Ms Reid, …". */
function viewHolder(ctx: Ctx, from: number): Mention | null {
  // "Mais pour Patrick, …": past a conjunction that opens the sentence.
  const at = VIEW_CONJUNCTIONS.has(lowerAt(ctx, from)) ? from + 1 : from;
  if (!VIEW_LEADS.has(lowerAt(ctx, at))) return null;
  const m = mentionStarting(ctx, at + 1);
  return m !== null && m.kind === "name" && ctx.tokens[m.last + 1]?.text === "," ? m : null;
}

/** French demonstrative determiners, by the gender of the noun they open. */
const DEMONSTRATIVES_FR: ReadonlyMap<string, Gender> = new Map([["cette", "female"], ["cet", "male"], ["ce", "male"]]);

/** A noun for a person (`retraitée`, `infirmier`) or an inhabitant (`annécienne`): not `cette décision`, `ce matin`. */
function personNoun(t: Token): boolean {
  return (t.flags & PERSON_ROLE_WORD) !== 0 || (t.lower.length >= 7 && /i(?:en|enne)$/.test(t.lower));
}

/** Whether tokens `from..to` speak of someone of `gender` (any, when unknown) by a pronoun. */
function pointsBack(ctx: Ctx, from: number, to: number, gender: Gender | null): boolean {
  // "Cette annécienne est désormais chargée…": a demonstrative opening the sentence is about them too.
  const opener = DEMONSTRATIVES_FR.get(lowerAt(ctx, from));
  const next = ctx.tokens[from + 1];
  if (opener !== undefined && (gender === null || opener === gender) && next !== undefined && (next.flags & LOWERCASE) !== 0 && personNoun(next)) return true;
  for (let k = from; k <= to; k++) {
    const g = BACK_POINTERS.get(ctx.tokens[k]?.lower ?? "");
    if (g !== undefined && (gender === null || g === gender)) return true;
  }
  return false;
}

/** Words before a name that make it qualify the noun after it: `the Hosur plant`, `its Ofcom report`. */
const QUALIFIER_LEADS = new Set(["the", "a", "an", "its", "their", "his", "her", "our"]);

/** The lowercase form of token `k`, or "" past either end: `lowerAt` for a block whose context is not built. */
function tokenLower(tokens: readonly Token[], k: number): string {
  return tokens[k]?.lower ?? "";
}

/** `at its Hosur plant`: a one-word name between a determiner and a lowercase noun, which it qualifies. */
function qualifiesNoun(tokens: readonly Token[], language: Language, m: Mention): boolean {
  const next = tokens[m.last + 1];
  // "du gouvernement Akhannouch", "l’affaire Pénélope", "la loi Evin": in French the surname follows the noun.
  if (language === "fr" && m.first === m.last && NAMED_AFTER_FR.has(tokenLower(tokens, m.first - 1)) && ARTICLES_FR.has(tokenLower(tokens, m.first - 2))) return true;
  return m.first === m.last && !m.possessive && QUALIFIER_LEADS.has(tokenLower(tokens, m.first - 1)) && next !== undefined && next.kind === "word" &&
    (next.flags & LOWERCASE) !== 0 && next.info.verb[language] === null && (next.flags & (FINITE_VERB_EN | FINITE_VERB_FR)) === 0;
}

/** French nouns a surname right after qualifies: "le gouvernement Akhannouch" is his government, not him. */
const NAMED_AFTER_FR = new Set(["gouvernement", "cabinet", "ère", "affaire", "loi", "lois", "réforme", "clan", "camp", "méthode", "doctrine", "procès", "plan", "administration", "présidence", "mandat", "époque", "rapport", "circulaire", "décret"]);
const ARTICLES_FR = new Set(["le", "la", "l’", "l'", "du", "au", "les", "des", "aux", "ce", "cette", "son", "sa"]);

/** Words a photographer's credit opens on. */
const CREDIT_WORDS = new Set(["photo", "photos", "crédit", "credit", "image", "vidéo", "video", "illustration"]);

/** "Rooney Mara (Mon Roi)", "Jean Dupont (MR)": a name in brackets after another tells of it (a work, a party), no one new. */
function annotates(ctx: Ctx, m: Mention): boolean {
  return annotated(ctx, m) !== null;
}

/**
 * The mention a bracketed name annotates, or null: the one right before the bracket, or the one a place
 * completes ("le Conseil national de recherches du Canada (CNRC)").
 */
function annotated(ctx: Ctx, m: Mention): Mention | null {
  if (!bracketed(ctx.tokens, m)) return null;
  let k = m.first - 2;
  if (mentionEnding(ctx, k) === null && ((ctx.tokens[k]?.flags ?? 0) & PLACE) !== 0 && /^(?:du|de|des|of)$/.test(lowerAt(ctx, k - 1))) k -= 2;
  return mentionEnding(ctx, k);
}

/** The hit, if it credits someone. */
function withEntity(h: Found | null): Found | null {
  return h !== null && h.entity !== null ? h : null;
}

/** Where token `k` starts, or the block's start for none. */
function posOf(ctx: Ctx, k: number): number {
  return ctx.tokens[k]?.start ?? ctx.base;
}

/**
 * The credits of one article's spans, read block by block in order with a discourse state, so
 * pronouns, role nouns and continuations resolve to what came before.
 */
class Reader {
  readonly decisions: (Decision | undefined)[];
  private readonly d: Discourse;

  /** Descriptions that a name given later turns out to hold (see `Discourse.namedLater`). */
  namedLater(): Map<Entity, Entity> {
    return this.d.namedLater();
  }
  private readonly spans: readonly Span[];
  private readonly language: Language;
  /** The blocks by index: their kinds, and the earlier paragraph that may hold the cue of a quotation read later. */
  private readonly blockByIndex: ReadonlyMap<number, Block>;

  /**
   * Blocks from `from` (excluded) to `to`, short lines set between paragraphs left out: a pull quote and its
   * credit between two paragraphs of one quotation ("…schools.", "The decision was taken…", "Tony Howell,
   * Birmingham City Council", "“With modern communications…") do not part them.
   */
  private paragraphsSince(from: number, to: number): number {
    let n = 0;
    // Counting stops past the continuation's reach, so a far speaker costs no walk over the article.
    for (let k = from + 1; k <= to && n <= CONTINUATION_BLOCKS; k++) if (this.blockByIndex.get(k)?.kind !== "heading") n++;
    return n;
  }
  /** Cues found before a quotation's first segment, by span, until its last segment is read. */
  private readonly openers: (Opener | undefined)[];
  /** The spans whose last segment lies in each block, for a signature line to credit without a scan of every span. */
  private readonly endingIn = new Map<number, number[]>();
  private last: Speaking | null = null;
  /** A paragraph that is only a speaker label (`X (team), winner :`): it credits the next block's opening quotation. */
  private label: Speaking | null = null;
  /** The index of the block being read. */
  private block = -1;
  /**
   * The block where the speaker just credited was named by their cue: there `“…,” said Ann Price.
   * “…,” the firefighter said` brings in someone new, since a writer goes on with "she", not a new title.
   */
  private namedSpeakerBlock = -1;
  /** What each mention of the block being read resolved to. */
  private readonly resolved = new Map<Mention | number, Entity>();
  /**
   * The person a quotation-less sentence of this block was about, and the sentence's index: a bare
   * quotation opening the next sentence is theirs (`Solange, elle, est consternée. « … »`).
   */
  private about: { entity: Entity; sentence: number } | null = null;
  /** The subject of the last sentence read, by `sentenceNo`, whatever it is. */
  private prevSubject: { entity: Entity; sentence: number } | null = null;
  /** The last spokesperson who spoke for a body, with the gender their noun gives ("spokesman"). */
  private voice: { body: Entity; gender: Gender | null; sentence: number; pos: number } | null = null;
  /**
   * The person a quotation-less sentence earlier in this block named as its subject, while no
   * quotation of the block has been credited, and the last sentence that still spoke of them by a
   * pronoun: `Mamadou Faye a dû s’inscrire. Certains restent sceptiques mais lui est convaincu.
   * « C’est pour me protéger »` is his, not the last paragraph's speaker's. ("Freeland declined to
   * comment. Markets fell. “…”" continues the speaker before.)
   */
  private paragraphSubject: Told | null = null;
  /**
   * The person the last paragraph ended on, told as `paragraphSubject` was, by `sentenceNo`: a bare
   * quotation opening the next paragraph is theirs when no speaker is near enough to go on
   * (`Yip stayed off his bike. He skis. ¶ “We had a really fast group…”`).
   */
  private endedOn: Told | null = null;
  /** The last sentence, by `sentenceNo`, that said the one it was about is not speaking ("He declined to comment."). */
  private silencedAt = -1;
  /**
   * A bare quotation opening the block being read, as sentence `sentence`: `« Tout est pourri. »
   * Le visage fatigué, Solange, 74 ans, nous fait visiter…`. `entities` counts those known before
   * it; `carried` says its credit only carried on from an earlier paragraph.
   */
  private opening: { span: number; block: number; sentence: number; entities: number; carried: boolean } | null = null;
  /** Sentences read so far, across blocks. */
  private sentenceNo = 0;
  /** The person named by the last sentence, when it had no subject that resolved (`subjectless`) or a group's. */
  private orphan: { entity: Entity; gendered: Entity | null; sentence: number; subjectless: boolean } | null = null;
  /** Two people "et"/"and" joined as a sentence's subject ("Michel et Jacqueline plantent…"), in the block and sentence it was. */
  private pair: { members: readonly [Entity, Entity]; block: number; sentence: number; entities: number; at: number; pos: number; parents: boolean } | null = null;
  /** The couple named last as a sentence's subject ("the couple said" is theirs): the first of them, and where. */
  private household: { first: Entity; block: number; ambiguous: boolean } | null = null;
  /** Who the last sentence reported the words of, without quoting them ("Hansen said either side could have won"). */
  private reported: { entity: Entity; sentence: number; other: Entity | null } | null = null;
  /** The body the last sentence reported the words of without quoting them ("A council spokesman said the park would close"). */
  private reportedBody: { entity: Entity; sentence: number } | null = null;
  /** The person the sentence being read names as its subject before its quotations, if any. */
  private earlySubject: Entity | null = null;
  /** Whether that subject asks: the answer after is someone else's. */
  private earlyAsks = false;
  /** The people the sentence being read names, with the token where it names each. */
  private sentencePeople: { entity: Entity; at: number }[] = [];
  /** Sentences without a quotation read since a quotation was last credited. */
  private narrative = 0;
  /** The person a quotation-less paragraph named last, and that paragraph. */
  private intro: { entity: Entity; block: number; weak?: boolean; pairFirst?: Entity | null } | null = null;
  /** Who a cue credited last, and the sentence (block, first token) of that quotation. */
  private sentenceCredit: { entity: Entity; block: number; sentence: number } | null = null;

  constructor(blocks: readonly Block[], spans: readonly Span[], language: Language, registry: Registry) {
    this.d = new Discourse(registry);
    this.spans = spans;
    this.language = language;
    this.blockByIndex = new Map(blocks.map((b) => [b.index, b]));
    this.decisions = new Array<Decision | undefined>(spans.length);
    this.openers = new Array<Opener | undefined>(spans.length);
    for (let i = 0; i < spans.length; i++) {
      const segs = (spans[i] as Span).segments;
      const b = segs[segs.length - 1]?.block ?? -1;
      const list = this.endingIn.get(b);
      if (list === undefined) this.endingIn.set(b, [i]);
      else list.push(i);
    }
  }

  /** Tell the discourse whom the story follows. */
  follow(m: Mention | null): void {
    this.d.protagonist = m;
  }

  read(block: Block, ctx: Ctx): void {
    const d = this.d;
    d.enterBlock(block.start);
    this.block = block.index;
    // Most blocks resolve nothing: clearing an empty map would still replace its table.
    if (this.resolved.size > 0) this.resolved.clear();
    const { tokens, mentions } = ctx;
    const signer = signatureAt(ctx);
    if (signer !== null) this.sign(block, ctx, signer);

    // The writer's name under the headline is no one the story talks about.
    if (block.index <= BYLINE_BLOCKS && isByline(tokens, mentions)) return;
    // A headline in Title Case capitalises every word: only names already known count there.
    const knownOnly = !isSpeechBlock(block) && titleCased(tokens);

    let named: Entity | null = null; // the person this block names last
    let namedFirst: Entity | null = null; // or the first of two it names joined by "et"/"and": "Pauline et Kevin"
    let namedLast = -1; // the token where it names them
    let lastSubject: Entity | null = null; // the person its last sentence is about
    let next = 0; // mentions are sorted: one pointer walks them across sentences, keeping this linear
    let nextQuote = 0; // and so are the quote tokens
    this.about = null;
    this.endedOn = this.paragraphSubject !== null && this.paragraphSubject.sentence === this.sentenceNo && this.silencedAt !== this.sentenceNo ? this.paragraphSubject : null;
    this.paragraphSubject = null;
    for (let si = 0; si < ctx.sentences.length; si++) {
      // Read by index: destructuring goes through the array iterator, once per sentence of the article.
      const bounds = ctx.sentences[si] as readonly [number, number];
      const from = bounds[0];
      const to = bounds[1];
      this.sentenceNo++;
      d.enterSentence(posOf(ctx, from));
      let inSentence: Entity | null = null; // the person this sentence names last
      let inSentenceAt = -1; // the token where it names them
      let gendered: Entity | null = null; // and the last of known gender: "Sue Fern, … in East Anton Farm road. “…,” she said.
      let member: { entity: Entity; at: number } | null = null; // the one member of a group the sentence names
      let members = 0; // how many it names so
      this.sentencePeople.length = 0;
      // A capital inside a sentence is a name; a sentence's first word may just be capitalised.
      for (; next < mentions.length && (mentions[next]?.first ?? 0) <= to; next++) {
        const m = mentions[next] as Mention;
        if (m.kind === "name" && m.first >= from) {
          // "at its Hosur plant", "the Ofcom report": a name qualifying a noun brings no one new in.
          // "…, "je ne pense qu'à ça", s'enthousiasme Wembanyama": a headline's speaker, after its reporting verb,
          // is someone the story is about, whatever its capitals.
          if ((knownOnly || block.kind === "title") && m.type !== "organisation" && ctx.tokens[m.first - 1]?.info.verb[this.language]?.finite === true && quotedBefore(ctx, m.first)) {
            const e = d.named(m, posOf(ctx, m.first), true);
            // A Title Case headline's speaker is someone; another's may be a company ("…, says Tesla").
            if (e !== null) d.event(knownOnly ? asPerson(e) : e, posOf(ctx, m.first), true, !knownOnly);
          } else if (knownOnly || qualifiesNoun(tokens, ctx.language, m) || annotates(ctx, m)) {
            const named = annotated(ctx, m);
            // The initials may take in the place the name's complement ends on: "(CNRC)" after "… du Canada".
            if (named !== null && named.kind === "name") d.acronym(named, m.text, posOf(ctx, named.first), textBetween(ctx, named.first, m.first - 2));
            d.known(m, posOf(ctx, m.first));
          }
          // "Anselme, tout juste 19 ans, …": a known first name is someone even where any word has a capital.
          // Not in a headline, where "Row over trip" opens on a word some first-name list holds.
          else {
            const known = d.entities.length;
            // So is a word the mentions found a person's, opening its sentence: "Elio, 18 ans, fait la moue".
            const e = d.named(m, posOf(ctx, m.first), m.first !== from || m.type === "person" || (isSpeechBlock(block) && firstName(ctx.tokens[m.first])));
            // "dont 10 à Bagnoles": a word first met, and only ever met, after a preposition is no body "le groupe" means.
            if (e !== null) e.located = !m.possessive && placeListed(ctx, m.first, m.last) && (e.located || d.entities.length > known);
            // "sa mère Johanne": a word the lists do not hold is someone when a role told its gender.
            if (e !== null && personLike(e)) this.sentencePeople.push({ entity: e, at: m.first });
            // "des jeux (Mistermind ou encore Burger Quizz)": a name inside brackets is an aside, no one the sentence brings
            // in. Not a sentence that is all in brackets: "(Paul Vernet, président du comité)" credits the words.
            if (e !== null && (e.type === "person" || (e.type === "unknown" && firstName(ctx.tokens[m.first]))) && !inBrackets(ctx, from + 1, m.first)) {
              // "… en Moselle": a place a preposition governs introduces no one.
              if (e.type === "person" || !governed(ctx, m)) {
                namedFirst = named !== null && namedLast === m.first - 2 && AND_WORDS.has(lowerAt(ctx, m.first - 1)) ? named : e;
                named = e;
                namedLast = m.last;
              }
              inSentence = e;
              inSentenceAt = m.first;
              if (e.gender !== null) gendered = e;
              // "…in response to Councillor Charlie Kay, who accused…": the subject of a relative clause
              // is someone the next sentence's "he" may mean, though the sentence's own subject comes first;
              // not a pronoun inside the clause: "Hamon, qui s'inscrit, selon lui, dans…" is someone else's view.
              // So is a first name alone, whatever kind its one word was taken for: "… pour Pierre-Marie, qui est papa".
              if ((e.type === "person" || firstName(ctx.tokens[m.first])) && ctx.tokens[m.last + 1]?.text === "," && RELATIVE_WHO.has(lowerAt(ctx, m.last + 2))) d.event(e, posOf(ctx, to));
              // "…, dispensé par Anthony Debrant, professeur de langues.": a passive's agent a role's appositive
              // introduces is someone the story brings in ("Writing to Dermot Nolan, chief executive…, he" is not).
              else if (e.type === "person" && m.role !== null && m.text.includes(" ") && ctx.tokens[m.last + 1]?.text === "," && AGENT_WORDS.has(lowerAt(ctx, m.first - 1))) d.event(e, posOf(ctx, m.first));
              // "Discussions about a merger were triggered when Margaret Probett, the headteacher, announced…": the
              // subject of a clause of time after the main one is someone the next sentence's "she" may mean.
              // (One opening the sentence is read with its main clause: "When Susanna Reid asked Liz Truss…, she replied".)
              else if (e.type === "person" && personStart(ctx, m.first) - 1 > from && TIME_OPENERS.has(lowerAt(ctx, personStart(ctx, m.first) - 1))) d.event(e, posOf(ctx, m.first));
              // "Des propriétaires de restaurants, dont Nabih Nasir, propriétaire du café-bar Danny, faisaient remarquer…":
              // the one member a group's sentence names is whom the next "il" means, after the group itself.
              else if (e.type === "person" && m.text.includes(" ") && MEMBER_LEADS.has(lowerAt(ctx, m.first - 1)) && ctx.tokens[m.first - 2]?.text === ",") member = ++members === 1 ? { entity: e, at: m.first } : null;
            }
          }
        }
      }
      const firstQuote = nextQuote < ctx.quotes.length ? (ctx.quotes[nextQuote] as number) : Infinity;
      const quoteless = firstQuote > to;
      const found = subjectOfSentence(ctx, from, to);
      // "Ménard a estimé que…": a compound tense's participle is the reporting verb.
      const verb = found.verb >= 0 || found.who === null ? found.verb : compoundVerbAfter(ctx, found.who.last);
      let subject = found.who;
      // A lone capitalised word opening a sentence ("Défendre le règlement") is a subject only if already known;
      // when it is not, the subject is further on ("Civil rights attorney Jed Fowler was the first to comment").
      // One followed by a reporting verb ("Regragui a reconnu", "Calogero, avant son concert, a demandé") is a speaker all the same.
      // So is one a singular auxiliary follows: "Shaddrak l’a vécu quotidiennement", "Kully has run the shop".
      const single = subject !== null && subject.kind === "name" && subject.first === from && !subject.text.includes(" ") && !verbAt(ctx, pastInserts(ctx, subject.last + 1, to));
      const auxiliary = single && subject !== null && auxiliaryAfter(ctx, subject.last + 1);
      let lone = single && !auxiliary;
      // "Momo est l’un des bénéficiaires": a word said to be one of a group is someone.
      // Not in a paragraph where a quotation was credited: "…,” said dealer Marc Tirole. Vauxhall is one of the brands hit…".
      if (lone && subject !== null && verb < 0 && (this.sentenceCredit === null || this.sentenceCredit.block !== block.index) && oneOfGroup(ctx, subject.last + 1)) lone = false;
      if (lone && subject !== null && verb < 0 && d.known(subject, posOf(ctx, subject.first)) === null) {
        // "Nurses at the hospital walked out", "Union leaders met…": the capital is the sentence's, the group the subject.
        const group = mentionStarting(ctx, from);
        subject = group !== null && group.plural && group !== subject ? group : sentenceSubject(ctx, subject.last + 1, to);
        lone = false;
      }
      // "Rentrée : le ministre interpellé": a headline's title is someone the article names later, not someone new.
      const headlineRole = subject?.kind === "role" && block.kind === "title";
      // Resolved where the sentence's quotations are credited, before or after them (see `early`);
      // called twice rather than through a closure, which would cost a context per sentence.
      const subjectKnownOnly = knownOnly || lone || headlineRole;
      // A subject named before the sentence's quotations is there for the pronouns of their cues:
      // "Warrick confronted the judge about his comments, which she said were “…”".
      const early = subject !== null && subject.kind !== "pronoun" && subject.last < firstQuote && !quoteless;
      this.earlySubject = null;
      const before = early ? this.resolve(subject, posOf(ctx, subject?.first ?? from), subjectKnownOnly, ctx) : null;
      // Not one who asks: "Reporter Jim Cole asked whether he was satisfied: “Not really,” he said" is the answer of the one asked.
      this.earlyAsks = before !== null && asksBefore(ctx, from, Math.min(firstQuote, to));
      this.earlySubject = before !== null && personLike(before) && !this.earlyAsks ? before : null;
      if (before !== null) d.event(before, posOf(ctx, subject?.first ?? from));
      let credits = false;
      for (; nextQuote < ctx.quotes.length && (ctx.quotes[nextQuote] as number) <= to; nextQuote++) {
        const q = ctx.quotes[nextQuote] as number;
        credits = this.credit(ctx, block, q, q === from ? si : -1) || credits;
      }
      this.earlySubject = null;
      // "« … », a affirmé au micro de ROBtv Anuna Dupont.": a sentence opening on a quotation whose cue
      // credited someone is about that speaker, not about the first name it holds.
      const cued = credits && found.verb < 0 && firstQuote === from && this.last !== null && this.last.block === block.index ? this.last.entity : null;
      const e = early ? before : cued ?? this.resolve(subject, posOf(ctx, subject?.first ?? from), subjectKnownOnly, ctx);
      const couple = coupleAt(ctx, from, to);
      const one = couple === null ? null : this.resolve(couple[0], posOf(ctx, couple[0].first), false, ctx);
      const two = couple === null ? null : this.resolve(couple[1], posOf(ctx, couple[1].first), false, ctx);
      // One gender the names do not tell ("Céline et Alekzandre") still leaves the other one's; a word no list
      // holds, joined to a first name, is someone's too.
      const people = one !== null && two !== null && one !== two && one.type !== "organisation" && two.type !== "organisation" && (personLike(one) || personLike(two));
      // "Ambi and Manj Aujla have spent time…": two of one family name are a couple too, whose genders no list tells.
      // Not two whose genders are not both known ("Smith and Jones have been fined"); and two couples leave "the couple" to no one.
      if (people && couple !== null && ((one.gender !== null && two.gender !== null && one.gender !== two.gender) || sameFamily(one, two))) {
        const h = this.household;
        const another = h !== null && h.first !== one && this.block - h.block <= COUPLE_BLOCKS;
        this.household = { first: one, block: block.index, ambiguous: another || (h !== null && h.first === one && h.ambiguous) };
      }
      if (people && couple !== null && (one.gender !== null || two.gender !== null) && one.gender !== two.gender) this.pair = { members: [one, two], block: block.index, sentence: this.sentenceNo, entities: this.d.entities.length, at: couple[1].last, pos: posOf(ctx, couple[1].last), parents: theirChild(ctx, from, to) };
      this.narrative = credits ? 0 : this.narrative + (quoteless ? 1 : 0);
      // "Des mots perçus comme sincères par Philippe Duval. Il a perdu son fils…": a sentence with no
      // subject of its own hands the next one's pronoun to the person it named.
      // "Organizers allowed Johnetta Elzie to speak. “…,” she said.": a group's sentence leaves "she" to the person it named.
      // Not where a person is named before it: "Harper echoed Carl Hooper's view that the team…" is Harper's sentence.
      const groupSubject = e !== null && (e.plural || e.type === "organisation") && subject !== null && !personBefore(ctx, from, subject.first);
      this.orphan = (e === null || groupSubject) && quoteless && inSentence !== null ? { entity: inSentence, gendered, sentence: this.sentenceNo, subjectless: e === null } : null;
      // Only one person: "…un drame pour Julien et pour Marc. Cet agriculteur…" may be either.
      const alone = inSentence !== null && this.sentencePeople.every((p) => p.entity === inSentence);
      if (this.orphan !== null && this.orphan.subjectless && inSentence !== null && personLike(inSentence) && alone) d.namedWithoutSubject(inSentence, posOf(ctx, inSentenceAt));
      // The subject of a sentence that credited them ("…», a précisé le parquet.") spoke there.
      if (e !== null && !early && found.several !== true) d.event(e, posOf(ctx, subject?.first ?? from), credits && e === this.last?.entity);
      if (auxiliary && e !== null && e.type === "unknown") d.loneOpener(e, posOf(ctx, subject?.first ?? from));
      // Not past someone the sentence names after them: "Des habitants, dont Jean Leroy, ont interpellé le préfet" is about the prefect.
      const listed = member; // a constant, for the closure below
      if (listed !== null && e !== null && e.plural && !ctx.mentions.some((x) => x.first > listed.at + 1 && x.first <= to && x.kind !== "pronoun" && x.type === "person")) d.event(listed.entity, posOf(ctx, listed.at));
      // "… but Simon Coveney said he had not": the one who spoke last in a quoteless sentence comes after its subject.
      const reporter = quoteless && !knownOnly ? coordinatedReporter(ctx, from, to) : null;
      const spoke = reporter === null ? null : this.resolve(reporter, posOf(ctx, reporter.first), false, ctx);
      if (spoke !== null && spoke !== e && reporter !== null) d.event(spoke, posOf(ctx, reporter.first));
      const closing = quoteless && !knownOnly && reporter === null && block.kind === "paragraph" ? closingReporter(ctx, from, to) : null;
      const closer = closing?.who == null ? null : this.resolve(closing.who, posOf(ctx, closing.who.first), false, ctx);
      const o = this.opening;
      if (o !== null && (o.block !== block.index || si > o.sentence)) {
        this.opening = null;
        // The sentence right after names someone new, or the credit was only carried over a paragraph break.
        // "Solange, 74 ans": a lone first name is a person too.
        // "« … » Telle est la réponse de Vincent Duguay.": the next sentence says whose the words were.
        const owned = o.block === block.index && si === o.sentence + 1 ? speechOwner(ctx, from) : null;
        const owner = owned === null ? null : this.resolve(owned, posOf(ctx, owned.first), false, ctx);
        if (owner !== null) {
          this.decisions[o.span] = new Decision({ entity: owner, cue: null, mode: null, method: "next-owner", when: null, term: null });
          this.last = { entity: owner, block: block.index, mode: null };
        }
        const person = owner === null && e !== null && subject?.kind === "name" && personLike(e) && !knownOnly;
        // Not a sentence that credits someone else: "Ému, Vincent Lindon a dédié son prix « … »" gives its words to him still.
        // Nor one that brings in a new speaker's own words after a colon, when the opening quotation carried on the
        // last paragraph's: "'This week we intercepted a vessel.' Senior officer Keith Wilson said: '…'" is still Mak's.
        const introduces = o.carried && ctx.quotes.some((q) => q > from && q <= to && ctx.tokens[q - 1]?.text === ":");
        const ownWords = !introduces && (!credits || (this.last !== null && this.last.entity === e && this.last.block === block.index));
        if (person && o.block === block.index && si === o.sentence + 1 && ownWords && (e.track.order >= o.entities || o.carried) && !namesInThirdPerson((this.spans[o.span] as Span).text, e)) {
          this.decisions[o.span] = new Decision({ entity: e, cue: null, mode: null, method: "next-subject", when: null, term: null });
          // "« … » et « … ». Ému, Vincent Lindon a dédié son prix « … »": the quotations that went on from it
          // in its sentence, too, when the next one gave them words.
          const [sf, st] = credits ? (ctx.sentences[o.sentence] as readonly [number, number]) : [0, -1];
          for (const q of ctx.quotes) {
            const span = (ctx.tokens[q] as Token).span;
            if (q > sf && q <= st && span !== o.span && this.decisions[span]?.method === "continuation") this.decisions[span] = this.decisions[o.span];
          }
          this.last = { entity: e, block: block.index, mode: null };
        }
      }
      // A sentence whose quotations credit no one ("Gaston est « scandalisé ».") is still about its subject,
      // a pronoun too when it opens the sentence ("Elle habite la commune depuis 2021."), not one in a later clause.
      // "Puis écrit : « … » Et ajoute : « … »": a sentence with no subject that credited someone hands them on.
      const goesOnWith = e === null && credits && this.last !== null ? this.last.entity : null;
      this.prevSubject = knownOnly ? null : e !== null ? { entity: e, sentence: this.sentenceNo } : goesOnWith !== null ? { entity: goesOnWith, sentence: this.sentenceNo } : null;
      const aboutNow = e !== null && !credits && !knownOnly && e.type !== "organisation" && (subject?.kind !== "pronoun" || subject.first === from) ? e : null;
      // "Momo est l’un des bénéficiaires. Cette soupe … les nuits qu’il passe dans la rue. « … »": a sentence about
      // something else that points back to them keeps them its topic; "Pour Katia, le sentiment est partagé. « … »":
      // so does a person a sentence opens on as whose view it gives.
      // Read as a whole, as `paragraphSubject` is below.
      const was = this.about as { entity: Entity; sentence: number } | null;
      // Not in a paragraph where a quotation was credited: "« … », said Mary Brown. For Tom, the farm was everything. « … »" is hers.
      const unvoiced = this.sentenceCredit === null || this.sentenceCredit.block !== block.index;
      const kept: Entity | null = unvoiced && aboutNow === null && was !== null && (e === null || e === was.entity) && quoteless && !knownOnly && was.sentence === si - 1 && pointsBack(ctx, from, to, was.entity.gender) ? was.entity : null;
      // A lone word no list knows ("Pour Katia,") is someone there, as a place would not stand alone between the commas.
      const viewMention: Mention | null = unvoiced && aboutNow === null && kept === null && quoteless && !knownOnly ? viewHolder(ctx, from) : null;
      const viewed: Entity | null = viewMention === null ? null : d.known(viewMention, posOf(ctx, viewMention.first));
      const topic: Entity | null = aboutNow ?? kept ?? (viewed !== null && !viewed.located && (viewed.type === "person" || (viewed.type === "unknown" && viewMention?.first === viewMention?.last)) ? viewed : null);
      this.about = topic !== null ? { entity: topic, sentence: si } : null;
      // Read as a whole: resetting it at the block's start does not make it null here.
      const ps: Told | null = (this.paragraphSubject as Told | null) ?? (si === 0 && this.endedOn?.sentence === this.sentenceNo - 1 ? this.endedOn : null);
      if (credits) this.paragraphSubject = null;
      else if (e !== null && quoteless && !knownOnly && subject?.kind === "name" && personLike(e)) this.paragraphSubject = { entity: e, sentence: this.sentenceNo };
      else if (ps !== null && quoteless && pointsBack(ctx, from, to, ps.entity.gender)) this.paragraphSubject = { entity: ps.entity, sentence: this.sentenceNo };
      if (this.paragraphSubject?.sentence === this.sentenceNo && si === ctx.sentences.length - 1 && saysSilenced(wordsIn(ctx, from, to), this.language)) this.silencedAt = this.sentenceNo;
      // "…, the Commission said. “Most of these…”": reported speech makes its subject the one a bare quotation continues.
      let reporting: Entity | null = null;
      if (closer !== null && closing !== null && closing.who !== null) {
        d.event(closer, posOf(ctx, closing.who.first), true);
        this.last = { entity: closer, block: block.index, mode: closing.mode };
        // Its statement goes on: "they said in a statement" after it is still the speaker.
        this.narrative = 0;
        reporting = closer;
      } else if (e !== null && verb >= 0 && quoteless && !knownOnly && block.kind === "paragraph" && !saysSilenced(wordsIn(ctx, from, to), this.language)) {
        // "Lactalis n’a pas répondu à nos sollicitations": a verb of speech its subject did not say anything by reports nothing.
        this.last = { entity: e, block: block.index, mode: ctx.tokens[verb]?.info.verb[this.language]?.mode ?? null };
        reporting = e;
      } else if (e !== null && verb < 0 && quoteless && !knownOnly && block.kind === "paragraph" && subject !== null && locutionAfter(ctx, subject.last + 1, to)) {
        // "Le parquet donne des précisions sur leur état. « … »": a light verb and a noun for what is told report speech too.
        this.last = { entity: e, block: block.index, mode: "said" };
        reporting = e;
      }
      // "Le premier adjoint à la mairie, Philippe Pradal, leur a répondu :": a role a colon closing the paragraph
      // hands the next words to is the subject as a name is.
      const colonEnds = ctx.tokens[to]?.text === ":" && si === ctx.sentences.length - 1;
      lastSubject = e !== null && (subject?.kind === "name" || (subject?.kind === "role" && colonEnds)) && e.type === "person" ? e : null;
      // Someone else the words reported name, whom a pronoun after them could mean: "Lopez said Mark Okafor…"
      // ("Jean’s father, Bertrum, described…" names Jean in its subject only).
      const other = inSentence === reporting || inSentenceAt <= (subject?.last ?? -1) ? null : inSentence;
      this.reported = reporting !== null && reporting.type !== "organisation" ? { entity: reporting, sentence: this.sentenceNo, other } : null;
      this.reportedBody = reporting !== null && reporting.type === "organisation" ? { entity: reporting, sentence: this.sentenceNo } : null;
    }
    // A paragraph with no quotation that names someone introduces the speaker of a bare quotation
    // opening the next one: "… ne fait pas les affaires du boucher, Abdul Sarr." / "« … »". A dek may, too.
    // The person the last sentence is about comes first: "Montembeault se souvient…, quand il portait les couleurs des Panthers de la Floride."
    // "“…,” he says. / … / His ewe flock is run on two areas of marsh. / “…”": a paragraph that opens on the last
    // speaker's things, by a possessive of their gender, and names no one, goes on about them.
    const theirs = this.language === "en" && named === null && this.last !== null ? POSSESSIVE_OPENERS.get(tokens[0]?.lower ?? "") : undefined;
    const possessor = theirs !== undefined && this.last !== null && this.last.entity.gender === theirs && this.last.entity.type === "person" ? this.last.entity : null;
    const introduced = lastSubject ?? named ?? possessor;
    // "…une grève sur le rythme de « deux jours sur cinq ». … Fabien Dumas semble sceptique :": a paragraph
    // whose quotations all stand before its last sentence introduces that sentence's subject.
    const lastFrom = ctx.sentences[ctx.sentences.length - 1]?.[0] ?? 0;
    const colonAfterQuotes = ctx.quotes.length > 0 && (ctx.quotes[ctx.quotes.length - 1] as number) < lastFrom && tokens[tokens.length - 1]?.text === ":";
    const introducer = ctx.quotes.length === 0 ? introduced : colonAfterQuotes ? lastSubject : null;
    // "Il y a ceux comme Pauline et Kevin… / « … nous venons pour nager »": words two people share go to the first named.
    const pairFirst = lastSubject === null && named !== null && introducer === named && namedFirst !== named ? namedFirst : null;
    if (isSpeechBlock(block) && introducer !== null) this.intro = { entity: introducer, block: block.index, weak: (lastSubject ?? named) === null, pairFirst };
    // "La Palme d’honneur : Agnès Varda": a line of a list that names who speaks next.
    const listed = namedAfterColon(ctx);
    const winner = listed === null ? null : d.known(listed, posOf(ctx, listed.first));
    if (winner !== null && listed !== null) {
      d.event(winner, posOf(ctx, listed.first));
      this.intro = { entity: winner, block: block.index };
    }
    const end = tokens.length - 1;
    if (ctx.quotes.length === 0 && tokens[end]?.text === ":") {
      const m = labelBefore(ctx, end, ctx.sentences[ctx.sentences.length - 1]?.[0] ?? 0);
      const e = m === null ? null : resolve(d, m, posOf(ctx, m.first), knownOnly || !m.text.includes(" "));
      if (e !== null) this.label = { entity: e, block: block.index, mode: null };
    }
  }

  /**
   * A signature line (`— Emily King, nominated for…`) credits the quotations of the paragraph just
   * before it that no cue credited: a guess from the text around them gives way to the signature.
   */
  private sign(block: Block, ctx: Ctx, signer: Mention): void {
    const e = this.d.named(signer, posOf(ctx, signer.first), true);
    if (e === null) return;
    let signed = false;
    for (const i of this.endingIn.get(block.index - 1) ?? []) {
      const dec = this.decisions[i];
      if (dec === undefined || dec.term !== null || dec.cue !== null) continue;
      this.decisions[i] = new Decision({ entity: e, cue: null, mode: null, method: "signature", when: null, term: null });
      signed = true;
    }
    if (signed) this.last = { entity: e, block: block.index, mode: null };
  }

  private found(ctx: Ctx, h: Hit | null): Found | null {
    if (h === null) return null;
    const when = whenIn(ctx, h.from, h.to);
    // A one-word label ("Breton :") credits only someone the article already knows.
    const knownOnly = h.method === "label" && h.who !== null && !h.who.text.includes(" ");
    // "they" is the organisation only while its statement goes on: a sentence of narrative
    // in between ("The protesters gathered again.") may have brought in anyone.
    // A group the last sentence was about is still "they" ("Les syndicats ont réagi. « … », estiment-ils").
    if (h.who !== null && h.who.gender === null && h.who.kind === "pronoun" && THEY.has(h.who.text.toLowerCase()) && this.narrative > 0) {
      // "A spokesperson for Thames Water said discharges… / They added:": one unnamed voice, if the sentence just
      // before was about it.
      const pos = posOf(ctx, h.who.first);
      const just = this.prevSubject?.sentence === this.sentenceNo - 1;
      const voice = just ? this.d.lastSingularThey(pos, ctx.language) : null;
      // "Humber Landlords’ Association claims… They claim the move…": or the body the sentence just before was about.
      const body = just ? this.d.lastBodyThey(pos, ctx.language) : null;
      return { ...h, when, entity: this.d.lastGroup(pos) ?? (voice === this.prevSubject?.entity ? voice : null) ?? (body === this.prevSubject?.entity ? body : null) ?? this.coupleNamed(pos) };
    }
    // "In a Facebook post, the couple said: “…”": the couple the story named, whose shared words go to the first of them.
    const household = this.household;
    if (h.who !== null && h.who.kind === "role" && COUPLE_NOUNS.has(h.who.head ?? "") && startsDefinite(h.who.text) && household !== null && !household.ambiguous && this.block - household.block <= COUPLE_BLOCKS) {
      return { ...h, when, entity: household.first };
    }
    const going = this.goingOn(h, posOf(ctx, h.who?.first ?? h.from));
    if (going !== null) return { ...h, when, entity: going };
    const entity = this.resolve(h.who, posOf(ctx, h.who?.first ?? h.from), knownOnly, ctx);
    return borrows(ctx, h) ? { ...h, when, entity, allusion: true } : { ...h, when, entity };
  }

  /**
   * "Tim and Judy Creyke were surprised… / They wrote: “…”": the couple named as the subject of the sentence before,
   * in this paragraph or the one before, whose shared words go to the first of them. Not past anyone or anything
   * named after them: "Tim and Judy complained to Anglian Water. They said…" may be the company's reply.
   */
  private coupleNamed(pos: number): Entity | null {
    const pair = this.pair;
    if (pair === null || pair.block < this.block - 1 || this.sentenceNo - pair.sentence > COUPLE_SENTENCES) return null;
    const since = this.d.entities.some((e) => !pair.members.includes(e) && e.lastMention > pair.pos && e.lastMention < pos);
    return since ? null : pair.members[0];
  }

  /**
   * "« … », indique Lionel Peyraud. … « … », continue le météorologue": a verb that carries on
   * (continue, ajoute, added) with a role no one holds yet is the speaker just credited, if the text
   * never stated their role. That role is theirs from then on.
   */
  private goingOn(h: Hit, pos: number): Entity | null {
    const m = h.who;
    const prev = this.last;
    if (m === null || m.kind !== "role" || m.type === "organisation" || m.plural || prev === null) return null;
    if (!CARRIES_ON.test(h.cue?.split(/[\s-]+/).pop()?.toLowerCase() ?? "") || !startsDefinite(m.text)) return null;
    const e = prev.entity;
    if (prev.block < this.block - 1 || e.type !== "person" || e.described || e.roles.length > 0) return null;
    if (m.gender !== null && e.gender !== null && m.gender !== e.gender) return null;
    if (this.d.role(m, pos, false) !== null) return null;
    this.d.learnRole(e, m);
    return e;
  }

  /** The one organisation that opens the sentence of pronoun `m`, as its subject; null if none does. */
  private relativeBody(ctx: Ctx, m: Mention): Entity | null {
    const from = sentenceAt(ctx, m.first)?.[0] ?? m.first;
    const subject = sentenceSubject(ctx, from, m.first - 2);
    // Only the sentence's own opening: "After Thames Water's failure, the council…" is about the council.
    if (subject === null || subject.kind === "pronoun" || subject.first > from + (DETERMINERS.has(lowerAt(ctx, from)) ? 1 : 0)) return null;
    // Nor past another body or a passive's agent: "British Gas was fined by the regulator for a failure that it
    // said…", "Northern Trains was singled out in the regulator's report, which it said…" are the regulator's.
    for (const o of ctx.mentions) if (o.first > subject.last && o.last < m.first && o.kind !== "pronoun" && o.type !== "person") return null;
    const e = this.resolve(subject, posOf(ctx, subject.first), false, ctx);
    return e !== null && e.type === "organisation" && !e.plural ? e : null;
  }

  /**
   * `resolve`, once per mention: a sentence's subject is read again as its quotations' cue, and by
   * then the entity it named has been mentioned since, so a second lookup would no longer find it.
   */
  private resolve(m: Mention | null, pos: number, knownOnly: boolean, ctx: Ctx): Entity | null {
    if (m === null) return null;
    // A pronoun some cue search made up afresh (`pour lui`) is still the one word: keyed by its offset.
    const key = m.kind === "pronoun" ? (ctx.tokens[m.first]?.start ?? m) : m;
    const seen = this.resolved.get(key);
    if (seen !== undefined) return seen;
    // "The firm has given few details of the issue, which it said was a “fault…”": "it" in a relative clause of a
    // sentence whose subject is one body is that body, whoever spoke last.
    const body = m.kind === "pronoun" && IT.has(m.text.toLowerCase()) && RELATIVE_WHICH.has(lowerAt(ctx, m.first - 1)) ? this.relativeBody(ctx, m) : null;
    if (body !== null) {
      this.resolved.set(key, body);
      return body;
    }
    // "Hansen said … . “…,” he said.": the one the sentence before reported, else the one it named.
    // One of unknown gender only if that sentence named no one else; if it did, and they have the
    // pronoun's gender, rather them: "Lopez said Mark Okafor had been the best player. “…,” he said."
    const r = this.reported;
    const certain = r === null || r.other === null || r.entity.gender !== null;
    const other = r !== null && !certain && r.other?.gender === m.gender ? { entity: r.other, sentence: r.sentence } : null;
    // Of the people an orphan sentence names, the last of the pronoun's gender, else the last of unknown gender.
    const orphan = this.orphan;
    // After a group's sentence, only someone known to have the pronoun's gender.
    const named = orphan === null ? null : orphan.gendered !== null && orphan.gendered.gender === m.gender ? { entity: orphan.gendered, sentence: orphan.sentence } : orphan.subjectless ? orphan : null;
    // "Monique Rubin avance plusieurs raisons : « … », rappelle-t-elle": a sentence that names its own subject
    // keeps its pronoun to itself.
    const own = this.earlySubject;
    const ownFits = own !== null && (own.gender === null || own.gender === m.gender);
    // "Paul patine et sa mère Marie profite de la fraîcheur « … », dit-elle": a sentence whose subject is not known
    // to have the pronoun's gender, or is no one known, leaves it to someone of that gender it named before the pronoun.
    // Not past a speaker of that gender still speaking: "Selon le parquet, … et Nadia, 32 ans, a été blessée : « … »,
    // a-t-elle précisé" after the prosecutor spoke is hers.
    const speaking = this.last !== null && this.last.block >= this.block - 1 && personLike(this.last.entity) && this.last.entity.gender === m.gender;
    const free = (own === null || own.gender !== m.gender) && m.kind === "pronoun" && m.gender !== null && m.head === null;
    // "when Lord Baden-Powell was asked why…, he answered": a pronoun opening the main clause after a clause of
    // time is the one that clause named, whoever spoke or asked before.
    const timed = free ? this.sentencePeople.findLast((p) => p.entity !== own && p.at < m.first && p.entity.gender === m.gender && personLike(p.entity) && timeClauseSubject(ctx, p.at, m.first)) : undefined;
    if (timed !== undefined) {
      this.resolved.set(key, timed.entity);
      return timed.entity;
    }
    if (free && !speaking && !this.earlyAsks) {
      const other = this.sentencePeople.findLast((p) => p.entity !== own && p.at < m.first && p.entity.gender === m.gender && personLike(p.entity) && opensClause(ctx, p.at));
      if (other !== undefined) {
        this.resolved.set(key, other.entity);
        return other.entity;
      }
    }
    for (const o of ownFits ? [] : [certain ? r : other, named]) {
      if (m.kind === "pronoun" && m.gender !== null && o !== null && o.sentence === this.sentenceNo - 1 && (o.entity.gender === null || o.entity.gender === m.gender)) {
        if (o.entity.gender === null) o.entity.gender = m.gender;
        this.resolved.set(key, o.entity);
        return o.entity;
      }
    }
    // "Michel et Jacqueline plantent un chrysanthème. « … », raconte son épouse.": a spouse's word of one gender, in
    // the paragraph of a couple named as subject, is the one of them with it ("le maire", "leur fille" are others).
    const pair = this.pair;
    // Not past someone the text brought in since, named or described of that gender: "Their neighbour, David Price…
    // said his wife", "Leur fille Emma, fiancée à un pâtissier… raconte la fiancée" are theirs.
    const newcomer = (e: Entity) => !e.plural && e.lastMention < pos && personLike(e) && (!e.described || e.gender === m.gender);
    // A parent's or a grandparent's word only for a couple said to have a child or a grandchild, and with no complement
    // of its own: "Tom et Léa, 8 et 10 ans… sourit la maman", "la mère de Pierre" are someone else.
    const kin = PARENTS.has(fold(m.head ?? ""));
    const parentOk = !kin || (pair !== null && pair.parents && !/\s(?:de|du|des|d[’']|of)\s/iu.test(` ${m.text} `));
    // "Léonne et André, couple de retraités, … « … », s’agace-t-elle": so is a pronoun of one gender, in their paragraph.
    // Not once someone else has spoken since the couple was named: "« … », raconte une voisine. « … », ajoute son mari"
    // is the neighbour's husband.
    const spokenSince = pair !== null && this.d.entities.slice(pair.entities).some((e) => this.d.hasSpoken(e));
    const spouse = m.kind === "role" && m.type === "person" && SPOUSES.has(fold(m.head ?? "")) && !spokenSince;
    const pronoun = m.kind === "pronoun" && m.head === null;
    if (pair !== null && parentOk && (spouse || pronoun) && !m.plural && m.gender !== null && pair.block === this.block && this.sentenceNo - pair.sentence <= PAIR_SENTENCES && !this.d.entities.slice(pair.entities).some(newcomer) && !othersOfCouple(ctx, pair.at + 1, m.first)) {
      // "Michel et Alekzandra…, raconte son épouse": not the husband, so the one whose gender was untold.
      const fit = pair.members.find((x) => x.gender === m.gender) ?? pair.members.find((x) => x.gender === null);
      if (fit !== undefined) {
        fit.gender ??= m.gender;
        this.resolved.set(key, fit);
        return fit;
      }
    }
    // "A Tesco spokesman said: “…” / He added: “…”": the spokesman, who spoke for the company, goes on for it. Only a
    // spokesman or a spokeswoman, of the pronoun's gender, in a story that has named no one else that pronoun may
    // be: "Manager John Smith disagreed. He said…" is Smith, and so is "Angler Peter Crane first reported… A Southern
    // Water spokesman said: “…” But he said…" Crane's.
    // "Circus owner John Haze… A Brighton City Council spokesman said managing the pandemic was the priority. He said:
    // “…”": a pronoun opening the sentence right after the spokesman's reported words is the spokesman, if no one of its
    // gender was named since.
    const voice = this.voice;
    const othersSince = (since: number) => this.d.entities.some((e) => e !== voice?.body && e.type === "person" && !e.plural && (e.gender === null || e.gender === m.gender) && e.lastMention >= since && e.lastMention < pos);
    // Only after a sentence that reported the spokesman's words with no quotation: "A Northumbria Police spokesman said:
    // “…” / He said: “I've been farming here all my life…”" goes back to the farmer.
    const reportedIt = this.reportedBody !== null && this.reportedBody.entity === voice?.body && this.reportedBody.sentence === this.sentenceNo - 1;
    // Not for words that speak only for their speaker: "He said: “I heard a bang…”" after "Resident John Haze, 62, was
    // taken to hospital… A council spokesman said the road would stay closed" is Haze's.
    const opensRightAfter = voice !== null && voice.sentence === this.sentenceNo - 1 && sentenceAt(ctx, m.first)?.[0] === m.first && reportedIt && !ownWordsAfter(ctx, m.last);
    if (m.kind === "pronoun" && m.head === null && m.gender !== null && !m.plural && voice !== null && voice.gender === m.gender && this.sentenceNo - voice.sentence <= VOICE_SENTENCES &&
      !othersSince(opensRightAfter ? voice.pos + 1 : 0)) {
      this.resolved.set(key, voice.body);
      return voice.body;
    }
    const e = resolve(this.d, m, pos, knownOnly, ctx, this.namedSpeakerBlock !== this.block);
    if (e !== null) this.resolved.set(key, e);
    if (e !== null && e.type === "organisation" && m.kind === "role" && !m.plural && m.head !== null && SPOKES.has(m.head)) this.voice = { body: e, gender: m.gender, sentence: this.sentenceNo, pos };
    return e;
  }

  private inside(seg: Segment | undefined, span: number): Found | null {
    const block = seg === undefined ? undefined : this.blockByIndex.get(seg.block);
    if (seg === undefined || block === undefined) return null;
    const r = cueInside(block, seg, span, this.language);
    return r === null ? null : withEntity(this.found(r.ctx, r.hit));
  }

  /** Records `entity` as the speaker of the quotation `tok` stands for, found by `method` (and `cue`, if any). */
  private creditTo(tok: Token, block: Block, entity: Entity, method: string, cue: Found | null): true {
    this.decisions[tok.span] = new Decision({ entity, cue: cue?.cue ?? null, mode: cue?.mode ?? null, method, when: cue?.when ?? null, term: null });
    // "« Le bruit et les odeurs », dirait Chirac": words borrowed, not spoken here; the story's last speaker stays.
    if (cue?.allusion === true) return true;
    this.d.event(entity, tok.start, true, false, cue?.cue ?? null);
    this.last = { entity, block: block.index, mode: cue?.mode ?? null };
    if (cue?.who?.kind === "name") this.namedSpeakerBlock = block.index;
    return true;
  }

  /** Leaves the bare quotation `tok`, opening sentence `opening` of its paragraph, for the next sentence to tell whose it is. */
  private awaitTelling(tok: Token, block: Block, opening: number): void {
    const prev = this.last;
    this.opening = { span: tok.span, block: block.index, sentence: opening, entities: this.d.entities.length, carried: prev === null || prev.block < block.index };
  }

  /**
   * "« On ne comprend pas » cette différence. « C’est une injustice », a déclaré Philippe Bras": a bare
   * quotation opening its paragraph is also the words of someone new a cue after the next sentence's
   * quotation names.
   */
  private creditOpening(ctx: Ctx, block: Block, q: number, entity: Entity, method: string): void {
    const o = this.opening;
    if (o === null || o.block !== block.index || !CUE_AFTER.has(method) || !personLike(entity) || entity.track.order < o.entities) return;
    const here = sentenceAt(ctx, q)?.[0] ?? -1;
    if (ctx.sentences[o.sentence + 1]?.[0] !== here || namesInThirdPerson((this.spans[o.span] as Span).text, entity) || !verbless(ctx, o.sentence, this.language)) return;
    this.decisions[o.span] = new Decision({ entity, cue: null, mode: null, method: "next-speaker", when: null, term: null });
    this.opening = null;
  }

  /**
   * "« … », a-t-il ajouté. Pas question « de brader des billets »": whether a phrase in the sentence
   * starting at `here` goes on with the words of the person credited in this paragraph, right in that
   * sentence or the one before, and no one else acts before it ("signs that read “…”").
   */
  private goesOn(ctx: Ctx, block: Block, here: number, q: number): boolean {
    const said = this.sentenceCredit;
    const last = this.last;
    if (said === null || last === null || said.block !== block.index || said.entity !== last.entity || !personLike(last.entity)) return false;
    const previous = here > 0 ? (sentenceAt(ctx, here - 1)?.[0] ?? -1) : -1;
    return (said.sentence === here || said.sentence === previous) && !actsBefore(ctx, here, q);
  }

  /**
   * Credits the quotation standing as token `q`, once its last segment is read; `opening` is the
   * index of the sentence it opens, or -1. Says whether it credited someone.
   */
  private credit(ctx: Ctx, block: Block, q: number, opening: number): boolean {
    const { d, decisions, language } = this;
    const tok = ctx.tokens[q] as Token;
    const span = this.spans[tok.span] as Span;
    const segs = span.segments;
    const firstHere = segs[0]?.block === block.index;
    const lastHere = segs[segs.length - 1]?.block === block.index;
    if (span.embed !== null) {
      const e = d.named({ text: span.embed.author, type: "person", gender: null, role: null, implied: null }, tok.start, true);
      const sig = findEmbedSignature(block.text);
      decisions[tok.span] = new Decision({ entity: e, cue: null, mode: span.embed.handle !== null ? "tweeted" : "posted", method: "embed", when: sig?.rawDate ?? null, term: null });
      if (e !== null) { d.event(e, tok.start, true); this.last = { entity: e, block: block.index, mode: "tweeted" }; }
      return e !== null;
    }
    // What the first segment's block tells of the quotation, for the block its last segment ends in.
    let opened: Opener | undefined;
    if (firstHere) {
      let before = this.found(ctx, cueBefore(ctx, q));
      // "…», a-t-il ajouté, précisant que « … »": a participle with no subject of its own continues
      // the speaker credited just before in the same sentence.
      const sentence = sentenceAt(ctx, q)?.[0] ?? -1;
      const credit = this.sentenceCredit;
      // "…, a-t-il reconnu. Rappelant : « … »": so does a participle that opens the next sentence.
      // Not "Évoquant une « … », la juge a…": there the sentence names its own subject after the clause.
      // "Se disant « … », M. Legault…": a reflexive participle leads as well.
      // So may an adverb: "Visiblement agacé, Marc Tirole charge : « … »".
      const lead = REFLEXIVE.has(lowerAt(ctx, sentence)) || (language === "fr" && mentAdverb(lowerAt(ctx, sentence))) ? sentence + 1 : sentence;
      const leads = sentence >= 0 && lowerAt(ctx, lead) === (before?.cue ?? "").toLowerCase();
      const after = leads ? subjectAfterClause(ctx, q) : null;
      // "Rappelant qu’elle venait…, Ariane Ascaride a dédié son prix à « … »": not when the main clause names its subject.
      const opensSentence = leads && after === null && mainClauseSubject(ctx, sentence, q) === null;
      // "Et de poursuivre : « … »": a narrative infinitive with no subject of its own, likewise.
      const infinitive = sentence >= 0 && before !== null && narrativeInfinitive(ctx, sentence, before.cue ?? "");
      const own = after !== null && before !== null && before.entity === null && PARTICIPLE[language].test(before.cue ?? "") ? this.resolve(after, posOf(ctx, after.first), false, ctx) : null;
      if (own !== null && before !== null) {
        before = { ...before, entity: own, method: "participle" };
      } else if (before !== null && before.method === "cue-before-sentence-subject" && (PARTICIPLE[language].test(before.cue ?? "") || infinitive || governedInfinitive(ctx, sentence, q, before.cue ?? "")) && credit !== null && credit.block === block.index && (credit.sentence === sentence || opensSentence || infinitive)) {
        before = { ...before, entity: credit.entity, method: "participle" };
      } else if (infinitive && before !== null && before.entity === null && this.last !== null && this.last.block >= block.index - 1 && this.narrative === 0) {
        // "…, a souligné M. Cassis. « … » Et de poursuivre : « … »": whoever spoke last, credited or not by a cue,
        // if no sentence of narrative came between.
        before = { ...before, entity: this.last.entity, method: "participle" };
      } else if (before !== null && before.entity === null && this.prevSubject !== null && this.prevSubject.sentence === this.sentenceNo - 1 && sentence >= 0 && (subjectless(ctx, sentence, before.cue ?? "") || (infinitive && someoneNamed(this.prevSubject.entity)))) {
        // "La gendarmerie indique sur Twitter que… Puis écrit : « … »": a verb whose subject the writer left
        // out goes on from the sentence before.
        before = { ...before, entity: this.prevSubject.entity, method: "ellipsis" };
      }
      // "Car Jean-Louis Billard … part à la retraite. Son choix est mûrement réfléchi : « … »": a sentence that opens
      // on a possessive and hands a quotation on with a colon, naming no one, speaks of the one the last was about.
      const possessed = opening < 0 && sentence >= 0 && (before === null || before.entity === null) && this.about !== null ? possessiveLead(ctx, sentence, q, this.about.entity) : false;
      const about = (opening > 0 && this.about?.sentence === opening - 1) || (possessed && this.about?.sentence === sentenceIndex(ctx, sentence) - 1) ? (this.about?.entity ?? null) : null;
      // "Treasurer Ann Kovac dismissed the sit-in as a “silly stunt”": the words of the sentence's subject.
      // Looked for only where no cue before the quotation credits someone: it is rarely needed.
      const subject = sentence >= 0 && sentence < q && (before === null || before.entity === null) ? sentenceSubject(ctx, sentence, q - 1) : null;
      // "Selon la Constitution, le gouvernement peut… « … »": a source the sentence opens on is no subject.
      const sourced = subject !== null && subject.type !== "person" && (SOURCE_WORDS.has(lowerAt(ctx, subject.first - 1)) || SOURCE_WORDS.has(lowerAt(ctx, subject.first - 2)));
      // "She shot back, “…”", "he called the offer “an insult”": a personal pronoun too, with a verb of speech or
      // naming before the marks. Not "Il « pensait toujours aux autres »", "he was hailed as “a hero”", "she never
      // “carried a weapon”": words others say of the one the pronoun means.
      const personal = subject !== null && subject.kind === "pronoun" && subject.gender !== null && ownVerbBefore(ctx, subject.last, q) && !inDeniedClaim(ctx, q);
      const meant = subject !== null && !sourced && (subject.kind === "name" || subject.kind === "role" || personal) ? this.resolve(subject, posOf(ctx, subject.first), false, ctx) : null;
      // Nor a role a possessive opens, the quotation its very predicate, while someone else speaks in the paragraph:
      // "…, se souvient Gérard Buono. Le premier concerne « un camion… ». Son propriétaire « avait fait croire qu'on le
      // lui avait volé »" is the mayor telling of the owner. Not "L'accusé « regrette profondément » ses actes" after the
      // prosecutor spoke, nor "The council “deeply regrets” the error": their own words.
      const teller = this.last !== null && this.last.block === block.index && this.last.entity !== meant ? this.last.entity : null;
      const told = subject !== null && subject.kind === "role" && subject.last + 1 === q && THIRD_POSSESSIVES.has(lowerAt(ctx, subject.first)) && teller !== null;
      const resolved = told ? null : meant;
      // Not the body a French pronoun's grammatical gender may stand for ("Elle" for "la Mostra").
      const holder = resolved !== null && personal && !personLike(resolved) ? null : resolved;
      // "Un avis partagé par Isabelle Moret, dans le 19h30. « … »": a sentence with no subject hands a bare
      // quotation opening the next one to the person it named.
      // Not after a quotation credited earlier in the paragraph, which the bare one more likely goes on:
      // "« … », a réagi Didier Deschamps. Notamment après le doublé de Kylian Mbappé. « … »".
      const spoke = this.last !== null && this.last.block === block.index;
      const orphan = opening > 0 && !spoke && this.orphan !== null && this.orphan.subjectless && this.orphan.sentence === this.sentenceNo - 1 ? (this.orphan.gendered ?? this.orphan.entity) : null;
      const named = orphan !== null && personLike(orphan) ? orphan : null;
      opened = { found: before, before: wordsBefore(ctx, q), opens: q === 0, about, named, subject: holder, leads };
      // Kept for a later block only when the quotation goes on there: kept for every quotation, these lived as long
      // as the article.
      if (!lastHere) this.openers[tok.span] = opened;
    }
    if (!lastHere) return false;
    const open = opened ?? this.openers[tok.span] ?? { found: null, before: [], opens: false, about: null, named: null, subject: null, leads: false };
    // The cues in order of preference: after the quotation, before it, later in its sentence.
    const after = this.found(ctx, cueAfter(ctx, q, span.text));
    const later = this.found(ctx, cueLater(ctx, q));
    const outside = after ?? open.found ?? later;
    // With no cue around the marks, one the writer set inside them: `« …, analyse Marc Olivier. … »`.
    // Also over a group or a body that only a colon or the quotation's place brings in as its sentence's
    // subject: "les gendarmes distribuent un kit : « C’est la principale originalité, confirme le chef d’escadron Doboeuf. … »".
    // Not over a person named so: "Mayor Jane Cole was defiant: “The budget, said the auditor, is balanced.”"
    const weakBefore = after === null && open.found !== null && WEAK_BEFORE.has(open.found.method) && (open.found.entity === null || open.found.entity.type !== "person" || open.found.entity.plural || open.found.entity.described);
    // "« C’est un sentiment de tristesse, débute le maire, Olivier Petitjean. C’est… », poursuit-il": a pronoun after
    // the marks goes on from the person the cue inside them named.
    // Only where the pronoun found no one known to be a person: "« …, disait Albert Camus. … », sourit-il" stays
    // the mayor's, and "Okonkwo told the chamber… “…, said Edmund Burke. …,” he added" Okonkwo's, who spoke
    // before; a name the pronoun alone made a person ("le magasin Intermarché… poursuit-il") is not.
    const pronounAfter = after !== null && (after.entity === null || after.entity.type !== "person" || (after.entity.inferred && !this.d.hasSpoken(after.entity))) && after.who?.kind === "pronoun" && after.who.gender !== null;
    // "« Je comprends leur colère, assure Claude Tummino, adjoint au commerce. … », poursuit l’élu": so does a
    // title after the marks that met no one named, with a verb that only goes on, when the person the cue inside
    // names was given a title it may stand for. Not "…, écrivait Jean Jaurès, député du Tarn. … », lance l’élu",
    // "…, avait promis le maire de Rouen. … », déplore le maire": one who answers names someone else.
    // So may any verb after French words whose inside cue is in the present: "« …, précise Lucie Arley, adjointe
    // au maire. … », s’étonne l’élue" is hers; "écrivait", "avait promis" report someone of before.
    const titleAfter = after !== null && after.who?.kind === "role" && after.who.type === "person" && !after.who.plural && (after.entity === null || after.entity.described);
    // Not after a verb that answers or mocks: "« …, affirme Emmanuel Macron… », raille le député" answers him.
    const afterVerb = after?.cue?.split(/[\s-]+/).pop()?.toLowerCase() ?? "";
    const roleAfter = titleAfter && (CARRIES_ON.test(afterVerb) || (this.language === "fr" && !ANSWERS_FR.test(afterVerb) && presentInside(block, segs[segs.length - 1], tok.span)));
    // "il ne résout pas tous les problèmes : « C'est dangereux, confie Lee, 38 ans. … »": so does a name the cue inside
    // gives over a pronoun only a colon or the quotation's place made the subject.
    const weakPronoun = after === null && open.found !== null && WEAK_BEFORE.has(open.found.method) && open.found.who?.kind === "pronoun";
    // "« …, a-t-elle insisté. Ce que nous avons fait. » Paul Roux sourit.": a cue inside the marks outranks a
    // sentence of its own after words that ended theirs.
    const apart = after !== null && endsOnStop(span.text) && (((ctx.tokens[q + 1]?.flags ?? 0) & CAPITALISED) !== 0);
    const last = outside === null || weakBefore || weakPronoun || pronounAfter || roleAfter || apart ? this.inside(segs[segs.length - 1], tok.span) : null;
    // "« On n’a pas l’habitude…, se désole Jean-Luc Herrouin.¶« Il y a des truites… »": words that go on over
    // paragraphs may hold their cue in the first one, where no cue stands outside them. Not a voice of the past
    // the speaker quotes there: "« Il faut toujours se relever, disait Paul Martin. C'est sa devise.¶« … »".
    // Nor right after someone spoke, whose words these may go on with: "“…,” said John Ward.¶“Land never lies,
    // said Bill Ward, my grandfather…".
    const opensAfter = (segs[0]?.block ?? block.index) - 1;
    const fresh = this.last === null || this.last.block < opensAfter;
    // Unless the cue names that very speaker ("…, poursuit Christoph. … « …, explique Christoph.¶…»"), or is in the
    // present, which no voice of the past takes ("…, regrette un des maires délégués.¶… »", "…, says Tom Hart.¶…”").
    const firstBlock = segs[0] === undefined ? undefined : this.blockByIndex.get(segs[0].block);
    const candidate = last === null && outside === null && after === null && segs.length > 1 ? this.inside(segs[0], tok.span) : null;
    const present = this.language === "fr" ? firstBlock !== undefined && presentInside(firstBlock, segs[0], tok.span) : PRESENT_EN.test(candidate?.cue ?? "");
    const goesOnWith = candidate !== null && (fresh || (candidate.entity !== null && candidate.entity === this.last?.entity) || present);
    const first = goesOnWith ? candidate : null;
    const inside = last ?? (first !== null && !pastVoice(first.cue ?? "") ? first : null);
    // Not a voice of the past the speaker quotes: "« Il faut imaginer Sisyphe heureux, disait Camus. C'est ce que je retiens. »".
    const insideFirst = apart && inside !== null && inside.entity !== null && !pastVoice(inside.cue ?? "") ? inside : null;
    const insidePerson = inside !== null && inside.entity !== null && inside.who?.kind !== "pronoun" && personLike(inside.entity) && (inside.entity.gender === null || after?.who?.gender === null || inside.entity.gender === after?.who?.gender) ? inside : null;
    const namedInside = insidePerson !== null && (pronounAfter || (roleAfter && after.who !== null && mayBeCalled(insidePerson.entity as Entity, after.who))) ? insidePerson : null;
    // A cue closing the sentence outranks one before the quotation that credits no one known ("La Belgique demande « … »").
    const before = open.found?.entity ?? null;
    // Not over a person the cue before names: "Marc Vidal a demandé « … », a rapporté l’AFP" stays Vidal's.
    const closingHit = after === null && (before === null || before.type !== "person") ? cueClosing(ctx, q) : null;
    // Past another quotation, only for words with no reporter or subject of their own before them: "Le maire
    // parle d’« … », tandis que l’opposition salue « … », a rapporté France Bleu" leaves the first to the mayor.
    // Never past any quotation after one that ends its own sentence: "« … sont véritablement dangereux. »
    // « C’est alarmant », commente le maire." gives the mayor only the second.
    const between = closingHit !== null && (endsOnStop(span.text) ? quotationBetween(ctx, q, closingHit.from, 1) : quotationBetween(ctx, q, closingHit.from) && !(open.found === null && open.subject === null));
    const closing = closingHit !== null && !between ? this.found(ctx, closingHit) : null;
    // "his comments were labelled “deeply concerning” by Lisa Doyle": the passive's agent judges, not the
    // owner of what is judged; and the label's verb names nothing.
    const judgedBy = later !== null && later.method === "passive-agent" && later.entity !== null;
    // "When a Twitter user asked whether “…,” Musk tweeted": a quotation inside a clause set before the
    // sentence's subject is that clause's reporter's; the cue after it is the main clause's.
    const fronted = open.found !== null && open.found.entity !== null && open.found.method === "cue-before" && after !== null && inFrontedClause(ctx, q) ? open.found : null;
    const found = (judgedBy ? later : null) ?? fronted ?? insideFirst ?? namedInside ?? withEntity(after) ?? withEntity(closing) ?? (weakBefore || (weakPronoun && inside?.who?.kind === "name" && agedAfter(inside, span.text)) ? withEntity(inside) : null) ?? withEntity(open.found) ?? withEntity(later) ?? inside;
    // "« Viviane nous sauve la vie », confie l’étudiante": a title whose words name the one it was taken for is someone else.
    const credited = found !== null && found.who?.kind === "role" && found.entity !== null && !found.entity.described && namesInThirdPerson(span.text, found.entity)
      ? { ...found, entity: this.d.described(found.who, describedAs(ctx, found.who), posOf(ctx, found.who.first)) }
      : found;
    const cue = credited ?? outside;
    // "“I was elated.”" alone on its line, "…,” Fleming said. “We will appeal.”": a clause that is a whole
    // sentence of its own, opening its paragraph or right after a credited one, is someone's words, however
    // short ("“I Will Survive” was played" is a title still; "“No farmers, no food.”" a slogan).
    const afterCredit = opening > 0 && this.sentenceCredit !== null && this.sentenceCredit.block === block.index && this.sentenceCredit.sentence === ctx.sentences[opening - 1]?.[0];
    const sentence = (open.opens || afterCredit) && endsOnStop(span.text) && readsAsClause(span.text, language);
    // "Paul Girard a remercié ses électeurs « pour leur confiance renouvelée »": a phrase of a few words in a
    // sentence about a person is theirs, as a word or two ("« historique »") need not be.
    // Not a concept, a slogan or a nickname: "a proponent of “modern monetary theory”", "a banner reading “…”".
    const lastBefore = open.before.findLast((w) => w !== ",") ?? "";
    const labelled = lastBefore === "as" && NAMING_AS.has(open.before.findLast((w) => w !== "," && w !== "as") ?? "");
    const namedBefore = NAMING_BEFORE.has(lastBefore) || labelled;
    const governedNoun = NOUN_GOVERNORS[language].has(lastBefore) || namedBefore;
    const phrase = (): boolean => atLeastWords(span.text, PARTIAL_WORDS) && !isTitleCase(span.text);
    const subjectWords = open.subject !== null && personLike(open.subject) && ((!governedNoun && phrase()) || judgedAs(open.before, language));
    const here = sentenceAt(ctx, q)?.[0] ?? -1;
    const goesOn = open.subject === null && !namedBefore && this.goesOn(ctx, block, here, q) && phrase();
    // A second sign's words are the sign's whatever verb the sentence reported the first with.
    const pairTerm = joinedTerm(ctx, q, decisions);
    const joined = credited === null || pairTerm === SIGN ? pairTerm : null;
    // What a placard or a banner reads is no one's speech, however long or clause-like.
    const sign = !atLeastWords(span.text, SIGN_WORDS + 1) && onSign(ctx, q) ? SIGN : null;
    const term = joined ?? sign ?? (labelled && credited === null ? NAME : null) ?? (sentence || judgedBy ? null : attributive(ctx, q, span.text, lastBefore) ?? termReason(span.text, open.before, language, credited !== null || subjectWords || goesOn, withEntity(after) !== null));
    // "« Nous ne céderons pas », a-t-il prévenu": a clause a reporting verb follows is speech, whoever
    // "il" is; only a lack of speaker made it a term ("le film « Je suis toujours là », a annoncé…" stays one).
    const reported = term === NO_SPEAKER && after !== null && after.cue !== null && readsAsClause(span.text, language);
    if (term !== null && !reported) {
      decisions[tok.span] = new Decision({ entity: null, cue: null, mode: null, method: "term", when: null, term });
      // "« On ne comprend pas » cette différence.": a clause opening its paragraph may yet be told whose it is.
      if (term === NO_SPEAKER && opening >= 0 && open.opens && segs.length === 1 && block.kind === "paragraph" && readsAsClause(span.text, language) && verbless(ctx, opening, language)) {
        this.awaitTelling(tok, block, opening);
      }
      return false;
    }
    if (credited !== null && credited.entity !== null) {
      this.creditOpening(ctx, block, q, credited.entity, credited.method);
      this.creditTo(tok, block, credited.entity, credited.method, credited);
      this.sentenceCredit = { entity: credited.entity, block: block.index, sentence: sentenceAt(ctx, q)?.[0] ?? -1 };
      return true;
    }
    const label = this.label;
    if (cue === null && open.opens && label !== null && label.block === (segs[0]?.block ?? -1) - 1) {
      return this.creditTo(tok, block, label.entity, "label", null);
    }
    // A bare quotation right after a sentence about someone: `Gaston est « scandalisé ». « C’est inadmissible ».`
    // Weak evidence never gives a quotation to the person it speaks of by name ("Zeno a joué…").
    const other = (e: Entity) => !namesInThirdPerson(span.text, e);
    // "She rejected allegations that she “…”": the subject denies the words.
    const naming = namedBefore || inDeniedClaim(ctx, q);
    // "les clients sont unanimes « les produits sont excellents »": a group the sentence is about says a whole clause.
    // Not one a preposition governs: "ont cosigné une lettre pour les exhorter à « arrêter toute publicité… »".
    // Only a group said to be of one mind, by a copula and an adjective: not "Les habitants ont reçu un courrier « … »",
    // "The pupils were warned on Monday “…”", "Les lycéens ont joué « … »".
    const groupSays = open.subject !== null && open.subject.plural && !governedNoun && readsAsClause(span.text, language) && copulaBefore(ctx, q);
    if (cue === null && !naming && open.subject !== null && (personLike(open.subject) || (open.subject.type === "organisation" && !open.subject.plural) || groupSays) && other(open.subject)) {
      return this.creditTo(tok, block, open.subject, "sentence-subject", null);
    }
    // "Responding to the cap, Clare Moriarty called for support “…”": a cue before the quotation that
    // finds no one of its own (an opening participle) leaves the words to the sentence's subject.
    if (cue !== null && cue === open.found && open.leads && open.subject !== null && personLike(open.subject) && other(open.subject)) {
      return this.creditTo(tok, block, open.subject, "cue-before-sentence-subject", cue);
    }
    if (cue === null && open.about !== null && other(open.about)) {
      return this.creditTo(tok, block, open.about, "previous-subject", null);
    }
    if (cue === null && open.named !== null && other(open.named)) {
      return this.creditTo(tok, block, open.named, "previous-named", null);
    }
    const paragraph = this.blockByIndex.get(segs[0]?.block ?? -1)?.kind === "paragraph" && block.kind === "paragraph";
    const prev = this.last;
    const told = this.paragraphSubject?.sentence === this.sentenceNo - 1 ? this.paragraphSubject.entity : null;
    if (cue === null && paragraph && told !== null && segs.length === 1 && prev !== null && prev.block < block.index && prev.entity !== told && other(told)) {
      return this.creditTo(tok, block, told, "paragraph-subject", null);
    }
    const intro = this.intro;
    // Only the possessive's owner where the quotation's paragraph names no one who could be its speaker instead.
    const weakOk = intro?.weak !== true || ctx.mentions.every((m) => m.kind !== "name" || m.type === "organisation");
    if (cue === null && paragraph && open.opens && intro !== null && intro.block === (segs[0]?.block ?? -1) - 1 && other(intro.entity) && weakOk) {
      const shared = intro.pairFirst != null && WE.test(span.text);
      return this.creditTo(tok, block, shared ? (intro.pairFirst as Entity) : intro.entity, "introduced", null);
    }
    const ended = this.endedOn;
    const far = prev === null || (segs[0]?.block ?? block.index) - prev.block > CONTINUATION_BLOCKS;
    // Only words that are the whole paragraph and speak for themselves: "“We need more staff.” That is the
    // unions' message" or "“She was the heart of this street.”" after a paragraph about her are someone else's.
    if (cue === null && paragraph && open.opens && opening === 0 && far && ended !== null && ended.sentence === this.sentenceNo - 1 && segs.length === 1 && alone(ctx, q) && other(ended.entity) && speaksForSelf(span.text, this.language, ended.entity.gender)) {
      // The next sentence may still tell whose they are: "« … » Coup de chaud pour le ministre, Marc Fesneau".
      this.awaitTelling(tok, block, opening);
      return this.creditTo(tok, block, ended.entity, "paragraph-subject", null);
    }
    // A quotation that opens its paragraph bare may be told whose it is by the next sentence.
    if (cue === null && paragraph && open.opens && segs.length === 1 && opening >= 0) {
      this.awaitTelling(tok, block, opening);
    }
    // A dek is short, and a first paragraph may be short enough to pass for one ("“We have no choice,” said
    // Jane Smith. “The money has gone.”"): within one block the words still go on in the same voice.
    // Only a quotation that opens the sentence right after the credited one: "…, se félicite la maire. L'opposition y
    // voit « un passage en force »" is not hers.
    // Nor words a verb after them makes a sign's: "“Not welcome here” read one of the banners".
    const sameBlock = prev !== null && prev.block === block.index && (segs[0]?.block ?? block.index) === block.index && afterCredit && endsOnStop(span.text);
    // "Les parents de cette école ont appris que « malgré les négociations… », le centre…": words inside a sentence
    // about a group, who learned or heard them, are not the last speaker's.
    // Only a "that" that reports ("were told that", "ont appris que"), not "so that", "now that", "pour que".
    const groupHeard = open.subject !== null && open.subject.plural && open.subject !== prev?.entity && THAT_WORDS.has(ctx.tokens[q - 1]?.lower ?? "") && !CONJUNCTION_LEADS.has(ctx.tokens[q - 2]?.lower ?? "");
    if (cue === null && (paragraph || sameBlock) && prev !== null && !groupHeard && this.paragraphsSince(prev.block, segs[0]?.block ?? block.index) <= CONTINUATION_BLOCKS && other(prev.entity)) {
      decisions[tok.span] = new Decision({ entity: prev.entity, cue: null, mode: prev.mode, method: "continuation", when: null, term: null });
      this.last = { entity: prev.entity, block: block.index, mode: prev.mode };
      if (goesOn) this.sentenceCredit = { entity: prev.entity, block: block.index, sentence: here };
      return true;
    }
    decisions[tok.span] = new Decision({ entity: null, cue: cue?.cue ?? null, mode: cue?.mode ?? null, method: cue === null ? "none" : "unresolved", when: cue?.when ?? null, term: null });
    // "« … », témoigne le copropriétaire de la maison. « Mon mur était fatigué… »": words a cue gave to someone
    // unknown end the last speaker's turn; what follows them bare is not theirs. Only a noun for someone the lists
    // lack: not a pronoun no one matched ("Ils reconnaissent : « … »" may be the last speaker and another), nor a
    // sign, a report or a voice in the crowd, which the last speaker may go on after. Not a phrase someone is said
    // to have used ("le principal concerné explique avoir eu « des soucis »"): that turn is the writer's.
    if (cue !== null && cue.who === null && readsAsClause(span.text, language) && STARTS_UPPER.test(span.text) && unknownSomeone(ctx, cue)) this.last = null;
    return false;
  }
}

/** Words that make a "that" or "que" after them a conjunction, no reported clause: "so that", "pour que". */
const CONJUNCTION_LEADS = new Set([
  "so", "now", "except", "given", "provided", "providing", "such", "order", "save",
  "ainsi", "autant", "pour", "afin", "parce", "bien", "alors", "tandis", "sans", "avant", "tant", "plutôt", "moins", "plus", "sorte", "lors", "pendant", "depuis", "dès", "même", "après", "encore", "outre",
]);

/** Determiners before a noun for someone: "le copropriétaire", "a theatregoer". */
const SOMEONE_DETERMINERS = new Set(["le", "la", "l’", "un", "une", "ce", "cette", "cet", "the", "a", "an", "one"]);

/** Whether the cue's window holds a determiner and a noun for someone no list of roles holds. */
function unknownSomeone(ctx: Ctx, cue: Hit): boolean {
  for (let k = cue.from + 1; k <= cue.to; k++) if (SOMEONE_DETERMINERS.has(lowerAt(ctx, k - 1)) && unlistedPersonNoun(ctx.tokens[k], ctx.language)) return true;
  return false;
}

/**
 * Whether sentence `s` of the block has no verb outside its quotations: "« On ne comprend pas » cette
 * différence." frames words someone said; "« … » : le slogan a été repris" says what became of them.
 */
function verbless(ctx: Ctx, s: number, language: Language): boolean {
  const [from, to] = ctx.sentences[s] ?? [0, -1];
  for (let k = from; k <= to; k++) if (finiteAt(ctx.tokens[k], language)) return false;
  return true;
}

/** Connectives after which a writer may leave a verb's subject out: "Puis écrit :", "Then added:". */
const ELLIPSIS_LEADS = new Set(["puis", "ensuite", "et", "then", "and"]);

/** Whether the sentence at `from` opens on such a connective and then on the verb `cue`, an auxiliary maybe between. */
function subjectless(ctx: Ctx, from: number, cue: string): boolean {
  if (!ELLIPSIS_LEADS.has(lowerAt(ctx, from))) return false;
  const verb = ((ctx.tokens[from + 1]?.flags ?? 0) & AUXILIARY) !== 0 ? from + 2 : from + 1;
  return lowerAt(ctx, verb) === (cue.toLowerCase().split(" ").at(-1) ?? "");
}

/** Whether a quotation of more than a word or two stands between quotation `q` and token `to`. */
/** Whether quotation token `q` ends its block: nothing but punctuation follows it. */
function alone(ctx: Ctx, q: number): boolean {
  for (let k = q + 1; k < ctx.tokens.length; k++) if (ctx.tokens[k]?.kind !== "punct") return false;
  return true;
}

/** The lowercase words of tokens `from`..`to`. */
function wordsIn(ctx: Ctx, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k];
    if (t?.kind === "word") out.push(t.lower);
  }
  return out;
}

/** Whether a quotation of `words` words or more stands between tokens `q` and `to`. */
function quotationBetween(ctx: Ctx, q: number, to: number, words = 3): boolean {
  for (let k = q + 1; k < to; k++) {
    const t = ctx.tokens[k];
    if (t?.kind === "quote" && atLeastWords(t.text, words)) return true;
  }
  return false;
}

/** A quotation's words, lowercase, one space apart and at both ends: an echo matches whole words. */
function plainWords(text: string): string {
  return ` ${lettersAndDigits(text)} `;
}

/** Whether some quotation credited to `holder` holds the words of one credited to `d`. */
function echoes(spans: readonly Span[], decisions: readonly (Decision | undefined)[], d: Entity, holder: Entity): boolean {
  const theirs = spans.filter((_, i) => decisions[i]?.entity === holder).map((s) => plainWords(s.text));
  return spans.some((s, i) => {
    if (decisions[i]?.entity !== d) return false;
    const words = plainWords(s.text);
    return words.trim() !== "" && theirs.some((t) => t.includes(words));
  });
}

/** `/[.!?…]\s*$/u`, read back from the end: the regex tries every position of a long quotation. */
function endsOnStop(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Whether a person's name stands in tokens `from`..`to - 1`. */
function personBefore(ctx: Ctx, from: number, to: number): boolean {
  // "Comme Joël Nowakowski, éleveur…, des agriculteurs ont dû…", "Like Ann Reid, many parents…": an example
  // set before the group is not the sentence's own subject.
  return ctx.mentions.some((m) => m.kind === "name" && m.type === "person" && m.first >= from && m.first < to && !LIKE.has(lowerAt(ctx, m.first - 1)));
}

/** Conjunctions that open a clause of time or condition set before a sentence's subject. */
const FRONTED_LEADS = new Set(["when", "while", "after", "once", "whenever", "quand", "lorsque", "lorsqu’", "tandis", "dès"]);

/** Whether quotation `q` stands inside a clause of time its sentence opens on, before that clause's comma. */
function inFrontedClause(ctx: Ctx, q: number): boolean {
  const from = sentenceAt(ctx, q)?.[0] ?? -1;
  if (from < 0 || !FRONTED_LEADS.has(lowerAt(ctx, from))) return false;
  for (let k = from + 1; k < q; k++) if (ctx.tokens[k]?.text === ",") return false;
  return true;
}

/** Words that set a person as an example before a group: "Comme X, des agriculteurs…". */
const LIKE = new Set(["comme", "like"]);

/** `Évoquant une « … », la juge…`: a person or role named right after the comma that follows quotation `q`. */
function subjectAfterClause(ctx: Ctx, q: number): Mention | null {
  // "Déplorant « l’absence de dialogue » des pouvoirs publics dans ce dossier, l’avocat…": the clause may
  // go on past the quotation, with no verb of its own.
  let c = q + 1;
  for (; c <= q + CLAUSE_TAIL && ctx.tokens[c]?.kind === "word" && !verbAt(ctx, c) && ((ctx.tokens[c] as Token).flags & (AUXILIARY | FINITE_VERB_EN | FINITE_VERB_FR)) === 0; c++);
  if (ctx.tokens[c]?.text !== ",") return null;
  // "Se disant « très déçu », M. Legault…": past a courtesy title.
  const m = mentionStarting(ctx, c + 1) ?? nameAfterTitle(ctx, c + 1, Math.min(ctx.tokens.length - 1, c + 4));
  return m !== null && (m.kind === "name" || m.kind === "role") && m.type === "person" ? m : null;
}

/** The person's name opening the clause after the last comma before quotation `q`, a lowercase word after it; or null. */
function mainClauseSubject(ctx: Ctx, from: number, q: number): Mention | null {
  let c = q - 1;
  while (c > from && ctx.tokens[c]?.text !== ",") c--;
  const m = c > from ? mentionStarting(ctx, c + 1) : null;
  const next = m === null ? undefined : ctx.tokens[m.last + 1];
  // Its verb a compound tense or a reporting verb: not "Ajoutant qu’à ses yeux, Marie Dupont porte « … »", the claim's subject.
  return m !== null && m.kind === "name" && m.type === "person" && next !== undefined && next.kind === "word" && (next.flags & LOWERCASE) !== 0 && ((next.flags & AUXILIARY) !== 0 || next.info.verb[ctx.language] != null) ? m : null;
}

/** How many words a participle's clause may run on after its quotation. */
const CLAUSE_TAIL = 10;

/** What is known of a quotation when its first segment is read. */
interface Opener {
  found: Found | null;
  before: string[];
  opens: boolean;
  about: Entity | null;
  /** The person the sentence before named, when it had no subject. */
  named: Entity | null;
  /** The person the quotation's sentence is about, named before it. */
  subject: Entity | null;
  /** Whether the cue before it opens the sentence ("Responding to …, X called for “…”"). */
  leads: boolean;
}

/** Past the asides between commas at token `k` ("Calogero, avant son concert, jeudi soir, a demandé"): where the verb may be. */
function pastInserts(ctx: Ctx, k: number, to: number): number {
  if (ctx.tokens[k]?.text !== ",") return k;
  let at = k;
  for (let asides = 0; ctx.tokens[at]?.text === "," && asides < MAX_ASIDES; asides++) {
    if (verbAt(ctx, at + 1)) return at + 1;
    let c = at + 1;
    while (c <= to && c <= at + MAX_ASIDE && ctx.tokens[c]?.text !== "," && ctx.tokens[c]?.kind !== "quote") c++;
    if (ctx.tokens[c]?.text !== ",") break;
    at = c;
  }
  return at + 1;
}

/** How many tokens an aside between commas may take, and how many asides. */
const MAX_ASIDE = 8;
const MAX_ASIDES = 3;

/** The reporting participle of "a estimé" right after token `k`, or -1. */
function compoundVerbAfter(ctx: Ctx, k: number): number {
  const auxiliary = ((ctx.tokens[k + 1]?.flags ?? 0) & AUXILIARY) !== 0;
  return auxiliary && ctx.tokens[k + 2]?.info.verb[ctx.language] != null ? k + 2 : -1;
}

/** Possessive determiners a sentence about someone's things opens on, with the gender they tell (null: the noun's). */
const POSSESSIVE_LEADS: ReadonlyMap<string, Gender | null> = new Map([
  ["son", null], ["sa", null], ["ses", null], ["his", "male"], ["her", "female"],
]);

/**
 * Whether the sentence from token `from` opens on a possessive that may be `owner`'s, names no one before the
 * quotation at `q`, and ends on a colon right before it.
 */
function possessiveLead(ctx: Ctx, from: number, q: number, owner: Entity): boolean {
  const lead = POSSESSIVE_LEADS.get(lowerAt(ctx, from));
  if (lead === undefined || ctx.tokens[q - 1]?.text !== ":") return false;
  if (lead !== null && owner.gender !== null && owner.gender !== lead) return false;
  if (owner.type !== "person") return false;
  return !ctx.mentions.some((m) => m.first > from && m.first < q && (m.kind === "name" || m.kind === "role"));
}

/** The index in `ctx.sentences` of the sentence starting at token `from`, or -1. */
function sentenceIndex(ctx: Ctx, from: number): number {
  return ctx.sentences.findIndex((s) => s[0] === from);
}

/** English auxiliaries of a compound tense before a light verb: "has given an update". */
const EN_AUXILIARIES = new Set(["has", "have", "had"]);

/** Whether a speech locution ("donne des précisions", "gave an update") follows token `k`, past its auxiliary, before `to`. */
function locutionAfter(ctx: Ctx, k: number, to: number): boolean {
  let i = k;
  if (((ctx.tokens[i]?.flags ?? 0) & AUXILIARY) !== 0 || (ctx.language === "en" && EN_AUXILIARIES.has(lowerAt(ctx, i)))) i++;
  return speechLocutionAt((j) => (j <= to ? lowerAt(ctx, j) : undefined), i, ctx.language);
}

/** Whether a reporting verb, finite or after its auxiliary, starts at token `k`: "said", "a reconnu". */
function verbAt(ctx: Ctx, k: number): boolean {
  return ctx.tokens[k]?.info.verb[ctx.language]?.finite === true || compoundVerbAfter(ctx, k - 1) >= 0;
}

/** An English cue in the present: "says", "explains" (not "was", "has"). */
const PRESENT_EN = /^(?!was\b|has\b|is\b)\p{Ll}+s\b/u;

/** French object and negation clitics a verb's auxiliary may stand behind: "l’a vécu", "s’est plaint", "n’a pas". */
const AUXILIARY_CLITICS_FR = new Set(["l’", "l'", "les", "lui", "leur", "s’", "s'", "se", "n’", "n'", "ne", "y", "en"]);

/**
 * Auxiliaries of the third person singular: one person's verb ("Kully has run", "Shaddrak l’a vécu"),
 * where "Yobs have forced…" is a capitalised common noun's.
 */
const SINGULAR_AUXILIARIES = {
  en: new Set(["is", "was", "has", "does"]),
  fr: new Set(["a", "avait", "aura", "aurait", "est", "était", "sera", "serait", "fut", "va", "peut", "doit"]),
};

/** Whether a singular auxiliary opens a verb at token `k`, past French clitics: "has lived", "l’a vécu", "n’est pas". */
function auxiliaryAfter(ctx: Ctx, k: number): boolean {
  let j = k;
  while (ctx.language === "fr" && j < k + 2 && AUXILIARY_CLITICS_FR.has(lowerAt(ctx, j))) j++;
  return SINGULAR_AUXILIARIES[ctx.language].has(lowerAt(ctx, j));
}

/** "Solange, 74 ans": someone of unknown kind whose gender or lone first name shows a person. */
function personLike(e: Entity): boolean {
  return e.type === "person" || (e.type === "unknown" && (e.gender !== null || isFirstName(e.name)));
}

/** Words that give a source, not a subject: "selon la CGT", "according to the UN". */
const SOURCE_WORDS = new Set(["selon", "d’après", "to"]);

/** Naming words: "Le PSG, longtemps surnommé « le club des stars »" is no one's speech. */
const NAMING_BEFORE = new Set([
  "surnommé", "surnommée", "surnommés", "surnommées", "dubbed", "nicknamed", "called", "appelé", "appelée", "appelés", "appelées",
  "baptisé", "baptisée", "baptisés", "baptisées", "known",
]);

/** Words that name a thing with "as" after them: "creations billed as “fresh oyster mushrooms”" is a seller's label, not speech. */
const NAMING_AS = new Set(["billed", "branded", "marketed", "labelled", "labeled", "advertised", "sold", "known"]);

/** Words before a quotation that make it a noun phrase someone names, not words they said (besides naming words). */
const NOUN_GOVERNORS: Readonly<Record<"en" | "fr", ReadonlySet<string>>> = {
  en: new Set(["the", "a", "an", "of", "with", "reading", "read", "saying"]),
  // Not "de": "a qualifié l’incendie de « scène infernale »" gives the subject's words.
  fr: new Set(["le", "la", "les", "l’", "un", "une", "des", "du", "avec"]),
};

/** Words that introduce a passive's agent. */
const AGENT_WORDS = new Set(["by", "par"]);

/** How many words make a partial quotation someone's words rather than a term, when only the sentence's subject says whose. */
const PARTIAL_WORDS = 3;

/** French reflexive pronouns before a participle: "Se disant…", "S’estimant…". */
const REFLEXIVE = new Set(["se", "s’"]);

/** English possessives that open a paragraph about someone, by their gender. */
const POSSESSIVE_OPENERS: ReadonlyMap<string, Gender> = new Map([["his", "male"], ["her", "female"]]);

/** Methods by which a cue after a quotation credited it. */
const CUE_AFTER = new Set(["cue-after", "cue-after-inverted", "cue-after-unknown-verb"]);

/**
 * `“…” et “…”, a précisé le parquet`: a quotation that no cue credits, a few words before another in
 * the same sentence, shares the cue that follows the second.
 */
function shareCues(spans: readonly Span[], decisions: (Decision | undefined)[]): void {
  // From the last back: "« A », « B », « C », promet l’entreprise" passes the cue from C to B, then to A.
  for (let i = spans.length - 1; i >= 1; i--) {
    const prev = previousInSentence(spans[i] as Span);
    if (prev === undefined) continue;
    const p = spans.indexOf(prev, Math.max(0, i - 4));
    const here = decisions[i];
    const there = decisions[p];
    // "Les deux ont « … » leur « … », selon Downing Street": a source closing the sentence is whose words both are.
    const source = here?.method === "according-to";
    // "« A » dont « B » de la réforme, explique X": so is a cue that closes the sentence past the second.
    if (p < 0 || here === undefined || there === undefined || here.entity === null || !(CUE_AFTER.has(here.method) || here.method === "shared-cue" || here.method === "cue-closing" || source)) continue;
    // "“Will you resign?”, “Absolutely not,” Johnson replied": a question before an answer is someone else's.
    if (prev.text.trimEnd().endsWith("?")) continue;
    // A continuation is only a guess: the cue in the same sentence says better. So is a phrase that had no
    // speaker: "Mais « l’arme la plus puissante », « c’est la contestation du loyer » rappelle X".
    const unspoken = there.term === NO_SPEAKER && atLeastWords(prev.text, PARTIAL_WORDS);
    if ((there.entity !== null && there.method !== "continuation") || (there.term !== null && !unspoken) || there.cue !== null) continue;
    decisions[p] = new Decision({ entity: here.entity, cue: here.cue, mode: here.mode, method: "shared-cue", when: here.when, term: null });
  }
}

/**
 * Every block's tokens, each top-level quotation standing as one. The quotations' pieces by block are
 * needed only here: made in a function of their own, they are not kept while the article is read.
 */
function tokenizeBlocks(blocks: readonly Block[], spans: readonly Span[], language: Language): Token[][] {
  const pieces = piecesByBlock(spans);
  return blocks.map((block) => tokenizeBlock(block, pieces.get(block.index) ?? [], language));
}

/**
 * Credits each span with a speaker, or turns it into a term. Reads blocks in order and keeps a
 * discourse state, so pronouns, role nouns and continuations resolve to what came before.
 */
export function attribute(blocks: Block[], spans: Span[], language: Language, registry: Registry): { quotes: Attributed[]; terms: Term[] } {
  const reader = new Reader(blocks, spans, language, registry);
  const tokenized = tokenizeBlocks(blocks, spans, language);
  lowerHouseCaps(blocks, tokenized);
  // "Theresa May… said May": a family name spelled like a word, once the article gave it after a first name.
  const surnames = wordSurnames(tokenized);
  const words = blocks.map((block, b) => blockWords(block, surnames.size === 0 ? (tokenized[b] as Token[]) : markSurnames(tokenized[b] as Token[], surnames), language));
  const names: Mention[] = [];
  blocks.forEach((block, b) => addStoryNames(names, block, words[b] as BlockWords, language));
  reader.follow(protagonist(names));
  // Each block's mentions are indexed again where it is read, rather than kept from the pass above: kept
  // for every block up front, the indexes lived through the whole article, and every young collection
  // copied them. Indexing a block's few mentions costs less than that.
  blocks.forEach((block, b) => reader.read(block, blockCtx(block, words[b] as BlockWords, language)));
  const decisions = reader.decisions;

  for (let i = 0; i < spans.length; i++) {
    if (decisions[i] !== undefined) continue;
    const s = spans[i] as Span;
    const short = termReason(s.text, [], language, false);
    decisions[i] = short !== null
      ? new Decision({ entity: null, cue: null, mode: null, method: "term", when: null, term: s.depth > 0 ? "nested" : short })
      : new Decision({ entity: null, cue: null, mode: null, method: s.depth > 0 ? "nested" : "none", when: null, term: null });
  }
  shareCues(spans, decisions);
  // A description found to be someone named later speaks as them, for the repeats of its words too.
  const later = reader.namedLater();
  // "A British cabinet minister vowed “more radical” policies… Robert Jenrick: “…some more radical options…”": a
  // lede's unnamed source is the person named later only if that person echoes its words (an anonymous one rarely does).
  for (const [d, holder] of later) if (isLede(d) && !echoes(spans, decisions, d, holder)) later.delete(d);
  if (later.size > 0) {
    for (let i = 0; i < decisions.length; i++) {
      const dec = decisions[i];
      const named = dec?.entity == null ? undefined : later.get(dec.entity);
      if (dec !== undefined && named !== undefined) decisions[i] = new Decision({ ...dec, entity: named });
    }
  }
  repeatPass(spans, decisions);

  const quotes: Attributed[] = [];
  const terms: Term[] = [];
  // Entities no longer change: each speaker is worked out once, and copied for each of its quotations.
  const speakers = new Map<Entity, Speaker>();
  const speaker = (e: Entity): Speaker => {
    let sp = speakers.get(e);
    if (sp === undefined) {
      sp = speakerOf(e);
      speakers.set(e, sp);
    }
    return { ...sp };
  };
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    const dec = decisions[i] as Decision;
    if (dec.term !== null) {
      const a = s.segments[0];
      const z = s.segments[s.segments.length - 1];
      if (a !== undefined && z !== undefined) terms.push({ text: s.text, block: a.block, start: a.start, end: z.end, reason: dec.term });
      continue;
    }
    quotes.push({ ...s, speaker: dec.entity === null ? null : speaker(dec.entity), cue: dec.cue, mode: dec.mode, method: dec.method, when: dec.when });
  }
  return { quotes, terms };
}

/**
 * The quotation stage end to end: spans, then credits. Takes every block of the article in reading
 * order: quotations are found in paragraphs and the dek, while titles and headings are read as
 * context, so a name or role they give resolves the pronouns and role nouns that follow; a heading
 * that is nothing but a quotation is one too, of the section it heads.
 */
export function extractQuotes(blocks: Block[], language: Language, registry: Registry): { quotes: Attributed[]; terms: Term[] } {
  const { quotes, terms } = attribute(blocks, findSpans(blocks, language), language, registry);
  return { quotes: withQuotedHeadings(blocks, quotes, language), terms };
}
