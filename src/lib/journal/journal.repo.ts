import { Repository } from '$lib/db/repository';
import { validateEntry, type JournalEntry } from './journal';

/** Journal entries, stored through the storage layer (sealed when a passcode is set). */
export const journalRepository = new Repository<JournalEntry>('journal', validateEntry);
