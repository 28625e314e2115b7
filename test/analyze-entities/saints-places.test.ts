// A saint's name, its possessive and a place's or institution's head word: one name (possessive-names.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const found = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe("a saint's place", () => {
  it('is one name typed by its head word', () => {
    expect(found("Crowds gathered in St. Peter's Square on Sunday.")).toEqual(["St. Peter's Square (FAC)"]);
    expect(found("She was taken to St Mary's Hospital in London.")).toEqual([
      "St Mary's Hospital (ORG)",
      'London (GPE)',
    ]);
  });

  it('needs the saint’s title and a head word', () => {
    expect(found("St. Peter's fans cheered.")).not.toContain("St. Peter's fans (FAC)");
    expect(found("Crowds gathered in Peter's Square.").some((n) => n.startsWith("Peter's"))).toBe(false);
  });
});
