import type { CheckedCorpus } from '../corpus/check/index';

/**
 * Redirects that keep renamed claims' old addresses working: `/claims/<former-id>/` (and its
 * English twin) lead to the claim's current page. The in-source anchor `#<former-id>` is kept
 * by the source page itself.
 */
export function formerClaimRedirects(corpus: Pick<CheckedCorpus, 'sources'>, base = '/'): Record<string, string> {
	// Astro puts the base before the old address itself, not before the destination.
	const to = base.replace(/\/$/, '');
	const redirects: Record<string, string> = {};
	for (const source of corpus.sources)
		for (const claim of source.data.claims)
			for (const former of claim.formerIds)
				for (const prefix of ['', '/en'])
					redirects[`${prefix}/claims/${former}/`] = `${to}${prefix}/claims/${claim.id}/`;
	return redirects;
}
