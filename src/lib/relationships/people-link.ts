/**
 * What other areas may know of the relationship map: a name and how safe the person feels, to pick
 * someone in the safety plan or link them to a boundary. Only the map decides who is listed.
 */
export type SafetyFeeling = 'safe' | 'unsure' | 'unsafe';

export interface PersonChoice {
	id: string;
	name: string;
	safety: SafetyFeeling;
}

/** The people on the map, for a picker elsewhere. Placeholder until the map (issue 9) lands. */
export async function loadPeopleChoices(): Promise<PersonChoice[]> {
	return [];
}
