import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS, HELP_DIRECTORY } from './directory';
import { dialable, directoryProblems, guessCountry, isDialable, telHref } from './help-rules';

describe('the help directory', () => {
	it('has a source and a checked date for every entry, and only dialable numbers', () => {
		expect(HELP_DIRECTORY.length).toBeGreaterThan(5);
		expect(directoryProblems(HELP_DIRECTORY)).toEqual([]);
	});

	it('covers at least the countries the app promises', () => {
		const countries = new Set(HELP_DIRECTORY.map((entry) => entry.country));
		for (const country of ['US', 'GB', 'CA', 'AU', 'IE']) expect(countries).toContain(country);
	});

	it('lists emergency numbers only with a source, and has them for the main countries', () => {
		for (const emergency of EMERGENCY_NUMBERS) {
			expect(emergency.source, emergency.country).toMatch(/^https:\/\//);
			expect(emergency.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			for (const number of emergency.numbers) expect(isDialable(number), number).toBe(true);
		}
		const countries = EMERGENCY_NUMBERS.map((e) => e.country);
		for (const country of ['US', 'GB', 'CA', 'AU', 'IE', 'ES', 'MX'])
			expect(countries).toContain(country);
	});

	it('makes well-formed tel: links', () => {
		for (const entry of HELP_DIRECTORY) {
			for (const contact of entry.contacts.filter((c) => c.kind === 'tel')) {
				expect(telHref(contact.value)).toMatch(/^tel:(\+[1-9]\d{6,14}|\d{3,11})$/);
			}
		}
	});
});

describe('directoryProblems', () => {
	const good = {
		id: 'x',
		country: 'GB',
		name: 'A helpline',
		source: 'https://example.org/help',
		checked: '2026-11-22',
		contacts: [{ kind: 'tel', value: '+448000000000' }]
	};

	it('catches a missing source, a bad date and an undialable number', () => {
		expect(directoryProblems([good])).toEqual([]);
		expect(directoryProblems([{ ...good, source: '' }])).toHaveLength(1);
		expect(directoryProblems([{ ...good, checked: 'recently' }])).toHaveLength(1);
		expect(
			directoryProblems([{ ...good, contacts: [{ kind: 'tel', value: 'call us' }] }])
		).toHaveLength(1);
		expect(directoryProblems([good, good])).toEqual(['x: id used twice']);
	});
});

describe('numbers people type', () => {
	it('keeps what a phone dials', () => {
		expect(dialable(' +44 20 7946-0000 ')).toBe('+442079460000');
		expect(dialable('988')).toBe('988');
		expect(dialable('call me')).toBeNull();
	});

	it('guesses the country from the language region', () => {
		expect(guessCountry(['en-GB', 'en'], ['GB', 'US'])).toBe('GB');
		expect(guessCountry(['ar-EG'], ['EG', 'JO'])).toBe('EG');
		expect(guessCountry(['en'], ['GB', 'US'])).toBe('US');
		expect(guessCountry(['fr-FR'], ['GB'])).toBeNull();
	});
});
