/** Dates and numbers in the person's language, always through Intl. */

export function formatDate(
	value: Date | number,
	language: string,
	options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }
): string {
	return new Intl.DateTimeFormat(language, options).format(value);
}

export function formatNumber(
	value: number,
	language: string,
	options?: Intl.NumberFormatOptions
): string {
	return new Intl.NumberFormat(language, options).format(value);
}

/** Bytes as a short, readable size ("2.4 MB") in the person's language. */
export function formatBytes(bytes: number, language: string): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return new Intl.NumberFormat(language, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0
	}).format(value);
}

/**
 * Wraps text that always reads left to right (a phone number, an address) in Unicode isolates,
 * so that in a right-to-left sentence its digits and + stay in order.
 */
export function isolateLtr(text: string): string {
	return `\u2066${text}\u2069`;
}
