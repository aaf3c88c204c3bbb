// The one script a page runs on its own, inline in <head> before the first paint. It applies the
// colour scheme a reader chose on an earlier page, and otherwise only waits: the enhancements
// (search; copy buttons, colour-scheme toggle, claim filter) load on their first use, replaying
// the click or key that asked for them, or at once where the page needs them (the search page;
// an address that carries a search, a highlight or a filter). Written to run as is: CSP allows it by its hash.
(() => {
	const root = document.documentElement;
	try {
		const stored = localStorage.getItem('theme');
		if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
	} catch {
		// Storage is blocked: the page follows the system's scheme.
	}
	// Two modules, by the name of the meta element that holds each one's address: the search
	// (its controls say `data-enhance="search"`, and its shortcuts) and the other enhancements.
	const loading = {};
	const ready = {};
	const load = (name) =>
		(loading[name] ??= import(document.querySelector(`meta[name="${name}"]`).content).then(() => (ready[name] = true)));
	const moduleOf = (control) => (control.dataset.enhance === 'search' ? 'search-enhancements' : 'enhancements');
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
			if (!control || ready[moduleOf(control)] || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
			e.preventDefault();
			e.stopImmediatePropagation();
			load(moduleOf(control)).then(() =>
				control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })),
			);
		},
		true,
	);
	document.addEventListener(
		'keydown',
		(e) => {
			if (ready['search-enhancements'] || !shortcut(e)) return;
			e.preventDefault();
			load('search-enhancements').then(() => document.dispatchEvent(new KeyboardEvent('keydown', e)));
		},
		true,
	);
	document.addEventListener('focusin', (e) => e.target.closest?.('[data-enhance-on-focus]') && load('enhancements'));
	document.addEventListener('DOMContentLoaded', () => {
		if (document.querySelector('[data-search-page]') || new URLSearchParams(location.search).has('hl'))
			load('search-enhancements');
		if (location.search) load('enhancements');
	});
})();
