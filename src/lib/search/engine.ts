import type { Locale } from '../../schemas/common';
import { localizedHref } from '../urls/locale';
import { expandQuery, type AliasGroup } from './aliases';
import { matchContent, mergeHits, stem, type Alternative, type ExpandedTerm, type Hit, type MatchMode } from './match';
import { parseQuery } from './query';
import { tokenize } from './text';
import { decodeRecord, type RecordData, type SearchPart } from './record-data';

/** The part of Pagefind's browser API the engine uses. */
export interface PagefindInstance {
	/** `null` finds every record the filters allow, without loading an index chunk. */
	search(
		term: string | null,
		options?: { filters?: Record<string, unknown> },
	): Promise<{ results: Candidate[] } | null>;
}

/**
 * The bundles of an index language, searched in this order: the sources' records (every claim,
 * paragraph and synopsis), then the essays, methodology and timeline, most of the indexed words.
 * Each result carries its bundle as the value of the {@link BUNDLE_FILTER} filter.
 */
export const BUNDLES = ['sources', 'pages'] as const;
export type Bundle = (typeof BUNDLES)[number];
export const BUNDLE_FILTER = 'bundle';

/** The filter whose value carries a source record's data (`RecordData` in `record-data.ts`; why a filter: `records.ts`). */
export const RECORD_DATA_FILTER = 'record';

/** One index language: its searches (the sources' bundle), which can take the pages' bundle in too. */
export interface IndexLanguage {
	language: Locale;
	pagefind: PagefindInstance;
	/** Adds the pages' bundle to the instance (once); until then a search sees the sources alone. */
	loadPages(): Promise<void>;
}

/** Pagefind's data for one result. */
export interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One verified result, ready to show. */
export interface SearchResult {
	key: string;
	url: string;
	type: string;
	/** Language of the index the result came from, and so of its excerpt (a claim's is its Russian quote). */
	language: Locale;
	title: string;
	/** The matched text with the reader's terms marked: the quote for a claim, else the best passage. */
	excerpt: { text: string; hits: Hit[] };
	meta: Record<string, string>;
	score: number;
}

/** What a search found, and for each term whether the corpus has it at all. */
export interface SearchOutcome {
	terms: { raw: string; phrase: boolean; found: boolean }[];
	results: SearchResult[];
	/** Every candidate was verified: asking for more results would find none. */
	complete: boolean;
}

export interface SearchOptions {
	filters?: Record<string, string>;
	/** `relevance` (default) or the source date, oldest or newest first. */
	sort?: 'relevance' | 'date-asc' | 'date-desc';
	/** The reader is still typing: an unfinished last word may match as a prefix. */
	typing?: boolean;
	/** Stop verifying candidates once this many results are found (default {@link RESULT_LIMIT}). */
	limit?: number;
	/** The reader asked for more: past the sources into the pages' bundle (see {@link BUNDLES}). */
	more?: boolean;
}

/** A result of Pagefind's: its record, score, the positions of the probe's words in the record's content, its data. */
type Candidate = { id: string; score: number; words: number[]; data(): Promise<Fragment> };
/** A candidate and the index language it came from. */
type Located = { instance: number; result: Candidate };

/** A probe of Latin letters alone. */
const LATIN_ONLY = /^[a-z]+$/;

/** A name's words, folded, one space apart: how alternatives are told apart. */
const folded = (name: string) =>
	tokenize(name)
		.map((t) => t.word)
		.join(' ');

/**
 * The words Pagefind is asked for an alternative: each word, stemmed when that is still a word,
 * and stemmed once more, as a language's WebAssembly did to every query word before the neutral
 * one ran the search: other forms' indexed stems can be that shorter stem («Китай» stems to
 * «кита», «Китая» to «кит»), and Pagefind extends a probe only as a prefix.
 */
function probesOf(words: readonly string[]): string[] {
	return words.map((word) => {
		const stemmed = stem(word);
		return stem(stemmed.length >= 3 ? stemmed : word);
	});
}

/**
 * How far apart, in Pagefind's word positions, two consecutive words of a name or phrase may be
 * in a candidate: Pagefind counts words by its own rules (a dash between words, the parts of a
 * hyphenated word), so the gap is a little wider than one; the verification decides.
 */
