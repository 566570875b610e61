import {
	PREFERENCES_KEY,
	documentAttributes,
	parsePreferences,
	type Preferences
} from './preferences';

/** The preferences exactly as stored (raw text), or null when none or storage is blocked. */
export function storedPreferences(): string | null {
	try {
		return localStorage.getItem(PREFERENCES_KEY);
	} catch {
		return null; // Storage blocked: the defaults apply for this visit.
	}
}

/** The person's preferences for this device, applied to the page as they change. */
class PreferencesState {
	current = $state<Preferences>(parsePreferences(storedPreferences()));

	update(patch: Partial<Preferences>): void {
		this.current = parsePreferences(JSON.stringify({ ...this.current, ...patch }));
		this.rewrite();
		this.apply();
	}

	/** Stores the preferences as this version knows them: fields it no longer keeps are left out. */
	rewrite(): void {
		try {
			localStorage.setItem(PREFERENCES_KEY, JSON.stringify(this.current));
		} catch {
			// Storage blocked or full: the choice still applies until the page closes.
		}
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
