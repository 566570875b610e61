/**
 * The boundary exercises' stored progress (issue 8). This placeholder only fixes the name the
 * backup and storage layers use; the exercise model replaces it.
 */
export function validateExerciseProgress(data: unknown): unknown {
	void data;
	return null;
}
