import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { glyphsOf, RUNNING_TEXT } from '../../src/integrations/font-subsets/glyphs';
import { compactScript, cspHash } from '../../src/integrations/inline-script';
import { formerClaimRedirects } from '../../src/lib/urls/redirects';
import rehypeLinks from '../../src/integrations/markdown/rehype-links';
import { withBase } from '../../src/lib/urls/base';
import { EXTERNAL_REL } from '../../src/lib/urls/external';
import type { Root } from 'hast';

describe('withBase', () => {
	it('puts root-relative addresses under the base, once', () => {
		expect(withBase('/claims/x/', '/kz-ru/')).toBe('/kz-ru/claims/x/');
		expect(withBase('/kz-ru/claims/x/', '/kz-ru/')).toBe('/kz-ru/claims/x/');
		expect(withBase('/claims/x/', '/')).toBe('/claims/x/');
	});

	it('leaves fragments, other sites and protocol-relative addresses alone', () => {
		for (const url of ['#p-3', 'https://oqu.news/a', '//cdn.example.org/x.js', 'mailto:a@b.c'])
			expect(withBase(url, '/kz-ru/')).toBe(url);
	});
});

describe('rehypeLinks', () => {
	const link = (href: string): Root => ({
		type: 'root',
		children: [{ type: 'element', tagName: 'a', properties: { href }, children: [] }],
	});
	const run = (tree: Root) => {
		rehypeLinks({ base: '/kz-ru/' })(tree);
		return (tree.children[0] as { properties: Record<string, unknown> }).properties;
	};

	it('moves the site’s own links under the base and leaves them without rel', () => {
		expect(run(link('/sources/x/'))).toEqual({ href: '/kz-ru/sources/x/' });
	});

	it('marks links to other sites as external, without opener or referrer', () => {
		expect(run(link('https://www.rosbalt.ru/x')).rel).toEqual(EXTERNAL_REL.split(' '));
		expect(EXTERNAL_REL.split(' ')).toEqual(expect.arrayContaining(['external', 'noopener', 'noreferrer']));
	});
});

describe('inline scripts', () => {
	it('drop comment lines and indentation, and nothing else', () => {
		expect(compactScript('// why\n(() => {\n\tconst a = 1; // kept: not a whole line\n\n\tgo(a);\n})();\n')).toBe(
			'(() => {\nconst a = 1; // kept: not a whole line\ngo(a);\n})();',
		);
	});

	it('are allowed by the SHA-256 of exactly their text', () => {
		const script = 'go();';
		expect(cspHash(script)).toBe(`sha256-${createHash('sha256').update(script).digest('base64')}`);
		expect(cspHash(script)).not.toBe(cspHash(`${script} `));
	});
});

describe('glyphsOf', () => {
	it('keeps every character of the texts once, plus those any page may need', () => {
		const glyphs = glyphsOf(['Ўзбекистон «қадам»', 'Ўз']);
		for (const char of 'ЎқАяЁё09AZ«»—…№\u202f') expect(glyphs).toContain(char);
		expect([...glyphs].filter((c) => c === 'Ў')).toHaveLength(1);
		expect(glyphs).not.toContain('\n');
	});
});

describe('RUNNING_TEXT', () => {
	const outside = (text: string) => [...new Set(text)].filter((char) => !RUNNING_TEXT.test(char)).join('');

	it('keeps Russian and English prose, and the interface, in the first file of a face', () => {
		expect(outside('Съешь же ещё этих мягких французских булок, да выпей чаю! ЁЖИК «в тумане» — 1–2 №5…')).toBe('');
		expect(outside('The quick brown fox (jumps) over: “the lazy” dog’s [↗] #p-3 a/b? Ctrl+K × 1 234\u00a0567')).toBe(
			'↗',
		);
	});

	it('sends the symbols and other alphabets a few pages show to the second file', () => {
		expect(outside('Қазақстан ұлттық Україна café €5 ©§ 50% a=c <tag> @x')).toBe('Ққұїé€©§%=<>@');
	});
});

describe('formerClaimRedirects', () => {
	const corpus = { sources: [{ data: { claims: [{ id: 'new-id', formerIds: ['old-id'] }] } }] } as never;

	it('sends both editions of an old claim address to the new one', () => {
		expect(formerClaimRedirects(corpus)).toEqual({
			'/claims/old-id/': '/claims/new-id/',
			'/en/claims/old-id/': '/en/claims/new-id/',
		});
	});

	it('puts the destination, not the old address, under the base', () => {
		expect(formerClaimRedirects(corpus, '/kz-ru/')['/claims/old-id/']).toBe('/kz-ru/claims/new-id/');
	});
});
