import { subscribe } from '$lib/vault/vault-events';
import type { Entry } from './record';
import type { Repository } from './repository';
import type { PersonalTable } from './schema';
import { toStorageError, type StorageProblem } from './storage-error';

/** A record that could be opened, with its data. */
export type Readable<T> = Extract<Entry<T>, { damaged: false }>;

/** Told what a collection holds, so a capability can keep something built from it (an index). */
export interface CollectionWatcher<T> {
	loaded?(entries: readonly Readable<T>[]): void;
	saved?(entry: Readable<T>): void;
	removed?(id: string): void;
	/** Dropped on lock, wipe or restore: whatever was built from the records must go too. */
	dropped?(): void;
}

export interface CollectionOptions<T> {
	/** Which time orders the records, newest first (as the repository lists them). */
	by?: 'createdAt' | 'updatedAt';
	/** The order screens want instead, for example oldest first or by a date inside the record. */
	sort?: (a: Readable<T>, b: Readable<T>) => number;
	/** Read only the newest few (a single-record collection reads one). */
	limit?: number;
	/** Show this many newest-written records first, and read the rest after the first paint. */
	firstScreen?: number;
	watch?: CollectionWatcher<T>;
}

function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestAnimationFrame === 'function') {
			requestAnimationFrame(() => setTimeout(resolve, 0));
		} else setTimeout(resolve, 0);
	});
}

/** Every collection the app has, so one test can prove each of them drops what it holds. */
export const collections: Collection<unknown>[] = [];

/**
 * The one holder of a capability's decrypted records in memory. It reads them once, counts the
 * records that could not be opened, carries the storage problem a screen shows, and keeps the last
 * removed record for Undo. A lock or a wipe drops all of it at once; a restored backup drops it and
 * it is read again on next use. Nothing that finishes after a drop is kept: every await is checked
 * against the drop count (`#generation`).
 */
export class Collection<T> {
	/** Readable records, in the collection's order. */
	entries = $state.raw<Readable<T>[]>([]);
	/** Records that could not be opened (kept as they are in storage, counted so the person knows). */
	damaged = $state(0);
	loaded = $state(false);
	/** The last storage problem, for the screen to explain; null once an operation succeeds. */
	problem = $state<StorageProblem | null>(null);
	/** The last removed record, in memory only, so Undo can put it back. */
	undoable = $state.raw<Readable<T> | null>(null);
	readonly table: PersonalTable;
	#generation = 0;
	#loading: Promise<void> | null = null;
	readonly #compare: (a: Readable<T>, b: Readable<T>) => number;

	constructor(
		readonly repository: Repository<T>,
		readonly options: CollectionOptions<T> = {}
	) {
		this.table = repository.table;
		const by = options.by ?? 'updatedAt';
		this.#compare = options.sort ?? ((a, b) => b[by] - a[by]);
		subscribe('locked', () => this.drop());
		subscribe('wiped', () => this.drop());
		subscribe('records-replaced', () => this.drop());
		collections.push(this as Collection<unknown>);
	}

	/** Reads every record once; later calls return at once (or join the read under way). */
	load(): Promise<void> {
		if (this.loaded) return Promise.resolve();
		if (!this.#loading) {
			const loading = this.#read().finally(() => {
				if (this.#loading === loading) this.#loading = null;
			});
			this.#loading = loading;
		}
		return this.#loading;
	}

	#read(): Promise<void> {
		const { by = 'updatedAt', limit, firstScreen } = this.options;
		return this.#guard(async (current) => {
			if (firstScreen !== undefined) {
				const newest = await this.repository.list({ by: 'createdAt', limit: firstScreen });
				if (!current()) return;
				this.entries = this.#readable(newest);
				// Let the first screen paint before reading (and decrypting) all the others.
				await afterNextPaint();
				if (!current()) return;
			}
			const all = await this.repository.list({ by, limit });
			if (!current()) return;
			const readable = this.#readable(all);
			this.entries = readable;
			this.damaged = all.length - readable.length;
			this.options.watch?.loaded?.(readable);
			this.loaded = true;
		});
	}

	#readable(entries: Entry<T>[]): Readable<T>[] {
		const readable = entries.filter((entry): entry is Readable<T> => !entry.damaged);
		return this.options.sort ? readable.sort(this.options.sort) : readable;
	}

	/** A readable record by id. */
	get(id: string): Readable<T> | undefined {
		return this.entries.find((entry) => entry.id === id);
	}

	/**
	 * Saves new data (no id) or a change to a record, and holds it in its place in the order. A
	 * save that finishes after a lock is stored, but not held.
	 */
	save(data: T, id?: string): Promise<Readable<T>> {
		const createdAt = id ? this.get(id)?.createdAt : undefined;
		return this.#guard(async (current) => {
			const saved = (await this.repository.save(data, id, createdAt)) as Readable<T>;
			if (current()) this.#hold(saved);
			return saved;
		});
	}

	/**
	 * Removes records for good. With `undo`, that one is kept in memory (until Undo, the next
	 * removal with undo, forgetUndo or a lock) so that undo() can store it again as it was.
	 */
	remove(ids: string | readonly string[], options: { undo?: string } = {}): Promise<void> {
		const keep = options.undo ? this.get(options.undo) : undefined;
		return this.#guard(async (current) => {
			for (const id of typeof ids === 'string' ? [ids] : ids) {
				await this.repository.remove(id);
				if (!current()) return;
				this.entries = this.entries.filter((entry) => entry.id !== id);
				this.options.watch?.removed?.(id);
			}
			if (options.undo) this.undoable = keep ?? null;
		});
	}

	/** Puts the last removed record back, as it was. */
	undo(): Promise<Readable<T> | undefined> {
		const kept = this.undoable;
		if (!kept) return Promise.resolve(undefined);
		return this.#guard(async (current) => {
			const restored = (await this.repository.save(
				kept.data,
				kept.id,
				kept.createdAt
			)) as Readable<T>;
			if (!current()) return undefined;
			this.#hold(restored);
			this.undoable = null;
			return restored;
		});
	}

	/** Lets go of the Undo offer (the person moved on). */
	forgetUndo(): void {
		this.undoable = null;
	}

	/** Drops everything held. Anything still under way finds the generation changed and keeps nothing. */
	drop(): void {
		this.#generation++;
		this.#loading = null;
		this.entries = [];
		this.damaged = 0;
		this.loaded = false;
		this.problem = null;
		this.undoable = null;
		this.options.watch?.dropped?.();
	}

	#hold(saved: Readable<T>): void {
		const others = this.entries.filter((entry) => entry.id !== saved.id);
		const at = others.findIndex((entry) => this.#compare(saved, entry) < 0);
		this.entries =
			at < 0 ? [...others, saved] : [...others.slice(0, at), saved, ...others.slice(at)];
		this.options.watch?.saved?.(saved);
	}

	/**
	 * Runs an operation with a way to ask, after each await, whether a drop came meanwhile; notes
	 * its storage problem for the screen (unless a drop came: then there is nothing to show).
	 */
	async #guard<R>(run: (current: () => boolean) => Promise<R>): Promise<R> {
		const generation = this.#generation;
		const current = () => generation === this.#generation;
		try {
			const result = await run(current);
			if (current()) this.problem = null;
			return result;
		} catch (error) {
			const storageError = toStorageError(error);
			if (current()) this.problem = storageError.problem;
			throw storageError;
		}
	}
}
