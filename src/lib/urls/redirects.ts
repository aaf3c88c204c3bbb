import { locales } from '../../schemas/common';
import type { CheckedCorpus } from '../corpus/files';
import { localeHref, localePath } from './locale';
import { paths } from './routes';

/**
 * Redirects that keep renamed claims' old addresses working: `/claims/<former-id>/` (and its
 * English twin) lead to the claim's current page. The in-source anchor `#<former-id>` is kept
 * by the source page itself.
 */
export function formerClaimRedirects(corpus: Pick<CheckedCorpus, 'sources'>, base = '/'): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const source of corpus.sources)
		for (const claim of source.data.claims)
			for (const former of claim.formerIds)
				for (const locale of locales)
					// Astro puts the base before the old address itself, not before the destination.
					redirects[localePath(locale, paths.claim(former))] = localeHref(locale, paths.claim(claim.id), base);
	return redirects;
}
