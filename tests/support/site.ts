import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser';
import { dist } from './dist';
import { serve } from './server';

/**
 * Chromium and a local server for the built site, for the tests of one file: started before
 * them, closed after. `url` has no trailing slash: tests append root paths (`/sources/x/`).
 * `DIST_DIR` points the tests at another build; `dir` and `base` serve another build under a sub-path.
 */
export function useSite(options: { dir?: string; base?: string } = {}): {
	readonly browser: Browser;
	readonly url: string;
} {
	let browser: Browser | undefined;
	let site: Awaited<ReturnType<typeof serve>> | undefined;
	beforeAll(async () => {
		[browser, site] = await Promise.all([
			launch(),
			serve(options.dir ?? process.env.DIST_DIR ?? dist, { base: options.base }),
		]);
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get browser() {
			if (!browser) throw new Error('the browser starts in beforeAll');
			return browser;
		},
		get url() {
			if (!site) throw new Error('the server starts in beforeAll');
			return site.url;
		},
	};
}
