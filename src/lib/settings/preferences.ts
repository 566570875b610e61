import { isLanguageCode, type LanguageCode } from '$lib/i18n/languages';

/**
 * Preferences about how Waypoint looks and behaves. They hold nothing personal, so they live in
 * localStorage where static/prefs.js can apply them before the first paint, even while locked.
 * Anything that only matters after unlock (the plan's review date, backup reminders) is kept in
 * the vault instead (reminders.ts), so it cannot be read at rest.
 */
export interface Preferences {
	/** null until the person chooses; the browser's languages decide meanwhile. */
	language: LanguageCode | null;
	theme: Theme;
	textSize: TextSize;
	motion: Motion;
	/** An address the person typed for the quick exit; null means the language's default. */
	exitUrl: string | null;
	/** Cover the screen as soon as the page is hidden (app switcher previews). */
	hideOnSwitch: boolean;
	/** A tab title to show instead of the app's name; null keeps "Waypoint". */
	disguiseTitle: string | null;
	/** Minutes of inactivity before the vault locks itself. */
	autoLockMinutes: AutoLockMinutes;
	/** Lock when the app has been in the background this many minutes (0: at once); null: off. */
	backgroundLockMinutes: BackgroundLockMinutes;
	/** The first-run welcome was read or skipped. */
	welcomed: boolean;
}

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export const MOTIONS = ['system', 'reduce'] as const;
export const AUTO_LOCK_MINUTES = [1, 5, 15] as const;
export const BACKGROUND_LOCK_MINUTES = [null, 0, 1, 5] as const;

export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type Motion = (typeof MOTIONS)[number];
export type AutoLockMinutes = (typeof AUTO_LOCK_MINUTES)[number];
export type BackgroundLockMinutes = (typeof BACKGROUND_LOCK_MINUTES)[number];

/** The localStorage key; static/prefs.js reads the same key. */
export const PREFERENCES_KEY = 'waypoint.preferences';

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
	language: null,
	theme: 'system',
	textSize: 'normal',
	motion: 'system',
	exitUrl: null,
	hideOnSwitch: false,
	disguiseTitle: null,
	autoLockMinutes: 5,
	backgroundLockMinutes: null,
	welcomed: false
});

/** The value if it is one of the allowed ones, else the fallback. */
export function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads stored preferences, keeping every valid field and replacing anything else by its default. */
export function parsePreferences(raw: string | null): Preferences {
	let value: Record<string, unknown> = {};
	try {
		const parsed: unknown = raw ? JSON.parse(raw) : {};
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
			value = parsed as Record<string, unknown>;
		}
	} catch {
		// Unreadable preferences are replaced by the defaults; they hold nothing personal.
	}
	const d = DEFAULT_PREFERENCES;
	return {
		language: isLanguageCode(value.language) ? value.language : null,
		theme: oneOf(THEMES, value.theme, d.theme),
		textSize: oneOf(TEXT_SIZES, value.textSize, d.textSize),
		motion: oneOf(MOTIONS, value.motion, d.motion),
		exitUrl: normaliseExitUrl(value.exitUrl),
		hideOnSwitch: value.hideOnSwitch === true,
		disguiseTitle: normaliseTitle(value.disguiseTitle),
		autoLockMinutes: oneOf(AUTO_LOCK_MINUTES, value.autoLockMinutes, d.autoLockMinutes),
		backgroundLockMinutes: oneOf(
			BACKGROUND_LOCK_MINUTES,
			value.backgroundLockMinutes,
			d.backgroundLockMinutes
		),
		welcomed: value.welcomed === true
	};
}

/**
 * Turns what a person typed into an exit address, or null when it cannot be one. Only http(s):
 * anything else (javascript:, data:) could run code or fail to leave the app.
 */
export function normaliseExitUrl(input: unknown): string | null {
	if (typeof input !== 'string') return null;
	const trimmed = input.trim();
	if (!trimmed) return null;
	const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
	try {
		const url = new URL(withScheme);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
		return url.href;
	} catch {
		return null;
	}
}

function normaliseTitle(input: unknown): string | null {
	if (typeof input !== 'string') return null;
	const trimmed = input.trim().slice(0, 60);
	return trimmed || null;
}

/** The attributes on <html> that the stylesheet reads; static/prefs.js sets the same ones. */
export function documentAttributes(preferences: Preferences): Record<string, string> {
	return {
		'data-theme': preferences.theme,
		'data-text-size': preferences.textSize,
		'data-motion': preferences.motion
	};
}
