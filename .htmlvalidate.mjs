// html-validate's configuration, found by itself next to `dist/`. The build test
// `tests/build/html-validity.test.ts` checks every built page against it.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Style only, and the two halves of the site are serialised by different code: Astro writes
		// Russian pages (`<!DOCTYPE html>`, `crossorigin`), and English pages go through
		// hast-util-to-html in src/middleware.ts (`<!doctype html>`, `crossorigin=""`). Browsers
		// read both forms identically.
		'doctype-style': 'off',
		'attribute-empty-style': 'off',
		// Astro keeps the whitespace of templates between inline elements; at the end of a line it
		// renders as nothing and cannot be configured away in the output.
		'no-trailing-whitespace': 'off',
		// 70 characters is how much of a title a search result shows. Titles here are a source's,
		// essay's or claim's own title plus the site's name (appended by the layout); a longer tab
		// title is truncated by the browser, not wrong.
		'long-title': 'off',
	},
};
