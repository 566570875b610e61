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
	'lifeAreas'
] as const;
export type PersonalTable = (typeof PERSONAL_TABLES)[number];
