import type { Entry } from '$lib/db/record';
import { onLock } from '$lib/vault/lock-events';
import type { Person } from './person';
import { personRecords } from './person.repo';

export type PersonEntry = Extract<Entry<Person>, { damaged: false }>;
export type PeopleView = 'map' | 'list';

/** The people on the map as the screens see them; dropped from memory on lock. */
class PeopleState {
	/** In the order they were added. */
	people = $state.raw<PersonEntry[]>([]);
	/** Records that could not be read (kept as they are, counted so the person knows). */
	damaged = $state(0);
	loaded = $state(false);
	/**
	 * Map or list, once the person chooses, for the rest of this visit. Kept in memory only, so
	 * nothing outside the vault records it and "delete everything" has nothing more to find.
	 */
	view = $state<PeopleView | null>(null);
	#locks = 0;
	#loading: Promise<void> | null = null;

	constructor() {
		onLock(() => {
			this.#locks++;
			this.people = [];
			this.damaged = 0;
			this.loaded = false;
			this.#loading = null;
		});
	}

	load(): Promise<void> {
		if (this.loaded) return Promise.resolve();
		this.#loading ??= this.#read().finally(() => (this.#loading = null));
		return this.#loading;
	}

	async #read(): Promise<void> {
		const locks = this.#locks;
		const all = await personRecords.list({ by: 'createdAt' });
		if (locks !== this.#locks) return;
		this.people = all.filter((p): p is PersonEntry => !p.damaged).reverse();
		this.damaged = all.length - this.people.length;
		this.loaded = true;
	}

	person(id: string): PersonEntry | undefined {
		return this.people.find((p) => p.id === id);
	}

	/** Saves a new person (no id) or a change; returns the id. */
	async save(person: Person, id?: string): Promise<string> {
		const locks = this.#locks;
		const saved = (await personRecords.save(person, id)) as PersonEntry;
		if (locks === this.#locks) {
			this.people = this.people.some((p) => p.id === saved.id)
				? this.people.map((p) => (p.id === saved.id ? saved : p))
				: [...this.people, saved];
		}
		return saved.id;
	}

	async remove(id: string): Promise<void> {
		await personRecords.remove(id);
		this.people = this.people.filter((p) => p.id !== id);
	}
}

export const people = new PeopleState();
