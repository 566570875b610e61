import { describe, expect, it } from 'vitest';
import { announceLock, announceLockComing, beforeLock, onLock } from './lock-events';

describe('lock event', () => {
	it('clears every registered holder of decrypted data, even when one fails', () => {
		const journal = { entries: ['secret'] as string[] };
		const index = { words: new Map([['secret', 1]]) };
		const stopJournal = onLock(() => (journal.entries = []));
		const stopBroken = onLock(() => {
			throw new Error('broken holder');
		});
		const stopIndex = onLock(() => index.words.clear());
		const originalError = console.error;
		console.error = () => {};
		try {
			announceLock();
		} finally {
			console.error = originalError;
		}
		expect(journal.entries).toEqual([]);
		expect(index.words.size).toBe(0);
		stopJournal();
		stopBroken();
		stopIndex();
	});

	it('no longer calls a holder that unregistered', () => {
		let calls = 0;
		const stop = onLock(() => calls++);
		announceLock();
		stop();
		announceLock();
		expect(calls).toBe(1);
	});

	it('lets drafts start saving before the key goes, then drops what was decrypted', () => {
		const order: string[] = [];
		const stopSaver = beforeLock(() => {
			order.push('save draft');
		});
		const stopHolder = onLock(() => order.push('drop notes'));
		announceLockComing();
		announceLock();
		expect(order).toEqual(['save draft', 'drop notes']);
		stopSaver();
		stopHolder();
	});
});
