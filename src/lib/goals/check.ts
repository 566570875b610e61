/** The "where am I now" check: a 5-step scale per life area, any area skipped, a note if wanted. */
import { isAreaKey, type AreaKey } from './life-areas';

/** The five steps, from 1 (crisis) to 5 (strong); the names are keys into goals:levels. */
export const LEVELS = ['crisis', 'struggling', 'gettingBy', 'building', 'strong'] as const;
export type LevelName = (typeof LEVELS)[number];
export type Level = 1 | 2 | 3 | 4 | 5;

export interface AreaRating {
	area: AreaKey;
	level: Level;
	note?: string;
}

/** One dated check. Areas the person skipped are simply absent. */
export interface StabilityCheck {
	/** When the check is about (ms since 1970). */
	takenAt: number;
	ratings: AreaRating[];
}

export const MAX_NOTE = 2000;
export const MAX_RATINGS = 60;

export function isLevel(value: unknown): value is Level {
	return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

export function levelName(level: Level): LevelName {
	return LEVELS[level - 1]!;
}

export function emptyCheck(takenAt: number): StabilityCheck {
	return { takenAt, ratings: [] };
}

export function ratingOf(check: StabilityCheck, area: AreaKey): AreaRating | undefined {
	return check.ratings.find((rating) => rating.area === area);
}

/** Sets an area's step, keeping its note. */
export function rate(check: StabilityCheck, area: AreaKey, level: Level): StabilityCheck {
	const existing = ratingOf(check, area);
	const rating: AreaRating = existing ? { ...existing, level } : { area, level };
	return existing
		? { ...check, ratings: check.ratings.map((r) => (r.area === area ? rating : r)) }
		: { ...check, ratings: [...check.ratings, rating] };
}

/** Leaves an area out of the check (its note goes with it). */
export function skip(check: StabilityCheck, area: AreaKey): StabilityCheck {
	return { ...check, ratings: check.ratings.filter((r) => r.area !== area) };
}

/** A note for a rated area; an empty note is removed. Areas not rated take no note. */
export function setNote(check: StabilityCheck, area: AreaKey, note: string): StabilityCheck {
	const text = note.slice(0, MAX_NOTE);
	return {
		...check,
		ratings: check.ratings.map((r) => {
			if (r.area !== area) return r;
			const { note: _old, ...rest } = r;
			void _old;
			return text.trim() ? { ...rest, note: text } : rest;
		})
	};
}

/** Checks a stored or imported check; anything malformed is damaged (null). */
export function validateCheck(data: unknown): StabilityCheck | null {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
	const d = data as Record<string, unknown>;
	if (typeof d.takenAt !== 'number' || !Number.isFinite(d.takenAt) || d.takenAt < 0) return null;
	// Beyond the year 2500 is not a date a person chose.
	if (d.takenAt > 16_725_225_600_000) return null;
	if (!Array.isArray(d.ratings) || d.ratings.length > MAX_RATINGS) return null;
	const ratings: AreaRating[] = [];
	for (const raw of d.ratings as unknown[]) {
		if (!raw || typeof raw !== 'object') return null;
		const r = raw as Record<string, unknown>;
		if (!isAreaKey(r.area) || !isLevel(r.level)) return null;
		if (ratings.some((other) => other.area === r.area)) return null;
		const rating: AreaRating = { area: r.area, level: r.level };
		if (r.note !== undefined) {
			if (typeof r.note !== 'string' || r.note.length > MAX_NOTE) return null;
			rating.note = r.note;
		}
		ratings.push(rating);
	}
	return { takenAt: d.takenAt, ratings };
}

/** A moment as a local day (YYYY-MM-DD), as a date field shows it. */
export function toDay(time: number): string {
	const date = new Date(time);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * When a check is about, from a day the person chose (YYYY-MM-DD): that day at the time of day
 * of `now`, so checks taken on one day keep their order. Null for a day that does not exist or is
 * still to come: a check looks at today or a day before.
 */
export function checkTimeFor(day: string, now: number): number | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return null;
	const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const clock = new Date(now);
	const chosen = new Date(
		year,
		month - 1,
		date,
		clock.getHours(),
		clock.getMinutes(),
		clock.getSeconds()
	);
	if (chosen.getFullYear() !== year || chosen.getMonth() !== month - 1 || chosen.getDate() !== date)
		return null;
	if (year < 1900 || toDay(chosen.getTime()) > toDay(now)) return null;
	return chosen.getTime();
}
