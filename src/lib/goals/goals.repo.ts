import { Repository } from '$lib/db/repository';
import { validateCheck, type StabilityCheck } from './check';
import { validateGoal, type Goal } from './goal';
import { validateLifeAreas, type LifeAreas } from './life-areas';

/** One record per goal, its small steps inside it. */
export const goalRecords = new Repository<Goal>('goals', validateGoal);

/** One record per dated "where am I now" check. */
export const checkRecords = new Repository<StabilityCheck>('stabilityChecks', validateCheck);

/** A single record: hidden built-in areas and the person's own. */
export const lifeAreaRecords = new Repository<LifeAreas>('lifeAreas', validateLifeAreas);
