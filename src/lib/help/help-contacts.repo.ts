import { Repository } from '$lib/db/repository';

/** A contact the person typed in by hand (never from the phone's address book). */
export interface OwnContact {
	name: string;
	role: string;
	phone: string;
	notes: string;
}

function validate(data: unknown): OwnContact | null {
	if (!data || typeof data !== 'object') return null;
	const d = data as Record<string, unknown>;
	const fields = ['name', 'role', 'phone', 'notes'] as const;
	if (
		!fields.every((field) => typeof d[field] === 'string' && (d[field] as string).length < 5000)
	) {
		return null;
	}
	return { name: d.name, role: d.role, phone: d.phone, notes: d.notes } as OwnContact;
}

export const ownContacts = new Repository<OwnContact>('helpContacts', validate);
