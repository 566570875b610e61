import { Collection, type Readable } from '$lib/db/collection.svelte';
import type { JournalEntry } from './journal';
import { journalRepository } from './journal.repo';
import { SearchIndex } from './search';

/** How many entries the list shows at first, and so decrypts before all the others. */
export const FIRST_SCREEN = 50;

export type ReadableEntry = Readable<JournalEntry>;

/** What a note says, as one text to search: title, writing, tags and the incident's details. */
function searchableText(entry: JournalEntry): string {
	const incident = entry.incident ? Object.values(entry.incident).join('\n') : '';
	return [entry.title, entry.body, entry.tags.join(' '), incident].join('\n');
}

/**
 * The journal as screens see it: its collection of decrypted entries (newest few first, the rest
 * after the first paint) and the search index built from them, dropped with them.
 */
class Journal {
	#index = new SearchIndex();
	readonly records = new Collection<JournalEntry>(journalRepository, {
		firstScreen: FIRST_SCREEN,
		watch: {
			loaded: (entries) => {
				this.#index = new SearchIndex(
					entries.map((e) => ({ id: e.id, text: searchableText(e.data) }))
				);
			},
			saved: (entry) => this.#index.set({ id: entry.id, text: searchableText(entry.data) }),
			removed: (id) => this.#index.delete(id),
			dropped: () => (this.#index = new SearchIndex())
		}
	});

	/** Readable entries, the most recently changed first. */
	get entries(): ReadableEntry[] {
		return this.records.entries;
	}
	get damaged(): number {
		return this.records.damaged;
	}
	get loaded(): boolean {
		return this.records.loaded;
	}
	/** The last deleted entry, kept in memory only so that it can be put back; gone on lock. */
	get lastDeleted(): ReadableEntry | null {
		return this.records.undoable;
	}

	load(): Promise<void> {
		return this.records.load();
	}

	get(id: string): ReadableEntry | undefined {
		return this.records.get(id);
	}

	/** Ids of entries matching every word of the query. */
	search(query: string): Set<string> {
		return this.#index.search(query);
	}

	save(data: JournalEntry, id?: string): Promise<ReadableEntry> {
		return this.records.save(data, id);
	}

	remove(id: string): Promise<void> {
		return this.records.remove(id, { undo: id });
	}

	/** Puts the last deleted entry back, as it was. */
	async undoDelete(): Promise<void> {
		await this.records.undo();
	}
}

export const journal = new Journal();
