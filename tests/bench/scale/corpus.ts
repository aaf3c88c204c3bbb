/**
 * Synthetic sources for the scale benchmark. Each one is a new MDX file valid against the real
 * source schema and integrity check: a body of paragraphs recombined from the real sources'
 * sentences, and about ten claims whose quotes are sentences of that body. Deterministic: the
 * same seed and count give the same files. Pure: takes the real files' text, returns new text.
 */
import { splitFrontmatter } from '../../../src/lib/corpus/frontmatter.ts';
import { normalizeWhitespace, occurrences, paragraphsOf } from '../../../src/lib/corpus/verbatim.ts';

/** A content file: path relative to the project root, and its text. */
export interface GeneratedFile {
	path: string;
	text: string;
}

/** What the generator borrows from the real corpus. */
export interface CorpusMaterial {
	/** Sentences of the real bodies that can start a Markdown paragraph and be quoted alone. */
	sentences: string[];
	/** The real claims' translations and summaries, and the real synopses, as filler prose. */
	translations: string[];
	summaries: { ru: string; en: string }[];
	synopses: { ru: string; en: string }[];
	/** Real theme ids and titles: synthetic claims must cite existing themes. */
	themes: { id: string; title: { ru: string; en: string } }[];
}

/** A small, fast, seedable PRNG (mulberry32): the corpus must be the same on every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Splits a paragraph into sentences at end punctuation followed by a capital or an opening quote. */
export function sentencesOf(paragraph: string): string[] {
	return normalizeWhitespace(paragraph)
		.split(/(?<=[.!?…])\s+(?=[«"“А-ЯЁA-Z])/u)
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * A sentence is usable when it starts with a letter or an opening quote (a leading `-` or `1.`
 * would turn the paragraph into a Markdown list), holds no Markdown or MDX syntax, and is long
 * enough to be a claim's quote.
 */
const usable = (sentence: string) =>
	/^[«"“\p{L}]/u.test(sentence) && !/[\\{}<>*_`#[\]|]/.test(sentence) && sentence.length >= 40;

/** Reads the real corpus's sources and themes into generator material. */
export function materialFrom(sources: readonly string[], themes: readonly string[]): CorpusMaterial {
	const sentences = new Set<string>();
	const translations: string[] = [];
	const summaries: { ru: string; en: string }[] = [];
	const synopses: { ru: string; en: string }[] = [];
	for (const text of sources) {
		const { data, body } = splitFrontmatter(text);
		for (const paragraph of paragraphsOf(body)) for (const s of sentencesOf(paragraph)) if (usable(s)) sentences.add(s);
		const source = data as {
			synopsis: { ru: string; en: string };
			claims: { translation: string; summary: { ru: string; en: string } }[];
		};
		synopses.push(source.synopsis);
		for (const claim of source.claims) {
			translations.push(claim.translation);
			summaries.push(claim.summary);
		}
	}
	return {
		sentences: [...sentences],
		translations,
		summaries,
		synopses,
		themes: themes.map((t) => JSON.parse(t) as { id: string; title: { ru: string; en: string } }),
	};
}

// Names and outlets to spread authorship: about one author per five sources, as a collection
// of years would have recurring authors.
const FIRST = [
	['Алексей', 'Aleksei'],
	['Айгерим', 'Aigerim'],
	['Дмитрий', 'Dmitry'],
	['Ерлан', 'Yerlan'],
	['Марина', 'Marina'],
	['Нурлан', 'Nurlan'],
	['Ольга', 'Olga'],
	['Санжар', 'Sanzhar'],
	['Татьяна', 'Tatiana'],
	['Жанна', 'Zhanna'],
] as const;
const LAST = [
	['Ахметов', 'Akhmetov'],
	['Беляев', 'Belyaev'],
	['Жумабеков', 'Zhumabekov'],
	['Ковалёв', 'Kovalyov'],
	['Мусин', 'Musin'],
	['Орлов', 'Orlov'],
	['Сагинтаев', 'Sagintayev'],
	['Тихонов', 'Tikhonov'],
	['Усенов', 'Usenov'],
	['Федоров', 'Fedorov'],
	['Шарипов', 'Sharipov'],
	['Ясинский', 'Yasinsky'],
] as const;
const OUTLETS = [
	['«Курсив»', 'Kursiv', 'KZ'],
	['«Власть»', 'Vlast', 'KZ'],
	['«Эксперт»', 'Expert', 'RU'],
	['«Коммерсантъ»', 'Kommersant', 'RU'],
	['«Зеркало недели»', 'Dzerkalo Tyzhnia', 'UA'],
	['Tengrinews', 'Tengrinews', 'KZ'],
] as const;

const KINDS = ['fact', 'assessment', 'prediction', 'reported'] as const;
const TRAJECTORIES = ['distancing', 'balancing', 'integration'] as const;
const TONES = ['critical', 'neutral', 'sympathetic'] as const;
const PERSPECTIVES = ['kazakh', 'russian', 'ukrainian', 'western', 'unknown'] as const;

/** Slug of the i-th synthetic source; claim ids derive from it, so both are unique. */
export const syntheticSlug = (index: number) => `synthetic-${String(index).padStart(5, '0')}`;

/**
 * One synthetic source: 10–18 paragraphs of 1–4 sentences, no sentence twice, and 8–12 claims
 * quoting sentences that occur exactly once in the body.
 */
function syntheticSource(index: number, material: CorpusMaterial, random: () => number): GeneratedFile {
	const slug = syntheticSlug(index);
	const unused = [...material.sentences];
	const take = () => unused.splice(Math.floor(random() * unused.length), 1)[0];
	const paragraphs = Array.from({ length: between(random, 10, 18) }, () =>
		Array.from({ length: between(random, 1, 4) }, take),
	);
	const body = paragraphs.map((p) => p.join(' '));
	// A sentence can still occur inside a longer one; only sentences found once qualify.
	const quotable = paragraphs
		.flat()
		.filter((s) => body.reduce((n, p) => n + occurrences(p, normalizeWhitespace(s)).length, 0) === 1);
	const quotes: string[] = [];
	for (const count = Math.min(quotable.length, between(random, 8, 12)); quotes.length < count;) {
		const candidate = pick(random, quotable);
		if (!quotes.includes(candidate)) quotes.push(candidate);
	}
	const first = pick(random, FIRST);
	const last = pick(random, LAST);
	const author = Math.floor(index / 5) % (FIRST.length * LAST.length);
	const [nameRu, nameEn] = [
		`${FIRST[author % FIRST.length][0]} ${LAST[Math.floor(author / FIRST.length)][0]}`,
		`${FIRST[author % FIRST.length][1]} ${LAST[Math.floor(author / FIRST.length)][1]}`,
	];
	const outlet = pick(random, OUTLETS);
	const theme = pick(random, material.themes);
	const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(random() * 14 * 365) * 86_400_000).toISOString().slice(0, 10);
	const claims = quotes.map((quote, i) => {
		const kind = pick(random, KINDS);
		const themes = [...new Set(Array.from({ length: between(random, 1, 3) }, () => pick(random, material.themes).id))];
		const stance = random() < 0.6 ? pick(random, TRAJECTORIES) : undefined;
		return {
			id: `${slug}-c${i + 1}`,
			quote,
			translation: pick(random, material.translations),
			summary: pick(random, material.summaries),
			themes,
			kind,
			...(kind === 'reported' ? { attributedTo: { ru: `${first[0]} ${last[0]}`, en: `${first[1]} ${last[1]}` } } : {}),
			...(stance ? { stance } : {}),
		};
	});
	const cited = claims
		.slice(0, 3)
		.map((c) => `[${c.id}]`)
		.join(' ');
	const frontmatter = {
		title: {
			ru: `${theme.title.ru}: заметки ${nameRu}, выпуск ${index}`,
			en: `${theme.title.en}: notes by ${nameEn}, issue ${index}`,
			supplied: true,
		},
		seed: `900_${index.toString(16).padStart(16, '0')}.txt`,
		furniture: [],
		author: {
			kind: 'person',
			name: { ru: nameRu, en: nameEn },
			description: { ru: 'Синтетический автор для нагрузочного теста.', en: 'A synthetic author for the benchmark.' },
		},
		outlet: { name: { ru: outlet[0], en: outlet[1] }, country: outlet[2] },
		date: { start: day, precision: 'day', stated: true },
		language: 'ru',
		stance: {
			trajectory: pick(random, TRAJECTORIES),
			tone: pick(random, TONES),
			perspective: pick(random, PERSPECTIVES),
			rationale: {
				ru: `Кодировка опирается на утверждения ${cited}.`,
				en: `The coding rests on the claims ${cited}.`,
			},
		},
		synopsis: pick(random, material.synopses),
		claims,
	};
	// JSON is YAML: every string is quoted and escaped, whatever its punctuation.
	const yaml = Object.entries(frontmatter)
		.map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
		.join('\n');
	return { path: `content/sources/${slug}.mdx`, text: `---\n${yaml}\n---\n\n${body.join('\n\n')}\n` };
}

/** `count` synthetic sources (numbered from 1), the same for the same seed. */
export function syntheticSources(material: CorpusMaterial, count: number, seed = 20260521): GeneratedFile[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, i) => syntheticSource(i + 1, material, random));
}

/**
 * `count` copies of the real sources under new ids, the way an independent check grows a corpus:
 * copy `k` of `<slug>.mdx` is `<slug>-copy<k>.mdx`, every claim id of the file (and its former
 * ids, wherever the file cites them) suffixed with `-k<k>`. The texts, and so their words,
 * are the real ones.
 */
export function copiedSources(real: readonly GeneratedFile[], count: number): GeneratedFile[] {
	return Array.from({ length: count }, (_, i) => {
		const k = Math.floor(i / real.length) + 1;
		const { path, text } = real[i % real.length];
		const ids = [...text.matchAll(/^\s+- id: (\S+)$|^\s+formerIds: \[([^\]]*)\]$/gm)].flatMap((m) =>
			(m[1] ?? m[2]).split(',').map((id) => id.trim().replace(/^"|"$/g, '')),
		);
		// Longest first, so that an id that begins another is not replaced inside it.
		const pattern = new RegExp(`(?<![\\w-])(${ids.sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'g');
		const renamed = withoutRevisions(text).replace(pattern, `$1-k${k}`);
		return { path: path.replace(/\.mdx$/, `-copy${k}.mdx`), text: renamed };
	});
}

/**
 * A copy is a new source, and a new source or claim has no corrections: its `revisions` lists
 * (each entry one line deeper than the key, as the records write them) are left out.
 */
function withoutRevisions(text: string): string {
	const lines = text.split('\n');
	const kept: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const key = /^(\s*)revisions:\s*$/.exec(lines[i]);
		if (!key) {
			kept.push(lines[i]);
			continue;
		}
		while (i + 1 < lines.length && /^\s*-/.test(lines[i + 1]) && lines[i + 1].search(/\S/) > key[1].length) i++;
	}
	return kept.join('\n');
}
