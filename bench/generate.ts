/**
 * The synthetic newsroom: N seeds made by recombining the real seeds' paragraphs with other names,
 * dates, publishers and quotations, in English and French (one in five). Seeded, so the same N
 * always gives byte-identical files on every machine.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { random, seedParagraphs } from "./corpus.ts";

const FIRST = ["Ada", "Marta", "Jonas", "Priya", "Tomás", "Claire", "Hiroshi", "Nadia", "Olga", "Kwame", "Sofia", "Rafael", "Ingrid", "Mehdi", "Lucía", "Pieter", "Amara", "Yusuf", "Elena", "Bruno", "Hana", "Mateo", "Zofia", "Idris"];
const LAST = ["Okafor", "Lindqvist", "Weber", "Raman", "Ortega", "Dubois", "Tanaka", "Benali", "Novak", "Mensah", "Rossi", "Costa", "Berg", "Haddad", "Moreno", "Janssen", "Diallo", "Kaya", "Petrova", "Lefèvre", "Sato", "Silva", "Kowalska", "Farouk"];
const ROLES_EN = ["the commissioner for digital affairs", "a senior regulator", "the minister for technology", "the head of a rights group", "a company spokesperson", "the committee chair"];
const ROLES_FR = ["commissaire au numérique", "une haute responsable du régulateur", "ministre chargé du numérique", "présidente d’une ONG", "porte-parole de l’entreprise", "président de la commission"];
const PUBLISHERS = ["The Daily Ledger", "Courrier du Soir", "Metro Wire", "The Civic Post", "La Gazette numérique", "Northern Standard"];
const TOPICS_EN = ["content moderation", "election misinformation", "hate speech", "platform transparency", "child safety", "algorithmic amplification"];
const TOPICS_FR = ["la modération des contenus", "la désinformation électorale", "les discours de haine", "la transparence des plateformes", "la protection des mineurs"];
const CLAIMS_EN = ["Platforms must answer for what their systems amplify", "We will not accept a legal void online", "The rules apply to every company, whatever its size", "Free speech is not a free pass", "Users deserve to know why a post was removed", "We expect a full answer within weeks", "Transparency is the price of operating here", "This is a test of whether the law has teeth"];
const CLAIMS_FR = ["Les plateformes doivent répondre de ce que leurs algorithmes amplifient", "Nous n’accepterons pas un vide juridique en ligne", "Les règles s’appliquent à toutes les entreprises", "La liberté d’expression n’est pas un blanc-seing", "Nous attendons une réponse complète sous quelques semaines", "La transparence est le prix à payer pour opérer ici"];
const DAYS_EN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"];
const DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
/** Names in the real seeds that the synthetic articles replace. */
const REAL = /\b(?:Elon Musk|Ant[oó]nio Guterres|Volker Türk|Emmanuel Macron|Gill Whitehead|Heidi Alexander|Jonathan Greenblatt|Musk|Guterres|Türk|Macron|Whitehead|MacKenzie|Greenblatt|Robinson|Johnson)\b/g;

const DAY_MS = 86_400_000;
const FROM = Date.UTC(2022, 9, 1);
const SPAN_DAYS = 820; // to the end of December 2024

export interface Corpus {
  dir: string;
  articles: number;
  french: number;
  bytes: number;
}

/** Writes `count` seeds (and a sidecar for four in five) into `dir`, replacing what was there. */
export function generateCorpus(dir: string, count: number, seed = 2026): Corpus {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paragraphs = seedParagraphs();
  let french = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const rnd = random(seed * 100_003 + i);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
    const fr = rnd() < 0.2;
    if (fr) french += 1;
    const speakers = [0, 1, 2].map(() => `${pick(FIRST)} ${pick(LAST)}`);
    const main = speakers[0] as string;
    const day = new Date(FROM + Math.floor(rnd() * SPAN_DAYS) * DAY_MS).toISOString().slice(0, 10);
    const topic = pick(fr ? TOPICS_FR : TOPICS_EN);
    const title = fr ? `Dépêche ${i + 1} : ${main} interpelle les plateformes sur ${topic}` : `Dispatch ${i + 1}: ${main} presses platforms over ${topic}`;
    const body: string[] = [];
    const n = 4 + Math.floor(rnd() * 5);
    for (let k = 0; k < n; k++) {
      body.push(pick(fr ? paragraphs.fr : paragraphs.en).replace(REAL, (m) => {
        const who = pick(speakers);
        return m.includes(" ") ? who : (who.split(" ")[1] as string);
      }));
      if (k === 0 || k === n - 2) {
        const who = pick(speakers);
        const claim = `${pick(fr ? CLAIMS_FR : CLAIMS_EN)}${rnd() < 0.5 ? "" : fr ? ", et nous le dirons encore" : ", and we will say it again"}`;
        body.push(fr
          ? `« ${claim} », a déclaré ${who}, ${pick(ROLES_FR)}, ${pick(DAYS_FR)}.`
          : `"${claim}," ${who}, ${pick(ROLES_EN)}, said ${pick(DAYS_EN)}.`);
      }
    }
    const text = `${title}\n\n${body.join("\n\n")}\n`;
    const name = `${String(i).padStart(5, "0")}-synthetic`;
    writeFileSync(join(dir, `${name}.txt`), text);
    bytes += Buffer.byteLength(text);
    if (rnd() < 0.8) {
      const yaml = `published: ${day}\nsource:\n  publisher: ${pick(PUBLISHERS)}\n`;
      writeFileSync(join(dir, `${name}.yaml`), yaml);
      bytes += Buffer.byteLength(yaml);
    }
  }
  return { dir, articles: readdirSync(dir).filter((f) => f.endsWith(".txt")).length, french, bytes };
}
