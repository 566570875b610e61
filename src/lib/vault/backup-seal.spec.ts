import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '$lib/backup/base64';
import { BackupError, type EncryptedEnvelope } from '$lib/backup/backup-format';
import { openBackup, sealBackup } from './backup-seal';
import { DEFAULT_KDF, HEAVIEST_ALLOWED_KDF, newKdfParameters, withinKdfLimits } from './crypto';

const LIGHT = { ...newKdfParameters(), memoryKiB: 8 * 1024, iterations: 1 };

describe('Argon2id settings a backup file may ask for', () => {
	it('allows the default and at most twice its work, refusing anything heavier', () => {
		const argon2id = { name: 'argon2id' } as const;
		expect(withinKdfLimits({ ...argon2id, ...DEFAULT_KDF })).toBe(true);
		expect(withinKdfLimits({ ...argon2id, ...HEAVIEST_ALLOWED_KDF })).toBe(true);
		expect(
			withinKdfLimits({ ...argon2id, memoryKiB: 64 * 1024, iterations: 8, parallelism: 1 })
		).toBe(true);
		for (const heavier of [
			{ memoryKiB: 256 * 1024, iterations: 1, parallelism: 1 },
			{ memoryKiB: 128 * 1024, iterations: 5, parallelism: 1 },
			{ memoryKiB: 32 * 1024, iterations: 9, parallelism: 1 },
			{ memoryKiB: 64 * 1024, iterations: 4, parallelism: 8 },
			{ memoryKiB: 64 * 1024, iterations: 0, parallelism: 1 },
			{ memoryKiB: 64 * 1024, iterations: 1.5, parallelism: 1 }
		]) {
			expect(withinKdfLimits({ ...argon2id, ...heavier }), JSON.stringify(heavier)).toBe(false);
		}
	});

	it('refuses a file asking for more, calmly, as not right inside, before deriving', async () => {
		const sealed = JSON.parse(await sealBackup('{"app":"waypoint"}', 'a long passphrase', LIGHT));
		const envelope: EncryptedEnvelope = {
			...sealed,
			kdf: { ...sealed.kdf, memoryKiB: 192 * 1024, iterations: 4 }
		};
		const error = await openBackup(envelope, 'a long passphrase').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as BackupError).problem).toBe('invalid');
	});

	it('still opens a file made with light settings', async () => {
		const text = await sealBackup('{"app":"waypoint"}', 'a long passphrase', LIGHT);
		const envelope = JSON.parse(text) as EncryptedEnvelope;
		expect(envelope.kdf.salt).toBe(bytesToBase64(LIGHT.salt));
		await expect(openBackup(envelope, 'a long passphrase')).resolves.toBe('{"app":"waypoint"}');
	});
});
