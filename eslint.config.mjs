// ESLint's flat config, found by ESLint itself (`npm run lint`, and editors).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// Build output, deliberately broken fixtures, and local scratch files (`*.tmp.ts`, as in .gitignore).
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'src/lib/cite/csl/', '**/*.tmp.ts'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		// Build steps, pages' frontmatter, the tests and the config run in Node. `__BOOTSTRAP__` is the
		// inline script's text, defined by the config for the layout (declared in src/env.d.ts).
		languageOptions: { globals: { ...globals.node, __BOOTSTRAP__: 'readonly' } },
		rules: {
			// `const { id: _id, ...rest } = x` is how a copy leaves a property out; `_id` is never meant to be read.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{
		// The search interface runs in the browser; so do the callbacks tests pass to `page.evaluate`.
		files: ['src/scripts/**', 'tests/**'],
		languageOptions: { globals: globals.browser },
	},
);
