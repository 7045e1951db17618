/**
 * A build run inside the extension's build, for what must come out as a file of its own: it sees the
 * same code as the rest (the target browser's constant, Preact's JSX, the browser target, minifying).
 */
import { build, type BuildEnvironmentOptions, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

export async function nestedBuild(config: ResolvedConfig, opts: { plugins?: Plugin[]; build: BuildEnvironmentOptions }): Promise<Rolldown.RolldownOutput> {
  return (await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    define: config.define,
    oxc: config.oxc,
    publicDir: false,
    plugins: opts.plugins ?? [],
    build: {
      write: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      target: config.build.target,
      minify: config.build.minify,
      sourcemap: false,
      ...opts.build,
    },
  })) as Rolldown.RolldownOutput;
}
