import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corrections } from '../../src/lib/publish/corrections';
import { ATOM, atomChildren, parseXml, RFC3339 } from '../support/atom';
import { corpus } from '../support/corpus';
import { builtPages, dist, page, select, selectAll } from '../support/dist';

const SITE = 'https://kz-ru.example.org';
const editions = [
	{ locale: 'ru', prefix: '' },
	{ locale: 'en', prefix: '/en' },
] as const;

describe.each(editions)('Atom feed of the $locale edition', ({ locale, prefix }) => {
	const feedUrl = `${SITE}${prefix}/feed.xml`;
	const doc = parseXml(readFileSync(join(dist, prefix, 'feed.xml'), 'utf8'));
	const feed = doc.documentElement!;
	const entries = atomChildren(feed, 'entry');
	const one = (parent: typeof feed, name: string) => {
		const found = atomChildren(parent, name);
		expect(found, `<${name}> in <${parent.localName}>`).toHaveLength(1);
		return found[0];
	};

	it('is an Atom 1.0 feed with its id, title, updated, author and self link', () => {
		expect(feed.localName).toBe('feed');
		expect(feed.namespaceURI).toBe(ATOM);
		expect(one(feed, 'id').textContent).toBe(`${SITE}${prefix}/`);
		expect(one(feed, 'title').textContent).not.toBe('');
		expect(one(feed, 'updated').textContent).toMatch(RFC3339);
		expect(atomChildren(one(feed, 'author'), 'name')[0].textContent).not.toBe('');
		const links = atomChildren(feed, 'link');
		expect(links.find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href')).toBe(feedUrl);
	});

	it('gives every entry an id, title, updated, link and summary, with Atom types', () => {
		expect(entries.length).toBeGreaterThan(0);
		for (const entry of entries) {
			expect(one(entry, 'id').textContent).toMatch(/^https:\/\//);
			expect(one(entry, 'updated').textContent).toMatch(RFC3339);
			expect(one(entry, 'link').getAttribute('href')).toMatch(new RegExp(`^${SITE}${prefix}/`));
			for (const text of [one(entry, 'title'), one(entry, 'summary')]) {
				expect(['text', 'html', null]).toContain(text.getAttribute('type'));
				expect(text.textContent?.trim()).not.toBe('');
			}
		}
		const ids = entries.map((e) => one(e, 'id').textContent);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('lists every source, every essay of the edition and every correction, newest first', () => {
		const links = entries.map((e) => one(e, 'link').getAttribute('href'));
		for (const source of corpus.sources) expect(links).toContain(`${SITE}${prefix}/sources/${source.slug}/`);
		for (const essay of corpus.essays.filter((e) => e.data.locale === locale))
			expect(links).toContain(`${SITE}${prefix}/themes/${essay.data.theme}/`);
		const ids = entries.map((e) => one(e, 'id').textContent);
		for (const c of corrections(corpus.sources, corpus.essays, locale))
			expect(ids).toContain(`${SITE}${prefix}/corrections/#${c.id}`);
		const updated = entries.map((e) => one(e, 'updated').textContent!);
		expect(updated).toEqual(updated.toSorted().reverse());
	});

	it('is linked from the head of every page of the edition and named in its footer', () => {
		const pages = builtPages().filter((p) => (locale === 'en') === p.startsWith('/en/') && p !== '/404.html');
		expect(pages.length).toBeGreaterThan(50);
		for (const path of pages) {
			const tree = page(path);
			const links = selectAll('head link[rel="alternate"][type="application/atom+xml"]', tree);
			expect(
				links.map((l) => l.properties.href),
				path,
			).toEqual([feedUrl]);
			expect(select(`footer a[href="${prefix}/feed.xml"]`, tree), path).toBeDefined();
		}
	});
});
