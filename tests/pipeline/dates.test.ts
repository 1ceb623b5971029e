import { describe, expect, it } from "vitest";
import { parseIsoDate, resolveWeekday } from "../../src/pipeline/dates.ts";

describe("resolveWeekday", () => {
  it.each([
    ["on Monday", "2022-12-20", "2022-12-19"],
    ["on Sunday evening", "2022-12-20", "2022-12-18"],
    ["On Wednesday", "2024-08-08", "2024-08-07"],
    ["on Tuesday", "2024-08-08", "2024-08-06"],
    ["mardi", "2022-11-02", "2022-11-01"],
    ["mercredi", "2022-11-02", "2022-11-02"],
    ["on Saturday", "2022-11-06", "2022-11-05"],
    ["on Friday", "2022-12-03", "2022-12-02"],
    ["yesterday", "2022-03-01", "2022-02-28"],
    ["hier", "2024-01-01", "2023-12-31"],
  ])("resolveWeekday(%j, %s) is %s", (expr, published, expected) => {
    expect(resolveWeekday(expr, published)).toBe(expected);
  });

  it("resolveWeekday without a weekday, or with a bad date, is null", () => {
    expect(resolveWeekday("last year", "2022-12-20")).toBeNull();
    expect(resolveWeekday("on Monday", "2022-02-30")).toBeNull();
  });
});

describe("parseIsoDate", () => {
  it("parseIsoDate rejects impossible days", () => {
    expect(parseIsoDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("20-1-1")).toBeNull();
  });
});
