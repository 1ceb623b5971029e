import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { TimelineEvent } from "../../src/schema/event.ts";
import { page, squash } from "../helpers/html.ts";
import { readSiteFile, site } from "../helpers/site.ts";

const events = TimelineEvent.array().parse(JSON.parse(readSiteFile(site.main, "data/events.json")));
const timeline = page(site.main, "/timeline/");
const home = page(site.main, "/");

/** Whether a site-relative link lands on an element with its fragment as id. */
function lands(href: string): boolean {
  const [path, id] = href.split("#");
  if (!path?.startsWith("/") || !id) return false;
  return page(site.main, path).getElementById(decodeURIComponent(id)) !== null;
}

/** The module a page loads and every chunk it imports, as paths under the site. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readSiteFile(site.main, entry.replace(/^\//, ""));
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(new URL(m[1] as string, `http://x${entry}`).pathname, seen);
  }
  return seen;
}

describe("/timeline/ and /data/events.json", () => {
  it("events.json lists every event once, in time order, seed and context events both", () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.map((e) => e.date.start)).toEqual([...events.map((e) => e.date.start)].sort());
    expect(events.filter((e) => e.context).map((e) => e.id)).toEqual(["event-eu-designates-twitter-vlop", "event-eu-opens-dsa-proceedings", "event-eu-preliminary-findings"]);
    expect(events.filter((e) => !e.context).length).toBeGreaterThanOrEqual(10);
  });

  it("the page shows every event twice without JavaScript: a mark in the SVG and an item of the ordered list", () => {
    const items = timeline.querySelectorAll("ol.tl-list > li");
    expect(items.map((li) => li.id)).toEqual(events.map((e) => e.id));
    const marks = timeline.querySelectorAll("svg.tl-svg a.tl-mark");
    expect(marks.map((a) => a.getAttribute("href")).sort()).toEqual(events.map((e) => `#${e.id}`).sort());
    for (const a of marks) expect(squash(a.querySelector("text")?.textContent ?? "").length).toBeGreaterThan(3);
  });

  it("events the seeds report are on their verified dates on the page, with their provenance shown", () => {
    const verified: Record<string, string> = {
      "event-musk-completes-purchase": "2022-10-27", "event-civil-rights-call-with-musk": "2022-11-01", "event-turk-open-letter": "2022-11-05",
      "event-macron-meets-musk": "2022-12-02", "event-musk-step-down-poll": "2022-12-18/2022-12-19", "event-guterres-press-conference": "2022-12-19",
      "event-eu-designates-twitter-vlop": "2023-04-25", "event-eu-opens-dsa-proceedings": "2023-12-18", "event-eu-preliminary-findings": "2024-07-12",
      "event-musk-civil-war-post": "2024-08-04", "event-ofcom-open-letter": "2024-08-07",
    };
    for (const [id, datetime] of Object.entries(verified)) {
      const li = timeline.getElementById(id);
      // A span of days is two <time> elements, its first and last day (HTML's datetime takes no range).
      expect(li?.querySelector(".tl-when")?.querySelectorAll("time").map((t) => t.getAttribute("datetime")).join("/"), id).toBe(datetime);
      expect(squash(li?.querySelector(".tl-provenance")?.textContent ?? "").length, id).toBeGreaterThan(10);
    }
    expect(squash(timeline.getElementById("event-turk-open-letter")!.querySelector(".tl-provenance")!.textContent)).toBe("Date worked out from “on Saturday” in an article dated 6 November 2022.");
    expect(timeline.getElementById("event-civil-rights-call-with-musk")!.querySelector(".tl-provenance")!.textContent).toContain("“mardi”");
  });

  it("every evidence link and every event link resolves to an element with that id", () => {
    const links = [
      ...timeline.querySelectorAll(".tl-list .tl-evidence a[href]"),
      ...timeline.querySelectorAll("svg a.tl-mark"),
      ...home.querySelectorAll("a[href*='#event-'], a[href*='#term-'], .key-quotes a[href]"),
    ].map((a) => a.getAttribute("href") ?? "");
    expect(links.length).toBeGreaterThan(60);
    const broken = links.map((h) => (h.startsWith("#") ? `/timeline/${h}` : h)).filter((h) => !lands(h));
    expect(broken).toEqual([]);
    for (const e of events) for (const ev of e.evidence) expect(lands(`/articles/${ev.article}/#${ev.anchor}`), `${e.id} ${ev.anchor}`).toBe(true);
  });

  it("the home page's compact chart links each event to the full timeline", () => {
    const marks = home.querySelectorAll("svg.tl-svg a.tl-mark");
    expect(marks.map((a) => a.getAttribute("href")).sort()).toEqual(events.map((e) => `/timeline/#${e.id}`).sort());
    expect(home.querySelectorAll(".article-list li")).toHaveLength(5);
  });

  it("context events show their external source and say they are context", () => {
    for (const e of events.filter((x) => x.context)) {
      const li = timeline.getElementById(e.id)!;
      expect(li.querySelector(".tl-provenance a[href^='https://ec.europa.eu/']"), e.id).not.toBeNull();
      expect(squash(li.textContent)).toContain("context");
    }
  });

  it("the timeline, home and glossary pages have no inline script, and nothing loads from another host", () => {
    for (const url of ["/timeline/", "/", "/glossary/"]) {
      const html = page(site.main, url);
      expect(html.querySelectorAll("script:not([src])").filter((s) => s.getAttribute("type") !== "application/ld+json"), url).toEqual([]);
      for (const el of html.querySelectorAll("script[src], link[href][rel=stylesheet], img[src]")) {
        expect(el.getAttribute("src") ?? el.getAttribute("href"), url).toMatch(/^\//);
      }
    }
  });

  it("the timeline's client JavaScript is at most 30 KB gzipped, d3 modules included", () => {
    const island = timeline.querySelectorAll("script[src]").map((s) => s.getAttribute("src") ?? "").filter((s) => /\/Timeline\./.test(s));
    expect(island).toHaveLength(1);
    const files = [...moduleGraph(island[0] as string)];
    const gzipped = files.reduce((n, f) => n + gzipSync(readFileSync(join(site.main, f))).length, 0);
    console.info(`timeline island: ${files.length} file(s), ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(30 * 1024);
  });

  it("the SVG the build draws matches its snapshot", async () => {
    const svg = timeline.querySelector("svg.tl-svg")!.outerHTML.replace(/></g, ">\n<");
    await expect(`${svg}\n`).toMatchFileSnapshot("../fixtures/timeline/timeline.svg");
  });

  it("the glossary has an entry for each institution and law the brief names", () => {
    const glossary = page(site.main, "/glossary/");
    for (const id of ["term-ofcom", "term-online-safety-act", "term-christchurch-call", "term-ohchr", "term-chamber-of-progress", "term-naacp", "term-anti-defamation-league"]) {
      expect(glossary.getElementById(id), id).not.toBeNull();
    }
  });
});
