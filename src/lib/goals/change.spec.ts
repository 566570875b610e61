import { describe, expect, it } from 'vitest';
import {
	areaSeries,
	chartPoints,
	levelLines,
	linePath,
	ratedAreas,
	sinceStyle,
	summarizeChange
} from './change';
import type { StabilityCheck } from './check';

const march = new Date(2026, 2, 10).getTime();
const april = new Date(2026, 3, 12).getTime();
const may = new Date(2026, 4, 2).getTime();

const checks: StabilityCheck[] = [
	{
		takenAt: april,
		ratings: [
			{ area: 'housing', level: 3 },
			{ area: 'money', level: 2 }
		]
	},
	{
		takenAt: march,
		ratings: [
			{ area: 'housing', level: 2 },
			{ area: 'money', level: 3, note: 'Some savings' },
			{ area: 'work', level: 2 }
		]
	}
];

describe('the change summary', () => {
	it('compares the newest check with the last earlier one that rated each area', () => {
		expect(summarizeChange(checks)).toEqual([
			{ area: 'housing', from: 2, to: 3, direction: 'up', since: march },
			{ area: 'money', from: 3, to: 2, direction: 'down', since: march }
		]);
	});

	it('reaches past a check that skipped the area, and leaves out areas rated for the first time', () => {
		const more: StabilityCheck[] = [
			...checks,
			{
				takenAt: may,
				ratings: [
					{ area: 'work', level: 2 },
					{ area: 'safety', level: 4 }
				]
			}
		];
		// Work was skipped in April, so May is compared with March; safety is new.
		expect(summarizeChange(more)).toEqual([
			{ area: 'work', from: 2, to: 2, direction: 'same', since: march }
		]);
	});

	it('puts what went up first and what went down last', () => {
		const two: StabilityCheck[] = [
			{
				takenAt: 1,
				ratings: [
					{ area: 'a-down', level: 4 },
					{ area: 'b-same', level: 3 },
					{ area: 'c-up', level: 1 }
				]
			},
			{
				takenAt: 2,
				ratings: [
					{ area: 'a-down', level: 3 },
					{ area: 'b-same', level: 3 },
					{ area: 'c-up', level: 2 }
				]
			}
		];
		expect(summarizeChange(two).map((m) => m.direction)).toEqual(['up', 'same', 'down']);
	});

	it('has nothing to say with fewer than two checks', () => {
		expect(summarizeChange([])).toEqual([]);
		expect(summarizeChange([checks[0]!])).toEqual([]);
	});

	it('names the date by day in the same month, by month in the same year, else month and year', () => {
		expect(sinceStyle(new Date(2026, 4, 2).getTime(), new Date(2026, 4, 20).getTime())).toEqual({
			day: 'numeric',
			month: 'long'
		});
		expect(sinceStyle(march, may)).toEqual({ month: 'long' });
		expect(sinceStyle(new Date(2025, 11, 1).getTime(), may)).toEqual({
			month: 'long',
			year: 'numeric'
		});
		expect(new Intl.DateTimeFormat('en', sinceStyle(march, may)).format(march)).toBe('March');
	});
});

describe('chart data', () => {
	it('lists one area over time, oldest first, without the checks that skipped it', () => {
		expect(areaSeries(checks, 'money')).toEqual([
			{ takenAt: march, level: 3, note: 'Some savings' },
			{ takenAt: april, level: 2, note: undefined }
		]);
		expect(areaSeries(checks, 'work').map((p) => p.takenAt)).toEqual([march]);
		expect(areaSeries(checks, 'safety')).toEqual([]);
	});

	it('lists rated areas in the order of the visible areas, then any others', () => {
		expect(ratedAreas(checks, ['work', 'safety', 'housing'])).toEqual(['work', 'housing', 'money']);
	});

	it('spaces checks evenly, puts strong at the top, and runs right to left when asked', () => {
		const series = areaSeries(checks, 'housing');
		const box = { width: 120, height: 50, padding: 10, rtl: false };
		expect(chartPoints(series, box).map(({ x, y }) => ({ x, y }))).toEqual([
			{ x: 10, y: 32.5 }, // step 2 of 5, oldest at the start
			{ x: 110, y: 25 } // step 3, newest at the end
		]);
		expect(chartPoints(series, { ...box, rtl: true }).map((p) => p.x)).toEqual([110, 10]);
		expect(levelLines(box)).toEqual([40, 32.5, 25, 17.5, 10]);
		expect(linePath(chartPoints(series, box))).toBe('M10 32.5 L110 25');
	});

	it('puts a single check in the middle', () => {
		const [only] = chartPoints([{ takenAt: 1, level: 5 }], {
			width: 100,
			height: 40,
			padding: 5,
			rtl: true
		});
		expect(only).toMatchObject({ x: 50, y: 5 });
	});
});
