import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en';
import ru from '../../src/i18n/ru';
import { builtPages, page, select, selectAll, text, type Element } from '../support/dist';
import { corpus } from '../support/corpus';

/**
 * Issue 14 in the built pages: the stance grid, the drawn timeline, the citation previews and
 * English typography, each checked against the corpus read apart from the site's own code.
 */
const editions = [
	['', ru],
	['/en', en],
] as const;
const attr = (el: Element | undefined, name: string) => String(el?.properties[name] ?? '');
const sources = [...corpus.sources].sort(
	(a, b) => a.data.date.start.localeCompare(b.data.date.start) || a.slug.localeCompare(b.slug),
);
const themes = [...corpus.themes].sort((a, b) => a.data.order - b.data.order);
const claims = corpus.sources.flatMap((s) => s.data.claims.map((c) => ({ ...c, slug: s.slug })));
/** The `.cite` span around a marker button. */
const parentCite = (tree: Parameters<typeof select>[1], button: Element) =>
	selectAll('.cite', tree).find((cite) => cite.children.includes(button));
const TRAJECTORIES = ['distancing', 'balancing', 'integration'] as const;

/** What a cell must show, worked out here from the claims: the count, and the states the rule allows. */
function expectedCell(theme: string, source: (typeof sources)[number]) {
	const onTheme = source.data.claims.filter((c) => c.themes.includes(theme));
	if (onTheme.length === 0) return { claims: [], states: ['empty'] };
	const tally = TRAJECTORIES.map((t) => onTheme.filter((c) => c.stance === t).length);
	const most = Math.max(...tally);
	if (most === 0) return { claims: onTheme.map((c) => c.id), states: ['unstated'] };
	const tied = TRAJECTORIES.filter((_, i) => tally[i] === most);
	// A tie is never broken by a trajectory's place in a list: it is shown as mixed.
	return { claims: onTheme.map((c) => c.id), states: tied.length === 1 ? tied : ['mixed'] };
}

describe('the stance grid of /compare/', () => {
	it.each(editions.map(([prefix, d]) => [prefix || '/', prefix, d] as const))(
		'%s: a cell per theme and source with the state, the count and one link to those claims',
		(_name, prefix, d) => {
			const tree = page(`${prefix}/compare/`);
			const grid = select('table.stance-grid__table', tree)!;
			expect(selectAll('thead th[scope="col"]', grid)).toHaveLength(sources.length + 1);
			const rows = selectAll('tbody tr', grid);
			expect(rows).toHaveLength(themes.length);
			rows.forEach((row, r) => {
				const theme = themes[r].data.id;
				expect(attr(select('th[scope="row"] a', row), 'href')).toBe(`${prefix}/themes/${theme}/`);
				const cells = selectAll('td', row);
				expect(cells).toHaveLength(sources.length);
				cells.forEach((cell, c) => {
					const expected = expectedCell(theme, sources[c]);
					const state = attr(cell, 'dataState');
					expect(expected.states, `${theme} × ${sources[c].slug}`).toContain(state);
					// Never colour alone: a glyph of the state's own shape, and its name in words.
					expect(select(`svg.glyph--${state}`, cell)).toBeTruthy();
					const links = selectAll('a', cell);
					if (state === 'empty') {
						expect(links).toHaveLength(0);
						expect(text(cell)).toContain(d.compare.notAddressed);
						return;
					}
					expect(links).toHaveLength(1);
					expect(text(links[0])).toContain(String(expected.claims.length));
					// The link leads to the list of exactly those claims on the same page.
					const target = attr(links[0], 'href');
					expect(target).toBe(`#${theme}--${sources[c].slug}`);
					const list = select(`[id="${target.slice(1)}"]`, tree);
					expect(list, target).toBeTruthy();
					expect(selectAll('li a', list!).map((a) => attr(a, 'href'))).toEqual(
						expected.claims.map((id) => `${prefix}/claims/${id}/`),
					);
				});
			});
		},
	);

	it.each(editions.map(([prefix, d]) => [prefix || '/', prefix, d] as const))(
		'%s: the legend names every state shown and states the rule',
		(_name, prefix, d) => {
			const tree = page(`${prefix}/compare/`);
			const legend = select('.stance-grid__legend', tree)!;
			const shown = new Set(selectAll('td[data-state]', tree).map((td) => attr(td, 'dataState')));
			expect(selectAll('li', legend)).toHaveLength(shown.size);
			for (const state of shown) expect(select(`svg.glyph--${state}`, legend), state).toBeTruthy();
			expect(text(legend)).toContain(d.matrix.rule);
		},
	);
});

