// The name shown for a quote's speaker in the CLI, the store and the workbench.
import { describe, expect, it } from 'vitest';
import { speakerName } from '../../src/record/speaker-name.js';

describe('speakerName', () => {
  const writer = { entity: null, text: 'I', span: [40, 41] as [number, number] };
  it("names the byline's authors for the writer's own first person", () => {
    expect(speakerName({ ...writer, authors: ['Jane Roe', 'Sam Poe'] }, undefined)).toBe('Jane Roe, Sam Poe');
  });
  it('keeps the words when the byline names no one, and prefers an entity', () => {
    expect(speakerName({ ...writer, authors: [] }, undefined)).toBe('I');
    expect(speakerName({ ...writer, authors: ['Jane Roe'] }, 'Jane A. Roe')).toBe('Jane A. Roe');
  });
});
