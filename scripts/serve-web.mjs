#!/usr/bin/env node
// For Playwright's webServer: build the renderer for the browser and serve it on exactly the port given
// (`--port N`), failing rather than moving to another port the tests would not find.
import { buildWeb, portFrom, previewWeb } from './web.mjs';

const flag = process.argv.indexOf('--port');
const port = portFrom(flag >= 0 ? process.argv[flag + 1] : process.env.PORT);

await buildWeb();
const { url } = await previewWeb({ port, strictPort: true });
console.log(`serve-web: ${url}`);
