/**
 * The keyboard side of the ARIA combobox pattern: the input owns a listbox of results, arrow keys
 * move the active option, Enter opens it (or submits the search), Escape leaves the option, then
 * the dialog; the pointer moves the active option too.
 */
export function combobox(
	input: HTMLInputElement,
	list: HTMLElement,
	handlers: { submit(): void; close?(): void },
): { reset(options: HTMLLIElement[]): void } {
	let options: HTMLLIElement[] = [];
	let active = -1;
	const setActive = (index: number) => {
		options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
		active = index;
		if (index >= 0) {
			input.setAttribute('aria-activedescendant', options[index].id);
			options[index].scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' && options.length) {
			event.preventDefault();
			setActive((active + 1) % options.length);
		} else if (event.key === 'ArrowUp' && options.length) {
			event.preventDefault();
			setActive(active <= 0 ? options.length - 1 : active - 1);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			if (active >= 0) options[active].querySelector('a')?.click();
			else handlers.submit();
		} else if (event.key === 'Escape') {
			if (active >= 0) setActive(-1);
			else handlers.close?.();
		}
	});
	list.addEventListener('mousemove', (event) => {
		const option = (event.target as HTMLElement).closest('[role="option"]');
		if (option) setActive(options.indexOf(option as HTMLLIElement));
	});
	return {
		/** New results: none is active. */
		reset(next) {
			options = next;
			active = -1;
			input.setAttribute('aria-expanded', String(options.length > 0));
			input.removeAttribute('aria-activedescendant');
		},
	};
}
