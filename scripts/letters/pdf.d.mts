/** Types for pdf.mjs, so TypeScript tests can render letters with the same code as the CLI. */
export function letterPdfmake(): unknown;
export function renderPdf(docDefinition: object): Promise<Uint8Array>;
