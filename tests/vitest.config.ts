import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	test: {
		root,
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// Two cores: more workers only contend with the build and Chromium.
		maxWorkers: 2,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// The scale benchmark's harness at its smallest sizes: it builds its own copies of the site.
			{ extends: true, test: { name: 'bench', include: ['tests/bench/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					// The build and browser tests read the real site, built once before they run.
					globalSetup: ['tests/setup/build-site.ts'],
				},
			},
		],
	},
});
