import { beforeEach, describe, expect, it } from 'vitest';
import { answer, newProgress } from '$lib/boundaries/exercise';
import { emptyCheck, rate } from '$lib/goals/check';
import { newGoal } from '$lib/goals/goal';
import { addOwnArea, emptyLifeAreas } from '$lib/goals/life-areas';
import { emptyEntry } from '$lib/journal/journal';
import { journal } from '$lib/journal/journal.svelte';
import { newPerson } from '$lib/relationships/person';
import { addItem, emptyPlan } from '$lib/safety-plan/safety-plan';
import { sealWithFreshKeyForTests } from '$lib/vault/test-vault';
import { announce } from '$lib/vault/vault-events';
import { collections, type Collection } from './collection.svelte';
import { WaypointDatabase, useDatabaseForTests } from './db';
import { PERSONAL_TABLES, type PersonalTable } from './schema';

// Every state module of every capability, so that every collection the app has is registered.
import.meta.glob('/src/lib/**/*.svelte.ts', { eager: true });

/** Something valid for each personal table, carrying a marker; a new table must add one here. */
const SAMPLES: Record<PersonalTable, (marker: string) => unknown> = {
	journal: (marker) => ({ ...emptyEntry(), body: marker }),
	grounding: (marker) => ({ words: marker }),
	helpContacts: (marker) => ({ name: marker, role: '', phone: '', notes: '' }),
	safetyPlan: (marker) => addItem(emptyPlan(), 'coping', { text: marker }, 'item-1'),
	practice: (marker) => answer(newProgress(2), 'kind.body.ok', marker),
	people: (marker) => ({ ...newPerson(Date.UTC(2026, 2, 1)), name: marker }),
	goals: (marker) => ({ ...newGoal('housing'), title: marker }),
	stabilityChecks: (marker) => {
		const check = rate(emptyCheck(Date.UTC(2026, 2, 1)), 'housing', 2);
		return { ...check, ratings: [{ ...check.ratings[0]!, note: marker }] };
	},
	lifeAreas: (marker) => addOwnArea(emptyLifeAreas(), marker, 'own-1'),
	// Dates only, no words: the marker travels as a time made from it (see `trace`).
	reminders: (marker) => ({
		planReviewOn: '2026-05-01',
		lastBackupAt: markerTime(marker),
		backupReminderWeeks: 2
	})
};

/** A time (ms) made from a marker's letters, for a record that holds no words. */
function markerTime(marker: string): number {
	let hash = 7;
	for (const char of marker) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
	return 1_000_000_000_000 + hash;
}

/** The text a collection holding the marker's record shows, to look for in what it holds. */
function trace(collection: Collection<unknown>, marker: string): string {
	return collection.table === 'reminders' ? String(markerTime(marker)) : marker;
}

const all = collections;
let counter = 0;

beforeEach(async () => {
	const db = new WaypointDatabase(`collection-test-${++counter}`);
	await db.open();
	useDatabaseForTests(db);
	await sealWithFreshKeyForTests();
	announce('locked'); // starts each test with nothing in memory
});

/** Whatever a collection shows to screens, as text to search for a marker. */
function held(collection: Collection<unknown>): string {
	return JSON.stringify([collection.entries, collection.undoable]);
}

function expectNothingHeld(collection: Collection<unknown>, marker: string) {
	expect(collection.entries).toEqual([]);
	expect(collection.undoable).toBeNull();
	expect(collection.loaded).toBe(false);
	expect(collection.damaged).toBe(0);
	expect(held(collection)).not.toContain(trace(collection, marker));
}

/**
 * Makes the repository's n-th answer arrive just after a lock, as if the person locked while the
 * collection was waiting for it. Returns whether the lock came (the operation may need fewer).
 */
function lockAtAnswer(collection: Collection<unknown>, n: number): () => boolean {
	const repository = collection.repository as unknown as Record<
		'list' | 'get' | 'save' | 'remove',
		(...args: unknown[]) => Promise<unknown>
	>;
	let answers = 0;
	let locked = false;
	for (const method of ['list', 'get', 'save', 'remove'] as const) {
		const original = repository[method]!.bind(repository);
		repository[method] = async (...args: unknown[]) => {
			const result = await original(...args);
			if (++answers === n) {
				announce('locked');
				locked = true;
			}
			return result;
		};
	}
	return () => {
		for (const method of ['list', 'get', 'save', 'remove'] as const) delete repository[method];
		return locked;
	};
}

type Step = 'load' | 'save' | 'remove' | 'undo';

/** Sets a collection up for one step, then runs the step. */
async function prepare(collection: Collection<unknown>, marker: string) {
	const data = SAMPLES[collection.table](marker);
	const first = await collection.repository.save(data);
	await collection.load();
	return { data, id: first.id };
}

async function run(collection: Collection<unknown>, step: Step, data: unknown, id: string) {
	if (step === 'load') return collection.load();
	if (step === 'save') return collection.save(data, id);
	if (step === 'remove') return collection.remove(id, { undo: id });
	return collection.undo();
}

describe('every collection', () => {
	it('covers every personal table', () => {
		expect(new Set(all.map((collection) => collection.table))).toEqual(new Set(PERSONAL_TABLES));
	});

	for (const collection of all) {
		for (const step of ['load', 'save', 'remove', 'undo'] as const) {
			it(`${collection.table}: a lock during any wait of ${step} keeps nothing`, async () => {
				for (let n = 1; ; n++) {
					announce('locked');
					const marker = `marker-${collection.table}-${step}-${n}`;
					const { data, id } = await prepare(collection, marker);
					if (step === 'undo') await collection.remove(id, { undo: id });
					if (step === 'load') announce('locked');
					const finish = lockAtAnswer(collection, n);
					await run(collection, step, data, id).catch(() => undefined);
					const lockCame = finish();
					if (!lockCame) {
						// Past the last wait: the step was done with nothing in its way.
						expect(n).toBeGreaterThan(1);
						break;
					}
					expectNothingHeld(collection, marker);
					// Nothing comes back afterwards either: Undo has nothing left to put back.
					expect(await collection.undo()).toBeUndefined();
					expectNothingHeld(collection, marker);
				}
			});
		}

		it(`${collection.table}: after a lock, nothing decrypted is held, and Undo is gone`, async () => {
			const marker = `marker-${collection.table}-held`;
			const { id } = await prepare(collection, marker);
			await collection.save(SAMPLES[collection.table](`${marker}-2`));
			await collection.remove(id, { undo: id });
			expect(held(collection)).toContain(trace(collection, marker));
			announce('locked');
			expectNothingHeld(collection, marker);
			await collection.undo();
			expectNothingHeld(collection, marker);
		});

		it(`${collection.table}: a restored backup drops what is held, read again on next use`, async () => {
			const marker = `marker-${collection.table}-restored`;
			await prepare(collection, marker);
			announce('records-replaced');
			expectNothingHeld(collection, marker);
			await collection.load();
			expect(held(collection)).toContain(trace(collection, marker));
			announce('wiped');
			expectNothingHeld(collection, marker);
		});
	}
});

describe('what capabilities build from their collections', () => {
	it('the journal’s search index goes with its entries', async () => {
		await journal.save({ ...emptyEntry(), body: 'lilac ferry' });
		expect(journal.search('lilac').size).toBe(1);
		announce('locked');
		expect(journal.search('lilac').size).toBe(0);
	});
});
