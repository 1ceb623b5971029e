import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcMonth, utcYear } from "d3-time";

/** The period the site covers: from Musk's purchase of Twitter to the end of 2024. */
export const DOMAIN: readonly [string, string] = ["2022-10-01", "2025-01-01"];

/** dayOf('2022-11-05') is midnight UTC on that day: calendar days, never local time. */
export function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The time scale of the chart, from the covered period to `[x0, x1]` pixels. */
export function timeScale(x0: number, x1: number, domain: readonly [string, string] = DOMAIN): ScaleTime<number, number> {
  return scaleUtc().domain([dayOf(domain[0]), dayOf(domain[1])]).range([x0, x1]);
}

export interface Tick {
  x: number;
  /** YYYY-MM-DD of the tick. */
  date: string;
  label: string;
  /** Year ticks are drawn stronger than month ticks. */
  major: boolean;
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/**
 * Axis ticks for a scale: every year, and months as often as `minGap` pixels allow (every 1, 3 or
 * 6 months). Labels are English month abbreviations, and the year on January.
 */
export function ticksOf(scale: ScaleTime<number, number>, minGap = 44): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const monthWidth = Math.abs(scale(utcMonth.offset(d0, 1)) - scale(d0));
  const step = [1, 3, 6, 12].find((s) => s * monthWidth >= minGap) ?? 12;
  const months = utcMonth.every(step)?.range(utcMonth.ceil(d0), utcMonth.offset(d1, 1)) ?? [];
  const years = new Set(utcYear.range(utcYear.ceil(d0), utcMonth.offset(d1, 1)).map((d) => d.getTime()));
  return months
    .filter((d) => d.getTime() <= d1.getTime())
    .map((d) => ({
      x: scale(d),
      date: d.toISOString().slice(0, 10),
      label: d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : MONTH.format(d),
      major: years.has(d.getTime()),
    }));
}
