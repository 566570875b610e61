/**
 * Passphrases for backup files: made on the device, judged conservatively, and their guessing
 * cost said in plain figures. Plain logic: the word lists come in from word-lists.ts.
 *
 * Why a backup needs more than the phone's passcode: the file leaves the device. Whoever holds a
 * copy can try guesses on their own computer, as fast as it goes, with no wait after wrong tries.
 *
 * The yardstick, an "ordinary computer": 8 cores, each doing about 2 guesses a second at the
 * default cost (Argon2id, 64 MiB, 4 passes: 0.5 s per guess per core is what we measure in a
 * browser). That is 16 guesses a second, about 5 × 10^8 a year. A guess costs in proportion to
 * memory × passes, so a file made with other settings scales from there.
 *
 * The bar: at least 40 bits (about 10^12 possibilities), and at least 1,000 years on average on
 * that computer at the file's cost. 40 bits at the default cost is about 1,100 years on average.
 * The thousandfold margin leaves room for a faster attacker (a graphics card, many machines, code
 * tuned for it) and for our estimate being kinder than the truth; a six-digit PIN (about 20 bits)
 * falls in under a day. Generated passphrases sit well above the bar: 6 words (about 65 bits) or
 * 16 letters and digits (80 bits).
 */

export const MIN_BACKUP_BITS = 40;
export const MIN_BACKUP_YEARS = 1000;

/** The cost a guess is measured against, and how fast an ordinary computer makes such guesses. */
const REFERENCE = { memoryKiB: 64 * 1024, iterations: 4, guessesPerSecondPerCore: 2 } as const;
const ORDINARY_CORES = 8;
const SECONDS_PER_YEAR = 365.25 * 24 * 60 * 60;

/** The part of the key derivation settings that sets the cost of one guess. */
export interface GuessCost {
	memoryKiB: number;
	iterations: number;
}

/** How many guesses an ordinary computer makes in a year against a file made with these settings. */
export function guessesPerYear(kdf: GuessCost): number {
	const work = (kdf.memoryKiB * kdf.iterations) / (REFERENCE.memoryKiB * REFERENCE.iterations);
	return ((ORDINARY_CORES * REFERENCE.guessesPerSecondPerCore) / work) * SECONDS_PER_YEAR;
}

/** Years an ordinary computer needs, on average (half of all possibilities), to find it. */
export function yearsToGuess(bits: number, kdf: GuessCost): number {
	return 2 ** (bits - 1) / guessesPerYear(kdf);
}

/** Whether a passphrase this strong may seal a backup made with these settings. */
export function strongEnough(bits: number, kdf: GuessCost): boolean {
	return bits >= MIN_BACKUP_BITS && yearsToGuess(bits, kdf) >= MIN_BACKUP_YEARS;
}

export type GuessTime =
	| { unit: 'moments' }
	| { unit: 'minutes' | 'hours' | 'days' | 'years'; count: number }
	| { unit: 'millionYears' };

/** The guessing time in the largest whole unit, for a plain sentence ("about 3 days"). */
export function guessTime(bits: number, kdf: GuessCost): GuessTime {
	const years = yearsToGuess(bits, kdf);
	if (years >= 1e6) return { unit: 'millionYears' };
	if (years >= 1) return { unit: 'years', count: Math.floor(years) };
	const seconds = years * SECONDS_PER_YEAR;
	if (seconds >= 86_400) return { unit: 'days', count: Math.floor(seconds / 86_400) };
	if (seconds >= 3600) return { unit: 'hours', count: Math.floor(seconds / 3600) };
	if (seconds >= 60) return { unit: 'minutes', count: Math.floor(seconds / 60) };
	return { unit: 'moments' };
}

// Making one

type RandomSource = (values: Uint32Array<ArrayBuffer>) => unknown;
const deviceRandom: RandomSource = (values) => crypto.getRandomValues(values);

/**
 * A whole number from 0 to below `n`, every one equally likely: 32-bit values at or above the
 * largest multiple of `n` are thrown away (taking `value % n` of them all would favour the small).
 */
export function randomBelow(n: number, random: RandomSource = deviceRandom): number {
	if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError('n out of range');
	const limit = 2 ** 32 - (2 ** 32 % n);
	const value = new Uint32Array(1);
	for (;;) {
		random(value);
		if (value[0]! < limit) return value[0]! % n;
	}
}

