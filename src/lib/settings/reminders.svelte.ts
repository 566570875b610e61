import { Collection } from '$lib/db/collection.svelte';
import { preferences, storedPreferences } from './preferences.svelte';
import { NO_REMINDERS, remindersInPreferences, type Reminders } from './reminders';
import { reminderRecords } from './reminders.repo';

/**
 * The reminder dates as screens see them: one record, read from the vault after unlock and
 * dropped with its collection on lock.
 */
class RemindersState {
	readonly records = new Collection<Reminders>(reminderRecords, { limit: 1 });

	get current(): Reminders {
		return this.records.entries[0]?.data ?? NO_REMINDERS;
	}

	get loaded(): boolean {
		return this.records.loaded;
	}

	/** Reads them once per unlock; fails (StorageError) while locked. */
	async load(): Promise<void> {
		await this.records.load();
		// An older version kept these in localStorage: move them into the vault, then forget them
		// there. What is already in the vault is newer and wins.
		const old = remindersInPreferences(storedPreferences());
		if (!old) return;
		if (!this.records.entries.length) await this.records.save(old);
		preferences.rewrite();
	}

	/** Changes one or more of them and keeps the change in the vault. */
	async update(patch: Partial<Reminders>): Promise<void> {
		await this.load();
		await this.records.save({ ...this.current, ...patch }, this.records.entries[0]?.id);
	}
}

export const reminders = new RemindersState();
