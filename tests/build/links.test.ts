import { describe, expect, it } from 'vitest';
import { builtSite, dist, selectAll, SUB_PATH, subPathDist, type Element } from '../support/dist';

const ORIGIN = 'https://kz-ru.example.org';

/** Every attribute of a built page that points at an address: links, assets, forms, quotation sources, cards. */
const ADDRESSES: [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['link[href]', 'href'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['form[action]', 'action'],
	['blockquote[cite], q[cite]', 'cite'],
	['meta[property="og:image"], meta[property="og:url"]', 'content'],
];

/**
 * The internal addresses of a build, by the page that holds them, as paths from the site's root
 * in `dir`; an address outside `base` is reported as it is, since no host would serve it.
 */
function internalLinks(dir: string, base: string) {
	const site = builtSite(dir);
	const links = site
		.pages()
		.filter((path) => !path.startsWith('/og/'))
		.flatMap((path) => {
			const tree = site.page(path);
			return ADDRESSES.flatMap(([selector, attribute]) =>
				selectAll(selector, tree).map((el: Element) => {
					const href = String(el.properties[attribute]);
					const url = new URL(href, `${ORIGIN}${base.replace(/\/$/, '')}${path}`);
					if (url.origin !== ORIGIN) return undefined;
					const inBase = url.pathname.startsWith(base);
					return {
						from: path,
						href,
						target: inBase ? `/${url.pathname.slice(base.length)}${url.hash}` : undefined,
					};
				}),
			);
		})
		.filter((link) => link !== undefined);
	return { site, links };
}

describe.each([
	['at the domain root', dist, '/'],
	[`under the sub-path ${SUB_PATH}`, subPathDist, SUB_PATH],
])('internal addresses of the site built %s', (_, dir, base) => {
	const { site, links } = internalLinks(dir, base);

	it('are many (the check is not vacuous)', () => {
		expect(links.length).toBeGreaterThan(5000);
	});

	it(`all stay under ${base}`, () => {
		const outside = [...new Set(links.filter((l) => l.target === undefined).map((l) => `${l.from} → ${l.href}`))];
		expect(outside).toEqual([]);
	});

	it('all lead to an existing file and, where they name one, an existing anchor', () => {
		const broken = [
			...new Set(
				links
					.filter((l) => l.target !== undefined && !site.resolves(decodeURIComponent(l.target)))
					.map((l) => `${l.from} → ${l.href}`),
			),
		];
		expect(broken).toEqual([]);
	});
});
