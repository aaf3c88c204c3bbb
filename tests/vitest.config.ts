import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Four projects, each runnable alone (`npm run test:unit`, `test:build`, `test:browser`,
 * `test:bench`): pure functions; the built `dist/`; headless Chromium against it; the scale
 * benchmark's harness. The build and browser projects share one build of the site (at the root
 * and under a sub-path), made once by the global setup before any of them runs.
 */
export default defineConfig({
	test: {
		root,
		// Limits, not timings: a browser test on a machine busy with builds may take a while.
		testTimeout: 120_000,
		hookTimeout: 180_000,
		// A browser waits on Chromium, which a busy machine slows: an `expect.poll` gets 10 s, not
		// Vitest's 1 s (a copy button once took longer than that to appear under a load of 15).
		expect: { poll: { timeout: 10_000 } },
		// Two cores: more workers only contend with the build and Chromium.
		maxWorkers: 2,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/setup/build-site.ts'],
					// The files share one module registry per worker, so `tests/support/dist.ts` parses
					// each built page once for all build checks, not once per file.
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/e2e/**/*.test.ts'],
					// The grown corpus's build starts after the site's and runs beside the tests.
					globalSetup: ['tests/setup/build-site.ts', 'tests/setup/build-grown-site.ts'],
				},
			},
			// The scale benchmark's harness at a small size: it builds its own copy of the site.
			{ extends: true, test: { name: 'bench', include: ['tests/bench/**/*.test.ts'] } },
		],
	},
});
