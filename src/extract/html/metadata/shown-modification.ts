// Whether the date a page shows is its modification date: the same calendar day, read on the
// page's own calendar when the modification time is written in UTC.
import { dayAtOffset } from './locale-dates.js';

/** Farthest UTC offsets in use (minutes): −12:00 and +14:00. */
const WESTMOST_OFFSET = -12 * 60;
const EASTMOST_OFFSET = 14 * 60;

/** Whether `shownDay` (YYYY-MM-DD) is the day of `modifiedFull` (a parsed date or date-time). A UTC
 * date-time counts on any calendar from −12:00 to +14:00 (2025-12-16T01:52Z is shown as December
 * 15 in America); a local one on its own day. */
export function showsModificationDay(shownDay: string, modifiedFull: string | null): boolean {
  if (!modifiedFull) return false;
  if (modifiedFull.slice(0, 10) === shownDay) return true;
  const west = dayAtOffset(modifiedFull, WESTMOST_OFFSET);
  const east = dayAtOffset(modifiedFull, EASTMOST_OFFSET);
  return west !== null && east !== null && west <= shownDay && shownDay <= east;
}
