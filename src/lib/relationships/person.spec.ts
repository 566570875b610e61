import { describe, expect, it } from 'vitest';
import {
	initials,
	mapAt,
	moveBy,
	newPerson,
	offeredForHelp,
	place,
	placeAt,
	QUESTIONS,
	SAME_CHANGE_MS,
	suggestSafety,
	validatePerson,
	type Answers,
	type Person
} from './person';

const DAY = 86_400_000;
const MARCH = Date.UTC(2026, 2, 1);

function named(name: string, now = MARCH): Person {
	return { ...newPerson(now), name };
}

/** Every answer reassuring. */
const CALM: Answers = {
	respectsNo: 'yes',
	afraid: 'no',
	secrets: 'no',
	controls: 'no',
	pressure: 'no',
	guilt: 'no',
	myself: 'yes',
	keepsWord: 'yes'
};

describe('a person on the map', () => {
	it('starts "not sure", in the third circle, with that place as the first history mark', () => {
		const person = newPerson(MARCH);
		expect(person).toMatchObject({ circle: 3, safety: 'unsure', support: [], answers: {} });
		expect(person.history).toEqual([{ at: MARCH, circle: 3, safety: 'unsure' }]);
	});

	it('moves one circle closer or further, never past the edges', () => {
		let person = named('Ana');
		person = moveBy(person, -1, MARCH + DAY);
		person = moveBy(person, -1, MARCH + 2 * DAY);
		expect(person.circle).toBe(1);
		expect(moveBy(person, -1, MARCH + 3 * DAY)).toBe(person);
		const far = place(person, { circle: 4 }, MARCH + 4 * DAY);
		expect(moveBy(far, 1, MARCH + 5 * DAY)).toBe(far);
		expect(moveBy(far, -1, MARCH + 5 * DAY).circle).toBe(3);
	});

	it('makes initials from a name or nickname', () => {
		expect(initials('Ana María')).toBe('AM');
		expect(initials('  jo ')).toBe('JO');
		expect(initials('سارة')).toBe('سا');
		expect(initials('')).toBe('?');
	});
});

describe('history and the map at an earlier date', () => {
	it('keeps a dated mark for every change of circle or safety feeling', () => {
		let person = named('Sam');
		person = place(person, { safety: 'safe' }, MARCH + DAY);
		person = place(person, { circle: 1 }, MARCH + 10 * DAY);
		person = place(person, { safety: 'unsafe', circle: 4 }, MARCH + 20 * DAY);
		expect(person.history).toEqual([
			{ at: MARCH, circle: 3, safety: 'unsure' },
			{ at: MARCH + DAY, circle: 3, safety: 'safe' },
			{ at: MARCH + 10 * DAY, circle: 1, safety: 'safe' },
			{ at: MARCH + 20 * DAY, circle: 4, safety: 'unsafe' }
		]);
		expect(place(person, { circle: 4 }, MARCH + 30 * DAY)).toBe(person);
	});

	it('counts changes within about a minute as one, and an undone quick change as none', () => {
		let person = named('Sam');
		person = place(person, { circle: 2 }, MARCH + DAY);
		person = place(person, { circle: 1 }, MARCH + DAY + 10_000);
		person = place(person, { safety: 'safe' }, MARCH + DAY + 20_000);
		expect(person.history).toEqual([
			{ at: MARCH, circle: 3, safety: 'unsure' },
			{ at: MARCH + DAY, circle: 1, safety: 'safe' }
		]);
		// Back to where they were, within the minute: nothing happened.
		const undone = place(person, { circle: 3, safety: 'unsure' }, MARCH + DAY + 30_000);
		expect(undone.history).toEqual([{ at: MARCH, circle: 3, safety: 'unsure' }]);
		// A minute later, it is a change of its own.
		const later = place(person, { circle: 2 }, MARCH + DAY + SAME_CHANGE_MS + 1);
		expect(later.history).toHaveLength(3);
		// Choosing a circle just after adding someone is where they start, not a change.
		const fresh = place(named('Lee', MARCH), { circle: 1, safety: 'safe' }, MARCH + 5_000);
		expect(fresh.history).toEqual([{ at: MARCH, circle: 1, safety: 'safe' }]);
	});

	it('shows where each person was at a date, and leaves out people added later', () => {
		let sam = named('Sam');
		sam = place(sam, { circle: 1, safety: 'safe' }, MARCH + 10 * DAY);
		sam = place(sam, { circle: 4, safety: 'unsafe' }, MARCH + 20 * DAY);
		const lee = named('Lee', MARCH + 15 * DAY);
		expect(placeAt(sam, MARCH - 1)).toBeNull();
		expect(placeAt(sam, MARCH)).toMatchObject({ circle: 3, safety: 'unsure' });
		expect(placeAt(sam, MARCH + 12 * DAY)).toMatchObject({ circle: 1, safety: 'safe' });
		expect(placeAt(sam, MARCH + 99 * DAY)).toMatchObject({ circle: 4, safety: 'unsafe' });

		const map = (at: number) =>
			mapAt(
				[
					{ id: 's', person: sam },
					{ id: 'l', person: lee }
				],
				at
			).map((e) => [e.id, e.then.circle, e.then.safety]);
		expect(map(MARCH + 12 * DAY)).toEqual([['s', 1, 'safe']]);
		expect(map(MARCH + 16 * DAY)).toEqual([
			['s', 1, 'safe'],
			['l', 3, 'unsure']
		]);
		expect(map(MARCH + 25 * DAY)).toEqual([
			['s', 4, 'unsafe'],
			['l', 3, 'unsure']
		]);
	});
});

