import * as v from 'valibot';
import { PERSONAL_TABLES, type PersonalTable } from '$lib/db/schema';
import { validateCheck, validateGoal, validateLifeAreas } from '$lib/goals/goal';
import { validateCalmPlace } from '$lib/grounding/calm-place';
import { validateOwnContact } from '$lib/help/own-contact';
import { validateEntry } from '$lib/journal/journal';
import { validatePerson } from '$lib/relationships/person';
import { validateExerciseProgress } from '$lib/boundaries/exercise';
import { validatePlan } from '$lib/safety-plan/safety-plan';
import { validateReminders } from '$lib/settings/reminders';

/**
 * The backup file: a small readable header (format, version, key derivation settings) and
 * everything else encrypted, or, only if the person asks for it, a plain export.
 *
 * Reading one is strict: size limits, a schema for every part, every record checked by its own
 * capability's rules, keys that could pollute prototypes refused, and newer versions refused.
 *
 * The file leaves the device and may be found: its name and its readable header say nothing about
 * the app or what it is for (version 2: format "notes"). Files made before (version 1, format
 * "waypoint-backup", payload marked `app: "waypoint"`) have the same shape and still open.
 */

export const BACKUP_FORMAT = 'notes';
export const BACKUP_VERSION = 2;
/** The marker of version 1 files, read but never written. */
export const LEGACY_BACKUP_FORMAT = 'waypoint-backup';
const LEGACY_BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;
const MAX_RECORDS = 200_000;

export type BackupProblem =
	| 'too-large'
	| 'not-a-backup'
	| 'truncated'
	| 'too-deep'
	| 'future-version'
	| 'wrong-passphrase'
	| 'damaged'
	| 'invalid';

/** Something is wrong with a backup file; `problem` names a calm message (settings:backup.problem.*). */
export class BackupError extends Error {
	constructor(readonly problem: BackupProblem) {
		super(`Backup problem: ${problem}`);
		this.name = 'BackupError';
	}
}

/** How each capability checks its own records, the same rules it uses when reading storage. */
export const RECORD_VALIDATORS: Record<PersonalTable, (data: unknown) => unknown> = {
	journal: validateEntry,
	grounding: validateCalmPlace,
	helpContacts: validateOwnContact,
	safetyPlan: validatePlan,
	practice: validateExerciseProgress,
	people: validatePerson,
	goals: validateGoal,
	stabilityChecks: validateCheck,
	lifeAreas: validateLifeAreas,
	reminders: validateReminders
};

const base64 = v.pipe(
	v.string(),
	v.maxLength(MAX_BACKUP_BYTES * 2),
	v.regex(/^[A-Za-z0-9+/]*={0,2}$/)
);
const whole = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const KdfSchema = v.strictObject({
	name: v.literal('argon2id'),
	// Bounded, so a hostile file cannot make the device spend gigabytes or minutes on it.
	memoryKiB: whole(8 * 1024, 256 * 1024),
	iterations: whole(1, 10),
	parallelism: whole(1, 4),
	salt: base64
});

/** Each format marker goes with exactly one version: `notes` 2, `waypoint-backup` 1. */
const marker = {
	format: v.picklist([BACKUP_FORMAT, LEGACY_BACKUP_FORMAT]),
	version: v.picklist([BACKUP_VERSION, LEGACY_BACKUP_VERSION])
};
const markerMatches = (envelope: { format: string; version: number }) =>
	(envelope.format === BACKUP_FORMAT) === (envelope.version === BACKUP_VERSION);

const EncryptedEnvelopeSchema = v.strictObject({
	...marker,
	encrypted: v.literal(true),
	kdf: KdfSchema,
	/** A short known text sealed with the key: tells a wrong passphrase from a damaged file. */
	check: base64,
	data: base64
});

const PlainEnvelopeSchema = v.strictObject({
	...marker,
	encrypted: v.literal(false),
	payload: v.unknown()
});

const RecordSchema = v.strictObject({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	createdAt: whole(0, 8.64e15),
	updatedAt: whole(0, 8.64e15),
	data: v.unknown()
});

const records = v.optional(v.pipe(v.array(RecordSchema), v.maxLength(MAX_RECORDS)), []);

const PayloadSchema = v.strictObject({
	/** Only in version 1 files; version 2 names nothing. */
	app: v.optional(v.literal('waypoint')),
	exportedAt: whole(0, 8.64e15),
	records: v.strictObject({
		journal: records,
		grounding: records,
		helpContacts: records,
		safetyPlan: records,
		practice: records,
		people: records,
		goals: records,
		stabilityChecks: records,
		lifeAreas: records,
		reminders: records
	})
});

