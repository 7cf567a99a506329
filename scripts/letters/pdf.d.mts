/** Types for pdf.mjs, so TypeScript tests can render letters with the same code as the CLI. */
export function letterPdfmake(): unknown;
export function renderPdf(docDefinition: object): Promise<Uint8Array>;
export function renderSlices(slices: readonly object[], joinPdfs: (parts: readonly Uint8Array[]) => Uint8Array): Promise<Uint8Array>;
