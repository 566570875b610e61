import { describe, expect, it } from 'vitest';
import { allTags, groupByDay, matchesFilter, NO_FILTER } from './filters';
import {
	addTag,
	emptyEntry,
	isBlank,
	isValidWhen,
	validateEntry,
	type JournalEntry
} from './journal';

const at = (iso: string) => new Date(iso).getTime();
function entry(createdAt: number, patch: Partial<JournalEntry> = {}) {
	return { id: String(createdAt), createdAt, data: { ...emptyEntry(), ...patch } };
}

describe('incident validation', () => {
	it('accepts a date, a date with a time, or nothing', () => {
		expect(isValidWhen('')).toBe(true);
		expect(isValidWhen('2026-03-03')).toBe(true);
		expect(isValidWhen('2026-03-03T21:15')).toBe(true);
	});

	it('refuses dates that do not exist or are not dates', () => {
		expect(isValidWhen('2026-02-30')).toBe(false);
		expect(isValidWhen('2026-13-01')).toBe(false);
		expect(isValidWhen('2026-03-03T25:00')).toBe(false);
		expect(isValidWhen('last tuesday')).toBe(false);
	});

	it('keeps a complete incident and reports a malformed one as damaged', () => {
		const incident = {
			...emptyEntry('incident'),
			incident: {
				when: '2026-03-03T21:15',
				where: 'bus stop',
				what: 'x',
				witnesses: '',
				evidence: ''
			}
		};
		expect(validateEntry(incident)).toEqual(incident);
		expect(
			validateEntry({ ...incident, incident: { ...incident.incident, when: 'soon' } })
		).toBeNull();
		expect(validateEntry({ ...incident, incident: { ...incident.incident, what: 42 } })).toBeNull();
	});
});

describe('validateEntry', () => {
	it('keeps a well-formed note', () => {
		const note = {
			...emptyEntry(),
			body: 'hi',
			tags: ['home'],
			feeling: { name: 'calm', intensity: 3 }
		};
		expect(validateEntry(note)).toEqual(note);
	});

	it('refuses what a note cannot be', () => {
		expect(validateEntry(null)).toBeNull();
		expect(validateEntry({ ...emptyEntry(), kind: 'script' })).toBeNull();
		expect(validateEntry({ ...emptyEntry(), tags: 'home' })).toBeNull();
		expect(validateEntry({ ...emptyEntry(), feeling: { name: 'calm', intensity: 11 } })).toBeNull();
		expect(validateEntry({ ...emptyEntry(), feeling: { name: 'giddy', intensity: 2 } })).toBeNull();
	});
});

describe('tags and blanks', () => {
	it('adds a cleaned tag once, ignoring case', () => {
		expect(addTag(['Home'], '  home ')).toEqual(['Home']);
		expect(addTag(['Home'], '  new   job ')).toEqual(['Home', 'new job']);
		expect(addTag([], '   ')).toEqual([]);
	});

	it('treats an untouched note as blank and anything written as worth keeping', () => {
		expect(isBlank(emptyEntry())).toBe(true);
		expect(isBlank({ ...emptyEntry(), body: ' x ' })).toBe(false);
		expect(
			isBlank({
				...emptyEntry('incident'),
				incident: { ...emptyEntry('incident').incident!, where: 'park' }
			})
		).toBe(false);
	});
});

describe('filters', () => {
	const entries = [
		entry(at('2026-03-01T10:00'), { tags: ['Work'], feeling: { name: 'tired', intensity: 6 } }),
		entry(at('2026-03-05T09:00'), { tags: ['home'], feeling: { name: 'calm', intensity: 2 } }),
		entry(at('2026-03-05T20:00'), { tags: ['Home', 'work'] })
	];

	it('filters by date range, inclusive of both days', () => {
		const found = entries.filter((e) =>
			matchesFilter(e, { ...NO_FILTER, from: '2026-03-02', to: '2026-03-05' })
		);
		expect(found).toHaveLength(2);
	});

	it('filters by tag ignoring case, and by feeling', () => {
		expect(entries.filter((e) => matchesFilter(e, { ...NO_FILTER, tag: 'WORK' }))).toHaveLength(2);
		expect(entries.filter((e) => matchesFilter(e, { ...NO_FILTER, feeling: 'calm' }))).toHaveLength(
			1
		);
	});

	it('lists each tag once and groups entries by day, newest first', () => {
		expect(allTags(entries, 'en')).toEqual(['home', 'Work']);
		const groups = groupByDay(entries);
		expect(groups.map((g) => [g.day, g.entries.length])).toEqual([
			['2026-03-05', 2],
			['2026-03-01', 1]
		]);
		expect(groups[0]!.entries[0]!.createdAt).toBe(at('2026-03-05T20:00'));
	});
});
