/**
 * The packages a run loads only when it needs them (exceljs, fflate, pdfjs-dist, word-extractor,
 * yaml, chalk), all through one function. The command runs its bundle as a script compiled from
 * V8's code cache (bin/cli-script.js), where Node 20 can restore no callback for a dynamic
 * `import()`: the command lends its own loader, a module's, through {@link usePackageLoader}.
 */

/** Loads a package by name, as `import(name)` does. */
export type PackageLoader = (name: string) => Promise<unknown>;

let loader: PackageLoader = (name) => import(name);

/**
 * The package's module, loaded once (the loader's module cache keeps it).
 *
 *     const { parseDocument } = await loadPackage<typeof import('yaml')>('yaml');
 */
export function loadPackage<T>(name: string): Promise<T> {
  return loader(name) as Promise<T>;
}

/** Sets how packages are loaded from now on. */
export function usePackageLoader(next: PackageLoader): void {
  loader = next;
}
