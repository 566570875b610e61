import { Repository } from '$lib/db/repository';
import { validatePerson, type Person } from './person';

/** One record per person on the map, their history inside it. */
export const personRecords = new Repository<Person>('people', validatePerson);
