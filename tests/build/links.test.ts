import { describe, expect, it } from 'vitest';
import { resolves } from '../support/addresses';
import { builtPages, page, selectAll } from '../support/dist';

/** Every internal link of the built site, by the page that holds it. */
const links = builtPages()
	.filter((path) => !path.startsWith('/og/'))
	.flatMap((path) =>
		selectAll('a[href], link[rel="alternate"][href], link[rel="canonical"][href]', page(path)).map((el) => {
			const href = String(el.properties.href);
			const url = new URL(href, `https://kz-ru.example.org${path}`);
			return {
				from: path,
				href,
				target: url.origin === 'https://kz-ru.example.org' ? `${url.pathname}${url.hash}` : undefined,
			};
		}),
	)
	.filter((link): link is { from: string; href: string; target: string } => link.target !== undefined);

describe('internal links', () => {
	it('are many (the check is not vacuous)', () => {
		expect(links.length).toBeGreaterThan(5000);
	});

	it('all lead to an existing page and, where they name one, an existing anchor', () => {
		const broken = [
			...new Set(
				links.filter((link) => !resolves(decodeURIComponent(link.target))).map((link) => `${link.from} → ${link.href}`),
			),
		];
		expect(broken).toEqual([]);
	});
});
