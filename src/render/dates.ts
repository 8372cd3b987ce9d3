// Calendar arithmetic on ISO dates (UTC, whole days) and the durations users type ("30d", "6w", "3m").
import { isIsoDate } from "../model/index.js";

const DAY = 86_400_000;

function toUtc(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

export function addDays(iso: string, days: number): string {
  return new Date(toUtc(iso) + days * DAY).toISOString().slice(0, 10);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "30d", "6w", "3m" (30-day months), "1y", or a bare number of days; null when it reads as none of them. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d{1,5})\s*(d|days?|w|weeks?|m|months?|y|years?)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? "d").toLowerCase()[0];
  return unit === "w" ? n * 7 : unit === "m" ? n * 30 : unit === "y" ? n * 365 : n;
}

export { isIsoDate };

/** "3 days", "1 day", "5 months" — how long something has waited, in the unit a person would say. */
export function describeDays(days: number): string {
  const abs = Math.abs(days);
  if (abs < 60) return `${abs} day${abs === 1 ? "" : "s"}`;
  if (abs < 730) return `${Math.round(abs / 30)} months`;
  return `${Math.round(abs / 365)} years`;
}
