import { describe, expect, it } from 'vitest';
import { normalise, queryTerms, SearchIndex } from './search';

describe('normalise', () => {
	it('ignores case and accents', () => {
		expect(normalise('Café ÉTÉ Niño')).toBe('cafe ete nino');
	});

	it('ignores Arabic harakat, tatweel and letter variants', () => {
		expect(normalise('أَمَل')).toBe(normalise('امل'));
		expect(normalise('إيمان')).toBe(normalise('ايمان'));
		expect(normalise('مـــدرسة')).toBe(normalise('مدرسه'));
		expect(normalise('مستشفى')).toBe(normalise('مستشفي'));
	});
});

describe('queryTerms', () => {
	it('splits on spaces and punctuation in Latin and Arabic scripts', () => {
		expect(queryTerms('  Hope, CAFÉ!  ')).toEqual(['hope', 'cafe']);
		expect(queryTerms('أمل، بيت؟')).toEqual(['امل', 'بيت']);
	});
});

describe('SearchIndex', () => {
	const index = new SearchIndex([
		{ id: 'a', text: 'Un día tranquilo en el café\nfamilia' },
		{ id: 'b', text: 'I felt HOPEFUL about the new flat' },
		{ id: 'c', text: 'شعرتُ بالأمَل اليوم في المدرسة' }
	]);

	it('finds notes containing every word, whatever the case or accents', () => {
		expect(index.search('cafe DIA')).toEqual(new Set(['a']));
		expect(index.search('hopeful flat')).toEqual(new Set(['b']));
		expect(index.search('hopeful café')).toEqual(new Set());
	});

	it('finds Arabic words written with or without harakat', () => {
		expect(index.search('بالامل')).toEqual(new Set(['c']));
		expect(index.search('المدرسه')).toEqual(new Set(['c']));
	});

	it('returns every note for an empty query, and forgets what it is told to', () => {
		expect(index.search('').size).toBe(3);
		index.delete('b');
		expect(index.search('hopeful').size).toBe(0);
		index.clear();
		expect(index.size).toBe(0);
	});
});