/** Letters and digits that are hard to misread: no 0 or o, no 1 or l. */
export const GROUP_ALPHABET = '23456789abcdefghijkmnpqrstuvwxyz';
export const GROUPS = 4;
export const GROUP_SIZE = 4;
export const WORDS = 6;

export interface Generated {
	text: string;
	/** Exact strength: every choice is uniform and independent. */
	bits: number;
	kind: 'words' | 'groups';
}

/** Words from the list, separated by spaces. */
export function generateWords(
	list: readonly string[],
	count = WORDS,
	random: RandomSource = deviceRandom
): Generated {
	const words = Array.from({ length: count }, () => list[randomBelow(list.length, random)]!);
	return { text: words.join(' '), bits: count * Math.log2(list.length), kind: 'words' };
}

/** Groups of letters and digits, joined by hyphens (`k7mq-x2vp-…`). */
export function generateGroups(
	groups = GROUPS,
	size = GROUP_SIZE,
	random: RandomSource = deviceRandom
): Generated {
	const alphabet = [...GROUP_ALPHABET];
	const parts = Array.from({ length: groups }, () =>
		Array.from({ length: size }, () => alphabet[randomBelow(alphabet.length, random)]).join('')
	);
	return {
		text: parts.join('-'),
		bits: groups * size * Math.log2(alphabet.length),
		kind: 'groups'
	};
}

// Judging one a person chose

/** Counted at most this far: anything longer is far past the bar already. */
const MAX_JUDGED = 128;
const MIN_MATCH = 3;
const MAX_WORD = 16;
const log2 = Math.log2;

/** Among the very first tries of anyone guessing; counted as one of ten thousand. */
const COMMON = new Set([
	'password',
	'passw0rd',
	'passcode',
	'passphrase',
	'qwerty',
	'azerty',
	'letmein',
	'iloveyou',
	'welcome',
	'admin',
	'secret',
	'monkey',
	'dragon',
	'sunshine',
	'princess',
	'football',
	'waypoint',
	'backup',
	'notes',
	'contraseña',
	'contrasena',
	'clave',
	'teamo',
	'amor',
	'love',
	'hola',
	'hello'
]);
const COMMON_BITS = log2(10_000);

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop'];
const LETTER = /\p{L}/u;
const SEPARATORS = new Set([' ', '-', '_', '.', ',', '/', '+']);

/** Lower case without accent marks (keeps ñ), as the word lists hold their words. */
export function plainLetters(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u0302\u0308]/g, '')
		.normalize('NFC')
		.toLowerCase();
}

function charBits(char: string): number {
	if (SEPARATORS.has(char)) return 1;
	if (/\d/.test(char)) return log2(10);
	if (/[a-zA-Z]/.test(char)) return log2(26);
	if (/[\x21-\x7e]/.test(char)) return log2(33);
	// Letters of other scripts (Arabic has 28, plus forms): a cautious round figure.
	return 5;
}

/** Bits if every character were chosen at random from the kinds of characters it uses. */
function characterClassBits(chars: readonly string[]): number {
	let pool = 0;
	if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
	if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
	if (chars.some((c) => /\d/.test(c))) pool += 10;
	if (chars.some((c) => /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c))) pool += 33;
	if (chars.some((c) => !/[\x20-\x7e]/.test(c))) pool += 64;
	return chars.length * log2(pool);
}

/** A plausible date or year made of these digits (with or without separators). */
function dateBits(text: string): number | null {
	if (/^(19|20)\d\d$/.test(text)) return log2(200);
	const parts =
		text.match(/^(\d{1,2})[-/. ]?(\d{1,2})[-/. ]?(\d{4}|\d{2})$/) ??
		text.match(/^(\d{4})[-/. ]?(\d{1,2})[-/. ]?(\d{1,2})$/);
	if (!parts) return null;
	const numbers = parts.slice(1).map(Number);
	const dayMonth = parts[1]!.length === 4 ? numbers.slice(1) : numbers.slice(0, 2);
	const [a, b] = dayMonth as [number, number];
	const plausible = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
	if (!plausible(a, b) && !plausible(b, a)) return null;
	// Any day of 200 years, in one of a few orders.
	return log2(366 * 200 * 4);
}

