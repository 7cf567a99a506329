/** Messages between the UI and the PDF worker. */
export interface PdfRequest {
  jobId: number;
  docDefinition: unknown;
}

export type PdfResponse =
  | { kind: 'progress'; jobId: number; stage: 'fonts' | 'layout' | 'render'; fraction: number }
  | { kind: 'done'; jobId: number; bytes: ArrayBuffer; sha256: string }
  | { kind: 'failed'; jobId: number; message: string };
