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

/** Folded text of every readable entry, built from the journal's records and dropped with them. */
let index = new SearchIndex();

/**
 * The journal as screens see it: a collection of decrypted entries (newest few first, the rest
 * after the first paint) with the search index built from them and Undo for a deleted note.
 */
class Journal extends Collection<JournalEntry> {
	constructor() {
		super(journalRepository, {
			firstScreen: FIRST_SCREEN,
			watch: {
				loaded: (entries) => {
					index = new SearchIndex(entries.map((e) => ({ id: e.id, text: searchableText(e.data) })));
				},
				saved: (entry) => index.set({ id: entry.id, text: searchableText(entry.data) }),
				removed: (id) => index.delete(id),
				dropped: () => (index = new SearchIndex())
			}
		});
	}

	/** The last deleted entry, kept in memory only so that it can be put back; gone on lock. */
	get lastDeleted(): ReadableEntry | null {
		return this.undoable;
	}

	/** Ids of entries matching every word of the query. */
	search(query: string): Set<string> {
		return index.search(query);
	}

	/** Deletes an entry, keeping it in memory for Undo. */
	override remove(id: string): Promise<void> {
		return super.remove(id, { undo: id });
	}

	/** Puts the last deleted entry back, as it was. */
	async undoDelete(): Promise<void> {
		await this.undo();
	}
}

export const journal = new Journal();
