import { Repository } from '$lib/db/repository';
import { validateCalmPlace, type CalmPlaceWords } from './calm-place';

/** One record at most, kept only if the person chooses. */
const calmPlaces = new Repository<CalmPlaceWords>('grounding', validateCalmPlace);

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
