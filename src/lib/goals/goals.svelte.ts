import type { Entry } from '$lib/db/record';
import { onLock } from '$lib/vault/lock-events';
import type { StabilityCheck } from './check';
import type { Goal } from './goal';
import { checkRecords, goalRecords, lifeAreaRecords } from './goals.repo';
import { emptyLifeAreas, type LifeAreas } from './life-areas';

export type GoalEntry = Extract<Entry<Goal>, { damaged: false }>;
export type CheckEntry = Extract<Entry<StabilityCheck>, { damaged: false }>;

/** Goals, checks and life areas as the screens see them; dropped from memory on lock. */
class GoalsState {
	/** Newest change first. */
	goals = $state.raw<GoalEntry[]>([]);
	/** Newest first, by the date the check is about. */
	checks = $state.raw<CheckEntry[]>([]);
	areas = $state.raw<LifeAreas>(emptyLifeAreas());
	/** Records that could not be read (kept as they are, counted so the person knows). */
	damaged = $state(0);
	loaded = $state(false);
	#areasId: string | undefined;
	#locks = 0;
	#loading: Promise<void> | null = null;

	constructor() {
		onLock(() => {
			this.#locks++;
			this.goals = [];
			this.checks = [];
			this.areas = emptyLifeAreas();
			this.#areasId = undefined;
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
		const [goals, checks, areas] = await Promise.all([
			goalRecords.list({ by: 'createdAt' }),
			checkRecords.list(),
			lifeAreaRecords.list({ limit: 1 })
		]);
		if (locks !== this.#locks) return;
		this.goals = goals.filter((g): g is GoalEntry => !g.damaged);
		this.checks = sortChecks(checks.filter((c): c is CheckEntry => !c.damaged));
		const readable = areas.find((a) => !a.damaged);
		this.areas = readable && !readable.damaged ? readable.data : emptyLifeAreas();
		this.#areasId = areas[0]?.id;
		this.damaged =
			goals.length -
			this.goals.length +
			checks.length -
			this.checks.length +
			(readable ? 0 : areas.length);
		this.loaded = true;
	}

	goal(id: string): GoalEntry | undefined {
		return this.goals.find((g) => g.id === id);
	}

	check(id: string): CheckEntry | undefined {
		return this.checks.find((c) => c.id === id);
	}

	/** Saves a new goal (no id) or a change; returns its id. */
	async saveGoal(goal: Goal, id?: string): Promise<string> {
		const locks = this.#locks;
		const saved = (await goalRecords.save(goal, id)) as GoalEntry;
		if (locks === this.#locks) {
			this.goals = this.goals.some((g) => g.id === saved.id)
				? this.goals.map((g) => (g.id === saved.id ? saved : g))
				: [...this.goals, saved];
		}
		return saved.id;
	}

	async removeGoal(id: string): Promise<void> {
		await goalRecords.remove(id);
		this.goals = this.goals.filter((g) => g.id !== id);
	}

	async saveCheck(check: StabilityCheck, id?: string): Promise<string> {
		const locks = this.#locks;
		const saved = (await checkRecords.save(check, id)) as CheckEntry;
		if (locks === this.#locks) {
			this.checks = sortChecks([saved, ...this.checks.filter((c) => c.id !== saved.id)]);
		}
		return saved.id;
	}

	async removeCheck(id: string): Promise<void> {
		await checkRecords.remove(id);
		this.checks = this.checks.filter((c) => c.id !== id);
	}

	async saveAreas(areas: LifeAreas): Promise<void> {
		const locks = this.#locks;
		const saved = await lifeAreaRecords.save(areas, this.#areasId);
		if (locks !== this.#locks) return;
		this.#areasId = saved.id;
		this.areas = areas;
	}
}

function sortChecks(checks: CheckEntry[]): CheckEntry[] {
	return [...checks].sort((a, b) => b.data.takenAt - a.data.takenAt);
}

export const goals = new GoalsState();
