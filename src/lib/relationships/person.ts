/**
 * A person on the relationship map (issue 9). This placeholder only fixes the name the backup and
 * storage layers use; the person model replaces it.
 */
export function validatePerson(data: unknown): unknown {
	void data;
	return null;
}
