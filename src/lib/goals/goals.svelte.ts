import { Collection, type Readable } from '$lib/db/collection.svelte';
import type { StabilityCheck } from './check';
import type { Goal } from './goal';
import { checkRecords, goalRecords, lifeAreaRecords } from './goals.repo';
import { emptyLifeAreas, type LifeAreas } from './life-areas';

export type GoalEntry = Readable<Goal>;
export type CheckEntry = Readable<StabilityCheck>;

const NO_AREAS = emptyLifeAreas();

/** Goals, checks and life areas as the screens see them: three collections, dropped on lock. */
class GoalsState {
	readonly goalRecords = new Collection<Goal>(goalRecords, { by: 'createdAt' });
	/** Newest first, by the date the check is about. */
	readonly checkRecords = new Collection<StabilityCheck>(checkRecords, {
		sort: (a, b) => b.data.takenAt - a.data.takenAt
	});
	/** A single record: hidden built-in areas and the person's own. */
	readonly areaRecords = new Collection<LifeAreas>(lifeAreaRecords, { limit: 1 });
	readonly #all = [this.goalRecords, this.checkRecords, this.areaRecords] as const;

	/** Newest first. */
	get goals(): GoalEntry[] {
		return this.goalRecords.entries;
	}
	get checks(): CheckEntry[] {
		return this.checkRecords.entries;
	}
	get areas(): LifeAreas {
		return this.areaRecords.entries[0]?.data ?? NO_AREAS;
	}
	/** Records that could not be read (kept as they are, counted so the person knows). */
	get damaged(): number {
		return this.#all.reduce((sum, records) => sum + records.damaged, 0);
	}
	get loaded(): boolean {
		return this.#all.every((records) => records.loaded);
	}

	async load(): Promise<void> {
		await Promise.all(this.#all.map((records) => records.load()));
	}

	goal(id: string): GoalEntry | undefined {
		return this.goalRecords.get(id);
	}

	check(id: string): CheckEntry | undefined {
		return this.checkRecords.get(id);
	}

	/** Saves a new goal (no id) or a change; returns its id. */
	async saveGoal(goal: Goal, id?: string): Promise<string> {
		return (await this.goalRecords.save(goal, id)).id;
	}

	removeGoal(id: string): Promise<void> {
		return this.goalRecords.remove(id);
	}

	async saveCheck(check: StabilityCheck, id?: string): Promise<string> {
		return (await this.checkRecords.save(check, id)).id;
	}

	removeCheck(id: string): Promise<void> {
		return this.checkRecords.remove(id);
	}

	async saveAreas(areas: LifeAreas): Promise<void> {
		await this.areaRecords.save(areas, this.areaRecords.entries[0]?.id);
	}
}

export const goals = new GoalsState();
