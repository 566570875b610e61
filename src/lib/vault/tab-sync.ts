/**
 * Lock, exit and every change of the vault reach every open tab of the app at once, through one
 * BroadcastChannel. A message is never delivered back to the tab that sent it.
 *
 * - lock: a lock or a quick exit in another tab; this tab locks too.
 * - changed: a passcode was set, changed or removed, or the key replaced; this tab reloads the
 *   vault's state (locked, if a passcode is now set).
 * - wiped: everything was deleted; this tab forgets what it holds.
 */
export type TabMessage = 'lock' | 'changed' | 'wiped';

const MESSAGES: readonly TabMessage[] = ['lock', 'changed', 'wiped'];
const CHANNEL_NAME = 'waypoint.vault';

let channel: BroadcastChannel | null = null;

function theChannel(): BroadcastChannel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	channel ??= new BroadcastChannel(CHANNEL_NAME);
	return channel;
}

/** Fire and forget: never throws, never waits (quick exit calls it after hiding the page). */
export function tellOtherTabs(message: TabMessage): void {
	try {
		theChannel()?.postMessage(message);
	} catch (error) {
		console.error('Other tabs could not be told', error);
	}
}

/** Listens for what other tabs say; returns a function that stops listening. */
export function hearOtherTabs(listener: (message: TabMessage) => void): () => void {
	const open = theChannel();
	if (!open) return () => undefined;
	const handle = (event: MessageEvent) => {
		if (MESSAGES.includes(event.data)) listener(event.data as TabMessage);
	};
	open.addEventListener('message', handle);
	return () => open.removeEventListener('message', handle);
}
