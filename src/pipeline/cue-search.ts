import { BE_FORMS } from "./be-forms.ts";
import type { Language, Mode } from "../schema/quote.ts";
import { SPACE, classOf } from "./chars.ts";
import { isAuxiliary, isEnglishBaseForm, isNamingVerb, isWorkNoun, prepositionCueIn, type VerbCue } from "./cues.ts";
import { atLeastWords, isTitleCase, readsAsClause, wordCount } from "./terms.ts";
import { lowerAt, mentionEnding, mentionStarting, named, sentenceAt, textBetween, type Ctx } from "./context.ts";
import { COMPLEMENT, FORMER, LATTER, NO_MODIFIERS, THE_ONE, type Mention } from "./mentions.ts";
import { deniesClaim } from "./denied-claims.ts";
import { signatureAt } from "./signature.ts";
import { ledeSubjectAfter } from "./colon-lede.ts";
import { CALENDAR, COURTESY_TITLES, DEFINITE_ARTICLES, DETERMINERS, POSSESSIVES_EN, PREPOSITIONS, THIRD_POSSESSIVES } from "./names-lexicon.ts";
import { MAX_COMPLEMENT, governed, itAt, nameAfterEpithet, nameAfterTitle, openingClauseEnd, participle, personAfterModifier, pastAdverbials, pastPhraseInTense, possessorOf, sentenceSubject, statementAt, subjectAfter, subjectBefore } from "./subjects.ts";
import type { Token } from "./tokens.ts";
import { judgementHolder, viewLedHolder } from "./view-lead.ts";
import { AND_WORDS, AUXILIARY, CAPITALISED, CONNECTOR, FINITE_VERB_EN, FINITE_VERB_FR, LOWERCASE, PERSON_ROLE_WORD, PREMODIFIER, ROLE_WORD, SPEECH_NOUN_EN, TITLE_WORD, mentAdverb, prepositionStart, speechNoun } from "./words.ts";

/** A cue found for a quotation and the mention it credits. */
export interface Hit {
  /** The cue as written; none when the construction alone credits (`X est inquiet : « … »`). */
  cue: string | null;
  mode: Mode | null;
  who: Mention | null;
  method: string;
  /** Token window where the cue's time expression may sit. */
  from: number;
  to: number;
}

/** Words before a form like "tweets" or "reply" that make it a noun, not a verb. */
const NOUN_LEFT: Readonly<Record<"en" | "fr", ReadonlySet<string>>> = {
  en: new Set(["his", "her", "its", "their", "the", "a", "an", "my", "our", "your", "of", "this", "these", "those"]),
  fr: new Set(["son", "sa", "ses", "leurs", "un", "une", "des", "du", "ce", "cette", "ces", "les", "autres"]),
};
/** How far a cue may sit from its quotation, in tokens. */
const REACH = 60;

/** Stressed and object pronouns after a source preposition: `selon lui`, `according to her`. */
const OBJECT_PRONOUNS: ReadonlyMap<string, "male" | "female"> = new Map([["lui", "male"], ["him", "male"], ["her", "female"]]);
const PLURAL_OBJECTS = new Set(["eux", "elles", "them"]);

/** Who a source preposition names at `k`: a mention, or a pronoun (`selon lui`, `according to him`). */
function sourceAt(ctx: Ctx, k: number): Mention | null {
  // "selon Me Alain Durand", "according to Dr. John Smith": a person's name starts after their title.
  const m = named(ctx, mentionStarting(ctx, k)) ?? nameAfterTitle(ctx, k, ctx.tokens.length - 1);
  if (m !== null) return m;
  const sourceName = nameAfterArticle(ctx, k);
  if (sourceName !== null) return sourceName;
  // "according to an NYPD statement", "selon un communiqué de…" aside: a name qualifying a statement is its author.
  const qualifier = /^(?:a|an|the)$/.test(lowerAt(ctx, k)) ? named(ctx, mentionStarting(ctx, k + 1)) : null;
  const after = qualifier === null ? undefined : ctx.tokens[qualifier.last + 1];
  if (qualifier !== null && qualifier.kind === "name" && after !== undefined && after.kind === "word" && speechNoun(after.flags, ctx.language)) return qualifier;
  const author = authorAfter(ctx, k);
  if (author !== null) return author;
  const t = ctx.tokens[k];
  const gender = t === undefined ? undefined : OBJECT_PRONOUNS.get(t.lower);
  // "pour eux", "according to them": the group last spoken of.
  const plural = t !== undefined && PLURAL_OBJECTS.has(t.lower);
  if (t === undefined || (gender === undefined && !plural)) return null;
  return { kind: "pronoun", first: k, last: k, text: t.text, role: null, head: null, modifiers: NO_MODIFIERS, gender: gender ?? null, type: "person", possessive: false, sameAs: null, implied: null, plural, descriptive: false, partitive: false };
}

/** How many words a source's document may take before its author: "un premier bilan transmis par". */
const MAX_DOCUMENT = 5;
/**
 * "transmis par", "released by": participles that make their agent a document's author. Not "seen by",
 * "obtained by": a draft seen by Reuters is not Reuters's words.
 */
const AUTHORED = /^(?:transmise?s?|publiée?s?|diffusée?s?|communiquée?s?|établie?s?|fournie?s?|dressée?s?|rédigée?s?|réalisée?s?|envoyée?s?|released|issued|published|provided|compiled|produced|prepared|sent|given)$/u;
const BY = new Set(["par", "by"]);

/**
 * "selon un premier bilan transmis par le Sdis", "according to figures released by the council": a document
 * a participle says someone made has them for its author. Returns the agent's mention, or null.
 */
function authorAfter(ctx: Ctx, k: number): Mention | null {
  for (let f = k + 1; f <= k + MAX_DOCUMENT && f < ctx.tokens.length; f++) {
    const t = ctx.tokens[f] as Token;
    if (t.kind !== "word" || mentionStarting(ctx, f) !== null) return null;
    if (!BY.has(t.lower) || !AUTHORED.test(lowerAt(ctx, f - 1)) || f - 1 <= k) continue;
    const article = DEFINITE_ARTICLES.has(lowerAt(ctx, f + 1)) && mentionStarting(ctx, f + 1) === null ? 1 : 0;
    const m = named(ctx, mentionStarting(ctx, f + 1 + article));
    return m !== null && m.kind !== "pronoun" ? m : null;
  }
  return null;
}

/** Where the sentence ends after a view holder's name ending at `k` and its paper or body ("de L’Express"); -1 if it goes on. */
function viewHolderEnd(ctx: Ctx, k: number, last: number): number {
  let e = k;
  const link = ctx.tokens[e + 1]?.lower ?? "";
  if (link === "de" || link === "du" || link === "d’") {
    const org = mentionStarting(ctx, e + 2) ?? (ctx.tokens[e + 2]?.lower === "l’" ? mentionStarting(ctx, e + 3) : null);
    if (org !== null) e = org.last;
  }
  return e === last || (e + 1 === last && /^[.!]$/.test(ctx.tokens[last]?.text ?? "")) ? e : -1;
}

