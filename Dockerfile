# Head office (server/) as a container: docs/operations.md. Build: docker build -t recovery-desk-head-office .
# With PostgreSQL: compose.yaml. test/server/ops/containerRecipe.test.ts checks this file's inputs and runs its
# final stage's install and command on the machine (CI has no container runtime).

# Stage 1: compile server/ and shared/ into dist/head-office.mjs (scripts/build-server.mjs).
FROM node:22-bookworm-slim AS build
WORKDIR /app
# Dev dependencies include Electron and Playwright: their downloads are not needed to compile the service.
ENV ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json tsconfig.node.json ./
COPY scripts/build-server.mjs scripts/build-server.mjs
COPY server server
COPY shared shared
RUN node scripts/build-server.mjs
# The head-office console's pages (served at /console/ from out/console, CONSOLE_DIR).
COPY console console
RUN npx vite build --config console/vite.config.ts --logLevel warn

# Stage 2: production dependencies and the bundle only. No compiler, no dev dependency, no source.
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 DATA_DIR=/data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist/head-office.mjs /app/dist/head-office.mjs.map dist/
COPY server/run.mjs server/run.mjs
COPY --from=build /app/out/console out/console
# The monthly report's PDF (server/kpi/reportFiles.ts) is drawn with the letters' font, read from resources/fonts.
COPY resources/fonts/SourceHanSansSC-Regular.otf resources/fonts/SourceHanSansSC-LICENSE.txt resources/fonts/
# DATA_DIR: the generated token secret (when TOKEN_SECRET is not set) and, without DATABASE_URL, PGlite's data.
RUN install -d -o node -g node /data
VOLUME /data
USER node
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/run.mjs"]
