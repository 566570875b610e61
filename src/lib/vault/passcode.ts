/** Rules for passcodes and for waiting after wrong ones. Plain logic, no storage. */

export type PasscodeKind = 'pin' | 'passphrase';

export interface PasscodeCheck {
	kind: PasscodeKind;
	/** A reason it cannot be used yet, or null when it can. */
	problem: 'pin-too-short' | 'too-short' | null;
	/** Guidance only: it can still be used. */
	hint: 'easy-to-guess' | 'longer-is-stronger' | 'strong';
}

export const MIN_PIN_DIGITS = 6;
export const MIN_PASSPHRASE_CHARACTERS = 8;

function isEasyToGuessPin(pin: string): boolean {
	if (/^(\d)\1+$/.test(pin)) return true;
	const digits = [...pin].map(Number);
	const steps = digits.slice(1).map((digit, i) => digit - digits[i]!);
	return steps.every((step) => step === 1) || steps.every((step) => step === -1);
}

/** Says whether a passcode can be used, and how strong it is, in plain terms. */
export function checkPasscode(passcode: string): PasscodeCheck {
	if (/^\d+$/.test(passcode) || passcode === '') {
		if (passcode.length < MIN_PIN_DIGITS) {
			return { kind: 'pin', problem: 'pin-too-short', hint: 'longer-is-stronger' };
		}
		if (isEasyToGuessPin(passcode)) return { kind: 'pin', problem: null, hint: 'easy-to-guess' };
		return {
			kind: 'pin',
			problem: null,
			hint: passcode.length >= 8 ? 'strong' : 'longer-is-stronger'
		};
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
