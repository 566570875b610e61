import { Collection, type Readable } from '$lib/db/collection.svelte';
import type { ExerciseProgress } from './exercise';
import type { ExerciseNumber } from './exercises';
import { practiceRecords } from './practice.repo';

export type ProgressEntry = Readable<ExerciseProgress>;

/** The person's way through the exercises, as the screens see it; dropped from memory on lock. */
class PracticeState {
	/** Newest change first. After a backup merge two records may hold one exercise: the newest wins. */
	readonly records = new Collection<ExerciseProgress>(practiceRecords);

	get entries(): ProgressEntry[] {
		return this.records.entries;
	}
	/** Records that could not be read (kept as they are, counted so the person knows). */
	get damaged(): number {
		return this.records.damaged;
	}
	get loaded(): boolean {
		return this.records.loaded;
	}
	/** What the last clear removed (the record that counted), so it can be put back; gone on lock. */
	get lastCleared(): ProgressEntry | null {
		return this.records.undoable;
	}

	load(): Promise<void> {
		return this.records.load();
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
		await this.records.save(progress, this.progress(progress.exercise)?.id);
	}

	/** Clears an exercise: its answers and sentences are gone, until Undo puts them back. */
	async clear(exercise: ExerciseNumber): Promise<void> {
		const kept = this.progress(exercise);
		const removed = this.entries.filter((entry) => entry.data.exercise === exercise);
		this.records.forgetUndo();
		await this.records.remove(
			removed.map((entry) => entry.id),
			{ undo: kept?.id }
		);
	}

	/**
	 * Puts back what the last clear removed, as it was. Only the record that counted comes back: an
	 * older duplicate left by a backup merge had nothing the person could see.
	 */
	async undoClear(): Promise<void> {
		await this.records.undo();
	}

	/** Forgets the Undo offer (the person moved on). */
	forgetCleared(): void {
		this.records.forgetUndo();
	}
}

export const practice = new PracticeState();
