import {
	PREFERENCES_KEY,
	documentAttributes,
	parsePreferences,
	type Preferences
} from './preferences';

function readStored(): string | null {
	try {
		return localStorage.getItem(PREFERENCES_KEY);
	} catch {
		return null; // Storage blocked: the defaults apply for this visit.
	}
}

/** The person's preferences for this device, applied to the page as they change. */
class PreferencesState {
	current = $state<Preferences>(parsePreferences(readStored()));

	update(patch: Partial<Preferences>): void {
		this.current = parsePreferences(JSON.stringify({ ...this.current, ...patch }));
		try {
			localStorage.setItem(PREFERENCES_KEY, JSON.stringify(this.current));
		} catch {
			// Storage blocked or full: the choice still applies until the page closes.
		}
		this.apply();
	}

	/** Puts the look on <html>; static/prefs.js did the same before the first paint. */
	apply(): void {
		for (const [name, value] of Object.entries(documentAttributes(this.current))) {
			document.documentElement.setAttribute(name, value);
		}
	}

	/** Forgets every preference (delete everything). */
	reset(): void {
		try {
			localStorage.removeItem(PREFERENCES_KEY);
		} catch {
			// Nothing stored, or storage blocked.
		}
		this.current = parsePreferences(null);
		this.apply();
	}
}

export const preferences = new PreferencesState();
