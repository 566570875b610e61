import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, AUTOSAVE_DELAY_MS } from './autosave';

describe('Autosave', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('saves in the task after a change, once for changes made together', async () => {
		const save = vi.fn(async () => {});
		const autosave = new Autosave(save);
		autosave.changed();
		autosave.changed();
		expect(save).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
		expect(save).toHaveBeenCalledTimes(1);
		// A reload can come at any moment: no pause in typing is waited for.
		expect(AUTOSAVE_DELAY_MS).toBe(0);
		autosave.changed();
		await vi.advanceTimersByTimeAsync(0);
		expect(save).toHaveBeenCalledTimes(2);
	});

	it('saves at once on flush, and not again afterwards', async () => {
		const save = vi.fn(async () => {});
		const autosave = new Autosave(save);
		autosave.changed();
		await autosave.flush();
		expect(save).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(2000);
		expect(save).toHaveBeenCalledTimes(1);
		expect(autosave.pending).toBe(false);
	});

	it('saves a change made during a save right after it, never two at once', async () => {
		let inFlight = 0;
		let most = 0;
		const save = vi.fn(async () => {
			inFlight++;
			most = Math.max(most, inFlight);
			await new Promise((resolve) => setTimeout(resolve, 100));
			inFlight--;
		});
		const autosave = new Autosave(save);
		autosave.changed();
		const first = autosave.flush();
		autosave.changed();
		const second = autosave.flush();
		await vi.advanceTimersByTimeAsync(300);
		await Promise.all([first, second]);
		expect(save).toHaveBeenCalledTimes(2);
		expect(most).toBe(1);
	});

	it('keeps a failed save pending so nothing typed is forgotten', async () => {
		const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
		const autosave = new Autosave(save);
		autosave.changed();
		await expect(autosave.flush()).rejects.toThrow('disk full');
		expect(autosave.pending).toBe(true);
		await autosave.flush();
		expect(save).toHaveBeenCalledTimes(2);
		expect(autosave.pending).toBe(false);
	});

	it('saves quietly when no one can be told: a failure throws nothing and keeps the words pending', async () => {
		const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
		const autosave = new Autosave(save);
		autosave.changed();
		await expect(autosave.flushQuietly()).resolves.toBeUndefined();
		expect(autosave.pending).toBe(true);
		await autosave.flushQuietly();
		expect(save).toHaveBeenCalledTimes(2);
		expect(autosave.pending).toBe(false);
	});
});
