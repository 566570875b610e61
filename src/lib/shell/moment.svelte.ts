/** Whether "I need a moment" is open; it opens over any screen without changing it. */
export const moment = $state({ open: false });
