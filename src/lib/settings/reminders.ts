import { oneOf } from './preferences';

/**
 * The dates and choices behind the home screen's gentle reminders. They only matter after unlock,
 * and a date to look at a plan again, or of the last backup, says what the app is for, so they are
 * kept in the vault (a personal record, sealed when a passcode is set), not with the preferences.
 */
export interface Reminders {
	/** The day the person chose to look at their plan again (YYYY-MM-DD), a reminder only. */
	planReviewOn: string | null;
	/** When a backup file was last saved (a time, nothing about its content). */
	lastBackupAt: number | null;
	/** Weeks between gentle backup reminders on the home screen; null: no reminders. */
	backupReminderWeeks: BackupReminderWeeks;
}

export const BACKUP_REMINDER_WEEKS = [null, 1, 2, 4] as const;
export type BackupReminderWeeks = (typeof BACKUP_REMINDER_WEEKS)[number];

export const NO_REMINDERS: Readonly<Reminders> = Object.freeze({
	planReviewOn: null,
	lastBackupAt: null,
	backupReminderWeeks: null
});

/** Older versions kept these fields in the preferences (localStorage); they move to the vault. */
export const REMINDER_FIELDS = ['planReviewOn', 'lastBackupAt', 'backupReminderWeeks'] as const;

function pick(value: Record<string, unknown>): Reminders {
	return {
		planReviewOn:
			typeof value.planReviewOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.planReviewOn)
				? value.planReviewOn
				: null,
		lastBackupAt:
			typeof value.lastBackupAt === 'number' && Number.isFinite(value.lastBackupAt)
				? value.lastBackupAt
				: null,
		backupReminderWeeks: oneOf(BACKUP_REMINDER_WEEKS, value.backupReminderWeeks, null)
	};
}

/** Checks a stored record: anything not right in a field becomes "none"; not an object: damaged. */
export function validateReminders(data: unknown): Reminders | null {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
	return pick(data as Record<string, unknown>);
}

/**
 * The reminder fields an older version left in the stored preferences (raw localStorage text), or
 * null when there are none to move.
 */
export function remindersInPreferences(raw: string | null): Reminders | null {
	let value: unknown;
	try {
		value = raw ? JSON.parse(raw) : null;
	} catch {
		return null;
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
	if (!REMINDER_FIELDS.some((field) => field in value)) return null;
	return pick(value as Record<string, unknown>);
}
