/** Seeing change: what moved between checks, and the points of each area's small chart. */
import type { Level, StabilityCheck } from './check';
import type { AreaKey } from './life-areas';

export type Direction = 'up' | 'same' | 'down';

export interface AreaMove {
	area: AreaKey;
	from: Level;
	to: Level;
	direction: Direction;
	/** When the earlier rating was taken. */
	since: number;
}

/** Oldest first, without changing the list it was given. */
export function byTime(checks: readonly StabilityCheck[]): StabilityCheck[] {
	return [...checks].sort((a, b) => a.takenAt - b.takenAt);
}

/**
 * For each area in the newest check, how it compares with the last earlier check that rated it.
 * Areas rated for the first time have nothing to compare with and are left out. Moves up come
 * first, then what held steady, then moves down, so the summary starts with what went well.
 */
export function summarizeChange(checks: readonly StabilityCheck[]): AreaMove[] {
	const ordered = byTime(checks);
	const latest = ordered.at(-1);
	if (!latest) return [];
	const earlier = ordered.slice(0, -1).reverse();
	const moves: AreaMove[] = [];
	for (const rating of latest.ratings) {
		const before = earlier.find((check) => check.ratings.some((r) => r.area === rating.area));
		const from = before?.ratings.find((r) => r.area === rating.area)?.level;
		if (!before || from === undefined) continue;
		const direction: Direction = rating.level > from ? 'up' : rating.level < from ? 'down' : 'same';
		moves.push({ area: rating.area, from, to: rating.level, direction, since: before.takenAt });
	}
	const order: Record<Direction, number> = { up: 0, same: 1, down: 2 };
	return moves.sort((a, b) => order[a.direction] - order[b.direction]);
}

/**
 * How to name the date a move is counted from: a day in the same month ("since 3 March"), a month
 * in the same year ("since March"), or a month and year further back.
 */
export function sinceStyle(since: number, now: number): Intl.DateTimeFormatOptions {
	const then = new Date(since);
	const today = new Date(now);
	if (then.getFullYear() !== today.getFullYear()) return { month: 'long', year: 'numeric' };
	if (then.getMonth() !== today.getMonth()) return { month: 'long' };
	return { day: 'numeric', month: 'long' };
}

export interface SeriesPoint {
	takenAt: number;
	level: Level;
	note?: string;
}

/** One area's ratings over time, oldest first; checks that skipped it are left out. */
export function areaSeries(checks: readonly StabilityCheck[], area: AreaKey): SeriesPoint[] {
	const points: SeriesPoint[] = [];
	for (const check of byTime(checks)) {
		const rating = check.ratings.find((r) => r.area === area);
		if (rating) points.push({ takenAt: check.takenAt, level: rating.level, note: rating.note });
	}
	return points;
}

/** The areas rated in any check, in the order given (the person's visible areas first). */
export function ratedAreas(
	checks: readonly StabilityCheck[],
	order: readonly AreaKey[]
): AreaKey[] {
	const rated = new Set(checks.flatMap((check) => check.ratings.map((r) => r.area)));
	return [...order.filter((a) => rated.has(a)), ...[...rated].filter((a) => !order.includes(a))];
}

export interface ChartBox {
	width: number;
	height: number;
	/** Room kept free around the plot, so points are not cut at the edges. */
	padding: number;
	/** Right-to-left: time runs from right to left, as the person reads. */
	rtl: boolean;
}

export interface ChartPoint extends SeriesPoint {
	x: number;
	y: number;
}

/**
 * Places a series in a box: checks evenly spaced in time order (two checks on one day stay
 * apart), step 1 at the bottom and 5 at the top. A single check sits in the middle.
 */
export function chartPoints(series: readonly SeriesPoint[], box: ChartBox): ChartPoint[] {
	const { width, height, padding, rtl } = box;
	const innerWidth = width - 2 * padding;
	const innerHeight = height - 2 * padding;
	return series.map((point, index) => {
		const share = series.length === 1 ? 0.5 : index / (series.length - 1);
		const along = padding + share * innerWidth;
		return {
			...point,
			x: round(rtl ? width - along : along),
			y: round(padding + ((5 - point.level) / 4) * innerHeight)
		};
	});
}

/** The y of each step's guide line, step 1 first. */
export function levelLines(box: ChartBox): number[] {
	const innerHeight = box.height - 2 * box.padding;
	return [1, 2, 3, 4, 5].map((level) => round(box.padding + ((5 - level) / 4) * innerHeight));
}

/** An SVG path through the points, in order. */
export function linePath(points: readonly ChartPoint[]): string {
	return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
