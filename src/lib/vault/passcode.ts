/** Rules for passcodes and for waiting after wrong ones. Plain logic, no storage. */

/**
 * Spread on every passcode field. Browsers keep what is typed out of autofill and session restore
 * with autocomplete="off"; password managers that honour these hints do not offer to save it.
 * Passcode screens also use no <form> submit, which is what most save prompts follow.
 */
export const PASSCODE_FIELD = {
	autocomplete: 'off',
	autocapitalize: 'off',
	spellcheck: false,
	'data-1p-ignore': '',
	'data-lpignore': 'true',
	'data-bwignore': '',
	'data-form-type': 'other'
} as const;

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

/** Wrong tries allowed before each further try has to wait. */
export const FREE_ATTEMPTS = 5;
const MAX_WAIT_MS = 60_000;

/**
 * How long to wait before the next try after this many wrong ones in a row: nothing for the first
 * five, then 2 s, 4 s, 8 s… up to a minute. Nothing is ever wiped.
 */
export function waitAfterFailures(failures: number): number {
	if (failures < FREE_ATTEMPTS) return 0;
	return Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS + 1));
}

/** Wrong tries in this page's life, with the monotonic time (performance.now()) of the last one. */
export interface SessionTries {
	count: number;
	at: number;
}

/**
 * How long until the next try. Two reckonings, and the stricter wins: the stored count and time
 * (the device clock, so it holds across reloads, but moving the clock forward would end it) and
 * this session's tries (the monotonic clock, which the device clock cannot move). A clock moved
 * back never makes the wait longer than the full wait.
 */
export function remainingWait(
	stored: { count: number; lastAt: number },
	clockNow: number,
	session: SessionTries | null,
	monotonicNow: number
): number {
	const full = waitAfterFailures(Math.max(stored.count, session?.count ?? 0));
	if (full === 0) return 0;
	const byClock = Math.min(full, Math.max(0, stored.lastAt + full - clockNow));
	const bySession = session ? Math.min(full, Math.max(0, session.at + full - monotonicNow)) : 0;
	return Math.max(byClock, bySession);
}
