import { SearchEngine, type SearchOptions, type SearchOutcome, type SearchResult } from '../../lib/search/engine';
import type { Hit } from '../../lib/search/match';
import type { Locale } from '../../schemas/common';
import { countLabel, loadSearchData, type SearchData } from './data';
import { loadPagefind } from './pagefind';

/** Filters a reader can set; their values are the ids the index stores. */
const FILTERS = ['type', 'source', 'author', 'stance', 'theme', 'kind'] as const;
type FilterName = (typeof FILTERS)[number];

const engines = new Map<Locale, Promise<SearchEngine>>();

function engineFor(locale: Locale, data: SearchData): Promise<SearchEngine> {
	if (!engines.has(locale))
		engines.set(
			locale,
			loadPagefind(locale).then((instances) => new SearchEngine(instances, data.aliases, locale)),
		);
	return engines.get(locale)!;
}

const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
	...children: (Node | string)[]
) => {
	const node = document.createElement(tag);
	for (const [key, value] of Object.entries(props)) {
		if (key.startsWith('aria-') || key.startsWith('data-') || key === 'role' || key === 'lang')
			node.setAttribute(key, String(value));
		else (node as unknown as Record<string, unknown>)[key] = value;
	}
	node.append(...children);
	return node;
};

/** Text with its hits wrapped in <mark>, built from nodes (never from HTML strings). */
function marked(text: string, hits: Hit[]): (Node | string)[] {
	const out: (Node | string)[] = [];
	let at = 0;
	for (const hit of hits) {
		if (hit.start > at) out.push(text.slice(at, hit.start));
		out.push(el('mark', {}, text.slice(hit.start, hit.end)));
		at = hit.end;
	}
	out.push(text.slice(at));
	return out;
}

/** The words a result matched, to highlight them on the page it leads to. */
function highlightUrl(result: SearchResult, query: string): string {
	const [path, hash] = result.url.split('#');
	const url = new URL(path, location.origin);
	url.searchParams.set('hl', query);
	return `${url.pathname}${url.search}${hash ? `#${hash}` : ''}`;
}

/** Everything a search state holds; mirrored in the page URL so a search can be shared. */
interface State {
	q: string;
	filters: Partial<Record<FilterName, string>>;
	sort: NonNullable<SearchOptions['sort']>;
}

function readState(params: URLSearchParams): State {
	const filters: State['filters'] = {};
	for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name)!;
	const sort = params.get('sort');
	return { q: params.get('q') ?? '', filters, sort: sort === 'date-asc' || sort === 'date-desc' ? sort : 'relevance' };
}

