import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, dist, page, select, type Root } from '../support/dist';
import { corpus } from '../support/corpus';

/** The content of `<meta property|name=…>`, whichever attribute the tag uses. */
const meta = (tree: Root, key: string) => {
	const el = select(`meta[property="${key}"], meta[name="${key}"]`, tree);
	return el ? String(el.properties.content) : undefined;
};

/** Width and height from the IHDR chunk of a PNG file, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
	const png = readFileSync(file);
	expect(png.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
	expect(png.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Checks the social tags of one built page and returns its card's URL path: an absolute
 * `og:image` on the site's own origin, naming a 1200×630 PNG that exists in dist/.
 */
function checkCard(path: string): string {
	const tree = page(path);
	const canonical = select('link[rel="canonical"]', tree)?.properties.href;
	expect(canonical, path).toBeTruthy();
	expect(meta(tree, 'og:url'), path).toBe(String(canonical));
	const image = meta(tree, 'og:image');
	expect(image, path).toBeTruthy();
	const url = new URL(image!);
	expect(url.origin, path).toBe(new URL(String(canonical)).origin);
	const file = join(dist, decodeURIComponent(url.pathname));
	expect(existsSync(file), `${path}: ${url.pathname}`).toBe(true);
	expect(pngSize(file), url.pathname).toEqual({ width: 1200, height: 630 });
	expect(meta(tree, 'og:image:width'), path).toBe('1200');
	expect(meta(tree, 'og:image:height'), path).toBe('630');
	expect(meta(tree, 'og:image:alt')?.trim(), path).toBeTruthy();
	expect(meta(tree, 'twitter:card'), path).toBe('summary_large_image');
	// X falls back to og:title, og:description and og:image: the page does not repeat them.
	expect(meta(tree, 'twitter:image'), path).toBeUndefined();
	expect(meta(tree, 'twitter:title'), path).toBeUndefined();
	expect(meta(tree, 'twitter:image:alt'), path).toBe(meta(tree, 'og:image:alt'));
	expect(meta(tree, 'og:title')?.trim(), path).toBeTruthy();
	expect(meta(tree, 'og:description')?.trim(), path).toBeTruthy();
	expect(meta(tree, 'og:locale'), path).toBe(path.startsWith('/en/') ? 'en_GB' : 'ru_RU');
	return url.pathname;
}

describe('social cards', () => {
	it('give every source a card of its own, shown by its page and its claims’ pages in both editions', () => {
		expect(corpus.sources.length).toBeGreaterThan(0);
		const cards = new Set<string>();
		for (const source of corpus.sources) {
			const card = checkCard(`/sources/${source.slug}/`);
			expect(checkCard(`/en/sources/${source.slug}/`), source.slug).toBe(card);
			// The card's text, and so its alt text, is the source's Russian title.
			const alt = meta(page(`/en/sources/${source.slug}/`), 'og:image:alt');
			expect(alt, source.slug).toContain(source.data.title.ru.split(/\s+/).slice(0, 3).join(' '));
			for (const claim of source.data.claims)
				for (const path of [`/claims/${claim.id}/`, `/en/claims/${claim.id}/`]) {
					expect(checkCard(path), path).toBe(card);
					expect(meta(page(path), 'og:image:alt'), path).toBe(alt);
					expect(meta(page(path), 'og:type'), path).toBe('article');
				}
			cards.add(card);
		}
		expect(cards.size).toBe(corpus.sources.length);
	});

	it('give every essay a card per edition, with the essay title in its alt text', () => {
		expect(corpus.essays.length).toBeGreaterThan(0);
		const cards = new Set<string>();
		for (const essay of corpus.essays) {
			const path = `${essay.data.locale === 'ru' ? '' : `/${essay.data.locale}`}/themes/${essay.data.theme}/`;
			cards.add(checkCard(path));
			expect(meta(page(path), 'og:image:alt'), path).toContain(essay.data.title);
			expect(meta(page(path), 'og:type'), path).toBe('article');
		}
		expect(cards.size).toBe(corpus.essays.length);
	});

	it('give every other page an existing card too, the same one per edition', () => {
		const others = builtPages().filter((p) => p.endsWith('/') && !/\/(claims|themes|sources)\/[^/]+\/$/.test(p));
		expect(others.length).toBeGreaterThan(4);
		const byEdition = new Map<boolean, Set<string>>([
			[true, new Set()],
			[false, new Set()],
		]);
		for (const path of others) byEdition.get(path.startsWith('/en/'))!.add(checkCard(path));
		expect(byEdition.get(true)!.size).toBe(1);
		expect(byEdition.get(false)!.size).toBe(1);
		expect([...byEdition.get(true)!][0]).not.toBe([...byEdition.get(false)!][0]);
	});
});
