import { describe, expect, it } from 'vitest';
import { kindFromQuery, kindQuery } from './address';

describe('a new entry kind in the address', () => {
	it('says nothing of what it is, and reads back the same kind', () => {
		expect(kindQuery('incident')).toBe('?t=2');
		expect(kindQuery('note')).toBe('');
		for (const kind of ['note', 'incident'] as const) {
			expect(kindFromQuery(new URLSearchParams(kindQuery(kind)))).toBe(kind);
		}
	});

	it('opens a plain note for anything else, the old ?kind=incident included', () => {
		for (const query of ['?t=0', '?t=3', '?t=x', '?t=', '?kind=incident', '']) {
			expect(kindFromQuery(new URLSearchParams(query))).toBe('note');
		}
	});
});
