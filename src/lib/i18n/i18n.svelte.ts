import i18next, { type TOptions } from 'i18next';
import { DEFAULT_LANGUAGE, textDirection, type LanguageCode } from './languages';

type Bundle = { default: Record<string, unknown> };

// Every language file is its own chunk: only the chosen language is fetched, and the service
// worker precaches the rest for offline use.
const bundles = import.meta.glob<Bundle>('/locales/*/*.json');

const instance = i18next.createInstance();
// Bookkeeping only: nothing on screen depends on it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loaded = new Set<LanguageCode>();

async function loadLanguage(code: LanguageCode): Promise<void> {
	if (loaded.has(code)) return;
	const prefix = `/locales/${code}/`;
	const files = Object.entries(bundles).filter(([path]) => path.startsWith(prefix));
	const namespaces = await Promise.all(
		files.map(async ([path, load]) => {
			const namespace = path.slice(prefix.length, -'.json'.length);
			return [namespace, (await load()).default] as const;
		})
	);
	for (const [namespace, resources] of namespaces) {
		instance.addResourceBundle(code, namespace, resources, true, true);
	}
	loaded.add(code);
}

/** The language the interface speaks, and the translation function that follows it. */
class Translator {
	language = $state<LanguageCode>(DEFAULT_LANGUAGE);
	direction = $derived(textDirection(this.language));
	#revision = $state(0);
	#requested: LanguageCode | null = null;

	/** Translates a key (`namespace:path.to.key`); re-runs wherever it is used when the language changes. */
	t = (key: string, options?: TOptions): string => {
		void this.#revision;
		return instance.t(key, options) as string;
	};

	/** Loads a language and switches everything to it, including `<html lang dir>`. */
	async use(code: LanguageCode): Promise<void> {
		// Only the latest choice wins, even if an earlier language finishes loading after it.
		this.#requested = code;
		if (!instance.isInitialized) {
			await instance.init({
				lng: code,
				fallbackLng: false,
				defaultNS: 'common',
				ns: ['common'],
				resources: {},
				interpolation: { escapeValue: false },
				returnNull: false
			});
		}
		await loadLanguage(code);
		if (this.#requested !== code) return;
		await instance.changeLanguage(code);
		this.language = code;
		this.#revision++;
		document.documentElement.lang = code;
		document.documentElement.dir = textDirection(code);
	}
}

export const i18n = new Translator();
export const t = i18n.t;
