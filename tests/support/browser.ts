import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium: browser downloads are not reachable, so tests use the system one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with what a sandboxed CI machine needs. */
export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

/**
 * How a test waits for a search to answer (`page.waitForFunction`): up to a minute, for a
 * machine busy with builds; checked every 100 ms rather than every frame, so that pages waiting
 * at once leave the processor to the ones working.
 */
export const SEARCH_WAIT = { timeout: 60_000, polling: 100 };

/** Collects console errors and failed requests of a page, to assert a clean load. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// Leaving a page cancels what it was still loading (a favicon, a prefetch): not a failure.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED')
			errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
	});
	return errors;
}

/**
 * Tabs reused from one test to the next: opening a tab cost the browser about three times what
 * an accessibility audit of the page in it does (measured on 40 pages). `withTab` lends an idle
 * tab (or opens one with `open`) and takes it back with its listeners removed; at most as many
 * tabs are open as tests run at once.
 */
export function tabPool(open: () => Promise<Page>) {
	const idle: Page[] = [];
	return async function withTab<T>(use: (page: Page) => Promise<T>): Promise<T> {
		const page = idle.pop() ?? (await open());
		try {
			return await use(page);
		} finally {
			page.removeAllListeners();
			idle.push(page);
		}
	};
}