/** Whether these characters run in order: "abcd", "4321", or along a row of keys ("qwer"). */
function isSequence(piece: string): boolean {
	const codes = [...piece].map((c) => c.codePointAt(0)!);
	const step = codes[1]! - codes[0]!;
	if (
		(step === 1 || step === -1) &&
		codes.every((code, i) => i === 0 || code - codes[i - 1]! === step)
	)
		return true;
	const lower = piece.toLowerCase();
	return KEYBOARD_ROWS.some(
		(row) => row.includes(lower) || [...row].reverse().join('').includes(lower)
	);
}

/** For each position, the longest stretch from there that also starts at some earlier position. */
function longestRepeats(chars: readonly string[]): number[] {
	return chars.map((_, at) => {
		let longest = 0;
		for (let from = 0; from < at; from++) {
			let k = 0;
			while (at + k < chars.length && chars[from + k] === chars[at + k]) k++;
			longest = Math.max(longest, k);
		}
		return longest;
	});
}

/**
 * A cautious estimate of how many bits a person's passphrase is worth: the smaller of a count by
 * kinds of characters and a count by patterns, where the cheapest way to build the passphrase
 * from pieces is taken (each piece priced as a guesser would: a word from the list, a repeat of
 * something earlier, a run like "abcd" or "4321", a date, a row of keys, or single characters).
 * A letter after a letter counts 3 bits. A passphrase of digits only counts 2 bits a digit: such numbers are often a phone number, a
 * birthday or an ID, which a guesser who knows the person tries first.
 */
export function estimateBits(text: string, words: ReadonlySet<string> = new Set()): number {
	const chars = [...text.normalize('NFC')].slice(0, MAX_JUDGED);
	const n = chars.length;
	if (n === 0) return 0;
	const plain = chars.map((c) => plainLetters(c));
	// A word from a list of 2048, the size of the lists a guesser would run through.
	const wordBits = log2(Math.min(Math.max(words.size, 2), 2048));

	const best = new Array<number>(n + 1).fill(Infinity);
	best[0] = 0;
	const offer = (to: number, cost: number) => {
		if (cost < best[to]!) best[to] = cost;
	};
	const repeats = longestRepeats(plain);
	for (let i = 0; i < n; i++) {
		const here = best[i]!;
		// A letter right after a letter: in words people make up, the next letter is far from
		// random (letter pairs in European languages carry about 3 bits), so it counts 3 bits.
		const afterLetter = i > 0 && LETTER.test(chars[i - 1]!) && LETTER.test(chars[i]!);
		offer(i + 1, here + (afterLetter ? 3 : charBits(chars[i]!)));
		// Each kind of run, once broken, stays broken for longer pieces.
		let sameSoFar = true;
		let sequenceSoFar = true;
		for (let end = i + 2; end <= n; end++) {
			const length = end - i;
			sameSoFar &&= chars[end - 1] === chars[i];
			const piece = length <= MAX_WORD || sequenceSoFar ? chars.slice(i, end).join('') : '';
			sequenceSoFar &&= isSequence(piece);
			if (!sameSoFar && !sequenceSoFar && length > MAX_WORD && length > repeats[i]!) break;
			if (length < MIN_MATCH) continue;
			if (sameSoFar) offer(end, here + charBits(chars[i]!) + log2(length));
			if (sequenceSoFar) offer(end, here + log2(26) + log2(length) + 1);
			if (length <= repeats[i]!) offer(end, here + log2(i) + log2(length));
			if (length > MAX_WORD) continue;
			const date = length <= 10 && /^[\d\-/. ]+$/.test(piece) ? dateBits(piece) : null;
			if (date !== null) offer(end, here + date);
			const word = plain.slice(i, end).join('');
			const capitals = piece !== piece.toLowerCase() ? 1 : 0;
			if (words.has(word)) offer(end, here + wordBits + capitals);
			if (COMMON.has(word)) offer(end, here + COMMON_BITS + capitals);
		}
	}
	let patterns = best[n]!;
	if (/^\d+$/.test(text)) patterns = Math.min(patterns, 2 * n);
	return Math.min(characterClassBits(chars), patterns);
}
