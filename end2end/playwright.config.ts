// End-to-end tests in Debian's headless Chromium. Every flow runs twice: as a browser with
// JavaScript (the hydrated app, no reloads) and without (plain form posts).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// The tests' own mail server (the `mailbox` example): SMTP for the platform, HTTP for the
// tests to read what it received. See `mailTo` in tests/helpers.ts.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3125);
const mailPort = Number(process.env.E2E_MAIL_PORT ?? 3126);
const target = process.env.CARGO_TARGET_DIR ?? `${process.env.HOME}/.cache/forsamling/target`;
const serverBin = process.env.SERVER_BIN ?? `${target}/debug/server`;
const mailboxBin = process.env.MAILBOX_BIN ?? `${target}/debug/examples/mailbox`;
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
  webServer: [
  {
    command: `exec "${mailboxBin}" 127.0.0.1:${smtpPort} 127.0.0.1:${mailPort}`,
    url: `http://127.0.0.1:${mailPort}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  {
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
      FORSAMLING_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // Every test's browser comes from 127.0.0.1: the limits per address are off, the
      // limits per account and per recipient are the defaults.
      FORSAMLING_LIMIT_REGISTER_PER_ADDRESS: 'off',
      FORSAMLING_LIMIT_LOG_IN_PER_ADDRESS: 'off',
      FORSAMLING_LIMIT_MAIL_PER_ADDRESS: 'off',
      FORSAMLING_LIMIT_REPORTS_PER_ADDRESS: 'off',
      FORSAMLING_LIMIT_COMMENTS_PER_ADDRESS: 'off',
      FORSAMLING_LIMIT_PROPOSALS_PER_ADDRESS: 'off',
      RUST_LOG: 'warn',
    },
  },
  ],
});
