import { normalizeWhitespace, occurrences, paragraphsOf } from '../verbatim';
import type { Check, IntegrityIssue } from './issues';

/** Whether two strings differ only by case or ё/е: the usual reason a quote "almost" matches. */
const foldedEqual = (a: string, b: string) => a.toLowerCase().replace(/ё/g, 'е') === b.toLowerCase().replace(/ё/g, 'е');

function quoteIssue(quote: string, paragraphs: string[]): string | undefined {
	const needle = normalizeWhitespace(quote);
	const hits = paragraphs.flatMap((paragraph, index) => occurrences(paragraph, needle).map(() => index));
	if (hits.length === 1) return undefined;
	if (hits.length > 1)
		return `occurs ${hits.length} times in the body (paragraphs ${hits.map((i) => i + 1).join(', ')}); lengthen it until it is unique`;
	const joined = paragraphs.join(' ');
	if (joined.includes(needle)) return 'spans more than one paragraph; a quote must lie within one paragraph';
	const near = paragraphs.some((paragraph) => {
		for (let i = 0; i + needle.length <= paragraph.length; i++)
			if (foldedEqual(paragraph.slice(i, i + needle.length), needle)) return true;
		return false;
	});
	return near
		? 'is not in the body verbatim: it matches only if case or ё/е are ignored, and quotes must be exact'
		: 'is not in the body (compared verbatim, whitespace collapsed)';
}

/**
 * Every claim's quote is in its source's body verbatim (whitespace collapsed, nothing folded),
 * within one paragraph, exactly once. An empty body is reported by `bodiesNotEmpty`.
 */
export const quotesInBodies: Check = ({ corpus }) => {
	const issues: IntegrityIssue[] = [];
	for (const { file, data, body } of corpus.sources) {
		const paragraphs = paragraphsOf(body).map(normalizeWhitespace);
		if (!paragraphs.length) continue;
		data.claims.forEach((claim, index) => {
			const problem = quoteIssue(claim.quote, paragraphs);
			if (problem) issues.push({ file, where: `claims[${index}] (${claim.id}).quote`, message: problem });
		});
	}
	return issues;
};
