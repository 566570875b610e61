/**
 * What other areas may know of the relationship map: a name and how safe the person feels, to pick
 * someone in the safety plan or link them to a boundary. Only the map decides who is listed.
 */
import { offeredForHelp } from './person';
import { personRecords } from './person.repo';

export type SafetyFeeling = 'safe' | 'unsure' | 'unsafe';

export interface PersonChoice {
	id: string;
	name: string;
	safety: SafetyFeeling;
}

/**
 * Everyone on the map that can be read, by name, for a picker elsewhere. Each area decides whom it
 * offers: the safety plan only ever offers people marked safe (see offeredForHelp).
 */
export async function loadPeopleChoices(): Promise<PersonChoice[]> {
	const entries = await personRecords.list({ by: 'createdAt' });
	return entries
		.flatMap((entry) =>
			entry.damaged ? [] : [{ id: entry.id, name: entry.data.name, safety: entry.data.safety }]
		)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** People marked safe, with how to reach them, for the safety plan's "people I can ask for help". */
export async function loadHelpChoices(): Promise<(PersonChoice & { reach: string })[]> {
	const entries = await personRecords.list({ by: 'createdAt' });
	const people = entries.flatMap((entry) =>
		entry.damaged
			? []
			: [
					{
						id: entry.id,
						name: entry.data.name,
						safety: entry.data.safety,
						circle: entry.data.circle,
						reach: entry.data.reach
					}
				]
	);
	return offeredForHelp(people).map(({ circle: _circle, ...choice }) => choice);
}
