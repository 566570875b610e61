// Measures what a passcode costs a person, in a real Chromium on this machine and on the app's own
// origin: the Argon2id unlock (with the parameters the vault really uses), and encrypting, storing,
// reading and decrypting 10,000 journal-sized records against the same records stored plain.
// A benchmark, not a test: it prints figures and never fails on them. Run after the build.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PORT_OFFSET, startPreview } from './browser.mjs';

const PORT = 4176;
const origin = `http://localhost:${PORT + PORT_OFFSET}`;
const KDF_RUNS = 5;
const RECORDS = 10_000;

// Follow the code, not a copy of it: read DEFAULT_KDF, and the heaviest settings a backup file may
// ask for (HEAVIEST_ALLOWED_KDF), from the vault's source.
const cryptoSource = readFileSync(new URL('../src/lib/vault/crypto.ts', import.meta.url), 'utf8');
/** Reads `name: 64 * 1024` style numbers (products of integers) from a constant of crypto.ts. */
function kdfConstant(constant) {
	const source = cryptoSource.match(new RegExp(`${constant}\\s*=\\s*\\{([^}]*)\\}`))?.[1] ?? '';
	const number = (name) => {
		const expression = source.match(new RegExp(`${name}\\s*:\\s*([\\d\\s*_]+)`))?.[1];
		if (!expression) throw new Error(`${constant}.${name} not found in src/lib/vault/crypto.ts`);
		return expression
			.split('*')
			.map((factor) => Number(factor.replaceAll('_', '').trim()))
			.reduce((product, factor) => product * factor, 1);
	};
	return {
		memoryKiB: number('memoryKiB'),
		iterations: number('iterations'),
		parallelism: number('parallelism')
	};
}
const kdf = kdfConstant('DEFAULT_KDF');
const heaviest = kdfConstant('HEAVIEST_ALLOWED_KDF');

// hash-wasm's UMD build defines the global `hashwasm`. Evaluated through the DevTools protocol,
// since the app's CSP (rightly) refuses an inline <script>; its 'wasm-unsafe-eval' allows the WASM.
const require = createRequire(import.meta.url);
const argon2Source = readFileSync(require.resolve('hash-wasm/dist/argon2.umd.min.js'), 'utf8');

const server = startPreview(PORT);

/** Runs in the page: Argon2id with the vault's parameters, timed one derivation at a time. */
async function timeArgon2({ kdf, runs }) {
	const times = [];
	for (let i = 0; i < runs; i++) {
		const salt = crypto.getRandomValues(new Uint8Array(16));
		const start = performance.now();
		await globalThis.hashwasm.argon2id({
			password: 'correct horse battery staple',
			salt,
			iterations: kdf.iterations,
			memorySize: kdf.memoryKiB,
			parallelism: kdf.parallelism,
			hashLength: 32,
			outputType: 'binary'
		});
		times.push(performance.now() - start);
	}
	return times;
}

/**
 * Runs in the page: builds journal-sized records, then times the encrypted path against the plain
 * one, shaped like the app's StoredRecord (src/lib/db/record.ts) and its storage layer.
 */