const SEQUENCE_GAP = 3;

/**
 * Whether a record's positions of each word (one list per word, Pagefind's) can hold the words in
 * a row, each within {@link SEQUENCE_GAP} of the one before: a record that has every word of a
 * phrase but none of them together is not worth its fragment.
 */
function inSequence([first, ...rest]: number[][]): boolean {
	let reached = first;
	for (const positions of rest) {
		reached = positions.filter((q) => reached.some((p) => q >= p && q <= p + SEQUENCE_GAP));
		if (!reached.length) return false;
	}
	return true;
}

/**
 * Results a search collects before it stops verifying candidates (best scored first); the
 * interface asks for more. The same for typing and for a submitted search, so that both show
 * the same results however large the corpus grows. Six, about a screenful on a phone: a source's
 * fragment brings all its matching parts at once, so six take two or three fragments (ten took
 * all five sources for «ЕАЭС», 12 requests of a first query).
 */
export const RESULT_LIMIT = 6;
/** Candidates verified at once: each costs a fragment download; three fill {@link RESULT_LIMIT} for most queries. */
const BATCH = 3;

const TYPE_WEIGHT: Record<string, number> = { claim: 3, paragraph: 2, essay: 2, source: 1.5 };

/** A source record's data (`record-data.ts`), each part with its text cut from the record's content. */
interface DecodedRecord {
	source: string;
	/** The source's title in the record's edition. */
	title: string;
	date: string;
	parts: (SearchPart & { text: string })[];
}

function recordOf(data: Fragment): DecodedRecord | undefined {
	const json = data.filters[RECORD_DATA_FILTER]?.[0];
	const source = data.filters.source?.[0];
	if (!json || !source) return undefined;
	const record = JSON.parse(json) as RecordData;
	const { title, parts } = decodeRecord(data.content, record, source);
	return {
		source,
		title,
		date: record.date,
		parts: parts.map((part) => ({
			...part,
			text: part.ranges.map(([start, end]) => data.content.slice(start, end)).join(' '),
		})),
	};
}

/** Passage of `content` around the first hit, about `size` characters, with hits shifted. */
function passage(content: string, hits: Hit[], size = 220): { text: string; hits: Hit[] } {
	if (content.length <= size) return { text: content, hits };
	const first = hits[0]?.start ?? 0;
	let start = Math.max(0, first - Math.floor(size / 3));
	start = content.lastIndexOf(' ', start) + 1;
	let end = Math.min(content.length, start + size);
	if (end < content.length)
		end = Math.max(content.indexOf(' ', end) === -1 ? content.length : content.indexOf(' ', end), first + 1);
	const text = `${start > 0 ? '…' : ''}${content.slice(start, end)}${end < content.length ? '…' : ''}`;
	const shift = start > 0 ? 1 - start : -start;
	return {
		text,
		hits: hits
			.filter((h) => h.start >= start && h.end <= end)
			.map((h) => ({ start: h.start + shift, end: h.end + shift })),
	};
}

/**
 * Search on top of Pagefind that keeps Pagefind's index and fixes what it gets wrong in
 * Russian. Pagefind supplies candidates; every candidate is then checked against its full text,
 * so a result really contains every term (a form of each word, each phrase verbatim, or an
 * alias): a word absent from the corpus returns nothing instead of its longest indexed prefix,
 * no word of a query is silently dropped, й stays apart from и, and the matched forms are the
 * ones highlighted.
 */
export class SearchEngine {
	private fragments = new Map<string, Promise<Fragment>>();
	private probes = new Map<string, Promise<{ results: Candidate[] } | null>>();

