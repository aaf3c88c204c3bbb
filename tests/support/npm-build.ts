import { spawn, type ChildProcess } from 'node:child_process';

/** How a build ended: its exit status (`null` if stopped by a signal) and everything it printed. */
export interface BuildResult {
	status: number | null;
	output: string;
}

/**
 * Starts `npm run build` in `cwd` (niced if `nice`, so that other work comes first), in a process
 * group of its own so that {@link stopBuild} stops all of it (npm, Astro, Pagefind); `ended`
 * resolves when it exits, with its output.
 */
export function startBuild(
	cwd: string,
	env: NodeJS.ProcessEnv,
	options: { nice?: boolean } = {},
): { child: ChildProcess; ended: Promise<BuildResult> } {
	const command = options.nice ? ['nice', '-n', '10', 'npm'] : ['npm'];
	const child = spawn(command[0], [...command.slice(1), 'run', 'build'], {
		cwd,
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		detached: true,
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const ended = new Promise<BuildResult>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
	return { child, ended };
}

/** Stops a build started by {@link startBuild} if it is still running. */
export function stopBuild(child: ChildProcess): void {
	if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
}