function writeState(state: State): void {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const query = params.toString();
	history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

export interface MountOptions {
	locale: Locale;
	/** `page`: the search page, with filters and URL state; `dialog`: the header search. */
	mode: 'page' | 'dialog';
	/** Called when the reader asks to leave the dialog (Escape). */
	onClose?: () => void;
}

/**
 * Mounts a search box with results as you type, following the ARIA combobox pattern: the input
 * owns a listbox of results, arrow keys move the active option, Enter opens it, and a polite
 * live region announces how many results there are.
 */
export async function mountSearch(root: HTMLElement, options: MountOptions): Promise<{ focus(): void }> {
	const { locale, mode } = options;
	const status = el('p', { className: 'search-ui__status', role: 'status', 'aria-live': 'polite' });
	root.replaceChildren(status);
	let data: SearchData;
	// Until the strings arrive with the search data, the server-rendered shell supplies these two.
	try {
		status.textContent = root.dataset.loading ?? '';
		data = await loadSearchData(locale);
	} catch {
		status.textContent = root.dataset.failed ?? '';
		throw new Error('search data unavailable');
	}
	const s = data.strings;
	const id = `search-${mode}`;
	const input = el('input', {
		type: 'search',
		id: `${id}-input`,
		name: 'q',
		autocomplete: 'off',
		spellcheck: false,
		placeholder: s.placeholder,
		role: 'combobox',
		'aria-expanded': 'false',
		'aria-controls': `${id}-results`,
		'aria-autocomplete': 'list',
	});
	const label = el('label', { htmlFor: input.id, className: 'search-ui__label' }, s.label);
	const list = el('ul', {
		id: `${id}-results`,
		role: 'listbox',
		className: 'search-ui__results',
		'aria-label': s.results,
	});
	const notice = el('p', { className: 'search-ui__notice' });
	const form = el(
		'form',
		{ className: 'search-ui__form', role: 'search' },
		label,
		el('div', { className: 'search-form__row' }, input),
	);
	const selects = new Map<FilterName | 'sort', HTMLSelectElement>();
	const controls = el('div', { className: 'search-ui__filters' });
	if (mode === 'page') {
		for (const name of FILTERS) {
			const select = el(
				'select',
				{ name },
				el('option', { value: '' }, s.any),
				...Object.entries(data.labels[name]).map(([value, text]) => el('option', { value }, text)),
			);
			selects.set(name, select);
			controls.append(el('label', {}, s.filter[name], select));
		}
		const sort = el(
			'select',
			{ name: 'sort' },
			el('option', { value: 'relevance' }, s.sortRelevance),
			el('option', { value: 'date-asc' }, s.sortDateAsc),
			el('option', { value: 'date-desc' }, s.sortDateDesc),
		);
		selects.set('sort', sort);
		controls.append(el('label', {}, s.sort, sort));
		form.append(el('fieldset', { className: 'search-ui__fieldset' }, el('legend', {}, s.filters), controls));
	} else {
		form.append(el('p', { className: 'meta' }, s.hint));
	}
	root.replaceChildren(form, status, notice, list);
	status.textContent = '';

	const state: State =
		mode === 'page' ? readState(new URLSearchParams(location.search)) : { q: '', filters: {}, sort: 'relevance' };
	input.value = state.q;
	for (const [name, select] of selects)
		select.value = name === 'sort' ? state.sort : (state.filters[name as FilterName] ?? '');

	let options_: HTMLLIElement[] = [];
	let active = -1;
	const setActive = (index: number) => {
		options_.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
		active = index;
		if (index >= 0) {
			input.setAttribute('aria-activedescendant', options_[index].id);
			options_[index].scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};

	const render = (outcome: SearchOutcome, query: string) => {
		const missing = outcome.terms.filter((t) => !t.found).map((t) => `«${t.raw}»`);
		notice.textContent = missing.length
			? s.missing.replace('{terms}', missing.join(', '))
			: outcome.results.length === 0 && outcome.terms.length > 1
				? s.notTogether
				: '';
		options_ = outcome.results.map((result, index) => {
			// Results from the Russian index carry English titles and summaries for English pages.
			const english = locale === 'en';
			const sourceTitle = (english && result.meta.sourceTitleEn) || result.meta.sourceTitle || result.title;
			const summary = (english && result.meta.summaryEn) || result.meta.summary;
			const sourceLine =
				result.type === 'paragraph'
					? `${sourceTitle}, ${s.paragraph.replace('{n}', result.meta.paragraph ?? '')}`
					: result.type === 'claim' || result.type === 'source'
						? sourceTitle
						: result.title;
			const link = el(
				'a',
				{ href: highlightUrl(result, query), tabIndex: -1 },
				el('span', { className: 'search-ui__type' }, data.labels.type[result.type] ?? result.type),
				el('span', { className: 'search-ui__title' }, sourceLine),
				el(
					'span',
					{ className: 'search-ui__excerpt', lang: result.language },
					...marked(result.excerpt.text, result.excerpt.hits),
				),
				...(result.type === 'claim' && summary ? [el('span', { className: 'search-ui__summary' }, summary)] : []),
			);
			return el(
				'li',
				{
					id: `${id}-option-${index}`,
					role: 'option',
					'aria-selected': 'false',
					className: `search-ui__result search-ui__result--${result.type}`,
				},
				link,
			);
		});
		list.replaceChildren(...options_);
		input.setAttribute('aria-expanded', String(options_.length > 0));
		active = -1;
		input.removeAttribute('aria-activedescendant');
		status.textContent = query
			? outcome.results.length
				? s.found.replace('{count}', countLabel(data, outcome.results.length))
				: s.empty
			: '';
	};

	let engine: SearchEngine | undefined;
	let sequence = 0;
	const run = async (typing: boolean) => {
		const query = input.value.trim();
		const mine = ++sequence;
		state.q = input.value;
		for (const [name, select] of selects) {
			if (name === 'sort') state.sort = select.value as State['sort'];
			else state.filters[name as FilterName] = select.value || undefined;
		}
		if (mode === 'page') writeState(state);
		if (!query) {
			render({ terms: [], results: [] }, '');
			return;
		}
		list.setAttribute('aria-busy', 'true');
		try {
			engine ??= await engineFor(locale, data);
			const outcome = await engine.search(query, {
				typing,
				filters: state.filters as Record<string, string>,
				sort: state.sort,
			});
			if (mine !== sequence) return;
			render(outcome, query);
			// Lets tests and the benchmark wait for (and time) a finished search of exactly this query.
			root.dataset.searchedAt = String(performance.now());
			root.dataset.searched = query;
			list.setAttribute('aria-busy', 'false');
		} catch (error) {
			status.textContent = s.failed;
			throw error;
		}
	};

	// No debounce for words of three letters or more: a search is cheap, and a stale one is
	// dropped when a newer one finishes first. A shorter last word («в», «РК») waits for a pause,
	// since as a prefix it would pull in most of the index.
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		const last = input.value.split(/\s+/).at(-1) ?? '';
		if (last.length >= 3 || !last) void run(true);
		else timer = setTimeout(() => void run(true), 300);
	});
	for (const select of selects.values()) select.addEventListener('change', () => void run(false));
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' && options_.length) {
			event.preventDefault();
			setActive((active + 1) % options_.length);
		} else if (event.key === 'ArrowUp' && options_.length) {
			event.preventDefault();
			setActive(active <= 0 ? options_.length - 1 : active - 1);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			if (active >= 0) options_[active].querySelector('a')?.click();
			else void run(false);
		} else if (event.key === 'Escape') {
			if (active >= 0) setActive(-1);
			else options.onClose?.();
		}
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	list.addEventListener('mousemove', (event) => {
		const option = (event.target as HTMLElement).closest('[role="option"]');
		if (option) setActive(options_.indexOf(option as HTMLLIElement));
	});

	// Warm up while the reader types the first letters.
	engineFor(locale, data).catch(() => (status.textContent = s.failed));
	if (state.q) await run(false);
	return { focus: () => input.focus() };
}
