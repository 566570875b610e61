import Dexie, { type Table } from 'dexie';
import type { StoredRecord } from './record';
import { toStorageError } from './storage-error';
import {
	PERSONAL_STORES,
	PERSONAL_TABLES,
	SCHEMA_VERSIONS,
	type PersonalTable,
	type SchemaVersion
} from './schema';

export interface MetaRow {
	key: string;
	value: unknown;
}

export const DATABASE_NAME = 'waypoint';

/** The one IndexedDB database. Only files in src/lib/db and the vault use it directly. */
export class WaypointDatabase extends Dexie {
	meta!: Table<MetaRow, string>;

	constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
		super(name);
		for (const { version, stores, upgrade } of versions) {
			const declared = this.version(version).stores(stores);
			if (upgrade) declared.upgrade(upgrade);
		}
	}

	/** A personal table by its logical name; on the device it is a neutral store (schema.ts). */
	personal(table: PersonalTable): Table<StoredRecord, string> {
		return this.table(PERSONAL_STORES[table]);
	}

	/** Every personal table, for a transaction that spans them all. */
	personalTables(): Table<StoredRecord, string>[] {
		return PERSONAL_TABLES.map((table) => this.personal(table));
	}

	// Shorthands by logical name, for code and tests that read one table.
	get journal() {
		return this.personal('journal');
	}
	get grounding() {
		return this.personal('grounding');
	}
	get helpContacts() {
		return this.personal('helpContacts');
	}
	get safetyPlan() {
		return this.personal('safetyPlan');
	}
	get practice() {
		return this.personal('practice');
	}
	get people() {
		return this.personal('people');
	}
	get goals() {
		return this.personal('goals');
	}
	get stabilityChecks() {
		return this.personal('stabilityChecks');
	}
	get lifeAreas() {
		return this.personal('lifeAreas');
	}
	get reminders() {
		return this.personal('reminders');
	}
}

let current: WaypointDatabase | null = null;

/** The app's database, opened on first use. */
export function database(): WaypointDatabase {
	current ??= new WaypointDatabase();
	return current;
}

/** Whether a personal table holds any record at all; nothing is read or decrypted. */
export async function hasRecords(table: PersonalTable): Promise<boolean> {
	try {
		return (await database().personal(table).count()) > 0;
	} catch (error) {
		throw toStorageError(error);
	}
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
