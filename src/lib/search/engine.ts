import type { Locale } from '../../schemas/common';
import { localizedHref } from '../urls/locale';
import { expandQuery, type AliasGroup } from './aliases';
import { matchContent, mergeHits, stem, type Hit, type MatchMode } from './match';
import { parseQuery } from './query';

/** The part of Pagefind's browser API the engine uses (one instance per index language). */
export interface PagefindInstance {
	search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: Candidate[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
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
}

export interface SearchOptions {
	filters?: Record<string, string>;
	/** `relevance` (default) or the source date, oldest or newest first. */
	sort?: 'relevance' | 'date-asc' | 'date-desc';
	/** The reader is still typing: an unfinished last word may match as a prefix. */
	typing?: boolean;
}

type Candidate = { id: string; score: number; data(): Promise<Fragment> };

/** The word Pagefind is asked for: an alternative's longest word, stemmed when that is still a word. */
function probe(words: readonly string[]): string {
	const longest = [...words].sort((a, b) => b.length - a.length)[0];
	const stemmed = stem(longest);
	return stemmed.length >= 3 ? stemmed : longest;
}

/** How many candidates a keystroke verifies (each costs a small fragment download). */
const TYPING_CANDIDATES = 30;

const TYPE_WEIGHT: Record<string, number> = { claim: 3, paragraph: 2, essay: 2, source: 1.5 };

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

	constructor(
		/** Pagefind instances to search: the page's own language first. */
		private readonly instances: { language: Locale; pagefind: PagefindInstance }[],
		private readonly aliases: AliasGroup[],
		/** Edition of the interface: results of other-language indexes link into it. */
		private readonly locale: Locale,
	) {}

	private probes = new Map<string, Promise<{ results: Candidate[] } | null>>();

	/** Pagefind's answer for one probe word, remembered: typing repeats probes (stems) often. */
	private probe(instance: number, pagefind: PagefindInstance, word: string, filters: Record<string, string>) {
		const key = `${instance}|${word}|${JSON.stringify(filters)}`;
		if (!this.probes.has(key)) this.probes.set(key, pagefind.search(word, { filters }));
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

	async search(input: string, options: SearchOptions = {}): Promise<SearchOutcome> {
		const terms = expandQuery(parseQuery(input), this.aliases);
		if (terms.length === 0) return { terms: [], results: [] };
		const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v));
		const lastUnfinished = options.typing && !/[\s"»”“]$/.test(input);
		// Pagefind only supplies candidates; the verification below decides. Each alternative is
		// probed by its longest word, stemmed (Pagefind extends the last query word as a prefix,
		// so a stem finds every form, «тока» → «Токаева»); a candidate must turn up for every term.
		const probes = terms.map((t) => t.alternatives.map((a) => probe(a.words)));
		const hitsByProbe = new Map<string, Map<string, { instance: number; result: Candidate }>>();
		await Promise.all(
			this.instances.flatMap(({ pagefind }, instance) =>
				[...new Set(probes.flat())].map(async (word) => {
					const found = await this.probe(instance, pagefind, word, filters);
					const into = hitsByProbe.get(word) ?? new Map();
					hitsByProbe.set(word, into);
					for (const result of found?.results ?? []) into.set(`${instance}:${result.id}`, { instance, result });
				}),
			),
		);
		const perTerm = probes.map(
			(words) => new Map(words.flatMap((w) => [...(hitsByProbe.get(w) ?? new Map()).entries()])),
		);
		let candidates = [...perTerm[0].entries()].filter(([key]) => perTerm.every((m) => m.has(key))).map(([, c]) => c);
		// While the reader types, only the best candidates are checked, to keep each keystroke
		// light; a submitted search checks them all.
		if (options.typing)
			candidates = candidates.sort((a, b) => b.result.score - a.result.score).slice(0, TYPING_CANDIDATES);
		const exactModes: MatchMode[] = terms.map(() => ({ prefix: false }));
		const checked = await Promise.all(
			candidates.map(async ({ instance, result }) => {
				const data = await this.fragment(instance, result);
				return { instance, result, data, exact: matchContent(data.content, terms, exactModes) };
			}),
		);
		// An unfinished last word matches as a prefix only if no text has it as a whole word.
		const prefixModes = terms.map((_, i) => ({
			prefix: Boolean(lastUnfinished) && i === terms.length - 1 && !checked.some((c) => c.exact),
		}));
		// Which terms the corpus has at all, to tell the reader what was and was not matched: from
		// the verified candidates, or, when no text has all the terms, from each term's own.
		const found = await Promise.all(
			terms.map(async (term, i) => {
				if (checked.some((c) => matchContent(c.data.content, [term], [prefixModes[i]]))) return true;
				for (const { instance, result } of [...perTerm[i].values()].slice(0, 12)) {
					if (matchContent((await this.fragment(instance, result)).content, [term], [prefixModes[i]])) return true;
				}
				return false;
			}),
		);
		const results: SearchResult[] = [];
		const seen = new Set<string>();
		for (const { instance, result, data, exact } of checked) {
			const hits =
				exact ?? (prefixModes.some((m) => m.prefix) ? matchContent(data.content, terms, prefixModes) : undefined);
			if (!hits) continue;
			const language = this.instances[instance].language;
			const type = data.meta.type ?? 'page';
			// A claim found in both editions' indexes is one result.
			const key =
				type === 'claim' || type === 'paragraph' || type === 'source'
					? `${type}:${data.meta.source}:${data.meta.id}`
					: `${language}:${data.url}`;
			if (seen.has(key)) continue;
			if (type === 'essay' && language !== this.locale) continue;
			seen.add(key);
			// Show verbatim text (the indexed content has dashes dropped): a claim's quote, a
			// paragraph's text, or else the page content; fall back to the content if the hits
			// are only in the summary.
			const verbatim = data.meta.quote ?? data.meta.text;
			const verbatimHits = verbatim ? matchContent(verbatim, terms, prefixModes) : undefined;
			const excerpt =
				verbatim && verbatimHits
					? type === 'claim'
						? { text: verbatim, hits: mergeHits(verbatimHits.flat()) }
						: passage(verbatim, mergeHits(verbatimHits.flat()))
					: passage(data.content, mergeHits(hits.flat()));
			results.push({
				key,
				url: this.localize(data.url, language),
				type,
				language: verbatimHits && data.meta.quote ? 'ru' : language,
				title: data.meta.title ?? data.url,
				excerpt,
				meta: data.meta,
				score: result.score * (TYPE_WEIGHT[type] ?? 1) * (language === this.locale ? 1 : 0.9),
			});
		}
		const byDate = (r: SearchResult) => r.meta.date ?? '';
		if (options.sort === 'date-asc') results.sort((a, b) => byDate(a).localeCompare(byDate(b)) || b.score - a.score);
		else if (options.sort === 'date-desc')
			results.sort((a, b) => byDate(b).localeCompare(byDate(a)) || b.score - a.score);
		else results.sort((a, b) => b.score - a.score);
		return { terms: terms.map(({ term }, i) => ({ raw: term.raw, phrase: term.phrase, found: found[i] })), results };
	}
}
