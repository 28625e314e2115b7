// Quality gate on GeoVirus: toponym recall and precision by span overlap, accuracy within 161 km.
// The floors sit a little under the measured figures (see eval/geo.ts); lowering one is a
// decision to record, not a fix.
import { describe, expect, it } from 'vitest';
import { readGeoVirus, scoreGeo } from '../../eval/geo.js';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { ensureGazetteer } from '../analyze-entities/helpers.js';

// Measured 2026-11-25: recall 0.889, precision 0.947, accuracy161 0.833, median 55.6 km. The median
// rose from 28 km when countries moved to their geographic centres: more within 161 km, fewer very close.
// 2026-12-02, learned entity tagger (issue 13): recall 0.905, precision 0.930, accuracy161 0.811,
// median 59.2 km: more toponyms found (model) at some precision; floors moved to the new figures.
// Then short city names from GeoNames' own names ("New York" City, "Washington" D.C.) replaced
// the hand-made "New York is the state" choice fitted to GeoVirus: recall 0.901, precision 0.927,
// accuracy161 0.804, median 64.1 km.
// Tagger with first-name and document-context features (GUM dev F1 0.701 -> 0.719): recall
// 0.911, precision 0.916, accuracy161 0.802, median 62.4 km.
// 2026-12-02 (second session), address commas, region words and lists narrow namesakes (places/context.ts), whole
// qualified names looked up first: recall 0.911, precision 0.916, accuracy161 0.812, median 59.1 km.
// Names typed PERSON/ORG that head an address or stand in a list of places become places:
// recall 0.920, precision 0.917, accuracy161 0.814, median 59.1 km.
// With main's retrained tagger (given names of many languages): recall 0.925, precision 0.920,
// accuracy161 0.814, median 59.1 km.
// Tagger with word clusters (GUM dev model F1 0.726 -> 0.751): recall 0.935, precision 0.911,
// accuracy161 0.809, median 59.1 km: more toponyms found, the extra ones at lower precision.
// Cut places grown to the gazetteer's longest name, runs across "of the": recall 0.946,
// precision 0.910, accuracy161 0.812, median 58.9 km.
// Region names without their designator ("Pangasinan"), tagger retrained as a mixture of six
// runs: recall 0.951, precision 0.906, accuracy161 0.814, median 57.6 km. The new gazetteer with
// the previous weights measured precision 0.911: the 0.005 is the retraining's draw, so the
// precision floor moves to 0.904.
const FLOORS = { recall: 0.945, precision: 0.904, accuracy161: 0.81, maxMedianKm: 60 };

describe.runIf(hasShared('data', 'geo', 'geovirus.xml'))('GeoVirus quality gate', () => {
  it('keeps toponym recall, precision and accuracy@161km above their floors', () => {
    ensureGazetteer();
    const s = scoreGeo(readGeoVirus(sharedPath('data', 'geo', 'geovirus.xml')));
    expect(s.gold).toBeGreaterThan(2000);
    expect(s.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(s.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(s.accuracy161).toBeGreaterThanOrEqual(FLOORS.accuracy161);
    expect(s.medianKm).toBeLessThanOrEqual(FLOORS.maxMedianKm);
  });
});
