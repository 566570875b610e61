import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatNumber } from './format';

describe('format', () => {
	const day = new Date(Date.UTC(2026, 2, 3, 12));

	it('writes dates in the language of the person', () => {
		expect(formatDate(day, 'en', { dateStyle: 'long', timeZone: 'UTC' })).toBe('March 3, 2026');
		expect(formatDate(day, 'es', { dateStyle: 'long', timeZone: 'UTC' })).toBe(
			'3 de marzo de 2026'
		);
		expect(formatDate(day, 'ar', { dateStyle: 'long', timeZone: 'UTC' })).toMatch(/مارس/);
	});

	it('uses the digits of the language', () => {
		expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
		expect(formatNumber(1234.5, 'es')).toBe('1234,5');
		expect(formatNumber(7, 'ar-EG')).toBe('٧');
	});

	it('shows sizes with a unit', () => {
		expect(formatBytes(2_400_000, 'en')).toBe('2.4 MB');
		expect(formatBytes(512, 'en')).toBe('512 byte');
	});
});
