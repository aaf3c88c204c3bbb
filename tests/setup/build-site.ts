import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the site exactly as `npm run build` does, once per test run, so that the build and
 * browser tests check the real output. `REUSE_DIST=1` skips the build when `dist/` exists
 * (for quick local iterations only; CI always builds).
 */
export default function setup() {
	if (process.env.REUSE_DIST === '1' && existsSync(`${root}/dist/index.html`)) return;
	const started = Date.now();
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) {
		throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	console.log(`site built for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
