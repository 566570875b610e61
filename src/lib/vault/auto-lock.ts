/** When the vault locks by itself. Plain rules; AutoLock.svelte feeds them the clock. */

const MINUTE = 60_000;

/** Locks after this many minutes without a tap, key or scroll. */
export function idleTooLong(now: number, lastActivity: number, autoLockMinutes: number): boolean {
	return now - lastActivity >= autoLockMinutes * MINUTE;
}

/** Locks when the app was in the background at least this long; null means the option is off. */
export function awayTooLong(now: number, hiddenAt: number, minutes: number | null): boolean {
	if (minutes === null) return false;
	return now - hiddenAt >= minutes * MINUTE;
}
