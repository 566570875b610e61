import { describe, expect, it } from 'vitest';
import { announce, subscribe } from './vault-events';

describe('vault events', () => {
	it('tells every listener of an event, even when one fails, and only that event', () => {
		const journal = { entries: ['secret'] as string[] };
		const index = { words: new Map([['secret', 1]]) };
		let replaced = 0;
		const stops = [
			subscribe('locked', () => (journal.entries = [])),
			subscribe('locked', () => {
				throw new Error('broken listener');
			}),
			subscribe('locked', () => index.words.clear()),
			subscribe('records-replaced', () => replaced++)
		];
		const originalError = console.error;
		console.error = () => {};
		try {
			announce('locked');
		} finally {
			console.error = originalError;
		}
		expect(journal.entries).toEqual([]);
		expect(index.words.size).toBe(0);
		expect(replaced).toBe(0);
		announce('records-replaced');
		expect(replaced).toBe(1);
		for (const stop of stops) stop();
	});

	it('no longer calls a listener that stopped', () => {
		let calls = 0;
		const stop = subscribe('wiped', () => calls++);
		announce('wiped');
		stop();
		announce('wiped');
		expect(calls).toBe(1);
	});

	it('lets drafts start saving before the key goes, then drops what was decrypted', async () => {
		const order: string[] = [];
		let finish = () => {};
		const stopSaver = subscribe('lock-coming', () => {
			order.push('save draft');
			return new Promise<void>((resolve) => (finish = resolve));
		});
		const stopHolder = subscribe('locked', () => order.push('drop notes'));
		const saved = announce('lock-coming').then(() => order.push('saved'));
		announce('locked');
		expect(order).toEqual(['save draft', 'drop notes']);
		finish();
		await saved;
		expect(order).toEqual(['save draft', 'drop notes', 'saved']);
		stopSaver();
		stopHolder();
	});
});
