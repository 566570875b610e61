/** The person's own words for their calm place. */
export interface CalmPlaceWords {
	words: string;
}

export function validateCalmPlace(data: unknown): CalmPlaceWords | null {
	if (!data || typeof data !== 'object') return null;
	const { words } = data as Record<string, unknown>;
	return typeof words === 'string' && words.length <= 20_000 ? { words } : null;
}
