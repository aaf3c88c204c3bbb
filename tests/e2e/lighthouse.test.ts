import { describe, expect, it } from 'vitest';
import { auditedPaths, auditPages, type Category } from '../lighthouse/audit';

/**
 * The Lighthouse categories that do not depend on how fast the machine is at the moment, so a
 * test can hold them at 100. Performance is measured by `npm run lighthouse` and recorded in the
 * README instead.
 */
const DETERMINISTIC: Category[] = ['accessibility', 'best-practices', 'seo'];

describe('Lighthouse', () => {
	it(
		'scores 100 for accessibility, best practices and SEO on the home, a source, a claim, an essay and search, in both editions',
		{ timeout: 600_000 },
		async () => {
			const paths = auditedPaths();
			const audits = await auditPages(paths, DETERMINISTIC);
			expect(audits.map((a) => a.path)).toEqual(paths);
			// On failure the list names each audit that kept a score below 100, by id and title.
			const belowFull = audits.flatMap((a) =>
				DETERMINISTIC.filter((c) => a.scores[c] !== 100).map(
					(c) => `${a.path} ${c} ${a.scores[c]}: ${(a.failing[c] ?? []).join('; ')}`,
				),
			);
			expect(belowFull).toEqual([]);
		},
	);
});
