#!/usr/bin/env node
// For Playwright's webServer: build the renderer for the browser and serve it on exactly the port given
// (`--port N`), failing rather than moving to another port the tests would not find. `--head-office URL`
// (or HEAD_OFFICE_URL) is the head office the app is pointed at, answered as /head-office.json.
import { buildWeb, checkHeadOfficeUrl, portFrom, previewWeb } from './web.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const port = portFrom(arg('--port') ?? process.env.PORT);
const headOffice = arg('--head-office') ?? process.env.HEAD_OFFICE_URL;
const headOfficeUrl = headOffice ? checkHeadOfficeUrl(headOffice) : null;

await buildWeb();
const { url } = await previewWeb({ port, strictPort: true, headOfficeUrl });
console.log(`serve-web: ${url}${headOfficeUrl ? ` (head office ${headOfficeUrl})` : ''}`);
