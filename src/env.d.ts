/** The inline bootstrap script, compacted; defined in `astro.config.mjs`, which also allows it by hash in the CSP. */
declare const __BOOTSTRAP__: string;

declare namespace App {
	interface Locals {
		/** The edition of the page being rendered, set by `src/middleware.ts` before rendering. */
		locale: import('./schemas/common').Locale;
		/**
		 * An essay page's citation numbers by claim id, set by the page before its body renders:
		 * MDX components get no props from the page (Starlight passes route data the same way).
		 */
		essayCitations?: ReadonlyMap<string, number>;
		/** An essay page's component of each claim's first citation, set with `essayCitations`: where its preview goes. */
		essayFirstCiting?: ReadonlyMap<string, 'Claim' | 'Cite'>;
		/** Citation markers rendered so far on the current page; numbers their preview ids. */
		citeCount?: number;
		/** Ids of the citation previews already on the current page: one per cited claim. */
		citePreviews?: Set<string>;
	}
}
