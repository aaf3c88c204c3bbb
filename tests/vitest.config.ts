import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/{unit,build,e2e}/**/*.test.ts'],
		// The build and browser tests read the real site, built once before any test runs.
		globalSetup: ['tests/setup/build-site.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// Two cores: browser tests share one Chromium per file; more workers only contend.
		maxWorkers: 2,
	},
});
