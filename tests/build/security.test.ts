import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_REL } from '../../src/lib/urls/external';
import { builtPages, dist, page, selectAll, text, type Element } from '../support/dist';

const SITE = 'https://kz-ru.example.org';
const pages = builtPages().filter((path) => !path.startsWith('/og/'));

/** A page's Content-Security-Policy, directive by directive. */
function policyOf(path: string): Map<string, string[]> {
	const meta = selectAll('meta[http-equiv="content-security-policy"]', page(path));
	expect(meta, `${path} has one policy`).toHaveLength(1);
	return new Map(
		String(meta[0].properties.content)
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name, sources]),
	);
}

const hashOf = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
const sameSite = (url: string, from: string) => new URL(url, `${SITE}${from}`).origin === SITE;

/** Elements that make the browser fetch something as the page loads, and the attribute naming it. */
const LOADS: [string, string][] = [
	['script[src]', 'src'],
	['link[href]:not([rel~="canonical"]):not([rel~="alternate"])', 'href'],
	['img[src], source[src], video[src], audio[src], track[src], iframe[src], embed[src], input[src]', 'src'],
	['object[data]', 'data'],
];

describe('security of the built site', () => {
	it('gives every page a policy with no other origin, no unsafe sources, inline code only by hash', () => {
		const problems = pages.flatMap((path) => {
			const policy = policyOf(path);
			const out: string[] = [];
			if (policy.get('default-src')?.join(' ') !== "'self'") out.push(`${path}: default-src is not 'self'`);
			for (const [name, sources] of policy)
				for (const source of sources)
					if (
						/^(https?:|\*|'unsafe-inline'|'unsafe-eval'|data:$)/.test(source) &&
						!(name === 'img-src' && source === 'data:')
					)
						out.push(`${path}: ${name} allows ${source}`);
			const scriptHashes = policy.get('script-src') ?? [];
			for (const script of selectAll('script:not([src]):not([type="application/ld+json"])', page(path)))
				if (!scriptHashes.includes(hashOf(text(script))))
					out.push(`${path}: an inline script the policy does not allow`);
			const styleHashes = policy.get('style-src') ?? [];
			for (const style of selectAll('style', page(path)))
				if (!styleHashes.includes(hashOf(text(style)))) out.push(`${path}: an inline style the policy does not allow`);
			return out;
		});
		expect(problems).toEqual([]);
	});

	it('has no inline event handlers or style attributes, which a hash cannot allow', () => {
		const offenders = pages.flatMap((path) =>
			selectAll('*', page(path))
				.filter((el: Element) => Object.keys(el.properties).some((name) => /^on[a-z]/.test(name) || name === 'style'))
				.map((el) => `${path}: <${el.tagName}>`),
		);
		expect(offenders).toEqual([]);
	});

	it('loads nothing from another origin: pages, stylesheets and scripts', () => {
		const foreign = pages.flatMap((path) =>
			LOADS.flatMap(([selector, attribute]) =>
				selectAll(selector, page(path))
					.map((el) => String(el.properties[attribute]))
					.filter((url) => !sameSite(url, path))
					.map((url) => `${path}: ${url}`),
			),
		);
		const assets = readdirSync(join(dist, '_astro')).filter((name) => /\.(css|js)$/.test(name));
		for (const name of assets) {
			const source = readFileSync(join(dist, '_astro', name), 'utf8');
			for (const [, url] of source.matchAll(
				/(?:url\(|@import\s+|import\(|fetch\()\s*["'`]?((?:https?:)?\/\/[^"'`)\s]+)/g,
			))
				foreign.push(`/_astro/${name}: ${url}`);
		}
		expect(assets.length).toBeGreaterThan(0);
		expect(foreign).toEqual([]);
	});

	it(`marks every link to another site rel="${EXTERNAL_REL}"`, () => {
		const required = EXTERNAL_REL.split(' ');
		const external = pages.flatMap((path) =>
			selectAll('a[href]', page(path))
				.filter((a) => !sameSite(String(a.properties.href), path))
				.map((a) => ({ path, href: String(a.properties.href), rel: (a.properties.rel as string[] | undefined) ?? [] })),
		);
		expect(external.length).toBeGreaterThan(50);
		expect(
			external.filter((a) => !required.every((r) => a.rel.includes(r))).map((a) => `${a.path} → ${a.href}`),
		).toEqual([]);
	});

	it('puts the policy before the first script that runs (a <meta> policy governs only what follows it)', () => {
		for (const path of ['/', '/sources/', '/en/claims/']) {
			const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
			const firstScript = /<script(?![^>]*application\/ld\+json)[^>]*>/.exec(html)?.index ?? -1;
			expect(firstScript).toBeGreaterThan(0);
			expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(firstScript);
		}
	});
});
