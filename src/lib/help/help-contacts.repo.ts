import { Repository } from '$lib/db/repository';
import { validateOwnContact, type OwnContact } from './own-contact';

export type { OwnContact };

export const ownContacts = new Repository<OwnContact>('helpContacts', validateOwnContact);
