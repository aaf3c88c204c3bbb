import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeTypography from '../../src/integrations/markdown/rehype-typography';

const run = (html: string, path: string) => {
	const tree = fromHtml(html, { fragment: true });
	rehypeTypography()(tree, new VFile({ path }));
	return toHtml(tree);
};
const NBSP = '\u00a0';

describe('typography of the site’s own prose', () => {
	it('sets Russian typography in essays: «ёлочки», no-break spaces after short words and before dashes', () => {
		expect(run('<p>По мнению автора - это "важно" и в РК.</p>', '/x/content/essays/ru/a.mdx')).toBe(
			`<p>По${NBSP}мнению автора${NBSP}— это «важно» и${NBSP}в${NBSP}РК.</p>`,
		);
	});
	it('sets English typography in English prose: curly quotes and dashes, no short word bound to the next', () => {
		expect(run('<p>It is a "course" - of the state - in 2022, and so on.</p>', '/x/content/essays/en/a.mdx')).toBe(
			`<p>It is a “course”${NBSP}— of the state${NBSP}— in 2022, and so on.</p>`,
		);
	});
	it('keeps the space between a text and the inline component after it', () => {
		expect(run('<p>пишет автор: <span>цитата</span></p>', '/x/content/essays/ru/a.mdx')).toBe(
			'<p>пишет автор: <span>цитата</span></p>',
		);
	});
	it('never touches quoted passages, nor source bodies', () => {
		const quote = '<blockquote><p>РК должен - "так"</p></blockquote>';
		expect(run(quote, '/x/content/pages/ru/about.mdx')).toBe(quote);
		const body = '<p>Россию, а западных старнах воспринимают - "так"</p>';
		expect(run(body, '/x/content/sources/a.mdx')).toBe(body);
	});
	it('gives headings ids made of their words, as typed, before no-break spaces bind them', () => {
		const html = run(
			'<h2>Как собран корпус</h2><h2>Что это за сайт и чем он не является</h2><h3>Как собран корпус</h3>',
			'/x/content/pages/ru/about.mdx',
		);
		expect([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'как-собран-корпус',
			'что-это-за-сайт-и-чем-он-не-является',
			'как-собран-корпус-1',
		]);
	});
});
