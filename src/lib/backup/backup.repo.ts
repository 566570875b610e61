import {
	previewMergeRecords,
	readAllRecords,
	writeRecords,
	type RestoreSummary
} from '$lib/db/portable';
import { openBackup, sealBackup } from '$lib/vault/backup-seal';
import {
	BackupError,
	buildPayload,
	checkPayload,
	parseBackup,
	plainBackupText,
	type BackupContents,
	type ParsedBackup
} from './backup-format';

/** Makes the text of a backup file: sealed with a passphrase, or plain if none is given. */
export async function makeBackup(
	passphrase: string | null
): Promise<{ text: string; damaged: number }> {
	const { records, damaged } = await readAllRecords();
	const payload = buildPayload(records, Date.now());
	const text = passphrase
		? await sealBackup(JSON.stringify(payload), passphrase)
		: plainBackupText(payload);
	return { text, damaged };
}

export { parseBackup };
export { BACKUP_GUESS_COST } from '$lib/vault/backup-seal';

/** Opens (if sealed) and checks a backup; nothing is stored yet. */
export async function readBackup(
	parsed: ParsedBackup,
	passphrase: string
): Promise<BackupContents> {
	if (!parsed.encrypted) return checkPayload(parsed.payload);
	const json = await openBackup(parsed.envelope, passphrase);
	let payload: unknown;
	try {
		payload = JSON.parse(json);
	} catch {
		throw new BackupError('damaged');
	}
	return checkPayload(payload);
}

/** Stores what a checked backup holds, in one transaction, and says what it did. */
export function restoreBackup(
	contents: BackupContents,
	mode: 'merge' | 'replace'
): Promise<RestoreSummary> {
	return writeRecords(contents.records, mode);
}

/** What adding a checked backup to what is here would do, before anything is stored. */
export function previewMerge(contents: BackupContents): Promise<RestoreSummary> {
	return previewMergeRecords(contents.records);
}

export type { RestoreSummary };
