// Time domains and ticks for charts: padded on both sides so a single day or week does not
// collapse the axis to hours, and marks never sit on the chart's edge; ticks never finer than a
// day (publication dates have no time of day) and counts on whole numbers.
const DAY_MS = 86_400_000;
/** Days added before the first and after the last date (at least this wide in all). */
const MIN_PAD_DAYS = 3;

export function paddedDomain(dates: Date[], stepDays = 1): [Date, Date] {
  const times = dates.map((d) => d.getTime());
  const pad = Math.max(MIN_PAD_DAYS, stepDays) * DAY_MS;
  return [new Date(Math.min(...times) - pad), new Date(Math.max(...times) + pad)];
}

/**
 * How many ticks to ask of a time axis over `domain`: at most `wanted`, and never more than there
 * are days, so d3 never picks an interval below one day (no "12 PM" ticks between dates).
 */
export function dayTicks([from, to]: [Date, Date], wanted: number): number {
  return Math.max(1, Math.min(wanted, Math.floor((to.getTime() - from.getTime()) / DAY_MS)));
}

/** Whole-number tick values from 0 to at least `max` (about `wanted` of them), for axes of counts. */
export function countTicks(max: number, wanted = 5): number[] {
  const step = Math.max(1, Math.ceil(max / wanted));
  const ticks: number[] = [];
  for (let v = 0; v <= max + step - 1; v += step) ticks.push(v);
  return ticks;
}

/** How far outside the middle half of the dates (in its widths, at least MIN_SPREAD_DAYS) a date still counts as near. */
const FENCE = 3;
const MIN_SPREAD_DAYS = 14;

/**
 * The range a time chart should show: the dates without far outliers (Tukey's fences over the
 * count-weighted dates, 3 interquartile ranges, the range taken at least two weeks wide), so one
 * event dated 2002 does not squeeze a month of 2022 into a sliver. Returns the kept range and how
 * many counts fall outside it.
 */
export function bulkRange(points: { when: Date; count: number }[]): { from: Date; to: Date; outside: number } {
  const sorted = [...points].sort((a, b) => a.when.getTime() - b.when.getTime());
  const total = sorted.reduce((n, p) => n + p.count, 0);
  const quantile = (q: number) => {
    let seen = 0;
    for (const p of sorted) {
      seen += p.count;
      if (seen >= q * total) return p.when.getTime();
    }
    return sorted[sorted.length - 1].when.getTime();
  };
  const q1 = quantile(0.25);
  const q3 = quantile(0.75);
  const spread = Math.max(q3 - q1, MIN_SPREAD_DAYS * DAY_MS);
  const lo = q1 - FENCE * spread;
  const hi = q3 + FENCE * spread;
  const kept = sorted.filter((p) => p.when.getTime() >= lo && p.when.getTime() <= hi);
  return {
    from: kept[0].when,
    to: kept[kept.length - 1].when,
    outside: total - kept.reduce((n, p) => n + p.count, 0),
  };
}
