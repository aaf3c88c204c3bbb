/** The claims index's filter: the table is complete without it; with it, rows can be narrowed down. */
export function enhanceClaimFilter(): void {
	const filter = document.querySelector<HTMLElement>('[data-claim-filter]');
	if (!filter) return;
	const rows = [...document.querySelectorAll<HTMLTableRowElement>('.claims-table tbody tr')];
	const count = filter.querySelector<HTMLElement>('[data-filter-count]')!;
	const fields = new Map(
		[...filter.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((f) => [f.name, f]),
	);
	const value = (name: string) => fields.get(name)?.value ?? '';
	const fold = (text: string) => text.toLocaleLowerCase().replace(/ё/g, 'е');
	const apply = () => {
		const q = fold(value('q').trim());
		let shown = 0;
		for (const row of rows) {
			const visible =
				(!value('source') || row.dataset.source === value('source')) &&
				(!value('kind') || row.dataset.kind === value('kind')) &&
				(!value('theme') || (row.dataset.themes ?? '').split(' ').includes(value('theme'))) &&
				(!q || fold(row.textContent ?? '').includes(q));
			row.hidden = !visible;
			if (visible) shown++;
		}
		count.textContent = (count.dataset.template ?? '').replace('{n}', String(shown));
	};
	// A link such as a source page's «claims of this source» arrives with its filter in the URL.
	for (const [name, v] of new URLSearchParams(location.search)) {
		const field = fields.get(name);
		if (field) field.value = v;
	}
	filter.addEventListener('input', apply);
	apply();
}
