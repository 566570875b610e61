import { beforeEach, describe, expect, it, vi } from 'vitest';
import { plainCodec, sealedCodec } from '$lib/db/codec';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { setCodec } from '$lib/vault/keyring';
import { sealWithFreshKeyForTests } from '$lib/vault/test-vault';
import { announce } from '$lib/vault/vault-events';
import { PREFERENCES_KEY } from './preferences';
import { NO_REMINDERS } from './reminders';
import { reminderRecords } from './reminders.repo';
import { reminders } from './reminders.svelte';

// What an older version left in localStorage, in place before the app's modules start.
const { stored, OLD_PREFERENCES } = vi.hoisted(() => {
	const OLD_PREFERENCES = JSON.stringify({
		theme: 'dark',
		welcomed: true,
		backupReminderWeeks: 2,
		lastBackupAt: 1_700_000_000_000,
		planReviewOn: '2026-05-01'
	});
	const stored = new Map([['waypoint.preferences', OLD_PREFERENCES]]);
	Object.assign(globalThis, {
		localStorage: {
			getItem: (key: string) => stored.get(key) ?? null,
			setItem: (key: string, value: string) => void stored.set(key, String(value)),
			removeItem: (key: string) => void stored.delete(key)
		}
	});
	return { stored, OLD_PREFERENCES };
});

let db: WaypointDatabase;
let counter = 0;

beforeEach(async () => {
	db = new WaypointDatabase(`reminders-test-${++counter}`);
	await db.open();
	useDatabaseForTests(db);
	announce('locked');
	stored.set(PREFERENCES_KEY, OLD_PREFERENCES);
});

describe('reminders', () => {
	it('moves the dates an older version left in localStorage into the vault, sealed', async () => {
		await sealWithFreshKeyForTests();
		await reminders.load();
		expect(reminders.current).toEqual({
			planReviewOn: '2026-05-01',
			lastBackupAt: 1_700_000_000_000,
			backupReminderWeeks: 2
		});
		const [row, ...more] = await db.personal('reminders').toArray();
		expect(more).toEqual([]);
		expect(row!.sealed).toBeInstanceOf(Uint8Array);
		expect(row!.plain).toBeUndefined();
		// The rest of the preferences stay; the dates are gone from localStorage.
		expect(JSON.parse(stored.get(PREFERENCES_KEY)!)).toMatchObject({
			theme: 'dark',
			welcomed: true
		});
		expect(stored.get(PREFERENCES_KEY)).not.toMatch(/planReviewOn|lastBackupAt|backupReminder/);
		expect(stored.get(PREFERENCES_KEY)).not.toContain('2026-05-01');
	});

	it('keeps what the vault already holds over anything left in localStorage', async () => {
		setCodec(plainCodec);
		await reminderRecords.save({ ...NO_REMINDERS, planReviewOn: '2027-01-01' });
		await reminders.load();
		expect(reminders.current).toEqual({ ...NO_REMINDERS, planReviewOn: '2027-01-01' });
		expect(await db.personal('reminders').count()).toBe(1);
		expect(stored.get(PREFERENCES_KEY)).not.toContain('planReviewOn');
	});

	it('keeps a change in one record, drops it from memory on lock and reads it back', async () => {
		const { key, keyId } = await sealWithFreshKeyForTests();
		const codec = sealedCodec(key, keyId);
		stored.delete(PREFERENCES_KEY);
		await reminders.update({ planReviewOn: '2026-09-09' });
		await reminders.update({ lastBackupAt: 5 });
		expect(await db.personal('reminders').count()).toBe(1);
		announce('locked');
		setCodec(null);
		expect(reminders.current).toEqual(NO_REMINDERS);
		expect(reminders.loaded).toBe(false);
		await expect(reminders.load()).rejects.toThrow();
		setCodec(codec);
		await reminders.load();
		expect(reminders.current).toEqual({
			planReviewOn: '2026-09-09',
			lastBackupAt: 5,
			backupReminderWeeks: null
		});
	});
});
