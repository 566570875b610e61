import { onLock } from '$lib/vault/lock-events';

/** Whether "I need a moment" is open; it opens over any screen without changing it. */
export const moment = $state({ open: false });

// It sits outside the locked part of the page: a lock closes it, and closing drops what was typed.
onLock(() => (moment.open = false));
