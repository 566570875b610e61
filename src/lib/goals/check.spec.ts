import { describe, expect, it } from 'vitest';
import {
	checkTimeFor,
	emptyCheck,
	isLevel,
	LEVELS,
	levelName,
	rate,
	ratingOf,
	setNote,
	skip,
	toDay,
	validateCheck
} from './check';

describe('the scale', () => {
	it('has five steps from crisis to strong, numbered 1 to 5', () => {
		expect(LEVELS).toEqual(['crisis', 'struggling', 'gettingBy', 'building', 'strong']);
		expect(levelName(1)).toBe('crisis');
		expect(levelName(3)).toBe('gettingBy');
		expect(levelName(5)).toBe('strong');
		expect([0, 1, 5, 6, 2.5, '3'].map(isLevel)).toEqual([false, true, true, false, false, false]);
	});
});

describe('a check', () => {
	it('rates areas, keeps a note when the step changes, and skipping leaves the area out', () => {
		let check = rate(emptyCheck(1000), 'housing', 2);
		check = setNote(check, 'housing', 'Staying with my cousin');
		check = rate(check, 'housing', 3);
		check = rate(check, 'money', 1);
		expect(ratingOf(check, 'housing')).toEqual({
			area: 'housing',
			level: 3,
			note: 'Staying with my cousin'
		});
		check = skip(check, 'money');
		expect(check.ratings.map((r) => r.area)).toEqual(['housing']);
		expect(check.takenAt).toBe(1000);
	});

	it('drops an empty note and gives no note to an area that was skipped', () => {
		let check = rate(emptyCheck(1), 'work', 4);
		check = setNote(check, 'work', 'New shifts');
		check = setNote(check, 'work', '   ');
		expect(ratingOf(check, 'work')).toEqual({ area: 'work', level: 4 });
		expect(setNote(check, 'safety', 'hello').ratings).toEqual(check.ratings);
	});

	it('is read back exactly, including own areas', () => {
		const check = {
			takenAt: Date.UTC(2026, 2, 3),
			ratings: [
				{ area: 'housing', level: 2, note: 'Shelter for now' },
				{ area: 'own-3f2c', level: 5 }
			]
		};
		expect(validateCheck(structuredClone(check))).toEqual(check);
	});

	it('refuses anything malformed, as a hostile backup might hold', () => {
		const good = { takenAt: 5, ratings: [{ area: 'money', level: 3 }] };
		const bad: unknown[] = [
			null,
			[],
			'check',
			{ ratings: [] },
			{ takenAt: -1, ratings: [] },
			{ takenAt: Number.NaN, ratings: [] },
			{ takenAt: 1e20, ratings: [] },
			{ ...good, ratings: 'housing' },
			{ ...good, ratings: [{ area: 'castle', level: 3 }] },
			{ ...good, ratings: [{ area: 'own-<script>', level: 3 }] },
			{ ...good, ratings: [{ area: 'money', level: 6 }] },
			{ ...good, ratings: [{ area: 'money', level: '3' }] },
			{ ...good, ratings: [{ area: 'money', level: 3, note: 7 }] },
			{ ...good, ratings: [{ area: 'money', level: 3, note: 'x'.repeat(2001) }] },
			{ ...good, ratings: [good.ratings[0], good.ratings[0]] },
			{ ...good, ratings: Array.from({ length: 61 }, (_, i) => ({ area: `own-${i}`, level: 1 })) }
		];
		expect(validateCheck(good)).toEqual(good);
		for (const data of bad) expect(validateCheck(data)).toBeNull();
	});

	it('keeps only known fields', () => {
		const check = validateCheck({
			takenAt: 9,
			extra: 'x',
			ratings: [{ area: 'safety', level: 4, colour: 'red' }]
		});
		expect(check).toEqual({ takenAt: 9, ratings: [{ area: 'safety', level: 4 }] });
	});
});

describe('the day a check is about', () => {
	const now = new Date(2026, 3, 14, 15, 30).getTime();

	it('takes an earlier day or today, at the same time of day', () => {
		expect(checkTimeFor('2026-03-10', now)).toBe(new Date(2026, 2, 10, 15, 30).getTime());
		expect(checkTimeFor('2026-04-14', now)).toBe(now);
		expect(toDay(checkTimeFor('2025-12-31', now)!)).toBe('2025-12-31');
	});

	it('refuses a day to come, a day that does not exist, and anything that is not a day', () => {
		for (const day of ['2026-04-15', '2026-02-30', '2026-13-01', '', '10/03/2026', '1850-01-01'])
			expect(checkTimeFor(day, now)).toBeNull();
	});
});
