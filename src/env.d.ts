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
		/** Citation markers rendered so far on the current page; numbers their tooltip ids. */
		citeCount?: number;
	}
}
