/**
 * The slice of citation-js (which ships no types) that `references.ts` uses. The plugins register
 * themselves on import.
 */
declare module '@citation-js/core' {
	/** A bibliography: data in, formatted references out. */
	export class Cite {
		constructor(data: object | object[]);
		format(format: 'bibliography', options: { template: string; lang?: string; format?: 'text' | 'html' }): string;
		format(format: 'bibtex', options?: { format?: 'text' }): string;
	}
	/** A named store of CSL styles or locales (XML text). */
	interface Register {
		add(name: string, xml: string): void;
		has(name: string): boolean;
	}
	/** Configuration of the registered plugins, by plugin name (`@csl`, `@bibtex`). */
	export const plugins: {
		config: {
			get(name: '@csl'): { styles: Register; locales: Register };
			get(name: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';

/** A CSL style imported as its text (Vite's `?raw`). */
declare module '*.csl?raw' {
	const text: string;
	export default text;
}
/** A CSL locale imported as its text (Vite's `?raw`). */
declare module '*.xml?raw' {
	const text: string;
	export default text;
}
