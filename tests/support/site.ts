import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser';
import { dist } from './dist';
import { serve } from './server';

/**
 * Chromium and a local server for the built site, for the tests of one file: started before
 * them, closed after. `DIST_DIR` points the tests at another build.
 */
export function useSite(): { readonly browser: Browser; readonly url: string } {
	let browser: Browser | undefined;
	let site: Awaited<ReturnType<typeof serve>> | undefined;
	beforeAll(async () => {
		[browser, site] = await Promise.all([launch(), serve(process.env.DIST_DIR ?? dist)]);
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
