import { RESULT_LIMIT, SearchEngine, type SearchOutcome } from '../../lib/search/engine';
import type { Locale } from '../../schemas/common';
import { combobox } from './combobox';
import {
	countLabel,
	loadFilterLabels,
	loadSearchData,
	loadVocabulary,
	type FilterLabels,
	type SearchData,
} from './data';
import { loadPagefind } from './pagefind';
import { el, renderNotice, resultOption } from './render';
import { FILTERS, emptyState, readState, writeState, type FilterName, type State } from './state';

const engines = new Map<Locale, Promise<SearchEngine>>();

/** The engine of an edition; Pagefind and the search data (its aliases) load at once, not one after the other. */
function engineFor(locale: Locale): Promise<SearchEngine> {
	if (!engines.has(locale))
		engines.set(
			locale,
			Promise.all([loadPagefind(locale), loadSearchData(locale)]).then(
				([instances, data]) => new SearchEngine(instances, data.aliases, locale, data.absent, data.latinInRussian),
			),
		);
	return engines.get(locale)!;
}

export interface MountOptions {
	locale: Locale;
	/** `page`: the search page, with filters and URL state; `dialog`: the header search. */
	mode: 'page' | 'dialog';
	/** Called when the reader asks to leave the dialog (Escape). */
	onClose?: () => void;
}

/** The search form: the combobox input, and with the filters' labels (the search page) the filters and the order. */
function buildForm(data: SearchData, id: string, labels?: FilterLabels) {
	const s = data.strings;
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
	const form = el(
		'form',
		{ className: 'search-ui__form', role: 'search' },
		el('label', { htmlFor: input.id, className: 'search-ui__label' }, s.label),
		el('div', { className: 'search-form__row' }, input),
	);
	const selects = new Map<FilterName | 'sort', HTMLSelectElement>();
	if (labels) {
		const p = labels.strings;
		const controls = el('div', { className: 'search-ui__filters' });
		for (const name of FILTERS) {
			const select = el(
				'select',
				{ name },
				el('option', { value: '' }, p.any),
				...Object.entries(labels[name]).map(([value, text]) => el('option', { value }, text)),
			);
			selects.set(name, select);
			controls.append(el('label', {}, p.filter[name], select));
		}
		const sort = el(
			'select',
			{ name: 'sort' },
			el('option', { value: 'relevance' }, p.sortRelevance),
			el('option', { value: 'date-asc' }, p.sortDateAsc),
			el('option', { value: 'date-desc' }, p.sortDateDesc),
		);
		selects.set('sort', sort);
		controls.append(el('label', {}, p.sort, sort));
		form.append(el('fieldset', { className: 'search-ui__fieldset' }, el('legend', {}, p.filters), controls));
	} else form.append(el('p', { className: 'meta' }, s.hint));
	form.addEventListener('submit', (event) => event.preventDefault());
	return { form, input, selects };
}

/**
 * Mounts a search box with results as you type: the form, a polite live region announcing how
 * many results there are, a notice about words the texts lack (with corrections), the results
 * as a listbox the input controls, and a button for more when there are more.
 */
export async function mountSearch(root: HTMLElement, options: MountOptions): Promise<{ focus(): void }> {
	const { locale, mode } = options;
	const status = el('p', { className: 'search-ui__status', role: 'status', 'aria-live': 'polite' });
	// Warm up while the strings arrive and the reader types the first letters.
	engineFor(locale).catch(() => (status.textContent = root.dataset.failed ?? ''));
	root.replaceChildren(status);
	let data: SearchData;
	let labels: FilterLabels | undefined;
	// Until the strings arrive with the search data, the server-rendered shell supplies these two.
	try {
		status.textContent = root.dataset.loading ?? '';
		[data, labels] = await Promise.all([
			loadSearchData(locale),
			mode === 'page' ? loadFilterLabels(locale) : undefined,
		]);
	} catch {
		status.textContent = root.dataset.failed ?? '';
		throw new Error('search data unavailable');
	}
	const s = data.strings;
	const id = `search-${mode}`;
	const { form, input, selects } = buildForm(data, id, labels);
	const list = el('ul', {
		id: `${id}-results`,
		role: 'listbox',
		className: 'search-ui__results',
		'aria-label': s.results,
	});
	const notice = el('p', { className: 'search-ui__notice' });
	const more = el('button', { type: 'button', className: 'search-ui__more', hidden: true }, s.more);
	root.replaceChildren(form, status, notice, list, more);
	status.textContent = '';

	const state: State = mode === 'page' ? readState(new URLSearchParams(location.search)) : emptyState();
	input.value = state.q;
	for (const [name, select] of selects)
		select.value = name === 'sort' ? state.sort : (state.filters[name as FilterName] ?? '');

	let limit: number | undefined;
	/** The reader pressed «more» since the query or a filter last changed. */
	let askedMore = false;
	let sequence = 0;
	const keys = combobox(input, list, { submit: () => void run(false), close: options.onClose });

	const render = async (outcome: SearchOutcome, query: string, mine: number) => {
		const missing = outcome.terms.filter((t) => !t.found);
		// Corrections come from the vocabulary and the code that reads it, both fetched only now
		// that a word is in no text.
		const [vocabulary, nearestWords] = missing.some((t) => !t.phrase)
			? await Promise.all([
					loadVocabulary(locale).catch(() => []),
					import('../../lib/search/suggest').then((m) => m.nearestWords),
				])
			: [[], () => []];
		if (mine !== sequence) return;
		renderNotice(
			notice,
			data,
			missing.map((t) => ({ raw: t.raw, suggestions: t.phrase ? [] : nearestWords(t.raw, vocabulary) })),
			outcome.results.length > 0 || outcome.terms.length < 2,
			(from, to) => {
				input.value = input.value.replace(from, to);
				input.focus();
				void run(false);
			},
		);
		const items = outcome.results.map((result, index) => resultOption(data, result, query, `${id}-option-${index}`));
		list.replaceChildren(...items);
		keys.reset(items);
		more.hidden = outcome.complete;
		// A search that stopped at its first results says so: «Показать ещё» may find more.
		status.textContent = query
			? outcome.results.length
				? (outcome.complete ? s.found : s.foundSoFar).replace('{count}', countLabel(data, outcome.results.length))
				: s.empty
			: '';
	};

	const run = async (typing: boolean) => {
		const query = input.value.trim();
		const mine = ++sequence;
		state.q = input.value;
		for (const [name, select] of selects) {
			if (name === 'sort') state.sort = select.value as State['sort'];
			else state.filters[name as FilterName] = select.value || undefined;
		}
		if (mode === 'page') writeState(state);
		if (!query) return render({ terms: [], results: [], complete: true }, '', mine);
		list.setAttribute('aria-busy', 'true');
		try {
			const engine = await engineFor(locale);
			const outcome = await engine.search(query, {
				typing,
				limit,
				more: askedMore,
				filters: state.filters as Record<string, string>,
				sort: state.sort,
			});
			if (mine !== sequence) return;
			await render(outcome, query, mine);
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
		limit = undefined;
		askedMore = false;
		const last = input.value.split(/\s+/).at(-1) ?? '';
		if (last.length >= 3 || !last) void run(true);
		else timer = setTimeout(() => void run(true), 300);
	});
	for (const select of selects.values())
		select.addEventListener('change', () => {
			limit = undefined;
			askedMore = false;
			void run(false);
		});
	more.addEventListener('click', () => {
		limit = Math.max(list.children.length * 2, RESULT_LIMIT);
		askedMore = true;
		void run(false);
	});

	if (state.q) await run(false);
	return { focus: () => input.focus() };
}
