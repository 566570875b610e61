import { randomBytes } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, presetPreferences, setPasscode, unlock } from './helpers';

// "Locked means locked": after a lock, nothing the person wrote is reachable in the page's memory.
// Each capability gets its own random marker, typed key by key (never passed to the page as one
// string, never used in a locator), and the V8 heap is searched for it through the DevTools protocol.

const PASSCODE = 'quiet river stones';

/** A lowercase random word: lowercase so the search index's folded copy is the same string. */
function marker(): string {
	return `mk${randomBytes(9).toString('hex')}`;
}

/** Types text one key at a time, so the whole word only ever exists inside the app. */
async function type(field: Locator, text: string) {
	await field.click();
	await field.pressSequentially(text);
}

/** Moves inside the app without reloading it (a reload would empty the memory we test). */
async function go(page: Page, path: string) {
	await page.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		document.querySelector('#main')!.append(link);
		link.click();
		link.remove();
	}, path);
	await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
}

interface Snapshot {
	snapshot: {
		meta: {
			node_fields: string[];
			node_types: [string[]];
			edge_fields: string[];
			edge_types: [string[]];
		};
	};
	nodes: number[];
	edges: number[];
	strings: string[];
}

/** A V8 heap snapshot of the page, after a full garbage collection, as raw JSON text. */
async function heapSnapshot(page: Page): Promise<string> {
	const cdp = await page.context().newCDPSession(page);
	const chunks: string[] = [];
	cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
	await cdp.send('HeapProfiler.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
	await cdp.send('HeapProfiler.disable');
	await cdp.detach();
	return chunks.join('');
}

/**
 * For a marker still in memory, the shortest chain of retainers from a GC root down to a string
 * holding it: the snapshot's edges say which object keeps it alive.
 */
function retainers(json: string, word: string): string[] {
	const { snapshot, nodes, edges, strings } = JSON.parse(json) as Snapshot;
	const nodeFields = snapshot.meta.node_fields.length;
	const edgeFields = snapshot.meta.edge_fields.length;
	const nodeTypes = snapshot.meta.node_types[0];
	const edgeTypes = snapshot.meta.edge_types[0];
	const typeAt = snapshot.meta.node_fields.indexOf('type');
	const nameAt = snapshot.meta.node_fields.indexOf('name');
	const countAt = snapshot.meta.node_fields.indexOf('edge_count');
	const count = nodes.length / nodeFields;
	const retainedBy: [number, string][][] = Array.from({ length: count }, () => []);
	let edge = 0;
	for (let node = 0; node < count; node++) {
		for (let i = 0; i < nodes[node * nodeFields + countAt]!; i++, edge += edgeFields) {
			const kind = edgeTypes[edges[edge]!]!;
			if (kind === 'weak') continue;
			const nameOrIndex = edges[edge + 1]!;
			const label =
				kind === 'element' || kind === 'hidden' ? `[${nameOrIndex}]` : strings[nameOrIndex]!;
			retainedBy[edges[edge + 2]! / nodeFields]!.push([node, `${kind}:${label}`]);
		}
	}
	const describe = (node: number) =>
		`${nodeTypes[nodes[node * nodeFields + typeAt]!]} ${strings[nodes[node * nodeFields + nameAt]!]!.slice(0, 80)}`;
	const chains: string[] = [];
	for (let node = 0; node < count && chains.length < 3; node++) {
		if (!strings[nodes[node * nodeFields + nameAt]!]!.includes(word)) continue;
		// Breadth first, up the retainers, until the snapshot's root (node 0).
		const via = new Map<number, [number, string]>([[node, [-1, '']]]);
		const queue = [node];
		let found = -1;
		while (queue.length > 0 && found < 0) {
			const current = queue.shift()!;
			for (const [from, label] of retainedBy[current]!) {
				if (via.has(from)) continue;
				via.set(from, [current, label]);
				if (from === 0) found = from;
				queue.push(from);
			}
		}
		const chain: string[] = [];
		for (let at = found; at >= 0 && at !== node;) {
			const [next, label] = via.get(at)!;
			chain.push(`${describe(at)} -${label}->`);
			at = next;
		}
		chain.push(describe(node));
		chains.push(chain.join('\n    '));
	}
	return chains;
}

/** Which of the markers the page's heap still holds, each with what retains it. */
async function markersInMemory(page: Page, markers: Record<string, string>) {
	const json = await heapSnapshot(page);
	const found: Record<string, string[]> = {};
	for (const [where, word] of Object.entries(markers)) {
		if (json.includes(word)) found[where] = retainers(json, word);
	}
	return found;
}

async function startUnlocked(page: Page) {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, PASSCODE);
	await page.reload();
	await unlock(page, PASSCODE);
}

