import { Collection, type Readable } from '$lib/db/collection.svelte';
import type { Person } from './person';
import { personRecords } from './person.repo';

export type PersonEntry = Readable<Person>;
export type PeopleView = 'map' | 'list';

/** The people on the map as the screens see them; their collection drops them on lock. */
class PeopleState {
	/** In the order they were added. */
	readonly records = new Collection<Person>(personRecords, {
		by: 'createdAt',
		sort: (a, b) => a.createdAt - b.createdAt
	});
	/**
	 * Map or list, once the person chooses, for the rest of this visit. Kept in memory only, so
	 * nothing outside the vault records it and "delete everything" has nothing more to find.
	 */
	view = $state<PeopleView | null>(null);

	get people(): PersonEntry[] {
		return this.records.entries;
	}
	/** Records that could not be read (kept as they are, counted so the person knows). */
	get damaged(): number {
		return this.records.damaged;
	}
	get loaded(): boolean {
		return this.records.loaded;
	}

	load(): Promise<void> {
		return this.records.load();
	}

	person(id: string): PersonEntry | undefined {
		return this.records.get(id);
	}

	/** Saves a new person (no id) or a change; returns the id. */
	async save(person: Person, id?: string): Promise<string> {
		return (await this.records.save(person, id)).id;
	}

	remove(id: string): Promise<void> {
		return this.records.remove(id);
	}
}

export const people = new PeopleState();
