# The API (which also serves the built web app) for production-like runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node tools/build-api.mjs && node node_modules/vite/bin/vite.js build --config apps/web/vite.config.ts

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# Same V8 flags as tools/api-process.mjs.
CMD ["node", "--max-semi-space-size=16", "--max-old-space-size=512", "dist/apps/api/main.js"]
