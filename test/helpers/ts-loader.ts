/**
 * The TypeScript loader for the test files (tap's `node-arg` in .taprc loads it with `--import`;
 * Node runs this file itself with its built-in type stripping, so it uses erasable syntax only).
 *
 * It transpiles exactly as tap's own ts-node loader did (TypeScript's `transpileModule` with the
 * project's compiler options, ES module output, an inline source map for the coverage report),
 * but keeps each result on disk under node_modules/.cache/test-ts, keyed by the source, the
 * compiler options and the TypeScript version: each test file used to pay ~5-10 s of CPU
 * transpiling the same ~250 modules again, and loading TypeScript itself. Now only a changed
 * file is transpiled, and TypeScript is loaded only then. The hooks run in-thread
 * (`module.registerHooks`), not on a loader thread.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as TypeScript from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rootUrl = pathToFileURL(root).href + '/';
const cacheDir = join(root, 'node_modules', '.cache', 'test-ts');
const require = nodeModule.createRequire(import.meta.url);

// `module.registerHooks` (Node >= 22.15; the project runs on 24) is newer than the @types/node
// pinned here, so its shape is written out.
interface ResolveResult {
  url: string;
  format?: string;
  shortCircuit?: boolean;
}
interface LoadResult {
  format: string;
  source?: string | Uint8Array;
  shortCircuit?: boolean;
}
interface Hooks {
  resolve(specifier: string, context: { parentURL?: string }, nextResolve: (specifier: string, context: { parentURL?: string }) => ResolveResult): ResolveResult;
  load(url: string, context: { format?: string }, nextLoad: (url: string, context: { format?: string }) => LoadResult): LoadResult;
}
const { registerHooks, setSourceMapsSupport, enableCompileCache } = nodeModule as unknown as {
  registerHooks(hooks: Hooks): void;
  setSourceMapsSupport(enabled: boolean, options: { nodeModules: boolean; generatedCode: boolean }): void;
  enableCompileCache(dir: string): unknown;
};

// Without coverage (`tap --disable-coverage`, as CI's PostgreSQL run), V8's compiled code for
// every module (dependencies and the transpiled project files) is kept on disk and reused by the
// next test process, which compiled the same modules again (~0.3 s of CPU per test file). Node
// checks each entry against the module's source, so a changed file is compiled afresh. Not with
// coverage: code from the cache reports fewer branches than freshly compiled code.
if (process.env._TAPJS_PROCESSINFO_COVERAGE_ === '0') enableCompileCache(join(root, 'node_modules', '.cache', 'node-compile'));

// Stack traces (and tap's failure excerpts) point at the TypeScript lines. Only the project's
// own files: `--enable-source-maps` also read and parsed the maps that ~1,000 dependency files
// point at, ~0.3-0.5 s of CPU per test file for stack frames inside libraries.
setSourceMapsSupport(true, { nodeModules: false, generatedCode: false });

// What else decides the output: TypeScript's version, the compiler options and this loader.
const salt = createHash('sha256')
  .update(readFileSync(require.resolve('typescript/package.json')))
  .update(readFileSync(join(root, 'tsconfig.json')))
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex');

let compiler: { ts: typeof TypeScript; options: TypeScript.CompilerOptions } | undefined;
function loadCompiler(): NonNullable<typeof compiler> {
  if (compiler) return compiler;
  const ts = require('typescript') as typeof TypeScript;
  const file = join(root, 'tsconfig.json');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(file, ts.sys.readFile).config, ts.sys, root, undefined, file);
  const options: TypeScript.CompilerOptions = {
    ...parsed.options,
    // ES module output (every file here is ESM: "type": "module"), as ts-node emitted for it.
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    sourceMap: true,
    inlineSourceMap: false,
    inlineSources: false,
    declaration: false,
    declarationMap: false,
    incremental: false,
    composite: false,
    tsBuildInfoFile: undefined,
    noEmit: false,
  };
  compiler = { ts, options };
  return compiler;
}

function transpile(path: string, source: string): string {
  const key = createHash('sha256').update(salt).update(path).update('\0').update(source).digest('hex');
  const cached = join(cacheDir, key.slice(0, 2), `${key}.js`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    // not cached yet
  }
  const { ts, options } = loadCompiler();
  const out = ts.transpileModule(source, { fileName: path, compilerOptions: options, reportDiagnostics: true });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new SyntaxError(`Unable to compile TypeScript:\n${ts.formatDiagnostics(errors, host)}`);
  }
  // The source map names the file itself (as ts-node's did), inline: the coverage report and
  // stack traces map back to the TypeScript lines.
  const map = JSON.parse(out.sourceMapText ?? '{}') as { file?: string; sources?: string[]; sourceRoot?: string };
  map.file = path;
  map.sources = [path];
  delete map.sourceRoot;
  const code = `${out.outputText.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '')}\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
  // Written under a temporary name and renamed: parallel test files may write the same entry.
  mkdirSync(dirname(cached), { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, cached);
  return code;
}

/** A project TypeScript file (not a dependency's). */
const isOwnTs = (url: string) => url.startsWith(rootUrl) && !url.includes('/node_modules/') && /\.m?ts$/.test(url) && !url.endsWith('.d.ts');

registerHooks({
  resolve(specifier, context, nextResolve) {
    // NodeNext imports name the emitted file (`./x.js`); in the sources it is `./x.ts`.
    if (context.parentURL && isOwnTs(context.parentURL) && /^\.\.?\/.*\.m?js$/.test(specifier)) {
      const url = new URL(specifier.replace(/js$/, 'ts'), context.parentURL);
      if (existsSync(url)) return { url: url.href, format: 'module', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (!isOwnTs(url)) return nextLoad(url, context);
    const path = fileURLToPath(url);
    return { format: 'module', source: transpile(path, readFileSync(path, 'utf8')), shortCircuit: true };
  },
});