describe('the drawn timeline', () => {
	it.each(editions.map(([prefix]) => [prefix || '/', prefix] as const))(
		'%s: one mark per event, shaped by its precision, placed by its date, linking to its entry',
		(_name, prefix) => {
			const tree = page(`${prefix}/timeline/`);
			const svg = select('svg.chart__svg', tree)!;
			const from = Date.parse(`${attr(svg, 'dataFrom')}T00:00:00Z`);
			const to = Date.parse(`${attr(svg, 'dataTo')}T00:00:00Z`);
			const marks = selectAll('a.chart__event', svg);
			expect(marks).toHaveLength(corpus.events.length);
			for (const event of corpus.events) {
				const { id, date } = event.data;
				const mark = marks.find((m) => attr(m, 'href') === `#${id}`);
				expect(mark, id).toBeTruthy();
				expect(select(`[id="${id}"]`, tree), `entry ${id}`).toBeTruthy();
				// Labelled for assistive technology and on hover.
				expect(attr(mark, 'ariaLabel')).toContain(event.data.title[prefix ? 'en' : 'ru']);
				// The name begins with the date the mark shows (WCAG 2.5.3, label in name).
				expect(attr(mark, 'ariaLabel').startsWith(`${text(select('text', mark!)!).trim()}: `)).toBe(true);
				// A point for a day; a bar otherwise; dashed (approximate) for a range only.
				expect(Boolean(select('circle.chart__mark', mark!)), id).toBe(date.precision === 'day');
				expect(Boolean(select('rect.chart__mark', mark!)), id).toBe(date.precision !== 'day');
				expect(String(mark!.properties.className)).toContain(
					date.precision === 'range' ? 'chart__event--approximate' : 'chart__event--',
				);
				if (date.precision !== 'range') expect(String(mark!.properties.className)).not.toContain('approximate');
				// Placed on the axis where its first day falls.
				const first = (Date.parse(`${date.start}T00:00:00Z`) - from) / (to - from);
				expect(Number(attr(mark, 'dataStart'))).toBeCloseTo(first, 4);
				expect(Number(attr(mark, 'dataEnd'))).toBeGreaterThan(Number(attr(mark, 'dataStart')));
			}
		},
	);
});

describe('citation previews in essays', () => {
	it.each(corpus.essays.map((e) => [`${e.data.locale}/${e.data.theme}`, e] as const))(
		'essay %s: every marker opens a preview of its claim, one per claim, with its links',
		(_name, essay) => {
			const prefix = essay.data.locale === 'en' ? '/en' : '';
			const tree = page(`${prefix}/themes/${essay.data.theme}/`);
			const toggles = selectAll('button.cite__toggle[popovertarget]', tree);
			expect(toggles.length).toBeGreaterThan(3);
			const previews = selectAll('.cite__preview[popover]', tree);
			expect(new Set(previews.map((p) => attr(p, 'id'))).size).toBe(previews.length);
			for (const toggle of toggles) {
				const preview = previews.find((p) => attr(p, 'id') === attr(toggle, 'popoverTarget'));
				expect(preview, attr(toggle, 'popoverTarget')).toBeTruthy();
				// A named control: «Quote [3]», the number it shows included.
				expect(text(toggle)).toMatch(
					new RegExp(`^${essay.data.locale === 'en' ? en.preview.open : ru.preview.open} \\[`),
				);
				// The number the button shows is the one of the reference its preview stands for.
				const n = attr(preview, 'dataN');
				expect(text(toggle)).toContain(`[${n}]`);
				const reference = select(`li[id="ref-${n}"]`, tree)!;
				const claimHref = attr(select('a[href*="/claims/"]', reference), 'href');
				expect(attr(select('a[href*="/claims/"]', preview!), 'href')).toBe(claimHref);
				const id = claimHref.split('/').at(-2)!;
				const claim = claims.find((c) => c.id === id)!;
				expect(text(select('q', preview!)!)).toBe(claim.quote);
				expect(select(`a[href="${prefix}/sources/${claim.slug}/#${id}"]`, preview!)).toBeTruthy();
				expect(select(`.tag--${claim.kind}`, preview!)).toBeTruthy();
			}
			// Each preview stands at the first marker of its claim in the text (where its sidenote belongs).
			for (const preview of previews) {
				const first = toggles.find((b) => attr(b, 'popoverTarget') === attr(preview, 'id'))!;
				expect(select(`.cite__preview[id="${attr(preview, 'id')}"]`, parentCite(tree, first)!)).toBeTruthy();
			}
			// Every cited claim has exactly one preview.
			expect(previews).toHaveLength(selectAll('.reference-list li', tree).length);
		},
	);
});

describe('English typography', () => {
	/** A page's text without its Russian passages (quotes, Russian names), which keep Russian typography. */
	const englishText = (path: string) => {
		const tree = structuredClone(page(path));
		for (const passage of selectAll('[lang="ru"]', tree)) passage.children = [];
		return text(select('body', tree)!);
	};
	it('binds no short English word to the next with a no-break space', () => {
		const bound = builtPages()
			.filter((path) => path.startsWith('/en/'))
			.flatMap((path) =>
				[...englishText(path).matchAll(/(?<![\p{L}\p{N}])[A-Za-z]{1,3}\u00a0(?![—–])/gu)].map(
					(m) => `${path}: «${m[0]}»`,
				),
			);
		expect(bound).toEqual([]);
	});
	it('keeps Russian short words bound in the Russian edition', () => {
		const essay = `/themes/${corpus.themes[0].data.id}/`;
		expect([...text(page(essay)).matchAll(/(?<![\p{L}])[а-яё]{1,2}\u00a0/giu)].length).toBeGreaterThan(20);
	});
});
