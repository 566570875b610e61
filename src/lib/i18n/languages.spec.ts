import { describe, expect, it } from 'vitest';
import { LANGUAGES, matchLanguage, textDirection } from './languages';

describe('textDirection', () => {
	it('is right-to-left for Arabic and its regional tags', () => {
		expect(textDirection('ar')).toBe('rtl');
		expect(textDirection('ar-EG')).toBe('rtl');
	});

	it('is left-to-right for English and Spanish', () => {
		expect(textDirection('en')).toBe('ltr');
		expect(textDirection('es-MX')).toBe('ltr');
	});

	it('falls back to the list for tags the platform cannot parse', () => {
		expect(textDirection('not a tag')).toBe('ltr');
	});

	it('gives every shipped language a direction', () => {
		const directions = LANGUAGES.map((language) => textDirection(language.code));
		expect(directions).toEqual(['ltr', 'ltr', 'rtl']);
	});
});

describe('matchLanguage', () => {
	it('takes the first shipped language the browser prefers', () => {
		expect(matchLanguage(['fr-FR', 'ar-MA', 'en'])).toBe('ar');
		expect(matchLanguage(['es-419'])).toBe('es');
	});

	it('falls back to English', () => {
		expect(matchLanguage(['de', 'fr'])).toBe('en');
		expect(matchLanguage([])).toBe('en');
	});
});
