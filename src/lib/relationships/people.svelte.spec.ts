import { beforeEach, describe, expect, it } from 'vitest';
import { makeBackup, readBackup, restoreBackup } from '$lib/backup/backup.repo';
import { parseBackup } from '$lib/backup/backup-format';
import { plainCodec } from '$lib/db/codec';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { setCodec } from '$lib/vault/keyring';
import { sealWithFreshKeyForTests } from '$lib/vault/test-vault';
import { announce } from '$lib/vault/vault-events';
import { loadHelpChoices, loadPeopleChoices } from './people-link';
import { people } from './people.svelte';
import { newPerson, place, type Person, type SafetyFeeling } from './person';

const MARCH = Date.UTC(2026, 2, 1);
let db: WaypointDatabase;
let counter = 0;

beforeEach(async () => {
	db = new WaypointDatabase(`people-test-${++counter}`);
	await db.open();
	useDatabaseForTests(db);
	setCodec(plainCodec);
	announce('locked'); // starts each test with nothing in memory
});

function person(name: string, safety: SafetyFeeling, circle: 1 | 2 | 3 | 4 = 2): Person {
	return {
		...place(newPerson(MARCH), { safety, circle }, MARCH + 1),
		name,
		reach: `${name} phone`
	};
}

describe('people storage', () => {
	it('keeps people with their history, and drops them from memory on lock', async () => {
		await people.load();
		const id = await people.save(person('Ana', 'safe'));
		await people.save(place(people.person(id)!.data, { circle: 1 }, MARCH + 86_400_000), id);
		await people.save(person('Bo', 'unsafe'));
		expect(people.people.map((p) => p.data.name)).toEqual(['Ana', 'Bo']);

		announce('locked');
		expect(people.people).toEqual([]);
		expect(people.loaded).toBe(false);

		await people.load();
		expect(people.people.map((p) => p.data.name)).toEqual(['Ana', 'Bo']);
		// Placed just after being added (one change), then moved closer a day later.
		expect(people.person(id)!.data.history.map((m) => m.circle)).toEqual([2, 1]);
	});

	it('deletes a person for good', async () => {
		await people.load();
		const id = await people.save(person('Ana', 'safe'));
		await people.remove(id);
		announce('locked');
		await people.load();
		expect(people.people).toEqual([]);
	});

	it('drops a load that finishes after a lock', async () => {
		await people.save(person('Ana', 'safe'));
		announce('locked');
		const loading = people.load();
		announce('locked');
		await loading;
		expect(people.people).toEqual([]);
		expect(people.loaded).toBe(false);
	});

	it('counts a record that cannot be read, and still shows the rest', async () => {
		await people.save(person('Ana', 'safe'));
		await db.personal('people').put({
			id: 'forged',
			createdAt: 1,
			updatedAt: 1,
			format: 1,
			plain: { name: 'Forged', circle: 9 }
		});
		announce('locked');
		await people.load();
		expect(people.people.map((p) => p.data.name)).toEqual(['Ana']);
		expect(people.damaged).toBe(1);
	});
});

describe('choices for other areas', () => {
	it('lists everyone by name with their safety feeling; the plan gets only safe people', async () => {
		expect(await loadPeopleChoices()).toEqual([]);
		const ana = await people.save(person('Ana', 'safe', 3));
		const bo = await people.save(person('Bo', 'unsafe', 1));
		const cy = await people.save(person('Cy', 'unsure', 1));
		const di = await people.save(person('Di', 'safe', 1));
		expect(await loadPeopleChoices()).toEqual([
			{ id: ana, name: 'Ana', safety: 'safe' },
			{ id: bo, name: 'Bo', safety: 'unsafe' },
			{ id: cy, name: 'Cy', safety: 'unsure' },
			{ id: di, name: 'Di', safety: 'safe' }
		]);
		expect(await loadHelpChoices()).toEqual([
			{ id: di, name: 'Di', safety: 'safe', reach: 'Di phone' },
			{ id: ana, name: 'Ana', safety: 'safe', reach: 'Ana phone' }
		]);
	});
});

describe('backup', () => {
	it('a person and their history survive a sealed backup and restore exactly', async () => {
		await sealWithFreshKeyForTests();
		let ana = person('Ana María', 'unsure');
		ana = {
			...ana,
			role: 'advocate',
			support: ['forms', 'listening'],
			notes: 'Met at the centre ☕',
			boundaries: 'No calls after ten',
			answers: { respectsNo: 'yes', secrets: 'notSure' }
		};
		ana = place(ana, { circle: 1, safety: 'safe' }, MARCH + 90 * 86_400_000);
		const id = await people.save(ana);
		const { text } = await makeBackup('long enough phrase');
		expect(text).not.toContain('Ana María');
		await db.personal('people').clear();
		await db.table('meta').clear();
		announce('locked');
		setCodec(plainCodec);
		await restoreBackup(await readBackup(parseBackup(text), 'long enough phrase'), 'replace');
		await people.load();
		expect(people.person(id)?.data).toEqual(ana);
	});
});