async function timeRecords({ count }) {
	// Deterministic words, so every run measures the same text. Mixed scripts on purpose: Arabic
	// and accented letters take 2 bytes in UTF-8, which is what a real journal in es/ar looks like.
	let seed = 42;
	const random = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = (list) => list[Math.floor(random() * list.length)];
	const words = (
		'today I walked to the market and the sun was warm on my face I felt calm for a while ' +
		'then tired my sister called and we talked about the appointment next week the advocate ' +
		'said the paperwork is almost ready I want to find work that lets me sleep at night ' +
		'sometimes I still wake early and check the door but it is getting easier I made tea ' +
		'wrote a list of small goals and crossed two of them off'
	)
		.split(' ')
		.concat(['café', 'mañana', 'corazón', 'señora', 'rêve', 'niño', 'über', 'déjà', 'garçon'])
		.concat(['أمان', 'بيت', 'صديقتي', 'غدًا', 'عمل', 'أمل', 'حرية', 'هدوء', 'عائلتي']);
	const tags = ['family', 'work', 'sleep', 'court', 'health', 'friends', 'money', 'home', 'faith'];
	const feelings = ['calm', 'anxious', 'hopeful', 'tired', 'proud', 'sad', 'angry', 'safe'];
	const sentence = () => {
		const length = 6 + Math.floor(random() * 14);
		const text = Array.from({ length }, () => pick(words)).join(' ');
		return text[0].toUpperCase() + text.slice(1) + pick(['.', '.', '.', '!', '?']);
	};
	const records = [];
	for (let i = 0; i < count; i++) {
		let body = '';
		while (body.length < 1900) body += (body ? ' ' : '') + sentence();
		const now = Date.now() - i * 60_000;
		records.push({
			id: crypto.randomUUID(),
			createdAt: now,
			updatedAt: now,
			data: {
				title: sentence().slice(0, 60),
				body: body.slice(0, 1900),
				tags: [pick(tags), pick(tags), pick(tags)],
				feeling: pick(feelings)
			}
		});
	}

	const encoder = new TextEncoder();
	const decoder = new TextDecoder();
	const aad = (id) => encoder.encode(`waypoint/1/journal/${id}`);
	const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
		'encrypt',
		'decrypt'
	]);
	const bytes = records.reduce((sum, r) => sum + encoder.encode(JSON.stringify(r.data)).length, 0);
	const timed = async (work) => {
		const start = performance.now();
		const value = await work();
		return [performance.now() - start, value];
	};

	// (a) Encrypt all, the way the storage layer seals one record: JSON, UTF-8, a fresh IV, the AAD.
	// All in flight at once (as Repository.list decodes): WebCrypto works off the main thread.
	const [encrypt, sealedRows] = await timed(() =>
		Promise.all(
			records.map(async ({ id, createdAt, updatedAt, data }) => {
				const iv = crypto.getRandomValues(new Uint8Array(12));
				const ciphertext = await crypto.subtle.encrypt(
					{ name: 'AES-GCM', iv, additionalData: aad(id) },
					key,
					encoder.encode(JSON.stringify(data))
				);
				const sealed = new Uint8Array(12 + ciphertext.byteLength);
				sealed.set(iv, 0);
				sealed.set(new Uint8Array(ciphertext), 12);
				return { id, createdAt, updatedAt, format: 1, sealed };
			})
		)
	);
	const openAll = (rows) =>
		Promise.all(
			rows.map(async ({ id, sealed }) =>
				JSON.parse(
					decoder.decode(
						await crypto.subtle.decrypt(
							{ name: 'AES-GCM', iv: sealed.slice(0, 12), additionalData: aad(id) },
							key,
							sealed.slice(12)
						)
					)
				)
			)
		);
	// (b) Decrypt and parse all.
	const [decrypt, opened] = await timed(() => openAll(sealedRows));
	if (opened[count - 1].body !== records[count - 1].data.body) throw new Error('Round trip failed');

	// (c) and (d): IndexedDB, one transaction per write and per read, in a database of its own
	// (never the app's), removed at the end.
	const name = 'waypoint-bench';
	const request = (r) =>
		new Promise((resolve, reject) => {
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
	await request(indexedDB.deleteDatabase(name));
	const open = indexedDB.open(name, 1);
	open.onupgradeneeded = () => {
		open.result.createObjectStore('plain', { keyPath: 'id' });
		open.result.createObjectStore('sealed', { keyPath: 'id' });
	};
	const db = await request(open);
	const writeAll = (store, rows) =>
		new Promise((resolve, reject) => {
			const tx = db.transaction(store, 'readwrite');
			for (const row of rows) tx.objectStore(store).put(row);
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	const readAll = (store) => request(db.transaction(store).objectStore(store).getAll());

	const plainRows = records.map(({ id, createdAt, updatedAt, data }) => {
		return { id, createdAt, updatedAt, format: 1, plain: data };
	});
	// Warm up both stores first (opening the database files, first transactions), so whichever
	// is measured first is not charged for it; then start from empty stores.
	await writeAll('plain', plainRows.slice(0, 200));
	await writeAll('sealed', sealedRows.slice(0, 200));
	await Promise.all([readAll('plain'), readAll('sealed')]);
	const clear = db.transaction(['plain', 'sealed'], 'readwrite');
	clear.objectStore('plain').clear();
	clear.objectStore('sealed').clear();
	await new Promise((resolve) => (clear.oncomplete = resolve));

	const [plainWrite] = await timed(() => writeAll('plain', plainRows));
	const [plainRead, plainBack] = await timed(() => readAll('plain'));
	const [sealedWrite] = await timed(() => writeAll('sealed', sealedRows));
	const [sealedRead, sealedBack] = await timed(async () => openAll(await readAll('sealed')));
	if (plainBack.length !== count || sealedBack.length !== count) throw new Error('Rows missing');
	db.close();
	await request(indexedDB.deleteDatabase(name));

	return { bytes, encrypt, decrypt, plainWrite, plainRead, sealedWrite, sealedRead };
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(0).padStart(7)} ms`;

// A persistent profile (in a temporary folder), so IndexedDB writes to disk as it does for a
// person: Playwright's default contexts are off the record, and keep IndexedDB in memory.
const profile = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
let context;
try {
	await server.ready;
	context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		serviceWorkers: 'block'
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(origin);
	const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));

	await page.evaluate(argon2Source);
	const label = (k) => `Argon2id ${k.memoryKiB / 1024} MiB, t=${k.iterations}, p=${k.parallelism}`;
	const kdfTimes = await page.evaluate(timeArgon2, { kdf, runs: KDF_RUNS });
	const kdfLabel = label(kdf);
	console.log(`${kdfLabel} (hash-wasm), ${KDF_RUNS} runs:`);
	kdfTimes.forEach((time, i) => console.log(`  run ${i + 1}: ${ms(time)}`));
	console.log(`  median: ${ms(median(kdfTimes))}   worst: ${ms(Math.max(...kdfTimes))}`);
	const heavyTimes = await page.evaluate(timeArgon2, { kdf: heaviest, runs: KDF_RUNS });
	const heavyLabel = `${label(heaviest)}, the heaviest a backup file may ask for`;
	console.log(`${heavyLabel}, ${KDF_RUNS} runs:`);
	console.log(`  median: ${ms(median(heavyTimes))}   worst: ${ms(Math.max(...heavyTimes))}`);

	const r = await page.evaluate(timeRecords, { count: RECORDS });
	const kb = (r.bytes / RECORDS / 1000).toFixed(2);
	const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
	console.log(`\n${RECORDS} journal records, ${kb} kB of JSON each on average:`);
	const rows = [
		['(a) JSON + AES-GCM encrypt, all', r.encrypt],
		['(b) decrypt + JSON.parse, all', r.decrypt],
		['(c) IndexedDB write, plain', r.plainWrite],
		['(c) IndexedDB read, plain', r.plainRead],
		['(d) IndexedDB write, encrypted', r.sealedWrite],
		['(d) IndexedDB read + decrypt', r.sealedRead]
	];
	for (const [label, time] of rows) console.log(`  ${label.padEnd(34)}${ms(time)}`);
	const writeRatio = ratio(r.sealedWrite, r.plainWrite);
	const saveRatio = ratio(r.encrypt + r.sealedWrite, r.plainWrite);
	const readRatio = ratio(r.sealedRead, r.plainRead);
	console.log(`  encrypted / plain, write only:          ${writeRatio}`);
	console.log(`  encrypted / plain, encrypt + write:     ${saveRatio}`);
	console.log(`  encrypted / plain, read (+ decrypt):    ${readRatio}`);

	console.log(
		[
			'',
			'--- summary ---',
			`bench-vault, Chromium ${version}, ${new Date().toISOString().slice(0, 10)}, IndexedDB on disk, load average ${loadavg()[0].toFixed(1)}`,
			`${kdfLabel}: median ${median(kdfTimes).toFixed(0)} ms, worst ${Math.max(...kdfTimes).toFixed(0)} ms (${kdfTimes.map((t) => t.toFixed(0)).join(', ')})`,
			`${heavyLabel}: median ${median(heavyTimes).toFixed(0)} ms, worst ${Math.max(...heavyTimes).toFixed(0)} ms`,
			`${RECORDS} records × ${kb} kB: encrypt ${r.encrypt.toFixed(0)} ms, decrypt ${r.decrypt.toFixed(0)} ms`,
			`write plain ${r.plainWrite.toFixed(0)} ms, encrypted ${r.sealedWrite.toFixed(0)} ms (${writeRatio}; with encryption ${saveRatio})`,
			`read plain ${r.plainRead.toFixed(0)} ms, encrypted + decrypt ${r.sealedRead.toFixed(0)} ms (${readRatio})`,
			'---------------'
		].join('\n')
	);
} finally {
	await context?.close();
	server.stop();
	rmSync(profile, { recursive: true, force: true });
}
