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