/** Quoted words opening on an article or a determiner: a thing, not a view ("Un camouflet", "La fin d’une époque"). */
const NOUN_PHRASE_FR = /^\s*(?:une?|les?|la|l[’']|des|ce|cette|ces|son|sa|ses|leurs?|notre|nos|votre|vos)\s/iu;

/** Prepositions after a word that make it a noun: "comments on", "claims about". */
const NOUN_PREPOSITIONS_EN = new Set(["on", "about", "of", "to", "from", "by", "over", "against", "for", "with", "in", "at"]);

/**
 * "selon la CGT", "selon les Verts", "according to the UN": a name whose article stands outside its
 * mention, at `k`. Not "according to the Okafor family", "selon la Constitution": a name a noun follows,
 * a text, or one word no acronym or plural makes an organisation's.
 */
function nameAfterArticle(ctx: Ctx, k: number): Mention | null {
  const article = DEFINITE_ARTICLES.has(lowerAt(ctx, k)) || lowerAt(ctx, k) === "les";
  const name = article ? mentionStarting(ctx, k + 1) : null;
  if (name === null || name.kind !== "name") return null;
  const next = ctx.tokens[name.last + 1];
  // "selon l’Association des fromages des Alpes": a complement goes on with the name.
  const plain = next !== undefined && next.kind === "word" && (next.flags & LOWERCASE) !== 0 && next.info.verb[ctx.language] === null && !(name.type === "organisation" && PREPOSITIONS.has(next.lower));
  const lone = name.first === name.last && name.type !== "organisation" && !/^\p{Lu}{2,}$/u.test(name.text) && lowerAt(ctx, k) !== "les";
  // "selon la Convention de Genève", "la Déclaration des droits de l’homme": a text, by its first word too.
  const text = DOCUMENTS.has(lowerAt(ctx, name.last)) || DOCUMENTS.has(lowerAt(ctx, name.first));
  return plain || lone || text ? null : named(ctx, name);
}

/** `prepositionCueIn`, asked only where the token may start a preposition. */
function prepositionAt(tokens: readonly Token[], k: number, language: "en" | "fr"): number {
  const t = tokens[k];
  return t !== undefined && prepositionStart(t.flags, language) ? prepositionCueIn(tokens, k, language) : 0;
}

/** The last character of `text` that is not whitespace, or "" (read backwards: quotations are long). */
function lastNonSpace(text: string): string {
  let k = text.length - 1;
  while (k >= 0 && (classOf(text.charCodeAt(k)) & SPACE) !== 0) k--;
  return k < 0 ? "" : (text[k] as string);
}

/** `isSpeechNoun` of the token at `k` (none past the block's end). */
/** Whether a noun its determiner opens stands right before quotation `q`: "la question « … »", "le slogan « … »". */
function nounBefore(tokens: readonly Token[], q: number, language: "en" | "fr"): boolean {
  const t = tokens[q - 1];
  return t !== undefined && t.kind === "word" && (t.flags & LOWERCASE) !== 0 && t.info.verb[language] === null && DETERMINERS.has(tokens[q - 2]?.lower ?? "");
}

function isSpeechNounAt(tokens: readonly Token[], k: number, language: "en" | "fr"): boolean {
  const t = tokens[k];
  return t !== undefined && speechNoun(t.flags, language);
}

function pronounAt(ctx: Ctx, k: number): Mention | null {
  // "précise t-il": the euphonic "t" of an inversion whose hyphen before it was lost.
  const euphonic = ctx.language === "fr" && ctx.tokens[k]?.lower === "t" && textBetween(ctx, k, k + 1).endsWith("-" + (ctx.tokens[k + 1]?.text ?? "")) ? 1 : 0;
  const m = mentionStarting(ctx, k + euphonic);
  return m !== null && m.kind === "pronoun" ? m : null;
}

/** Prepositions that say whose staff the impersonal "on" is: `explique-t-on à la région`, `chez Renault`. */
const AT_BODY = new Set(["à", "au", "aux", "chez"]);

/**
 * "« … », explique-t-on à la région", "précise-t-on au ministère": an inverted impersonal "on" followed by the
 * body it works at; the body speaks. The verb at `k`, its inverted "on" right after it.
 */
function bodyOfOn(ctx: Ctx, k: number, last: number): Hit | null {
  const verb = ctx.tokens[k];
  if (verb === undefined || verb.kind !== "word" || verb.text !== verb.lower || ctx.tokens[k + 1]?.lower !== "on" || !/-(?:t-)?on$/iu.test(textBetween(ctx, k, k + 1))) return null;
  // "commente-t-on cependant à l’Office national…": past an adverb.
  const at = adverbFr(ctx.tokens[k + 2]) ? k + 3 : k + 2;
  if (!AT_BODY.has(lowerAt(ctx, at))) return null;
  const m = mentionStarting(ctx, at + 1) ?? (DETERMINERS.has(lowerAt(ctx, at + 1).replace("'", "’")) ? mentionStarting(ctx, at + 2) : null);
  if (m === null || m.type !== "organisation" || m.plural) return null;
  return hit(ctx, k, k + 1, "said", m, "cue-after-inverted", k, Math.min(m.last + 8, last));
}

/** `dans un communiqué`: what an organisation writes in. */
const STATEMENT_FR = new Set(["communiqué", "courriel"]);

/**
 * "« … », écrit-elle dans un communiqué": a French pronoun that writes a statement stands for an
 * organisation of its grammatical gender (la police, le parquet) as readily as for a person.
 */
function statementPronoun(ctx: Ctx, who: Mention | null): Mention | null {
  if (who === null || who.kind !== "pronoun" || who.gender === null || ctx.language !== "fr") return who;
  const t = ctx.tokens;
  const k = who.last + 1;
  const inA = t[k]?.lower === "dans" && (t[k + 1]?.lower === "un" || t[k + 1]?.lower === "son" || t[k + 1]?.lower === "le");
  return inA && STATEMENT_FR.has(t[k + 2]?.lower ?? "") ? { ...who, type: "organisation" } : who;
}

function hit(ctx: Ctx, a: number, b: number, mode: Mode | null, who: Mention | null, method: string, from: number, to: number): Hit {
  return { cue: textBetween(ctx, a, b), mode, who: statementPronoun(ctx, who), method, from, to };
}

/** Subject pronouns that open a clause of their own: `…, told officers he did not know them`. */
const CLAUSE_SUBJECTS = new Set(["he", "she", "they", "we", "i", "it", "il", "elle", "ils", "elles", "nous", "on"]);

/**
 * Whether a clause of its own follows token `k` in its sentence: a subject pronoun, or a lowercase
 * finite verb that reports nothing (`— Sarah Jones, a volunteer, nodded`). A participle in -ed
 * describes (`— Emily King, nominated for…`).
 */
function clauseAfter(ctx: Ctx, k: number): boolean {
  const last = sentenceAt(ctx, k)?.[1] ?? k;
  for (let f = k + 1; f <= last; f++) {
    const t = ctx.tokens[f] as Token;
    if (t.kind !== "word" || (t.flags & LOWERCASE) === 0) continue;
    if (CLAUSE_SUBJECTS.has(t.lower)) return true;
    if ((t.flags & (FINITE_VERB_EN | FINITE_VERB_FR)) !== 0 && t.info.verb[ctx.language] === null && !/ed$/.test(t.lower)) return true;
  }
  return false;
}

/**
 * `"Les Fossoyeurs", ouvrage signé Victor Castanet`, `"Dune", a novel written by…`: a kind of work in
 * apposition names what the marks hold, a title; the verb after it tells who made the work, not who spoke.
 * Not a work's word before a role ("“…,” film director Ken Loach said").
 */
function workAfter(tokens: readonly Token[], k: number, language: "en" | "fr"): boolean {
  const noun = DETERMINERS.has(tokens[k]?.lower ?? "") ? k + 1 : k;
  const t = tokens[noun];
  if (t === undefined || (t.flags & LOWERCASE) === 0 || !isWorkNoun(t.lower, language)) return false;
  const next = tokens[noun + 1];
  return next !== undefined && (next.flags & LOWERCASE) !== 0 && (next.flags & (ROLE_WORD | PERSON_ROLE_WORD | TITLE_WORD)) === 0;
}

/** Words after a verb that open the words it reports itself: "dit que oui", "said that it would not". */
const REPORTED_CLAUSE = new Set(["que", "qu’", "qu'", "that", "whether", "if", "oui", "non", "yes", "no"]);

/** Words opening a clause of concession or cause: its verb is never the quotation's cue. */
const CONCESSIVE_LEADS = new Set(["although", "though", "because", "whereas", "unless", "if", "bien", "quoique", "puisque", "puisqu’", "parce"]);

/**
 * Cue right after the quotation: `"…," said X`, `"…," X said`, `"…," he added`, `"…", a-t-il dit`,
 * `"…," Hazemi-Jebelli's letter says`, `"…," he resonded` (an unknown past tense after a pronoun).
 */
/** Whether the words from `from` run, with no other punctuation, to a colon a quotation follows, by `last`. */
function colonIntoQuote(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last + 1 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word") continue;
    return t.text === ":" && tokens[k + 1]?.kind === "quote";
  }
  return false;
}

export function cueAfter(ctx: Ctx, q: number, quoteText: string): Hit | null {
  const { tokens, language } = ctx;
  const last = sentenceAt(ctx, Math.min(q + 1, tokens.length - 1))?.[1] ?? q;
  let k = q + 1;
  // "'…' - RQHR Vice-President Dr. David McCutcheon": a hyphen spaced as a dash signs as one.
  const hyphen = tokens[k];
  const spacedHyphen = hyphen?.text === "-" && /\s/u.test(ctx.source.charAt(hyphen.start - ctx.base - 1)) && /\s/u.test(ctx.source.charAt(hyphen.end - ctx.base));
  const comma = tokens[k]?.text === "," || tokens[k]?.text === "—" || tokens[k]?.text === "–";
  // "“…” — Emily King, nominated for…": a name signing the words, with no verb, after a quotation
  // that opens its paragraph ("…: “We will not leave anyone behind” — Sarah Jones, a volunteer, nodded" is no signature).
  const signer = (comma || spacedHyphen) && tokens[k]?.text !== "," && q === 0 && !clauseAfter(ctx, k) ? signatureAt(ctx, k) : null;
  if (signer !== null) return { cue: null, mode: null, who: signer, method: "signature", from: k, to: signer.last };
  const lede = q === 0 ? ledeSubjectAfter(ctx, k) : null;
  if (lede !== null) return { cue: null, mode: null, who: lede, method: "colon-lede", from: k, to: lede.last };
  if (comma) k++;
  if (k >= tokens.length || tokens[k]?.kind !== "word") return null;
  if (comma && workAfter(tokens, k, language)) return null;
  const end = lastNonSpace(quoteText);
  // `"I think they should have their own choices," Artemis Nelson. "We live…"`: a person's full name alone after the
  // quotation's comma, closing the sentence, is its speaker whose verb the copy dropped.
  // Only a clause that opens its sentence: "Among them is “Hope,” John Smith." names a work and its maker.
  const opensSentence = (sentenceAt(ctx, q)?.[0] ?? -1) === q;
  const bare = end === "," && !comma && opensSentence && readsAsClause(quoteText, language) ? mentionStarting(ctx, k) : null;
  if (bare !== null && bare.kind === "name" && bare.type === "person" && bare.last > bare.first && tokens[bare.last + 1]?.text === "." && bare.last + 1 === last) {
    return { cue: null, mode: null, who: bare, method: "cue-after", from: k, to: bare.last };
  }
  // `"… se dégrader." explique Régis Combernoux, viticulteur`: a lowercase word goes on with the sentence.
  const endsSentence = (end === "." || end === "…") && !comma && ((tokens[k]?.flags ?? 0) & LOWERCASE) === 0;
  // `« … ? » L’homme dit que oui`: after a question or an exclamation, a capital starts a sentence of its own too,
  // whose verb is no cue where it reports words of its own (`"Why now?" Smith yelled during the speech.` still is one).
  const endsQuestion = (end === "?" || end === "!") && !comma && ((tokens[k]?.flags ?? 0) & LOWERCASE) === 0;
  const window = (to: number) => [q + 1, Math.min(to + 8, last)] as const;
  const accept = (h: Hit, stop: number): Hit | null => {
    const after = tokens[stop + 1];
    // `'cannot afford them' Zaid added: "…"`, `"What do you think?" The reporter said, "…"`: a cue
    // that opens the next quotation is not this one's.
    // Not a French inversion and its comma: `"Ça voudrait dire…" se désole Hélène Desmares, "alors que…"` only
    // incises a verb before its subject.
    // Not words a noun governs: "À la question « … » répond Paul Girard, « non »" is the question's.
    const inverted = language === "fr" && after?.text === "," && h.who !== null && h.who.first > k && !nounBefore(tokens, q, language);
    const opensNext = tokens[stop + 2]?.kind === "quote" && (after?.text === ":" || (after?.text === "," && !comma && end !== "," && !inverted));
    if (opensNext) return null;
    // `"J'ai récupéré pleins de mégots !" Sa mère résume la démarche : "…"`: after French words that ended their
    // sentence, a clause whose colon brings in the next quotation is that one's. In English it is most often the cue
    // of both: `"Brilliant!" Arteta said afterwards: "…"`.
    if (language === "fr" && (endsQuestion || endsSentence) && colonIntoQuote(tokens, stop + 1, last)) return null;
    if (endsQuestion) return after === undefined || !REPORTED_CLAUSE.has(after.lower) ? h : null;
    // `"… done." He added, "…"`: after a full stop the next words start another sentence.
    if (!endsSentence) return h;
    return after === undefined || /^[.!?]$/.test(after.text) ? h : null;
  };
  const t = tokens[k];
  if (t === undefined) return null;
  // "He dismissed reports as "misinformation" even though local people said…": a clause of concession or
  // cause after the quotation reports words of its own.
  if (CONCESSIVE_LEADS.has(t.lower) || (t.lower === "even" && CONCESSIVE_LEADS.has(tokens[k + 1]?.lower ?? ""))) return null;
  // "les appels « à la sérénité » du juge", "the calls for “calm” from the judge": whose the noun's words are.
  if (!comma && isSpeechNounAt(tokens, q - 1, language) && OWNER_LINKS.has(t.lower)) {
    const who = sourceAt(ctx, k + 1);
    if (who !== null && who.kind !== "pronoun") return hit(ctx, q - 1, q - 1, null, who, "speech-noun", ...window(who.last));
  }
  const p = prepositionAt(tokens, k, language);
  if (p > 0) {
    const who = sourceAt(ctx, k + p);
    return who === null ? null : accept(hit(ctx, k, k + p - 1, null, who, "according-to", ...window(who.last)), who.last);
  }
  // "« Du jamais vu » pour Benjamin Sportouch de L’Express.": a sentence of the quotation and whose view it is,
  // a person's full name ("… pour lui", "… pour Marie" are whom it is for), after no noun phrase the person is
  // the object of ("« Un camouflet » pour Emmanuel Macron").
  if (language === "fr" && t.lower === "pour" && (sentenceAt(ctx, q)?.[0] ?? -1) === q && !NOUN_PHRASE_FR.test(quoteText)) {
    const who = mentionStarting(ctx, k + 1);
    const stop = who === null ? -1 : viewHolderEnd(ctx, who.last, last);
    if (who !== null && who.kind === "name" && who.type === "person" && who.text.includes(" ") && stop >= 0) return hit(ctx, k, k, null, who, "according-to", ...window(stop));
  }
  // French inversions: a-t-il déclaré / déclare-t-elle / a déclaré X / a ensuite soupiré X
  if (language === "fr" && (t.flags & AUXILIARY) !== 0) {
    const pr = pronounAt(ctx, k + 1) ?? gluedPlural(ctx, k);
    let vk = pastPhraseInTense(tokens, k + (pr !== null ? 2 : 1));
    if (adverbFr(tokens[vk])) vk++;
    const v = tokens[vk]?.info.verb[language] ?? null;
    if (v !== null) {
      const who = pr ?? subjectAfter(ctx, vk, last);
      return accept(hit(ctx, k, vk, v.mode, who, "cue-after", ...window(vk)), who?.last ?? vk);
    }
  }
  // "« … », d’ajouter Tedesco", "», de conclure le maire": a narrative infinitive, its subject after it.
  if (language === "fr" && /^(?:de|d’|d')$/.test(t.lower) && comma) {
    const inf = tokens[k + 1]?.info.verb.fr ?? null;
    const who = inf !== null && /(?:er|ir|re)$/.test(tokens[k + 1]?.lower ?? "") ? subjectAfter(ctx, k + 1, last) : null;
    if (inf !== null && who !== null) return accept(hit(ctx, k, k + 1, inf.mode, who, "cue-after", ...window(k + 1)), who.last);
  }
  // "« un trait d'union » comme l'affirme Christian Duriez", "comme l’a rappelé le maire": the words, as their speaker puts them.
  if (language === "fr" && t.lower === "comme" && AS_OBJECTS_FR.has(lowerAt(ctx, k + 1))) {
    const vk = ((tokens[k + 2]?.flags ?? 0) & AUXILIARY) !== 0 ? k + 3 : k + 2;
    const v = tokens[vk]?.info.verb.fr ?? null;
    const who = v !== null && (v.finite || vk === k + 3) ? subjectAfter(ctx, vk, last) : null;
    // Only someone the text names or gives a role: not "comme le dit le proverbe", "l’adage".
    if (v !== null && who !== null && ctx.mentions.includes(who)) return accept(hit(ctx, k, vk, v.mode, who, "cue-after", ...window(vk)), who.last);
  }
  if (language === "fr") {
    const staff = bodyOfOn(ctx, k, last);
    if (staff !== null) return accept(staff, staff.who?.last ?? staff.to);
    const inv = invertedCue(ctx, k, last);
    if (inv !== null) return accept(inv, inv.who?.last ?? inv.to);
  }
  const v = t.info.verb[language];
  if (v !== null && v.finite) {
    // "…, told the Associated Press": an English verb of telling has its listener after it, never its speaker.
    const listener = language === "en" && v.mode === "told";
    const who = listener ? null : (pronounAt(ctx, k + 1) ?? (language === "fr" ? gluedPlural(ctx, k) : null) ?? subjectAfter(ctx, k, last));
    // "described as “unhelpful” comments on the Church": with no comma, a verb spelling a preposition follows
    // is a noun the quoted words qualify.
    if (language === "en" && !comma && !/[,.!?…:;]$/u.test(end) && NOUN_PREPOSITIONS_EN.has(tokens[k + 1]?.lower ?? "")) return null;
    // `"…," said. Adda Mihailescu, Manager of Public Programs.`: a stray full stop before the name that signs.
    const signed = who === null && !listener && (comma || end === ",") && tokens[k + 1]?.text === "." ? nameAfterStop(ctx, k + 2) : null;
    if (signed !== null) return hit(ctx, k, k, v.mode, signed, "cue-after", q + 1, signed.last);
    // `"…", rétorque, Gérard Deydier, un élu d’opposition.`: a stray comma between the verb and a person's full name.
    const apart = who === null && !listener && tokens[k + 1]?.text === "," ? mentionStarting(ctx, k + 2) : null;
    if (apart !== null && apart.kind === "name" && apart.type === "person" && apart.text.includes(" ") && /^[,.]$/u.test(tokens[apart.last + 1]?.text ?? ".")) {
      return accept(hit(ctx, k, k, v.mode, named(ctx, apart), "cue-after", ...window(k)), apart.last);
    }
    return accept(hit(ctx, k, k, v.mode, who, "cue-after", ...window(k)), who?.last ?? k);
  }
  // "the family’s lawyer, Bob Ferris told": a role mention may start after its article.
  // "All Blacks captain Richie McCaw said": so may a capitalised word that is no mention of its own.
  const capitalLead = (t.flags & CAPITALISED) !== 0 && (comma || end === ",") && !CALENDAR.has(t.lower);
  let m = mentionStarting(ctx, k) ?? itAt(ctx, k) ?? statementAt(ctx, k) ?? (DETERMINERS.has(t.lower) || capitalLead ? mentionStarting(ctx, k + 1) : null);
  // "…," BBC News quoted Kathrin Altwegg, a professor, telling reporters: the one quoted spoke.
  const quoted = m !== null && QUOTING.has(tokens[m.last + 1]?.lower ?? "") ? mentionStarting(ctx, m.last + 2) : null;
  if (m !== null && quoted !== null && quoted.kind === "name" && quoted.type !== "organisation" && !quoted.possessive) {
    return accept(hit(ctx, m.last + 1, m.last + 1, "said", named(ctx, quoted), "quoted", ...window(quoted.last)), quoted.last);
  }
  // "Reuters Chief Executive Tom Glocer said", "Ostrava Group chief executive Nadia Brink said".
  if (m === null || m.type === "organisation") m = nameAfterTitle(ctx, k, last) ?? m;
  if (m === null) return joinedTitlesCue(ctx, k, last, accept, window);
  // "GNS Science seismologist Dr Matt Gerling says": the first name modifies a role.
  m = personAfterModifier(ctx, m, last) ?? m;
  // "Harbour Science Geologist Dr Ana Pruitt said": a role that the name after it holds.
  const holds = m.kind === "role" ? named(ctx, m) : null;
  if (holds !== null && holds !== m && holds.first > m.last && tokens[holds.first - 1]?.text !== ",") m = holds;
  let e = m.last + 1;
  // "neighbor Ceasar Figueroa Sr. said": past a suffix's full stop.
  if (tokens[e]?.text === "." && GENERATION_SUFFIXES.has(lowerAt(ctx, m.last))) e++;
  // "the Northern Nurses and Midwives Organisation (NNMO) has claimed": past the acronym.
  if (tokens[e]?.text === "(" && tokens[e + 2]?.text === ")") e += 3;
  if (m.possessive && isSpeechNounAt(tokens, e, language)) e++;
  else if (m.possessive && isSpeechNounAt(tokens, e + 1, language)) e += 2;
  const holder = m.kind === "role" && tokens[e]?.text === "," ? mentionStarting(ctx, e + 1) : null;
  if (holder !== null && holder.kind === "name" && holder.type !== "organisation") {
    // "…," the family’s lawyer, Bob Ferris told reporters.
    m = holder;
    e = holder.last + 1;
    // "…," one mother, Orla Brennick, said: the appositive's closing comma.
    if (tokens[e]?.text === ",") e++;
  } else if (tokens[e]?.text === "," || tokens[e]?.text === "—" || tokens[e]?.text === "–") {
    // "…," Gill Whitehead, Ofcom's director, said. "…," Esaw Garner — the widow of Eric Garner — told the group.
    const close = tokens[e]?.text as string;
    let c = e + 1;
    // "…," Jens Laerke, spokesman for the UN humanitarian agency told reporters: an appositive left open
    // ends at the first reporting verb.
    let verb = -1;
    // Not a verb inside a relative clause: "“Prophet Song,” Paul Lynch, whose publisher said…".
    let relative = false;
    while (c < tokens.length && c < e + MAX_APPOSITIVE_AFTER && tokens[c]?.text !== close) {
      relative ||= RELATIVE_WORDS.has(lowerAt(ctx, c));
      if (verb < 0 && !relative && c > e + 1 && tokens[c]?.info.verb[language]?.finite === true) verb = c;
      c++;
    }
    // "Theresa Tolle, a pharmacist whose store in Sebastian, Fla., has seen demand quadruple, told…": a relative
    // clause may hold commas of its own; the appositive ends at the one a reporting verb follows.
    if (relative && tokens[c]?.text === close && tokens[c + 1]?.info.verb[language]?.finite !== true) {
      for (let f = c + 1; f < e + MAX_APPOSITIVE_AFTER * 2 && f < tokens.length && tokens[f]?.kind !== "quote"; f++) {
        if (tokens[f]?.text === close && tokens[f + 1]?.info.verb[language]?.finite === true) { c = f; break; }
      }
    }
    if (tokens[c]?.text === close) e = c + 1;
    else if (verb >= 0 && close === "," && m.kind === "name" && m.type === "person") e = verb;
  }
  // "an official at a primary school in Mayur Vihar said": the role's complement, up to the verb.
  // "Flora Aiello of St. Catherine of Siena parish, Albany, stated": a person's too, where it comes from.
  const person = m.kind === "name" && m.type !== "organisation";
  // "officials leading the negotiations with the company said": or a participle's clause.
  const clause = m.kind === "role" && (PREPOSITIONS.has(tokens[e]?.lower ?? "") || participle(ctx, e));
  if (clause || (person && ORIGIN.has(tokens[e]?.lower ?? ""))) {
    let f = e + 1;
    // Words only, the apostrophe of a plural possessive ("the residents' association"), and for a
    // place, its abbreviations' points and commas ("St. Catherine parish, Albany").
    const joins = person ? /^(?:['’.,])$/ : /^['’]$/;
    while (f <= last && f < e + MAX_COMPLEMENT && (tokens[f]?.kind === "word" ? tokens[f]?.info.verb[language] === null : joins.test(tokens[f]?.text ?? ""))) f++;
    if (tokens[f]?.info.verb[language]?.finite === true) e = f;
  }
  for (let n = 0; n < 4 && e <= last; n++) {
    const w = tokens[e];
    if (w === undefined || w.kind !== "word") break;
    const cue = w.info.verb[language];
    // "le groupe … avait été confié au zoo d’Edimbourg": a French passive reports nothing.
    if (cue !== null && cue.finite && !(language === "fr" && lowerAt(ctx, e - 1) === "été")) return accept(hit(ctx, e, e, cue.mode, named(ctx, m), "cue-after", ...window(e)), e);
    if (language === "en" && m.kind === "pronoun" && n === 0 && /^[a-z]{3,}ed$/.test(w.text) && (comma || end === "," || end === "?" || end === "!")) {
      return accept(hit(ctx, e, e, "said", m, "cue-after-unknown-verb", ...window(e)), e);
    }
    // "“…,” Moghbeli radioed to mission control": so does a person's name, after words a comma leaves open.
    if (language === "en" && m.kind === "name" && m.type !== "organisation" && n === 0 && /^[a-z]{3,}ed$/.test(w.text) && end === ",") {
      return accept(hit(ctx, e, e, "said", named(ctx, m), "cue-after-unknown-verb", ...window(e)), e);
    }
    if (language === "fr" && n > 0 && isAuxiliary(tokens[e - 1]?.lower ?? "") && /é$/.test(w.lower) && w.lower !== "été") {
      return accept(hit(ctx, e - 1, e, "said", named(ctx, m), "cue-after-unknown-verb", ...window(e)), e);
    }
    if (!/^(?:also|then|later|further|has|had|a|ont|avait|également|aussi|ensuite|encore|here|there|again)$/.test(w.lower) && !(language === "en" && /ly$/.test(w.lower))) break;
    e++;
  }
  return joinedTitlesCue(ctx, k, last, accept, window);
}

/**
 * A person's full name opening the sentence at token `j`, that sentence holding no finite verb: a name and its
 * title alone, as a signature is. Null when any of that fails.
 */
function nameAfterStop(ctx: Ctx, j: number): Mention | null {
  const m = mentionStarting(ctx, j);
  const s = sentenceAt(ctx, j);
  if (m === null || m.kind !== "name" || m.type !== "person" || m.gender === null || s === undefined || s[0] !== j) return null;
  return finiteBetween(ctx, m.last + 1, s[1] + 1) ? null : m;
}

/** "…,” L.A. mayor and MTA board member Eric Garcetti said": the cue of a name two joined titles lead. */
function joinedTitlesCue(ctx: Ctx, k: number, last: number, accept: (h: Hit, stop: number) => Hit | null, window: (to: number) => readonly [number, number]): Hit | null {
  const m = nameAfterJoinedTitles(ctx, k, last);
  const cue = m === null ? null : ctx.tokens[m.last + 1]?.info.verb[ctx.language];
  if (m === null || cue == null) return null;
  return accept(hit(ctx, m.last + 1, m.last + 1, cue.mode, named(ctx, m), "cue-after", ...window(m.last + 1)), m.last + 1);
}

/** How many tokens joined titles may take before their holder's name. */
const JOINED_TITLES = 12;

/**
 * "L.A. mayor and MTA board member Eric Garcetti said": titles joined by "and", no verb among them, then a
 * person's full name and a reporting verb. The name, or null.
 */
function nameAfterJoinedTitles(ctx: Ctx, k: number, last: number): Mention | null {
  let joined = false;
  let role = false;
  for (let f = k; f <= last && f < k + JOINED_TITLES; f++) {
    const t = ctx.tokens[f] as Token;
    const m = mentionStarting(ctx, f);
    if (m !== null && m.kind === "name" && m.type === "person" && m.last > m.first) {
      return joined && role && ctx.tokens[m.last + 1]?.info.verb[ctx.language]?.finite === true ? m : null;
    }
    if (m !== null && m.kind === "name") { f = m.last; continue; }
    if (t.kind !== "word" && t.text !== ".") return null;
    // Bare titles only: "the mayor and his deputy Paul Grant" are two people.
    if (t.info.verb[ctx.language] !== null || (t.flags & (AUXILIARY | LOWERCASE)) === (AUXILIARY | LOWERCASE) || ((t.flags & LOWERCASE) !== 0 && (DETERMINERS.has(t.lower) || THIRD_POSSESSIVES.has(t.lower)))) return null;
    joined ||= t.lower === "and" || t.lower === "et";
    role ||= (t.flags & (PERSON_ROLE_WORD | ROLE_WORD)) !== 0;
  }
  return null;
}

/** Words that give a speech noun's owner after its quotation: `« … » du juge`, `“…” from the judge`. */
const OWNER_LINKS = new Set(["du", "de", "des", "d’", "from", "by"]);

/** Relative pronouns: a verb after one is the relative clause's. */
const RELATIVE_WORDS = new Set(["who", "whose", "which", "that", "whom", "qui", "dont", "que", "qu’", "lequel", "laquelle", "où"]);

/** How many tokens an appositive between a name and its verb may take. */
const MAX_APPOSITIVE_AFTER = 24;

/** Prepositions that say where a person is from: `Flora Aiello of St. Catherine parish`, `Ana Ruiz de Lyon`. */
const ORIGIN = new Set(["of", "from", "at", "de", "du", "des", "d’"]);

/** French words whose ending looks like a verb's and that join rather than report: "« … » et à qui…". */
const CONJUNCTIONS_FR = new Set(["et", "ou", "mais", "donc", "car", "ni", "puis", "soit", "tout", "toute", "toutes", "tous", "dont", "que", "qu’", "qui", "si", "comme", "quand", "lorsque", "tant", "avant", "pendant", "durant"]);

/** Adverbs that may sit inside a French inverted cue: `a ensuite soupiré X`, `martèle alors le procureur`. */
const ADVERBS_FR = new Set(["ensuite", "alors", "encore", "aussi", "enfin", "même", "déjà", "donc", "pourtant", "toutefois", "ainsi", "aussitôt", "cependant", "néanmoins", "également"]);
/** An adverb inside a French cue: a listed one, or any in "-ment" (`a-t-elle sobrement noté`). */
function adverbFr(t: Token | undefined): boolean {
  const w = t?.lower ?? "";
  // "s’exclament", "affirment": a verb of the lexicons may end like one.
  return ADVERBS_FR.has(w) || (mentAdverb(w) && t?.info.verb.fr == null);
}
/** Object and reflexive pronouns before a French verb: `lui répond-elle`, `se désole X`, `s’agace-t-il`. */
const CLITICS_FR = new Set(["lui", "leur", "nous", "vous", "me", "m’", "se", "s’", "te", "t’"]);
/** The object pronouns of "comme le dit X", "comme l’affirme X": the words quoted, as X puts them. */
const AS_OBJECTS_FR = new Set(["le", "l’", "l'"]);
/** "Le ministère a fait savoir que « … »", "fait valoir l’avocat": faire and an infinitive report speech. */
const MADE_KNOWN = new Set(["savoir", "valoir"]);
const FAIRE = new Set(["fait", "font", "faisait", "faisaient", "fera", "feront", "fit"]);
const MADE_KNOWN_CUE: VerbCue = { mode: "said", finite: false, participle: false };
/** Verbs that take an infinitive in an inverted cue: `semble se réjouir X`. */
const MODALS_FR = new Set([
  "semble", "paraît", "parait", "veut", "doit", "croit", "tient", "préfère", "ose", "vient",
  // "a tenu à rappeler X", "a fait savoir le ministère", "a voulu rassurer la ministre": their participles.
  "tenu", "voulu", "souhaité", "fait", "su", "préféré", "cru", "osé", "semblé", "dû",
  // "est venu dire devant le portail le directeur": venir and aller, and an infinitive.
  "venu", "venue", "vient", "allé", "allée", "revenu", "revenue",
  // "finit par trancher le prévenu": finir par, in the present or the imperfect.
  "finit", "finissent", "finissait", "finissaient",
]);
const REFLEXIVE_FR = new Set(["se", "s’", "s'", "me", "m’", "m'"]);
/** "s’entendre dire", "s’est entendu répondre": being told, the words another's. */
const HEARD_FR = new Set(["entendu", "entendue", "entendus", "entendues", "entend", "entendent", "entendait", "entendaient"]);
const ETRE_FR = new Set(["est", "était", "sont", "étaient", "sera", "serait", "fut"]);
/** Participles of verbs of motion, whose compound tenses take être: `est venu dire`, `est allée répéter`. */
const MOTION_FR = new Set(["venu", "venue", "venus", "venues", "allé", "allée", "allés", "allées", "revenu", "revenue"]);
/** Participles of a plan's announcement, whose agent's words a quotation in the plan's clause is. */
const ANNOUNCED = new Set(["announced", "proposed", "promised", "pledged", "unveiled"]);

/** Whether a finite verb or an auxiliary stands in tokens `from`..`to - 1`: another clause. */
function finiteBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (finiteAt(ctx.tokens[k], ctx.language)) return true;
  return false;
}

/** Suffixes a name may end on, written with a full stop: "Jr.", "Sr.". */
const GENERATION_SUFFIXES = new Set(["jr", "sr"]);

/** Forms of "faire" that open a locution of speech: "fait écho". */
const FAIT_FR = new Set(["fait", "font", "faisait", "faisaient", "fit"]);

/** Endings of the French finite forms and participles an inverted cue takes. */
const FINITE_FR = /(?:e|es|ent|it|ait|aient|a|é|ée|t|d)$/;

/**
 * A French inverted cue whose verb no lexicon lists, read from the construction itself: right after
 * `« … »,` a verb, inverted with its pronoun (`souffle-t-il`, `lui répond-elle`) or followed by its
 * subject (`se désole Grégoire Vasseur`, `tempête alors le maire`, `a soupiré Joëlle Marquand`).
 */
function invertedCue(ctx: Ctx, k: number, last: number): Hit | null {
  const { tokens } = ctx;
  let v = k;
  while (v < k + 2 && CLITICS_FR.has(tokens[v]?.lower ?? "")) v++;
  // A pronoun before the word makes it a verb ("se contente"); a noun may end like one ("manière").
  const clitic = v > k;
  // "s’est questionné X", "s’est-il justifié": a reflexive verb's compound tenses take être.
  const reflexive = v > k && REFLEXIVE_FR.has(tokens[v - 1]?.lower ?? "");
  // "est venu dire X": so do verbs of motion.
  const moved = MOTION_FR.has(tokens[v + 1]?.lower ?? "");
  const aux = ((tokens[v]?.flags ?? 0) & AUXILIARY) !== 0 || ((reflexive || moved) && ETRE_FR.has(tokens[v]?.lower ?? ""));
  if (aux) {
    v++;
    const p = tokens[v];
    // "s’est-il justifié": the pronoun is glued to the auxiliary; the participle follows.
    if (p !== undefined && ctx.source.slice((tokens[v - 1] as Token).end - ctx.base, p.start - ctx.base).endsWith("-") && pronounAt(ctx, v) !== null) {
      const participle = tokens[v + 1];
      if (participle !== undefined && participle.kind === "word" && /(?:é|ée|és|ées|i|ie|is|it|u|ue)$/.test(participle.lower)) {
        return hit(ctx, k, v + 1, "said", pronounAt(ctx, v), "cue-after-inverted", k, Math.min(v + 9, last));
      }
    }
  }
  if (adverbFr(tokens[v])) v++;
  const verb = tokens[v];
  if (verb === undefined || verb.kind !== "word" || v > last || (verb.flags & LOWERCASE) === 0 || !(FINITE_FR.test(verb.lower) || (aux && /[iuû]$/.test(verb.lower)))) return null;
  // "« … » entre la CEDEAO et l’AES": a preposition may end like a verb.
  // "« reconstruire » le Crédit Agricole": nor is an article one.
  // "« … » concernant la sole": a present participle is a preposition's or an adjunct's, not an inverted verb.
  if (/ant$/.test(verb.lower)) return null;
  if ((verb.flags & (ROLE_WORD | CONNECTOR)) !== 0 || prepositionStart(verb.flags, "fr") || PREPOSITIONS.has(verb.lower) || NOUN_LEFT.fr.has(verb.lower) || CONJUNCTIONS_FR.has(verb.lower) || DETERMINERS.has(verb.lower)) return null;
  if (aux && !/(?:é|ée|és|ées|i|it|is|u)$/.test(verb.lower)) return null;
  // "semble se réjouir le président", "veut croire la ministre": a modal and its infinitive.
  // "se contente de répondre X", "a fini par lâcher X": any verb, before a reporting verb's infinitive;
  // not a noun ("« … », manière de rappeler le gouvernement à ses promesses").
  {
    // "fait en effet remarquer X": an adverbial phrase may stand before the infinitive.
    let i = pastPhraseInTense(tokens, v + 1);
    if (adverbFr(tokens[i])) i++;
    // "tient à préciser", "a souhaité de rappeler".
    if (/^(?:à|de|d’|d'|par)$/.test(tokens[i]?.lower ?? "")) i++;
    if (CLITICS_FR.has(tokens[i]?.lower ?? "")) i++;
    const inf = tokens[i];
    if (inf !== undefined && i <= last && /(?:er|ir|re)$/.test(inf.lower) && (MODALS_FR.has(verb.lower) || (inf.info.verb.fr !== null && (aux || clitic)))) v = i;
  }
  // "« Retourne dans ton pays », s’est entendu dire Karim": one who hears words said to them is not their speaker.
  for (let j = k; j < v; j++) if (HEARD_FR.has(tokens[j]?.lower ?? "")) return null;
  // "lui fait écho une porte-parole": a verb and its noun say one thing.
  if (FAIT_FR.has(tokens[v]?.lower ?? "") && tokens[v + 1]?.lower === "écho") v++;
  const next = tokens[v + 1];
  // "souffle-t-il": the pronoun is glued to the verb by a hyphen in the text.
  const between = next === undefined ? "" : ctx.source.slice(verb.end - ctx.base, next.start - ctx.base);
  const glued = between === "-" || between === "-t-";
  const pr = glued ? (pronounAt(ctx, v + 1) ?? gluedPlural(ctx, v)) : null;
  let who: Mention | null = pr;
  if (who === null) {
    let s = pastAdverbials(ctx, v + 1, last);
    if (adverbFr(tokens[s])) s++;
    // "le PLR", "la CGT": an article before an organisation's name.
    const m = mentionStarting(ctx, s) ?? (DETERMINERS.has(tokens[s]?.lower ?? "") ? mentionStarting(ctx, s + 1) : null);
    const titled = subjectAfter(ctx, s - 1, last); // "s’est questionné Me Karim Ba"
    // "nous explique ce dernier": of pronouns, only one that points back to a name stands after the verb.
    who = m !== null && (m.kind !== "pronoun" || m.head === LATTER || m.head === FORMER) ? named(ctx, m) : nameAfterEpithet(ctx, s, last) ?? (titled?.kind === "pronoun" && titled.head !== LATTER && titled.head !== THE_ONE ? null : titled);
  }
  if (who === null) return null;
  return hit(ctx, k, v, "said", who, "cue-after-inverted", k, Math.min(who.last + 8, last));
}


/** French verbs whose reflexive is a passive: "ce choix s’explique par", "s’ajoute à", "se confirme". */
const PASSIVE_REFLEXIVE_FR = /^(?:expliqu|ajout|confirm|précis|annonc)(?:e|ent|ait|aient|era|eront)$/u;

/** "Ce choix s’explique par la volonté de trouver « … »": a reflexive that reads as a passive reports nothing. */
function passiveReflexive(tokens: readonly Token[], k: number, language: Language): boolean {
  return language === "fr" && REFLEXIVE_FR.has(tokens[k - 1]?.lower ?? "") && PASSIVE_REFLEXIVE_FR.test(tokens[k]?.lower ?? "");
}

/** Words after "a" that count a plural: "a few say", "a majority agree". */
const PLURAL_COUNTS = new Set(["few", "majority", "minority", "handful", "number", "lot", "couple", "dozen", "host", "score", "third", "quarter", "half"]);

/**
 * "a new counter in the cafe": after "a" and one word, a reporting verb's base form is a noun, since
 * "a" opens a singular subject and a singular subject takes "counters", "countered". Not after a count
 * of a plural ("a few say"). Only in a list ("new tiling and a new counter"): after a preposition, a
 * relative's or a perception's verb, "a" opens no subject ("Residents of a village say", "heard a
 * politician say").
 */
function singularNoun(tokens: readonly Token[], k: number, language: Language): boolean {
  const before = tokens[k - 1];
  return language === "en" && /^an?$/.test(tokens[k - 2]?.lower ?? "") && /^(?:and|or)$/.test(tokens[k - 3]?.lower ?? "") && before !== undefined && before.kind === "word" && (before.flags & LOWERCASE) !== 0 && before.info.verb.en === null && !PLURAL_COUNTS.has(before.lower) && isEnglishBaseForm(tokens[k]?.lower ?? "");
}

/** "today’s TITF report", "the council’s report": a speech noun's spelling after a possessive, maybe past a modifier, is the noun. */
function possessedNoun(tokens: readonly Token[], k: number, language: Language): boolean {
  if (language !== "en" || ((tokens[k]?.flags ?? 0) & SPEECH_NOUN_EN) === 0) return false;
  return tokens[k - 1]?.possessive === true || (tokens[k - 2]?.possessive === true && tokens[k - 1]?.kind === "word" && tokens[k - 1]?.info.verb.en === null);
}

/** Where a French compound tense starts, so the cue reads "a déclaré", "a également déclaré". */
function auxiliaryBefore(ctx: Ctx, k: number): number {
  if (ctx.language !== "fr") return k;
  for (let a = k - 1; a >= 0 && a >= k - 2; a--) {
    const w = ctx.tokens[a]?.lower ?? "";
    if (isAuxiliary(w)) return a;
    if (!adverbFr(ctx.tokens[a])) break;
  }
  return k;
}

/** Verbs that link a subject to how it is, which the verb lexicons need not hold: "Aurélie semble refroidie". */
const COPULAS = new Set(["semble", "paraît", "parait", "reste", "demeure", "seems", "seemed", "appears", "appeared", "remains", "remained", "looks", "looked", "sounds", "sounded"]);
/** French reflexive pronouns that open a verb: "Charlotte se montre compréhensive", "Thierry s’agace". */
const REFLEXIVES_FR = new Set(["se", "s’", "s'"]);

/**
 * A person named between tokens `from` and `to`, opening a clause (after a comma or "et"/"and", or at
 * `from`) as the subject of the finite verb right after the name: "…», Aurélie semble refroidie, «".
 */
function clauseSubjectBetween(ctx: Ctx, from: number, to: number): Mention | null {
  for (let j = from; j < to; j++) {
    const m = mentionStarting(ctx, j);
    if (m === null || m.kind !== "name" || m.type === "organisation" || m.plural || m.last >= to) continue;
    const opens = j === from || ctx.tokens[j - 1]?.text === "," || AND_WORDS.has(lowerAt(ctx, j - 1));
    const verb = lowerAt(ctx, m.last + 1);
    if (opens && (finiteAt(ctx.tokens[m.last + 1], ctx.language) || BE_FORMS[ctx.language].has(verb) || COPULAS.has(verb) || REFLEXIVES_FR.has(verb))) return m;
  }
  return null;
}

/** A reporting verb's speaker, read before it, after it, or from the sentence. */
function verbSpeaker(ctx: Ctx, k: number, finite: boolean, floor: number, q: number): { who: Mention | null; method: string } {
  // "Energy companies have been accused of having “…”": a passive's subject is whom the words are about;
  // they are its agent's, if it names one ("was criticised by Mayor Ada Moss as “…”").
  if (passiveAt(ctx, k) && !SPEAKER_PASSIVES.has(lowerAt(ctx, k))) return { who: agentAfter(ctx, k + 1, q - 1), method: "passive-agent" };
  // "Complété par Denise, habitante du quartier : « … »": a participle opening its sentence, its agent after it.
  const opening = k === floor || /^[.!?;]$/u.test(ctx.tokens[k - 1]?.text ?? "");
  // Not a clause before the main one: "Backed by residents, the mayor said: “…”" is the mayor's.
  // Nor one who asked: "Interrogée par France Inter : « … »" is the one asked.
  const agent = opening && BY.has(lowerAt(ctx, k + 1)) && ctx.tokens[k]?.info.verb[ctx.language]?.participle === true && !ASKED.test(lowerAt(ctx, k)) ? agentAfter(ctx, k + 1, q - 1) : null;
  if (agent !== null && !finiteBetween(ctx, agent.last + 1, q)) return { who: agent, method: "passive-agent" };
  // "a new “task force” announced by Home Secretary Suella Braverman to identify “crooked lawyers”": a participle
  // with no auxiliary, after a noun and before its agent, is a passive too (not "Ms Lee announced by video").
  // Only a plan someone announced, and words in its own clause ("a proposal welcomed by X would require “…”" are the proposal's).
  const reduced = ctx.language === "en" && ANNOUNCED.has(lowerAt(ctx, k)) && lowerAt(ctx, k + 1) === "by" && mentionEnding(ctx, k - 1) === null ? agentAfter(ctx, k + 1, q - 1) : null;
  if (reduced !== null && reduced.kind === "name" && !finiteBetween(ctx, reduced.last + 1, q)) return { who: reduced, method: "passive-agent" };
  // "Dans son entourage, on précise que « … »": French "on" is no one named, and no one else.
  if (ctx.language === "fr" && lowerAt(ctx, auxiliaryBefore(ctx, k) - 1) === "on") return { who: null, method: "cue-before" };
  if (finite) {
    // "Sa société, Criollo, est pourtant, dit-il, « … »": a pronoun glued to the verb is its subject, whoever opened the sentence.
    const glued = ctx.language === "fr" ? pronounGluedTo(ctx, k) : null;
    if (glued !== null) return { who: glued, method: "cue-before" };
    const s = subjectBefore(ctx, k, floor) ?? coordinatedSubject(ctx, k, floor);
    // "Minutes after the union announced the walkout, Mayor Michael Bloomberg denounced the strike as “…”":
    // a verb in a clause "after" or "when" opens is not the quotation's; the main clause's subject speaks.
    const main = s !== null && TIME_CLAUSE_LEADS.has(lowerAt(ctx, DETERMINERS.has(lowerAt(ctx, s.first - 1)) ? s.first - 2 : s.first - 1)) ? mainSubject(ctx, k, q - 1) : null;
    if (main !== null) return { who: main, method: "cue-before-sentence-subject" };
    if (s !== null) return { who: s, method: "cue-before" };
    // "The petition requested the council look at…": a document the clause opens on is its subject; whoever
    // follows the verb is its object.
    if (documentSubject(ctx, k, floor)) return { who: null, method: "cue-before" };
    // "Said Jones: “…”": an English subject may follow "said", never "told", whose object follows
    // ("…, told PTI that they were “open to talks”").
    const after = ctx.language === "en" && ctx.tokens[k]?.info.verb.en?.mode === "told" ? null : subjectAfter(ctx, k, q - 1, false);
    // "… and claimed Aucklanders “are sick of it”": mid-sentence, a name the quotation goes straight on
    // from is the subject of the words reported, not the one reporting them.
    const reported = ctx.language === "en" && after !== null && after.last + 1 >= q && k > floor && !SAYS.has(ctx.tokens[k]?.lower ?? "");
    // "…, but said the company is “doing everything…”": a name a form of "be" or an auxiliary follows opens the clause
    // reported. Not any verb: "said skipper Tom Reed, relieved", "said Mary Hale interviewed on…" are his, hers.
    const clause = ctx.language === "en" && after !== null && k > floor && (BE_FORMS.en.has(lowerAt(ctx, after.last + 1)) || ((ctx.tokens[after.last + 1]?.flags ?? 0) & AUXILIARY) !== 0);
    if (after !== null && !reported && !clause) return { who: after, method: "cue-before" };
  } else {
    // "…, he said, adding: “…”", "…, a-t-il dit, ajoutant : « … »": the participle goes on with the verb before its comma.
    const said = ctx.tokens[k - 2];
    if (ctx.tokens[k - 1]?.text === "," && said !== undefined && said.info.verb[ctx.language]?.finite === true && k - 2 > floor) {
      const who = subjectBefore(ctx, k - 2, floor) ?? pronounGluedTo(ctx, k - 2);
      if (who !== null) return { who, method: "participle" };
    }
    // "with the French president urging the CEO to…": an absolute construction names its subject.
    // "with Michael Haverty, vice-chair of the committee, saying": past an appositive between commas.
    const aside = appositiveBefore(ctx, k - 1, floor);
    const near = mentionEnding(ctx, aside ?? k - 1);
    // "with Opposition Leader Dana Croft saying": title words may stand between `with` and the name.
    let before = (near?.first ?? 0) - 1;
    while (before > 0 && ((ctx.tokens[before]?.flags ?? 0) & (TITLE_WORD | ROLE_WORD | CAPITALISED)) !== 0 && ctx.tokens[before]?.kind === "word") before--;
    const lead = ctx.tokens[before]?.lower ?? "";
    // Past an appositive, "with" must open its own clause: not "spoke with Olaf Scholz, the chancellor, saying".
    const opensClause = before <= floor || ctx.tokens[before - 1]?.text === ",";
    // "open to a coalition with Sinn Féin saying “…”": a "with" a noun governs opens no clause of its own.
    const absolute = /^(?:with|avec)$/.test(lead) ? opensClause || !WITH_NOUNS.has(lowerAt(ctx, before - 1)) : /^(?:,|)$/.test(lead);
    if (near !== null && near.kind !== "pronoun" && (aside === null ? absolute : /^(?:with|avec)$/.test(lead) && opensClause)) return { who: named(ctx, near), method: "cue-before" };
  }
  return { who: sentenceSubject(ctx, floor, k - 1), method: "cue-before-sentence-subject" };
}

/** Words before a document that opens a clause: "…, and the petition asked". */
const CLAUSE_STARTS = new Set(["and", "but", "et", "mais"]);
/** Texts that ask or propose, no speech nouns of the lexicon: "The petition requested", "la pétition demande". */
const DOCUMENT_NOUNS = new Set(["petition", "motion", "amendment", "manifesto", "leaflet", "notice", "proposal", "bill", "pétition", "amendement", "tract", "proposition"]);

/** Whether a determiner and a speech noun open the clause right before the verb at `k`: "The petition requested". */
function documentSubject(ctx: Ctx, k: number, floor: number): boolean {
  const noun = ctx.tokens[k - 1];
  if (noun === undefined || noun.kind !== "word" || !(speechNoun(noun.flags, ctx.language) || DOCUMENT_NOUNS.has(noun.lower)) || k - 2 < floor) return false;
  const det = k - 2;
  return DETERMINERS.has(lowerAt(ctx, det)) && (det === floor || lowerAt(ctx, det - 1) === "," || CLAUSE_STARTS.has(lowerAt(ctx, det - 1)));
}

/** Articles between a copula and its quoted complement. */
const COMPLEMENT_ARTICLES = new Set(["the", "a", "an", "le", "la", "l’", "un", "une"]);

/** Whether a copula, maybe with an article, stands right before quotation `q`: "… is the '…'". */
function copulaBefore(ctx: Ctx, q: number): boolean {
  const article = COMPLEMENT_ARTICLES.has(lowerAt(ctx, q - 1)) ? 1 : 0;
  return BE_FORMS[ctx.language].has(lowerAt(ctx, q - 1 - article));
}

/** Conjunctions opening a clause of time, right before its subject: "after the union announced". */
const TIME_CLAUSE_LEADS = new Set(["after", "before", "since", "until", "once", "when", "après", "avant", "dès", "quand", "lorsque"]);

/** The person opening the main clause after the comma that closes an adverbial clause past token `k`, before `ceiling`. */
function mainSubject(ctx: Ctx, k: number, ceiling: number): Mention | null {
  for (let c = k + 1; c < ceiling; c++) {
    const t = ctx.tokens[c];
    if (t === undefined || t.kind === "quote") return null;
    if (t.text !== ",") continue;
    // The main clause's subject, then its verb: not "told his lawyer, Mark Evans, that…".
    const m = mentionStarting(ctx, c + 1) ?? nameAfterTitle(ctx, c + 1, ceiling);
    const verb = m === null ? undefined : ctx.tokens[m.last + 1];
    const opens = verb !== undefined && verb.kind === "word" && (verb.flags & LOWERCASE) !== 0 && verb.text !== "," && !/^(?:that|who|que|qui)$/.test(verb.lower);
    return m !== null && opens && m.last < ceiling && m.type === "person" && (m.kind === "name" || m.kind === "role") ? named(ctx, m) : null;
  }
  return null;
}

/** Words before a speech noun that deny it was made: "aucune réponse du Crous", "no reply from the council". */
const NONE_OF = new Set(["no", "aucune", "aucun", "pas", "sans", "without"]);

/**
 * "A statement from the unions described the meeting as “…” and said they “…”": a reporting verb after
 * "and" shares the subject of the reporting verb it is coordinated with.
 */
function coordinatedSubject(ctx: Ctx, k: number, floor: number): Mention | null {
  if (!/^(?:and|et)$/.test(lowerAt(ctx, k - 1))) return null;
  for (let j = k - 2; j > floor && j > k - REACH; j--) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind !== "word") continue;
    if (t.info.verb[ctx.language]?.finite === true && (t.flags & LOWERCASE) !== 0) return subjectBefore(ctx, j, floor);
  }
  return null;
}

/** "said Reid “…”": verbs after which a name is the one who says, whatever follows. */
const SAYS = new Set(["said", "says", "added", "adds"]);
/** Nouns that take "with" as their own complement: `a coalition with Sinn Féin saying` is no clause of Sinn Féin's. */
const WITH_NOUNS = new Set([
  "coalition", "alliance", "deal", "agreement", "talks", "partnership", "relationship", "relations", "negotiations", "cooperation",
  "contact", "meeting", "dialogue", "pact", "merger", "links", "ties", "accord", "entente", "négociations", "rencontre",
]);

/** How many tokens an appositive between commas may take. */
const MAX_APPOSITIVE = 16;

/**
 * `X, vice-chair of the committee,` ending with the comma at `c`: the token before its opening
 * comma, or null. An appositive opens on a determiner, a role, a name or an age, and holds no verb
 * (", commended his team," is a clause).
 */
function appositiveBefore(ctx: Ctx, c: number, floor: number): number | null {
  if (ctx.tokens[c]?.text !== ",") return null;
  for (let j = c - 1; j > floor && j > c - MAX_APPOSITIVE; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.kind === "quote" || /^[.;:!?]$/.test(t.text) || (t.flags & AUXILIARY) !== 0 || t.info.verb[ctx.language] !== null) return null;
    if (ctx.language === "en" && t.kind === "word" && (t.flags & LOWERCASE) !== 0 && /ed$/.test(t.lower)) return null;
    if (t.text !== ",") continue;
    const lead = ctx.tokens[j + 1];
    const opens = lead !== undefined && lead.kind === "word" && (DETERMINERS.has(lead.lower) || (lead.flags & (ROLE_WORD | TITLE_WORD | CAPITALISED)) !== 0 || /^\d/.test(lead.text));
    return opens ? j - 1 : null;
  }
  return null;
}

/** Verbs whose object is the one quoted: `quoted X`, `a cité X`. */
const QUOTING = new Set(["quoted", "quoting", "cited", "citing", "quotes", "cites", "cité", "citant"]);


/** `a-t-il dit`, `dit-elle`: a pronoun glued after the verb at `v`, or null. */
function pronounGluedTo(ctx: Ctx, v: number): Mention | null {
  return gluedAfter(ctx, v) ? pronounAt(ctx, v + 1) : null;
}

/** Whether a hyphen (or "-t-") joins the word at `v` to the next: `a-t-il`, `déclarent-elles`. */
function gluedAfter(ctx: Ctx, v: number): boolean {
  const a = ctx.tokens[v];
  const b = ctx.tokens[v + 1];
  if (a === undefined || b === undefined) return false;
  const between = ctx.source.slice(a.end - ctx.base, b.start - ctx.base);
  // "précise t-il": the hyphen before the euphonic "t" lost.
  return /^-(?:t-)?$/.test(between) || (between === " " && b.lower === "t" && ctx.language === "fr" && textBetween(ctx, v + 1, v + 2) === `t-${ctx.tokens[v + 2]?.text ?? ""}`);
}

/** `ont-ils ajouté`, `déclarent-elles`: the plural pronoun glued to the French verb at `v`. */
function gluedPlural(ctx: Ctx, v: number): Mention | null {
  return gluedAfter(ctx, v) ? itAt(ctx, v + 1) : null;
}

const AGENT = new Set(["par", "by"]);

/** Words that introduce a labelled quotation's source: `a quote from X:`, `la réaction de X :`. */
const LABEL_INTRO = new Set(["from", "by", "of", "de", "du", "d’", "par", "chez"]);
/** Nouns of a view that label whose words follow: `L’avis de X :`, `Le coup de gueule de X :`. */
const LABEL_NOUNS = new Set(["avis", "regard", "constat", "analyse", "témoignage", "gueule", "point", "verdict", "bilan", "vue", "view", "take"]);
/** Words that make a label its topic: `about X:`, `concernant X :`, `au sujet de X :`, `à propos du X :`. */
const TOPIC_INTRO = new Set(["about", "regarding", "concerning", "on", "concernant", "sur", "envers"]);
const TOPIC_NOUNS = new Set(["sujet", "propos", "égard", "subject"]);

/** How many tokens the role of a `Name, role:` label may take. */
const MAX_LABEL_ROLE = 20;

/**
 * `Marine Le Pen, présidente du RN et candidate à l’Elysée :`: a line opened by a person's name and
 * a role in apposition, up to the colon. The name speaks, not the places or parties in the role.
 */
function appositiveLabel(ctx: Ctx, colon: number, floor: number): Mention | null {
  const { tokens } = ctx;
  const m = mentionStarting(ctx, floor);
  if (m === null || m.kind !== "name" || m.type !== "person" || m.possessive || tokens[m.last + 1]?.text !== ",") return null;
  if (colon - m.last > MAX_LABEL_ROLE) return null;
  let role = false;
  for (let k = m.last + 2; k < colon; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || /^[,;.!?]$/.test(t.text) || t.info.verb[ctx.language] !== null) return null;
    // "Donald Trump, according to his former aide Michael Cohen:": the source, not the one spoken of.
    if (prepositionAt(tokens, k, ctx.language) > 0) return null;
    const other = mentionStarting(ctx, k);
    if (other !== null && other.kind === "name" && other.type === "person") return null;
    role ||= t.kind === "word" && (t.flags & (ROLE_WORD | TITLE_WORD)) !== 0;
  }
  return role ? m : null;
}

