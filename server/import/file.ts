import { problem, type ImportMessageCode, type ImportProblem, type MessageParams } from './messages';

/** The shapes of an extract as read from a file, shared by the CSV and XLSX readers (server/import/extract.ts). */

export interface CellProblem {
  field: string;
  problem: ImportProblem;
}

export interface ExtractRow {
  /** 1-based line (CSV record) or worksheet row number; the header is row 1. */
  rowNumber: number;
  cells: Record<string, string>;
  /** Cells that could not be read as text (XLSX formula without a value, error or boolean cell). */
  problems?: CellProblem[];
}

export interface Extract {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'gb18030' | null;
  /** Column names, trimmed and lower case, in file order. A column not here was not provided. */
  header: string[];
  rows: ExtractRow[];
}

export interface ReadOptions {
  /** XLSX: the worksheet to read; by default the first visible one. */
  sheet?: string;
  /** CSV lines that are not text in the file's encoding: tolerated (and rejected row by row) up to this. */
  undecodable?: { share: number; rows: number };
}

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  readonly problem: ImportProblem;
  constructor(code: ImportMessageCode, params: MessageParams = {}) {
    const p = problem(code, params);
    super(p.reason);
    this.problem = p;
  }
}

/** The character that marks bytes that were not text in the file's encoding. */
export const UNDECODABLE = '\uFFFD';

export interface RawRecord {
  rowNumber: number;
  values: string[];
  problems?: { column: number; problem: ImportProblem }[];
}

