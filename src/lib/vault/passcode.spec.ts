import { describe, expect, it } from 'vitest';
import { checkPasscode, MIN_PIN_DIGITS, remainingWait, waitAfterFailures } from './passcode';

describe('checkPasscode', () => {
	it('needs at least eight digits for a PIN', () => {
		expect(MIN_PIN_DIGITS).toBe(8);
		expect(checkPasscode('4938172').problem).toBe('pin-too-short');
		expect(checkPasscode('').problem).toBe('pin-too-short');
		expect(checkPasscode('49381726').problem).toBeNull();
	});

	it('needs at least eight characters for a passphrase, counting letters not bytes', () => {
		expect(checkPasscode('sun moon').problem).toBeNull();
		expect(checkPasscode('short!').problem).toBe('too-short');
		expect(checkPasscode('قمر شمس').problem).toBe('too-short');
		expect(checkPasscode('قمر شمس نجم').problem).toBeNull();
	});

	it('points out PINs that are easy to guess but still allows them', () => {
		expect(checkPasscode('11111111')).toEqual({
			kind: 'pin',
			problem: null,
			hint: 'easy-to-guess'
		});
		for (const pin of ['12345678', '87654321', '78901234', '12121212', '12341234', '11112222']) {
			expect(checkPasscode(pin).hint, pin).toBe('easy-to-guess');
		}
	});

	it('flags dates and years in any usual order', () => {
		const dates = ['19900101', '01011990', '31121985', '12311985', '20240229', '5519900101'];
		for (const pin of dates) expect(checkPasscode(pin).hint, pin).toBe('easy-to-guess');
		for (const pin of ['19864027', '40271986', '20057361']) {
			expect(checkPasscode(pin).hint, pin).toBe('easy-to-guess');
		}
	});

	it('never calls a PIN strong: it recommends a phrase', () => {
		for (const pin of ['40917263', '738205914', '5830291746']) {
			expect(checkPasscode(pin), pin).toEqual({
				kind: 'pin',
				problem: null,
				hint: 'pin-use-phrase'
			});
		}
	});

	it('calls a long passphrase strong', () => {
		expect(checkPasscode('blue kettle under the stairs').hint).toBe('strong');
		expect(checkPasscode('kettle42').hint).toBe('longer-is-stronger');
	});
});

describe('waitAfterFailures', () => {
	it('lets the first five tries go without waiting', () => {
		expect([0, 1, 2, 3, 4].map(waitAfterFailures)).toEqual([0, 0, 0, 0, 0]);
	});

	it('waits a little longer after each further wrong try, up to a minute', () => {
		expect([5, 6, 7, 8].map(waitAfterFailures)).toEqual([2000, 4000, 8000, 16000]);
		expect(waitAfterFailures(30)).toBe(60_000);
	});
});

describe('remainingWait', () => {
	const stored = { count: 6, lastAt: 1_000_000 };

	it('counts from the stored time when there is no session reference (after a reload)', () => {
		expect(remainingWait(stored, 1_001_000, null, 50)).toBe(3000);
		expect(remainingWait(stored, 1_004_000, null, 50)).toBe(0);
	});

	it('a clock moved forward does not end the wait within a session', () => {
		const session = { count: 6, at: 500 };
		expect(remainingWait(stored, 1_000_000 + 3_600_000, session, 1500)).toBe(3000);
		expect(remainingWait(stored, 1_000_000 + 3_600_000, session, 4500)).toBe(0);
	});

	it('a clock moved back never makes the wait longer than the full wait', () => {
		expect(remainingWait(stored, 0, null, 0)).toBe(4000);
	});

	it('takes the higher count of the two, and waits nothing before the sixth try', () => {
		expect(remainingWait({ count: 0, lastAt: 0 }, 10, { count: 7, at: 0 }, 0)).toBe(8000);
		expect(remainingWait({ count: 4, lastAt: 10 }, 10, { count: 4, at: 10 }, 10)).toBe(0);
	});
});
