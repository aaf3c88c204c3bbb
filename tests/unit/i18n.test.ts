import { describe, expect, it } from 'vitest';
import { dictionaryProblems } from '../../src/i18n/check';
import en from '../../src/i18n/en';
import { parts, plural } from '../../src/i18n';
import ru from '../../src/i18n/ru';

describe('i18n', () => {
	it('finds the dictionaries of both editions complete and equal in keys', () => {
		expect(dictionaryProblems({ ru, en })).toEqual([]);
	});
	it('names a missing or empty interface string precisely', () => {
		const broken = { ...en, search: { ...en.search, label: '' }, extra: 'x' };
		expect(dictionaryProblems({ ru, en: broken })).toEqual([
			'src/i18n/ru.ts lacks "extra" (present in en.ts)',
			'src/i18n/en.ts › search.label is empty',
		]);
	});
	it('declines Russian nouns by Intl plural rules', () => {
		expect([1, 2, 5, 21, 22, 25, 11].map((n) => plural('ru', n, ru.plurals.claim))).toEqual([
			'1\u00a0утверждение',
			'2\u00a0утверждения',
			'5\u00a0утверждений',
			'21\u00a0утверждение',
			'22\u00a0утверждения',
			'25\u00a0утверждений',
			'11\u00a0утверждений',
		]);
		expect(plural('en', 1, en.plurals.claim)).toBe('1\u00a0claim');
		expect(plural('en', 65, en.plurals.claim)).toBe('65\u00a0claims');
	});
	it('fills a template with text and markup, and refuses a placeholder without a value', () => {
		const link = { tag: 'a' };
		expect(parts('under {license}: copy it', { license: link })).toEqual(['under ', link, ': copy it']);
		expect(parts('{a} and {b}', { a: '1', b: '2' })).toEqual(['', '1', ' and ', '2', '']);
		expect(() => parts('hold {claims}', {})).toThrow('no value for {claims}');
	});
});
