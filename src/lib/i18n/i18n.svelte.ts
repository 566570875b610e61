import i18next, { type TOptions } from 'i18next';
import { DEFAULT_LANGUAGE, textDirection, type LanguageCode } from './languages';

type Bundle = { default: Record<string, unknown> };

// Every language file is its own chunk: only the chosen language is fetched, and the service
// worker precaches the rest for offline use.
const bundles = import.meta.glob<Bundle>('/locales/*/*.json');

const instance = i18next.createInstance();

/** What every screen needs, the lock screen included; other namespaces load with their screens. */
const CORE_NAMESPACES = ['common', 'exit', 'vault'];

async function loadBundles(code: LanguageCode, namespaces: Iterable<string>): Promise<void> {
	await Promise.all(
		[...namespaces]
			.filter((namespace) => !instance.hasResourceBundle(code, namespace))
			.map(async (namespace) => {
				const load = bundles[`/locales/${code}/${namespace}.json`];
				if (!load) throw new Error(`No ${namespace} texts for ${code}`);
				instance.addResourceBundle(code, namespace, (await load()).default, true, true);
			})
	);
}

/** The language the interface speaks, and the translation function that follows it. */
class Translator {
	language = $state<LanguageCode>(DEFAULT_LANGUAGE);
	direction = $derived(textDirection(this.language));
	#revision = $state(0);
	#requested: LanguageCode | null = null;
	// Bookkeeping only: the revision above tells the screen when texts change.
	#namespaces = new Set(CORE_NAMESPACES);

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
		await loadBundles(code, this.#namespaces);
		if (this.#requested !== code) return;
		await instance.changeLanguage(code);
		this.language = code;
		this.#revision++;
		document.documentElement.lang = code;
		document.documentElement.dir = textDirection(code);
	}

	/** Loads the texts a screen needs (in this language, and in any the person switches to). */
	async need(...namespaces: string[]): Promise<void> {
		for (const namespace of namespaces) this.#namespaces.add(namespace);
		await loadBundles(this.language, namespaces);
		this.#revision++;
	}
}

export const i18n = new Translator();
export const t = i18n.t;
