/** Whether the browser promised to keep Waypoint's data, and asking it to. */

export async function isDataKept(): Promise<boolean> {
	return (await navigator.storage?.persisted?.()) ?? false;
}

/** Asks the browser not to clear Waypoint's data when space runs low; true when it agreed. */
export async function askToKeepData(): Promise<boolean> {
	try {
		return (await navigator.storage?.persist?.()) ?? false;
	} catch {
		return false;
	}
}

const ASKED_KEY = 'waypoint.keepAsked';

/** The first time the person saves something, asks the browser to keep the data (once). */
export function askToKeepDataOnce(): void {
	try {
		if (localStorage.getItem(ASKED_KEY)) return;
		localStorage.setItem(ASKED_KEY, '1');
	} catch {
		return;
	}
	void askToKeepData();
}

/** Forgets that the browser was asked (delete everything): a fresh start asks again. */
export function forgetAskedToKeep(): void {
	try {
		localStorage.removeItem(ASKED_KEY);
	} catch {
		// Nothing stored, or storage blocked.
	}
}

export interface SpaceUsed {
	used: number;
	quota: number;
}

/** How much space Waypoint uses and may use here, when the browser says. */
export async function spaceUsed(): Promise<SpaceUsed | null> {
	const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
	if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
	return { used: estimate.usage, quota: estimate.quota };
}
