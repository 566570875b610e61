import { Repository } from '$lib/db/repository';

/** The person's own words for their calm place: one record, kept only if they choose. */
export interface CalmPlaceWords {
	words: string;
}

const calmPlaces = new Repository<CalmPlaceWords>('grounding', (data) =>
	data && typeof (data as CalmPlaceWords).words === 'string' ? (data as CalmPlaceWords) : null
);

export async function readCalmPlace(): Promise<{ id: string; words: string } | null> {
	const [latest] = await calmPlaces.list({ limit: 1 });
	return latest && !latest.damaged ? { id: latest.id, words: latest.data.words } : null;
}

export async function keepCalmPlace(words: string, id?: string): Promise<string> {
	return (await calmPlaces.save({ words }, id)).id;
}

export function forgetCalmPlace(id: string): Promise<void> {
	return calmPlaces.remove(id);
}
