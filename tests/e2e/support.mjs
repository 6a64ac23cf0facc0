// Shared by the end-to-end test files: launching the real app under tauri-driver with its own
// HOME, waiting, screenshots, axe, first-run flows, and feeds published by the real CLI served
// by nginx. Each test file imports what it needs.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, existsSync, cpSync, writeFileSync, chmodSync, openSync, closeSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

export const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "../../ui/package.json"));
export const { remote } = require("webdriverio");
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const application = process.env.WEGWIJS_APP ?? join(root, "target/release/wegwijs-app");
export const artifacts = join(root, "artifacts/e2e");
export const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(artifacts, { recursive: true });


/** Starts tauri-driver and the app with its own HOME; returns the browser and a stop function. */
export async function launch(home, extraEnv = {}, args = []) {
  const driverPort = await freePort();
  const nativePort = await freePort();
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, ".local/share"), XDG_CONFIG_HOME: join(home, ".config"), LANG: "en_US.UTF-8", RUST_BACKTRACE: "0", ...extraEnv };
  // The driver's and the app's output go to a file in the app's HOME, never to this test
  // file's stdout or stderr: an app that outlived its session would hold those open, and the
  // test runner waits for them to close (a CI run hung 22 minutes on one).
  const log = openSync(join(home, "tauri-driver.log"), "a");
  const driver = spawn("tauri-driver", ["--port", String(driverPort), "--native-port", String(nativePort), "--native-driver", "/usr/bin/WebKitWebDriver"], { env, stdio: ["ignore", log, log] });
  closeSync(log);
  let browser;
  for (let attempt = 0; attempt < 60 && !browser; attempt++) {
    try {
      browser = await remote({
        hostname: "127.0.0.1",
        port: driverPort,
        logLevel: "silent",
        connectionRetryCount: 0,
        capabilities: { browserName: "wry", "wdio:enforceWebDriverClassic": true, "tauri:options": { application, args } },
      });
    } catch (error) {
      if (attempt === 59) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const stop = async () => {
    await browser.deleteSession().catch(() => {});
    driver.kill();
    await endProcessesOf(home);
  };
  return { browser, stop };
}

/** Processes whose environment has HOME=`home`: the driver, the app and what they started. */
function processesOf(home) {
  const marker = `HOME=${home}\0`;
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, "latin1").includes(marker);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

/** Waits up to three seconds for everything launched with `home` to exit, then kills the rest,
 * so no app outlives its test (the next launch of the same HOME would meet its locks). */
async function endProcessesOf(home) {
  for (let waited = 0; waited < 3000 && processesOf(home).length > 0; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const pid of processesOf(home)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // exited meanwhile
    }
  }
}

export function freshHome() {
  const home = mkdtempSync(join(tmpdir(), "wegwijs-e2e-"));
  // Tell the system where Downloads is, as a desktop session would.
  mkdirSync(join(home, ".config"), { recursive: true });
  mkdirSync(join(home, "Downloads"), { recursive: true });
  writeFileSync(join(home, ".config/user-dirs.dirs"), 'XDG_DOWNLOAD_DIR="$HOME/Downloads"\n');
  return home;
}

export const byTestId = (browser, id) => browser.$(`[data-testid="${id}"]`);

export async function shot(browser, name) {
  await browser.saveScreenshot(join(artifacts, `${name}.png`));
}

/** Runs axe-core in the page and fails on serious or critical violations; `rules` turns more on. */
export async function checkAccessibility(browser, screen, rules = {}) {
  await browser.execute(axeSource);
  const violations = await browser.executeAsync((more, done) => {
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ["violations"], rules: more }).then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }))));
  }, rules);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(serious, [], `${screen}: ${JSON.stringify(serious)}`);
}

export async function waitFor(browser, id, timeout = 15000) {
  const element = await byTestId(browser, id);
  await element.waitForDisplayed({ timeout });
  return element;
}

