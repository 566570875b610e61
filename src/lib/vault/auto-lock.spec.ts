import { describe, expect, it } from 'vitest';
import { awayTooLong, idleTooLong } from './auto-lock';

describe('auto-lock', () => {
	it('locks after the chosen minutes without use, not before', () => {
		expect(idleTooLong(4 * 60_000 + 59_000, 0, 5)).toBe(false);
		expect(idleTooLong(5 * 60_000, 0, 5)).toBe(true);
		expect(idleTooLong(60_000, 0, 1)).toBe(true);
	});

	it('locks after time in the background only when the person turned it on', () => {
		expect(awayTooLong(10 * 60_000, 0, null)).toBe(false);
		expect(awayTooLong(1, 0, 0)).toBe(true);
		expect(awayTooLong(30_000, 0, 1)).toBe(false);
		expect(awayTooLong(61_000, 0, 1)).toBe(true);
	});
});
