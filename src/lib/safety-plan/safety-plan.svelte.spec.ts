import { beforeEach, describe, expect, it } from 'vitest';
import { plainCodec } from '$lib/db/codec';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { announce } from '$lib/vault/vault-events';
import { setCodec } from '$lib/vault/keyring';
import { addItem, emptyPlan } from './safety-plan';
import { safetyPlan } from './safety-plan.svelte';

let counter = 0;

beforeEach(async () => {
	const db = new WaypointDatabase(`plan-test-${++counter}`);
	await db.open();
	useDatabaseForTests(db);
	setCodec(plainCodec);
	announce('locked'); // starts each test with nothing in memory
});

describe('plan versions', () => {
	it('keeps every saved change, newest first, and restores an earlier one as the newest', async () => {
		await safetyPlan.load();
		const one = addItem(emptyPlan(), 'coping', { text: 'Walk' }, 'a');
		const two = addItem(one, 'coping', { text: 'Call Ana' }, 'b');
		await safetyPlan.change(one);
		await new Promise((resolve) => setTimeout(resolve, 3));
		await safetyPlan.change(two);
		expect(safetyPlan.versions.map((v) => v.data.items.coping.length)).toEqual([2, 1]);

		await safetyPlan.restore(safetyPlan.versions[1]!.id);
		expect(safetyPlan.plan.items.coping.map((i) => i.text)).toEqual(['Walk']);
		expect(safetyPlan.versions).toHaveLength(3);

		// Read back from storage, the newest version is the plan.
		announce('locked');
		expect(safetyPlan.plan.items.coping).toEqual([]);
		await safetyPlan.load();
		expect(safetyPlan.plan.items.coping.map((i) => i.text)).toEqual(['Walk']);
		expect(safetyPlan.versions).toHaveLength(3);
	});

	it('adds an entry from another area once, as a new version that is kept', async () => {
		expect(await safetyPlan.add('thingsToSay', { text: 'When you shout, I feel small.' })).toBe(
			true
		);
		expect(await safetyPlan.add('thingsToSay', { text: 'when you shout, i feel small.' })).toBe(
			false
		);
		expect(await safetyPlan.add('helpPeople', { text: 'Ana', personId: 'p1' })).toBe(true);
		announce('locked');
		await safetyPlan.load();
		expect(safetyPlan.plan.items.thingsToSay.map((i) => i.text)).toEqual([
			'When you shout, I feel small.'
		]);
		expect(safetyPlan.plan.items.helpPeople[0]).toMatchObject({ text: 'Ana', personId: 'p1' });
		expect(safetyPlan.versions).toHaveLength(2);
	});
});
