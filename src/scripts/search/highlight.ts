import { expandQuery } from '../../lib/search/aliases';
import { findTerm, mergeHits } from '../../lib/search/match';
import { parseQuery } from '../../lib/search/query';
import { tokenize } from '../../lib/search/text';
import type { Locale } from '../../schemas/common';
import { loadSearchData } from './data';

/**
 * Marks, on the page a search result led to, the forms of the words the reader searched for
 * («русофобия» also marks «русофобии»), using the same matching as the search itself. Pagefind's
 * own highlighter marks only the exact query and so misses Russian inflections.
 */
export async function highlightFromUrl(locale: Locale): Promise<void> {
	const query = new URLSearchParams(location.search).get('hl');
	const main = document.querySelector('main');
	if (!query || !main) return;
	const data = await loadSearchData(locale);
	const alternatives = expandQuery(parseQuery(query), data.aliases).flatMap((t) => t.alternatives);
	const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], .visually-hidden')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	let count = 0;
	for (const node of nodes) {
		const tokens = tokenize(node.data);
		const hits = mergeHits(alternatives.flatMap((alternative) => findTerm(tokens, alternative)));
		if (!hits.length) continue;
		const parts: (Node | string)[] = [];
		let at = 0;
		for (const hit of hits) {
			parts.push(node.data.slice(at, hit.start));
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.textContent = node.data.slice(hit.start, hit.end);
			parts.push(mark);
			at = hit.end;
		}
		parts.push(node.data.slice(at));
		node.replaceWith(...parts);
		count += hits.length;
	}
	if (count === 0) return;
	const note = document.createElement('p');
	note.className = 'search-hit-note no-print';
	note.setAttribute('role', 'status');
	note.append(data.strings.highlighted.replace('{terms}', query), ' ');
	const clear = document.createElement('button');
	clear.type = 'button';
	clear.textContent = data.strings.clearHighlight;
	clear.addEventListener('click', () => {
		for (const mark of main.querySelectorAll('mark.search-hit')) mark.replaceWith(mark.textContent ?? '');
		main.normalize();
		note.remove();
	});
	note.append(clear);
	main.prepend(note);
	// The target (a claim) stays where the hash put it; without one, show the first hit.
	if (!location.hash) main.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
