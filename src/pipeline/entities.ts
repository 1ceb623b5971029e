import type { Person, Registry } from "../schema/person.ts";
import type { Speaker } from "../schema/quote.ts";
import type { Gender, Mention, MentionType } from "./mentions.ts";
import { fieldOf } from "./fields.ts";
import { fold, headKey, roleWords, slug } from "./names.ts";
import { isWireName } from "./boilerplate.ts";
import { institutionName } from "./institution-name.ts";
import { familyKey } from "./protagonist.ts";
import { DEMONYMS, FEMALE_FIRST, KINSHIP, NATIONALITIES_FR, ORG_ROLES, ORG_WORDS, PARTY_WORDS, PERSON_ROLES, SURNAME_PARTICLES, THIRD_POSSESSIVES, TITLE_WORDS, isFirstName, isOrdinal, startsDefinite } from "./names-lexicon.ts";
import { roleDomain } from "./role-domains.ts";
import { coversJob, isAnyOfLine } from "./field-words.ts";
import { isAgeNoun, withoutArabicArticle } from "./words.ts";

/** A role's folded words, and the head keys they may match ("pdg" matches "ceo"). */
interface RoleSet {
  words: Set<string>;
  heads: Set<string>;
  /** The proper names its complement gives, folded: "cerza" of "fondateur du zoo de Cerza". */
  names: ReadonlySet<string>;
}

const NO_NAMES: ReadonlySet<string> = new Set();

function roleSet(words: Set<string>, text = ""): RoleSet {
  const heads = new Set([...words].map(headKey));
  if (text !== "") for (const w of servedOffices(text)) heads.delete(w);
  return { words, heads, names: text === "" ? NO_NAMES : complementNames(text) };
}

const COMPLEMENT_OPENERS = new Set(["de", "du", "des", "d", "au", "aux", "a", "of", "to", "for", "aupres"]);
const COMPLEMENT_ARTICLES = new Set(["le", "la", "les", "l", "the"]);
const COORDINATORS = new Set(["et", "and", "ou", "or"]);

/**
 * The head keys of offices a role's complement names: "maire" in "adjoint au maire", "minister" in "adviser
 * to the minister". Whoever holds the role serves that office, and does not hold it: "le maire" is not them.
 * Only an office right after the preposition (and its article): "maire de Caen puis président de Caen la Mer"
 * holds both, as does "maire de Rezé et président de la métropole".
 */
function servedOffices(text: string): string[] {
  const out: string[] = [];
  let own: string | null = null;
  let opened = false;
  for (const w of fold(text).split(/[^\p{L}\p{N}-]+/u)) {
    if (w === "") continue;
    if (COORDINATORS.has(w)) { own = null; opened = false; continue; }
    if (opened && COMPLEMENT_ARTICLES.has(w)) continue;
    const served = opened;
    opened = own !== null && COMPLEMENT_OPENERS.has(w);
    if (!PERSON_ROLES.has(w)) continue;
    const h = headKey(w);
    if (own === null) own = h;
    else if (served && h !== own) out.push(h);
  }
  return out;
}

