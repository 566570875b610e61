import type { Transaction } from 'dexie';

/**
 * Every schema version Waypoint has released, oldest first. Released versions are never edited:
 * a change is a new version with its own upgrade and a test that opens the previous version's data
 * (see schema.spec.ts).
 */
export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (transaction: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{
		version: 1,
		stores: {
			// Settings of the vault and the app that are not personal content.
			meta: 'key',
			// Journal entries (StoredRecord).
			journal: 'id, createdAt, updatedAt'
		}
	},
	{
		version: 2,
		stores: {
			// The person's own words for their calm place ("I need a moment").
			grounding: 'id, createdAt, updatedAt',
			// Help contacts the person added by hand (advocate, case worker…).
			helpContacts: 'id, createdAt, updatedAt'
		}
	},
	{
		version: 3,
		stores: {
			// The safety plan: every saved change is a record, so earlier versions stay.
			safetyPlan: 'id, createdAt, updatedAt'
		}
	},
	{
		version: 4,
		stores: {
			// Practice: one record per boundary exercise (answers, where the person left off, scripts).
			practice: 'id, createdAt, updatedAt',
			// The relationship map: one record per person, with the dated history of their place.
			people: 'id, createdAt, updatedAt',
			// Goals toward stability, each with its small steps.
			goals: 'id, createdAt, updatedAt',
			// "Where am I now" checks, one record per dated check.
			stabilityChecks: 'id, createdAt, updatedAt',
			// Which life areas the person hides, and the areas they added in their own words.
			lifeAreas: 'id, createdAt, updatedAt'
		}
	},
	{
		version: 5,
		// Neutral store names: the browser's own storage view (or anyone reading the profile's files)
		// should not learn what each store holds. Every row is copied as it is (sealed records stay
		// bound to their logical table name, so nothing is re-encrypted), then the old store goes.
		stores: {
			r1: 'id, createdAt, updatedAt',
			r2: 'id, createdAt, updatedAt',
			r3: 'id, createdAt, updatedAt',
			r4: 'id, createdAt, updatedAt',
			r5: 'id, createdAt, updatedAt',
			r6: 'id, createdAt, updatedAt',
			r7: 'id, createdAt, updatedAt',
			r8: 'id, createdAt, updatedAt',
			r9: 'id, createdAt, updatedAt',
			// New: the dates that only matter after unlock (plan review, last backup, reminders).
			r10: 'id, createdAt, updatedAt',
			journal: null,
			grounding: null,
			helpContacts: null,
			safetyPlan: null,
			practice: null,
			people: null,
			goals: null,
			stabilityChecks: null,
			lifeAreas: null
		},
		upgrade: async (transaction) => {
			const moves: [string, string][] = [
				['journal', 'r1'],
				['grounding', 'r2'],
				['helpContacts', 'r3'],
				['safetyPlan', 'r4'],
				['practice', 'r5'],
				['people', 'r6'],
				['goals', 'r7'],
				['stabilityChecks', 'r8'],
				['lifeAreas', 'r9']
			];
			for (const [from, to] of moves) {
				await transaction.table(to).bulkPut(await transaction.table(from).toArray());
			}
		}
	}
];

/** Tables that hold personal content (StoredRecord rows); the vault seals every one of them. */
export const PERSONAL_TABLES = [
	'journal',
	'grounding',
	'helpContacts',
	'safetyPlan',
	'practice',
	'people',
	'goals',
	'stabilityChecks',
	'lifeAreas',
	'reminders'
] as const;
export type PersonalTable = (typeof PERSONAL_TABLES)[number];

/**
 * Where each personal table lives on the device: a neutral store name, so the browser's storage
 * view (or the profile's files) does not say what each holds. Code keeps the logical names, and
 * every sealed record stays bound to its logical name (record.ts); only db.personal() reads this.
 */
export const PERSONAL_STORES: Readonly<Record<PersonalTable, string>> = {
	journal: 'r1',
	grounding: 'r2',
	helpContacts: 'r3',
	safetyPlan: 'r4',
	practice: 'r5',
	people: 'r6',
	goals: 'r7',
	stabilityChecks: 'r8',
	lifeAreas: 'r9',
	reminders: 'r10'
};
