import { beforeEach, describe, expect, it } from 'vitest';
import { makeBackup, readBackup, restoreBackup } from '$lib/backup/backup.repo';
import { parseBackup } from '$lib/backup/backup-format';
import { plainCodec } from '$lib/db/codec';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { announce } from '$lib/vault/vault-events';
import { setCodec } from '$lib/vault/keyring';
import { answer, goTo, keepScript, newProgress } from './exercise';
import { practiceRecords } from './practice.repo';
import { practice } from './practice.svelte';

let db: WaypointDatabase;
let counter = 0;

beforeEach(async () => {
	db = new WaypointDatabase(`practice-test-${++counter}`);
	await db.open();
	useDatabaseForTests(db);
	setCodec(plainCodec);
	announce('locked'); // starts each test with nothing in memory
});

describe('practice storage', () => {
	it('keeps one record per exercise, resumes where it was left, and reads it back after a lock', async () => {
		await practice.load();
		let two = goTo(answer(newProgress(2), 'kind.body.ok', 'A hug'), 1);
		await practice.save(two);
		two = goTo(answer(two, 'kind.body.notOk', 'Being grabbed'), 3);
		await practice.save(two);
		await practice.save(newProgress(6));
		expect(await practiceRecords.list()).toHaveLength(2);

		announce('locked');
		expect(practice.entries).toEqual([]);
		expect(practice.loaded).toBe(false);

		await practice.load();
		expect(practice.progress(2)?.data.step).toBe(3);
		expect(practice.progress(2)?.data.answers).toEqual({
			'kind.body.ok': 'A hug',
			'kind.body.notOk': 'Being grabbed'
		});
		expect(practice.progress(6)?.data).toEqual(newProgress(6));
		expect(practice.progress(1)).toBeUndefined();
		expect(
			practice
				.opened()
				.map((entry) => entry.data.exercise)
				.sort()
		).toEqual([2, 6]);
	});

	it('clears an exercise, and Undo puts it back exactly', async () => {
		await practice.load();
		const four = keepScript(answer(newProgress(4), 'script.when', 'shout'), 's1');
		await practice.save(four);
		await practice.save(newProgress(1));
		const before = practice.progress(4)!;

		await practice.clear(4);
		expect(practice.progress(4)).toBeUndefined();
		expect(practice.lastCleared?.data.exercise).toBe(4);
		expect(await practiceRecords.list()).toHaveLength(1);

		await practice.undoClear();
		expect(practice.lastCleared).toBeNull();
		expect(practice.progress(4)?.data).toEqual(four);
		const stored = await practiceRecords.get(before.id);
		expect(stored).toMatchObject({ damaged: false, data: four, createdAt: before.createdAt });

		// Cleared for good: nothing to undo after a lock, and nothing left in storage.
		await practice.clear(4);
		announce('locked');
		expect(practice.lastCleared).toBeNull();
		await practice.undoClear();
		await practice.load();
		expect(practice.progress(4)).toBeUndefined();
	});

	it('uses the newest record when a backup merge left two for one exercise', async () => {
		await practiceRecords.save(goTo(newProgress(3), 1), 'older');
		await new Promise((resolve) => setTimeout(resolve, 5));
		await practiceRecords.save(goTo(newProgress(3), 2), 'newer');
		await practice.load();
		expect(practice.opened()).toHaveLength(1);
		expect(practice.progress(3)?.id).toBe('newer');
		await practice.save(goTo(practice.progress(3)!.data, 3));
		expect((await practiceRecords.get('newer'))?.damaged === false).toBe(true);
		expect(practice.progress(3)?.data.step).toBe(3);

		// Clearing clears both; Undo brings back the one that counted.
		await practice.clear(3);
		expect(await practiceRecords.list()).toHaveLength(0);
		await practice.undoClear();
		announce('locked');
		await practice.load();
		expect((await practiceRecords.list()).map((entry) => entry.id)).toEqual(['newer']);
		expect(practice.progress(3)?.data.step).toBe(3);
	});

	it('counts records that cannot be read, and keeps them as they are', async () => {
		await db.practice.put({
			id: 'broken',
			createdAt: 1,
			updatedAt: 1,
			format: 1,
			plain: { exercise: 9, step: 0, seen: [], answers: {}, scripts: [] }
		});
		await practice.save(newProgress(1));
		announce('locked');
		await practice.load();
		expect(practice.damaged).toBe(1);
		expect(practice.opened()).toHaveLength(1);
		expect(await db.practice.get('broken')).toBeDefined();
	});
});

describe('practice in a backup', () => {
	it('comes back exactly after a sealed backup is restored', async () => {
		await practice.load();
		const four = goTo(keepScript(answer(newProgress(4), 'script.need', 'time to think'), 's1'), 2);
		await practice.save(four);
		const { text } = await makeBackup('long enough phrase');
		expect(text).not.toContain('time to think');

		await practice.clear(4);
		announce('locked');
		await restoreBackup(await readBackup(parseBackup(text), 'long enough phrase'), 'replace');
		await practice.load();
		expect(practice.progress(4)?.data).toEqual(four);
	});

	it('refuses a backup whose practice record was tampered with', async () => {
		await practice.save(newProgress(2));
		const { text } = await makeBackup(null);
		const forged = text.replace('"exercise":2', '"exercise":12');
		expect(forged).not.toBe(text);
		await expect(readBackup(parseBackup(forged), '')).rejects.toMatchObject({
			problem: 'invalid'
		});
	});
});
