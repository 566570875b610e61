import { Repository } from '$lib/db/repository';
import { validateReminders, type Reminders } from './reminders';

/** One record at most: the newest is the one that counts. */
const reminders = new Repository<Reminders>('reminders', validateReminders);

export async function readReminders(): Promise<{ id: string; data: Reminders } | null> {
	const [latest] = await reminders.list({ limit: 1 });
	return latest && !latest.damaged ? { id: latest.id, data: latest.data } : null;
}

export async function keepReminders(data: Reminders, id?: string): Promise<string> {
	return (await reminders.save(data, id)).id;
}
