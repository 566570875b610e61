/** Weeks between gentle backup reminders, if the person turned them on: is one due now? */
export function backupDue(
	lastBackupAt: number | null,
	everyWeeks: number | null,
	now: number
): boolean {
	if (everyWeeks === null) return false;
	if (lastBackupAt === null) return true;
	return now - lastBackupAt >= everyWeeks * 7 * 24 * 60 * 60 * 1000;
}
