import { readEssayCitations } from '../essay-citations';
import type { Check, IntegrityIssue } from './issues';

/**
 * Every `<Claim>` and `<Cite>` of an essay names an existing claim by a literal id, and every
 * paragraph cites one unless it is wrapped in `<Editorial>`.
 */
export const essayCitations: Check = ({ corpus, textOf, isClaim }) => {
	const issues: IntegrityIssue[] = [];
	for (const { file } of corpus.essays) {
		try {
			const { citations, uncitedParagraphs } = readEssayCitations(textOf(file));
			for (const citation of citations) {
				if (citation.id === undefined)
					issues.push({
						file,
						where: `line ${citation.line}`,
						message: `<${citation.component}> needs a literal id="claim-id" attribute`,
					});
				else if (!isClaim(citation.id))
					issues.push({
						file,
						where: `line ${citation.line}`,
						message: `<${citation.component} id="${citation.id}"/> cites a claim that does not exist`,
					});
			}
			for (const line of uncitedParagraphs)
				issues.push({
					file,
					where: `line ${line}`,
					message:
						'paragraph cites no claim: cite one with <Claim id="…"/> or <Cite id="…"/>, or wrap editorial context in <Editorial>',
				});
		} catch (error) {
			const e = error as Error & { line?: number };
			issues.push({ file, where: `line ${e.line ?? '?'}`, message: `is not valid MDX: ${e.message.split('\n')[0]}` });
		}
	}
	return issues;
};

/** Sources, essays and pages have a body. */
export const bodiesNotEmpty: Check = ({ corpus }) =>
	[
		...corpus.sources.map((s) => ({ ...s, message: 'is empty: the body must hold the source text' })),
		...corpus.essays.map((e) => ({ ...e, message: 'is empty: an essay needs text' })),
		...corpus.pages.map((p) => ({ ...p, message: 'is empty' })),
	]
		.filter(({ body }) => !body.trim())
		.map(({ file, message }) => ({ file, where: 'body', message }));
