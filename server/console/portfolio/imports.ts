import type { FastifyInstance } from 'fastify';
import { importExtract } from '../../import/apply';
import { portfolioTemplateCsv } from '../../import/template';
import type { ConsoleDeps } from '../deps';
import { extractImportRoutes } from '../extractImports';

/** The portfolio extract's uploads (docs/server.md, "Portfolio in the console"), by the console's import machinery. */
export function importRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  extractImportRoutes(app, deps, {
    kind: 'portfolio', path: '/admin/portfolio/imports', tag: 'portfolio', what: 'a core-banking extract',
    run: (db, extract, options) => importExtract(db, extract, options),
    template: { fileName: 'portfolio-extract-template.csv', csv: portfolioTemplateCsv },
  });
}
