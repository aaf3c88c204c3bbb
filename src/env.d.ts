/** The inline bootstrap script, compacted; defined in `astro.config.mjs`, which also allows it by hash in the CSP. */
declare const __BOOTSTRAP__: string;

declare namespace App {
	interface Locals {
		/** Citation markers rendered so far on the current page; numbers their preview ids. */
		citeCount?: number;
		/** Ids of the citation previews already on the current page: one per cited claim. */
		citePreviews?: Set<string>;
	}
}
