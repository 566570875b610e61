import { newRecordId, type Entry } from '$lib/db/record';
import { onLock } from '$lib/vault/lock-events';
import {
	addItem,
	emptyPlan,
	hasText,
	type PlanItem,
	type PlanSection,
	type SafetyPlan
} from './safety-plan';
import { MAX_VERSIONS, planVersions } from './safety-plan.repo';

export type PlanVersion = Extract<Entry<SafetyPlan>, { damaged: false }>;

/** The plan as screens see it, with its earlier versions; dropped from memory on lock. */
class PlanState {
	plan = $state.raw<SafetyPlan>(emptyPlan());
	/** Newest first; the first is the current plan. */
	versions = $state.raw<PlanVersion[]>([]);
	loaded = $state(false);
	#locks = 0;

	constructor() {
		onLock(() => {
			this.#locks++;
			this.plan = emptyPlan();
			this.versions = [];
			this.loaded = false;
		});
	}

	async load(): Promise<void> {
		if (this.loaded) return;
		const locks = this.#locks;
		const all = await planVersions.list({ by: 'createdAt' });
		if (locks !== this.#locks) return;
		this.versions = all.filter((v): v is PlanVersion => !v.damaged);
		this.plan = this.versions[0]?.data ?? emptyPlan();
		this.loaded = true;
	}

	/** Saves a change as a new version; the one before stays in the history. */
	async change(next: SafetyPlan): Promise<void> {
		const locks = this.#locks;
		const saved = (await planVersions.save(next)) as PlanVersion;
		if (locks !== this.#locks) return;
		this.plan = next;
		this.versions = [saved, ...this.versions];
		for (const old of this.versions.slice(MAX_VERSIONS)) await planVersions.remove(old.id);
		this.versions = this.versions.slice(0, MAX_VERSIONS);
	}

	/**
	 * Adds an entry from another area (a sentence built in Practice, a person from the map) as a new
	 * version. Returns false when the same words are already in that part, or there is no room.
	 */
	async add(section: PlanSection, item: Omit<PlanItem, 'id'>): Promise<boolean> {
		await this.load();
		if (hasText(this.plan, section, item.text)) return false;
		const next = addItem(this.plan, section, item, newRecordId());
		if (next === this.plan) return false;
		await this.change(next);
		return true;
	}

	/** Goes back to an earlier version, by saving it again as the newest. */
	async restore(versionId: string): Promise<void> {
		const version = this.versions.find((v) => v.id === versionId);
		if (version) await this.change(version.data);
	}
}

export const safetyPlan = new PlanState();
