// A role or title the title list lacks, before a given name (role-words.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const people = (doc: ReturnType<typeof analyzeText>) =>
  doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);

describe('a role word before a given name', () => {
  it('is no part of the person’s name', () => {
    expect(people(analyzeText('In May, NASA Administrator Jim Bridenstine said the moon was necessary.'))).toEqual([
      'Jim Bridenstine',
    ]);
    expect(
      people(analyzeText('He was told by former National Security Adviser John Bolton that it was wrong.')),
    ).toEqual(['John Bolton']);
  });

  it('keeps a given name and a word of another first sense', () => {
    expect(people(analyzeText('Attorney General William Barr put Kathleen Hawk Sawyer in charge.'))).toContain(
      'Kathleen Hawk Sawyer',
    );
  });
});
