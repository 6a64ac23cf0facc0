import { useEffect, useState } from "preact/hooks";
import { CheckField, Choice, CountField, DateField, LanguageList, LinkField, Section } from "../components/Fields";
import type { SavedProfile_Serialize, Settings as AppSettings, Stay, TextSize } from "../ipc/bindings";
import { formatDate, t } from "../state/i18n";
import {
  about,
  bootstrap,
  calendarPath,
  changeLanguage,
  deleteAllData,
  exportCalendar,
  exportData,
  exportPath,
  lang,
  canScanCodes,
  openOnboardingLink,
  scanOnboardingCode,
  profile,
  saveProfile,
  saveSettings,
  settings,
} from "../state/store";
import "./Settings.css";
import { UpdatesSection } from "./Updates";

type Part = "profile" | "app" | "updates";

/** "Saved" for a moment after a change was written. */
function useSavedNotice(): [Part | null, (part: Part, saved: Promise<boolean>) => void] {
  const [shown, setShown] = useState<Part | null>(null);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(null), 2500);
    return () => clearTimeout(timer);
  }, [shown]);
  const track = (part: Part, saved: Promise<boolean>) => {
    void saved.then((ok) => setShown(ok ? part : null));
  };
  return [shown, track];
}

function Saved({ visible }: { visible: boolean }) {
  return (
    <p class="saved" role="status">
      {visible ? t("saved") : ""}
    </p>
  );
}

