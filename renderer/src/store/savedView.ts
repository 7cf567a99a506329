import { z } from 'zod';
import { CaseListFiltersSchema, CaseSortSchema } from '../../../shared/domain/caseQuery';

/** A named list setup a collector comes back to: filters, sort, search and visible columns. */
export const SavedViewSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(40),
  filters: CaseListFiltersSchema,
  sort: CaseSortSchema,
  search: z.string().max(100),
  hiddenColumns: z.array(z.string()),
  createdAt: z.string(),
});
export type SavedView = z.infer<typeof SavedViewSchema>;
