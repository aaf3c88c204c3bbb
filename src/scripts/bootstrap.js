// The one script a page runs on its own, inline in <head> before the first paint. It applies the
// colour scheme a reader chose on an earlier page, and otherwise only waits: the enhancements
// (search, copy buttons, colour-scheme toggle, claim filter) load on their first use, replaying
// the click or key that asked for them, or at once where the page needs them (the search page;
// an address that carries a search or a filter). Written to run as is: CSP allows it by its hash.
(() => {
	const root = document.documentElement;
	try {
		const stored = localStorage.getItem('theme');
		if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
	} catch {
		// Storage is blocked: the page follows the system's scheme.
	}
	let loading, ready;
	const load = () =>
		(loading ??= import(document.querySelector('meta[name="enhancements"]').content).then(() => (ready = true)));
	const shortcut = (e) =>
		(e.key === 'k' && (e.ctrlKey || e.metaKey)) ||
		(e.key === '/' &&
			!e.target.closest?.('input, textarea, select, [contenteditable="true"]') &&
			!e.ctrlKey &&
			!e.metaKey &&
			!e.altKey);
	document.addEventListener(
		'click',
		(e) => {
			const link = e.target.closest?.('[data-keep-hash]');
			if (link && location.hash) link.hash = location.hash;
			const control = e.target.closest?.('[data-enhance]');
			if (ready || !control || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
			e.preventDefault();
			e.stopImmediatePropagation();
			load().then(() => control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
		},
		true,
	);
	document.addEventListener(
		'keydown',
		(e) => {
			if (ready || !shortcut(e)) return;
			e.preventDefault();
			load().then(() => document.dispatchEvent(new KeyboardEvent('keydown', e)));
		},
		true,
	);
	document.addEventListener('focusin', (e) => e.target.closest?.('[data-enhance-on-focus]') && load());
	document.addEventListener(
		'DOMContentLoaded',
		() => (location.search || document.querySelector('[data-search-page]')) && load(),
	);
})();
