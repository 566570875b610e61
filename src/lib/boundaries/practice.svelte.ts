import { Collection, type Readable } from '$lib/db/collection.svelte';
import type { ExerciseProgress } from './exercise';
import type { ExerciseNumber } from './exercises';
import { practiceRecords } from './practice.repo';

export type ProgressEntry = Readable<ExerciseProgress>;

/**
 * The person's way through the exercises, as the screens see it (newest change first); dropped from
 * memory on lock. After a backup merge two records may hold one exercise: the newest wins.
 */
class PracticeState extends Collection<ExerciseProgress> {
	constructor() {
		super(practiceRecords);
	}

	/** What the last clear removed (the record that counted), so it can be put back; gone on lock. */
	get lastCleared(): ProgressEntry | null {
		return this.undoable;
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
	override save(progress: ExerciseProgress): Promise<ProgressEntry> {
		return super.save(progress, this.progress(progress.exercise)?.id);
	}

	/** Clears an exercise: its answers and sentences are gone, until Undo puts them back. */
	async clear(exercise: ExerciseNumber): Promise<void> {
		const kept = this.progress(exercise);
		const removed = this.entries.filter((entry) => entry.data.exercise === exercise);
		this.forgetUndo();
		await this.remove(
			removed.map((entry) => entry.id),
			{ undo: kept?.id }
		);
	}

	/**
	 * Puts back what the last clear removed, as it was. Only the record that counted comes back: an
	 * older duplicate left by a backup merge had nothing the person could see.
	 */
	async undoClear(): Promise<void> {
		await this.undo();
	}

	/** Forgets the Undo offer (the person moved on). */
	forgetCleared(): void {
		this.forgetUndo();
	}
}

export const practice = new PracticeState();