export async function setDate(browser, id, value) {
  await browser.execute(
    (testId, date) => {
      const input = document.querySelector(`[data-testid="${testId}"]`);
      input.value = date;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    id,
    value,
  );
}

export async function firstRunInPolish(browser) {
  await (await waitFor(browser, "lang-pl")).click();
  await waitFor(browser, "municipality-search");
  assert.equal(await browser.execute(() => document.documentElement.lang), "pl");
  await (await byTestId(browser, "municipality-search")).setValue("Helm");
  await (await waitFor(browser, "municipality-GM0794")).click();
  await (await byTestId(browser, "next")).click();
  await waitFor(browser, "arrival");
  // WebKitWebDriver types into date fields field by field in the locale's order; set the value
  // as a date picker does instead.
  await setDate(browser, "arrival", "2026-11-20");
  await setDate(browser, "work-start", "2026-11-23");
  await (await byTestId(browser, "next")).click();
  await (await waitFor(browser, "stay-long")).click();
  await (await byTestId(browser, "children-abroad")).setValue("2");
  await (await byTestId(browser, "finish-setup")).click();
  await waitFor(browser, "screen-today");
}


// Signed content updates. The feed is made by the real CLI (`wegwijs feed init|publish|bundle`)
// with the insecure development keys, from a copy of the content with one title changed.

export const cliBinary = process.env.WEGWIJS_CLI ?? join(root, "target/debug/wegwijs");
export const devKeys = join(root, "assets/keys/insecure-dev");
export const nginx = "/usr/sbin/nginx";
export const changedTitle = "Carry your passport or ID card (new from the feed)";
/** Web servers still running, stopped after the last test whatever happened. */
export const servers = new Set();
after(() => {
  for (const server of servers) server.kill("SIGKILL");
});

export function wegwijs(...args) {
  const run = spawnSync(cliBinary, args, { cwd: root, encoding: "utf8" });
  assert.equal(run.status, 0, `wegwijs ${args.join(" ")}:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** A feed folder (readable by nginx's workers) published by the real CLI from a copy of the
 * content in which `edit(itemFolder)` changed item `id`; the item's version is raised. */
export function publishEditedFeed(id, edit) {
  if (!existsSync(cliBinary)) {
    const build = spawnSync("cargo", ["build", "--quiet", "-p", "wegwijs-cli"], { cwd: root, stdio: "inherit" });
    assert.equal(build.status, 0, "building the wegwijs CLI");
  }
  const dir = mkdtempSync(join(tmpdir(), "wegwijs-feed-"));
  chmodSync(dir, 0o755);
  const content = join(dir, "content");
  cpSync(join(root, "assets/content"), content, { recursive: true });
  const item = join(content, "nl", id);
  edit(item);
  const toml = readFileSync(join(item, "item.toml"), "utf8");
  writeFileSync(join(item, "item.toml"), toml.replace(/^version = (\d+)$/m, (_, v) => `version = ${Number(v) + 1}`));
  const feed = join(dir, "feed");
  wegwijs("feed", "init", "--feed", feed, "--keys", devKeys);
  for (const municipality of ["GM0794", "GM0867", "GM1783", "GM1894"]) {
    wegwijs("feed", "delegate", municipality, "--key", join(devKeys, `${municipality}.pub`), "--feed", feed, "--keys", devKeys);
  }
  wegwijs("feed", "publish", "--content", content, "--feed", feed, "--keys", devKeys);
  return { dir, feed };
}

/** A feed published from content with one title changed (`changedTitle`). */
export function publishChangedFeed() {
  return publishEditedFeed("task-carry-id", (item) => {
    const english = readFileSync(join(item, "en.md"), "utf8");
    writeFileSync(join(item, "en.md"), english.replace(/^title = ".*"$/m, `title = "${changedTitle}"`));
  });
}

export async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port: free } = server.address();
  await new Promise((done) => server.close(done));
  return free;
}

/** nginx on a free loopback port serving `feed`, with its config, logs and pid in `dir`. */
export async function serveFeed(dir, feed) {
  assert.ok(existsSync(nginx), "nginx is missing: run scripts/setup.sh (nginx-light)");
  const listen = await freePort();
  const prefix = join(dir, "nginx");
  mkdirSync(prefix, { recursive: true });
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `${name}_temp_path ${join(prefix, name)};`).join("\n    ");
  writeFileSync(
    join(prefix, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${join(prefix, "nginx.pid")};
error_log ${join(prefix, "error.log")} warn;
events { worker_connections 64; }
http {
    ${temp}
    access_log ${join(prefix, "access.log")};
    types { application/json json; }
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:${listen};
        root ${feed};
        etag on;
        gzip_static on;
    }
}
`,
  );
  // Its own log files, no inherited output: a server left behind must not hold the runner's pipes.
  const server = spawn(nginx, ["-p", prefix, "-e", join(prefix, "error.log"), "-c", join(prefix, "nginx.conf")], { stdio: "ignore" });
  servers.add(server);
  const exited = new Promise((done) => server.once("exit", done));
  const stop = async () => {
    server.kill("SIGTERM");
    await exited;
    servers.delete(server);
  };
  const url = `http://127.0.0.1:${listen}`;
  for (let attempt = 0; ; attempt++) {
    const answer = await fetch(`${url}/timestamp.json`).catch(() => null);
    if (answer?.ok) break;
    if (attempt === 100 || server.exitCode !== null) {
      await stop();
      const log = join(prefix, "error.log");
      assert.fail(`nginx did not serve the feed: ${existsSync(log) ? readFileSync(log, "utf8") : "no log"}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop, accessLog: join(prefix, "access.log") };
}

/** A screenshot after the webview painted the last change (its snapshot can lag a frame). */
export async function paintedShot(browser, name, testId) {
  if (testId) await (await byTestId(browser, testId)).scrollIntoView({ block: "center" });
  await browser.pause(500);
  await shot(browser, name);
}

export async function startInEnglish(browser) {
  await (await waitFor(browser, "lang-en")).click();
  await (await waitFor(browser, "skip")).click();
  await waitFor(browser, "screen-today");
}

export async function todayText(browser) {
  await (await byTestId(browser, "nav-today")).click();
  await waitFor(browser, "next-step-task-carry-id");
  return (await byTestId(browser, "screen-today")).getText();
}

/** Picks a file in the hidden `<input type=file>` as the system's file chooser would. */
export async function pickUpdateFile(browser, path) {
  await browser.execute(
    (base64, name) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      const input = document.querySelector('[data-testid="update-file"]');
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    readFileSync(path).toString("base64"),
    path.split("/").pop(),
  );
}

/** The English messages of the update errors, to recognise the banner's text. */
export function updateErrorMessages() {
  const messages = readFileSync(join(root, "locales/en/updates.ftl"), "utf8");
  return [...messages.matchAll(/^(error-update-[a-z-]+) = (.+)$/gm)].map(([, id, text]) => ({ id, text }));
}

