# syntax=docker/dockerfile:1
# Build stage: compile TypeScript, the widget and the console (admin/) with dev dependencies.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
COPY genql ./genql
COPY widget ./widget
COPY admin ./admin
COPY scripts ./scripts
RUN npm run build

# Runtime stage: production dependencies only, non-root.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/widget/dist ./widget/dist
COPY --from=build /app/admin/dist ./admin/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/health').then(r=>process.exit(r.status===200?0:1)).catch(()=>process.exit(1))"
# `node dist/src/db/migrate-cli.js` runs migrations (fly.toml release_command); the server also
# applies pending ones at start.
CMD ["node", "dist/src/main.js"]
