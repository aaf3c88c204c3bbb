import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markRussian } from '../../src/lib/markdown/mark-russian';

const mark = (html: string) => {
	const tree = fromHtml(html, { fragment: true });
	markRussian(tree);
	return toHtml(tree);
};

describe('markRussian', () => {
	it('wraps Russian runs in English text, punctuation inside a run included', () => {
		expect(mark('<p>The term «русофобия, или нет» is used.</p>')).toBe(
			'<p>The term «<span lang="ru">русофобия, или нет</span>» is used.</p>',
		);
	});
	it('leaves elements that already declare Russian, and scripts, alone', () => {
		expect(mark('<q lang="ru">Москва</q><script>"Москва"</script>')).toBe(
			'<q lang="ru">Москва</q><script>"Москва"</script>',
		);
	});
	it('descends into English elements and marks Kazakh letters too', () => {
		expect(mark('<main lang="en"><p>Тоқаев said</p></main>')).toBe(
			'<main lang="en"><p><span lang="ru">Тоқаев</span> said</p></main>',
		);
	});
	it('marks the prose an MDX component wraps, not the component', () => {
		const tree = {
			type: 'root',
			children: [
				{
					type: 'mdxJsxFlowElement',
					name: 'Editorial',
					attributes: [],
					children: [
						{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'In Астана' }] },
					],
				},
			],
		} as unknown as Root;
		markRussian(tree);
		expect(toHtml((tree.children[0] as unknown as Root).children)).toBe('<p>In <span lang="ru">Астана</span></p>');
	});
});