async function writeNote(page: Page, word: string) {
	await go(page, '/notes/write');
	await type(page.getByLabel('Your words'), word);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

async function lockNow(page: Page) {
	await page.getByTestId('lock-now').click();
	await expect(page.getByTestId('lock-screen')).toBeVisible();
}

test('after a lock, nothing written anywhere in the app is left in the page’s memory', async ({
	page
}) => {
	test.setTimeout(180_000);
	await startUnlocked(page);
	const markers: Record<string, string> = {
		note: marker(),
		incident: marker(),
		deletedNote: marker(),
		plan: marker(),
		person: marker(),
		goal: marker(),
		checkNote: marker(),
		practice: marker(),
		calmPlace: marker(),
		helpContact: marker()
	};

	await writeNote(page, markers.note!);
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page).toHaveURL(/\/notes$/);

	await go(page, '/notes/write?t=2');
	await type(page.getByLabel('What happened'), markers.incident!);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page).toHaveURL(/\/notes$/);

	await go(page, '/plan/edit');
	const part = page.getByTestId('plan-part');
	await type(part.getByLabel('In your own words'), markers.plan!);
	await part.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(part.getByTestId('plan-item')).toHaveCount(1);

	await go(page, '/people/edit');
	await type(page.getByLabel('Name or nickname'), markers.person!);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page).toHaveURL(/\/people$/);

	await go(page, '/goals/edit');
	await type(page.getByLabel('My goal, in my own words'), markers.goal!);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page).toHaveURL(/\/goals$/);

	await go(page, '/goals/check');
	const housing = page.getByRole('group', { name: 'Housing', exact: true });
	await housing.getByRole('radio', { name: /^Struggling/ }).check();
	await type(housing.getByLabel('A note about Housing (optional)'), markers.checkNote!);
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page).toHaveURL(/\/goals$/);

	await go(page, '/practice/2');
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(page.getByTestId('step-heading')).toHaveText('Body and touch');
	await type(page.getByLabel('What is OK for me'), markers.practice!);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	// A note deleted just before the lock: its Undo is on offer when the lock comes.
	await writeNote(page, markers.deletedNote!);
	await page.getByRole('button', { name: 'Delete this note' }).click();
	await expect(page.getByText('The note was deleted.')).toBeVisible();

	await go(page, '/help');
	await type(page.getByLabel('Name', { exact: true }), markers.helpContact!);
	await page.getByRole('button', { name: 'Add contact' }).click();
	await expect(page.getByTestId('own-contact')).toHaveCount(1);

	await page.getByRole('button', { name: 'I need a moment' }).click();
	const dialog = page.getByRole('dialog', { name: 'A moment for you' });
	await dialog.locator('.tool').nth(2).click();
	for (let step = 1; step <= 6; step++) {
		await dialog.getByTestId('calm-step').locator('xpath=following-sibling::button').click();
	}
	await type(dialog.locator('#calm-words'), markers.calmPlace!);
	await dialog.getByRole('button', { name: 'Keep these words' }).click();
	await expect(dialog.getByRole('status')).not.toBeEmpty();
	// The dialog stays open: the auto-lock can come while it is on screen.

	const before = await markersInMemory(page, markers);
	expect(Object.keys(before).sort(), 'every marker is visible to the test before the lock').toEqual(
		Object.keys(markers).sort()
	);

	// The lock action, as the auto-lock would run it, while "I need a moment" is still open.
	await page.evaluate(() =>
		document.querySelector<HTMLElement>('[data-testid="lock-now"]')!.click()
	);
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	const after = await markersInMemory(page, markers);
	expect(after, 'markers still in memory after the lock, with what retains them').toEqual({});

	// The lock closed "I need a moment" too.
	await expect(page.getByRole('dialog')).toHaveCount(0);
	// An exercise cleared just before the lock, its Undo still on offer.
	await unlock(page, PASSCODE);
	const cleared = { clearedPractice: marker() };
	await go(page, '/practice/1');
	for (const heading of [
		'What is a boundary?',
		'Why my boundaries matter',
		'What feels true for you today?',
		'In my own words'
	]) {
		await page.getByRole('button', { name: 'Next', exact: true }).click();
		await expect(page.getByTestId('step-heading')).toHaveText(heading);
	}
	await type(page.getByLabel('Something I am allowed to say no to'), cleared.clearedPractice);
	await page.getByRole('button', { name: 'See what I wrote', exact: true }).click();
	await expect(page.getByTestId('step-heading')).toHaveText('You reached the end');
	await go(page, '/practice');
	const card = page.getByTestId('exercise-card').filter({ hasText: 'What a boundary is' });
	await card.getByRole('button', { name: 'Clear my answers' }).click();
	await card.getByRole('button', { name: 'Yes, clear' }).click();
	await expect(page.getByText('Your answers in “What a boundary is” were cleared.')).toBeVisible();

	expect(Object.keys(await markersInMemory(page, cleared))).toEqual(['clearedPractice']);
	await lockNow(page);
	expect(await markersInMemory(page, cleared)).toEqual({});

	// Undo after the lock brings nothing back: neither the note nor the exercise.
	await unlock(page, PASSCODE);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	await expect(card).toContainText('Not opened yet.');
	await go(page, '/notes');
	await expect(page.getByTestId('entry')).toHaveCount(2);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('a lock that comes while a delete is still being stored keeps nothing, and Undo is gone', async ({
	page
}) => {
	test.setTimeout(120_000);
	await startUnlocked(page);
	const markers = { deletedNote: marker() };
	await writeNote(page, markers.deletedNote);
	expect(Object.keys(await markersInMemory(page, markers))).toEqual(['deletedNote']);

	// Delete, and lock in the same moment: the delete finishes after the key is gone.
	await page.evaluate(() => {
		const buttons = [...document.querySelectorAll('button')];
		buttons.find((button) => button.textContent?.trim() === 'Delete this note')!.click();
		document.querySelector<HTMLButtonElement>('[data-testid="lock-now"]')!.click();
	});
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	expect(await markersInMemory(page, markers)).toEqual({});

	await unlock(page, PASSCODE);
	await go(page, '/notes');
	await expect(page.getByText('Nothing here yet.', { exact: false })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});
