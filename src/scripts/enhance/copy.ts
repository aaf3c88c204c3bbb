/** How long the confirmation stays on screen. */
const SHOWN_MS = 4000;

const textToCopy = (button: HTMLButtonElement): string | undefined => {
	const { copyUrl, copyTarget } = button.dataset;
	if (copyUrl) return new URL(copyUrl, window.location.href).href;
	if (copyTarget) return document.getElementById(copyTarget)?.textContent ?? undefined;
	return undefined;
};

/**
 * «Copy» buttons: each copies an absolute URL (`data-copy-url`, resolved against the page, so
 * `#p-3` works) or an element's text (`data-copy-target`), and confirms in its live region with
 * the `data-done` or `data-failed` message of the button or of an element around it.
 */
export function enhanceCopyButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		const status = button.nextElementSibling as HTMLElement | null;
		const messages = button.closest<HTMLElement>('[data-done]')?.dataset ?? {};
		let timer: number | undefined;
		button.addEventListener('click', async () => {
			const text = textToCopy(button);
			let message = messages.failed ?? '';
			try {
				if (text === undefined) throw new Error('nothing to copy');
				await navigator.clipboard.writeText(text);
				message = messages.done ?? '';
				button.dataset.copied = '';
			} catch {
				delete button.dataset.copied;
			}
			if (!status) return;
			status.textContent = message;
			window.clearTimeout(timer);
			timer = window.setTimeout(() => {
				status.textContent = '';
				delete button.dataset.copied;
			}, SHOWN_MS);
		});
	}
}
