// Read aloud through the platform's voices, for real: the app's `tts` crate talks to
// speech-dispatcher (started by libspeechd from the test's own HOME, XDG_CONFIG_HOME and
// XDG_RUNTIME_DIR), whose output module has espeak-ng synthesise every sentence into a WAV file
// and waits as long as the audio lasts (the machine has no sound card), writing the voice and
// the text it was given to a log. Nothing of the app or the crate is replaced.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { byTestId, checkAccessibility, freshHome, launch, shot, waitFor } from "./support.mjs";

/** A speech-dispatcher set-up in `home` with espeak-ng voices for `languages`; returns the
 * environment the app needs and a reader of what was spoken ([voice, text] per sentence). */
function speechDispatcher(home, languages) {
  const config = join(home, ".config/speech-dispatcher");
  const runtime = join(home, "run");
  mkdirSync(join(config, "modules"), { recursive: true });
  mkdirSync(runtime, { recursive: true });
  mkdirSync(join(home, "speechd-log"), { recursive: true });
  chmodSync(runtime, 0o700);
  const log = join(home, "spoken.log");
  const speak = join(home, "speak.sh");
  writeFileSync(
    speak,
    `#!/bin/sh
# speech-dispatcher's generic module pipes the text in; $1 is the espeak-ng voice.
text=$(cat)
espeak-ng -v "$1" -w "${home}/sentence.wav" "$text" || exit 1
printf '%s\\t%s\\n' "$1" "$text" >> "${log}"
# As long as the audio would play: 22050 samples of 16 bits a second.
sleep "$(awk -v bytes="$(stat -c %s "${home}/sentence.wav")" 'BEGIN { print bytes / 44100 }')"
`,
  );
  chmodSync(speak, 0o755);
  writeFileSync(
    join(config, "speechd.conf"),
    [
      `LogDir "${join(home, "speechd-log")}"`,
      "LogLevel 3",
      // No sound card: ALSA's null device, which the module does not use anyway.
      'AudioOutputMethod "alsa"',
      'AudioALSADevice "null"',
      'AddModule "espeak-ng-file" "sd_generic" "espeak-ng-file.conf"',
      "DefaultModule espeak-ng-file",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(config, "modules/espeak-ng-file.conf"),
    [
      `GenericExecuteSynth "printf %s \\'$DATA\\' | ${speak} $VOICE"`,
      ...languages.flatMap((code) => [`GenericLanguage "${code}" "${code}" "utf-8"`, `AddVoice "${code}" "MALE1" "${code}"`]),
      "",
    ].join("\n"),
  );
  const spoken = () =>
    existsSync(log)
      ? readFileSync(log, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => line.split("\t"))
      : [];
  // speech-dispatcher refuses to start in a locale the C library lacks (the tests' en_US may
  // not be generated on a fresh machine); C.UTF-8 is always there.
  return { env: { XDG_RUNTIME_DIR: runtime, LC_ALL: "C.UTF-8" }, spoken };
}

/** Opens an item by its address, as a link inside the app does. */
async function openItem(browser, id) {
  await browser.execute((itemId) => {
    location.hash = `#/item/${itemId}`;
  }, id);
  await waitFor(browser, "screen-item");
  await browser.waitUntil(async () => (await (await byTestId(browser, "item-title")).getText()).length > 0, { timeout: 10000 });
}

async function chooseLanguage(browser, code) {
  await (await waitFor(browser, `lang-${code}`)).click();
  await (await waitFor(browser, "skip")).click();
  await waitFor(browser, "screen-today");
}

const reading = (browser) => browser.execute(() => document.querySelector('[data-testid="read-aloud-controls"]')?.getAttribute("data-state"));
const markedSentence = (browser) => browser.execute(() => document.querySelector("[data-reading]")?.getAttribute("data-reading") ?? null);

/** Reads the emergency numbers page in `code` and checks what the voice was given, the
 * highlight, pause, resume and stop. */
async function readEmergencyNumbers(code, expected) {
  const home = freshHome();
  const speech = speechDispatcher(home, ["pl", "bg", "en"]);
  const { browser, stop } = await launch(home, speech.env);
  try {
    await chooseLanguage(browser, code);
    await openItem(browser, "emergency-numbers");
    const button = await waitFor(browser, "read-aloud");
    await browser.waitUntil(() => button.isEnabled(), { timeout: 15000, timeoutMsg: `no ${code} voice from speech-dispatcher` });
    await button.click();

    // Speech starts: the title, numbers digit by digit, in the page's language.
    await browser.waitUntil(() => speech.spoken().length >= 2, { timeout: 20000, timeoutMsg: "speech-dispatcher read nothing" });
    const [title, summary] = speech.spoken();
    assert.deepEqual(title, [code, expected.title]);
    assert.equal(summary[0], code);
    assert.equal(await reading(browser), "reading");
    assert.notEqual(await markedSentence(browser), null, "the sentence being read is marked");
    await shot(browser, `70-read-aloud-${code}`);
    await checkAccessibility(browser, `item read aloud (${code})`);

    // Pause: the voice stops; resuming reads on from the sentence it was at.
    await (await byTestId(browser, "pause-reading")).click();
    await waitFor(browser, "resume-reading");
    const atPause = speech.spoken().length;
    await browser.pause(2500);
    assert.ok(speech.spoken().length <= atPause + 1, "nothing more is read while paused (the sentence under way may finish)");
    const paused = speech.spoken().length;
    const resumedAt = Number(await markedSentence(browser));
    await (await byTestId(browser, "resume-reading")).click();
    await browser.waitUntil(() => speech.spoken().length > paused, { timeout: 20000, timeoutMsg: "reading did not resume" });
    assert.ok(Number(await markedSentence(browser)) >= resumedAt, "reading resumes where it paused");
    // The summary's second sentence: the police number, digit by digit in its groups.
    const texts = () => speech.spoken().map(([, text]) => text);
    await browser.waitUntil(() => texts().some((text) => text.includes(expected.phone)), {
      timeout: 30000,
      timeoutMsg: `the police number was not read digit by digit: ${JSON.stringify(texts())}`,
    });

    // Stop: the voice stops and the highlight goes.
    await (await byTestId(browser, "stop-reading")).click();
    await waitFor(browser, "read-aloud");
    assert.equal(await reading(browser), "idle");
    assert.equal(await markedSentence(browser), null);
    const atStop = speech.spoken().length;
    await browser.pause(3000);
    assert.ok(speech.spoken().length <= atStop + 1, "nothing more is read after stop");
    assert.ok(speech.spoken().every(([voice]) => voice === code), "every sentence in the page's language");
  } finally {
    await stop();
  }
}

test("a Polish item is read aloud by speech-dispatcher in Polish, numbers digit by digit, with pause, resume and stop", async () => {
  await readEmergencyNumbers("pl", { title: "Numery alarmowe: 1 1 2 i policja", phone: "0 9 0 0, 8 8 4 4" });
});

test("a Bulgarian item is read aloud by speech-dispatcher in Bulgarian", async () => {
  await readEmergencyNumbers("bg", { title: "Телефони за спешни случаи: 1 1 2 и полицията", phone: "0 9 0 0, 8 8 4 4" });
});

test("without a Latvian voice the item offers the English version and reads it", async () => {
  const home = freshHome();
  const speech = speechDispatcher(home, ["pl", "en"]);
  const { browser, stop } = await launch(home, speech.env);
  try {
    await chooseLanguage(browser, "lv");
    await openItem(browser, "emergency-numbers");
    const instead = await waitFor(browser, "read-instead-en");
    assert.equal(await (await byTestId(browser, "read-aloud")).isEnabled(), false);
    assert.match(await (await byTestId(browser, "no-voice")).getText(), /angļu/);
    await shot(browser, "71-read-aloud-instead-lv");
    await checkAccessibility(browser, "item without a voice (lv)");
    await instead.click();
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector('[data-testid="item-body"]')?.getAttribute("lang"))) === "en", { timeout: 10000 });
    await browser.waitUntil(() => speech.spoken().length >= 1, { timeout: 20000, timeoutMsg: "the English version was not read" });
    const [voice, title] = speech.spoken()[0];
    assert.equal(voice, "en");
    assert.match(title, /1 1 2/);
    await (await waitFor(browser, "stop-reading")).click();
    await waitFor(browser, "read-aloud");
  } finally {
    await stop();
  }
});
