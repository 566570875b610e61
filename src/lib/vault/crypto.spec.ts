import { describe, expect, it, vi } from 'vitest';
import { sealedCodec } from '$lib/db/codec';
import { associatedData, type StoredRecord } from '$lib/db/record';
import {
	DamagedDataError,
	deriveKeyFromPasscode,
	IV_BYTES,
	importAesKey,
	newKdfParameters,
	open,
	randomBytes,
	seal
} from './crypto';
import { argon2Raw } from './kdf';

const text = new TextEncoder();
const aad = associatedData('journal', 'entry-1');

async function freshKey() {
	return importAesKey(randomBytes(32));
}

describe('seal and open', () => {
	it('round-trips bytes with a fresh 96-bit IV each time', async () => {
		const key = await freshKey();
		const message = text.encode('a note only I should read');
		const first = await seal(key, message, aad);
		const second = await seal(key, message, aad);
		expect(new TextDecoder().decode(await open(key, first, aad))).toBe('a note only I should read');
		expect(first.slice(0, IV_BYTES)).not.toEqual(second.slice(0, IV_BYTES));
		expect(first.byteLength).toBe(IV_BYTES + message.byteLength + 16);
	});

	it('fails with the wrong key', async () => {
		const sealed = await seal(await freshKey(), text.encode('x'), aad);
		await expect(open(await freshKey(), sealed, aad)).rejects.toBeInstanceOf(DamagedDataError);
	});

	it.each([
		['IV', 0],
		['ciphertext', IV_BYTES],
		['tag', -1]
	])('fails when the %s is changed', async (_part, position) => {
		const key = await freshKey();
		const sealed = await seal(key, text.encode('hello there'), aad);
		const index = position < 0 ? sealed.length + position : position;
		sealed[index] = sealed[index]! ^ 0x01;
		await expect(open(key, sealed, aad)).rejects.toBeInstanceOf(DamagedDataError);
	});

	it('fails when the associated data differs or the bytes are cut short', async () => {
		const key = await freshKey();
		const sealed = await seal(key, text.encode('hello there'), aad);
		await expect(open(key, sealed, associatedData('journal', 'entry-2'))).rejects.toBeInstanceOf(
			DamagedDataError
		);
		await expect(open(key, sealed.slice(0, sealed.length - 3), aad)).rejects.toBeInstanceOf(
			DamagedDataError
		);
		await expect(open(key, sealed.slice(0, 10), aad)).rejects.toBeInstanceOf(DamagedDataError);
	});
});

describe('sealed records', () => {
	it('cannot be moved to another record id or table', async () => {
		const codec = sealedCodec(await freshKey(), 'test-key');
		const body = await codec.encode('journal', 'a', { text: 'mine' });
		const record: StoredRecord = { id: 'a', createdAt: 1, updatedAt: 1, format: 1, ...body };
		expect(await codec.decode('journal', record)).toEqual({ text: 'mine' });
		await expect(codec.decode('journal', { ...record, id: 'b' })).rejects.toBeInstanceOf(
			DamagedDataError
		);
		await expect(codec.decode('plan', record)).rejects.toBeInstanceOf(DamagedDataError);
	});
});

describe('deriveKeyFromPasscode', () => {
	it('gives the same key for the same passcode and salt, and another for another salt', async () => {
		const parameters = {
			name: 'argon2id' as const,
			memoryKiB: 1024,
			iterations: 1,
			parallelism: 1,
			salt: randomBytes(16)
		};
		const sealed = await seal(
			await deriveKeyFromPasscode('river 42', parameters),
			text.encode('k'),
			aad
		);
		const again = await deriveKeyFromPasscode('river 42', { ...parameters });
		expect(new TextDecoder().decode(await open(again, sealed, aad))).toBe('k');
		const otherSalt = await deriveKeyFromPasscode('river 42', {
			...parameters,
			salt: randomBytes(16)
		});
		await expect(open(otherSalt, sealed, aad)).rejects.toBeInstanceOf(DamagedDataError);
	});
});

describe('key derivation off the page', () => {
	it('runs Argon2id in a module worker where Worker exists, with the same key as directly', async () => {
		const made: { url: string; type: string | undefined; terminated: boolean }[] = [];
		class FakeWorker {
			onmessage: ((event: { data: unknown }) => void) | null = null;
			onerror: ((event: unknown) => void) | null = null;
			readonly record: (typeof made)[number];
			constructor(url: URL, options?: { type?: string }) {
				this.record = { url: String(url), type: options?.type, terminated: false };
				made.push(this.record);
			}
			postMessage(request: Parameters<typeof argon2Raw>[0]) {
				void argon2Raw(request).then((raw) => this.onmessage?.({ data: { ok: true, raw } }));
			}
			terminate() {
				this.record.terminated = true;
			}
		}
		const parameters = { ...newKdfParameters(), memoryKiB: 8 * 1024, iterations: 1 };
		const direct = await deriveKeyFromPasscode('correct horse', parameters);
		vi.stubGlobal('Worker', FakeWorker);
		try {
			const viaWorker = await deriveKeyFromPasscode('correct horse', parameters);
			expect(made).toHaveLength(1);
			expect(made[0]!.url).toMatch(/kdf\.worker\.ts$/);
			expect(made[0]!.type).toBe('module');
			expect(made[0]!.terminated).toBe(true);
			const sealed = await seal(viaWorker, text.encode('same key'), aad);
			expect(new TextDecoder().decode(await open(direct, sealed, aad))).toBe('same key');
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
