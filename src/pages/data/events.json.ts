import type { APIRoute } from "astro";
import { allArticles } from "../../lib/content.ts";
import { contextEvents } from "../../data/context-events.ts";
import { TimelineEvent } from "../../schema/event.ts";
import { allEvents } from "../../timeline/all-events.ts";

/**
 * Every timeline event in time order, exactly in the `TimelineEvent` shape (src/schema/event.ts),
 * checked before it is written. An event is at `/timeline/#<id>`; a piece of evidence at
 * `/articles/<article>/#<anchor>` (under the base path).
 */
export const GET: APIRoute = async () => {
  const views = allEvents((await allArticles()), contextEvents);
  const events = TimelineEvent.array().parse(views.map((v) => v.event));
  return new Response(`${JSON.stringify(events, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