	constructor(
		/** Index languages to search: the page's own first. */
		private readonly instances: IndexLanguage[],
		private readonly aliases: AliasGroup[],
		/** Edition of the interface: results of other-language indexes link into it. */
		private readonly locale: Locale,
		/**
		 * Where the names of `aliases` (the groups one after another) are in no index, in any form:
		 * a digit per name, its bit `1 << i` set for `BUNDLES[i]`; their alternatives are not probed
		 * there (`namesAbsentFrom` in `aliases.ts`).
		 */
		absent = '',
		/** The Latin-script words of the Russian indexes, when the interface is not Russian (`latinInRussian` of the search data). */
		latinInRussian?: readonly string[],
	) {
		this.latinInRussian = latinInRussian;
		const names = aliases.flat();
		BUNDLES.forEach((bundle, bit) => {
			this.absent[bundle] = new Set(
				names.filter((_, i) => Number(absent[i] ?? 0) & (1 << bit)).map((name) => folded(name)),
			);
		});
	}

	private readonly absent = {} as Record<Bundle, Set<string>>;
	private readonly latinInRussian?: readonly string[];

	/**
	 * Whether index language `instance` may hold words beginning with `probe`: not a Latin probe
	 * that begins no Latin word of the Russian texts, so that such a probe never loads the Russian
	 * index on an English page (words with digits or Cyrillic letters are always asked).
	 */
	private mayHold(instance: number, probe: string): boolean {
		if (this.instances[instance].language !== 'ru' || !this.latinInRussian || !LATIN_ONLY.test(probe)) return true;
		return this.latinInRussian.some((word) => word.startsWith(probe));
	}

	/** Pagefind's answer for one probe word, remembered: typing repeats probes (stems) often. */
	private probe(instance: number, word: string, filters: Record<string, string>) {
		const key = `${instance}|${word}|${JSON.stringify(filters)}`;
		if (!this.probes.has(key)) this.probes.set(key, this.instances[instance].pagefind.search(word, { filters }));
		return this.probes.get(key)!;
	}

	private fragment(instance: number, result: Candidate): Promise<Fragment> {
		const key = `${instance}:${result.id}`;
		if (!this.fragments.has(key)) this.fragments.set(key, result.data());
		return this.fragments.get(key)!;
	}

	/** The URL of a result (under the base, as Pagefind gives it) in the interface's edition. */
	private localize(url: string, language: Locale): string {
		return language === this.locale ? url : localizedHref(url, this.locale);
	}

	/**
	 * On English pages a result found through the Russian index shows its source's English title
	 * and, a claim, its English summary, which the English text record of its source carries (the
	 * Russian records, which every Russian query loads, do not): from a record already verified,
	 * else fetched by its source filter.
	 */
	private async inEdition(results: SearchResult[], checked: (Located & { data: Fragment })[]): Promise<void> {
		const own = this.instances.findIndex((i) => i.language === this.locale);
		const foreign = results.filter((r) => r.language !== this.locale && r.meta.source);
		if (own < 0 || !foreign.length) return;
		const records = new Map<string, Promise<DecodedRecord | undefined>>();
		for (const c of checked) {
			const record = c.instance === own ? recordOf(c.data) : undefined;
			if (record) records.set(record.source, Promise.resolve(record));
		}
		const recordOfSource = (source: string) => {
			if (!records.has(source))
				records.set(
					source,
					this.instances[own].pagefind
						.search(null, { filters: { source, [BUNDLE_FILTER]: BUNDLES[0] } })
						.then(async (found) => {
							const first = found?.results[0];
							return first ? recordOf(await this.fragment(own, first)) : undefined;
						}),
				);
			return records.get(source)!;
		};
		await Promise.all(
			foreign.map(async (result) => {
				const record = await recordOfSource(result.meta.source);
				if (!record) return;
				result.meta.sourceTitle = record.title;
				const summary = record.parts.find((p) => p.type === 'claim' && p.id === result.meta.id)?.summary;
				if (result.type === 'claim' && summary) result.meta.summary = summary;
			}),
		);
	}

