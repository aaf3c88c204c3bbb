/**
 * `npm run lighthouse` (after `npm run build`): Lighthouse's four category scores for the home,
 * a source, a claim, an essay and the search page of both editions, as a Markdown table.
 * Performance depends on the machine's speed at the time, so it is recorded here (and in the
 * README), never asserted. It is not part of `npm test`: its accessibility category is axe again
 * (tests/e2e/accessibility.test.ts), and best practices and SEO are covered by the build tests
 * (security, sitemap, hreflang, valid HTML). It exits non-zero when those three are not 100.
 */
import { auditedPaths, auditPages, scoreTable } from './audit.ts';

const started = Date.now();
const audits = await auditPages(auditedPaths());
console.log(scoreTable(audits));
for (const a of audits)
	for (const [category, failing] of Object.entries(a.failing))
		for (const audit of failing) console.log(`${a.path} ${category}: ${audit}`);
console.log(`\n${audits.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
// Performance is listed above to explain its score, but never fails the run.
const checked = ['accessibility', 'best-practices', 'seo'] as const;
if (audits.some((a) => checked.some((category) => (a.failing[category] ?? []).length > 0))) process.exitCode = 1;
