/**
 * The keyboard shortcut for the quick exit: Shift pressed three times, each within a few seconds of
 * the last. As in GOV.UK's "Exit this page", a Shift counts only when it was pressed and released
 * on its own: holding Shift to type a capital letter does not count, and any other key starts over.
 */

export const PRESSES_TO_EXIT = 3;
export const PRESS_WINDOW_MS = 5000;

export interface PressResult {
	/** Shift presses still needed; 0 means leave now. */
	remaining: number;
	/** True when this key event changed the count (and a screen reader should hear it). */
	changed: boolean;
}

export class ShiftPresses {
	private count = 0;
	private lastAt = 0;
	private shiftDown = false;
	private otherKeyDuringShift = false;

	keydown(key: string): PressResult {
		if (key === 'Shift') {
			this.shiftDown = true;
			this.otherKeyDuringShift = false;
			return this.result(false);
		}
		if (this.shiftDown) this.otherKeyDuringShift = true;
		const changed = this.count > 0;
		this.reset();
		return { remaining: PRESSES_TO_EXIT, changed };
	}

	keyup(key: string, now: number): PressResult {
		if (key !== 'Shift') return this.result(false);
		const alone = this.shiftDown && !this.otherKeyDuringShift;
		this.shiftDown = false;
		this.otherKeyDuringShift = false;
		if (!alone) return this.result(false);
		if (this.count > 0 && now - this.lastAt > PRESS_WINDOW_MS) this.count = 0;
		this.count++;
		this.lastAt = now;
		const result = this.result(true);
		if (result.remaining === 0) this.reset();
		return result;
	}

	/** Window lost focus: a half-finished sequence does not carry over. */
	reset(): void {
		this.count = 0;
		this.lastAt = 0;
		this.shiftDown = false;
		this.otherKeyDuringShift = false;
	}

	private result(changed: boolean): PressResult {
		return { remaining: PRESSES_TO_EXIT - this.count, changed };
	}
}