	/** Candidates of one bundle for the query, best scored first; `perTerm` collects each term's own. */
	private async candidates(
		terms: ExpandedTerm[],
		bundle: Bundle,
		filters: Record<string, string>,
		perTerm: Map<string, Located>[],
	): Promise<Located[]> {
		const probed = (alternative: Alternative) => !this.absent[bundle].has(alternative.words.join(' '));
		// Each word of an alternative is probed, stemmed (Pagefind extends a query word as a
		// prefix, so a stem finds every form, «тока» → «Токаева»): a candidate for an alternative
		// has all its words (near each other, for a name or phrase), one for a term has some
		// alternative, and one for the query every term.
		const words = [...new Set(terms.flatMap((t) => t.alternatives.filter(probed).flatMap((a) => probesOf(a.words))))];
		const hitsByWord = new Map<string, Map<string, Located>>();
		await Promise.all(
			this.instances.flatMap((_, instance) =>
				words
					.filter((word) => this.mayHold(instance, word))
					.map(async (word) => {
						const found = await this.probe(instance, word, filters);
						const into = hitsByWord.get(word) ?? new Map();
						hitsByWord.set(word, into);
						for (const result of found?.results ?? []) into.set(`${instance}:${result.id}`, { instance, result });
					}),
			),
		);
		const ofTerm = terms.map((term, i) => {
			const union = new Map<string, Located>();
			for (const alternative of term.alternatives.filter(probed)) {
				const byWord = probesOf(alternative.words).map((w) => hitsByWord.get(w) ?? new Map<string, Located>());
				const [first, ...rest] = byWord;
				for (const [key, hit] of first)
					if (
						rest.every((m) => m.has(key)) &&
						(byWord.length === 1 || inSequence(byWord.map((m) => m.get(key)!.result.words)))
					)
						union.set(key, hit);
			}
			for (const [key, hit] of union) perTerm[i].set(key, hit);
			return union;
		});
		return [...ofTerm[0].entries()]
			.filter(([key]) => ofTerm.every((m) => m.has(key)))
			.map(([, c]) => c)
			.sort((a, b) => b.result.score - a.result.score);
	}

