import type { Person, Registry } from "../schema/person.ts";
import type { Speaker } from "../schema/quote.ts";
import type { Gender, Mention, MentionType } from "./mentions.ts";
import { fold, headKey, roleWords, slug } from "./names.ts";

/** A role's folded words, and the head keys they may match ("pdg" matches "ceo"). */
interface RoleSet {
  words: Set<string>;
  heads: Set<string>;
}

function roleSet(words: Set<string>): RoleSet {
  return { words, heads: new Set([...words].map(headKey)) };
}

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
  /** Folded single-word keys: surname, aliases. */
  keys: Set<string>;
  lastMention: number;
}

interface Event {
  pos: number;
  entity: Entity;
}

/** Roles learnt from role mentions stop accumulating past this (they repeat). */
const MAX_ROLES = 24;

/** How far back (in events) a pronoun or a role noun may look for its referent. */
const WINDOW = 12;

/**
 * The article's discourse state: who has been named, who was the subject or the speaker lately.
 * Fed in reading order; every lookup only sees what came before.
 */
export class Discourse {
  readonly entities: Entity[] = [];
  readonly events: Event[] = [];
  /** Registry entries by folded name and alias; the first entry claiming a key keeps it. */
  private readonly byKey = new Map<string, Person>();

  constructor(registry: Registry) {
    for (const p of registry) {
      for (const k of [p.name, ...p.aliases]) if (!this.byKey.has(fold(k))) this.byKey.set(fold(k), p);
    }
  }

  private fromRegistry(key: string): Person | null {
    return this.byKey.get(key) ?? null;
  }

  private create(name: string, type: MentionType, gender: Gender | null, person: Person | null): Entity {
    const display = person?.name ?? name;
    const e: Entity = {
      name: display, type: person === null ? type : person.type, gender: person?.gender ?? gender,
      textRole: null, roles: [], person, keys: new Set([fold(display)]), lastMention: -1,
    };
    const words = display.split(/\s+/);
    if (e.type !== "organisation" && words.length > 1) e.keys.add(fold(words[words.length - 1] ?? ""));
    for (const a of person?.aliases ?? []) e.keys.add(fold(a));
    for (const r of [...(person?.roles ?? []), person?.role ?? ""]) if (r !== "") e.roles.push(roleSet(roleWords(r)));
    this.entities.push(e);
    return e;
  }

