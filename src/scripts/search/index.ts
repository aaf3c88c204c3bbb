import type { Locale } from '../../schemas/common';
import { mountSearch } from './ui';

/**
 * Search everywhere: the header link, `/` and Ctrl+K open the search dialog (on the search page,
 * its own box); the search page mounts its interface; a page reached from a result marks the
 * words searched for. A module of its own, which the inline bootstrap loads for these alone (not
 * after the other enhancements, one file and one round trip more per first query), with the
 * search code in it.
 */
function enhanceSearch(): void {
	const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
	const locale = (document.documentElement.lang === 'en' ? 'en' : 'ru') satisfies Locale;
	const page = document.querySelector<HTMLElement>('[data-search-page]');
	let mounted: Promise<{ focus(): void }> | undefined;

	const open = async () => {
		if (!dialog || page) return page?.querySelector('input')?.focus();
		dialog.showModal();
		mounted ??= mountSearch(dialog.querySelector('[data-search-mount]')!, {
			locale,
			mode: 'dialog',
			onClose: () => dialog.close(),
		});
		(await mounted).focus();
	};

	for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-search-link]')) {
		link.addEventListener('click', (event) => {
			if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			void open();
		});
	}
	document.addEventListener('keydown', (event) => {
		if (isSearchShortcut(event)) {
			event.preventDefault();
			void open();
		}
	});
	dialog?.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});

	if (page) {
		document.querySelector('[data-search-nojs]')?.remove();
		void mountSearch(page, { locale, mode: 'page' }).then((ui) => ui.focus());
	}
	// A chunk of its own, on the search module's matching code: a first query does not load it,
	// and a page reached from a result loads the search code with it.
	if (new URLSearchParams(location.search).has('hl'))
		void import('./highlight').then(({ highlightFromUrl }) => highlightFromUrl(locale));
}

/** `/` outside a text field, or Ctrl+K / ⌘K anywhere. */
function isSearchShortcut(event: KeyboardEvent): boolean {
	const typing = (event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]');
	return (
		(event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
		(event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)
	);
}

enhanceSearch();