	/**
	 * Searches for `input`. Pagefind supplies candidates, the sources' bundle first; each is then
	 * verified against its full text, best scored first, until `limit` results are found
	 * (`complete` says whether every candidate of every bundle was verified). The pages' bundle
	 * (essays, methodology, timeline) is searched only when the sources give nothing or the
	 * reader asks for more, so that a first query loads the small index of the texts alone.
	 */
	async search(input: string, options: SearchOptions = {}): Promise<SearchOutcome> {
		const terms = expandQuery(parseQuery(input), this.aliases);
		if (terms.length === 0) return { terms: [], results: [], complete: true };
		const limit = options.limit ?? RESULT_LIMIT;
		const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v));
		// Pagefind filters whole source records (their themes and kinds are their parts' together);
		// the parts are filtered here.
		const partFilter = (part: SearchPart) =>
			(!filters.type || part.type === filters.type) &&
			(!filters.theme || part.themes.includes(filters.theme)) &&
			(!filters.kind || part.kind === filters.kind);
		const lastUnfinished = options.typing && !/[\s"»”“]$/.test(input);
		const exactModes: MatchMode[] = terms.map(() => ({ prefix: false }));
		const prefixModes: MatchMode[] = terms.map((_, i) => ({
			prefix: Boolean(lastUnfinished) && i === terms.length - 1,
		}));
		type Checked = Located & { data: Fragment };
		const checked: Checked[] = [];
		const results: SearchResult[] = [];
		const stageOf = new Map<string, number>();
		const seen = new Set<string>();
		const perTerm = terms.map(() => new Map<string, Located>());
		let stage = 0;
		const collect = ({ instance, result, data }: Checked, modes: MatchMode[]) => {
			const language = this.instances[instance].language;
			const weight = result.score * (language === this.locale ? 1 : 0.9);
			const push = (found: SearchResult) => {
				seen.add(found.key);
				stageOf.set(found.key, stage);
				results.push(found);
			};
			const record = recordOf(data);
			if (!record) {
				const hits = matchContent(data.content, terms, modes);
				const type = data.meta.type ?? 'page';
				if (!hits || (type === 'essay' && language !== this.locale)) return;
				const key = `${language}:${data.url}`;
				if (seen.has(key)) return;
				push({
					key,
					url: this.localize(data.url, language),
					type,
					language,
					title: data.meta.title ?? data.url,
					excerpt: passage(data.content, mergeHits(hits.flat())),
					meta: data.meta,
					score: weight * (TYPE_WEIGHT[type] ?? 1),
				});
				return;
			}
			const meta = { source: record.source, sourceTitle: record.title, date: record.date };
			for (const part of record.parts) {
				if (!partFilter(part)) continue;
				const hits = matchContent(part.text, terms, modes);
				if (!hits) continue;
				// A claim found in both editions' indexes is one result.
				const key = `${part.type}:${record.source}:${part.id}`;
				if (seen.has(key)) continue;
				// A claim shows its quote (the first range), marked; other parts their best passage.
				const quote = part.type === 'claim' ? data.content.slice(...part.ranges[0]) : undefined;
				const quoteHits = quote === undefined ? undefined : matchContent(quote, terms, modes);
				const excerpt =
					quote !== undefined && quoteHits
						? { text: quote, hits: mergeHits(quoteHits.flat()) }
						: passage(part.text, mergeHits(hits.flat()));
				const summary = part.summary;
				push({
					key,
					url: this.localize(part.type === 'source' ? data.url : `${data.url}#${part.id}`, language),
					type: part.type,
					language,
					title: record.title,
					excerpt,
					meta: {
						...meta,
						id: part.id,
						type: part.type,
						...(summary === undefined ? {} : { summary }),
						...(part.kind ? { kind: part.kind } : {}),
						...(part.paragraph ? { paragraph: String(part.paragraph) } : {}),
					},
					score: weight * (TYPE_WEIGHT[part.type] ?? 1),
				});
			}
		};
		// An unfinished last word matches as a prefix only if no text (of the bundles searched) has it as a whole word.
		let prefix = false;
		let complete = false;
		for (; stage < BUNDLES.length; stage++) {
			if (stage > 0) {
				if (results.length >= limit || (results.length > 0 && !options.more)) break;
				await Promise.all(this.instances.map((i) => i.loadPages()));
			}
			const bundle = BUNDLES[stage];
			const candidates = await this.candidates(terms, bundle, { ...filters, [BUNDLE_FILTER]: bundle }, perTerm);
			let next = 0;
			while (next < candidates.length && results.length < limit) {
				const batch = candidates.slice(next, next + BATCH);
				next += batch.length;
				const fetched = await Promise.all(
					batch.map(async (c) => ({ ...c, data: await this.fragment(c.instance, c.result) })),
				);
				for (const c of fetched) {
					checked.push(c);
					if (matchContent(c.data.content, terms, exactModes)) collect(c, exactModes);
				}
			}
			if (results.length === 0 && lastUnfinished) {
				for (const c of checked) if (matchContent(c.data.content, terms, prefixModes)) collect(c, prefixModes);
				prefix = results.length > 0;
			}
			if (next < candidates.length) break;
			complete = stage === BUNDLES.length - 1;
		}
		if (results.length === 0 && lastUnfinished) prefix = true;
		await this.inEdition(results, checked);
		const modes = prefix ? prefixModes : exactModes;
		// Which terms the corpus has at all, to tell the reader what was and was not matched: from
		// the verified candidates, or, when no text has all the terms, from each term's own.
		const found = await Promise.all(
			terms.map(async (term, i) => {
				if (checked.some((c) => matchContent(c.data.content, [term], [modes[i]]))) return true;
				for (const { instance, result } of [...perTerm[i].values()].slice(0, 12)) {
					if (matchContent((await this.fragment(instance, result)).content, [term], [modes[i]])) return true;
				}
				return false;
			}),
		);
		const byDate = (r: SearchResult) => r.meta.date ?? '';
		if (options.sort === 'date-asc') results.sort((a, b) => byDate(a).localeCompare(byDate(b)) || b.score - a.score);
		else if (options.sort === 'date-desc')
			results.sort((a, b) => byDate(b).localeCompare(byDate(a)) || b.score - a.score);
		// By relevance the sources' results come first: the pages' join them when asked for.
		else results.sort((a, b) => stageOf.get(a.key)! - stageOf.get(b.key)! || b.score - a.score);
		return {
			terms: terms.map(({ term }, i) => ({ raw: term.raw, phrase: term.phrase, found: found[i] })),
			results,
			complete,
		};
	}
}
