/**
 * The waits after wrong passcodes. Plain logic, no storage; apart from the passcode rules so that
 * the first screen loads only this.
 */

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
