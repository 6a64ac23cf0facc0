import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";
import { CheckField, Section } from "../components/Fields";
import { formatDate, formatInstant, formatSize, t } from "../state/i18n";
import { downloadState } from "../state/logic";
import {
  checkFailed,
  checkUpdates,
  importUpdateFile,
  saveSettings,
  settings,
  shareUpdate,
  sharePath,
  updateBusy,
  updateDone,
  updateNow,
  updateProblem,
  updates,
} from "../state/store";
import "./Updates.css";

/** The Settings section "Information updates": freshness, check, download, file in and out. */
export function UpdatesSection({
  onSaved,
  children,
}: {
  onSaved: (saved: Promise<boolean>) => void;
  /** Shown last (the "Saved" notice of the Wi-Fi setting). */
  children?: ComponentChildren;
}) {
  const status = updates.value;
  const busy = updateBusy.value;
  const problem = updateProblem.value;
  const shared = sharePath.value;
  const prefs = settings.value;
  const fileInput = useRef<HTMLInputElement>(null);
  const state = downloadState(status?.download_bytes ?? null);

  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so picking the same file again is a new choice.
    input.value = "";
    if (file) void importUpdateFile(file);
  };

  return (
    <Section title={t("settings-updates")} id="settings-updates">
      <p class="muted">{t("update-how")}</p>
      {status && (
        <ul class="update-facts">
          <li data-testid="update-last-check">
            {status.last_check ? t("update-last-check", { date: formatInstant(status.last_check) }) : t("update-never-checked")}
          </li>
          {status.content_date && (
            <li data-testid="update-content-date">{t("update-content-date", { date: formatDate(status.content_date) })}</li>
          )}
        </ul>
      )}

      <div role="status" class="update-state" data-testid="update-state">
        {problem ? (
          <div class="note note-warning" data-testid="update-problem">
            <p>{problem.message}</p>
            {checkFailed.value && status?.content_date && (
              <p>{t("update-could-not-check", { date: formatDate(status.content_date) })}</p>
            )}
          </div>
        ) : updateDone.value ? (
          <p class="update-done" data-testid="update-done">
            {t("update-done")}
          </p>
        ) : state === "ready" && status?.download_bytes ? (
          <p class="update-size" data-testid="update-size">
            {t("update-download-size", { value: formatSize(status.download_bytes) })}
          </p>
        ) : state === "up-to-date" ? (
          <p data-testid="update-up-to-date">{t("update-up-to-date")}</p>
        ) : null}
        {status?.skipped?.length ? (
          <ul class="note note-warning update-skipped" data-testid="update-skipped">
            {status.skipped.map((skipped) => (
              <li key={skipped.scope}>{skipped.message}</li>
            ))}
          </ul>
        ) : null}
        {busy && <p class="muted">{t("loading")}</p>}
      </div>

      <div class="update-actions">
        {status?.has_source && state === "ready" && !updateDone.value && (
          <button type="button" class="button" data-testid="update-now" disabled={busy !== null} onClick={() => void updateNow()}>
            {t("update-now")}
          </button>
        )}
        {status?.has_source && (
          <button
            type="button"
            class="button button-quiet"
            data-testid="update-check"
            disabled={busy !== null}
            onClick={() => void checkUpdates()}
          >
            {t("update-check")}
          </button>
        )}
        <button
          type="button"
          class="button button-quiet"
          data-testid="update-import"
          disabled={busy !== null}
          onClick={() => fileInput.current?.click()}
        >
          {t("update-import-file")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".wegwijs"
          hidden
          tabIndex={-1}
          aria-hidden="true"
          data-testid="update-file"
          onChange={(event) => onFile(event.currentTarget)}
        />
        {status?.can_share && (
          <button
            type="button"
            class="button button-quiet"
            data-testid="update-share"
            disabled={busy !== null}
            onClick={() => void shareUpdate()}
          >
            {t("update-share-file")}
          </button>
        )}
      </div>
      <div role="status">
        {shared && (
          <p class="export-status" data-testid="share-status">
            {t("update-share-done")} <code>{shared}</code>
          </p>
        )}
      </div>

      <CheckField
        id="settings-wifi"
        label={t("settings-wifi-only")}
        checked={prefs.wifi_only}
        testId="wifi-only"
        onChange={(wifi_only) => onSaved(saveSettings({ ...prefs, wifi_only }))}
      />
      {children}
    </Section>
  );
}
