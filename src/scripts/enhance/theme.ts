/** The colour-scheme button: switches light and dark and remembers the choice for every page. */
export function enhanceThemeToggle(): void {
	const root = document.documentElement;
	const current = () => root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
	for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
		toggle.addEventListener('click', () => {
			const next = current() === 'dark' ? 'light' : 'dark';
			root.dataset.theme = next;
			try {
				localStorage.setItem('theme', next);
			} catch {
				// Storage refused (private mode, policy): the choice holds for this page only.
			}
		});
	}
}
