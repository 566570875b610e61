/** The gentle "look at your plan again" note: kept apart so the home screen loads only this. */

/** Today in local time, as YYYY-MM-DD. */
export function localDay(now: number): string {
	const date = new Date(now);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A review date (YYYY-MM-DD) is due on that day and after; never without a date. */
export function reviewDue(reviewOn: string | null, now: number): boolean {
	return reviewOn !== null && reviewOn <= localDay(now);
}
