import { base64ToBytes, bytesToBase64 } from '$lib/backup/base64';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	BackupError,
	type EncryptedEnvelope
} from '$lib/backup/backup-format';
import {
	DEFAULT_KDF,
	DamagedDataError,
	deriveKeyFromPasscode,
	newKdfParameters,
	open,
	seal,
	type KdfParameters
} from './crypto';

/** Backups are sealed with the vault's own KDF and cipher, under a key of their own (fresh salt). */

/** What one guess costs against a new backup file: the cost its passphrase is judged against. */
export const BACKUP_GUESS_COST = {
	memoryKiB: DEFAULT_KDF.memoryKiB,
	iterations: DEFAULT_KDF.iterations
} as const;

/** Binds each sealed part to its file's own marker and version (older files keep theirs). */
const context = (envelope: Pick<EncryptedEnvelope, 'format' | 'version'>, part: string) =>
	new TextEncoder().encode(`${envelope.format}/${envelope.version}/${part}`);
const DATA_CONTEXT = context({ format: BACKUP_FORMAT, version: BACKUP_VERSION }, 'data');
const CHECK_CONTEXT = context({ format: BACKUP_FORMAT, version: BACKUP_VERSION }, 'check');
const CHECK_TEXT = new TextEncoder().encode('waypoint');

export async function sealBackup(
	payloadJson: string,
	passphrase: string,
	kdf: KdfParameters = newKdfParameters()
): Promise<string> {
	const key = await deriveKeyFromPasscode(passphrase, kdf);
	const envelope: EncryptedEnvelope = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		encrypted: true,
		kdf: {
			name: kdf.name,
			memoryKiB: kdf.memoryKiB,
			iterations: kdf.iterations,
			parallelism: kdf.parallelism,
			salt: bytesToBase64(kdf.salt)
		},
		check: bytesToBase64(await seal(key, CHECK_TEXT, CHECK_CONTEXT)),
		data: bytesToBase64(await seal(key, new TextEncoder().encode(payloadJson), DATA_CONTEXT))
	};
	return JSON.stringify(envelope);
}

/** Opens a sealed backup: a wrong passphrase and a damaged file are told apart by the check. */
export async function openBackup(envelope: EncryptedEnvelope, passphrase: string): Promise<string> {
	const salt = base64ToBytes(envelope.kdf.salt);
	const check = base64ToBytes(envelope.check);
	const data = base64ToBytes(envelope.data);
	if (!salt || salt.length < 8 || !check || !data) throw new BackupError('damaged');
	if (!passphrase) throw new BackupError('wrong-passphrase');
	const key = await deriveKeyFromPasscode(passphrase, { ...envelope.kdf, salt });
	try {
		await open(key, check, context(envelope, 'check'));
	} catch (error) {
		if (error instanceof DamagedDataError) throw new BackupError('wrong-passphrase');
		throw error;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(
			await open(key, data, context(envelope, 'data'))
		);
	} catch {
		throw new BackupError('damaged');
	}
}
