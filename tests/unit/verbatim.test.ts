import { describe, expect, it } from 'vitest';
import { locateQuote, normalizeWhitespace, normalizeWithOffsets, paragraphsOf } from '../../src/lib/corpus/verbatim';

describe('text', () => {
	it('collapses whitespace of every kind, no-break spaces included, and nothing else', () => {
		expect(normalizeWhitespace('  7\u00a0тыс.\n\tкм  ')).toBe('7 тыс. км');
		expect(normalizeWhitespace('Всё ЕЩЁ')).toBe('Всё ЕЩЁ');
	});
	it('maps normalised offsets back to the original', () => {
		const { text, offsets } = normalizeWithOffsets('a  b\nc');
		expect(text).toBe('a b c');
		expect(offsets.slice(0, 5)).toEqual([0, 1, 3, 4, 5]);
	});
	it('locates a quote by original offsets', () => {
		const raw = 'Один  два\nтри.';
		const [range] = locateQuote(raw, 'два три');
		expect(raw.slice(range.start, range.end)).toBe('два\nтри');
	});
	it('splits paragraphs on blank lines only', () => {
		expect(paragraphsOf('\nа\nб\n\n  \nв\n')).toEqual(['а\nб', 'в']);
	});
});
