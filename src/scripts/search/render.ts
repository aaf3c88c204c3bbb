import type { SearchResult } from '../../lib/search/engine';
import type { Hit } from '../../lib/search/match';
import type { SearchData } from './data';

/** An element with properties, ARIA/data attributes and children (never HTML strings). */
export const el = <K extends keyof HTMLElementTagNameMap>(
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

/** Text with its hits wrapped in <mark>. */
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

/** The result's address with the words searched for, to highlight them on the page it leads to. */
function highlightUrl(result: SearchResult, query: string): string {
	const [path, hash] = result.url.split('#');
	const url = new URL(path, location.origin);
	url.searchParams.set('hl', query);
	return `${url.pathname}${url.search}${hash ? `#${hash}` : ''}`;
}

/** One result as an option of the listbox: its kind, where it is, the matched text marked. */
export function resultOption(data: SearchData, result: SearchResult, query: string, id: string): HTMLLIElement {
	const s = data.strings;
	// The engine gives a result of the other edition's index this edition's title and summary.
	const sourceTitle = result.meta.sourceTitle || result.title;
	const summary = result.meta.summary;
	const sourceLine =
		result.type === 'paragraph'
			? `${sourceTitle}, ${s.paragraph.replace('{n}', result.meta.paragraph ?? '')}`
			: result.type === 'claim' || result.type === 'source'
				? sourceTitle
				: result.title;
	const link = el(
		'a',
		{ href: highlightUrl(result, query), tabIndex: -1 },
		el('span', { className: 'search-ui__type' }, s.type[result.type] ?? result.type),
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
		{ id, role: 'option', 'aria-selected': 'false', className: `search-ui__result search-ui__result--${result.type}` },
		link,
	);
}

/**
 * What the notice says about the query's terms: which words the texts lack, each with the
 * nearest corpus words as one-click corrections when there are any, or that the words never
 * occur together.
 */
export function renderNotice(
	notice: HTMLElement,
	data: SearchData,
	missing: { raw: string; suggestions: string[] }[],
	together: boolean,
	pick: (from: string, to: string) => void,
): void {
	const s = data.strings;
	notice.replaceChildren();
	if (missing.length) {
		notice.append(s.missing.replace('{terms}', missing.map((m) => `«${m.raw}»`).join(', ')));
		const offers = missing.flatMap((m) => m.suggestions.map((word) => ({ from: m.raw, word })));
		if (offers.length) {
			notice.append(' ', s.didYouMean, ' ');
			offers.forEach(({ from, word }, i) => {
				if (i) notice.append(', ');
				notice.append(
					el('button', { type: 'button', className: 'search-ui__suggestion', onclick: () => pick(from, word) }, word),
				);
			});
		}
	} else if (!together) notice.append(s.notTogether);
}
