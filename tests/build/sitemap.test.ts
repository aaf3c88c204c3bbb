import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, dist } from '../support/dist';

const SITE = 'https://kz-ru.example.org';
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('sitemap and robots.txt', () => {
	it('robots.txt allows everything and names the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
		expect(read('robots.txt')).not.toMatch(/Disallow: \//);
	});

	it('lists every page of both editions, each with its other edition', () => {
		const listed = locs(read('sitemap-index.xml')).flatMap((url) => locs(read(new URL(url).pathname)));
		const pages = builtPages().filter((path) => path.endsWith('/'));
		expect(listed.map((url) => new URL(url).pathname).sort()).toEqual(pages);
		const xml = read('sitemap-0.xml');
		expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en-GB" href="${SITE}/en/sources/"/>`);
	});

	it("names as alternates only pages it lists, each page's two editions", () => {
		const xml = read('sitemap-0.xml');
		const listed = new Set(locs(xml));
		const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
		expect(entries.length).toBe(listed.size);
		for (const [, loc, rest] of entries) {
			const alternates = [...rest.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, href]);
			const path = new URL(loc).pathname.replace(/^\/en\//, '/');
			expect(alternates, loc).toEqual([
				['ru-RU', `${SITE}${path}`],
				['en-GB', `${SITE}/en${path}`],
			]);
			for (const [, href] of alternates) expect(listed.has(href), `${loc}: alternate ${href}`).toBe(true);
		}
	});
});
