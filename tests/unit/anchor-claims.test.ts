import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { anchorClaims } from '../../src/lib/markdown/anchor-claims';

const fragment = (html: string): Root => fromHtml(html, { fragment: true });
/** Text of everything carrying a claim, reassembled from its parts. */
const claimText = (tree: Root, id: string) =>
	selectAll(`[data-claim="${id}"]`, tree)
		.filter((el, _, all) => !all.some((other) => other !== el && selectAll(`[data-claim="${id}"]`, other).includes(el)))
		.map((el) => toString(el))
		.join('');

describe('anchorClaims', () => {
	it('wraps a quote in an element whose id is the claim id and numbers paragraphs', () => {
		const tree = fragment('<p>Один. Два три.</p><p>Четыре.</p>');
		const map = anchorClaims(tree, [{ id: 'two', quote: 'Два три.' }]);
		expect(toHtml(tree)).toBe(
			'<p id="p-1" data-claims="two">Один. <span class="claim" id="two" data-claim="two">Два три.</span></p><p id="p-2">Четыре.</p>',
		);
		expect(map.paragraphs).toEqual([
			{ anchor: 'p-1', claims: ['two'] },
			{ anchor: 'p-2', claims: [] },
		]);
	});

	it('matches across line breaks and double spaces in the body', () => {
		const tree = fragment('<p>Казахстан выбрал\nмноговекторную  политику.</p>');
		anchorClaims(tree, [{ id: 'mv', quote: 'выбрал многовекторную политику' }]);
		expect(toString(selectAll('#mv', tree)[0])).toBe('выбрал\nмноговекторную  политику');
	});

	it('nests a quote that lies inside another', () => {
		const tree = fragment('<p>Альфа бета гамма дельта.</p>');
		anchorClaims(tree, [
			{ id: 'inner', quote: 'бета гамма' },
			{ id: 'outer', quote: 'Альфа бета гамма дельта.' },
		]);
		expect(toHtml(tree)).toBe(
			'<p id="p-1" data-claims="outer inner"><span class="claim" id="outer" data-claim="outer">Альфа <span class="claim" id="inner" data-claim="inner">бета гамма</span> дельта.</span></p>',
		);
	});

	it('splits inline markup that a quote only partly covers, keeping the text identical', () => {
		const html = '<p>Начало <em>курсив и</em> конец.</p>';
		const tree = fragment(html);
		anchorClaims(tree, [{ id: 'q', quote: 'курсив и конец' }]);
		expect(toString(tree)).toBe(toString(fragment(html)));
		expect(toString(selectAll('#q', tree)[0])).toBe('курсив и конец');
		expect(
			selectAll('em', tree)
				.map((el) => toString(el))
				.join(''),
		).toBe('курсив и');
	});

	it('anchors quotes that cross each other: the later one is split, its id on the first part', () => {
		const html = '<p>раз два три четыре</p>';
		const tree = fragment(html);
		anchorClaims(tree, [
			{ id: 'a', quote: 'раз два три' },
			{ id: 'b', quote: 'два три четыре' },
		]);
		expect(toString(tree)).toBe('раз два три четыре');
		expect(selectAll('[id]', tree).map((el: Element) => el.properties.id)).toEqual(['p-1', 'a', 'b']);
		expect(claimText(tree, 'a')).toBe('раз два три');
		expect(claimText(tree, 'b')).toBe('два три четыре');
	});

	it('never fixes the author: case and ё must match exactly', () => {
		expect(() => anchorClaims(fragment('<p>Всё ещё.</p>'), [{ id: 'x', quote: 'Все ещё.' }])).toThrow(
			/"x" is not inside any single paragraph/,
		);
		expect(() => anchorClaims(fragment('<p>Всё ещё.</p>'), [{ id: 'x', quote: 'всё ещё.' }])).toThrow(/not inside/);
	});

	it('keeps a renamed claim reachable at its former ids, without changing the text', () => {
		const tree = fragment('<p>Один. Два три.</p>');
		anchorClaims(tree, [{ id: 'two', quote: 'Два три.', formerIds: ['old-two'] }]);
		expect(toHtml(tree)).toBe(
			'<p id="p-1" data-claims="two">Один. <span class="claim" id="two" data-claim="two"><span class="claim-alias" id="old-two"></span>Два три.</span></p>',
		);
		expect(toString(tree)).toBe('Один. Два три.');
	});

	it('refuses an ambiguous quote', () => {
		expect(() => anchorClaims(fragment('<p>да да</p>'), [{ id: 'yes', quote: 'да' }])).toThrow(/occurs 2 times/);
	});
});
