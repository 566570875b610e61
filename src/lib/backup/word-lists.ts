import { plainLetters } from './passphrase';

/**
 * Word lists for passphrases a person can write down, in their own language where one exists:
 * the BIP39 lists of @scure/bip39 (MIT), 2048 common words each, loaded only when asked for.
 *
 * Two changes to them. Words that could hurt to read or write down (violence, abuse, prison,
 * drugs, illness, bodies, insults) are left out: a passphrase is copied by hand and kept, and
 * nobody should have to carry "assault" in it. And accents are taken off (the Spanish list stays
 * unique without them; ñ stays), so the words can be typed on any keyboard exactly as shown.
 * The bits per word are counted from what is left (about 10.9).
 */

const LOADERS: Record<string, () => Promise<{ wordlist: readonly string[] }>> = {
	en: () => import('@scure/bip39/wordlists/english.js'),
	es: () => import('@scure/bip39/wordlists/spanish.js')
};

/** Left out of generated passphrases (compared without accents). */
const LEFT_OUT = new Set(
	[
		// English
		'abandon abuse accident accuse addict adult affair afraid agent alcohol alien anger angry anxiety',
		'armed armor army arrest assault attack awful bachelor betray bitter blade blame bleak blind',
		'blood body bomb bone bullet bunker burden cage cannon casino cattle chaos chronic cigar crash',
		'crazy crime cruel crush cry damage danger death debt demise denial deny despair destroy',
		'disease disorder divorce dose drink drug dumb enemy escape evidence evil execute exile expose',
		'fatal fat fault female fever fury gamble ghost gloom grief guilt gun harsh hazard horror hostage',
		'hurt husband illegal illness inflict inject injury inmate insane isolate jealous judge kick',
		'kill kiss knife lawsuit liar lonely lottery marriage misery naive nasty neglect nerve nuclear',
		'orphan panic patrol penalty pill pistol poison police poverty prison punch rifle riot sad',
		'sadness scare sheriff shock shoot sick siege skull slave smoke soldier spy strike struggle',
		'suffer suspect sword tobacco tragic trap trauma trigger ugly unfair unhappy upset useless',
		'vicious victim violent virus warfare warrior weapon weird whip wife witness worry wreck',
		'wrestle wrong',
		// Spanish
		'aborto abuso acoso adicto agonia ahogo alcohol amante arma asalto ataque atroz azote bestia',
		'bomba bruja cadaver cancer carcel celda ciego cigarro cochino cojo combate crimen crisis',
		'culpa delito derrota desnudo deuda diablo dolor droga ebrio enemigo enfermo engaño espada',
		'espia esposa feo fiebre flaco fracaso fraude fumar furia fusil gemir golpe gordo gripe',
		'guerra hembra herir hostil hurto ilegal infiel ira jaula jeringa juez ladron lagrima lamer',
		'lesion letal llaga llanto llorar loco locura luto macho mafia maldad malo manco marido matar',
		'miedo miseria misil morder morir mortal muerte multa muslo nausea necio obeso odiar odio',
		'ofensa orgia ovulo parir pecado pecho pelea peligro pena pesimo pobre policia preso prision',
		'puñal puño rabia rapto rehen rencor sangre satan secta sexo soldado sordo sufrir susto suegra',
		'tabaco tabu terror testigo tonto torpedo toxico trauma triste tropa tuerto tumba tumor ulcera',
		'vengar veneno vicio victima viudo vil vulgar'
	]
		.join(' ')
		.split(' ')
);

/** The languages with a word list; any other gets letters and digits in groups. */
export function hasWordList(language: string): boolean {
	return language.split('-')[0]! in LOADERS;
}

/** The word list for a language, ready to choose from, or null when there is none. */
export async function loadWordList(language: string): Promise<readonly string[] | null> {
	const load = LOADERS[language.split('-')[0]!];
	if (!load) return null;
	const { wordlist } = await load();
	return Object.freeze(wordlist.map(plainLetters).filter((word) => !LEFT_OUT.has(word)));
}

/** Every word a guesser would try first for this person: their language's list and English. */
export async function loadGuessingWords(language: string): Promise<ReadonlySet<string>> {
	const lists = await Promise.all([loadWordList('en'), loadWordList(language)]);
	const all = new Set<string>();
	for (const list of lists) for (const word of list ?? []) all.add(word);
	// The guesser has the whole list, hurtful words included.
	for (const word of LEFT_OUT) all.add(word);
	return all;
}
