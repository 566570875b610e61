import { Repository } from '$lib/db/repository';
import { validateReminders, type Reminders } from './reminders';

/** One record at most: the newest is the one that counts. */
export const reminderRecords = new Repository<Reminders>('reminders', validateReminders);
