import { describe, expect, it } from "vitest";
import { RangeTable, hashRange, hashStep } from "../../src/pipeline/range-table.ts";

describe("RangeTable", () => {
  it("hashRange: the hash hashStep builds unit by unit", () => {
    let h = 0;
    for (const c of "déclaré") h = hashStep(h, c.charCodeAt(0));
    expect(hashRange("il a déclaré", 5, 12)).toBe(h);
  });

  it("get: finds a key by its place in a larger text, without slicing it", () => {
    const table = new RangeTable<number>(100);
    table.set("said", hashRange("said", 0, 4), 1);
    table.set("told", hashRange("told", 0, 4), 2);
    const text = "she said she told";
    expect(table.get(text, 4, 8, hashRange(text, 4, 8))).toBe(1);
    expect(table.get(text, 13, 17, hashRange(text, 13, 17))).toBe(2);
    expect(table.get(text, 0, 3, hashRange(text, 0, 3))).toBeUndefined();
  });

  it("get: keys with the same hash are told apart by their text", () => {
    const table = new RangeTable<string>(100);
    // Every key is stored under hash 7: only the comparison can tell them apart.
    for (const k of ["ab", "ba", "abc", "xy"]) table.set(k, 7, k.toUpperCase());
    for (const k of ["ab", "ba", "abc", "xy"]) expect(table.get(`(${k})`, 1, 1 + k.length, 7)).toBe(k.toUpperCase());
    expect(table.get("zz", 0, 2, 7)).toBeUndefined();
  });

  it("set: grows past its first size, and keeps no more than its limit", () => {
    const table = new RangeTable<number>(5000);
    for (let i = 0; i < 6000; i++) table.set(`w${i}`, hashRange(`w${i}`, 0, `w${i}`.length), i);
    expect(table.size).toBe(5000);
    for (const i of [0, 1234, 4999]) expect(table.get(`w${i}`, 0, `w${i}`.length, hashRange(`w${i}`, 0, `w${i}`.length))).toBe(i);
    expect(table.get("w5500", 0, 5, hashRange("w5500", 0, 5))).toBeUndefined();
  });
});
