import { createHash } from 'node:crypto';

/**
 * An inline script as pages carry it: comment lines and indentation dropped. The script must end
 * its statements with semicolons (it is written for this), so joining lines keeps its meaning.
 */
export const compactScript = (source: string): string =>
	source
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('//'))
		.join('\n');

/** The Content-Security-Policy source that allows exactly this inline script. */
export const cspHash = (script: string): `sha256-${string}` =>
	`sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