/** Profile, app settings, export, delete, and about. */
export function Settings() {
  const start = bootstrap.value;
  const me = profile.value;
  const prefs = settings.value;
  const info = about.value;
  const path = exportPath.value;
  const calendar = calendarPath.value;
  const [saved, track] = useSavedNotice();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!start || !me) return null;

  const change = (patch: Partial<SavedProfile_Serialize>) => track("profile", saveProfile({ ...me, ...patch }));
  const changeSettings = (patch: Partial<AppSettings>) => track("app", saveSettings({ ...prefs, ...patch }));

  const onExport = async () => {
    setBusy(true);
    await exportData();
    setBusy(false);
  };
  const onCalendar = async () => {
    setBusy(true);
    await exportCalendar();
    setBusy(false);
  };
  const onDelete = async () => {
    setBusy(true);
    const done = await deleteAllData();
    if (!done) setBusy(false);
  };

  return (
    <div class="screen settings" data-testid="screen-settings">
      <h1>{t("settings-title")}</h1>

      <Section title={t("settings-profile")} id="settings-profile">
        <div class="field" role="group" aria-labelledby="profile-language">
          <p class="field-label" id="profile-language">
            {t("profile-language")}
          </p>
          <LanguageList
            languages={start.languages}
            current={lang.value}
            onPick={(code) => track("profile", changeLanguage(code, true))}
          />
        </div>

        <div class="field">
          <label class="field-label" for="profile-municipality">
            {t("profile-municipality")}
          </label>
          <select
            id="profile-municipality"
            class="input"
            data-testid="settings-municipality"
            value={me.municipality ?? ""}
            onChange={(event) => change({ municipality: event.currentTarget.value || null })}
          >
            <option value="">{t("municipality-not-listed")}</option>
            {start.municipalities.map((scope) => (
              <option key={scope.code} value={scope.code}>
                {scope.name}
              </option>
            ))}
          </select>
        </div>

        <DateField
          id="settings-arrival"
          label={t("profile-arrival")}
          value={me.arrival}
          testId="settings-arrival"
          onChange={(arrival) => change({ arrival })}
        />
        <DateField
          id="settings-work-start"
          label={t("profile-work-start")}
          value={me.work_start}
          testId="settings-work-start"
          onChange={(work_start) => change({ work_start })}
        />
        <Choice<Stay>
          id="settings-stay"
          label={t("profile-stay")}
          value={me.stay}
          onChange={(stay) => change({ stay })}
          options={[
            { value: "short", label: t("stay-short"), testId: "settings-stay-short" },
            { value: "long", label: t("stay-long"), testId: "settings-stay-long" },
            { value: "unsure", label: t("stay-unsure"), testId: "settings-stay-unsure" },
          ]}
        />
        <CountField
          id="settings-children-in-nl"
          label={t("profile-children-in-nl")}
          value={me.children_in_nl}
          testId="settings-children-in-nl"
          onChange={(children_in_nl) => change({ children_in_nl })}
        />
        <CountField
          id="settings-children-abroad"
          label={t("profile-children-abroad")}
          value={me.children_abroad}
          testId="settings-children-abroad"
          onChange={(children_abroad) => change({ children_abroad })}
        />
        <CheckField
          id="settings-agency"
          label={t("profile-agency")}
          checked={me.via_agency === true}
          testId="settings-agency"
          onChange={(via_agency) => change({ via_agency })}
        />
        <Saved visible={saved === "profile"} />
      </Section>

      <Section title={t("onboard-title")} id="settings-link">
        <LinkField
          busy={busy}
          onUse={(link) => void openOnboardingLink(link)}
          onScan={canScanCodes ? () => void scanOnboardingCode() : undefined}
        />
      </Section>

      <div class="section section-plain">
        <CheckField
          id="settings-reminders"
          label={t("settings-reminders")}
          checked={prefs.reminders}
          testId="reminders"
          onChange={(reminders) => changeSettings({ reminders })}
        />
        <Choice<TextSize>
          id="settings-text-size"
          label={t("settings-text-size")}
          value={prefs.text_size}
          onChange={(text_size) => changeSettings({ text_size })}
          options={[
            { value: "normal", label: t("text-size-normal"), testId: "text-size-normal" },
            { value: "large", label: t("text-size-large"), testId: "text-size-large" },
            { value: "larger", label: t("text-size-larger"), testId: "text-size-larger" },
          ]}
        />
        <CheckField
          id="settings-high-contrast"
          label={t("settings-high-contrast")}
          checked={prefs.high_contrast}
          testId="high-contrast"
          onChange={(high_contrast) => changeSettings({ high_contrast })}
        />
        <Saved visible={saved === "app"} />
      </div>

      <UpdatesSection onSaved={(saved) => track("updates", saved)}>
        <Saved visible={saved === "updates"} />
      </UpdatesSection>

      <Section title={t("settings-export")} id="settings-export">
        <button type="button" class="button" data-testid="export" disabled={busy} onClick={() => void onExport()}>
          {t("settings-export")}
        </button>
        <div role="status">
          {path && (
            <p class="export-status" data-testid="export-status">
              {t("settings-export-done")} <code>{path}</code>
            </p>
          )}
        </div>
      </Section>

      <Section title={t("settings-calendar-export")} id="settings-calendar">
        <button type="button" class="button" data-testid="export-calendar" disabled={busy} onClick={() => void onCalendar()}>
          {t("settings-calendar-export")}
        </button>
        <div role="status">
          {calendar && (
            <p class="export-status" data-testid="calendar-status">
              {t("settings-calendar-export-done", { value: "" })} <code>{calendar}</code>
            </p>
          )}
        </div>
      </Section>

      <Section title={t("settings-delete")} id="settings-delete">
        {!confirming ? (
          <button type="button" class="button button-danger" data-testid="delete-all" disabled={busy} onClick={() => setConfirming(true)}>
            {t("settings-delete")}
          </button>
        ) : (
          <div class="confirm" data-testid="delete-confirm">
            <p>{t("settings-delete-confirm")}</p>
            <div class="button-row">
              <button type="button" class="button button-danger" data-testid="confirm-delete" disabled={busy} onClick={() => void onDelete()}>
                {t("action-confirm")}
              </button>
              <button type="button" class="button button-quiet" data-testid="cancel-delete" disabled={busy} onClick={() => setConfirming(false)}>
                {t("action-cancel")}
              </button>
            </div>
          </div>
        )}
      </Section>

      <Section title={t("settings-about")} id="settings-about">
        <p>{t("app-tagline")}</p>
        <p>{t("works-offline")}</p>
        {info && (
          <>
            <dl class="about">
              <dt>{t("about-version")}</dt>
              <dd>{info.app_version}</dd>
              <dt>{t("about-content-version")}</dt>
              <dd class="about-content-version">{info.content_version}</dd>
            </dl>
            {info.content_date && <p class="muted">{t("content-updated-on", { date: formatDate(info.content_date) })}</p>}
            <details class="licences">
              <summary>{t("about-licences")}</summary>
              <pre>{info.licences}</pre>
            </details>
          </>
        )}
      </Section>
    </div>
  );
}
