/** Rules for passcodes (the waits after wrong ones are in unlock-wait.ts). Plain logic, no storage. */

export type PasscodeKind = 'pin' | 'passphrase';

export interface PasscodeCheck {
	kind: PasscodeKind;
	/** A reason it cannot be used yet, or null when it can. */
	problem: 'pin-too-short' | 'too-short' | null;
	/**
	 * Guidance only: it can still be used. A PIN is never called strong: even a good one falls to
	 * someone who copies the browser's data and guesses on another computer; a phrase recommended.
	 */
	hint: 'easy-to-guess' | 'longer-is-stronger' | 'strong' | 'pin-use-phrase';
}

/**
 * Eight digits at least: with the key derivation's cost, enough that guessing every PIN on a
 * copied database takes a long time, though not forever (which is why a phrase is recommended).
 */
export const MIN_PIN_DIGITS = 8;
export const MIN_PASSPHRASE_CHARACTERS = 8;

/** A plausible year of birth or of an event: 1900–2099. */
function isYear(digits: string): boolean {
	return /^(19|20)\d\d$/.test(digits);
}

function isDayMonth(day: string, month: string): boolean {
	const d = Number(day);
	const m = Number(month);
	return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** Eight digits that read as a date: 19900101, 01011990 (day first) or 12311985 (month first). */
function isDate(eight: string): boolean {
	const [a, b, c, d] = [eight.slice(0, 2), eight.slice(2, 4), eight.slice(4, 6), eight.slice(6)];
	return (
		(isYear(eight.slice(0, 4)) && (isDayMonth(d, c) || isDayMonth(c, d))) ||
		(isYear(eight.slice(4)) && (isDayMonth(a, b) || isDayMonth(b, a)))
	);
}

/** One block said again and again: 11111111, 12121212, 12341234. */
function isRepeated(pin: string): boolean {
	for (let size = 1; size <= pin.length / 2; size++) {
		if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin) {
			return true;
		}
	}
	return false;
}

/** Counting up or down, also round past 9 or 0: 12345678, 87654321, 78901234. */
function isRun(pin: string): boolean {
	const digits = [...pin].map(Number);
	const steps = digits.slice(1).map((digit, i) => (digit - digits[i]! + 10) % 10);
	return steps.every((step) => step === 1) || steps.every((step) => step === 9);
}

/** The patterns people reach for first, and so do those who guess: dates, years, repeats, runs. */
export function isEasyToGuessPin(pin: string): boolean {
	if (isRepeated(pin) || isRun(pin) || new Set(pin).size <= 2) return true;
	for (let start = 0; start + 8 <= pin.length; start++) {
		if (isDate(pin.slice(start, start + 8))) return true;
	}
	// Starting or ending with a year (a birth year and a few more digits).
	return isYear(pin.slice(0, 4)) || isYear(pin.slice(-4));
}

/** Says whether a passcode can be used, and how strong it is, in plain terms. */
export function checkPasscode(passcode: string): PasscodeCheck {
	if (/^\d+$/.test(passcode) || passcode === '') {
		if (passcode.length < MIN_PIN_DIGITS) {
			return { kind: 'pin', problem: 'pin-too-short', hint: 'pin-use-phrase' };
		}
		const hint = isEasyToGuessPin(passcode) ? 'easy-to-guess' : 'pin-use-phrase';
		return { kind: 'pin', problem: null, hint };
	}
	const length = [...passcode].length;
	if (length < MIN_PASSPHRASE_CHARACTERS) {
		return { kind: 'passphrase', problem: 'too-short', hint: 'longer-is-stronger' };
	}
	if (/^(.)\1+$/u.test(passcode))
		return { kind: 'passphrase', problem: null, hint: 'easy-to-guess' };
	return {
		kind: 'passphrase',
		problem: null,
		hint: length >= 14 ? 'strong' : 'longer-is-stronger'
	};
}

export { FREE_ATTEMPTS, remainingWait, waitAfterFailures, type SessionTries } from './unlock-wait';
