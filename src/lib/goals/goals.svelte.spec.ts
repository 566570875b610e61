import { beforeEach, describe, expect, it } from 'vitest';
import { plainCodec } from '$lib/db/codec';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { announce } from '$lib/vault/vault-events';
import { setCodec } from '$lib/vault/keyring';
import { emptyCheck, rate } from './check';
import { addStep, newGoal, pause } from './goal';
import { goals } from './goals.svelte';
import { addOwnArea, emptyLifeAreas, setHidden } from './life-areas';

let counter = 0;

beforeEach(async () => {
	const db = new WaypointDatabase(`goals-test-${++counter}`);
	await db.open();
	useDatabaseForTests(db);
	setCodec(plainCodec);
	announce('locked'); // starts each test with nothing in memory
});

describe('goals storage', () => {
	it('keeps goals, dated checks and areas, and reads them back after a lock', async () => {
		await goals.load();
		const goal = addStep({ ...newGoal('housing'), title: 'A place of my own' }, 'Call', 's1');
		const goalId = await goals.saveGoal(goal);
		await goals.saveGoal(pause(goal, 5), goalId);
		await goals.saveCheck(rate(emptyCheck(100), 'housing', 2));
		await goals.saveCheck(rate(emptyCheck(300), 'housing', 3));
		await goals.saveAreas(addOwnArea(setHidden(emptyLifeAreas(), 'work', true), 'Music', 'own-1'));
		await goals.saveAreas(setHidden(goals.areas, 'work', false));

		announce('locked');
		expect(goals.goals).toEqual([]);
		expect(goals.checks).toEqual([]);
		expect(goals.areas).toEqual(emptyLifeAreas());

		await goals.load();
		expect(goals.goals.map((g) => [g.data.title, g.data.state])).toEqual([
			['A place of my own', 'resting']
		]);
		// Newest check first, by the date it is about.
		expect(goals.checks.map((c) => c.data.takenAt)).toEqual([300, 100]);
		expect(goals.areas).toEqual({ hidden: [], own: [{ id: 'own-1', name: 'Music' }] });
	});

	it('deletes a goal and a check for good', async () => {
		await goals.load();
		const goalId = await goals.saveGoal({ ...newGoal('money'), title: 'Savings' });
		const checkId = await goals.saveCheck(rate(emptyCheck(1), 'money', 1));
		await goals.removeGoal(goalId);
		await goals.removeCheck(checkId);
		announce('locked');
		await goals.load();
		expect(goals.goals).toEqual([]);
		expect(goals.checks).toEqual([]);
	});

	it('drops a load that finishes after a lock', async () => {
		await goals.load();
		await goals.saveGoal({ ...newGoal('money'), title: 'Savings' });
		announce('locked');
		const loading = goals.load();
		announce('locked');
		await loading;
		expect(goals.goals).toEqual([]);
		expect(goals.loaded).toBe(false);
	});
});
