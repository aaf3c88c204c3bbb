import type { AstroIntegration } from 'astro';
import { dictionaryProblems } from '../i18n/check';
import en from '../i18n/en';
import ru from '../i18n/ru';
import { formatIssues, type checkCorpus } from '../lib/corpus/check/index';

/**
 * Refuses to build a site from broken content. Astro's own schema check does not see bodies,
 * and `reference()` to a missing id only logs, so the whole corpus is checked here first and
 * every problem is reported at once, each naming its file and field. Takes the result of
 * `checkCorpus`, run once in the Astro config.
 */
export function corpusIntegrity({ issues, corpus }: ReturnType<typeof checkCorpus>): AstroIntegration {
	return {
		name: 'corpus-integrity',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				if (issues.length) {
					throw new Error(`The content has ${issues.length} problem(s):\n${formatIssues(issues)}`);
				}
				const strings = dictionaryProblems({ ru, en });
				if (strings.length) throw new Error(`The interface strings differ between editions:\n${strings.join('\n')}`);
				const claims = corpus.sources.reduce((sum, s) => sum + s.data.claims.length, 0);
				logger.info(
					`${corpus.sources.length} sources, ${claims} claims, ${corpus.essays.length} essays: all quotes found, all references resolved.`,
				);
			},
		},
	};
}