/**
 * A speaker label ending at the colon `colon`: `Harry Redknapp: "…"`, `a quote from party chair Ross
 * Wilburn: "…"`, `Alexander Kristoff (NOR - UAE Emirates), vainqueur :`. The name may carry a
 * parenthetical and a `, role` after it; before it only title words, and then the sentence's start
 * or a source preposition (`from`), so `wrote on X:` is no label.
 */
export function labelBefore(ctx: Ctx, colon: number, floor: number): Mention | null {
  const { tokens } = ctx;
  const c = tokens[colon];
  if (c === undefined || c.text !== ":") return null;
  const lead = appositiveLabel(ctx, colon, floor);
  if (lead !== null) return lead;
  let k = colon - 1;
  // ", vainqueur", ", the club's manager": a short role after a comma.
  for (let j = k; j >= floor && j >= k - 4; j--) {
    const t = tokens[j];
    if (t === undefined) break;
    if (t.text === ",") { k = j - 1; break; }
    if (t.kind !== "word" || t.info.verb[ctx.language] !== null || ((t.flags & CAPITALISED) !== 0 && (t.flags & (ROLE_WORD | TITLE_WORD)) === 0)) break;
  }
  // "Peter Sagan (SVK - Bora) 8e :": a rank or role right after the parenthetical, with no comma.
  for (let j = k; tokens[k]?.text !== ")" && j >= floor && j >= colon - 3; j--) {
    const t = tokens[j];
    if (t === undefined || t.kind !== "word" || t.info.verb[ctx.language] !== null || (t.flags & CAPITALISED) !== 0) break;
    if (tokens[j - 1]?.text === ")") k = j - 1;
  }
  if (tokens[k]?.text === ")") {
    let j = k - 1;
    while (j >= floor && j >= k - 15 && tokens[j]?.text !== "(") j--;
    if (tokens[j]?.text !== "(") return null;
    k = j - 1;
  }
  const m = named(ctx, mentionEnding(ctx, k));
  // "réconfortées par le chef de l’État : « … »", "welcomed by the minister: “…”": a passive's agent.
  if (m !== null && m.kind === "role" && m.type === "person" && AGENT.has(tokens[m.first - 1]?.lower ?? "")) return m;
  if (m === null || m.kind !== "name" || m.type === "organisation") return null;
  // Title words may stand before the name; other plain words ("county party chair") only after `from`.
  let loose = false;
  for (let b = m.first - 1; b >= floor && b > m.first - 9; b--) {
    const t = tokens[b] as Token;
    // "Au sujet de son capitaine X :", "About X:": the one talked about, not the one talking.
    if (TOPIC_INTRO.has(t.lower) || (LABEL_INTRO.has(t.lower) && TOPIC_NOUNS.has(tokens[b - 1]?.lower ?? ""))) return null;
    // After "de", a person ("Le regard de l’hydrologue Emma Haziza :") or whoever a noun of speech or view
    // belongs to ("L’avis de X :"); not a place ("la coopérative viticole de Souvignargues :").
    // "aucune réponse du Crous :": a reply denied labels no one's words.
    if (LABEL_INTRO.has(t.lower) && NONE_OF.has(lowerAt(ctx, b - 2)) && speechNoun(tokens[b - 1]?.flags ?? 0, ctx.language)) return null;
    if (LABEL_INTRO.has(t.lower)) return !COMPLEMENT.has(t.lower) || m.type === "person" || speechNoun(tokens[b - 1]?.flags ?? 0, ctx.language) || LABEL_NOUNS.has(lowerAt(ctx, b - 1)) ? m : null;
    if (t.text === "." && ((tokens[b - 1]?.flags ?? 0) & TITLE_WORD) !== 0) continue; // "Gov. Kim Reynolds"
    if (t.kind !== "word" || t.info.verb[ctx.language] !== null) return null;
    if ((t.flags & (CAPITALISED | ROLE_WORD | TITLE_WORD | CONNECTOR | PREMODIFIER)) === 0) loose = true;
    if (b === floor) return loose ? null : m;
  }
  return m.first === floor ? m : null;
}

