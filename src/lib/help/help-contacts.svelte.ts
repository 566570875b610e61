import { Collection } from '$lib/db/collection.svelte';
import { ownContacts, type OwnContact } from './help-contacts.repo';

/** The help contacts the person typed in, newest first; dropped from memory on lock. */
export const helpContacts = new Collection<OwnContact>(ownContacts, { by: 'createdAt' });
