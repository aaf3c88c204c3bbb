/** The claims index's filter: the table is complete without it; with it, rows can be narrowed down. */
export function enhanceClaimFilter(): void {
	const form = document.querySelector<HTMLFormElement>('[data-claim-filter]');
	if (!form) return;
	const rows = [...document.querySelectorAll<HTMLTableRowElement>('.claims-table tbody tr')];
	const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
	const fold = (text: string) => text.toLocaleLowerCase().replace(/ё/g, 'е');
	const apply = () => {
		const data = new FormData(form);
		const q = fold(String(data.get('q') ?? '').trim());
		let shown = 0;
		for (const row of rows) {
			const visible =
				(!data.get('source') || row.dataset.source === data.get('source')) &&
				(!data.get('kind') || row.dataset.kind === data.get('kind')) &&
				(!data.get('theme') || (row.dataset.themes ?? '').split(' ').includes(String(data.get('theme')))) &&
				(!q || fold(row.textContent ?? '').includes(q));
			row.hidden = !visible;
			if (visible) shown++;
		}
		count.textContent = (count.dataset.template ?? '').replace('{n}', String(shown));
	};
	// A link such as a source page's «claims of this source» arrives with its filter in the URL.
	for (const [name, value] of new URLSearchParams(location.search)) {
		const field = form.elements.namedItem(name);
		if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
	}
	form.addEventListener('input', apply);
	form.addEventListener('submit', (event) => event.preventDefault());
	apply();
}
