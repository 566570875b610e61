import Dexie, { type Table } from 'dexie';
import type { StoredRecord } from './record';
import { SCHEMA_VERSIONS, type PersonalTable, type SchemaVersion } from './schema';

export interface MetaRow {
	key: string;
	value: unknown;
}

export const DATABASE_NAME = 'waypoint';

/** The one IndexedDB database. Only files in src/lib/db and the vault use it directly. */
export class WaypointDatabase extends Dexie {
	meta!: Table<MetaRow, string>;
	journal!: Table<StoredRecord, string>;
	grounding!: Table<StoredRecord, string>;
	helpContacts!: Table<StoredRecord, string>;
	safetyPlan!: Table<StoredRecord, string>;
	practice!: Table<StoredRecord, string>;
	people!: Table<StoredRecord, string>;
	goals!: Table<StoredRecord, string>;
	stabilityChecks!: Table<StoredRecord, string>;
	lifeAreas!: Table<StoredRecord, string>;

	constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
		super(name);
		for (const { version, stores, upgrade } of versions) {
			const declared = this.version(version).stores(stores);
			if (upgrade) declared.upgrade(upgrade);
		}
	}

	personal(table: PersonalTable): Table<StoredRecord, string> {
		return this.table(table);
	}
}

let current: WaypointDatabase | null = null;

/** The app's database, opened on first use. */
export function database(): WaypointDatabase {
	current ??= new WaypointDatabase();
	return current;
}

/** Closes and deletes the whole database (delete everything). */
export async function deleteDatabase(): Promise<void> {
	const db = database();
	db.close();
	await Dexie.delete(db.name);
	current = null;
}

/** For tests: use a database of this name from now on. */
export function useDatabaseForTests(db: WaypointDatabase): void {
	current = db;
}
