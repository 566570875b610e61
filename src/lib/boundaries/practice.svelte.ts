import type { Entry } from '$lib/db/record';
import { onLock } from '$lib/vault/lock-events';
import type { ExerciseProgress } from './exercise';
import type { ExerciseNumber } from './exercises';
import { practiceRecords } from './practice.repo';

export type ProgressEntry = Extract<Entry<ExerciseProgress>, { damaged: false }>;

/** The person's way through the exercises, as the screens see it; dropped from memory on lock. */
class PracticeState {
	/** Newest change first. After a backup merge two records may hold one exercise: the newest wins. */
	entries = $state.raw<ProgressEntry[]>([]);
	/** Records that could not be read (kept as they are, counted so the person knows). */
	damaged = $state(0);
	loaded = $state(false);
	/** What the last clear removed (the record that counted), so it can be put back. */
	lastCleared = $state.raw<ProgressEntry | null>(null);
	#locks = 0;
	#loading: Promise<void> | null = null;

	constructor() {
		onLock(() => {
			this.#locks++;
			this.entries = [];
			this.damaged = 0;
			this.loaded = false;
			this.lastCleared = null;
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
		const all = await practiceRecords.list();
		if (locks !== this.#locks) return;
		this.entries = all.filter((entry): entry is ProgressEntry => !entry.damaged);
		this.damaged = all.length - this.entries.length;
		this.loaded = true;
	}

	/** The person's progress in one exercise (the newest record, if there are two). */
	progress(exercise: ExerciseNumber): ProgressEntry | undefined {
		return this.entries.find((entry) => entry.data.exercise === exercise);
	}

	/** Every exercise opened, newest record per exercise. */
	opened(): ProgressEntry[] {
		return this.entries.filter(
			(entry, index) =>
				this.entries.findIndex((other) => other.data.exercise === entry.data.exercise) === index
		);
	}

	/** Saves progress in an exercise, into its one record. */
	async save(progress: ExerciseProgress): Promise<void> {
		const locks = this.#locks;
		const id = this.progress(progress.exercise)?.id;
		const saved = (await practiceRecords.save(progress, id)) as ProgressEntry;
		if (locks !== this.#locks) return;
		this.entries = [saved, ...this.entries.filter((entry) => entry.id !== saved.id)];
	}

	/** Clears an exercise: its answers and sentences are gone, until Undo puts them back. */
	async clear(exercise: ExerciseNumber): Promise<void> {
		const kept = this.progress(exercise);
		const removed = this.entries.filter((entry) => entry.data.exercise === exercise);
		for (const entry of removed) await practiceRecords.remove(entry.id);
		this.entries = this.entries.filter((entry) => entry.data.exercise !== exercise);
		this.lastCleared = kept ?? null;
	}

	/**
	 * Puts back what the last clear removed, as it was. Only the record that counted comes back: an
	 * older duplicate left by a backup merge had nothing the person could see.
	 */
	async undoClear(): Promise<void> {
		const cleared = this.lastCleared;
		if (!cleared) return;
		const locks = this.#locks;
		const restored = (await practiceRecords.save(
			cleared.data,
			cleared.id,
			cleared.createdAt
		)) as ProgressEntry;
		if (locks !== this.#locks) return;
		this.entries = [restored, ...this.entries];
		this.lastCleared = null;
	}

	/** Forgets the Undo offer (the person moved on). */
	forgetCleared(): void {
		this.lastCleared = null;
	}
}

export const practice = new PracticeState();
