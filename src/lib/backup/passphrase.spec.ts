import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF } from '$lib/vault/crypto';
import {
	estimateBits,
	generateGroups,
	generateWords,
	GROUP_ALPHABET,
	guessesPerYear,
	guessTime,
	MIN_BACKUP_BITS,
	randomBelow,
	strongEnough,
	yearsToGuess
} from './passphrase';
import { hasWordList, loadGuessingWords, loadWordList } from './word-lists';

const english = (await loadWordList('en'))!;
const spanish = (await loadWordList('es'))!;
const guessing = await loadGuessingWords('es');

describe('making a passphrase', () => {
	it('chooses without favouring any value, even where 2^32 is not a multiple', () => {
		// A source that gives the values a modulo would favour first: they must be thrown away.
		// For this n, 2^32 - 1 modulo n would give 2^31 - 2 far more often than 5.
		const n = 2 ** 31 + 1;
		const queue = [2 ** 32 - 1, 2 ** 31 + 1, 5];
		const source = (values: Uint32Array<ArrayBuffer>) => {
			values[0] = queue.shift()!;
			return values;
		};
		expect(randomBelow(n, source)).toBe(5);
		expect(queue).toEqual([]);
	});

	it('spreads evenly over the alphabet (a chi-square sanity check)', () => {
		const counts = new Map<string, number>();
		const samples = 4000;
		for (let i = 0; i < samples; i++) {
			for (const c of generateGroups().text.replaceAll('-', '')) {
				counts.set(c, (counts.get(c) ?? 0) + 1);
			}
		}
		expect([...counts.keys()].sort().join('')).toBe([...GROUP_ALPHABET].sort().join(''));
		const expected = (samples * 16) / GROUP_ALPHABET.length;
		const chi = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
		// 31 degrees of freedom: above 90 happens by chance far less than once in a million runs,
		// while a symbol left out or chosen twice as often goes far past it.
		expect(chi).toBeLessThan(90);
	});

	it('groups: 4 × 4 letters and digits that cannot be misread, 80 bits', () => {
		const made = generateGroups();
		expect(made.text).toMatch(/^[2-9a-km-np-z]{4}(-[2-9a-km-np-z]{4}){3}$/);
		expect(made.text).not.toMatch(/[01lo]/);
		expect(made.bits).toBe(80);
	});

	it('words: six from the language’s list, about 65 bits, no hurtful words, no accents', () => {
		for (const list of [english, spanish]) {
			expect(list.length).toBeGreaterThan(1850);
			expect(new Set(list).size).toBe(list.length);
			for (const word of list) expect(word).toMatch(/^[a-zñ]+$/);
			const made = generateWords(list);
			expect(made.text.split(' ')).toHaveLength(6);
			for (const word of made.text.split(' ')) expect(list).toContain(word);
			expect(made.bits).toBeGreaterThan(65);
		}
		for (const word of ['assault', 'abuse', 'prison', 'victim', 'blood'])
			expect(english).not.toContain(word);
		for (const word of ['abuso', 'acoso', 'droga', 'carcel', 'victima'])
			expect(spanish).not.toContain(word);
		expect(spanish).toContain('arbol');
	});

	it('Arabic has no list: letters and digits in groups', async () => {
		expect(hasWordList('ar')).toBe(false);
		expect(await loadWordList('ar')).toBeNull();
		expect(hasWordList('es')).toBe(true);
	});
});

describe('judging a person’s own passphrase', () => {
	const kdf = DEFAULT_KDF;
	const judge = (text: string) => strongEnough(estimateBits(text, guessing), kdf);

	it.each([
		'123456',
		'847261',
		'000000',
		'12345678901',
		'590385924810',
		'01/02/1990',
		'1990-02-01',
		'14031987',
		'aaaaaaaaaaaaaaaaaaaa',
		'abcdefghijklmnop',
		'qwertyuiopasdfgh',
		'Password1234',
		'horse horse horse horse horse horse',
		'correct horse river',
		'mariposa mariposa mariposa',
		'iloveyou2010',
		'mariposa',
		'arbol casa arbol casa arbol casa',
		'رغدرغدرغدرغد'
	])('refuses %s', (text) => {
		expect(judge(text)).toBe(false);
	});

	it.each([
		'correct horse battery staple orbit',
		'mi gato duerme bajo la mesa azul',
		'k7mq-x2vp-9hfa-3ndw',
		'Tr0mbone!Lantern#Quietly',
		'سماء زرقاء فوق بحر هادئ'
	])('accepts %s', (text) => {
		expect(judge(text)).toBe(true);
	});

	it('accepts every generated passphrase, and finds it no stronger than it is', () => {
		for (let i = 0; i < 200; i++) {
			for (const made of [generateGroups(), generateWords(english), generateWords(spanish)]) {
				const bits = estimateBits(made.text, guessing);
				expect(strongEnough(bits, kdf), made.text).toBe(true);
				// At most a bit for each separator more than its true strength.
				expect(bits).toBeLessThanOrEqual(made.bits + 8);
			}
		}
	});

	it('counts digits only at 2 bits each, and a letter after a letter at 3', () => {
		expect(estimateBits('847261')).toBeCloseTo(12, 5);
		expect(estimateBits('zq')).toBeCloseTo(Math.log2(26) + 3, 5);
		expect(estimateBits('z7q')).toBeCloseTo(2 * Math.log2(26) + Math.log2(10), 5);
	});
});

describe('the guessing cost, in plain figures', () => {
	it('an ordinary computer makes about 5 × 10^8 guesses a year at the default cost', () => {
		expect(guessesPerYear(DEFAULT_KDF)).toBeGreaterThan(4.9e8);
		expect(guessesPerYear(DEFAULT_KDF)).toBeLessThan(5.1e8);
		// Half the memory, twice the guesses.
		expect(guessesPerYear({ ...DEFAULT_KDF, memoryKiB: 32 * 1024 })).toBeCloseTo(
			2 * guessesPerYear(DEFAULT_KDF)
		);
	});

	it('a six-digit PIN falls within a day; the bar holds a thousand years; generated ones far more', () => {
		expect(guessTime(Math.log2(1e6), DEFAULT_KDF)).toEqual({ unit: 'hours', count: 8 });
		expect(yearsToGuess(MIN_BACKUP_BITS, DEFAULT_KDF)).toBeGreaterThan(1000);
		expect(strongEnough(MIN_BACKUP_BITS, DEFAULT_KDF)).toBe(true);
		expect(strongEnough(MIN_BACKUP_BITS - 0.5, DEFAULT_KDF)).toBe(false);
		// A lighter file needs more bits for the same years.
		expect(strongEnough(MIN_BACKUP_BITS, { memoryKiB: 8 * 1024, iterations: 1 })).toBe(false);
		expect(guessTime(65, DEFAULT_KDF)).toEqual({ unit: 'millionYears' });
		expect(guessTime(1, DEFAULT_KDF)).toEqual({ unit: 'moments' });
	});
});
