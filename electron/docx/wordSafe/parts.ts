import { Packer, type Document } from 'docx';

/** An extra part written into the package (docProps/core.xml …). */
export type ExtraPart = { path: string; data: string };

type Compiled = Map<string, string | Uint8Array | ArrayBuffer>;
type Compiler = { compile(file: Document, prettify: undefined, overrides: ExtraPart[]): Compiled };

/**
 * The package's parts as the `docx` package makes them, by path, before it zips them: its
 * Packer's own compiler (the one `Packer.toBuffer` uses) when it is there, so nothing is
 * compressed twice; otherwise (another version of the package) its packed bytes unzipped (with
 * fflate, loaded only then).
 */
export async function documentParts(document: Document, extra: readonly ExtraPart[]): Promise<Map<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  const parts =
    typeof compiler?.compile === 'function'
      ? compiler.compile(document, undefined, [...extra])
      : new Map(
          Object.entries((await import('fflate')).unzipSync(new Uint8Array(await Packer.toArrayBuffer(document, false, [...extra])))),
        );
  return new Map([...parts].map(([path, data]) => [path, data instanceof ArrayBuffer ? new Uint8Array(data) : data]));
}