/** A capitalised word after a role's first word: a place's or a body's name ("directeur du zoo de Jurques"). */
const CAPITALISED_WORD = /(?<=\s|’|')\p{Lu}[\p{L}-]*/gu;

/** The proper names, folded, a role phrase's complement gives: `le directeur de Cerza` gives "cerza". */
function complementNames(text: string): ReadonlySet<string> {
  const found = text.match(CAPITALISED_WORD);
  return found === null ? NO_NAMES : new Set(found.map(fold));
}

/** "notre source", "notre interlocutrice", "our source": the article's unnamed source, speaking. */
const OUR_SOURCE = /^(?:notre|our)\s+(?:source|interlocut(?:eur|rice)|contact)$/iu;

/** "cette même source", "la même source", "the same source": the one that just spoke ("this source" may be one yet to). */
const SAME_SOURCE = /^(?:cette|la|this|the)\s+(?:même|same)\s+source$/iu;
/** "Notre interlocuteur note…": the one the reporter is talking to is whoever spoke last. */
const INTERLOCUTOR = /^(?:notre|votre|l[’'])\s*interlocut(?:eur|rice)$/iu;

/** A role opened by a feminine word: "sa fille", "la gérante", "une voisine". */
const FEMININE_OPENER = /^(?:la|sa|une|cette|ma|ta|notre)\s/iu;

/** Someone or something the article talks about, learnt from the text (and canonicalised by the registry). */
export interface Entity {
  name: string;
  type: MentionType;
  gender: Gender | null;
  /** Role the text states (title or appositive), first one wins. */
  textRole: string | null;
  /** Word sets of every role known for it, to resolve "the French president". */
  roles: RoleSet[];
  person: Person | null;
  /** Never named: `name` is the phrase that designates it ("le procureur"). */
  described: boolean;
  /** A group that speaks as one ("union officials"): "they", never "it". */
  plural: boolean;
  /** The group it is one of, when described so ("l’un d’eux", after "les prévenus"). */
  memberOf: Entity | null;
  /** Folded single-word keys: surname, aliases. */
  keys: Set<string>;
  /** Only ever named where a preposition governs it ("dont 10 à Bagnoles"): a place, most likely, not a body. */
  located: boolean;
  /**
   * Made a person by what was said of it (a pronoun's cue found it: "poursuit-il"), not by its name or title.
   * A speaker known by a bare surname is so too; `Discourse.hasSpoken` tells them apart.
   */
  inferred: boolean;
  lastMention: number;
  /** Bookkeeping of the discourse that holds it (indexes, recency list). */
  track: Track;
}

/**
 * The subject of a sentence or the speaker credited, at a position. Made with `new`: events live as
 * long as the article, and V8 throws away the optimised code that makes long-lived object literals
 * once it notices them.
 */
class EntityEvent {
  declare readonly pos: number;
  declare readonly entity: Entity;
  /** Credited with words, rather than the subject of a sentence. */
  declare readonly spoke: boolean;
  /** The reporting verb that credited them, if any ("a indiqué", "replied"). */
  declare readonly cue: string | null;

  constructor(pos: number, entity: Entity, spoke: boolean, cue: string | null) {
    this.pos = pos;
    this.entity = entity;
    this.spoke = spoke;
    this.cue = cue;
  }
}

/** What the discourse keeps about an entity to answer lookups without scanning every entity. */
interface Track {
  /** Creation order: ties go to the entity met first. */
  order: number;
  /** Indexes in `events` of this entity's events, in order. */
  events: number[];
  /** Head keys under which the entity is indexed for role lookups. */
  heads: Set<string>;
  /** The roles already known, by their words, so a repeated role is kept once. */
  roleKeys: Set<string>;
  /** The entity's roles by head key: a role lookup reads only those that can match. */
  rolesByHead: Map<string, RoleSet[]>;
  /** Neighbours in the most-recently-mentioned list. */
  newer: Entity | null;
  older: Entity | null;
  /** Start of the block being read when `lastMention` last grew. */
  floor: number;
}

/** Organisation nouns that stand for whichever organisation the story is about ("the company said"). */
const GENERIC_ORGS = new Set(["company", "firm", "group", "groupe", "organisation", "organization", "organisme", "association", "entreprise", "societe", "business", "biz", "giant", "startup", "start-up", "platform", "plateforme", "network", "reseau", "ong", "coalition", "union", "syndicat"]);
/** Company nouns for a business, by folded head: not what a hospital or a council is called. */
const TRADING = new Set(["company", "firm", "business", "biz", "entreprise", "societe", "startup", "start-up"]);
/** Words that name a public body, in an organisation's folded name; and words that name a business whatever else it holds. */
const PUBLIC_BODY = /\b(?:hospitals?|hopital|council|police|gendarmerie|church|eglise|ministry|ministere|government|gouvernement|mairie|prefecture|nhs|army|armee)\b/u;
const BUSINESS_NAME = /\b(?:corporation|corp|inc|ltd|plc|llc|group|groupe|press|company|brothers|sa|sas|sarl)\b/u;

/** Whether an organisation's name says it is a public body ("University Hospital Southampton"), not a business ("Hospital Corporation of America"). */
function publicBody(name: string): boolean {
  const folded = fold(name);
  return PUBLIC_BODY.test(folded) && !BUSINESS_NAME.test(folded);
}
/** Kinds of body that stand for the organisation only right after a sentence about it ("London Fire Brigade sent… the fire service said"). */
const KIND_ORGS = new Set(["service", "brigade", "trust", "charity", "agency", "operator", "carrier", "airline", "retailer", "manufacturer", "carmaker", "compagnie", "constructeur", "operateur", "enseigne", "bank", "banque", "lender", "insurer", "assureur", "supermarket", "supermarche", "federation", "confederation"]);

/** Kinds of business: "the bank" is no ombudsman, police force or council. */
const BUSINESS_KINDS = new Set(["bank", "banque", "lender", "insurer", "assureur", "supermarket", "supermarche"]);
/** Federations: "la fédération" is no union or agency. */
const FEDERATIONS = new Set(["federation", "confederation"]);
/** Words in a business's name that any business kind may bear ("Lloyds Banking Group", "Direct Line Insurance"). */
const TRADE_NAME = /\b(?:bank|banking|banque|insurance|assurance|assurances|mutuelle|building society|supermarkets?|stores?)\b/u;
const ACRONYM_NAME = /^\p{Lu}{2,}[\p{Lu}\d-]*$/u;

/** Whether organisation `e` may be what the kind noun `kind` (folded) means. */
function fitsKind(kind: string, e: Entity): boolean {
  const name = fold(e.name);
  if (FEDERATIONS.has(kind)) return name.includes("federation") || ACRONYM_NAME.test(e.name);
  if (!BUSINESS_KINDS.has(kind)) return true;
  return !publicBody(e.name) && !/\b(?:ombudsman|agency|agence|authority|autorite|union|syndicat|regulator)\b/u.test(name) && (!name.includes(" ") || TRADE_NAME.test(name) || BUSINESS_NAME.test(name));
}

/** Nouns that only say a person's sex, by head key: "le jeune homme" is whoever "il" would be (the mention carries the gender). */
const PLAIN_PERSONS = new Set(["man", "homme", "boy", "garcon", "woman", "femme", "girl", "adolescente"].map(headKey));

/** Epithets for anyone in a trade, never for one who holds an office: "explique le professionnel" is not the mayor. */
const TRADE_EPITHETS = ["professionnel", "professionnelle"];
const TRADES = new Set(TRADE_EPITHETS.map(headKey));
/** Role heads that describe rather than appoint: unheld, they point back to the person last named. */
const EPITHETS = new Set([
  "attaquant", "attaquante", "défenseur", "défenseure", "gardien", "gardienne", "ailier", "buteur", "buteuse", "meneur",
  "meneuse", "arrière", "quart-arrière", "quarterback", "batsman", "bowler", "pitcher", "capitaine", "joueur", "joueuse", "international", "internationale", "striker",
  "defender", "goalkeeper", "keeper", "midfielder", "winger", "forward", "captain", "player", "veteran", "vétéran",
  "rookie", "star", "champion", "championne", "native", "skipper", "teenager", "teen", "youngster", "adolescent",
  "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire",
  "centenaire", "quadra", "quinqua", "châtelain", "châtelaine",
  // "la production de miel d’Angela Mallaroni… explique la professionnelle": a word for anyone in a trade.
  ...TRADE_EPITHETS,
].map(headKey));
/** "l’intéressé": the person the matter concerns, never the lawyer or the relative who speaks of them. */
const CONCERNED = new Set(["intéressé", "intéressée"].map(headKey));

/** A role's complement with a demonstrative: "de cette enseigne", "of this company". */
const POINTING_COMPLEMENT = /\s(?:de|of)\s(?:cette|ce|cet|ces|this|that)(?:\s|$)/iu;

/** A definite description a writer uses for someone just named: a place or an age before the noun, or two nouns joined. */
const EPITHET = /^[Tt]he (?:\p{Lu}\p{Ll}+ |\d+-year-old )|^[Tt]he \p{Ll}+ and \p{Ll}+$/u;

/** Offices a newcomer holds: "the Labour minister" or "the Dublin coroner" is seldom someone named before. */
const INSTITUTIONS = new Set([
  "minister", "ministre", "judge", "juge", "prosecutor", "procureur", "mayor", "maire", "coroner", "spokesperson",
  "spokesman", "spokeswoman", "porte-parole", "secretary", "secrétaire", "commissioner", "commissaire", "governor",
  "ambassador", "ambassadeur", "sheriff", "chief", "chef", "director", "directeur", "directrice", "police", "officer",
  "lawyer", "avocat", "avocate", "attorney", "coach", "entraîneur", "doctor", "médecin",
].map(headKey));

/** Nouns a portrait opens on for the person it is about, named later. */
const PORTRAIT_NOUNS = new Set([
  "singer", "chanteur", "chanteuse", "artist", "artiste", "actor", "actress", "acteur", "actrice", "comédien", "comédienne",
  "writer", "écrivain", "écrivaine", "author", "auteur", "autrice", "novelist", "romancier", "romancière", "rapper", "rappeur",
  "rappeuse", "musician", "musicien", "musicienne", "painter", "peintre", "dancer", "danseur", "danseuse", "filmmaker",
  "réalisateur", "réalisatrice", "composer", "compositeur", "compositrice", "comedian", "humoriste", "photographer", "photographe",
].map(headKey));

/** Functions that come with a person of their own, rarely the one a story follows: the court's, the press's, a bystander's. */
const NEWCOMERS = new Set([
  "judge", "prosecutor", "procureur", "procureure", "lawyer", "coroner", "spokesperson", "reporter", "journalist", "journaliste",
  "driver", "conducteur", "conductrice", "witness", "témoin", "garda",
].map(headKey));
/** Words that name a function wider than one head: "le magistrat" is the judge or the prosecutor named before. */
const WIDER_HEADS = new Map<string, readonly string[]>([
  ...["magistrat", "magistrate"].map((w) => [w, [headKey("juge"), headKey("procureur")]] as const),
  // "le PDG de la SNCF" after "son président Jean-Pierre Farandou": a PDG presides.
  ["pdg", [headKey("pdg"), headKey("président")]],
  // "the minister" after "Justice Secretary Alex Chalk": a secretary of state is a minister.
  ["minister", [headKey("minister"), headKey("secretary")]],
  // "explique sa mère" after "Sandrine Hardy, maman d’un élève": the familiar word for the same kin, once no
  // one holds the word itself ("la maman" stays Léa's mother when Tom's "mère" came since).
  ...[["mère", "maman"], ["mother", "mum", "mom"], ["père", "papa"], ["father", "dad"]].flatMap((words) => words.map((w) => [headKey(w), [w, ...words.filter((x) => x !== w)].map(headKey)] as const)),
]);

/** "le premier magistrat (de la ville)": French news's name for a mayor. */
const FIRST_MAGISTRATE = new Set(["magistrat", "magistrate", "edile"]);
const FIRST = new Set(["premier", "premiere"]);

const SECRETARY = headKey("secretary");
/** Heads of the words for running a body: "le directeur de Cerza" is "le fondateur du zoo de Cerza". */
const RUNS = new Set(["directeur", "directrice", "director", "fondateur", "fondatrice", "founder", "patron", "patronne", "boss", "gérant", "gérante", "manager", "owner", "propriétaire", "responsable"].map(headKey));
/** Whether a role head names one who runs or leads a body: directeur, fondateur, président, chef… */
const leadsBody = (h: string): boolean => RUNS.has(h) || h === PRESIDES || h === LEADER;
/** Descriptions English speaks of as "they" when it does not say the person's sex. */
const NEUTRAL_VOICES = new Set(["spokesperson", "representative", "official", "source", "person", "someone", "insider"].map(headKey));
/** "son homologue de Jurques", "her counterpart in Leeds": the one holding the same office there. */
const COUNTERPARTS = new Set(["homologue", "counterpart"].map(headKey));
/** "secrétaire général", "general secretary": who leads a union or a party. */
const GENERAL = new Set(["general", "generale"]);
/** What a secretary of state has charge of: "Home Secretary", "Secretary of State for Health" (not "general secretary"). */
const chargeOfState = (w: string): boolean => w === "state" || fieldOf(w) !== null;

/** The fields of government a mention's words name: "health" for "the Health Secretary"; empty for most. */
function fieldsOf(mods: readonly string[]): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const w of mods) {
    const f = fieldOf(w);
    if (f !== null) (out ??= new Set()).add(f);
  }
  return out ?? NO_NAMES;
}

/** Whether a role names one of the fields `own`: "de la Transition écologique" for "la ministre de l'Écologie". */
function fieldShared(own: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  return own.size > 0 && someWord(words, (w) => { const f = fieldOf(w); return f !== null && own.has(f); });
}

/** Whether a role names a field of government and none of the fields `own` a mention names: two offices. */
function otherFields(own: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  if (own.size === 0) return false;
  let theirs = false;
  for (const w of words) {
    const f = fieldOf(w);
    if (f === null) continue;
    if (own.has(f)) return false;
    theirs = true;
  }
  return theirs;
}
/** Secretaries who are no minister: "Shadow Home Secretary", "Permanent Secretary to the Treasury". */
const NOT_MINISTERS = new Set(["shadow", "permanent", "general", "private", "press", "cabinet"]);

const PRESIDES = headKey("président");
const PROSECUTES = headKey("procureur");

/** A role of the bench: "le président du tribunal", "the president of the court". */
const BENCH = /\b(?:tribunal|cour|court)\b/iu;

/** Words for anyone elected, whatever their office: "l’élu", "l’élue". */
const ANY_ELECTED = new Set(["élu", "élue", "elu", "elue"]);
/** Words for a trade union's member, and the words of a role held in one ("secrétaire du syndicat Alliance"). */
const UNIONISTS = new Set(["syndicaliste"]);
const UNION_WORDS = new Set(["syndicat", "syndicats", "syndical", "syndicale", "intersyndicale", "cgt", "cfdt", "fo", "unsa", "cftc", "fsu", "cgc"]);
/** Words of a role that deals with unions from outside: "directeur des relations avec les syndicats". */
const DEALS_WITH = new Set(["relations", "relation", "avec"]);

/** Elected offices, by head key: the person a story follows is often named once, then called so. */
const ELECTED = new Set([
  "minister", "mp", "msp", "mla", "mpp", "mayor", "maire", "senator", "sénateur", "sénatrice", "governor", "gouverneur", "councillor", "councilor",
  "conseiller", "conseillère", "politician", "politicien", "politicienne",
].map(headKey));

/** A staff's elected representative: "soupire Dominique Giard. Le délégué CGT de l'usine rumine…". */
const DELEGATES = new Set(["délégué", "déléguée"].map(headKey));
/** Words that make a delegate the staff's, not the government's nor an agency's ("le délégué du gouvernement"). */
const STAFF_WORDS = new Set(["cgt", "cfdt", "fo", "cftc", "unsa", "sud", "fsu", "cfe-cgc", "syndical", "syndicale", "personnel"]);

/** Whether a role mention is an office its holder was elected to: "le député", "le délégué CGT". */
function electedOffice(head: string, m: Mention): boolean {
  return ELECTED.has(head) || (DELEGATES.has(head) && m.modifiers.some((w) => STAFF_WORDS.has(fold(w))));
}

/** `le Valaisan`, `the Briton`: a determiner and a capitalised demonym (see mentions.ts). */
const DEMONYM_ROLE = /^(?:[Tt]he|[Ll]e|[Ll]a|[Ll][’']|[Cc]e|[Cc]et|[Cc]ette)\s*(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A stated role that is one capitalised word, as demonyms are ("Français", "Briton"). */
const DEMONYM_WORD = /^\p{Lu}\p{Ll}+$/u;
/** One capitalised word, no article: "King", "Bishop", "Marshal". */
const BARE_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/**
 * `la mère de famille`, `le père de trois enfants`, `the father of two`: a parent by the number of their children, who
 * may be the person the story follows. Not `le père de ses enfants`, `the father of Lucas`: someone else's parent.
 */
const PARENT_EPITHET = /^(?:the|this|le|la|ce|cette)\s+(?:(?:jeune|young)\s+)?(?:mère|père|maman|papa|mother|father|mum|mom|dad)\s+(?:de\s+(?:famille|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+enfants)|of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))$/iu;


/**
 * Words for a relative, as role heads: the kinship lexicon's, and the grand-parents' and family words it lacks.
 * Not "femme", which is a woman as often as a wife.
 */
const KIN = new Set([
  ...[...KINSHIP].filter((w) => w !== "femme"),
  "grandfather", "grandmother", "mum", "mom", "dad", "grand-pere", "grand-mere", "papa", "maman",
].map(headKey));

/** `a minister`, `one speaker`, `un avocat`: someone not met before. */
const INDEFINITE_ROLE = /^(?:a|an|one|un|une)\s/iu;
/** `cette lycéenne`, `this father of two`: a demonstrative points back to someone already there. */
export const DEMONSTRATIVE = /^(?:this|that|ce|cet|cette)\s/iu;

/** Head keys of the roles a definite description may give a person whose role was never stated. */
const HEADS_OF_STATE = new Set([
  "president", "premier", "prime", "chancellor", "chancelier", "king", "queen", "pope", "pape", "monarch", "taoiseach",
  // The one on trial: "l'accusé" after "Salah Amrani s'est exprimé en dernier".
  "accusé", "accusée", "prévenu", "prévenue", "defendant", "accused",
].map(headKey));

const PARTY_KEYS = new Set([...PARTY_WORDS].map(fold));
/** Fields of the words for pupils and the young, whom a portrait names by a first name the lists may lack. */
const YOUNG_FIELDS = new Set(["studying", "childhood"]);
/** Head keys of the offices that lead an organisation: its chief is whoever holds one. */
const TOP_OFFICES = new Set(["president", "secretary", "director", "ceo", "chief", "chairman", "chairwoman", "chair", "chancellor", "director-general", "directeur-général"].map(headKey));

/** The head key of leader, dirigeant, chef: with a country, its head of state or government ("the US leader", "le dirigeant russe"). */
const LEADER = headKey("chief");
/** The head key of avocat, lawyer: "l’avocat général" prosecutes. */
const LAWYER = headKey("avocat");

/** Words that open a role's complement: "chef de l’État", "head of state". */
const COMPLEMENT_LINKS = ["de", "du", "des", "of"];

/** Words that link a description's parts, not part of what it says: "de", "of the". */
const LINK_WORDS = new Set(["de", "du", "des", "la", "le", "les", "of", "the", "at", "for", "en", "au", "aux", "un", "une", "an", "in", "on"]);

/** A body's name that opens on a plural: "Jeunes Agriculteurs du Finistère", "Les Républicains", "Verts". */
const PLURAL_NAME = /^(?:(?:les|des)\s+)?\p{L}+[sx](?:\s|$)/iu;

/**
 * Particles a family name may open on: the lexicon's ("de Gaulle", "Van Damme", "Di Maria") and, once the full name
 * is known, French articles ("Le Goff", "La Fontaine"), which open no name inside a run.
 */
const FAMILY_PARTICLES = new Set([...SURNAME_PARTICLES, "le", "la", "du", "des", "della"]);

/** The folded family name with its particle ("le goff" of "Sandrine Le Goff"), or null if it has none. */
function particleSurname(words: readonly string[]): string | null {
  const particle = words[words.length - 2];
  if (words.length < 3 || particle === undefined || !FAMILY_PARTICLES.has(particle.toLowerCase())) return null;
  return fold(`${particle} ${words[words.length - 1] ?? ""}`);
}

/** Whether a word of `words` passes `ok`: the set is read in place, not copied to an array for each role compared. */
function someWord(words: ReadonlySet<string>, ok: (w: string) => boolean): boolean {
  for (const w of words) if (ok(w)) return true;
  return false;
}

/** Where someone is from, as a role's word: `the US leader`, `Israeli leader X`, `le président français`. */
function isOrigin(w: string): boolean {
  return DEMONYMS.has(w) || ORIGINS.has(w);
}
/** An origin word as one country: "us" and "american" are the same origin. */
function originKey(w: string): string {
  return SAME_ORIGIN.get(w) ?? w;
}
const SAME_ORIGIN: ReadonlyMap<string, string> = new Map([
  ["us", "american"], ["u.s", "american"], ["u.s.", "american"], ["americain", "american"], ["americaine", "american"],
  ["uk", "british"], ["u.k", "british"], ["u.k.", "british"], ["britannique", "british"], ["eu", "european"],
  ["europeen", "european"], ["europeenne", "european"], ["francais", "french"], ["francaise", "french"],
]);
/** Abbreviated countries and French nationality adjectives, folded as role words are. */
const ORIGINS: ReadonlySet<string> = new Set(["us", "u.s", "u.s.", "uk", "u.k", "u.k.", "eu", ...[...NATIONALITIES_FR].map(fold)]);

/** Roles learnt from role mentions stop accumulating past this (they repeat). */
const MAX_ROLES = 24;

/** How far back (in events) a pronoun or a role noun may look for its referent. */
const WINDOW = 12;

/** How many events back a role noun's recency is measured. */
const RECENCY_EVENTS = 200;

/** Fallback lookups (the latest person, the latest organisation) visit at most this many entities. */
const FALLBACK_REACH = 1000;

/** Words after a place's or a brand's name that only say what kind of body it is: "Building Society", "City Council". */
const BODY_KIND_TAILS = new Set(["building", "society", "city", "county", "district", "borough", "council", "group", "plc", "ltd", "limited", "trust", "holdings", "company", "inc", "corporation", "authority"]);

/** Initials of titles that stand for the person who holds one: "the PM", "the VC", "the CEO". */
const PERSON_INITIALS = new Set(["PM", "VC", "CEO", "MD", "FM", "VP", "AG", "SG", "DG", "CFO", "COO", "CTO"]);

/** Where the run `back` before the one holding `p` starts, in ascending `starts` (0 before the first). */
function startBefore(starts: readonly number[], p: number, back: number): number {
  let k = starts.length - 1;
  while (k >= 0 && (starts[k] as number) > p) k--;
  return starts[Math.max(0, k - back)] ?? 0;
}

/**
 * The article's discourse state: who has been named, who was the subject or the speaker lately.
 * Fed in reading order; every lookup only sees what came before. Every lookup goes through an
 * index (key, head noun, recency list), so the cost per mention does not grow with the article.
 */
export class Discourse {
  readonly entities: Entity[] = [];
  readonly events: EntityEvent[] = [];
  /** Registry entries by folded name and alias; the first entry claiming a key keeps it. */
  private readonly byKey = new Map<string, Person>();
  /** The latest-created entity holding each key. */
  private readonly byEntityKey = new Map<string, Entity>();
  private readonly byPerson = new Map<Person, Entity>();
  /** Entities by the head keys of their roles. */
  private readonly byHead = new Map<string, Entity[]>();
  /** People by folded first name, for a later `Dominique` alone; null once two people share it. */
  private readonly byFirstName = new Map<string, Entity | null>();
  /** People by the first word of a two-word name no first-name list knows: family name first ("Li" of "Li Shanyan"). */
  private readonly byLeadingWord = new Map<string, Entity[]>();
  /** Most recently mentioned entity: the head of the recency list. */
  private newest: Entity | null = null;
  /** The person the last sentence with no one as its subject named, and where. */
  private aboutNamed: { entity: Entity; pos: number } | null = null;
  /** The last lone name of unknown kind that opened a sentence as its subject (see `loneOpener`). */
  private opener: { entity: Entity; pos: number } | null = null;
  private floor = 0;
  /** Where each block read so far starts, in order. */
  private readonly blockStarts: number[] = [];
  /** Where each sentence read so far starts, in order. */
  private readonly sentenceStarts: number[] = [];
  /** The fullest name of the person the story follows, if one is named more than anyone else. */
  protagonist: Mention | null = null;
  /** Indexes in `events` of speakers a headline named: quoted there, not yet in the story. */
  private readonly headlineEvents = new Set<number>();

  constructor(registry: Registry) {
    for (const p of registry) {
      for (const k of [p.name, ...p.aliases]) if (!this.byKey.has(fold(k))) this.byKey.set(fold(k), p);
    }
  }

  /** Tell the discourse a new block starts at `start` (positions never go back before it). */
  enterBlock(start: number): void {
    this.floor = Math.max(this.floor, start);
    if (start > (this.blockStarts[this.blockStarts.length - 1] ?? -1)) this.blockStarts.push(start);
  }

  /** Where the block `back` blocks before the one holding `p` starts (0 before the first). */
  private blockStartBefore(p: number, back: number): number {
    return startBefore(this.blockStarts, p, back);
  }

  /** Tell the discourse a new sentence starts at `start`. */
  enterSentence(start: number): void {
    if (start > (this.sentenceStarts[this.sentenceStarts.length - 1] ?? -1)) this.sentenceStarts.push(start);
  }

  /** Whether position `a`, before `b`, lies in the sentence right before the one holding `b`, or in that one. */
  private sentenceBefore(a: number, b: number): boolean {
    return a >= startBefore(this.sentenceStarts, b, 1);
  }

  /** Whether positions `a` and `b` lie in the same block. */
  private sameBlock(a: number, b: number): boolean {
    const starts = this.blockStarts;
    let lo = 0;
    let hi = starts.length;
    // The first block starting after the earlier position: the later one must come before it.
    const early = Math.min(a, b);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= early) lo = mid + 1;
      else hi = mid;
    }
    return lo >= starts.length || Math.max(a, b) < (starts[lo] as number);
  }

  private fromRegistry(key: string): Person | null {
    return this.byKey.get(key) ?? null;
  }

  /** "Human Rights Watch (HRW)": the acronym in brackets names the organisation before it from now on. */
  acronym(named: Mention, acronym: string, pos: number, spelled = named.text): void {
    if (!initialsOf(spelled, acronym)) return;
    const e = this.known(named, pos);
    if (e !== null && e.type !== "person") this.addKey(e, fold(acronym));
  }

  private addKey(e: Entity, key: string): void {
    e.keys.add(key);
    const cur = this.byEntityKey.get(key);
    if (cur === undefined || cur.track.order < e.track.order) this.byEntityKey.set(key, e);
  }

  /** Adds the role stated as `text` (made into words by `make`) unless the entity has it already. */
  private addRole(e: Entity, text: string, make: () => RoleSet): void {
    // The same role stated again adds nothing to a lookup (a score is a max over roles).
    const t = e.track;
    if (t.roleKeys.has(text)) return;
    t.roleKeys.add(text);
    const r = make();
    e.roles.push(r);
    for (const h of r.heads) {
      const same = t.rolesByHead.get(h);
      if (same === undefined) t.rolesByHead.set(h, [r]);
      else same.push(r);
      if (t.heads.has(h)) continue;
      t.heads.add(h);
      const list = this.byHead.get(h);
      if (list === undefined) this.byHead.set(h, [e]);
      else list.push(e);
    }
  }

  /** `lastMention` only grows; when it does, the entity moves to the head of the recency list. */
  private mentioned(e: Entity, pos: number): void {
    if (pos <= e.lastMention) return;
    e.lastMention = pos;
    const t = e.track;
    t.floor = this.floor;
    if (this.newest === e) return;
    if (t.newer !== null) t.newer.track.older = t.older;
    if (t.older !== null) t.older.track.newer = t.newer;
    t.older = this.newest;
    t.newer = null;
    if (this.newest !== null) this.newest.track.newer = e;
    this.newest = e;
  }

  private create(name: string, type: MentionType, gender: Gender | null, person: Person | null, keyed = true): Entity {
    const display = person?.name ?? name;
    const e: Entity = {
      name: display, type: person === null ? type : person.type, gender: person?.gender ?? gender,
      textRole: null, roles: [], person, described: false, plural: false, memberOf: null, keys: new Set(), located: false, inferred: false, lastMention: -1,
      track: { order: this.entities.length, events: [], heads: new Set(), roleKeys: new Set(), rolesByHead: new Map(), newer: null, older: null, floor: 0 },
    };
    this.entities.push(e);
    if (person !== null && !this.byPerson.has(person)) this.byPerson.set(person, e);
    // A description is no name: "Procureur" written later is not it by key, only by role.
    if (!keyed) return e;
    this.addKey(e, fold(display));
    const words = display.split(/\s+/);
    const lastWord = fold(words[words.length - 1] ?? "");
    // A person by surname; an organisation by its head noun ("the Commission" is the European Commission).
    if (words.length > 1 && (e.type !== "organisation" || ORG_WORDS.has(lastWord))) {
      this.addKey(e, lastWord);
      // "Le Goff" after "Sandrine Le Goff", "de Gaulle" after "Charles de Gaulle": the surname with its particle.
      const particled = particleSurname(words);
      if (particled !== null && e.type !== "organisation") this.addKey(e, particled);
      // "M. Hammadi" after "Issa Abderrahman al-Hammadi": the surname without its article.
      const bare = withoutArabicArticle(lastWord);
      if (bare !== null && e.type !== "organisation") this.addKey(e, bare);
    }
    const firstWord = words[0] ?? "";
    if (words.length > 1 && e.type !== "organisation" && isFirstName(firstWord)) {
      const k = fold(firstWord);
      this.byFirstName.set(k, this.byFirstName.has(k) ? null : e);
      // "Lee Anne said" after "Lee Anne West": two first names the person goes by together.
      const second = words[1] ?? "";
      if (words.length > 2 && isFirstName(second)) {
        const both = fold(`${firstWord} ${second}`);
        this.byFirstName.set(both, this.byFirstName.has(both) ? null : e);
      }
    } else if (words.length === 2 && (e.type === "person" || (e.type === "organisation" && TRADING_WORDS.has(lastWord) && !DEMONYMS.has(firstWord.toLowerCase())))) {
      // "SkyWest" after "SkyWest Airlines": a company is called by the word that tells it from others of its kind.
      const k = fold(firstWord);
      this.byLeadingWord.set(k, [...(this.byLeadingWord.get(k) ?? []), e]);
    }
    for (const a of person?.aliases ?? []) this.addKey(e, fold(a));
    // "la Ville de Montréal" is "la Ville" later: an organisation named by its kind answers to that kind.
    const kind = firstWord.toLowerCase();
    if (e.type === "organisation" && words.length > 1 && ORG_ROLES.has(kind)) this.addRole(e, `\u0000${kind}`, () => roleSet(new Set([fold(kind)])));
    for (const r of [...(person?.roles ?? []), person?.role ?? ""]) if (r !== "") this.addRole(e, r, () => roleSet(roleWords(r), r));
    return e;
  }

  /**
   * The entity a name mention designates. Single words that match nothing are only created when
   * `force` is set (they are speakers), so sentence-initial capitals do not become people.
   */
  named(m: Pick<Mention, "text" | "type" | "gender" | "role" | "implied">, pos: number, force: boolean): Entity | null {
    const key = fold(m.text);
    // "Dominique" after "Dominique Morel": a lone first name is the one person who has it.
    let e = this.byEntityKey.get(key) ?? (m.type === "organisation" ? undefined : this.byFirstName.get(key) ?? this.leading(key, pos) ?? undefined);
    // "Mme Coriolan" after "Pierre Coriolan" (or "Jean Coriolan, le fils aîné"): a woman's title on a man's
    // family name is someone else of the family. Only a title tells that gender, not a surname some first-name
    // list holds ("Councillor Scott" is Jill Scott). A man's title on a woman's is the lists' error more often
    // than a new man of the family: "Andrea Rossi" is "M. Rossi", "Ashley Young" is "Mr Young".
    // "Mrs. Farrell" after "Richard Farrell": a woman's gender the lists never give that name came from her title.
    // Not a man's: "Mr Kelly" after "Sarah Kelly" is the lists' error again.
    // The name is looked up in the first-name lists last: only a gender clash asks it.
    if (e !== undefined && m.gender !== null && e.gender !== null && e.gender !== m.gender && e.type === "person" && familyNameAlone(m)) {
      const same = this.entities.findLast((x) => x.keys.has(key) && x.type === "person" && x.gender === m.gender);
      if (same !== undefined) e = same;
      else if (m.gender === "male") e.gender = m.gender;
      else {
        e = this.create(m.text, "person", m.gender, null);
        this.addKey(e, key);
      }
    }
    // "Mme Coriolan a témoigné… Lizaline Coriolan": the full name, given after the family name alone, is theirs.
    // "Véronique, infirmière de nuit… Véronique Bordier a 52 ans": so is the full name given after the first name alone.
    const completed = e === undefined && m.type !== "organisation" && m.text.includes(" ") && this.fromRegistry(key) === null ? this.loneFamilyName(m) ?? this.loneFirstName(m) : null;
    if (completed !== null) {
      completed.name = m.text;
      this.addKey(completed, key);
      // Named by the first name first, they answer to the family name from now on ("Bordier").
      const family = familyKey(m.text);
      if (family !== null) this.addKey(completed, family);
      const particled = particleSurname(m.text.split(/\s+/u));
      if (particled !== null) this.addKey(completed, particled);
      e = completed;
    }
    // "Shehbaz Sharif … Shahbaz went on to state": a lone word spelled with other vowels is a transliteration's variant.
    if (e === undefined && m.type !== "organisation" && !m.text.includes(" ") && m.text.length >= VARIANT_LENGTH && !isFirstName(m.text) && this.fromRegistry(key) === null) {
      const variant = this.entities.findLast((x) => x.type === "person" && !x.described && x.name.includes(" ") && x.name.split(" ").some((w) => vowelVariant(fold(w), key)));
      if (variant !== undefined) {
        this.addKey(variant, key);
        e = variant;
      }
    }
    // "British Airways … BA has said": initials no bracket introduced stand for the body they spell.
    if (e === undefined && ACRONYM.test(m.text) && this.fromRegistry(key) === null) {
      // "Vice Chancellor Sir Alan Langlands… The VC admitted": so do a person's title's ("the PM", "the CEO"), for
      // initials that only ever stand for a person (NSA, GM and PC may be an agency, a carmaker, a computer).
      const full = this.entities.findLast((x) => x.type !== "person" && !x.described && spells(x.name, m.text)) ?? (PERSON_INITIALS.has(m.text) ? this.entities.findLast((x) => x.type === "person" && !x.described && x.textRole !== null && spells(x.textRole, m.text)) : undefined);
      if (full !== undefined) {
        this.addKey(full, key);
        e = full;
      }
    }
    if (e === undefined) {
      const person = this.fromRegistry(key);
      if (person !== null) e = this.byPerson.get(person);
      if (e === undefined) {
        if (person === null && !force && !m.text.includes(" ")) return null;
        e = this.create(m.text, m.type, m.gender, person);
      }
      this.addKey(e, key);
    }
    if (e.gender === null && m.gender !== null) e.gender = m.gender;
    if (e.type === "unknown" && m.type !== "unknown") e.type = m.type;
    if (m.role !== null && m.role !== "") {
      e.textRole ??= m.role;
      if (e.roles.length < MAX_ROLES) { const role = m.role; this.addRole(e, role, () => roleSet(roleWords(role), role)); }
    }
    // "Me Zevenne" is "l’avocat" later, though no role is shown for him.
    const implied = m.implied;
    if (implied !== null && e.roles.length < MAX_ROLES) this.addRole(e, `\u0001${implied}`, () => roleSet(new Set([fold(implied)])));
    this.mentioned(e, pos);
    return e;
  }

  /** A person known so far by a family name alone (`Mme Coriolan`) that the full name `m` may complete. */
  private loneFamilyName(m: Pick<Mention, "text" | "gender" | "role">): Entity | null {
    const family = familyKey(m.text);
    const e = family === null ? undefined : this.byEntityKey.get(family);
    if (e === undefined || e.name.includes(" ") || e.person !== null || e.described || e.type !== "person" || isFirstName(e.name)) return null;
    // "Mr Thompson said… His son, James Thompson": a relative of the family is someone else.
    if (m.role !== null && [...roleWords(m.role)].some((w) => KINSHIP.has(w))) return null;
    return e.gender === null || m.gender === null || e.gender === m.gender ? e : null;
  }

  /** "Véronique Bordier" after "Véronique" alone: the person first named by that first name only. */
  private loneFirstName(m: Pick<Mention, "text" | "gender" | "role">): Entity | null {
    const given = m.text.split(/\s+/u)[0] ?? "";
    if (!isFirstName(given)) return null;
    const e = this.byEntityKey.get(fold(given));
    if (e === undefined || e.name.includes(" ") || e.person !== null || e.described || e.type === "organisation" || fold(e.name) !== fold(given)) return null;
    if (m.role !== null && [...roleWords(m.role)].some((w) => KINSHIP.has(w))) return null;
    // Not someone the full name comes with an office of their own: "Emma, 29… Council leader Emma Stevens", "Jean,
    // agriculteur… Jean Castex, ancien Premier ministre". The same office again is the same person.
    if (m.role !== null && ![...roleWords(m.role)].some((w) => e.track.rolesByHead.has(headKey(w)))) return null;
    return e.gender === null || m.gender === null || e.gender === m.gender ? e : null;
  }

  /** "said Li" after "Li Shanyan" (and "Premier Li Keqiang" later): the one of that family name mentioned last. */
  private leading(key: string, pos: number): Entity | null {
    let best: Entity | null = null;
    for (const e of this.byLeadingWord.get(key) ?? []) if (e.lastMention >= 0 && e.lastMention <= pos && (best === null || e.lastMention > best.lastMention)) best = e;
    return best;
  }

  /**
   * The entity a name designates if the article or the registry already knows it, else null
   * (nothing is created). For headlines in Title Case, where every word looks like a name.
   */
  known(m: Pick<Mention, "text" | "type" | "gender" | "role" | "implied">, pos: number): Entity | null {
    const key = fold(m.text);
    if (!this.byEntityKey.has(key) && this.fromRegistry(key) === null && (m.type === "organisation" || ((this.byFirstName.get(key) ?? null) === null && this.leading(key, pos) === null))) return null;
    return this.named(m, pos, false);
  }

  /** Whether a quotation was credited to `e` already. */
  hasSpoken(e: Entity): boolean {
    return e.track.events.some((i) => this.events[i]?.spoke === true);
  }

  /** Record that `e` was the subject of a sentence or credited with words at `pos`. */
  event(e: Entity, pos: number, spoke = false, headline = false, cue: string | null = null): void {
    // The sentence's subject event after the headline's speaker event, at the same words: one event, in which they spoke.
    const last = this.events[this.events.length - 1];
    if (last !== undefined && last.entity === e && last.pos === pos && last.spoke && !spoke) return;
    if (headline) this.headlineEvents.add(this.events.length);
    e.track.events.push(this.events.length);
    this.events.push(new EntityEvent(pos, e, spoke, cue));
    this.mentioned(e, pos);
  }

  private recent(pos: number, ok: (e: Entity) => boolean): Entity | null {
    let seen = 0;
    for (let k = this.events.length - 1; k >= 0 && seen < WINDOW; k--) {
      const ev = this.events[k] as EntityEvent;
      if (ev.pos >= pos) continue;
      seen++;
      if (ok(ev.entity)) return ev.entity;
    }
    return null;
  }

  /** The person of the last person event before `pos`, if that event credited them with words and they pass `ok`. */
  private lastSpeaker(pos: number, ok: (e: Entity) => boolean): Entity | null {
    const ev = this.lastSpeakerEvent(pos);
    return ev !== null && ok(ev.entity) ? asPerson(ev.entity) : null;
  }

  /** The last event before `pos`, whoever it is of. */
  private lastEventBefore(pos: number): EntityEvent | null {
    for (let k = this.events.length - 1; k >= 0; k--) {
      const ev = this.events[k] as EntityEvent;
      if (ev.pos < pos) return ev;
    }
    return null;
  }

  /** Record that a sentence with no one as its subject named person `e` at `pos`: "Son expertise est indispensable pour Raoul." */
  namedWithoutSubject(e: Entity, pos: number): void {
    this.aboutNamed = { entity: e, pos };
  }

  /** The last person event before `pos`, if it credited them with words. */
  private lastSpeakerEvent(pos: number): EntityEvent | null {
    for (let k = this.events.length - 1; k >= 0; k--) {
      const ev = this.events[k] as EntityEvent;
      // "…, s’enthousiasme Wembanyama" in a headline: a lone name of unknown kind that spoke counts, and is someone.
      const lone = ev.spoke && ev.entity.type === "unknown" && !ev.entity.plural && !ev.entity.name.includes(" ");
      if (ev.pos >= pos || (ev.entity.type !== "person" && !lone)) continue;
      return ev.spoke ? ev : null;
    }
    return null;
  }

  /**
   * "“…,” the firm said in a statement. … “…,” said the statement": the organisation that spoke last, if the story
   * turned to no one else since ("Senator Cantwell released a statement" is hers; "the family issued one" theirs).
   */
  statementGoesOn(pos: number): Entity | null {
    const e = this.lastToSpeak(pos, (x) => x.type === "organisation" && !x.plural && !x.described);
    const last = this.lastEventBefore(pos)?.entity;
    return e !== null && last === e ? e : null;
  }

  /** The last entity before `pos` that spoke and passes `ok`, among the last `RECENCY_EVENTS` events. */
  private lastToSpeak(pos: number, ok: (e: Entity) => boolean): Entity | null {
    for (let k = this.events.length - 1; k >= 0 && k >= this.events.length - RECENCY_EVENTS; k--) {
      const ev = this.events[k] as EntityEvent;
      if (ev.pos < pos && ev.spoke && ok(ev.entity)) return ev.entity;
    }
    return null;
  }

  /** The entity of the latest event between `from` and `pos` (both excluded) that passes `ok`, or null. */
  private eventBetween(from: number, pos: number, ok: (e: Entity) => boolean): Entity | null {
    for (let k = this.events.length - 1; k >= 0; k--) {
      const ev = this.events[k] as EntityEvent;
      if (ev.pos <= from) return null;
      if (ev.pos < pos && ok(ev.entity)) return ev.entity;
    }
    return null;
  }

  /** Where the last event before `pos` is, or -1. */
  private lastEventPos(pos: number): number {
    for (let k = this.events.length - 1; k >= 0; k--) {
      const ev = this.events[k] as EntityEvent;
      if (ev.pos < pos) return ev.pos;
    }
    return -1;
  }

  /** The entity of the last event before `pos`, if it passes `ok` (told whether it spoke). */
  private lastEvent(pos: number, ok: (e: Entity, spoke: boolean) => boolean, skip?: (e: Entity) => boolean): Entity | null {
    let skipped = 0;
    for (let k = this.events.length - 1; k >= 0; k--) {
      const ev = this.events[k] as EntityEvent;
      if (ev.pos >= pos) continue;
      if (ok(ev.entity, ev.spoke)) return ev.entity;
      // "Natalia Kadygrob reached the centre. Her husband stayed behind. “…,” she said.": one event
      // of someone the pronoun cannot mean lets it reach the one before.
      if (skip === undefined || skipped++ > 0 || !skip(ev.entity)) return null;
    }
    return null;
  }

  /**
   * The person of `gender` a demonstrative description at `pos` points back to: the last one an event was of,
   * past at most `ASIDE_EVENTS` events of people of the other gender or of other demonstrative descriptions, and
   * whose stated role, if any, is `head`. Not one who spoke, unless such a description came between (it pointed
   * back to them already).
   */
  private pointedBack(pos: number, gender: Gender, head: string): Entity | null {
    let passed = 0;
    let chained = false;
    for (let k = this.events.length - 1; k >= 0; k--) {
      const ev = this.events[k] as EntityEvent;
      if (ev.pos >= pos) continue;
      const e = ev.entity;
      if (e.plural || e.type === "organisation") return null;
      const other = e.gender !== null && e.gender !== gender;
      // "Un riverain s’approche. « … », lance ce septuagénaire", "Sa voisine, une agricultrice… confie cette
      // quinquagénaire": someone the reporter just brought in is whom it means; a demonstrative before points on.
      const pointing = e.described && !other && DEMONSTRATIVE.test(e.name);
      if ((other || pointing) && passed++ < ASIDE_EVENTS) {
        chained ||= pointing;
        continue;
      }
      if (e.described) return !other && !ev.spoke && personOrFirstName(e) ? e : null;
      // Not one whose stated role is of another field: "Le ministre Hervé Blanc a visité…" is no "éleveur"
      // ("Hélène, victime…" may be "cette quadragénaire", "Karim, chauffeur de taxi" "ce père de trois enfants").
      // A role of no field is no other field: "Propriétaire de terrain…, Pierre-Yves Lemoine" may be "cet éleveur".
      const domain = roleDomain(head);
      const elsewhere = domain !== null && otherField(e, head);
      return personOrFirstName(e) && e.gender === gender && !elsewhere && (!ev.spoke || chained) ? e : null;
    }
    return null;
  }

  /**
   * The entity mentioned last before `pos` that passes `ok` (ties: the one met first). Walks the
   * recency list; an entity whose last mention grew in an earlier block than the best found so far
   * cannot beat it, which ends the walk.
   */
  private latest(pos: number, ok: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    let bestFloor = -1;
    let n = 0;
    for (let e = this.newest; e !== null && n < FALLBACK_REACH; n++) {
      const t = e.track;
      if (best !== null && t.floor < bestFloor) break;
      if (e.lastMention >= 0 && e.lastMention < pos && ok(e)) {
        if (best === null || e.lastMention > best.lastMention || (e.lastMention === best.lastMention && t.order < best.track.order)) {
          best = e;
          bestFloor = t.floor;
        }
      }
      e = t.older;
    }
    return best;
  }

  /** he/she/il/elle: the latest subject or speaker of that gender (unknown gender accepted, then learnt). */
  pronoun(gender: Gender, pos: number, grammatical = false): Entity | null {
    const fits = (e: Entity) => e.type !== "organisation" && (e.gender === null || e.gender === gender);
    // French "il" also stands for a masculine noun: "« … », a précisé le parquet. « … », a-t-il ajouté"
    // (only for the organisation that just spoke: "Devant la mairie, X a porté plainte" is about X).
    const org = (e: Entity, spoke: boolean) => grammatical && spoke && e.type === "organisation" && e.gender === gender;
    // Someone known to have that gender outranks someone of unknown gender ("Interrogé par Caroline
    // X, il…" after Thierry Breton): recent subjects first, then anyone named.
    const agrees = (e: Entity) => e.type !== "organisation" && e.gender === gender;
    // The subject or speaker just before comes first when nothing says it cannot be the one.
    // So does one organisation ("The Sky Blues admitted…. “…,” he said"), which "he" never is in English.
    const other = (c: Entity) => (c.type === "person" && c.gender !== null && c.gender !== gender) || (!grammatical && c.type === "organisation" && !c.plural);
    // Of unknown gender, a person or a lone first name: not a place named after someone ("au stade Ernest-Wallon").
    const person = (c: Entity) => fits(c) && personOrFirstName(c);
    // "“…,” Moghbeli radioed. “…,” she added.": in English, whoever just spoke is someone, whatever their name looked like.
    // So in French, for "il", is one the text gave a role no feminine word opens: "« … », explique Amar, le
    // responsable du bar. « … », ajoute-il" ("Kessler, son mari" is no "elle").
    const roled = (c: Entity) => gender === "male" && c.textRole !== null && !FEMININE_OPENER.test(c.textRole);
    const speaker = (c: Entity, spoke: boolean) => (!grammatical || roled(c)) && spoke && c.type === "unknown" && fits(c);
    const e = this.lastEvent(pos, (c, spoke) => person(c) || org(c, spoke) || speaker(c, spoke), other) ?? this.recent(pos, agrees) ?? this.recent(pos, person) ?? this.latest(pos, person);
    // "…il faut consulter la gendarmerie du Gard. Elle précise…": with no one it could mean, the organisation of its gender.
    if (e === null && grammatical) {
      // "L’association a lancé une pétition. « … », écrit-elle": an elided article hides what the noun's ending tells.
      const body = (c: Entity) => c.type === "organisation" && !c.plural && (c.gender === gender || (c.gender === null && c.described && elidedGender(c.name) === gender));
      return this.recent(pos, body) ?? this.latest(pos, body) ?? this.loneSubjectBefore(pos);
    }
    if (e !== null && e.gender === null) e.gender = gender;
    if (e !== null) asPerson(e);
    return e ?? this.loneSubjectBefore(pos);
  }

  /**
   * "Shaddrak l'a vécu quotidiennement. « … », déplore-t-il": with no one else a pronoun could mean, the lone
   * name of unknown kind and gender the event just before was of, learnt to be someone.
   */
  private loneSubjectBefore(pos: number): Entity | null {
    const ev = this.lastEventBefore(pos);
    const o = this.opener;
    if (ev === null || o === null || ev.entity !== o.entity || ev.pos !== o.pos) return null;
    const e = ev.entity;
    return e.type === "unknown" && e.gender === null && !e.plural ? asPerson(e) : null;
  }

  /** Record that a lone name of unknown kind opened a sentence at `pos` as the subject of its verb: "Shaddrak l’a vécu". */
  loneOpener(e: Entity, pos: number): void {
    this.opener = { entity: e, pos };
  }

  /** "ce dernier", "cette dernière", "the latter": the person named last, whoever spoke or led the sentence. */
  latter(gender: Gender | null, pos: number, strict = false): Entity | null {
    // A person, or a name whose first name told a gender ("Laurent"): not "Nissan" named last.
    const agrees = (e: Entity) => gender === null || e.gender === null || e.gender === gender;
    // "Celle-ci" right after "…contre le professeur Marc Gendron." is the complaint: a demonstrative means the
    // person named last, or no one.
    // "… par la Fédération française de canoë-kayak (FFCK). Celle-ci aurait indiqué…": or the body of its gender named last.
    const body = (e: Entity) => strict && e.type === "organisation" && !e.described && e.gender !== null;
    const e = strict ? this.latest(pos, (e) => (gendered(e) || body(e)) && !e.plural) : this.latest(pos, (e) => gendered(e) && !e.plural && agrees(e));
    if (e !== null && (!agrees(e) || (body(e) && gender === null))) return null;
    if (e !== null && body(e)) return e;
    // "Celui-ci réplique" tells Me Diouf's gender, as "il" would.
    if (e !== null && e.gender === null && gender !== null) e.gender = gender;
    return e;
  }

  /**
   * "le premier", "the former": of the last two people named, both just before, the one named first
   * ("Paul Mumbach et son opposant, Frédéric Hug, ont recueilli 468 voix. « … », a commenté le premier").
   */
  former(gender: Gender | null, pos: number): Entity | null {
    const fits = (e: Entity) => gendered(e) && !e.plural && pos - e.lastMention <= FORMER_REACH;
    const last = this.latest(pos, fits);
    const first = last === null ? null : this.latest(pos, (e) => e !== last && fits(e));
    if (first === null || (gender !== null && first.gender !== null && first.gender !== gender)) return null;
    if (first.gender === null && gender !== null) first.gender = gender;
    return first;
  }

  /** "A statement said": the organisation the last sentences were about, whoever was quoted since. */
  statementAuthor(pos: number): Entity | null {
    return this.recent(pos, (e) => e.type === "organisation" && !e.plural && !e.described);
  }

  /** "they said in a statement", "it added": the organisation, if the last speaker was one. */
  lastOrganisation(pos: number, it = false): Entity | null {
    // "Boeing said …. It added": a speaker of unknown kind that "it" stands for is an organisation.
    const e = this.lastEvent(pos, (c, spoke) => spoke && !c.plural && (c.type === "organisation" || (it && c.type === "unknown" && c.gender === null)));
    if (e !== null) e.type = "organisation";
    return e;
  }

  /** "they said", "ont-ils ajouté": the group the last sentence was about or credited. */
  lastGroup(pos: number): Entity | null {
    return this.lastEvent(pos, (e) => e.plural);
  }

  /**
   * "A spokesperson for Thames Water said… / They added:": English gives one person of unknown sex "they".
   * Only when no group could be meant: the one just talked about is that single, unnamed, ungendered voice.
   */
  lastSingularThey(pos: number, language: string | undefined): Entity | null {
    if (language !== "en") return null;
    return this.lastEvent(pos, (e) => !e.plural && e.type === "person" && e.described && e.gender === null && [...e.track.rolesByHead.keys()].some((h) => NEUTRAL_VOICES.has(h)));
  }

  /**
   * "Humber Landlords’ Association claims… They claim the move…": English speaks of a body as "they" too. Only
   * the body the last sentence was about, when no group could be meant.
   */
  lastBodyThey(pos: number, language: string | undefined): Entity | null {
    const body = this.lastEvent(pos, (e) => !e.plural && e.type === "organisation");
    // French says "ils" only of a body whose name is a plural: "de Jeunes Agriculteurs du Finistère ont demandé… « … »,
    // ont-ils promis", "Les Républicains".
    if (body === null || (language !== "en" && (language !== "fr" || !PLURAL_NAME.test(body.name)))) return null;
    // Not where people or another body could be meant ("Mark and Lisa Green were injured… Kent County Council says…
    // They say"). Only those named in the body's paragraph or the one before count (one person, in its own
    // paragraph): a story names many on its way.
    const at = this.lastEventPos(pos);
    const from = this.blockStartBefore(at, 1);
    const own = this.blockStartBefore(at, 0);
    const person = (e: Entity) => personOrFirstName(e) && !e.described && e.lastMention >= from && e.lastMention < pos;
    const first = language === "en" ? this.latest(pos, person) : null;
    const people = first !== null && this.latest(pos, (e) => e !== first && person(e)) !== null;
    const other = (e: Entity) => e !== body && e.lastMention >= from && (e.plural || (e.type === "organisation" && (language === "en" || PLURAL_NAME.test(e.name))) || (language === "en" && person(e) && e.lastMention >= own));
    return people || this.latest(pos, other) !== null ? null : body;
  }

  /** "assure l’un d’eux": the people the last sentences were about, past one organisation named since ("défiant l’institution, ils…"). */
  lastPeople(pos: number): Entity | null {
    return this.lastEvent(pos, (e) => e.plural, (e) => e.type === "organisation" && !e.plural);
  }

  /** "« … », confirme un autre" after "assure l’un d’eux": the group the one who just spoke is one of. */
  lastMembers(pos: number): Entity | null {
    return this.lastEvent(pos, (e) => e.memberOf !== null)?.memberOf ?? null;
  }

  /** "elle … dans un communiqué": the organisation of that grammatical gender talked about lately. */
  organisationOfGender(gender: Gender, pos: number): Entity | null {
    return this.recent(pos, (e) => e.type === "organisation" && !e.plural && e.gender === gender);
  }

  /**
   * "A Nottingham spokesperson" after "Nottingham Building Society": the one body named before whose name is `words`
   * and a kind of body. Not "Lloyds Pharmacy" for "Lloyds", "Virgin Media O2" for "Virgin": other businesses.
   */
  bodyOpeningOn(words: string, pos: number): Entity | null {
    if (this.byEntityKey.has(fold(words))) return null;
    const prefix = `${fold(words)} `;
    const kindOnly = (e: Entity) => fold(e.name).slice(prefix.length).split(" ").every((w) => BODY_KIND_TAILS.has(w));
    const found = this.entities.filter((e) => e.type === "organisation" && !e.plural && e.lastMention >= 0 && e.lastMention < pos && fold(e.name).startsWith(prefix) && kindOnly(e));
    return found.length === 1 ? (found[0] as Entity) : null;
  }

  /**
   * The one named body of the block of `pos` mentioned before it, if it passes `ok`: "des agents de la CTS…, précise
   * la compagnie". None where the block names two: "Air France…, alors que KLM…, assure la compagnie".
   */
  private onlyBodyInBlock(pos: number, ok: (e: Entity) => boolean): Entity | null {
    const found = this.entities.filter((e) => e.type === "organisation" && !e.described && !e.plural && e.lastMention >= 0 && e.lastMention < pos && this.sameBlock(e.lastMention, pos));
    return found.length === 1 && ok(found[0] as Entity) ? (found[0] as Entity) : null;
  }

  /** "it said": the organisation named last. */
  organisation(pos: number): Entity | null {
    const org = (e: Entity) => e.type === "organisation" && !e.plural;
    // The organisation a recent sentence was about outranks one merely named since.
    return this.recent(pos, org) ?? this.latest(pos, org);
  }

  /** Index in `events` of `e`'s latest event before `pos` among the last RECENCY_EVENTS, or -1. */
  private recency(e: Entity, pos: number): number {
    const evs = e.track.events;
    const floor = this.events.length - RECENCY_EVENTS;
    for (let i = evs.length - 1; i >= 0; i--) {
      const k = evs[i] as number;
      if (k < floor) return -1;
      if ((this.events[k] as EntityEvent).pos < pos) return k;
    }
    return -1;
  }

  /**
   * A role noun phrase ("the UN chief", "le PDG", "the company"): the entity mentioned so far whose
   * known roles share the head noun, best modifier overlap first, then the most recent.
   */
  role(m: Mention, pos: number, guessUnheld = true, contrasted = false): Entity | null {
    // guessUnheld false: only someone who holds the role, no guess at whom an unheld title means.
    if (m.head === null) return null;
    // Before any holder of the noun: the interlocutor is whoever is being quoted at that point.
    if (INTERLOCUTOR.test(m.text)) return this.lastToSpeak(pos, (e) => !e.plural && e.type !== "organisation");
    // "King also claimed" after "Sainsbury's boss Justin King": a title word alone and capitalised is the family name of someone named.
    if (BARE_CAPITALISED.test(m.text)) {
      const e = this.byEntityKey.get(fold(m.text));
      if (e !== undefined && e.type === "person" && e.name.includes(" ") && e.lastMention < pos) {
        this.mentioned(e, pos);
        return e;
      }
    }
    // "le chef de l’État", "the head of state": the president.
    const ofState = m.modifiers.some((w) => w === "état" || w === "etat" || w === "state");
    // "l’avocat général" prosecutes: the procureur, not a lawyer ("Me Diouf").
    // The head's key is made once: every role phrase resolved asks it.
    const ownHead = headKey(m.head);
    const prosecutes = ownHead === LAWYER && m.modifiers.some((w) => w === "général" || w === "générale");
    // Unless someone was named avocat général: "l’avocat général Philippe Courroye".
    if (prosecutes) {
      const general = (r: RoleSet) => r.words.has("general") || r.words.has("generale") || r.words.has("général") || r.words.has("générale");
      const holder = this.latest(pos, (e) => (e.track.rolesByHead.get(LAWYER) ?? []).some(general));
      if (holder !== null) return holder;
    }
    // "le chef du gouvernement", "the head of government": the prime minister.
    const leads = ownHead === LEADER;
    const ofGovernment = leads && !ofState && m.modifiers.some((w) => w === "gouvernement" || w === "government");
    const premier = ofGovernment ? this.premier(m, pos) : null;
    if (premier !== null) return premier;
    // "a poursuivi le premier magistrat" after "le maire Hubert Falco": the mayor, the town's first magistrate.
    const mayoral = FIRST_MAGISTRATE.has(fold(m.head)) && m.modifiers.some((w) => FIRST.has(fold(w)));
    const head = headKey(ofState && leads ? "president" : ofGovernment ? "premier" : prosecutes ? "procureur" : mayoral ? "maire" : m.head);
    const wantOrg = m.type === "organisation";
    let best: Entity | null = null;
    let bestScore = 0;
    let bestRecency = -1;
    const folded = m.modifiers.map(fold);
    const mods = mayoral ? folded.filter((w) => !FIRST.has(w)) : folded;
    // The fields of government the mention names, asked of every role compared.
    const fields = fieldsOf(mods);
    // "l’avocat de la défense" is not "l’avocate de la victime": two descriptions whose complements share
    // nothing are two people (a named person may be described in many ways: "l’élu de l’opposition").
    // "le chef de l’État" is a head of state, whatever the holder's stated role.
    const complement = !ofState && /\s(?:de|du|des|of)\s|\sd[’']/iu.test(m.text);
    const origins = mods.filter(isOrigin);
    const complementOf = complement ? complementNames(m.text) : NO_NAMES;
    const ordinal = mods.some(isOrdinal);
    // "said one speaker" after "the Speaker, Alban Bagbin": an indefinite brings someone new, unless what it
    // adds is theirs ("a spokesman for the council" after "council spokesman David Hart").
    const indefinite = !wantOrg && INDEFINITE_ROLE.test(m.text);
    // A wider word's heads in order of preference: one that holds the first is not passed over for the next.
    let bestHead = head;
    for (const h of (mayoral ? undefined : WIDER_HEADS.get(fold(m.head))) ?? [head]) if (best === null) for (const e of this.byHead.get(h) ?? []) {
      if (e.lastMention < 0 || e.lastMention >= pos) continue;
      if (wantOrg !== (e.type === "organisation") || (m.plural) !== e.plural) continue;
      if (m.gender !== null && e.gender !== null && m.gender !== e.gender) continue;
      let score = 0;
      for (const r of e.track.rolesByHead.get(h) ?? []) {
        // "le PDG d’Airbus" is not "le président de la République": a président is a PDG only of what the PDG is of.
        if (h !== head && h === PRESIDES && someWord(r.words, (w) => headKey(w) !== h && !LINK_WORDS.has(w) && !mods.includes(w))) continue;
        if (h !== head && h === SECRETARY && (!someWord(r.words, chargeOfState) || someWord(r.words, (w) => NOT_MINISTERS.has(w)))) continue;
        if (otherFields(fields, r.words)) continue;
        let overlap = 0;
        for (const w of mods) if (r.words.has(w) && !LINK_WORDS.has(w)) overlap++;
        // "l’avocat du deuxième prévenu" is not "Me Mary, l’avocat de Salah Abdeslam": an ordinal counts another.
        if ((complement && e.described && overlap === 0 && r.words.size > 1) || ((ordinal || indefinite) && overlap === 0)) continue;
        // "the father of Lucas" is not "the father of three" met before: a relative of another is another. Not
        // "His mother, Linda Reeves": a relative the text named by a possessive is whoever's the complement says.
        if (complement && overlap === 0 && KIN.has(h) && someWord(r.words, (w) => w !== h && !LINK_WORDS.has(w) && !THIRD_POSSESSIVES.has(w) && headKey(w) !== h)) continue;
        // "le patron de la société" is not "le chef de l’État": another word for the office, with complements that
        // share no word, is another office ("la présidente du syndicat" may be the "présidente de la Fédération").
        if (complement && overlap === 0 && !r.words.has(fold(m.head)) && mods.some((w) => !LINK_WORDS.has(w)) && COMPLEMENT_LINKS.some((w) => r.words.has(w))) continue;
        // "le directeur de Cerza" is not "Guillaume Ourry, directeur du zoo de Jurques": two named complements, two offices.
        if (complement && overlap === 0 && complementOf.size > 0 && r.names.size > 0) continue;
        // "the US leader" is not "Israeli leader Benjamin Netanyahu": two origins, two people.
        if (overlap === 0 && origins.length > 0 && someWord(r.words, (w) => isOrigin(w) && !origins.some((o) => originKey(o) === originKey(w)))) continue;
        score = Math.max(score, 1 + overlap);
        if (overlap === mods.length) break; // no role can score more
      }
      // Recency only breaks a tie: not worked out for a lower score.
      if (score === 0 || score < bestScore) continue;
      const rec = this.recency(e, pos) * 1e9 + e.lastMention;
      if (score > bestScore || (score === bestScore && (rec > bestRecency || (rec === bestRecency && best !== null && e.track.order < best.track.order)))) {
        best = e;
        bestHead = h;
        bestScore = score;
        bestRecency = rec;
      }
    }
    // "le magistrat" is the prosecutor only right after they spoke ("a précisé François Molins. « … », a ajouté le
    // magistrat"); else the judge who rules, named or not.
    if (best !== null && bestHead === PROSECUTES && head !== bestHead && best !== this.lastSpeaker(pos, () => true)) best = null;
    // "poursuit le directeur de Cerza" after "Thierry Jardin, fondateur du zoo de Cerza": whoever runs the body the
    // complement names, by another of the words for running it.
    // "témoigne son homologue de Jurques" after "Guillaume Ourry, directeur du zoo de Jurques": a counterpart, of whatever office.
    const counterpart = COUNTERPARTS.has(head);
    if (best === null && !wantOrg && complementOf.size > 0 && (RUNS.has(head) || counterpart)) {
      const runs = (r: RoleSet) => [...complementOf].every((n) => r.names.has(n)) && (counterpart || [...r.heads].some((h) => RUNS.has(h)));
      best = this.latest(pos, (e) => e.type === "person" && !e.described && (m.gender === null || e.gender === null || e.gender === m.gender) && e.roles.some(runs));
    }
    const definite = startsDefinite(m.text);
    // "…, explique l’élu. … pour l’un des conseillers départementaux du canton, le socialiste Serge Merillou. « … »,
    // se désole l’élu": the word for anyone elected means one named since it last meant someone, whom the last
    // sentence was about, holding an office of politics or a party's label. Not a word for one office: "le maire"
    // stays the mayor.
    if (best !== null && !best.described && definite && !wantOrg && ANY_ELECTED.has(fold(m.head))) {
      const held = best;
      const since = this.latest(pos, (e) => e !== held && e.type === "person" && !e.described && (holdsField(e, "politics") || holdsParty(e)) && (m.gender === null || e.gender === null || e.gender === m.gender));
      // Only one the last sentence was about: "Il a écrit au député Paul Martin. « … », regrette l’élu" is the mayor's.
      if (since !== null && since.lastMention > held.lastMention && this.lastEventBefore(pos)?.entity === since) return since;
    }
    // "«…», écrivait Marc Vuilleumier. … le député popiste était loin d'imaginer": an elected office
    // no one named was given is the person just spoken of, if the text never stated their role.
    if ((best === null || best.described) && definite && !wantOrg && electedOffice(head, m)) {
      // Or one whose stated role is of the same field: "la conseillère nationale Lisa Mazzone" is "l’élue".
      const domain = roleDomain(head);
      // Not one whose office has charge of another field: "the Health Secretary" is not "Justice Secretary David Lammy".
      const fits = (e: Entity) => e.type === "person" && !e.described && (e.roles.length === 0 || (domain !== null && holdsField(e, domain) && !e.roles.some((r) => otherFields(fields, r.words)))) && (m.gender === null || e.gender === null || e.gender === m.gender);
      // "… du soutien du côté de l’opposition municipale en la personne de Serge Giraud. « … », souligne le
      // conseiller": one named since the last sentence about someone is the one meant.
      // "…, ce dont se félicitent les élus. « … », explique l’élu", "Parce que la commune a besoin… poursuit l’élu": a
      // group or a body the word for one person cannot mean is passed over.
      const last = this.lastEvent(pos, fits, (e) => e.plural || e.type === "organisation");
      const since = this.latest(pos, fits);
      // Not past one the text gave an office of that field: "Paul Martin, conseiller municipal… Il a rappelé la
      // promesse faite par Jean Dupont. « … », souligne l’élu" is Martin's.
      if (last !== null && last.roles.length === 0 && since !== null && since !== last && since.lastMention > this.lastEventPos(pos)) return since;
      if (last !== null) return last;
    }
    // "Une locataire et ses propriétaires multiplient les démarches… Mina Williams n’imaginait pas… « … », se désole
    // la locataire": a description that met no name yet means the person named since, the last one a sentence was
    // about, whom the text gave no role of their own.
    // Only a plain noun for a person, no office nor anyone's complement ("le président de la Fédération",
    // "the majority leader"), and only one who has not spoken: "« … », témoigne Julien Perrot. « … », confie le
    // boulanger" is two people.
    if (best !== null && best.described && definite && !wantOrg && m.type === "person" && !m.plural && !complement && !TITLE_WORDS.has((m.head ?? "").toLowerCase()) && roleDomain(head) === null) {
      const held = best;
      const named = this.lastEvent(pos, (e) => e.type === "person" && !e.described && !e.plural && e.roles.length === 0 && !this.hasSpoken(e) && (m.gender === null || e.gender === null || e.gender === m.gender));
      if (named !== null && named !== held && named.lastMention > held.lastMention && this.lastEventBefore(pos)?.entity === named) return named;
    }
    // "L’entreprise n’a pas précisé… Free n’a pas tout compris. L’entreprise a été victime…": a company
    // the text named since the description last spoke of one is the one it means now.
    if (best !== null && best.described && wantOrg && (GENERIC_ORGS.has(fold(m.head)) || KIND_ORGS.has(fold(m.head)))) {
      const since = best.lastMention;
      // Only one a company noun already stood for ("L’opérateur annonce…" after "Free"), not a regulator named since.
      const named = this.latest(pos, (e) => !e.described && !e.plural && e.lastMention > since && e.type === "organisation" && companyNamed(e));
      if (named !== null) return named;
    }
    // "A West Yorkshire practice… Manor Square Dental Practice informed… The practice said": a body a sentence was
    // about since the description last spoke of one, whose name holds that noun besides other words, is the one the
    // noun means now. Not one merely named ("compare prices with the nearby Ashford Vets Practice"), nor "Shelter".
    if (best !== null && best.described && wantOrg && definite) {
      const since = best.lastMention;
      const noun = fold(m.head);
      const holds = (e: Entity) => { const words = fold(e.name).split(/\s+/u); return words.length > 1 && words.includes(noun); };
      const named = this.eventBetween(since, pos, (e) => !e.described && !e.plural && e.type === "organisation" && holds(e));
      if (named !== null) return named;
    }
    // "« … », insiste le syndicaliste" after "Karim Bennacer, le secrétaire départemental du syndicat Alliance": a
    // word for a union's member means the person last named with a role in one, when it met no holder of its own.
    if ((best === null || best.described) && definite && !wantOrg && !m.plural && UNIONISTS.has(fold(m.head ?? ""))) {
      const member = this.latest(pos, (e) => e.type === "person" && !e.described && (m.gender === null || e.gender === null || e.gender === m.gender) && e.roles.some((r) => someWord(r.words, (w) => UNION_WORDS.has(w)) && !someWord(r.words, (w) => DEALS_WITH.has(w))));
      if (member !== null) return member;
    }
    if (best !== null) return best;
    // "explique le gérant de cette enseigne", "the owner of this shop": a complement that points back to what the
    // text just spoke of means the person it just named, when no one holds that role yet.
    if (!wantOrg && !m.plural && POINTING_COMPLEMENT.test(m.text)) {
      const near = this.latest(pos, (e) => personOrFirstName(e) && !e.described && !e.plural && (m.gender === null || e.gender === null || e.gender === m.gender));
      if (near !== null) return near;
    }
    // "le chef de l’Otan" after "le secrétaire général de l’Otan, Jens Stoltenberg": the head of an
    // organisation is whoever holds its top office.
    const of = mods.filter((w) => !LINK_WORDS.has(w));
    if (leads && !wantOrg && definite && of.length > 0 && !ofGovernment) {
      const top = (e: Entity) => e.type === "person" && [...e.track.rolesByHead].some(([h, rs]) => TOP_OFFICES.has(h) && rs.some((r) => of.every((w) => r.words.has(w))));
      const holder = this.latest(pos, top);
      if (holder !== null) return holder;
    }
    // "The US leader" after "US President Donald Trump": a country's leader is its head of state or government.
    const origin = origins[0];
    if (origin !== undefined && !wantOrg && definite && head === LEADER) {
      const heads = (e: Entity) => [...e.track.rolesByHead].some(([h, rs]) => HEADS_OF_STATE.has(h) && rs.some((r) => [...r.words].some((w) => originKey(w) === originKey(origin))));
      const holder = this.latest(pos, (e) => e.type === "person" && heads(e));
      if (holder !== null) return holder;
    }
    // "le jeune homme", "the woman": a definite plain person noun points back like a pronoun.
    if (PLAIN_PERSONS.has(head) && m.gender !== null && !wantOrg && definite) return this.pronoun(m.gender, pos);
    // "…», avance notre source.", "says our source": the one the article is quoting.
    if (OUR_SOURCE.test(m.text)) return this.lastSpeaker(pos, (e) => e.described);
    // "selon cette même source", "the same source said": whoever spoke last, person or body.
    if (SAME_SOURCE.test(m.text)) return this.lastToSpeak(pos, (e) => !e.plural);
    // "Marc Dupont a été relaxé. Son avocat, Paul Martin, … « … », a réagi l’intéressé": a person who does not speak for
    // another, as a lawyer or a relative does; the last one with no role of their own, not the judge or the prefect
    // who dealt with them.
    if (CONCERNED.has(head) && !wantOrg && !m.plural) {
      const forAnother = (e: Entity) => e.roles.some((r) => someWord(r.heads, (h) => h === LAWYER || KIN.has(h)));
      // The participle says the sex the elided article hides: "l'intéressée" is a woman.
      const gender = m.gender ?? (/ée$/u.test(m.head ?? "") ? "female" : "male");
      const fits = (e: Entity) => e.type === "person" && !e.described && (e.gender === null || e.gender === gender) && !forAnother(e);
      // With a role, the first one named: the story is about them ("Le maire…, Bernard Leroy, a été mis en examen… le
      // préfet Denis Roux a refusé de commenter").
      const concerned = this.latest(pos, (e) => fits(e) && e.roles.length === 0) ?? this.entities.find((e) => e.lastMention >= 0 && e.lastMention < pos && fits(e)) ?? null;
      if (concerned !== null) return concerned;
    }
    // "…», raconte le boutiquier.": a noun no lexicon lists, speaking, is most often the one quoted last,
    // if no one else was spoken of since; else someone the text describes only.
    // (An epithet no lexicon lists, "la châtelaine", is said of the person last named, below.)
    if (m.descriptive && definite && !EPITHETS.has(head)) {
      // Not, for a noun with a complement, one the text gave another office: "said Mayor Karl Olive. … said the
      // caretaker of the building" is two people ("said the birdwatcher" after "Councillor Jim Hart… spotted" is Hart).
      return this.lastSpeaker(pos, (e) => !e.described && (m.gender === null || e.gender === null || e.gender === m.gender) && !(complement && holdsAnyField(e) && otherField(e, head)));
    }
    // An epithet (age, origin, place on the pitch) is said of the person last named, of its gender:
    // "… retired driver Sam Reed. “…,” the 70-year-old said.", "du côté de Nicolas Garrel. « … », a conclu le Français."
    // "the Ashby farmer", "the Kelsey resident": a place before a plain role describes someone already named.
    const placed = /^(?:[Tt]he|[Ll]e|[Ll]a|[Ll][’'])\s+(?:[\p{Ll}\d-]+\s+)*\p{Lu}[\p{L}-]*\s+[\p{Ll}-]+$/u.test(m.text) && !HEADS_OF_STATE.has(head) && !INSTITUTIONS.has(head);
    const demonym = DEMONYM_ROLE.test(m.text);
    // "Selon le communiste": a party's member, as a noun, is the person the last sentence was about, of no other
    // party ("Olivier Faure a rencontré Jean-Luc Mélenchon. Le leader insoumis a répété… a insisté le socialiste" is
    // no one named last).
    const party = fold(m.head);
    if (PARTY_KEYS.has(party) && m.modifiers.length === 0 && !wantOrg && definite) {
      const member = this.lastEvent(pos, (e) => e.type === "person" && !e.described && (m.gender === null || e.gender === null || e.gender === m.gender) && !e.roles.some((r) => [...r.words].some((w) => PARTY_KEYS.has(w) && w !== party)));
      if (member !== null) return member;
    }
    // "Alex a rejoint le mouvement. Ce jeune Lyonnais…": a demonstrative points back as the article does.
    // Not one a complement makes an office: "raconte le gardien de l’immeuble" is the building's, not the last man named.
    if ((isAgeNoun(m.head) || m.modifiers.some(isAgeNoun) || (EPITHETS.has(head) && !complement) || demonym || placed) && !wantOrg && (definite || (demonym && DEMONSTRATIVE.test(m.text)))) {
      // "l’Espagnol" is not "le Français Thierry Henry" named just before.
      // Not an office ("said the Irishman" after "Mayor Mehaul O’Leary"): a title is no origin.
      const otherOrigin = (e: Entity) => demonym && e.textRole !== null && DEMONYM_WORD.test(e.textRole) && !PERSON_ROLES.has(e.textRole.toLowerCase()) && fold(e.textRole) !== fold(m.head ?? "");
      // "Alex Perrin a rejoint le club. Son entraîneur, Marc Tessier, … juge ce jeune Lyonnais": a demonstrative's
      // origin is not said of someone named by a role.
      const pointed = !definite;
      const trade = TRADES.has(head);
      // A professional is named in full ("le petit Lucas, 8 ans" is no one's craftsman) and holds no office.
      const fits = (e: Entity) => personOrFirstName(e) && !e.described && (m.gender === null || e.gender === null || e.gender === m.gender) && !otherOrigin(e) && !(pointed && e.track.rolesByHead.size > 0) && !(trade && (holdsField(e, "politics") || !e.name.includes(" ")));
      // "Nadal beat Djokovic. The Spaniard admitted…": opening its sentence, it goes on about the last one spoken of as a subject.
      // After its verb too, when no one's origin was recorded: "La Serbe Olga Danilovic a battu la Française Caroline
      // Garcia. « … », a dit la Serbe" is the one the sentence was about.
      const known = demonym && this.latest(pos, (e) => e.textRole !== null && DEMONYM_WORD.test(e.textRole)) !== null;
      return (demonym && (/^\p{Lu}/u.test(m.text) || !known) ? this.recent(pos, fits) : null) ?? this.latest(pos, fits);
    }
    // "Anne Lise est un peu plus âgée. Cette lycéenne a choisi…": the one of that gender the last sentence was about.
    // Not when no one is, nor after someone spoke, as a reporter shows the next one they meet: "…», raconte
    // cette femme", "Dans les allées, cette éleveuse de la Mayenne ne décolère pas".
    // "Bader El Khaldi constate l’impact de l’inflation. « … », explique ce marchand de prêt-à-porter": the one
    // the sentence before, in the same paragraph, was about, if nothing else happened since.
    if (!wantOrg && !m.plural && DEMONSTRATIVE.test(m.text)) {
      // Not one whose stated role is another: "Son fournisseur, Paul Marchetti, …" is no "marchand".
      // "…, dit Jean-François. Son expertise est indispensable pour Raoul. Cet éleveur…": past the one who spoke last,
      // a sentence with no one as its subject is about the person it names, unless someone holds the description's title.
      // Not past someone the story just followed: "PC Lisa Grant arrived. The attack was terrifying for Sam Ortiz. This officer…".
      const about = this.aboutNamed;
      const last = this.lastEventBefore(pos);
      const held = (this.byHead.get(head) ?? []).some((e) => e.lastMention >= 0 && e.lastMention < pos);
      const ev = about !== null && about.pos < pos && (last === null || (last.pos < about.pos && last.spoke)) && !held ? { entity: about.entity, pos: about.pos, spoke: false } : last;
      if (ev !== null && !ev.spoke && personOrFirstName(ev.entity) && !ev.entity.described && !ev.entity.plural && (m.gender === null || ev.entity.gender === null || ev.entity.gender === m.gender) && this.sameBlock(ev.pos, pos) && !otherField(ev.entity, head)) return asPerson(ev.entity);
    }
    // "« … », raconte Kylian Farik. Cet ancien régisseur du son peut en témoigner": a demonstrative with a complement
    // right after the sentence in which someone of its gender spoke, with no one else met since, points back to the
    // speaker. Not past anyone else: "… le gérant. Ce responsable du magasin" is the manager. Nor one set against
    // the speaker ("Ce voisin de la victime, lui, n'a rien entendu"), nor one whose complement names them ("Cet ami
    // d'enfance de Paul Garnier").
    if (!wantOrg && !m.plural && complement && !contrasted && DEMONSTRATIVE.test(m.text)) {
      const said = this.lastSpeakerEvent(pos);
      const fits = said !== null && this.lastEventBefore(pos) === said && !said.entity.described && !said.entity.plural && personOrFirstName(said.entity) && !namesIn(m.text, said.entity);
      if (fits && said.entity.gender === m.gender && this.sameBlock(said.pos, pos) && this.sentenceBefore(said.pos, pos) && !otherField(said.entity, head)) return asPerson(said.entity);
    }
    if (!wantOrg && !m.plural && m.gender !== null && !complement && DEMONSTRATIVE.test(m.text)) {
      // "« … », explique Mathilde. « … », assure cette militante": right after she spoke, in her paragraph,
      // the demonstrative points back to her.
      const said = this.lastSpeakerEvent(pos);
      if (said !== null && !said.entity.described && said.entity.gender === m.gender && this.sameBlock(said.pos, pos)) return asPerson(said.entity);
      // Past people of the other gender ("souffle son épouse Rejane") and other demonstratives ("cet habitant
      // des Sables d’Olonne"), which point back to the same one: "ce greffé" is Jean-Claude.
      // Not a title someone of the other gender holds: "La cheffe Anne-Sophie Pic… a déclaré ce chef étoilé".
      const held = (this.byHead.get(head) ?? []).some((e) => !e.described && e.lastMention >= 0 && e.lastMention < pos);
      const back = held ? null : this.pointedBack(pos, m.gender, head);
      if (back !== null) return back;
    }
    if (!wantOrg) {
      if (!definite) return null;
      const sameGender = (e: Entity) => m.gender === null || e.gender === null || e.gender === m.gender;
      // Not an age: "le jeune agriculteur de 34 ans" is someone the story named.
      // (The mention may end on the number: "le jeune agriculteur de 34" before "ans".)
      const numbered = ordinal || m.modifiers.some((w, k) => /\d/.test(w) && !(/^\d{1,3}$/u.test(w) && (YEARS.has(m.modifiers[k + 1] ?? "") || AGE_CUT.test(m.text))));
      // "a déclaré le chef de l’État" after "François Hollande était à Paris": a head of state or
      // government no one holds yet is the latest person whose role the text never stated.
      const partyLeader = head === LEADER && m.modifiers.some((w) => PARTY_KEYS.has(fold(w)));
      if ((HEADS_OF_STATE.has(head) || partyLeader) && !complement && m.modifiers.length <= 1 && !numbered) {
        return this.recent(pos, (e) => e.type === "person" && e.roles.length === 0 && sameGender(e));
      }
      // "…», a lancé l’ancienne ministre de la Santé" after "Laurette Onkelinx a poursuivi…": any other
      // definite role no one holds is most often the person the story follows, however they were called
      // before ("Hadja Lahbib, ministre des Affaires étrangères" is later "la cheffe de la diplomatie").
      // Not a court's or the press's function: judges, prosecutors and reporters come as people of their own.
      // Nor an office numbered by an ordinal ("le président de la 3e chambre"), nor a title of another
      // field than theirs. Nor one right after a cue named the paragraph's speaker (the caller then
      // passes `guessUnheld` false): "“…,” said Ann Price. “…,” the firefighter said" is someone new.
      // "«…», a estimé Mathilde Panot. Pour la patronne des députés LFI, «…»": an office over a group or a body
      // right after a named speaker whose role the story never gave is a second reference to them.
      // So does a union's or a party's general secretary: "« … », nous a dit Frédérique Rolet. La secrétaire générale du Snes relève…".
      const general = head === SECRETARY && m.modifiers.some((w) => GENERAL.has(fold(w)));
      // So does one who presides over or runs a body: "C'est « … », d'après Philippe Jamet. … résume le président de l'association".
      if (!guessUnheld && !m.plural && complement && definite && (electedOffice(head, m) || general || leadsBody(head))) {
        return this.lastSpeaker(pos, (e) => !e.described && e.roles.length === 0 && sameGender(e));
      }
      // "« … », se félicite Viviane. « … », énumère la bénévole": a title that tells a sex, no office's, right
      // after a named speaker of that sex whose role the story never gave, is a second reference to them.
      // So does an epithet that describes rather than titles: "said Sarah Ramberg…. The Belmont blogger and author said".
      if (!guessUnheld && !m.plural && !complement && (m.gender !== null || EPITHET.test(m.text)) && !INSTITUTIONS.has(head) && !NEWCOMERS.has(head)) {
        const said = this.lastSpeakerEvent(pos);
        // Of a gender no list gave, only for a word for the young a portrait names by first name: "« … », confie
        // Abdelaziz, 17 ans. « … », lance le lycéen" (not "…, confie Dominique. « … », assure le proviseur").
        const known = said !== null && (said.entity.gender === m.gender || m.gender === null || (said.entity.gender === null && (YOUNG_FIELDS.has(roleDomain(headKey(m.head ?? "")) ?? "") || isAgeNoun(m.head ?? ""))));
        if (said !== null && known && !said.entity.described && said.entity.roles.length === 0 && personOrFirstName(said.entity) && this.sameBlock(said.pos, pos)) return said.entity;
      }
      const domain = roleDomain(head);
      // "…, souligne Éric Coquelet, producteur de miel. « … », précise l'apiculteur": another title of the field
      // of the one who just spoke, in their paragraph, is theirs.
      // Only in a trade whose titles are near synonyms: a lawyer who just spoke is not "le procureur".
      if (!guessUnheld && !m.plural && domain !== null && SYNONYM_FIELDS.has(domain) && !numbered) {
        const said = this.lastSpeakerEvent(pos);
        if (said !== null && !said.entity.described && sameGender(said.entity) && holdsField(said.entity, domain) && this.sameBlock(said.pos, pos)) return said.entity;
      }
      // "« … », confie Raphaëlle, gérante du food-truck. « … », confie la commerçante": a word for anyone in a line of
      // work, right after one in that line spoke, in their paragraph, is them ("Adel, conducteur de RER… abonde le
      // cheminot"). Not "le boucher" after the baker, nor "le commerçant d'en face", "the other trader".
      const line = m.head;
      if (!guessUnheld && !m.plural && !complement && m.modifiers.length === 0 && line !== null && isAnyOfLine(line)) {
        const said = this.lastSpeakerEvent(pos);
        const inLine = (e: Entity) => [...e.track.rolesByHead.keys()].some((k) => coversJob(line, k));
        // Only if no one else was spoken of since: "Son associé, Hugo, s'occupe de la vente. « … », ajoute le commerçant".
        const since = this.lastEventBefore(pos);
        if (said !== null && since?.entity === said.entity && !said.entity.described && sameGender(said.entity) && inLine(said.entity) && this.sameBlock(said.pos, pos)) return said.entity;
      }
      // "…, explique le capitaine des pompiers, Aymeric Soufflé. « … », ajoute le pompier": a member of the body
      // the one who just spoke is said to lead, in their paragraph, is them.
      if (!guessUnheld && !m.plural && m.modifiers.length === 0 && !numbered && m.head !== null) {
        const said = this.lastSpeakerEvent(pos);
        if (said !== null && !said.entity.described && sameGender(said.entity) && ofTheirBody(said.entity, fold(m.head)) && this.sameBlock(said.pos, pos)) return said.entity;
      }
      // "…, explique Philippe Jamet, président de France Victimes 72. Le responsable associatif donne un conseil": another
      // word for running a body, with no complement of its own, is the one who just spoke and runs one, in their paragraph.
      if (!m.plural && !complement && !numbered && leadsBody(head)) {
        const said = this.lastSpeakerEvent(pos);
        const leads = (r: RoleSet) => [...r.heads].some(leadsBody);
        if (said !== null && !said.entity.described && sameGender(said.entity) && said.entity.roles.some(leads) && this.sameBlock(said.pos, pos)) return said.entity;
      }
      if (m.plural || !guessUnheld || NEWCOMERS.has(head) || BENCH.test(m.text) || numbered) return null;
      // "said the father of Lucas", "la sœur de la victime": a relative of someone else, no one holding it yet, is
      // someone new, not the person the story follows.
      if (complement && KIN.has(head) && !PARENT_EPITHET.test(m.text)) return null;
      // "Regragui a reconnu…. « … », a-t-il précisé.": a lone surname a pronoun gave a gender is a person.
      // Not one who holds another seat of a body's bureau: "Le secrétaire du comité a ajouté" after its president spoke.
      // Nor one whose office has charge of another field: "the Health Secretary" after "Justice Secretary David Lammy";
      // nor one whose every office is of a body another than the one named: "le président de Radio Télévision
      // Suisse" after "le ministre de la Transition Écologique Béchu".
      // ("le directeur de Santé Publique France" is not "le ministre de la Santé Publique Nzeyimana": the whole name counts.)
      // One minister's field is one office however spelled ("la ministre de l'Écologie", "de la Transition écologique").
      const elsewhere = (e: Entity) => complementOf.size > 0 && e.roles.length > 0 && e.roles.every((r) => r.names.size > 0 && someWord(complementOf, (n) => !r.names.has(n)) && !(r.heads.has(head) && fieldShared(fields, r.words)));
      const fits = (e: Entity) => gendered(e) && !e.described && sameGender(e) && sameField(e, domain) && !otherSeat(e, head) && !e.roles.some((r) => otherFields(fields, r.words)) && !elsewhere(e);
      return this.unheld(m, pos, head, complement, fits);
    }
    // "the company", "le groupe": the organisation named last. "Le ministère", "la préfecture": only one named so.
    // A kind of body is the named organisation the last sentence was about, or someone new.
    // A lone capitalised word of no known kind ("Free", "Orange") may be the company; right after a
    // sentence about it, even one whose participle agreed ("Free n’a pas compris. L’opérateur…").
    // Not a letter alone: "Les A, B et C circuleront" names tram lines.
    const bareName = (e: Entity) => e.type === "unknown" && !e.name.includes(" ") && e.name.length > 1;
    // What a company noun stands for is a company from then on. The organisation of the last sentences comes
    // first, past one about someone: "Ryanair has banned the passenger…. Nadal, a plumber, was arrested. “…,” the airline said".
    const org = (e: Entity) => e.type === "organisation" && !e.plural && !e.described;
    // "One retailer whose shop was raided said", "an airline said": an indefinite brings one more of its kind.
    if (INDEFINITE_ROLE.test(m.text)) return null;
    // "the health board" after "Betsi Cadwaladr University Health Board", "la préfecture" after "la préfecture
    // de police de Paris": a description the name of an organisation met before ends (in French, opens) with is it.
    // Only one such organisation: "the council" after "Kent County Council" and "European Council" is either.
    const kind = kindOf(m.text);
    const named = kind === "" ? null : this.onlyOne(pos, (e) => org(e) && namesKind(fold(e.name), kind));
    if (named !== null) return named;
    const kindNoun = fold(m.head);
    if (KIND_ORGS.has(kindNoun)) {
      const fits = (e: Entity) => fitsKind(kindNoun, e);
      // "des agents de la CTS vont débrayer… « … », précise la compagnie": else a body of that kind its paragraph named.
      return asOrganisation(this.lastEvent(pos, (e) => org(e) && fits(e), (e) => e.type !== "organisation") ?? this.lastEvent(pos, (e) => bareName(e) && e.roles.length === 0 && !e.described && !this.quoted(e) && fits(e)) ?? this.onlyBodyInBlock(pos, fits));
    }
    if (!GENERIC_ORGS.has(fold(m.head))) return null;
    // "Carrefour a réagi dans un communiqué transmis à l’AFP. Le groupe dit…": a wire agency that only carried the
    // words is not what the story is about ("Reuters said it would cut 200 jobs" is).
    const carrier = (e: Entity) => isWireName(e.name) && e.track.events.length === 0;
    // "…menacés par le groupement Les Mousquetaires, dont 10 à Bagnoles. Le groupe…": an organisation of the last
    // sentences before a lone word of no known kind named since.
    // "the firm" after "Southern Water… University Hospital Southampton said": a word for a business is no public body.
    // Nor a place, as a list of them may name one: "About 58,000 homes in Romsey and the New Forest were hit, the
    // firm said".
    const trading = TRADING.has(fold(m.head));
    const fits = (e: Entity) => ((e.type === "organisation" && !e.plural) || (bareName(e) && e.gender === null && !e.located)) && !carrier(e) && !(trading && (e.located || publicBody(e.name)));
    return asOrganisation(this.latest(pos, fits));
  }

  /**
   * Whom a definite title no one holds means: the person met last who `fits`, or the person the story
   * follows (its protagonist) when it quoted them: "Warren Gatland said… Alun Wyn Jones was… “…,” the
   * Wales coach said".
   */
  private unheld(m: Mention, pos: number, head: string, complement: boolean, fits: (e: Entity) => boolean): Entity | null {
    // A complement naming people ties the title to others ("le doyen des avocats de la défense"); one
    // naming an organisation still fits the story's person ("le chef de la CAQ").
    if (complement && !NAMED_COMPLEMENT.test(m.text)) return this.recent(pos, fits);
    const last = this.recent(pos, fits);
    // Not over someone met since whose title the story gave: "Rovers boss Danny Cole was delighted. “…,” the
    // manager said".
    if (last !== null && last.textRole !== null) return last;
    // Nor a player, a pupil or a defendant for a title of no known field: "the manager said" is not
    // "striker Marcus Reid", however often the story names him.
    const domain = roleDomain(head);
    const followable = (e: Entity) => fits(e) && (domain !== null || !UNTITLED_FIELDS.some((f) => holdsField(e, f)));
    // "Bayrou a commencé son discours…. « Du jamais vu » pour Benjamin Sportouch. Le candidat du MoDem évoque…":
    // past someone only quoted, never the subject of a sentence, a title goes back to the person two sentences were about.
    return this.followed(pos, followable, last !== null && !this.subjectOf(last, pos)) ?? last ?? this.foreshadowed(pos, m.gender, head);
  }

  /** The one entity met before `pos` that is `ok`, or null when none or several are. */
  private onlyOne(pos: number, ok: (e: Entity) => boolean): Entity | null {
    let found: Entity | null = null;
    for (const e of this.entities) {
      if (e.lastMention < 0 || e.lastMention >= pos || !ok(e)) continue;
      if (found !== null) return null;
      found = e;
    }
    return found;
  }

  /** Whether some sentence before `pos` had `e` as its subject (an event in which it did not speak). */
  private subjectOf(e: Entity, pos: number): boolean {
    return e.track.events.some((k) => !(this.events[k] as EntityEvent).spoke && (this.events[k] as EntityEvent).pos < pos);
  }

  /** The person the story follows, if named before `pos` and `ok`. */
  private followed(pos: number, ok: (e: Entity) => boolean, aboutTwice = false): Entity | null {
    const e = this.followedEntity();
    if (e === null) return null;
    // One the story only talks about ("remarks about VD Savarkar") is not who its titles mean: one it quotes is,
    // in the story, not only in a headline ("…, says Kane" is no coach); or, if `aboutTwice`, two sentences were about.
    const before = e.track.events.filter((k) => (this.events[k] as EntityEvent).pos < pos && !this.headlineEvents.has(k));
    const spoke = before.some((k) => (this.events[k] as EntityEvent).spoke) || (aboutTwice && before.length >= 2);
    return spoke && ok(e) ? e : null;
  }

  /**
   * "« … », s’exclame la chanteuse. … annonce Stéphanie St-Jean": a title at a story's start, before anyone
   * is named, is the person it follows, named later.
   */
  private foreshadowed(pos: number, gender: Gender | null, head: string): Entity | null {
    const m = this.protagonist;
    // A person's name ("Stéphanie St-Jean"), not a city's the story keeps coming back to ("Abidjan").
    if (m === null || (m.type !== "person" && m.gender === null) || (gender !== null && m.gender !== null && m.gender !== gender) || this.events.some((ev) => ev.pos < pos)) return null;
    // Not "said the Prime Minister" before "Mayor Sadiq Khan": a title of their own is another.
    if (m.role !== null && ![...roleWords(m.role)].some((w) => headKey(w) === head)) return null;
    // "So began Warren Gatland’s briefing. The Wales coach lamented…": the one the story follows, already named.
    const named = this.followedEntity();
    // A title a person holds: whatever the name looked like, a fuller one later completes them ("Matt Hancock").
    if (named !== null && named.lastMention >= 0 && named.lastMention < pos) return asPerson(named);
    // Yet to be named: by the title the story gives them later ("the external affairs minister said…" before
    // "External Affairs Minister S Jaishankar"), or by a portrait's noun ("la chanteuse"); not by an office
    // of no one's ("the police chief said…" before the victim is named, "the mayor said" before a footballer).
    if (m.role === null && !PORTRAIT_NOUNS.has(head)) return null;
    const e = this.named(m, pos, true);
    return e === null ? null : asPerson(e);
  }

  /** The prime minister "le chef du gouvernement" means: whoever holds the office, else the person the text follows whose role it never stated. */
  private premier(m: Mention, pos: number): Entity | null {
    const holds = (e: Entity) => e.track.rolesByHead.has(headKey("premier")) || (e.track.rolesByHead.get(headKey("minister")) ?? []).some((r) => r.words.has("prime") || r.words.has("premier"));
    return this.latest(pos, (e) => e.type === "person" && holds(e)) ?? this.recent(pos, (e) => e.type === "person" && e.roles.length === 0 && (m.gender === null || e.gender === null || e.gender === m.gender));
  }

  /**
   * Someone the text designates only by a role no one named holds (`le procureur`, `a neighbour`):
   * an entity of its own, shown as `description`, that later mentions of the role resolve to.
   */
  described(m: Mention, description: string, pos: number, memberOf: Entity | null = null): Entity {
    const e = this.create(description, m.type === "organisation" ? "organisation" : "person", m.gender, null, false);
    e.described = true;
    e.plural = m.plural;
    e.memberOf = memberOf;
    // "l’avocat général": the words the description adds tell this role from another ("l’avocat des parties civiles").
    const words = [...roleWords(description)].filter((w) => w.length > 1 && !LINK_WORDS.has(w));
    if (m.head !== null && words.length > 1 + m.modifiers.length && e.roles.length < MAX_ROLES) this.addRole(e, `\u0000${words.join(" ")}`, () => roleSet(new Set([fold(m.head ?? ""), ...words])));
    else this.learnRole(e, m);
    this.mentioned(e, pos);
    return e;
  }

  /**
   * "New Zealand’s climate minister said… James Shaw, the climate minister, added": a definite
   * description no one held when it spoke, whose role one person named later states, was that
   * person. Each such description, with the one named person it turns out to be.
   */
  namedLater(): Map<Entity, Entity> {
    const out = new Map<Entity, Entity>();
    // The first words credited to a named person: a lede's description speaks before them.
    const firstNamedSpoke = this.events.findIndex((ev) => ev.spoke && !ev.entity.described && ev.entity.type === "person");
    for (const d of this.entities) {
      if (!d.described || d.type !== "person" || d.plural || d.memberOf !== null) continue;
      // "An opposition leader rejected the results… said Daoud Abdallah Mohamed, leader for the United
      // Opposition": a lede that keeps its subject's name for later names the one person given that office.
      const spoke = d.track.events.find((k) => (this.events[k] as EntityEvent).spoke);
      if (INDEFINITE_ROLE.test(d.name) && spoke !== undefined && (firstNamedSpoke < 0 || spoke < firstNamedSpoke)) {
        // "…, a leading medic has said. / Dr Nick Scriven, president of…, said": a lede's voice is also the
        // first person named after it, when their title is of its field, whoever else of that field follows.
        const holder = this.firstMetAsSubject(d) ? this.onlyHolder(d) : this.nextHolder(d);
        if (holder !== null) out.set(d, holder);
        continue;
      }
      if (!DEFINITE_DESCRIPTION.test(d.name)) continue;
      let holder: Entity | null = null;
      let count = 0;
      for (const p of this.entities) {
        if (p.described || p.type !== "person" || p.track.order <= d.track.order || p.lastMention < 0) continue;
        if (d.gender !== null && p.gender !== null && d.gender !== p.gender) continue;
        if (!sharesRole(d, p)) continue;
        holder = p;
        count++;
      }
      if (count === 1 && holder !== null) out.set(d, holder);
      // "Le candidat Les Républicains tenait un meeting. … François Fillon souhaite relancer sa campagne": a
      // story that opens on an office it spells out (whose, where), then names the person it follows and never
      // gives them a role, meant them. Not a bare title ("the mayor said" before a footballer is named).
      // Nor one first met as the voice of a quotation ("“…,” the general secretary of the RMT said"): the
      // story's subject opens its first sentence.
      else if (count === 0 && SPELLED_OUT_OFFICE.test(d.name) && this.firstMetAsSubject(d) && d.track.order < (this.firstNamed()?.track.order ?? -1)) {
        const p = this.followedEntity();
        // Only if the one named speaks as soon as named ("François Molins a aussi précisé « … »"): "le procureur de
        // la République de Lyon… Marc Petit, 45 ans, a été condamné" and "le président de la FFF a prolongé le
        // sélectionneur. Didier Deschamps a accepté" are about someone else.
        if (p !== null && p.type === "person" && p.textRole === null && p.track.order > d.track.order && (d.gender === null || p.gender === null || d.gender === p.gender) && this.spokeWhenNamed(p)) out.set(d, p);
      }
      if (count === 0 && !out.has(d) && SPELLED_OUT_OFFICE.test(d.name)) {
        // "le ministre de l’Intérieur a affirmé « … ». Sur les violences, Sacca Lafia a indiqué que « … »": an
        // office that spoke, then, with nothing said of anyone between, a full name that speaks as soon as it
        // is named, has no role of its own, and after which the office is not heard of again.
        const next = this.namedRightAfter(d);
        if (next !== null && (d.gender === null || next.gender === null || d.gender === next.gender)) out.set(d, next);
      }
    }
    return out;
  }

  /** The one named person after `d` who holds an office of the same head as `d`'s, if only one does ("another" holds another). */
  private onlyHolder(d: Entity): Entity | null {
    let holder: Entity | null = null;
    for (const p of this.entities) {
      if (p.described || p.type !== "person" || p.track.order <= d.track.order || p.lastMention < 0) continue;
      const heads = this.sameOffice(d, p);
      if (heads === null) continue;
      if (holder !== null || heads.some((h) => (p.track.rolesByHead.get(h) ?? []).some((r) => r.words.has("another") || r.words.has("autre")))) return null;
      holder = p;
    }
    return holder;
  }

  /** The first person named after `d`, if they hold an office of `d`'s field. */
  private nextHolder(d: Entity): Entity | null {
    const p = this.entities.find((p) => !p.described && p.type === "person" && p.track.order > d.track.order && p.lastMention >= 0);
    return p !== undefined && this.sameOffice(d, p) !== null ? p : null;
  }

  /**
   * The heads of `d`'s roles that `p` holds, or null when none or their genders differ: offices only (their
   * keys are classes, "#…"), not any word of the description ("British"); or, for a role of a known field, one
   * of the same field ("a police officer" is "Superintendent Adrian Gascoyne").
   */
  private sameOffice(d: Entity, p: Entity): string[] | null {
    if (d.gender !== null && p.gender !== null && d.gender !== p.gender) return null;
    const theirs = [...p.track.rolesByHead.keys()];
    const heads = [...d.track.rolesByHead.keys()].filter((h) => (h.startsWith("#") && p.track.rolesByHead.has(h)) || (roleDomain(h) !== null && theirs.some((t) => roleDomain(t) === roleDomain(h))));
    return heads.length === 0 ? null : heads;
  }

  /**
   * The person whose first event comes right after `d`'s last one, in the same block, if `d` spoke there, and
   * they are named in full, with no role, and credited with words as soon as named by a verb that goes on.
   */
  private namedRightAfter(d: Entity): Entity | null {
    const last = d.track.events[d.track.events.length - 1];
    if (last === undefined || !(this.events[last] as EntityEvent).spoke) return null;
    const ev = this.events[last + 1];
    const p = ev?.entity;
    if (ev === undefined || p === undefined || !this.sameBlock((this.events[last] as EntityEvent).pos, ev.pos) || p.described || p.type === "organisation" || p.textRole !== null || p.track.events[0] !== last + 1 || !p.name.includes(" ")) return null;
    // Only one who goes on as the office would: "a indiqué", "added"; not "a répliqué", "hit back", "a dénoncé".
    for (let n = last + 1; n < Math.min(this.events.length, last + 3); n++) {
      const said = this.events[n] as EntityEvent;
      if (said.entity === p && said.spoke) return said.cue !== null && GOES_ON.has(lastWord(said.cue)) ? p : null;
    }
    return null;
  }

  /** Whether `e`'s first event has it as a sentence's subject rather than a quotation's speaker. */
  private firstMetAsSubject(e: Entity): boolean {
    const k = e.track.events[0];
    return k !== undefined && !(this.events[k] as EntityEvent).spoke;
  }

  /** Whether `e` is credited with words in the sentence that first names them. */
  private spokeWhenNamed(e: Entity): boolean {
    const k = e.track.events[0];
    if (k === undefined) return false;
    // The sentence's own events: its subject, then its credit.
    for (let n = k; n < Math.min(this.events.length, k + 2); n++) {
      const ev = this.events[n] as EntityEvent;
      if (ev.entity === e && ev.spoke) return true;
    }
    return false;
  }

  /** Whether `e` was credited with words ("Stormzy said on Instagram he was “shocked”" is someone, no charity). */
  private quoted(e: Entity): boolean {
    return e.track.events.some((k) => (this.events[k] as EntityEvent).spoke);
  }

  /** The first person the story names, if any. */
  private firstNamed(): Entity | null {
    for (const e of this.entities) if (!e.described && e.type === "person") return e;
    return null;
  }

  /** The entity of the person the story follows, if it has one. */
  private followedEntity(): Entity | null {
    const m = this.protagonist;
    if (m === null) return null;
    const family = familyKey(m.text);
    return this.byEntityKey.get(fold(m.text)) ?? (family === null ? null : (this.byEntityKey.get(family) ?? null));
  }

  /** Remember the role a role mention gave an entity (`the UN rights chief` is Türk's). */
  learnRole(e: Entity, m: Mention): void {
    if (m.head === null || e.roles.length >= MAX_ROLES) return;
    // "the current manager's father", "the mayor's wife": a relative is not the office of the one whose relative
    // they are ("the manager said" is the manager).
    const owner = KIN.has(headKey(m.head)) ? /(?:^|\s)(\p{Ll}[\p{L}-]*)['’]s?\s/u.exec(m.text)?.[1] : undefined;
    const words = [m.head, ...m.modifiers.filter((w) => w !== owner)];
    this.addRole(e, `\u0000${words.join(" ")}`, () => roleSet(new Set(words.map(fold))));
  }
}

/** The seats of a body's bureau, which are held by as many people: a president is not its secretary nor its treasurer. */
const BUREAU_SEATS = new Set(["president", "vice-president", "vice-présidente", "secretary", "treasurer", "trésorier", "trésorière"].map(headKey));

/** Whether `head` is a bureau's seat and `e` holds another one. */
function otherSeat(e: Entity, head: string): boolean {
  if (!BUREAU_SEATS.has(head)) return false;
  for (const key of e.track.rolesByHead.keys()) if (key !== head && BUREAU_SEATS.has(key)) return true;
  return false;
}

/** Whether `e` holds a stated role none of whose heads is `head`. */
function otherRole(e: Entity, head: string): boolean {
  return e.track.rolesByHead.size > 0 && !e.track.rolesByHead.has(head);
}

/** Last words of a company's name it is often called without ("SkyWest Airlines" is "SkyWest"); not "Trump Organization". */
const TRADING_WORDS = new Set(["airlines", "airways", "motors", "pharmaceuticals", "telecom", "foods", "railways", "bank", "banque", "energy"]);

/** Whether `text` holds a capitalised word that is one of `e`'s names: "Cet ami d'enfance de Paul Garnier" names Garnier. */
function namesIn(text: string, e: Entity): boolean {
  for (const w of text.match(/\p{Lu}[\p{L}’'-]*/gu) ?? []) if (e.keys.has(fold(w))) return true;
  return false;
}

/** How many events of others a demonstrative description reaches past to the one it points back to. */
const ASIDE_EVENTS = 5;

/** How far back, in characters, the two people "le premier" and "le second" choose between were named. */
const FORMER_REACH = 400;

/** Reporting verbs that carry on what was said rather than answer it. */
const GOES_ON = new Set([
  "said", "says", "added", "adds", "explained", "noted", "stressed", "indicated", "continued", "told",
  "indiqué", "indique", "précisé", "précise", "ajouté", "ajoute", "expliqué", "explique", "souligné", "souligne",
  "poursuivi", "poursuit", "déclaré", "déclare", "affirmé", "affirme", "assuré", "assure", "dit",
]);

/** The last word of a cue, lowercase, without an inverted pronoun: "a-t-il ajouté" → "ajouté". */
function lastWord(cue: string): string {
  const words = cue.toLowerCase().split(/\s+/u);
  return (words[words.length - 1] ?? "").replace(/-t?-?(?:il|elle|ils|elles|on)$/u, "");
}

/** An office with what it is of: "le procureur de la République de Paris", "le candidat Les Républicains", "the CEO of Acme", "Luxembourg’s foreign minister". */
const SPELLED_OUT_OFFICE = /\s(?:de|du|des|of|d[’'])\s*(?:la\s+|le\s+|les\s+|l[’']\s*|the\s+)?\p{Lu}|\s(?:Les\s+\p{Lu}|\p{Lu}{2,}\b)|^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*['’]s\s/u;

/** A description a definite article or a possessor opens: "the climate minister", "New Zealand’s climate minister". */
const DEFINITE_DESCRIPTION = /^(?:the|le|la|l['’]|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*['’]s)\s/iu;

/**
 * Whether `p` states a role of the head of one of `d`'s that says no more than it: "the minister" or
 * "New Zealand’s climate minister" may be "the climate minister"; "the head of Public Health England"
 * is not "the chief executive of the UK Health Security Agency".
 */
function sharesRole(d: Entity, p: Entity): boolean {
  const rest = (r: RoleSet, head: string) => [...r.words].filter((w) => headKey(w) !== head && !LINK_WORDS.has(w));
  for (const [head, rs] of d.track.rolesByHead) {
    const theirs = p.track.rolesByHead.get(head);
    if (theirs === undefined) continue;
    for (const r of rs) {
      const mods = rest(r, head);
      if (mods.length === 0 || theirs.some((t) => { const own = rest(t, head); return own.length > 0 && own.every((w) => mods.includes(w)); })) return true;
    }
  }
  return false;
}

/** Whether `e` is an indefinite description with no name, as a lede gives its source ("A British cabinet minister"). */
export function isLede(e: Entity): boolean {
  return e.described && INDEFINITE_ROLE.test(e.name);
}

/** `e`, now known to be a person if its kind was unknown: something said of it only a person does. */
export function asPerson(e: Entity): Entity {
  if (e.type === "unknown") {
    e.type = "person";
    e.inferred = true;
  }
  return e;
}

/** Whether a company noun ("l’opérateur", "the firm") was said of `e`. */
function companyNamed(e: Entity): boolean {
  for (const h of e.track.rolesByHead.keys()) if (COMPANY_HEADS.has(h)) return true;
  return false;
}

/** Bodies that are no company: "le syndicat Sud" is not what "l’entreprise" means. */
const NOT_COMPANIES = new Set(["union", "syndicat", "coalition", "ong", "association", "organisation", "organization", "organisme", "charity", "trust"]);

/** Head keys of the company nouns (roles are kept by head key: "company" and "firm" share one). */
const COMPANY_HEADS = new Set([...GENERIC_ORGS, ...KIND_ORGS].filter((w) => !NOT_COMPANIES.has(w)).map(headKey));

/** `e`, now known to be an organisation if its kind was unknown: a company noun stood for it. */
function asOrganisation(e: Entity | null): Entity | null {
  if (e !== null && e.type === "unknown") e.type = "organisation";
  return e;
}

/** A person, or a lone first name of unknown kind ("Dominique, 74 ans"): not a word a sentence opened on, nor "Moulay Brahim". */
function personOrFirstName(e: Entity): boolean {
  return e.type === "person" || (e.type === "unknown" && !e.name.includes(" ") && e.name.split("-").every(isFirstName));
}

/** A definite description's words past its article, folded: "the health board" is "health board". */
function kindOf(description: string): string {
  return withoutArticle(fold(description));
}

/** A folded text without the article it opens with. */
function withoutArticle(folded: string): string {
  const m = /^(?:the |la |le |les |l[’'] ?)/u.exec(folded);
  return m === null ? folded : folded.slice(m[0].length);
}

/**
 * Whether an organisation's folded name is of the folded `kind` a definite description says: "University
 * Health Board" is "the health board", "Préfecture de police de Paris" "la préfecture". The description's
 * words end the name, or open it.
 */
function namesKind(name: string, kind: string): boolean {
  if (name.length <= kind.length) return name === kind || withoutArticle(name) === kind;
  if (name.endsWith(` ${kind}`)) return true;
  const full = withoutArticle(name);
  return full === kind || full.startsWith(`${kind} `);
}

/** Endings of French nouns of one gender: l’association, l’agence, la municipalité; l’établissement, l’hôpital. */
const FEMININE_ENDING_FR = /(?:tion|sion|ité|ure|ance|ence|ie|ée|ise|ade|ude|ette|elle)$/u;
const MASCULINE_ENDING_FR = /(?:ment|age|isme|eau|al|at|oir)$/u;

/** The gender of the noun an elided article opens a description on ("l’association des amis…"), or null. */
function elidedGender(description: string): Gender | null {
  const m = /^l[’']\s*(\p{L}+)/iu.exec(description);
  const noun = m?.[1]?.toLowerCase();
  if (noun === undefined) return null;
  return FEMININE_ENDING_FR.test(noun) ? "female" : MASCULINE_ENDING_FR.test(noun) ? "male" : null;
}

/** A person, or a name of unknown kind a first name or a pronoun gave a gender ("Laurent", "Regragui … il"). */
function gendered(e: Entity): boolean {
  return e.type === "person" || (e.type === "unknown" && e.gender !== null);
}

/** Whether one of an entity's stated roles has the plural of `noun` for its complement: "capitaine des pompiers" for "pompier". */
function ofTheirBody(e: Entity, noun: string): boolean {
  for (const roles of e.track.rolesByHead.values()) for (const r of roles) if (r.words.has(`${noun}s`) || r.words.has(`${noun}x`)) return true;
  return false;
}

/** Whether one of an entity's stated roles is of `domain`. */
function holdsField(e: Entity, domain: string): boolean {
  for (const key of e.track.rolesByHead.keys()) if (roleDomain(key) === domain) return true;
  return false;
}

/**
 * Whether a role mention may stand for `e` by what the text stated of it: one of its titles ("le maire" for
 * "le maire, Jean Roy"), another title of the same field ("la ministre" for "la députée"), or the word for anyone
 * elected for one holding an office of politics or a party's label ("l’élu" for "adjoint au commerce").
 */
export function mayBeCalled(e: Entity, m: Mention): boolean {
  if (m.head === null) return false;
  const head = headKey(m.head);
  if (e.track.rolesByHead.has(head)) return true;
  if (ANY_ELECTED.has(fold(m.head))) return holdsField(e, "politics") || holdsParty(e);
  const domain = roleDomain(head);
  return domain !== null && holdsField(e, domain);
}

/** Whether an entity's stated role is a party's member: "le socialiste Serge Merillou". */
function holdsParty(e: Entity): boolean {
  for (const key of e.track.rolesByHead.keys()) if (PARTIES.has(key)) return true;
  return false;
}

/** Party words as role keys are: folded ("écologiste" is "ecologiste"). */
const PARTIES = new Set([...PARTY_WORDS].map(fold));

/** Whether any of an entity's stated roles belongs to a field the lexicon knows. */
function holdsAnyField(e: Entity): boolean {
  for (const key of e.track.rolesByHead.keys()) if (roleDomain(key) !== null) return true;
  return false;
}

/**
 * Whether an entity's stated roles rule out `head` as another name for it: for a title of a known field, a
 * title of another known field ("Le ministre Hervé Blanc" is no "éleveur", but "Propriétaire de terrain…,
 * Pierre-Yves Lemoine" may be); for any other title, any other title ("Son fournisseur" is no "marchand").
 */
/** The words of an age after its number: "de 34 ans", "of 52 years". */
const YEARS = new Set(["ans", "an", "years", "year"]);
/** A description cut before its age's noun: "le jeune agriculteur de 34". Not "the Under 21 coach". */
const AGE_CUT = /\bde \d{1,3}$/u;

function otherField(e: Entity, head: string): boolean {
  const domain = roleDomain(head);
  if (domain === null) return otherRole(e, head);
  return otherRole(e, head) && !holdsField(e, domain) && holdsAnyField(e);
}

/** Whether an entity's stated roles leave it free to hold one of `domain` (none stated, or one of that field). */
/** A complement that names an organisation: "de la CAQ", "of Ofcom". */
const NAMED_COMPLEMENT = /(?:\bde|\bdu|\bdes|\bof|\bd[’'])\s*(?:la\s+|le\s+|les\s+|l[’']\s*|the\s+)?\p{Lu}/u;

/**
 * Fields whose titles one person is called by in turn ("producteur de miel", then "l’apiculteur"). Not
 * medicine nor teaching, whose titles are ranks or specialities: the physician is not the surgeon.
 */
const SYNONYM_FIELDS = new Set(["farming", "firefighting", "studying", "childhood"]);

/** Fields whose people a story does not call by a title of no known field ("the manager", "le chef"). */
const UNTITLED_FIELDS = ["playing", "studying", "defendant"];

function sameField(e: Entity, domain: string | null): boolean {
  if (domain === null) return true;
  let fields = 0;
  for (const key of e.track.rolesByHead.keys()) {
    const d = roleDomain(key);
    if (d === domain) return true;
    if (d !== null) fields++;
  }
  return fields === 0;
}

function orgFromRole(role: string): string | null {
  const m = /(?:\bof|\bfor|\bat|\bde|\bdu|\bdes)\s+(?:the\s+|la\s+|l['’]\s*)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of|for|&|de)?\s*\p{Lu}[\p{L}\p{N}'’-]*)*)\s*$/u.exec(role);
  return m?.[1] ?? null;
}

/** The speaker shown to readers: canonical name, the text's role when it states one. */
export function speakerOf(e: Entity): Speaker {
  const role = e.textRole ?? e.person?.role ?? null;
  const institution = e.described && e.type === "organisation" && !e.plural ? institutionName(e.name) : null;
  if (institution !== null) return { id: slug(institution), name: institution, type: "organisation", role: null, organisation: null };
  const speaker: Speaker = {
    id: e.person?.id ?? slug(e.name),
    name: e.name,
    type: e.type === "organisation" ? "organisation" : "person",
    role,
    organisation: e.person?.organisation ?? (e.textRole !== null ? orgFromRole(e.textRole) : null),
  };
  return e.described ? { ...speaker, unnamed: true } : speaker;
}

/** How long a word must be for another spelling of its vowels to be the same name. */
const VARIANT_LENGTH = 5;

/** Whether two different words of one length have the same first letter and the same consonants in the same places. */
function vowelVariant(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a[0] !== b[0]) return false;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i] && !(VOWELS.has(a[i] ?? "") && VOWELS.has(b[i] ?? ""))) return false;
  return true;
}
const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);

/** A one-word name no first-name list holds, or one a woman's title is on that the women's list lacks (see `named`). */
function familyNameAlone(m: Pick<Mention, "text" | "gender">): boolean {
  return !m.text.includes(" ") && (!isFirstName(m.text) || (m.gender === "female" && !FEMALE_FIRST.has(m.text.toLowerCase())));
}



/** Two to five capitals: a body's initials. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Whether the capitalised words of `name`, two or more, are exactly the letters of `acronym`: "British Airways" and BA. */
function spells(name: string, acronym: string): boolean {
  const words = name.split(/[\s’'-]+/u);
  // "Bank of America" would be BoA: a name with a link word inside spells no plain initials.
  if (words.some((w) => /^\p{Ll}/u.test(w))) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  return capitals.length >= 2 && capitals.length === acronym.length && capitals.every((w, i) => fold(w)[0] === fold(acronym[i] ?? ""));
}

/**
 * Whether `acronym` is made of the initials of `name`'s words, in order, some words skipped
 * ("Human Rights Watch" → HRW, "Organisation mondiale de la santé" → OMS).
 */
export function initialsOf(name: string, acronym: string): boolean {
  // "DfE", "MoJ": a function word's initial may stay lowercase; "Unaf", "Unesco": French writes some as words.
  if (!/^\p{Lu}\p{L}{1,5}$/u.test(acronym) || ((acronym.match(/\p{Lu}/gu)?.length ?? 0) < 2 && acronym.length < 3)) return false;
  const initials = name.split(/[\s’'-]+/u).filter((w) => w.length > 0).map((w) => fold(w)[0] ?? "");
  const letters = fold(acronym);
  if (initials[0] !== letters[0]) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length;
}
