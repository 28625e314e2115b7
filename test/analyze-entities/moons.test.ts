// A moon the text calls one ("Saturn's moon Titan", "Callisto, one of Jupiter's moons") is a
// location off Earth (LOC, as the planets are), never a person or an organisation, and gets no point.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('moons', () => {
  it('types a moon named after the word "moon" as a location with no point, in every mention', () => {
    const doc = analyzeText(
      "Researchers mapped Saturn's moon Titan for the first time. Titan has lakes of methane, and " +
        'the probe will reach Titan in 2034, Amira Kolb said.',
    );
    expect(byName(doc, 'Titan')?.type).toBe('LOC');
    expect(byName(doc, 'Titan')?.geo).toBeUndefined();
    expect(byName(doc, 'Amira Kolb')?.type).toBe('PERSON');
  });

  it('reads a moon in apposition and in a list of moons', () => {
    const doc = analyzeText(
      "Plumes rise from Callisto, one of Jupiter's moons, the team said. The icy moons Rhea and Dione " +
        'were studied too. Dione is small.',
    );
    for (const name of ['Callisto', 'Rhea', 'Dione']) {
      expect(byName(doc, name)?.type, name).toBe('LOC');
      expect(byName(doc, name)?.geo, name).toBeUndefined();
    }
  });

  it("adds no moon inside a longer name, nor from a title's apposition", () => {
    const doc = analyzeText(
      "Jupiter's moon Callisto is cold. The Callisto Orbiter mission will launch. Growing Up Quiet, a story " +
        'of a family under the moon, won a prize.',
    );
    expect(doc.entities.some((e) => e.type === 'LOC' && e.name === 'Quiet')).toBe(false);
    const callisto = doc.entities.find((e) => e.type === 'LOC' && e.name === 'Callisto');
    expect(callisto?.mentions.map(([, t]) => doc.text.slice(t, t + 8))).toEqual([' is cold']);
  });

  it('keeps a person whose name is Moon', () => {
    const doc = analyzeText('South Korean President Moon Jae-in met the delegation in Seoul on Monday.');
    expect(byName(doc, 'Moon Jae-in')?.type).toBe('PERSON');
  });
});

describe('planets with moons', () => {
  it('makes a planet the text gives moons a location with no point, not a person', () => {
    const doc = analyzeText(
      "Scientists found water vapour above the surface of Jupiter's icy moon Europa. The team used Jupiter's " +
        'radiation belts to explain it.',
    );
    const jupiter = byName(doc, 'Jupiter');
    expect(jupiter?.type).toBe('LOC');
    expect(jupiter?.geo).toBeUndefined();
    expect(doc.entities.some((e) => e.type === 'PERSON' && e.name === 'Jupiter')).toBe(false);
  });

  it("reads a planet before a moon's name in a sentence about moons", () => {
    const doc = analyzeText(
      "Titan is the Solar System's second-biggest moon behind Jupiter's Ganymede. It is larger than the planet Mercury.",
    );
    expect(byName(doc, 'Jupiter')?.type).toBe('LOC');
    expect(byName(doc, 'Jupiter')?.geo).toBeUndefined();
  });
});
