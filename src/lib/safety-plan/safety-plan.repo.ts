import { Repository } from '$lib/db/repository';
import { validatePlan, type SafetyPlan } from './safety-plan';

/** Every saved change of the plan is its own record: the newest is the plan, the rest its history. */
export const planVersions = new Repository<SafetyPlan>('safetyPlan', validatePlan);

/** Earlier versions kept; the oldest beyond this are let go. */
export const MAX_VERSIONS = 200;