describe('the reflection checklist', () => {
	it('suggests nothing until there is something to go on', () => {
		expect(suggestSafety({})).toBeNull();
		expect(suggestSafety({ respectsNo: 'yes', afraid: 'no' })).toBeNull();
	});

	it('suggests "safe" only when all eight answers are reassuring', () => {
		expect(suggestSafety(CALM)).toBe('safe');
		expect(suggestSafety({ ...CALM, keepsWord: undefined })).toBeNull();
		expect(suggestSafety({ ...CALM, keepsWord: 'notSure' })).toBe('unsure');
	});

	it('suggests "not safe" for fear, control or pressure, whatever else is answered', () => {
		for (const q of ['afraid', 'controls', 'pressure'] as const) {
			expect(suggestSafety({ ...CALM, [q]: 'yes' })).toBe('unsafe');
			expect(suggestSafety({ [q]: 'yes' })).toBe('unsafe');
		}
	});

	it('suggests "not sure" for one or two other worries, "not safe" for three or more', () => {
		expect(suggestSafety({ ...CALM, secrets: 'yes' })).toBe('unsure');
		expect(suggestSafety({ respectsNo: 'no' })).toBe('unsure');
		expect(suggestSafety({ ...CALM, secrets: 'yes', myself: 'no' })).toBe('unsure');
		expect(suggestSafety({ ...CALM, secrets: 'yes', myself: 'no', keepsWord: 'no' })).toBe(
			'unsafe'
		);
		expect(suggestSafety({ guilt: 'yes', respectsNo: 'no', myself: 'no' })).toBe('unsafe');
	});

	it('never changes the rating: it only returns a suggestion', () => {
		const person = {
			...named('Kim'),
			safety: 'safe' as const,
			answers: { afraid: 'yes' as const }
		};
		const frozen = structuredClone(person);
		expect(suggestSafety(person.answers)).toBe('unsafe');
		expect(person).toEqual(frozen);
		expect(QUESTIONS).toHaveLength(8);
	});
});

describe('people for the safety plan', () => {
	it('offers only people marked safe, closest first; "not sure" and "not safe" never', () => {
		const offered = offeredForHelp([
			{ name: 'Uma', safety: 'unsafe', circle: 1 },
			{ name: 'Bea', safety: 'safe', circle: 3 },
			{ name: 'Noor', safety: 'unsure', circle: 1 },
			{ name: 'Ali', safety: 'safe', circle: 3 },
			{ name: 'Zoe', safety: 'safe', circle: 1 }
		]);
		expect(offered.map((p) => p.name)).toEqual(['Zoe', 'Ali', 'Bea']);
		expect(offeredForHelp([{ name: 'Uma', safety: 'unsafe' }])).toEqual([]);
	});
});

describe('validatePerson', () => {
	const good = (): Person => {
		let person: Person = { ...named('Ana'), role: 'advocate', support: ['forms'] };
		person = place(person, { safety: 'safe' }, MARCH + DAY);
		return { ...person, answers: { respectsNo: 'yes', afraid: 'no' } };
	};

	it('accepts a person as the app saves them, and trims the name', () => {
		expect(validatePerson(good())).toEqual(good());
		expect(validatePerson({ ...good(), name: '  Ana ' })?.name).toBe('Ana');
	});

	it('rejects forged or broken records', () => {
		const bad: unknown[] = [
			null,
			'Ana',
			[],
			{ ...good(), name: '   ' },
			{ ...good(), name: 'x'.repeat(101) },
			{ ...good(), circle: 5, history: [{ at: 1, circle: 5, safety: 'safe' }] },
			{ ...good(), safety: 'trusted' },
			{ ...good(), role: 'boss' },
			{ ...good(), support: ['money', 'money'] },
			{ ...good(), support: ['bribes'] },
			{ ...good(), answers: { afraid: 'maybe' } },
			{ ...good(), answers: { favouriteColour: 'yes' } },
			{ ...good(), notes: 5 },
			{ ...good(), reach: 'x'.repeat(301) },
			{ ...good(), history: [] },
			// The newest mark must be where the person is now.
			{ ...good(), safety: 'unsafe' },
			// Oldest first.
			{ ...good(), history: [...good().history].reverse() },
			{ ...good(), history: [{ at: -1, circle: 3, safety: 'safe' }] },
			{ ...good(), extra: '<script>' },
			{ ...good(), __proto__: { name: 'x' }, constructor: 1 }
		];
		for (const data of bad) expect(validatePerson(data)).toBeNull();
		const { reach: _reach, ...missing } = good();
		expect(validatePerson(missing)).toBeNull();
	});
});
