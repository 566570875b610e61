import { Collection, type Readable } from '$lib/db/collection.svelte';
import { newRecordId } from '$lib/db/record';
import {
	addItem,
	emptyPlan,
	hasText,
	type PlanItem,
	type PlanSection,
	type SafetyPlan
} from './safety-plan';
import { MAX_VERSIONS, planVersions } from './safety-plan.repo';

export type PlanVersion = Readable<SafetyPlan>;

const NO_PLAN = emptyPlan();

/** The plan as screens see it, with its earlier versions; their collection drops them on lock. */
class PlanState {
	readonly records = new Collection<SafetyPlan>(planVersions, { by: 'createdAt' });

	/** The newest version, or an empty plan. */
	get plan(): SafetyPlan {
		return this.records.entries[0]?.data ?? NO_PLAN;
	}
	/** Newest first; the first is the current plan. */
	get versions(): PlanVersion[] {
		return this.records.entries;
	}
	get loaded(): boolean {
		return this.records.loaded;
	}

	load(): Promise<void> {
		return this.records.load();
	}

	/** Saves a change as a new version; the one before stays in the history. */
	async change(next: SafetyPlan): Promise<void> {
		await this.records.save(next);
		const beyond = this.records.entries.slice(MAX_VERSIONS).map((old) => old.id);
		if (beyond.length > 0) await this.records.remove(beyond);
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
		const version = this.records.get(versionId);
		if (version) await this.change(version.data);
	}
}

export const safetyPlan = new PlanState();
