import { Collection } from '$lib/db/collection.svelte';
import type { CalmPlaceWords } from './calm-place';
import { calmPlaceRecords } from './calm-place.repo';

/**
 * The person's words for their calm place: the kept record and the words in the box, both dropped
 * with the collection on lock (the box may be open over the lock screen).
 */
class CalmPlaceState {
	/** The words in the box, kept or not yet. */
	words = $state('');
	readonly records = new Collection<CalmPlaceWords>(calmPlaceRecords, {
		limit: 1,
		watch: { dropped: () => (this.words = '') }
	});

	/** The id of the kept words, if the person kept them. */
	get keptId(): string | undefined {
		return this.records.entries[0]?.id;
	}

	/** The box opens with the kept words, if any. */
	async open(): Promise<void> {
		await this.records.load();
		this.words = this.records.entries[0]?.data.words ?? '';
	}

	/** Words typed but not kept are let go when the box closes. */
	close(): void {
		this.words = '';
	}

	async keep(): Promise<void> {
		await this.records.save({ words: this.words }, this.keptId);
	}

	async forget(): Promise<void> {
		const id = this.keptId;
		if (id) await this.records.remove(id);
		this.words = '';
	}
}

export const calmPlace = new CalmPlaceState();
