import { Repository } from '$lib/db/repository';
import { validateCalmPlace, type CalmPlaceWords } from './calm-place';

/** One record at most, kept only if the person chooses. */
export const calmPlaceRecords = new Repository<CalmPlaceWords>('grounding', validateCalmPlace);
