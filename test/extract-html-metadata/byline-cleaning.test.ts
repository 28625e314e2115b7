// cleanAuthors cases met in HTML bylines: desk bylines, page widgets read with the byline.
import { describe, expect, it } from 'vitest';
import { cleanAuthors, isDeskByline } from '../../src/extract/authors.js';

describe('cleanAuthors on HTML bylines', () => {
  it('keeps a desk byline when no person is named', () => {
    expect(cleanAuthors('Podium Staff')).toEqual(['Podium Staff']);
    expect(cleanAuthors('By The Currency editors')).toEqual(['The Currency editors']);
  });
  it('prefers a person over a desk in the same byline', () => {
    expect(cleanAuthors(['Podium Staff', 'By Jane Roe'])).toEqual(['Jane Roe']);
  });
  it('does not read names out of widget text after a non-name field', () => {
    const names = cleanAuthors(
      'TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025, 21:47 IST Share AA + Text Size Small Medium Large',
    );
    expect(names).not.toContain('Share AA');
    expect(names).not.toContain('Text Size Small Medium Large');
  });
  it('still takes the name after an outlet field', () => {
    expect(cleanAuthors('The Moscow Times | Jane Doe')).toEqual(['Jane Doe']);
  });
  it('rejects widget labels as names', () => {
    expect(cleanAuthors('Full Bio')).toEqual([]);
    expect(cleanAuthors('Sign In')).toEqual([]);
  });
  it('tells desks from people', () => {
    expect(isDeskByline('Resy Staff')).toBe(true);
    expect(isDeskByline('Jane Staffordshire')).toBe(false);
    expect(isDeskByline('we love our team')).toBe(false);
  });
  it('drops the connector of a date cut from a "Posted by" line', () => {
    expect(cleanAuthors('Posted by David at December 16, 2025 11:15 AM')).toEqual(['David']);
    expect(cleanAuthors('Posted by Jane Doe on March 3, 2022')).toEqual(['Jane Doe']);
  });
  it('ends the name where "on behalf of" names the group', () => {
    expect(cleanAuthors('Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group')).toEqual(['Niko Matsakis']);
  });
  it('cuts a job title written after the name without a separator', () => {
    expect(cleanAuthors('By Keith Barry Senior Autos Reporter')).toEqual(['Keith Barry']);
    expect(cleanAuthors('Jane Roe Chief Economist')).toEqual(['Jane Roe']);
  });
  it('does not take a job title alone for a name', () => {
    expect(cleanAuthors('Event Coordinator')).toEqual([]);
    expect(cleanAuthors('By Content Marketing Specialist')).toEqual([]);
    expect(cleanAuthors('Enterprise Sales Executive')).toEqual([]);
  });
  it('reads the name from an author archive link label', () => {
    expect(cleanAuthors('View all posts by Maureen Salamon')).toEqual(['Maureen Salamon']);
    expect(cleanAuthors('More articles by Peter Bell')).toEqual(['Peter Bell']);
  });
  it('reads "Article by" as a lead-in', () => {
    expect(cleanAuthors('Article by Matias Heikkilä')).toEqual(['Matias Heikkilä']);
  });
});
