import { onLock } from '$lib/vault/lock-events';
import { preferences, storedPreferences } from './preferences.svelte';
import { NO_REMINDERS, remindersInPreferences, type Reminders } from './reminders';
import { keepReminders, readReminders } from './reminders.repo';

/** The reminder dates as screens see them: read from the vault after unlock, dropped on lock. */
class RemindersState {
	current = $state.raw<Reminders>(NO_REMINDERS);
	loaded = $state(false);
	#id: string | undefined;
	#loading: Promise<void> | null = null;
	#locks = 0;

	constructor() {
		onLock(() => {
			this.#locks++;
			this.current = NO_REMINDERS;
			this.loaded = false;
			this.#id = undefined;
			this.#loading = null;
		});
	}

	/** Reads them once per unlock; fails (StorageError) while locked. */
	load(): Promise<void> {
		this.#loading ??= this.#read().catch((error: unknown) => {
			this.#loading = null;
			throw error;
		});
		return this.#loading;
	}

	async #read(): Promise<void> {
		const locks = this.#locks;
		const stored = await readReminders();
		let data = stored?.data ?? NO_REMINDERS;
		let id = stored?.id;
		// An older version kept these in localStorage: move them into the vault, then forget them
		// there. What is already in the vault is newer and wins.
		const old = remindersInPreferences(storedPreferences());
		if (old) {
			if (!stored) {
				id = await keepReminders(old);
				data = old;
			}
			preferences.rewrite();
		}
		if (locks !== this.#locks) return;
		this.current = data;
		this.#id = id;
		this.loaded = true;
	}

	/** Changes one or more of them and keeps the change in the vault. */
	async update(patch: Partial<Reminders>): Promise<void> {
		await this.load();
		const locks = this.#locks;
		const next = { ...this.current, ...patch };
		this.current = next;
		const id = await keepReminders(next, this.#id);
		if (locks === this.#locks) this.#id = id;
	}
}

export const reminders = new RemindersState();
