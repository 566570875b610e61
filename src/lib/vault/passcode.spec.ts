import { describe, expect, it } from 'vitest';
import { checkPasscode, waitAfterFailures } from './passcode';

describe('checkPasscode', () => {
	it('needs at least six digits for a PIN', () => {
		expect(checkPasscode('12345').problem).toBe('pin-too-short');
		expect(checkPasscode('').problem).toBe('pin-too-short');
		expect(checkPasscode('493817').problem).toBeNull();
	});

	it('needs at least eight characters for a passphrase, counting letters not bytes', () => {
		expect(checkPasscode('sun moon').problem).toBeNull();
		expect(checkPasscode('short!').problem).toBe('too-short');
		expect(checkPasscode('قمر شمس').problem).toBe('too-short');
		expect(checkPasscode('قمر شمس نجم').problem).toBeNull();
	});

	it('points out PINs that are easy to guess but still allows them', () => {
		expect(checkPasscode('111111')).toEqual({ kind: 'pin', problem: null, hint: 'easy-to-guess' });
		expect(checkPasscode('123456').hint).toBe('easy-to-guess');
		expect(checkPasscode('987654').hint).toBe('easy-to-guess');
		expect(checkPasscode('40917263').hint).toBe('strong');
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
