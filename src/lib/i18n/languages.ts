/** The languages Waypoint ships, in the order the chooser shows them. */
export const LANGUAGES = [
	{ code: 'en', name: 'English' },
	{ code: 'es', name: 'Español' },
	{ code: 'ar', name: 'العربية' }
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export type TextDirection = 'ltr' | 'rtl';

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

const RTL_SCRIPTS_AND_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export function isLanguageCode(value: unknown): value is LanguageCode {
	return LANGUAGES.some((language) => language.code === value);
}

/**
 * The one place that decides text direction. Uses the platform's own knowledge where it exists
 * (Intl.Locale text info) and a short list of right-to-left languages otherwise.
 */
export function textDirection(code: string): TextDirection {
	try {
		const locale = new Intl.Locale(code) as Intl.Locale & {
			getTextInfo?: () => { direction?: string };
			textInfo?: { direction?: string };
		};
		const info = locale.getTextInfo?.() ?? locale.textInfo;
		if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
	} catch {
		// An unknown tag falls through to the list below.
	}
	return RTL_SCRIPTS_AND_LANGUAGES.has(code.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** Picks the first shipped language among the browser's preferred ones, else English. */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
	for (const tag of preferred) {
		const base = tag.split('-')[0]?.toLowerCase();
		if (isLanguageCode(base)) return base;
	}
	return DEFAULT_LANGUAGE;
}
