import { beforeEach, describe, expect, it } from 'vitest';
import { plainCodec, sealedCodec } from '$lib/db/codec';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { Repository } from '$lib/db/repository';
import { deriveKeyFromPasscode, newKdfParameters, randomBytes, seal } from './crypto';
import { setCodec } from './keyring';
import { changePasscode, createVault, removeVault } from './vault-keys.repo';
import { readFailures, readHeader, unlock, WrongPasscodeError } from './vault.repo';

const CANARY = 'canary-7f3a-blue-heron';
let db: WaypointDatabase;
let counter = 0;
const notes = new Repository<{ body: string }>('journal', (data) =>
	data && typeof (data as { body?: unknown }).body === 'string' ? (data as { body: string }) : null
);

/** Everything stored in the database, as bytes and text, the way someone copying it would see it. */
async function rawDump(): Promise<string> {
	const rows = [...(await db.journal.toArray()), ...(await db.meta.toArray())];
	return JSON.stringify(rows, (_key, value) =>
		value instanceof Uint8Array ? new TextDecoder().decode(value) : value
	);
}

beforeEach(async () => {
	db = new WaypointDatabase(`vault-test-${++counter}`);
	await db.open();
	useDatabaseForTests(db);
	setCodec(plainCodec);
});

describe('vault', () => {
	it('setting a passcode seals what was already written, and unlocking brings it back', async () => {
		await notes.save({ body: `first ${CANARY}` });
		await notes.save({ body: 'second' });
		expect(await rawDump()).toContain(CANARY);

		const { key, keyId } = await createVault('493817');
		setCodec(sealedCodec(key, keyId));
		expect(await rawDump()).not.toContain(CANARY);

		const opened = await unlock('493817');
		setCodec(sealedCodec(opened.key, opened.keyId));
		const bodies = (await notes.list()).map((e) => (e.damaged ? null : e.data.body));
		expect(bodies.sort()).toEqual([`first ${CANARY}`, 'second']);
	});

	it('refuses a wrong passcode and counts it, then forgets the count after a right one', async () => {
		await createVault('quiet river stones');
		await expect(unlock('quiet river stone')).rejects.toBeInstanceOf(WrongPasscodeError);
		await expect(unlock('')).rejects.toBeInstanceOf(WrongPasscodeError);
		expect((await readFailures()).count).toBe(2);
		await unlock('quiet river stones');
		expect((await readFailures()).count).toBe(0);
	});

	it('honours the key derivation settings stored in the header', async () => {
		const kdf = { ...newKdfParameters(), memoryKiB: 2048, iterations: 2 };
		const raw = randomBytes(32);
		const wrappedKey = await seal(
			await deriveKeyFromPasscode('old settings', kdf),
			raw,
			new TextEncoder().encode('waypoint/vault/1/data-key')
		);
		await db.meta.put({ key: 'vault', value: { format: 1, kdf, wrappedKey } });
		// A header from before key ids: it counts as the first key, and saves still go through.
		const opened = await unlock('old settings');
		setCodec(sealedCodec(opened.key, opened.keyId));
		await expect(notes.save({ body: 'still saves' })).resolves.toMatchObject({ damaged: false });
		await expect(unlock('other')).rejects.toBeInstanceOf(WrongPasscodeError);
	});

	it('changing the passcode re-wraps the key without re-encrypting records', async () => {
		await notes.save({ body: CANARY });
		const created = await createVault('111222333');
		setCodec(sealedCodec(created.key, created.keyId));
		const before = (await db.journal.toArray())[0]!.sealed;
		await changePasscode('111222333', 'new passphrase here');
		expect((await db.journal.toArray())[0]!.sealed).toEqual(before);
		await expect(unlock('111222333')).rejects.toBeInstanceOf(WrongPasscodeError);
		const opened = await unlock('new passphrase here');
		setCodec(sealedCodec(opened.key, opened.keyId));
		const [entry] = await notes.list();
		expect(entry?.damaged === false && entry.data.body).toBe(CANARY);
	});

	it('replacing the key reports its progress, record by record, to the end', async () => {
		await notes.save({ body: 'one' });
		await notes.save({ body: 'two' });
		await createVault('first long phrase');
		const progress: [number, number][] = [];
		const replaced = await changePasscode('first long phrase', 'second long phrase', {
			replaceKey: true,
			onProgress: (done, total) => progress.push([done, total])
		});
		expect(progress[0]).toEqual([0, 2]);
		expect(progress.at(-1)).toEqual([2, 2]);
		expect((await readHeader())?.keyId).toBe(replaced.keyId);
	});

	it('removing the passcode stores everything plainly again', async () => {
		await notes.save({ body: CANARY });
		await createVault('581204');
		await removeVault('581204');
		expect(await readHeader()).toBeNull();
		setCodec(plainCodec);
		const [entry] = await notes.list();
		expect(entry?.damaged === false && entry.data.body).toBe(CANARY);
	});

	it('an interruption while setting a passcode leaves every record readable as before', async () => {
		await notes.save({ body: CANARY });
		db.meta.hook('creating', () => {
			throw new Error('power cut');
		});
		await expect(createVault('581204')).rejects.toThrow('power cut');
		expect(await readHeader()).toBeNull();
		const [entry] = await notes.list();
		expect(entry?.damaged === false && entry.data.body).toBe(CANARY);
	});
});
