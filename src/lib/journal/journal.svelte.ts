import type { Entry } from '$lib/db/record';
import { toStorageError } from '$lib/db/storage-error';
import { onLock } from '$lib/vault/lock-events';
import type { JournalEntry } from './journal';
import { journalRepository } from './journal.repo';
import { SearchIndex } from './search';

/** How many entries the list shows at first, and so decrypts before all the others. */
export const FIRST_SCREEN = 50;

export type ReadableEntry = Extract<Entry<JournalEntry>, { damaged: false }>;

function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestAnimationFrame === 'function') {
			requestAnimationFrame(() => setTimeout(resolve, 0));
		} else setTimeout(resolve, 0);
	});
}

/** What a note says, as one text to search: title, writing, tags and the incident's details. */
function searchableText(entry: JournalEntry): string {
	const incident = entry.incident ? Object.values(entry.incident).join('\n') : '';
	return [entry.title, entry.body, entry.tags.join(' '), incident].join('\n');
}

/**
 * The journal as screens see it: every entry decrypted in memory, and the search index built from
 * them. Both are dropped the moment the vault locks.
 */
class Journal {
	entries = $state.raw<Entry<JournalEntry>[]>([]);
	loaded = $state(false);
	/** The last deleted entry, kept in memory only so that it can be put back. */
	lastDeleted = $state.raw<ReadableEntry | null>(null);
	#index = new SearchIndex();
	#loading: Promise<void> | null = null;
	/** Counts locks, so that a save or load finishing after a lock keeps nothing in memory. */
	#locks = 0;

	constructor() {
		onLock(() => {
			this.#locks++;
			this.drop();
		});
	}

	/**
	 * Reads and decrypts every entry once, and builds the search index. The newest few come first,
	 * so the list can show them while the rest (thousands, perhaps) are still being decrypted.
	 */
	load(): Promise<void> {
		if (this.loaded) return Promise.resolve();
		const locks = this.#locks;
		this.#loading ??= journalRepository
			.list({ by: 'createdAt', limit: FIRST_SCREEN })
			.then(async (newest) => {
				if (locks === this.#locks && !this.loaded) this.entries = newest;
				// Let the first screen paint before reading (and decrypting) all the others.
				await afterNextPaint();
				return journalRepository.list();
			})
			.then((entries) => {
				if (locks !== this.#locks) return;
				this.#index = new SearchIndex(
					entries.flatMap((e) => (e.damaged ? [] : [{ id: e.id, text: searchableText(e.data) }]))
				);
				this.entries = entries;
				this.loaded = true;
			})
			.finally(() => (this.#loading = null));
		return this.#loading;
	}

	get(id: string): ReadableEntry | undefined {
		const entry = this.entries.find((e) => e.id === id);
		return entry && !entry.damaged ? entry : undefined;
	}

	/** Ids of entries matching every word of the query. */
	search(query: string): Set<string> {
		return this.#index.search(query);
	}

	async save(data: JournalEntry, id?: string): Promise<ReadableEntry> {
		const previous = id ? this.entries.find((e) => e.id === id) : undefined;
		const locks = this.#locks;
		const saved = (await journalRepository.save(data, id, previous?.createdAt)) as ReadableEntry;
		if (locks !== this.#locks) return saved;
		this.#index.set({ id: saved.id, text: searchableText(saved.data) });
		this.entries = [saved, ...this.entries.filter((e) => e.id !== saved.id)];
		return saved;
	}

	async remove(id: string): Promise<void> {
		const entry = this.get(id);
		await journalRepository.remove(id);
		this.#index.delete(id);
		this.entries = this.entries.filter((e) => e.id !== id);
		this.lastDeleted = entry ?? null;
	}

	/** Puts the last deleted entry back, as it was. */
	async undoDelete(): Promise<void> {
		const entry = this.lastDeleted;
		if (!entry) return;
		try {
			const restored = (await journalRepository.save(
				entry.data,
				entry.id,
				entry.createdAt
			)) as ReadableEntry;
			this.#index.set({ id: restored.id, text: searchableText(restored.data) });
			this.entries = [restored, ...this.entries];
			this.lastDeleted = null;
		} catch (error) {
			throw toStorageError(error);
		}
	}

	drop(): void {
		this.entries = [];
		this.lastDeleted = null;
		this.#index.clear();
		this.loaded = false;
	}
}

export const journal = new Journal();
