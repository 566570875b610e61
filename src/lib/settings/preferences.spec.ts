import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PREFERENCES,
	PREFERENCES_KEY,
	documentAttributes,
	normaliseExitUrl,
	parsePreferences,
	type Preferences
} from './preferences';

describe('parsePreferences', () => {
	it('gives the defaults for nothing stored or something unreadable', () => {
		expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
		expect(parsePreferences('{not json')).toEqual(DEFAULT_PREFERENCES);
		expect(parsePreferences('[1,2]')).toEqual(DEFAULT_PREFERENCES);
	});

	it('keeps valid fields and replaces invalid ones', () => {
		const parsed = parsePreferences(
			JSON.stringify({ language: 'ar', theme: 'neon', textSize: 'larger', autoLockMinutes: 3 })
		);
		expect(parsed.language).toBe('ar');
		expect(parsed.theme).toBe('system');
		expect(parsed.textSize).toBe('larger');
		expect(parsed.autoLockMinutes).toBe(5);
	});

	it('never keeps an unknown language', () => {
		expect(parsePreferences(JSON.stringify({ language: 'xx' })).language).toBeNull();
	});
});

describe('normaliseExitUrl', () => {
	it('adds https to a bare address', () => {
		expect(normaliseExitUrl('  example.org/weather ')).toBe('https://example.org/weather');
	});

	it('refuses addresses that could run code or go nowhere', () => {
		expect(normaliseExitUrl('javascript:alert(1)')).toBeNull();
		expect(normaliseExitUrl('data:text/html,hi')).toBeNull();
		expect(normaliseExitUrl('weather')).toBeNull();
		expect(normaliseExitUrl('')).toBeNull();
		expect(normaliseExitUrl(42)).toBeNull();
	});
});

describe('static/prefs.js', () => {
	function runPrefsScript(stored: string | null): Record<string, string> {
		const attributes: Record<string, string> = {};
		const source = readFileSync(new URL('../../../static/prefs.js', import.meta.url), 'utf8');
		runInNewContext(source, {
			localStorage: { getItem: (key: string) => (key === PREFERENCES_KEY ? stored : null) },
			document: {
				documentElement: {
					setAttribute: (name: string, value: string) => (attributes[name] = value)
				}
			}
		});
		return attributes;
	}

	it('sets the same attributes as the app for every theme, size and motion', () => {
		const variants: Partial<Preferences>[] = [
			{},
			{ theme: 'dark', textSize: 'large', motion: 'reduce' },
			{ theme: 'contrast', textSize: 'larger' },
			{ theme: 'light' }
		];
		for (const variant of variants) {
			const stored = JSON.stringify(variant);
			expect(runPrefsScript(stored)).toEqual(documentAttributes(parsePreferences(stored)));
		}
	});

	it('survives unreadable storage', () => {
		expect(runPrefsScript('{oops')).toEqual(documentAttributes(DEFAULT_PREFERENCES));
	});
});
