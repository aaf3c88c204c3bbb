import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/publish/feed';
import { ATOM, atomChildren, parseXml } from '../support/atom';
import { corpus } from '../support/corpus';

const site = new URL('https://kz-ru.example.org/');
const hostile = '<script>alert(1)</script> <b>bold</b> ]]> & «ёлки»';

/** Elements an HTML parser makes of a string, as a feed reader would render it. */
const elementsIn = (html: string) => {
	const found: string[] = [];
	const walk = (node: { type: string; tagName?: string; children?: unknown[] }) => {
		if (node.type === 'element') found.push(node.tagName!);
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	walk(fromHtml(html, { fragment: true }));
	return found;
};

describe('Atom feed: no text becomes markup', () => {
	const source = corpus.sources[0];
	const xml = atomFeed({
		locale: 'en',
		site,
		sources: [
			{
				slug: source.slug,
				published: '2026-11-21',
				data: {
					...source.data,
					title: { ...source.data.title, en: hostile },
					synopsis: { ...source.data.synopsis, en: hostile },
				},
			},
		],
		essays: [],
		corrections: [
			{
				id: 'claim-x-1',
				kind: 'claim',
				path: '/claims/x/',
				title: { ru: hostile, en: hostile },
				date: '2026-12-01',
				fields: ['translation'],
				note: { ru: hostile, en: hostile },
			},
		],
	});
	const doc = parseXml(xml);
	const entries = atomChildren(doc.documentElement!, 'entry');

	it('is well-formed Atom with both entries, newest first', () => {
		expect(doc.documentElement!.namespaceURI).toBe(ATOM);
		expect(entries.map((e) => atomChildren(e, 'updated')[0].textContent)).toEqual([
			'2026-12-01T00:00:00.000Z',
			'2026-11-21T00:00:00.000Z',
		]);
	});

	it('keeps markup in a summary or title as text a reader shows literally', () => {
		for (const entry of entries)
			for (const field of ['title', 'summary']) {
				const el = atomChildren(entry, field)[0];
				const type = el.getAttribute('type') ?? 'text';
				const value = el.textContent ?? '';
				// As a reader renders it: `text` as is, `html` parsed.
				if (type === 'html') {
					expect(elementsIn(value)).toEqual([]);
					expect(toString(fromHtml(value, { fragment: true }))).toContain(hostile);
				} else {
					expect(type).toBe('text');
					expect(value).toContain(hostile);
				}
			}
	});
});
