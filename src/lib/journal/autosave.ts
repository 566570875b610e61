/**
 * Autosave timing: a save starts in the task after every change (changes made in the same task are
 * saved together), and at once when asked to flush (page hidden, closed, locked or left by the quick
 * exit). Saves never overlap; a change made during a save is saved right after it. Waiting for a
 * pause in typing (it was 400 ms) lost whatever was typed in that pause when the page was reloaded
 * or closed: a save started on `pagehide` rarely finishes before the page is gone.
 */

export const AUTOSAVE_DELAY_MS = 0;

export interface Timers {
	set: (callback: () => void, ms: number) => unknown;
	clear: (handle: unknown) => void;
}

const realTimers: Timers = {
	set: (callback, ms) => setTimeout(callback, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export class Autosave {
	private timer: unknown = null;
	private dirty = false;
	private running: Promise<void> | null = null;

	constructor(
		private readonly save: () => Promise<void>,
		private readonly delayMs = AUTOSAVE_DELAY_MS,
		private readonly timers: Timers = realTimers
	) {}

	/** Something changed: save once typing pauses. */
	changed(): void {
		this.dirty = true;
		if (this.timer !== null) this.timers.clear(this.timer);
		this.timer = this.timers.set(() => {
			this.timer = null;
			void this.flush();
		}, this.delayMs);
	}

	get pending(): boolean {
		return this.dirty || this.running !== null;
	}

	/** Saves now if anything is unsaved; resolves when everything typed so far is saved. */
	async flush(): Promise<void> {
		if (this.timer !== null) {
			this.timers.clear(this.timer);
			this.timer = null;
		}
		while (this.running) await this.running;
		if (!this.dirty) return;
		this.dirty = false;
		this.running = this.save()
			.catch((error) => {
				this.dirty = true; // Kept for the next try; the screen shows what went wrong.
				throw error;
			})
			.finally(() => (this.running = null));
		await this.running;
	}

	/** Saves now, for moments with no one to tell: a failure keeps the words for the next try. */
	flushQuietly(): Promise<void> {
		return this.flush().catch(() => {});
	}

	/** Stops any waiting save (the editor is closing after a flush). */
	cancel(): void {
		if (this.timer !== null) this.timers.clear(this.timer);
		this.timer = null;
	}
}
