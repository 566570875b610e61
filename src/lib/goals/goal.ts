/**
 * Goals, "where am I now" checks and life areas (issue 10). These placeholders only fix the names
 * the backup and storage layers use; the goals model replaces them.
 */
export function validateGoal(data: unknown): unknown {
	void data;
	return null;
}

export function validateCheck(data: unknown): unknown {
	void data;
	return null;
}

export function validateLifeAreas(data: unknown): unknown {
	void data;
	return null;
}