  /**
   * The entity a name mention designates. Single words that match nothing are only created when
   * `force` is set (they are speakers), so sentence-initial capitals do not become people.
   */
  named(m: Pick<Mention, "text" | "type" | "gender" | "role">, pos: number, force: boolean): Entity | null {
    const key = fold(m.text.replace(/[’']s$/u, ""));
    let e: Entity | undefined;
    for (let k = this.entities.length - 1; k >= 0 && e === undefined; k--) {
      const c = this.entities[k] as Entity;
      if (c.keys.has(key)) e = c;
    }
    if (e === undefined) {
      const person = this.fromRegistry(key);
      if (person !== null) e = this.entities.find((c) => c.person === person);
      if (e === undefined) {
        if (person === null && !force && !m.text.includes(" ")) return null;
        e = this.create(m.text, m.type, m.gender, person);
      }
      e.keys.add(key);
    }
    if (e.gender === null && m.gender !== null) e.gender = m.gender;
    if (e.type === "unknown" && m.type !== "unknown") e.type = m.type;
    if (m.role !== null && m.role !== "") {
      e.textRole ??= m.role;
      if (e.roles.length < MAX_ROLES) e.roles.push(roleSet(roleWords(m.role)));
    }
    e.lastMention = Math.max(e.lastMention, pos);
    return e;
  }

  /** Record that `e` was the subject of a sentence or credited with words at `pos`. */
  event(e: Entity, pos: number): void {
    this.events.push({ pos, entity: e });
    e.lastMention = Math.max(e.lastMention, pos);
  }

  private recent(pos: number, ok: (e: Entity) => boolean): Entity | null {
    let seen = 0;
    for (let k = this.events.length - 1; k >= 0 && seen < WINDOW; k--) {
      const ev = this.events[k] as Event;
      if (ev.pos >= pos) continue;
      seen++;
      if (ok(ev.entity)) return ev.entity;
    }
    return null;
  }

  /** he/she/il/elle: the latest subject or speaker of that gender (unknown gender accepted, then learnt). */
  pronoun(gender: Gender, pos: number): Entity | null {
    const fits = (e: Entity) => e.type !== "organisation" && (e.gender === null || e.gender === gender);
    const e =
      this.recent(pos, fits) ??
      this.entities.filter((c) => fits(c) && c.type === "person" && c.lastMention >= 0 && c.lastMention < pos)
        .sort((a, b) => b.lastMention - a.lastMention)[0] ?? null;
    if (e !== null && e.gender === null) e.gender = gender;
    return e;
  }

  /**
   * A role noun phrase ("the UN chief", "le PDG", "the company"): the entity mentioned so far whose
   * known roles share the head noun, best modifier overlap first, then the most recent.
   */
  role(m: Mention, pos: number): Entity | null {
    if (m.head === null) return null;
    const head = headKey(m.head);
    const wantOrg = m.type === "organisation";
    let best: Entity | null = null;
    let bestScore = 0;
    let bestRecency = -1;
    const recency = new Map<Entity, number>();
    for (let k = Math.max(0, this.events.length - 200); k < this.events.length; k++) {
      const ev = this.events[k] as Event;
      if (ev.pos < pos) recency.set(ev.entity, k);
    }
    const mods = m.modifiers.map(fold);
    for (const e of this.entities) {
      if (e.lastMention < 0 || e.lastMention >= pos) continue;
      if (wantOrg !== (e.type === "organisation")) continue;
      if (m.gender !== null && e.gender !== null && m.gender !== e.gender) continue;
      let score = 0;
      for (const r of e.roles) {
        if (!r.heads.has(head)) continue;
        const overlap = mods.filter((w) => r.words.has(w)).length;
        score = Math.max(score, 1 + overlap);
      }
      const rec = (recency.get(e) ?? -1) * 1e9 + e.lastMention;
      if (score > bestScore || (score === bestScore && score > 0 && rec > bestRecency)) {
        best = e;
        bestScore = score;
        bestRecency = rec;
      }
    }
    if (best !== null || !wantOrg) return best;
    // "the company", "le groupe": the organisation named last.
    const orgLike = (e: Entity) => e.type === "organisation" || (e.type === "unknown" && e.gender === null && !e.name.includes(" "));
    return this.entities.filter((e) => orgLike(e) && e.lastMention >= 0 && e.lastMention < pos)
      .sort((a, b) => b.lastMention - a.lastMention)[0] ?? null;
  }

  /** Remember the role a role mention gave an entity (`the UN rights chief` is Türk's). */
  learnRole(e: Entity, m: Mention): void {
    if (m.head !== null && e.roles.length < MAX_ROLES) e.roles.push(roleSet(new Set([m.head, ...m.modifiers].map(fold))));
  }
}

function orgFromRole(role: string): string | null {
  const m = /(?:\bof|\bfor|\bat|\bde|\bdu|\bdes)\s+(?:the\s+|la\s+|l['’]\s*)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of|for|&|de)?\s*\p{Lu}[\p{L}\p{N}'’-]*)*)\s*$/u.exec(role);
  return m?.[1] ?? null;
}

/** The speaker shown to readers: canonical name, the text's role when it states one. */
export function speakerOf(e: Entity): Speaker {
  const role = e.textRole ?? e.person?.role ?? null;
  return {
    id: e.person?.id ?? slug(e.name),
    name: e.name,
    type: e.type === "organisation" ? "organisation" : "person",
    role,
    organisation: e.person?.organisation ?? (e.textRole !== null ? orgFromRole(e.textRole) : null),
  };
}
