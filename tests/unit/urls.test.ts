import { describe, expect, it } from 'vitest';
import { siteHref, stripBase, withBase } from '../../src/lib/urls/base';
import { localeFromUrl, localeHref, localePath, localizedHref } from '../../src/lib/urls/locale';
import { absoluteUrl, editionUrls, requireSite } from '../../src/lib/urls/site';

// Every case at the domain's root and under a project page's sub-path, as Starlight tests its
// `localizedUrl` under several `base` settings. Expected values are written out by hand.
const SUB = '/kz-ru/';

describe('the site paths of both editions', () => {
	it('maps a default-edition path into an edition', () => {
		expect(localePath('ru', '/claims/x/')).toBe('/claims/x/');
		expect(localePath('en', '/claims/x/')).toBe('/en/claims/x/');
		expect(localePath('en', '/')).toBe('/en/');
		expect(localePath('en', 'sources/x/')).toBe('/en/sources/x/');
	});
});

describe('at the root (base /)', () => {
	it('links pages and files without a prefix', () => {
		expect(siteHref('/data/claims.json', '/')).toBe('/data/claims.json');
		expect(localeHref('ru', '/sources/x/', '/')).toBe('/sources/x/');
		expect(localeHref('en', '/sources/x/', '/')).toBe('/en/sources/x/');
	});

	it('reads the edition of a page URL', () => {
		expect(localeFromUrl(new URL('https://h.org/en/themes/x/'), '/')).toBe('en');
		expect(localeFromUrl(new URL('https://h.org/en/'), '/')).toBe('en');
		expect(localeFromUrl(new URL('https://h.org/en'), '/')).toBe('en');
		expect(localeFromUrl(new URL('https://h.org/themes/en/'), '/')).toBe('ru');
		expect(localeFromUrl(new URL('https://h.org/english/'), '/')).toBe('ru');
		expect(localeFromUrl(new URL('https://h.org/'), '/')).toBe('ru');
	});

	it('moves a link into the other edition, keeping its fragment', () => {
		expect(localizedHref('/sources/x/#claim-a', 'en', '/')).toBe('/en/sources/x/#claim-a');
		expect(localizedHref('/en/sources/x/#p-3', 'ru', '/')).toBe('/sources/x/#p-3');
		expect(localizedHref('/en/', 'ru', '/')).toBe('/');
		expect(localizedHref('/', 'en', '/')).toBe('/en/');
		expect(localizedHref('/en/claims/y/', 'en', '/')).toBe('/en/claims/y/');
	});

	it('makes absolute URLs from site paths', () => {
		const site = new URL('https://kz-ru.example.org');
		expect(absoluteUrl('/en/claims/y/', site, '/')).toBe('https://kz-ru.example.org/en/claims/y/');
	});
});

describe(`under a sub-path (base ${SUB})`, () => {
	it('puts pages and files under the base', () => {
		expect(siteHref('/data/claims.json', SUB)).toBe('/kz-ru/data/claims.json');
		expect(siteHref('/', SUB)).toBe('/kz-ru/');
		expect(localeHref('ru', '/sources/x/', SUB)).toBe('/kz-ru/sources/x/');
		expect(localeHref('en', '/sources/x/', SUB)).toBe('/kz-ru/en/sources/x/');
		expect(localeHref('en', '/', SUB)).toBe('/kz-ru/en/');
	});

	it('strips the base, and only the base', () => {
		expect(stripBase('/kz-ru/en/sources/x/', SUB)).toBe('/en/sources/x/');
		expect(stripBase('/kz-ru/', SUB)).toBe('/');
		expect(stripBase('/kz-ru', SUB)).toBe('/');
		expect(stripBase('/kz-russia/x/', SUB)).toBe('/kz-russia/x/');
		expect(stripBase('/en/x/', '/')).toBe('/en/x/');
	});

	it('reads the edition of a page URL under the base', () => {
		expect(localeFromUrl(new URL('https://h.org/kz-ru/en/themes/x/'), SUB)).toBe('en');
		expect(localeFromUrl(new URL('https://h.org/kz-ru/en/'), SUB)).toBe('en');
		expect(localeFromUrl(new URL('https://h.org/kz-ru/themes/x/'), SUB)).toBe('ru');
		expect(localeFromUrl(new URL('https://h.org/kz-ru/'), SUB)).toBe('ru');
	});

	it('moves a search result into the English edition without leaving the site', () => {
		// Pagefind gives result URLs under the base; the English interface shows Russian-index results.
		expect(localizedHref('/kz-ru/sources/x/#claim-a', 'en', SUB)).toBe('/kz-ru/en/sources/x/#claim-a');
		expect(localizedHref('/kz-ru/en/sources/x/#p-3', 'ru', SUB)).toBe('/kz-ru/sources/x/#p-3');
		expect(localizedHref('/kz-ru/en/', 'ru', SUB)).toBe('/kz-ru/');
		expect(localizedHref('/kz-ru/', 'en', SUB)).toBe('/kz-ru/en/');
	});

	it('prefixes Markdown links once', () => {
		expect(withBase('/claims/x/', SUB)).toBe('/kz-ru/claims/x/');
		expect(withBase('/kz-ru/claims/x/', SUB)).toBe('/kz-ru/claims/x/');
		expect(withBase('#p-3', SUB)).toBe('#p-3');
	});

	it('makes absolute URLs under the base', () => {
		const site = new URL('https://user.example.io');
		expect(absoluteUrl('/en/claims/y/', site, SUB)).toBe('https://user.example.io/kz-ru/en/claims/y/');
	});

	it("gives a page's absolute URL in both editions, from either", () => {
		const both = { ru: 'https://user.example.io/kz-ru/claims/y/', en: 'https://user.example.io/kz-ru/en/claims/y/' };
		expect(editionUrls('https://user.example.io/kz-ru/en/claims/y/', SUB)).toEqual(both);
		expect(editionUrls('https://user.example.io/kz-ru/claims/y/', SUB)).toEqual(both);
		expect(editionUrls('https://user.example.io/kz-ru/', SUB)).toEqual({
			ru: 'https://user.example.io/kz-ru/',
			en: 'https://user.example.io/kz-ru/en/',
		});
	});
});

describe('requireSite', () => {
	it('refuses a build without a site address', () => {
		expect(() => requireSite(undefined)).toThrow('set `site` in astro.config.mjs');
		expect(requireSite(new URL('https://h.org')).href).toBe('https://h.org/');
	});
});
