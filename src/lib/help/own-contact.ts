/** A contact the person typed in by hand (never from the phone's address book). */
export interface OwnContact {
	name: string;
	role: string;
	phone: string;
	notes: string;
}

export function validateOwnContact(data: unknown): OwnContact | null {
	if (!data || typeof data !== 'object') return null;
	const d = data as Record<string, unknown>;
	const fields = ['name', 'role', 'phone', 'notes'] as const;
	if (
		!fields.every((field) => typeof d[field] === 'string' && (d[field] as string).length < 5000)
	) {
		return null;
	}
	return {
		name: d.name as string,
		role: d.role as string,
		phone: d.phone as string,
		notes: d.notes as string
	};
}
