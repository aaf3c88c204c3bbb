import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { builtPages, page, select, selectAll } from '../support/dist';

const pages = builtPages().filter((p) => p !== '/404.html' && !p.startsWith('/og/'));
const russian = pages.filter((p) => !p.startsWith('/en/'));
const english = pages.filter((p) => p.startsWith('/en/'));
/**
 * Cyrillic text of a page whose language, as inherited from the nearest `lang`, is not Russian:
 * each as `tag: text`. Nothing repairs the HTML after rendering, so this sees what readers get.
 * The head is left out: `<title>` cannot mark a passage.
 */
function unmarkedRussian(tree: Root): string[] {
	const found: string[] = [];
	const walk = (node: Root | Element, lang: string) => {
		for (const child of node.children) {
			if (child.type === 'text' && /\p{Script=Cyrillic}/u.test(child.value) && lang !== 'ru')
				found.push(`${node.type === 'element' ? node.tagName : '#root'}: ${child.value.trim().slice(0, 60)}`);
			else if (child.type === 'element' && !['head', 'script', 'style', 'template'].includes(child.tagName))
				walk(child, typeof child.properties.lang === 'string' ? child.properties.lang : lang);
		}
	};
	walk(tree, '');
	return found;
}

const isRedirect = (path: string) => select('meta[http-equiv="refresh"]', page(path)) !== undefined;

describe('English edition parity', () => {
	it('has every Russian page in English and back', () => {
		expect(english.map((p) => p.slice(3)).sort()).toEqual(russian.sort());
		// At least: home, the indexes, five sources, every claim, every theme.
		expect(russian.length).toBeGreaterThanOrEqual(5 + 65 + 8);
	});

	it.each(pages.filter((p) => !isRedirect(p)).map((p) => [p]))(
		'%s: right <html lang>, hreflang pairs, Russian passages marked',
		(path) => {
			const tree = page(path);
			const locale = path.startsWith('/en/') ? 'en' : 'ru';
			expect(select('html', tree)?.properties.lang).toBe(locale);
			const alternates = Object.fromEntries(
				selectAll('link[rel="alternate"][hreflang]', tree).map((l) => [
					l.properties.hrefLang,
					new URL(String(l.properties.href)).pathname,
				]),
			);
			const base = locale === 'en' ? path.slice(3) : path;
			expect(alternates).toEqual({ ru: base, en: `/en${base}`, 'x-default': base });
			if (locale === 'en') expect(unmarkedRussian(tree)).toEqual([]);
		},
	);
});
