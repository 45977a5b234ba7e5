// End-to-end tests in Debian's headless Chromium. Every flow runs twice: as a browser with
// JavaScript (the hydrated app, no reloads) and without (plain form posts).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const serverBin = process.env.SERVER_BIN ?? `${process.env.HOME}/.cache/forsamling/target/debug/server`;
const siteRoot = process.env.SITE_ROOT ?? '../target/site';

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'nojs', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    // A fresh SQLite database with the demo data for every run.
    command: `rm -rf .tmp && mkdir -p .tmp && exec "${serverBin}" serve --demo`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: 'sqlite://.tmp/e2e.db',
      FORSAMLING_ADDR: `127.0.0.1:${port}`,
      FORSAMLING_PUBLIC_URL: `http://127.0.0.1:${port}`,
      FORSAMLING_SITE_ROOT: siteRoot,
      RUST_LOG: 'warn',
    },
  },
});