/**
 * The nearest cue before the quotation in its sentence: `X wrote: "…"`, `According to X, … "…"`,
 * `Musk's quip that "…"`, `Il a déclaré que le groupe "…"`, `by arguing that he had "…"`.
 */
export function cueBefore(ctx: Ctx, q: number): Hit | null {
  const { tokens, language } = ctx;
  const floor = sentenceAt(ctx, q)?.[0] ?? 0;
  // A name and a colon right before the quotation label it; a verb before them would not be in reach.
  const label = labelBefore(ctx, q - 1, floor);
  if (label !== null) return hit(ctx, q - 1, q - 1, null, label, "label", label.first, q - 1);
  let nearest: Hit | null = null;
  let sawThat = false;
  let yetToSay = false;
  let relative = false;
  let predicate = false;
  let pour: Hit | null = null;
  // "In a statement posted on Twitter, the police thanked…": a verb inside the clause set before the subject reports nothing.
  // "As Jeremy Hunt wrote…, Labour’s plans would “…”", "Comme l’a dit X, …": a comparison clause is a cue of its own.
  const opening = AS_OPENERS.has(lowerAt(ctx, floor)) ? -1 : openingClauseEnd(ctx, floor, q - 1);
  for (let k = q - 1; k >= floor && k >= q - REACH; k--) {
    const t = tokens[k];
    // "Si Annie signale que « … », Aurélie semble refroidie, « … »": past another quotation, a clause with a
    // subject of its own before this one is this one's, not the reporting verb before that quotation.
    // So for one a verb with no subject of its own found first: "…», Margaux semble inquiète, «".
    // Only where a comma or a colon brings the quotation in: "Marc Lenoir a été condamné à « … »" is not his.
    if (t !== undefined && t.kind === "quote" && (nearest === null || nearest.who === null || nearest.method === "cue-before-sentence-subject") && pour === null && /^[,:]$/u.test(tokens[q - 1]?.text ?? "")) {
      const own = clauseSubjectBetween(ctx, k + 1, q);
      if (own !== null) return hit(ctx, own.last + 1, own.last + 1, null, own, "clause-subject", own.first, q - 1);
    }
    if (t === undefined || t.kind !== "word") continue;
    // "Pour Thierry Breton, l’Europe…, « … »", "pour lui « … »", "puisque pour Deschamps, « … »": a clause-opening
    // `pour X` gives the view's holder; a body too, if named ("Pour la FNC, « … »"), not a group described
    // ("…, pour les musiciens grévistes, mais surtout un « symbole »" is what the strike was for them).
    if (pour === null && language === "fr" && t.lower === "pour" && (k === floor || /^(?:,|et|mais|car|donc|or|puisque|puisqu’|que|qu’|comme|quand|alors|ainsi)$/.test(tokens[k - 1]?.lower ?? ""))) {
      const who = sourceAt(ctx, k + 1);
      if (who !== null && who.last < q && (who.type !== "organisation" || who.kind === "name")) pour = hit(ctx, k, k, null, who, "according-to", k, q - 1);
    }
    // "A story quoted Gov. Kim Reynolds about wanting “…”": the one quoted is the object.
    if (QUOTING.has(t.lower)) {
      // "quoted UN Human Rights chief Michelle Bachelet": the person the organisation's title words lead to.
      const object = subjectAfter(ctx, k, q - 1);
      const who = object !== null && object.kind === "name" && object.type === "organisation" ? (nameAfterTitle(ctx, k + 1, q - 1) ?? object) : object;
      if (who !== null && who.kind !== "pronoun") return hit(ctx, k, k, "said", who, "quoted", k, q - 1);
    }
    // "Robinson was described by the Sunday Times as “…”": the words are the passive's agent's.
    // "a protest described by one union leader as a “…”": so are a description's words with no auxiliary, its agent named.
    if ((isNamingVerb(t.text) || DESCRIBED.has(t.lower)) && (passiveAt(ctx, k) || describedByAs(ctx, k, q))) {
      // "was described by critics as": an agent no one names still rules out the subject.
      const who = agentAfter(ctx, k + 1, q - 1);
      if (who !== null || /^(?:by|par)$/.test(lowerAt(ctx, k + 1))) return hit(ctx, k, k, "said", who, "passive-agent", k, q - 1);
    }
    let h: Hit | null = null;
    let soft = false;
    const p = prepositionAt(tokens, k, language);
    const noun = speechNoun(t.flags, language);
    // Not "Cameron dismissed Miliband's promise as a “con”": what the noun is called is someone else's word.
    // Nor "il n’a toujours aucune réponse du Crous : « … »": a speech noun denied is no one's words.
    const owner = noun && !calledAs(ctx, Math.max(k + 1, q - 3), q - 1) && !NONE_OF.has(tokens[k - 1]?.lower ?? "") ? possessorOf(ctx, k) : null;
    const verb = t.info.verb[language] ?? (language === "fr" && MADE_KNOWN.has(t.lower) && FAIRE.has(tokens[k - 1]?.lower ?? "") ? MADE_KNOWN_CUE : null);
    // "Governor Tunde Okafor of Kwara state": after a capitalised word, "state" is the noun.
    const stateNoun = language === "en" && t.lower === "state" && ((tokens[k - 1]?.flags ?? 0) & CAPITALISED) !== 0;
    // "Le conseiller de la Ville…": an article opening the sentence makes the verb's spelling a noun ("comme le dit X" keeps the verb).
    const opensOnArticle = k - 1 === floor && DEFINITE_ARTICLES.has(tokens[k - 1]?.lower ?? "");
    const v = verb === null || p > 0 || owner !== null || stateNoun || insideName(ctx, k) || rejectedObject(ctx, k, q, floor) || possessedNoun(tokens, k, language) || opensOnArticle || singularNoun(tokens, k, language) || passiveReflexive(tokens, k, language) || NOUN_LEFT[language].has(tokens[k - 1]?.lower ?? "") || wishedFor(ctx, k) || goesOnDoing(ctx, k) ? null : verb;
    if (p > 0) {
      const who = sourceAt(ctx, k + p);
      if (who !== null && who.last < q) h = hit(ctx, k, k + p - 1, null, who, "according-to", k, q - 1);
    } else if (owner !== null) {
      h = hit(ctx, k, k, null, owner, "speech-noun", k, q - 1);
      // "Macron also concluded his tweets:": the verb's named subject says it better than "his".
      // "The MP states that today’s TITF report “provides evidence…”": words that go on from the noun as its
      // predicate are what a reporter before it says of it.
      // Not its content: "the BBC's statement “we stand by our journalism”".
      // "says Transport Scotland's announcement of a 9 per cent increase is the 'latest slap in the face'": so are
      // words a copula after the noun's phrase makes what it is.
      predicate = (k === q - 1 && /^[\s"“”«»‘’'„‹›]*(?:\p{Ll}+(?:s|ed)|is|was|has|had|will|would|could|should|can|may|might|must|does|did)\b/u.test(tokens[q]?.text ?? "")) || copulaBefore(ctx, q);
      soft = owner.kind === "pronoun" || predicate;
    } else if (v !== null && k > opening && (!(language === "en" && tokens[k - 1]?.lower === "to") || tokens[k - 2]?.lower === "on")) {
      // "went on to say" reports as "said" does; "refused to say" does not.
      const s = verbSpeaker(ctx, k, v.finite && tokens[k - 1]?.lower !== "to", floor, q);
      // A passive with no agent names no one: a reporter before it, or a cue after the quotation, may.
      if (s.method === "passive-agent" && s.who === null) continue;
      h = hit(ctx, auxiliaryBefore(ctx, k), k, v.mode, s.who, s.method, Math.max(floor, (s.who?.first ?? k) - 1), q - 1);
    }
    if (t.lower === "that" || t.lower === "que" || t.lower === "qu’") sawThat = true;
    if (h === null) continue;
    // "explique le gérant de cette enseigne au positionnement « atypique »": words inside the description of a
    // subject that follows its verb are the writer's, not what the verb reports.
    // Not where a colon, a comma or "that" brings the words in: "said Jones on Tuesday, “…”".
    // Only for a word or two: "said Mayor Ann Jones on Tuesday “we cannot accept it”" reports a whole clause.
    // And only for a lowercase phrase that is no clause: "a tweeté le ministre mardi soir « Honte à eux »" is his.
    // The quotation's own words are read last: the cue's shape rules out most.
    const described = h.method === "cue-before" && h.who !== null && h.who.first > k && h.who.last < q - 2 && /^[\s"“”«»‘’'„‹›]*\p{Ll}/u.test(tokens[q]?.text ?? "") && !readsAsClause(tokens[q]?.text ?? "", language);
    if (described && h.who !== null && !atLeastWords(tokens[q]?.text ?? "", DESCRIPTION_WORDS + 1) && !/[:,]|\b(?:that|que|qu’)\b/u.test(textBetween(ctx, h.who.last + 1, q - 1))) h = { ...h, who: null, method: "in-description" };
    // "She denied claims in parliament that she “ignored legal advice”": the words are the claim's, not the denier's.
    if (h.who !== null && deniesClaim(ctx, k, q)) h = { ...h, who: null, method: "denied-claim" };
    // "Hunt said the number of doctors who still reported for duty showed “…”": a verb in a relative
    // clause reports nothing the quotation says; a reporting verb before it does.
    if (nearest !== null && relative && h.who !== null) return h;
    if (nearest === null) {
      nearest = h;
      // Only where another verb introduces the quotation itself: "… who reported for duty … demonstrated “…”"
      // ("a nurse who described the ward as overcrowded: “…”" is the nurse's).
      relative = q - 1 > k && relativeVerb(tokens, k, floor) && finiteAt(tokens[q - 1], language);
      if (relative) continue;
      // "X a déclaré que le groupe avait déclaré à Musk, « … »": the named reporter outranks a generic group.
      // A verb with no subject of its own ("avant de relativiser…") borrows the sentence's: a guess a clause-opening `pour X` beats.
      const generic = h.who === null || (h.who.kind === "role" && h.who.type === "organisation") || h.method === "cue-before-sentence-subject";
      // "Mr Andrews said the government would clarify the “line…”": words someone will say are not the ones
      // quoted; a reporter before them, if any, said these.
      // Not "the prime minister will tell MPs: “…”", whose colon brings in the words to come.
      yetToSay = hypothetical(ctx, auxiliaryBefore(ctx, k)) && !textBetween(ctx, k, q - 1).includes(":");
      if (!generic && !soft && !yetToSay) return h;
      sawThat = soft || yetToSay;
      continue;
    }
    // "Critics said the deal was rushed, but ministers will argue that “…”": a reporter in a clause of its own
    // does not report the words to come.
    if (yetToSay && clauseBreak(ctx, k, nearest.from)) return nearest;
    // "Selon lui, il faut relativiser : « … »": a verb whose subject is no one ("il faut") yields to the source before it.
    // Not past a "que": "Selon lui, il faut rappeler qu'un message disait : « … »" quotes the message.
    if (nearest.who === null && nearest.method === "cue-before-sentence-subject" && h.method === "according-to" && h.who !== null && !sawThat && !/\b(?:que|qu’|that)\b/u.test(textBetween(ctx, k, q - 1).replace(/'/gu, "’"))) return h;
    // "The parish council added that Tarmac's claim … was “manifestly untrue”.": a body's judgement of the noun too,
    // where the quotation ends the sentence. Not "…the trust's statement that the school was “no longer viable” was
    // based on old figures", whose words go on the noun's clause.
    const judgedBody = predicate && h.who !== null && !h.who.plural && h.who.type === "organisation" && h.method === "cue-before" && endsItsSentence(ctx, q);
    if (sawThat && h.who !== null && (h.who.kind !== "role" || (predicate && h.who.type === "person" && h.method === "cue-before") || judgedBody)) return h;
    if (sawThat) return nearest;
  }
  if (pour !== null && (nearest === null || nearest.method === "cue-before-sentence-subject")) return pour;
  // "In her introductory remarks, union president Anne Daniels laid down the gauntlet: “…”": the
  // possessive looks ahead to the subject the colon introduces.
  if (nearest !== null && nearest.method === "speech-noun" && nearest.who?.kind === "pronoun") {
    const subject = subjectIntroducing(ctx, q, floor);
    // Only a subject of the possessive's sex: "Quoting from his last letter, his widow Mary Hart read: “…”" is his.
    // A French possessive agrees with the noun, not the owner ("Dans son discours, Waldi Psonka… : « … »"): any person.
    const owner = ctx.language === "fr" ? subject?.who !== null && subject?.who !== undefined && subject.who.type !== "organisation" && !subject.who.plural : subject?.who?.gender !== null && subject?.who?.gender === nearest.who.gender;
    if (subject !== null && subject.method === "colon-subject" && subject.who !== null && subject.who.kind !== "pronoun" && subject.who.first > nearest.from && owner) return subject;
  }
  return nearest ?? subjectIntroducing(ctx, q, floor);
}

/** How many words a description's own quotation may take (`au positionnement « atypique »`). */
const DESCRIPTION_WORDS = 3;

/** Whether a comma, a semicolon or a coordinator stands between tokens `from` and `to`: two clauses. */
function clauseBreak(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (/^(?:,|;|but|mais|while|whereas|tandis|although|though)$/.test(lowerAt(ctx, k))) return true;
  return false;
}

/** English verbs of refusal, which report words only when the words are what is refused or what it is called. */
const REFUSING = /^(?:reject|dismiss|rebuff|refute)(?:s|es|ed|ing)?$/;
/** Demonstratives that, like a possessive, open a refused thing: "rejected this offer". */
const DEMONSTRATIVES_EN = new Set(["this", "that", "these", "those"]);

/**
 * "He told the BBC he was “…” that the RMT had rejected the latest pay offer “out of hand”", "She said
 * the board had dismissed her complaint “without reading it”": inside a clause someone reports, words
 * after the object of a refusal tell how it was refused, in the reporter's words. Not "dismissed the
 * plan as “madness”", nor a refusal whose object is the quotation ("rejected “any suggestion” of…"),
 * nor a refusal no one reports: "An opposition leader rejected the results over accusations of
 * “massive fraud”", "Days after the BBC revealed that he had met the donor, Mr Patel rejected the
 * allegations “completely”" (a comma closes the clause reported), "The firm that built the tower
 * rejected the findings “in their entirety”".
 */
function rejectedObject(ctx: Ctx, k: number, q: number, floor: number): boolean {
  if (ctx.language !== "en" || !REFUSING.test(lowerAt(ctx, k)) || q - k < 3) return false;
  const next = lowerAt(ctx, k + 1);
  if (!(DETERMINERS.has(next) || POSSESSIVES_EN.has(next) || DEMONSTRATIVES_EN.has(next)) || calledAs(ctx, k + 1, q - 1) || /[:,]/u.test(textBetween(ctx, k + 1, q - 1))) return false;
  for (let b = k - 1; b > floor; b--) {
    const t = ctx.tokens[b];
    if (t === undefined || /^[,;:]$/u.test(t.text)) return false;
    if (t.kind === "word" && t.info.verb.en !== null && (t.flags & LOWERCASE) !== 0) return true;
  }
  return false;
}

/** Modal verbs: what follows them is to come or may be, not what was said. */
const MODALS: Readonly<Record<"en" | "fr", ReadonlySet<string>>> = {
  en: new Set(["would", "will", "could", "should", "might", "may", "must", "can", "shall", "’ll"]),
  fr: new Set(["va", "vont", "allait", "allaient", "devrait", "devraient", "pourrait", "pourraient", "devra", "devront", "pourra", "pourront"]),
};

/** "BofA continues to enjoy “…”", "l’entreprise continue de perdre « … »": "continue" before a verb says nothing. */
function goesOnDoing(ctx: Ctx, k: number): boolean {
  const w = lowerAt(ctx, k);
  if (!w.startsWith("continu")) return false;
  const next = lowerAt(ctx, k + 1);
  return next === "to" || next === "à" || next === "de" || next === "d’" || /ing$/.test(next);
}

/** What opens a French clause of purpose or of wish, whose verb (a subjunctive) tells what someone should do: "veiller à ce que". */
const WISH_OPENERS_FR = new Set(["ce", "pour", "afin", "faut", "sorte", "sans"]);

/**
 * "Les préfets doivent veiller à ce que les maires observent « … »": a verb in a clause of purpose
 * or of wish reports nothing yet; the words are those of whoever asked for it.
 */
function wishedFor(ctx: Ctx, k: number): boolean {
  if (ctx.language !== "fr") return false;
  for (let b = k - 1; b >= 0 && b >= k - 6; b--) {
    const t = ctx.tokens[b] as Token;
    if (t.kind !== "word") return false;
    // "à ce que", not "ce que confirme le proviseur".
    if (t.lower === "que" || t.lower === "qu’") return WISH_OPENERS_FR.has(lowerAt(ctx, b - 1)) && (lowerAt(ctx, b - 1) !== "ce" || /à$/u.test(lowerAt(ctx, b - 2)));
  }
  return false;
}

/** Whether the verb at `k` is one a modal governs: `would clarify`, `will never say`, `va préciser`. */
function hypothetical(ctx: Ctx, k: number): boolean {
  const modals = MODALS[ctx.language];
  const before = lowerAt(ctx, k - 1);
  return modals.has(before) || (/^(?:not|never|also|then|soon|ne|pas|bientôt|aussi)$/.test(before) && modals.has(lowerAt(ctx, k - 2)));
}

/** Texts a source preposition may cite, which are no one: "according to the Bible", "selon la Constitution". */
const DOCUMENTS = new Set(["constitution", "bible", "coran", "koran", "quran", "torah", "charter", "charte", "code", "treaty", "traité", "convention", "déclaration", "declaration", "cahier"]);

/** Words opening a clause that says whose words follow: "As X said, …", "Comme l’a expliqué X, …". */
const AS_OPENERS = new Set(["as", "comme", "like", "ainsi"]);

/** Whether tokens `from`..`to` hold "as" or "comme": what precedes is being called something. */
function calledAs(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (CALLED_AS.has(lowerAt(ctx, k))) return true;
  return false;
}
const CALLED_AS = new Set(["as", "comme"]);

/** Relative pronouns opening a clause whose verb reports nothing of the sentence's quotation. */
const RELATIVES = new Set(["who", "which", "qui"]);

/**
 * Whether `t` is a finite verb, so the relative clause before it has ended (`who reported for duty …
 * demonstrated “…”`). No part-of-speech tags: a reporting verb, an auxiliary, or an English past tense in -ed.
 */
export function finiteAt(t: Token | undefined, language: "en" | "fr"): boolean {
  const finite = (language === "fr" ? FINITE_VERB_FR : FINITE_VERB_EN) | AUXILIARY;
  return t !== undefined && t.kind === "word" && (t.flags & LOWERCASE) !== 0 && ((t.flags & finite) !== 0 || (language === "en" && /ed$/.test(t.lower)));
}

/** Adverbs between a relative pronoun and its verb: `who still reported`, `qui a aussi affirmé`. */
const RELATIVE_ADVERBS = new Set(["still", "also", "then", "later", "already", "just", "never", "always", "not", "a", "ont", "avait", "aussi", "déjà", "alors", "ensuite"]);

/** Whether the verb at `k` opens a relative clause: `who (still) reported`, `qui a affirmé`. */
function relativeVerb(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let b = k - 1; b >= floor && b >= k - 3; b--) {
    const t = tokens[b] as Token;
    if (RELATIVES.has(t.lower)) return true;
    if (t.kind !== "word" || !(RELATIVE_ADVERBS.has(t.lower) || /ly$/.test(t.lower))) return false;
  }
  return false;
}

/** Dashes and bars that part a headline's segments: "Equipe de France en direct - Didier Deschamps: « … »". */
const SEGMENT_MARKS = new Set(["-", "–", "—", "|"]);

/** The last colon from `floor` to `end`, or -1. */
function colonBefore(ctx: Ctx, floor: number, end: number): number {
  for (let k = end; k > floor; k--) if (ctx.tokens[k]?.text === ":") return k;
  return -1;
}

/** Words that open a clause of its own subject after the main one: "pendant que", "tandis que", "while". */
const SUBORDINATORS = new Set(["que", "qu’", "lorsque", "quand", "while", "whereas", "when"]);
/** The words "que" must follow to open such a clause: "pendant que", not "dit que". */
const BEFORE_QUE = new Set(["pendant", "tandis", "alors"]);

/** Verbs of talking with someone that report no words by themselves: "s'entretient avec", "talked to". */
const CONVERSING = new Set(["entretient", "entretenait", "discute", "discutait", "parle", "parlait", "échange", "échangeait", "talks", "talked", "chats", "chatted", "speaks", "spoke"]);

/**
 * The last word from `floor` to `end` opening a subordinate clause that runs on to `end` with no comma, or -1.
 * Not "Le maire, alors que la salle s'agitait, a lancé :": the main clause takes up again after the comma.
 */
function subordinateBefore(ctx: Ctx, floor: number, end: number): number {
  for (let k = end; k > floor; k--) {
    const w = lowerAt(ctx, k);
    if (w === "," || w === ";") return -1;
    if (!SUBORDINATORS.has(w)) continue;
    if ((w === "que" || w === "qu’") && !BEFORE_QUE.has(lowerAt(ctx, k - 1))) continue;
    // Only a clause about speaking: "tandis que l'avocat lui montrait la photo : « C'est lui »" is the witness's.
    for (let j = k + 1; j <= end; j++) if ((ctx.tokens[j]?.info.verb[ctx.language] ?? null) !== null || CONVERSING.has(lowerAt(ctx, j))) return k;
    return -1;
  }
  return -1;
}

/** Where the last headline segment before token `end` starts: after its dash or bar, else `floor`. */
function segmentStart(ctx: Ctx, floor: number, end: number): number {
  for (let k = end; k > floor; k--) if (SEGMENT_MARKS.has(ctx.tokens[k]?.text ?? "")) return k + 1;
  return floor;
}

/** Participles of asking, whose agent is the one who asked: "Interrogée par France Inter", "Asked by the BBC". */
const ASKED = /^(?:interrog|interview|questionn|sollicit|contact|joint|jointe|cit|asked|quoted|approached)/u;

/** Plural copulas the singular list lacks: "restent prudents", "remain wary". */
const PLURAL_COPULAS = new Set(["restent", "demeurent", "semblent", "paraissent", "remain", "seem"]);

/** Whether a verb of being, which tells a group's state, stands between tokens `from` and `to`: "sont à bout", "were more cautious". */
function stateBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = lowerAt(ctx, k);
    if (BE_FORMS[ctx.language].has(w) || COPULAS.has(w) || PLURAL_COPULAS.has(w)) return true;
  }
  return false;
}

/** Whether the quotation `text` opens on the words `phrase`, marks and case aside. */
function opensOn(text: string, phrase: string): boolean {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  const said = words(text);
  const own = words(phrase);
  return own.length > 0 && own.every((w, i) => said[i] === w);
}

/** `il y a`, `it is`: a pronoun that stands for no one. */
const IMPERSONAL = new Set(["y", "faut", "s’agit", "is", "was", "seems"]);

/** How many tokens before a name apposed before a colon may tell it is one of two: "X et son adjoint, Y :". */
const APPOSED_REACH = 6;

/**
 * "Les habitants sont attachés à cette épicerie, Martine Letissier, la maire de Le Pas : « … »": a person's full name
 * set after a comma, with their role after it, closing the words before a colon at `end`, is who speaks. Else null.
 */
function apposedBeforeColon(ctx: Ctx, from: number, end: number): Mention | null {
  const last = mentionEnding(ctx, end);
  if (last === null) return null;
  // The role said after the name: "son prédécesseur, Jean Dupont :" is whom a verb before it is about.
  if (last.kind !== "role" || last.type !== "person" || ctx.tokens[last.first - 1]?.text !== ",") return null;
  const m = mentionEnding(ctx, last.first - 2);
  if (m === null || m.kind !== "name" || m.type !== "person" || !m.text.includes(" ") || m.first <= from) return null;
  // Not a name apposed to a description before it: "remercier le pompier volontaire, Jacques Roussel, le…".
  if (mentionEnding(ctx, m.first - 2)?.kind === "role") return null;
  // Not one of two who speak together: "Marie-Claude Jarrot et son adjoint, Gérard Gronfier : « … »".
  for (let k = Math.max(from, m.first - APPOSED_REACH); k < m.first; k++) if (AND_WORDS.has(lowerAt(ctx, k))) return null;
  return ctx.tokens[m.first - 1]?.text === "," ? named(ctx, m) : null;
}

/**
 * With no cue, the sentence's subject when the quotation is its predicate or follows its colon:
 * `Régine Tallard, secrétaire syndicale, est inquiète : « … »`, `Léonie Varga « se cache
 * dans des personnages »`.
 */
function subjectIntroducing(ctx: Ctx, q: number, floor: number): Hit | null {
  const colon = ctx.tokens[q - 1]?.text === ":";
  const end = colon ? q - 2 : q - 1;
  if (end < floor) return null;
  let who: Mention | null;
  if (colon) {
    const from = segmentStart(ctx, floor, end);
    // "Résultat : au bout de la chaîne, Paul Henri doit augmenter ses prix : « … »": an earlier colon
    // opens the clause whose subject the words are, if a person; a label before it is no one.
    // "Un infirmier fait le nécessaire, pendant que Didier s'entretient avec les ambulanciers : « … »": so does a
    // subordinate clause that runs on to the colon.
    const clause = Math.max(colonBefore(ctx, from, end), subordinateBefore(ctx, from, end));
    // Only a person: "Le maire est clair : la commune n'a plus les moyens : « … »" is the mayor's.
    const inClause = clause < 0 ? null : sentenceSubject(ctx, clause + 1, end);
    // A lone first name is one ("pendant que Didier s'entretient…").
    const person = inClause !== null && (inClause.type === "person" || (inClause.kind === "name" && inClause.type === "unknown" && inClause.gender !== null));
    who = apposedBeforeColon(ctx, from, end) ?? (person && inClause !== null && !inClause.plural ? inClause : judgementHolder(ctx, from, end) ?? sentenceSubject(ctx, from, end) ?? viewLedHolder(ctx, from, end));
  }
  else {
    // The name right before the quotation, as long as no preposition makes it an object.
    const m = mentionEnding(ctx, end);
    // An organisation too when the quotation carries on its sentence: "le Fonds Nova « poursuivra… »".
    const predicate = /^[\s"“”«»‘’'„‹›]*\p{Ll}/u.test(ctx.tokens[q]?.text ?? "");
    const free = m !== null && m.kind === "name" && (m.type !== "organisation" || predicate) && !governed(ctx, m);
    // "Ron Beadle called Mr Mole « … »": the one named is what the subject called them; so is the one
    // called an article and words ("called Ms McDonald a “very capable woman”").
    const article = lowerAt(ctx, end);
    const judged = ctx.language === "en" && (article === "a" || article === "an") ? mentionEnding(ctx, end - 1) : null;
    const called = judged ?? m;
    const naming = called === null ? -1 : namingVerbBefore(ctx, called.first, floor);
    if (naming >= 0) {
      // Whoever did the calling said it; with no one named, not the one called.
      const caller = subjectBefore(ctx, naming, floor) ?? sentenceSubject(ctx, floor, naming - 1);
      return caller === null ? null : { cue: ctx.tokens[naming]?.text ?? null, mode: ctx.tokens[naming]?.info.verb[ctx.language]?.mode ?? "said", who: caller, method: "subject-naming", from: floor, to: q - 1 };
    }
    who = free ? named(ctx, m) : null;
  }
  if (who === null) return null;
  if (who.kind === "pronoun" && IMPERSONAL.has(ctx.tokens[who.last + 1]?.lower ?? "")) return null;
  // "Les enfants devront aller à l'école d'Ambrières : « Les enfants vont quitter leur cocon… »": words that open on
  // the very noun their group was named by speak of it, in someone else's voice.
  // Not after a copula that says how the group feels: "Les éleveurs sont à bout : « Les éleveurs vendent… »" is theirs.
  if (colon && who.kind === "role" && who.plural && opensOn(ctx.tokens[q]?.text ?? "", who.text) && !stateBetween(ctx, who.last + 1, q - 1)) return null;
  return { cue: null, mode: null, who, method: colon ? "colon-subject" : "subject-quote", from: floor, to: q - 1 };
}

/**
 * The naming verb right before the mention starting at `first` (`called Mr Mole`, `called Dr. Ruiz`,
 * `branded the minister`), or -1: courtesy titles, their full stops and an article may stand between.
 */
function namingVerbBefore(ctx: Ctx, first: number, floor: number): number {
  let k = first - 1;
  while (k > floor && (ctx.tokens[k]?.text === "." || COURTESY_TITLES.has(ctx.tokens[k]?.lower ?? "") || DEFINITE_ARTICLES.has(ctx.tokens[k]?.lower ?? ""))) k--;
  return k > floor && ctx.tokens[k]?.kind === "word" && isNamingVerb(ctx.tokens[k]?.text ?? "") ? k : -1;
}

/** Whether the participle at `k` is a passive's: "were accused", "has been widely criticised", "a été accusé". */
function passiveAt(ctx: Ctx, k: number): boolean {
  // One adverb may stand between: "were also accused", "est aussi accusé".
  const adverb = /(?:ly|ment)$|^(?:also|often|again|later|since|then|once|even|aussi|encore|déjà|souvent|ensuite|même|alors)$/.test(lowerAt(ctx, k - 1)) ? 1 : 0;
  const aux = k - 1 - adverb;
  // "s’est exclamé", "s’est dit": a reflexive verb's auxiliary, no passive.
  return PASSIVE.has(lowerAt(ctx, aux)) && !REFLEXIVES.has(lowerAt(ctx, aux - 1).replace("'", "’"));
}

const REFLEXIVES = new Set(["s’", "se", "m’", "me", "t’", "te", "nous", "vous"]);

/** Verbs that say what something is like, whose agent's words a quotation after them is: `described as`. */
const DESCRIBED = new Set(["described", "hailed", "décrit", "décrite", "décrits", "décrites"]);

/**
 * "a protest described by one union leader as a “…”": a description's participle, its agent, then "as"
 * bringing in the words ("the mayor described by phone a scene of “…”" is the means, no agent).
 */
function describedByAs(ctx: Ctx, k: number, q: number): boolean {
  if (!DESCRIBED.has(lowerAt(ctx, k)) || !/^(?:by|par)$/.test(lowerAt(ctx, k + 1))) return false;
  for (let f = k + 2; f < q && f <= k + 8; f++) if (/^(?:as|comme)$/.test(lowerAt(ctx, f))) return f > k + 2;
  return false;
}

/** Passives whose subject still speaks: "was quoted as saying", "was heard shouting", "a été entendu dire". */
const SPEAKER_PASSIVES = new Set(["quoted", "reported", "heard", "overheard", "recorded", "filmed", "caught", "cité", "citée", "entendu", "entendue"]);

/** "by the regulator", "par le maire": a passive's agent starting at `k` (before `to`), or null. */
function agentAfter(ctx: Ctx, k: number, to: number): Mention | null {
  if (!/^(?:by|par)$/.test(lowerAt(ctx, k))) return null;
  // "by the Sunday Times": a determiner and capitalised words may lead to the name.
  let m: Mention | null = null;
  for (let f = k + 1; f <= to && f <= k + 4 && m === null; f++) {
    m = mentionStarting(ctx, f);
    if (m === null && !DETERMINERS.has(lowerAt(ctx, f)) && ((ctx.tokens[f]?.flags ?? 0) & CAPITALISED) === 0) break;
  }
  m ??= nameAfterTitle(ctx, k + 1, to);
  if (m === null || m.first > to || m.kind === "pronoun") return null;
  return m.kind === "name" && m.type === "organisation" ? (nameAfterTitle(ctx, k + 1, to) ?? m) : named(ctx, m);
}

/**
 * The agent's preposition after the quotation at `q`: right after it, or past a passive coordinated with
 * the quoted one (`was accused of being ‘asleep at the wheel’ and urged to resign by…`); -1 when none.
 */
function agentPreposition(ctx: Ctx, q: number, last: number): number {
  const { tokens, language } = ctx;
  const isBy = (k: number) => /^(?:by|par)$/.test(tokens[k]?.lower ?? "");
  if (isBy(q + 1)) return q + 1;
  // "ont été qualifiés de « héros anonymes », vendredi par François de Rugy": a day may come between.
  const dated = pastDay(tokens, q + 1);
  if (dated > q + 1 && isBy(dated)) return dated;
  if (!/^(?:and|et)$/.test(tokens[q + 1]?.lower ?? "")) return -1;
  const participle = tokens[q + 2];
  // A verb of speech or judgement ("and urged to resign", "et qualifié de"), not any act ("and replaced by", "et condamné par").
  if (participle === undefined || participle.kind !== "word" || SENTENCED.has(participle.lower) || !(participle.info.verb[language] !== null || JUDGING_LABELS.has(participle.lower) || isNamingVerb(participle.text))) return -1;
  for (let k = q + 3; k <= last && k <= q + 7; k++) {
    const t = tokens[k] as Token;
    if (isBy(k)) return k;
    if (t.kind !== "word" || (t.flags & LOWERCASE) === 0 || t.info.verb[language]?.finite === true || ((t.flags & AUXILIARY) !== 0)) return -1;
  }
  return -1;
}

/** Whether the quotation at `q` ends its sentence: only its closing punctuation follows it. */
function endsItsSentence(ctx: Ctx, q: number): boolean {
  const end = sentenceAt(ctx, q)?.[1] ?? q;
  for (let k = q + 1; k <= end; k++) if (ctx.tokens[k]?.kind === "word") return false;
  return true;
}

/**
 * Whether the capitalised token at `k` is inside a name begun before it: "Network Rail spokesman", not a verb "rail".
 * Only before a lowercase word: in a Title Case headline ("Network Rail Says “Sorry”") the verb is capitalised too.
 */
function insideName(ctx: Ctx, k: number): boolean {
  if (((ctx.tokens[k]?.flags ?? 0) & CAPITALISED) === 0 || ((ctx.tokens[k + 1]?.flags ?? 0) & LOWERCASE) === 0) return false;
  for (let j = k; j <= k + 4 && j < ctx.tokens.length; j++) {
    const m = mentionEnding(ctx, j);
    if (m !== null && m.kind === "name" && m.first < k) return true;
  }
  return false;
}

/** Words of a day that may stand between a passive's quotation and its agent, besides day and month names. */
const DAY_WORDS = new Set(["yesterday", "today", "hier", "aujourd’hui", "matin", "soir", "morning", "evening", "night"]);

/** The token past an optional comma and a day's words ("vendredi", "hier soir", "on Friday") from `k`, or `k`. */
function pastDay(tokens: readonly Token[], k: number): number {
  let f = tokens[k]?.text === "," ? k + 1 : k;
  if (tokens[f]?.lower === "on" && CALENDAR.has(tokens[f + 1]?.lower ?? "")) f++;
  const from = f;
  while (f < from + 2 && (CALENDAR.has(tokens[f]?.lower ?? "") || DAY_WORDS.has(tokens[f]?.lower ?? ""))) f++;
  return f > from ? f : k;
}

/** A court's verbs, which lexicons of speech list for their other sense: "et condamné par le juge" sentences. */
const SENTENCED = new Set(["condamné", "condamnée", "condamnés", "condamnées", "sentenced", "convicted", "condemned"]);

/** Acronyms of a party and an office before a first name and a surname: "BJP MLA Prasanta Phukan". */
const ACRONYMS_THEN_NAME = /^(?:\p{Lu}{2,}\s+)+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;


/**
 * The person named after a comma that closes a plain agent phrase: `by his opposite number, Labour’s Andy
 * McDonald`, `par son homologue, Anne Roy`; null when the phrase names no one that way.
 */
function appositiveAgent(ctx: Ctx, b: number, last: number): Mention | null {
  const { tokens } = ctx;
  // Someone's counterpart, deputy or lawyer: a possessive opens the phrase or stands in it (not "par la suite,").
  let owned = false;
  for (let k = b + 1; k <= last && k <= b + 5; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") {
      if (!owned) return null;
      const m = mentionStarting(ctx, k + 1);
      const named = m !== null && m.kind === "name" && m.possessive ? mentionStarting(ctx, m.last + 1) : m;
      return named !== null && named.kind === "name" && named.type === "person" ? named : null;
    }
    if (THIRD_POSSESSIVES.has(t.lower) || (t.kind === "word" && t.possessive)) {
      owned = true;
      continue;
    }
    if (t.kind !== "word" || (t.flags & LOWERCASE) === 0 || t.info.verb[ctx.language] !== null) return null;
  }
  return null;
}

/** The agent the preposition at `b` introduces: a name, a title's holder, a possessive's or an appositive's. */
function agentAt(ctx: Ctx, b: number, last: number): Mention | null {
  const m = mentionStarting(ctx, b + 1) ?? (DETERMINERS.has(lowerAt(ctx, b + 1)) ? mentionStarting(ctx, b + 2) : null);
  // "by Labour’s Andy McDonald": the person after a name's possessive.
  const owned = m !== null && m.kind === "name" && m.possessive ? mentionStarting(ctx, m.last + 1) : null;
  if (owned !== null && owned.kind === "name" && owned.type !== "organisation") return named(ctx, owned);
  // "by the minister’s deputy, Tom Ellis": whom the possessive's noun names after a comma, or no one said.
  if (m !== null && m.possessive) return appositiveAgent(ctx, b, last);
  if (m === null) return appositiveAgent(ctx, b, last) ?? nameAfterTitle(ctx, b + 1, last);
  // "by ACA chair Peter Basildon": the person after an organisation's title words.
  if (m.kind === "name" && m.type === "organisation") return nameAfterTitle(ctx, b + 1, last) ?? m;
  return named(ctx, m);
}

/** Auxiliaries of a passive: `was described as`, `a été qualifié de`. */
const PASSIVE = new Set(["was", "were", "is", "are", "been", "being", "be", "été", "est", "sont", "était", "fut"]);

/** Naming verbs whose object is a judgement rather than a name: "labelled “disgraceful” by critics", "qualifiés « d’irresponsables » par". */
const JUDGING_LABELS = new Set(["labelled", "labeled", "branded", "qualifié", "qualifiée", "qualifiés", "qualifiées"]);

/**
 * `The deal was described as an “astonishing settlement” by the council chair Ada Moss`: a
 * reporting verb in the passive before the quotation, its agent after it.
 */
function passiveAgent(ctx: Ctx, q: number, last: number): Hit | null {
  const { tokens, language } = ctx;
  const b = agentPreposition(ctx, q, last);
  if (b < 0) return null;
  const from = sentenceAt(ctx, q)?.[0] ?? 0;
  for (let k = q - 1; k >= from && k >= q - 5; k--) {
    const t = tokens[k] as Token;
    // "were labelled “deeply concerning” by Lisa Doyle": a label an agent gives is their judgement, unless it is a name.
    const judged = JUDGING_LABELS.has(t.lower) && !isTitleCase(tokens[q]?.text ?? "");
    const v = t.info.verb[language];
    // "ses propos, jugés « inacceptables » par la gauche": a French participle alone is a passive too.
    if (t.kind !== "word" || (v === null && !judged) || !(passiveAt(ctx, k) || ((v?.participle ?? judged) && ((tokens[k - 1]?.flags ?? 0) & AUXILIARY) === 0))) continue;
    const who = agentAt(ctx, b, last);
    if (who === null || who.kind === "pronoun") return null;
    // "Eggs labelled “free range” by the supermarket chain": a body's label is a product's or a file's, not a judgement.
    if (v === null && who.type !== "person") return null;
    return hit(ctx, k, k, t.info.verb[language]?.mode ?? "said", who, "passive-agent", k, Math.min(last, who.last + 6));
  }
  return null;
}

/**
 * `La Belgique demande « … » sur la frappe, a déclaré la ministre X.`: a cue after a comma, with no
 * clause of its own after it, says whose words the whole sentence reports. The first such cue
 * after quotation `q`, if no other quotation stands between them, or null.
 */
export function cueClosing(ctx: Ctx, q: number): Hit | null {
  return closingCueIn(ctx, q + 2, Math.min(sentenceAt(ctx, q)?.[1] ?? q, q + REACH));
}

/**
 * "L’ONU est une organisation neutre, a souligné M. Cassis.": the cue closing a sentence with no
 * quotation says who spoke there, and so whom a bare quotation after it continues.
 */
export function closingReporter(ctx: Ctx, from: number, to: number): Hit | null {
  // "Non, rétorque Me Diouf.", "No, said Ms Hale.": one word of speech, then an inverted cue.
  const word = ctx.tokens[from + 1]?.text === "," && ctx.tokens[from + 2]?.info.verb[ctx.language]?.finite === true;
  const h = closingCueIn(ctx, word ? from + 1 : from + 2, to);
  // What the cue closes is a clause: "L’avocat, Me Verdier, a plaidé l’acquittement" is a subject and its verb.
  // Nor one the subject's relative clause ends: "Jane Hofmeister, who set up a campaign, welcomed the move".
  return h !== null && h.who !== null && endsSentence(ctx, h, to) && !onlyMentions(ctx, from, h.from) && !relativeBefore(ctx, from, h.from) ? h : namedSource(ctx, from, to);
}

/** Whether the sentence at `from` opens on a name, a comma and a relative clause that the comma before `cue` closes. */
function relativeBefore(ctx: Ctx, from: number, cue: number): boolean {
  const m = mentionStarting(ctx, from);
  return m !== null && m.kind === "name" && ctx.tokens[m.last + 1]?.text === "," && RELATIVES.has(lowerAt(ctx, m.last + 2)) && m.last + 2 < cue;
}

/**
 * "The leak should not have occurred, according to BJP MLA Prasanta Phukan, and…": the one a sentence
 * reports through a source preposition, when a name says who; a bare quotation after it goes on with them.
 */
function namedSource(ctx: Ctx, from: number, to: number): Hit | null {
  // Not "Selon le porte-parole X, la rencontre…": a source the sentence opens on frames it, as a subject does.
  for (let k = from + 1; k <= to; k++) {
    const p = prepositionAt(ctx.tokens, k, ctx.language);
    if (p === 0) continue;
    const source = sourceAt(ctx, k + p);
    // "according to BJP MLA Prasanta Phukan": the person after an organisation's title words.
    const who = source !== null && source.type === "organisation" ? nameAfterTitle(ctx, k + p, to) ?? source : source;
    // A person only: "according to Reuters", "selon l’Insee" report facts, not someone the next words go on with.
    const person = who !== null && (who.type === "person" || (who.type === "organisation" && ACRONYMS_THEN_NAME.test(who.text)));
    return who !== null && who.kind === "name" && person && !who.plural ? hit(ctx, k, k + p - 1, null, who, "according-to", k, Math.min(to, k + p + 6)) : null;
  }
  return null;
}

/** Whether tokens `first` up to `end` are nothing but mentions, their articles and the commas between them. */
function onlyMentions(ctx: Ctx, first: number, end: number): boolean {
  for (let k = first; k < end; ) {
    const t = ctx.tokens[k] as Token;
    const m = mentionStarting(ctx, k);
    if (m !== null) k = m.last + 1;
    else if (t.text === "," || DETERMINERS.has(t.lower) || (t.flags & TITLE_WORD) !== 0) k++;
    else return false;
  }
  return true;
}

/** How many words a quotation between a sentence's first one and its closing cue may hold, and (read first, for speed) characters. */
const TERM_WORDS = 2;
const TERM_CHARS = 40;

/** Prepositions opening a complement a cue may close on: `said in a statement`, `a-t-il dit lors du point presse`. */
const TRAILING = new Set(["in", "on", "at", "during", "to", "via", "dans", "lors", "à", "au", "aux", "sur", "en", "devant", "par"]);

/**
 * Whether nothing follows the cue's speaker up to `to` but the cue's own verb ("a spokesperson said"),
 * a date and a complement: "…, said Mr Isaac worked hard" names whom the sentence is about, not who spoke.
 */
function endsSentence(ctx: Ctx, h: Hit, to: number): boolean {
  const who = h.who as Mention;
  // "…, said Peter Smith agreed": where the verb stands before the speaker, none may come after.
  let inverted = false;
  for (let f = h.from; f < who.first && !inverted; f++) inverted = ctx.tokens[f]?.info.verb[ctx.language] != null;
  let complement = false;
  // "…, said Jeffery Nemeth, chief executive of the local unit.": an appositive with no verb says who they are.
  const appositive = ctx.tokens[who.last + 1]?.text === ",";
  for (let f = who.last + 1; f <= to; f++) {
    const t = ctx.tokens[f] as Token;
    if (t.kind !== "word" || CALENDAR.has(t.lower) || /^\d+$/.test(t.text)) continue;
    const verb = t.info.verb[ctx.language] !== null || (t.flags & AUXILIARY) !== 0;
    if (CLAUSE_SUBJECTS.has(t.lower) || (verb && (complement || inverted || appositive))) return false;
    if (TRAILING.has(t.lower)) complement = true;
    else if (!complement && !verb && !appositive) return false;
  }
  return true;
}

/** The first cue after a comma between tokens `first` and `last` with no clause of its own after it. */
function closingCueIn(ctx: Ctx, first: number, last: number): Hit | null {
  // Whether words of the writer's stand between the last quotation and this one.
  let narrated = false;
  for (let comma = first; comma <= last; comma++) {
    const t = ctx.tokens[comma];
    if (t?.kind === "word") narrated = true;
    // "du fait des « pluies diluviennes », a affirmé X": a word or two in marks is no other speaker's.
    // "« Regrettez-vous… ? », « Oui… », a répondu X": a longer one right after may be an answer to it;
    // told between the writer's words ("« … », elle s'était « … » dans la nuit, a-t-il détaillé"), the same speaker's.
    if (t?.kind === "quote" && (t.text.length > TERM_CHARS || wordCount(t.text) > TERM_WORDS)) {
      if (!narrated) return null;
      narrated = false;
    }
    if (t?.text !== ",") continue;
    // The cue starts the clause: a verb, an article, a name or a pronoun ("…, even after analyst X said" is no cue of this sentence).
    const w = ctx.tokens[comma + 1];
    if (w === undefined || !(w.info.verb[ctx.language] !== null || (w.flags & (AUXILIARY | CAPITALISED)) !== 0 || DETERMINERS.has(w.lower) || pronounAt(ctx, comma + 1) !== null)) continue;
    const h = cueAfter(ctx, comma - 1, "");
    if (h === null || h.who === null || (h.method !== "cue-after" && h.method !== "cue-after-inverted")) continue;
    // "Peter Davies, who also sits on Corsham Town Council, welcomed the news.": in English, a noun no list holds after
    // a verb closing a sentence with no quotation is its object, not an inverted subject.
    if (h.who.descriptive && ctx.language === "en") continue;
    // "…, the victim told officers he did not know them": a clause after the cue is no closing cue.
    // Nor "…," and one of them, Naomi Wigley, told The Press that…: a verb that reports a "that" of its own.
    if (!clauseAfter(ctx, h.who.last) && !reportsThat(ctx, comma + 1, last, h.cue)) return { ...h, method: "cue-closing" };
  }
  return null;
}

/** How many words may stand between a reporting verb and the "that" it reports: "told The Press that". */
const THAT_REACH = 3;
/** Words that open a reported clause: "said that", "a appris que". */
export const THAT_WORDS = new Set(["that", "que", "qu’", "qu'"]);

/** Whether the verb ending `cue`, met in tokens `from`..`last`, has "that"/"que" within `THAT_REACH` words after it. */
function reportsThat(ctx: Ctx, from: number, last: number, cue: string | null): boolean {
  const verb = cue?.split(/\s+/u).pop()?.toLowerCase();
  if (verb === undefined) return false;
  for (let k = from; k <= last; k++) {
    if (lowerAt(ctx, k) !== verb) continue;
    for (let j = k + 1; j <= Math.min(last, k + THAT_REACH); j++) if (THAT_WORDS.has(lowerAt(ctx, j))) return true;
    return false;
  }
  return false;
}

/** `"…" over the past month, according to several NGOs`: a source preposition later in the sentence. */
export function cueLater(ctx: Ctx, q: number): Hit | null {
  const last = sentenceAt(ctx, q)?.[1] ?? q;
  const agent = passiveAgent(ctx, q, last);
  if (agent !== null) return agent;
  for (let k = q + 1; k <= last && k <= q + 25; k++) {
    if (ctx.tokens[k]?.kind === "quote") return null;
    const p = prepositionAt(ctx.tokens, k, ctx.language);
    if (p === 0) continue;
    return hit(ctx, k, k + p - 1, null, sourceAt(ctx, k + p), "according-to", k, Math.min(last, k + p + 6));
  }
  return null;
}