export type EncryptedEnvelope = v.InferOutput<typeof EncryptedEnvelopeSchema>;
export type BackupRecord = v.InferOutput<typeof RecordSchema>;
export type BackupPayload = v.InferOutput<typeof PayloadSchema>;

export type ParsedBackup =
	{ encrypted: true; envelope: EncryptedEnvelope } | { encrypted: false; payload: unknown };

/** What a backup holds, checked and ready to restore. */
export interface BackupContents {
	exportedAt: number;
	records: Record<PersonalTable, BackupRecord[]>;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Far deeper than any record Waypoint writes (under 10 levels), and shallow enough to walk. */
const MAX_DEPTH = 64;

/**
 * Walks what was parsed without recursion (a deep file must not overflow the stack): refuses keys
 * that could pollute prototypes, and nesting deeper than any backup of ours.
 */
function checkShape(json: unknown): void {
	const stack: [unknown, number][] = [[json, 0]];
	while (stack.length) {
		const [value, depth] = stack.pop()!;
		if (!value || typeof value !== 'object') continue;
		if (depth > MAX_DEPTH) throw new BackupError('too-deep');
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) throw new BackupError('invalid');
			stack.push([(value as Record<string, unknown>)[key], depth + 1]);
		}
	}
}

const KNOWN_FORMATS: readonly unknown[] = [BACKUP_FORMAT, LEGACY_BACKUP_FORMAT];
/** The start of a file of ours, to tell one cut short from some other file. */
const OUR_START = /^\{\s*"format"\s*:\s*"(notes|waypoint-backup)"/;

/** Reads the outside of a backup file: what kind it is, whether it is encrypted. */
export function parseBackup(text: string): ParsedBackup {
	if (text.length > MAX_BACKUP_BYTES) throw new BackupError('too-large');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		// Cut short or damaged, if it began like one of ours; otherwise some other file.
		const start = text.trimStart().slice(0, 200);
		throw new BackupError(OUR_START.test(start) ? 'truncated' : 'not-a-backup');
	}
	checkShape(json);
	if (!json || typeof json !== 'object' || Array.isArray(json))
		throw new BackupError('not-a-backup');
	const envelope = json as Record<string, unknown>;
	if (!KNOWN_FORMATS.includes(envelope.format)) throw new BackupError('not-a-backup');
	if (typeof envelope.version !== 'number' || !Number.isInteger(envelope.version)) {
		throw new BackupError('invalid');
	}
	if (envelope.version > BACKUP_VERSION) throw new BackupError('future-version');
	// Version 1 and 2 envelopes have one shape; a later version that changes it converts the
	// older ones here, with a test that reads them.
	if (envelope.encrypted === true) {
		const result = v.safeParse(EncryptedEnvelopeSchema, envelope);
		if (!result.success || !markerMatches(result.output)) throw new BackupError('invalid');
		return { encrypted: true, envelope: result.output };
	}
	const result = v.safeParse(PlainEnvelopeSchema, envelope);
	if (!result.success || !markerMatches(result.output)) throw new BackupError('invalid');
	return { encrypted: false, payload: result.output.payload };
}

/** Checks the inside of a backup: every record well-formed for its capability, no repeated ids. */
export function checkPayload(payload: unknown): BackupContents {
	const result = v.safeParse(PayloadSchema, payload);
	if (!result.success) throw new BackupError('invalid');
	const out = {} as Record<PersonalTable, BackupRecord[]>;
	for (const table of PERSONAL_TABLES) {
		const list = result.output.records[table];
		const ids = new Set<string>();
		out[table] = list.map((record) => {
			const data = RECORD_VALIDATORS[table](record.data);
			if (data === null || ids.has(record.id)) throw new BackupError('invalid');
			ids.add(record.id);
			return { ...record, data };
		});
	}
	return { exportedAt: result.output.exportedAt, records: out };
}

/** How many things of each kind a backup holds, to show before restoring. */
export function countRecords(contents: BackupContents): Record<PersonalTable, number> {
	return Object.fromEntries(
		PERSONAL_TABLES.map((table) => [table, contents.records[table].length])
	) as Record<PersonalTable, number>;
}

export function buildPayload(
	records: Record<PersonalTable, BackupRecord[]>,
	now: number
): BackupPayload {
	return { exportedAt: now, records };
}

/**
 * The neutral name a new backup file is saved under: an ordinary dated name, nothing that says
 * what made it or what it holds (`notes-2026-12-01.dat`).
 */
export function backupFileName(now: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `notes-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.dat`;
}

export function plainBackupText(payload: BackupPayload): string {
	return JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		encrypted: false,
		payload
	});
}
