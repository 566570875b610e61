// Writes the Caddy and nginx snippets in deploy/ from src/security-headers.js, the one source of
// the server's headers. Run after changing that file; src/security-headers.spec.ts fails until then.
import { writeFileSync } from 'node:fs';
import { caddySnippet, nginxSnippet } from '../src/security-headers.js';

export const SNIPPETS = {
	'deploy/waypoint-headers.caddy': caddySnippet,
	'deploy/waypoint-headers.conf': nginxSnippet
};

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const [path, write] of Object.entries(SNIPPETS)) {
		writeFileSync(new URL(`../${path}`, import.meta.url), write());
		console.log(`Wrote ${path}`);
	}
}
