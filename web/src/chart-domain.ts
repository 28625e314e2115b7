// Time domains for charts: padded on both sides so a single day or week does not collapse the axis
// to hours, and marks never sit on the chart's edge.
const DAY_MS = 86_400_000;
/** Days added before the first and after the last date (at least this wide in all). */
const MIN_PAD_DAYS = 3;

export function paddedDomain(dates: Date[], stepDays = 1): [Date, Date] {
  const times = dates.map((d) => d.getTime());
  const pad = Math.max(MIN_PAD_DAYS, stepDays) * DAY_MS;
  return [new Date(Math.min(...times) - pad), new Date(Math.max(...times) + pad)];
}
