import type { SearchOptions } from '../../lib/search/engine';

/** Filters a reader can set; their values are the ids the index stores. */
export const FILTERS = ['type', 'source', 'author', 'stance', 'theme', 'kind'] as const;
export type FilterName = (typeof FILTERS)[number];

/** Everything a search state holds; mirrored in the search page's URL so a search can be shared. */
export interface State {
	q: string;
	filters: Partial<Record<FilterName, string>>;
	sort: NonNullable<SearchOptions['sort']>;
}

export const emptyState = (): State => ({ q: '', filters: {}, sort: 'relevance' });

export function readState(params: URLSearchParams): State {
	const filters: State['filters'] = {};
	for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name)!;
	const sort = params.get('sort');
	return { q: params.get('q') ?? '', filters, sort: sort === 'date-asc' || sort === 'date-desc' ? sort : 'relevance' };
}

export function writeState(state: State): void {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const query = params.toString();
	history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
