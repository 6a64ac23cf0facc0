import { DueBadge } from "../components/Badges";
import { AlertCard } from "../components/Cards";
import { TakePartStep } from "../components/TakePartStep";
import { WhatChanged } from "../components/WhatChanged";
import { formatDate, formatSize, t } from "../state/i18n";
import { href } from "../state/route";
import { bootstrap, checkFailed, today, updates } from "../state/store";
import "./Today.css";

/** The next steps, notices in force, and how fresh the information is. */
export function Today() {
  const view = today.value;
  const employer = bootstrap.value?.employer;
  const pending = updates.value?.download_bytes ?? 0;
  const couldNotCheck = checkFailed.value;
  return (
    <div class="screen" data-testid="screen-today">
      <h1>{t("today-title")}</h1>
      {!view ? (
        <p class="muted">{t("loading")}</p>
      ) : (
        <>
          {updates.value?.what_changed && <WhatChanged summary={updates.value.what_changed} />}
          <section aria-labelledby="next-steps">
            <h2 id="next-steps">{t("today-next-steps")}</h2>
            {view.next_steps.length === 0 ? (
              <p>{t("today-no-steps")}</p>
            ) : (
              <ol class="next-steps">
                {view.next_steps.map((row) => (
                  <li key={row.task_id} class="next-step" data-testid={`next-step-${row.task_id}`}>
                    <a class="next-step-title" href={href({ name: "item", id: row.task_id })} lang={row.lang}>
                      {row.title}
                    </a>
                    <p class="next-step-summary" lang={row.lang}>
                      {row.summary}
                    </p>
                    {row.due && (
                      <p class="next-step-due">
                        <DueBadge status={row.due.status} /> <span>{t("due-on", { date: formatDate(row.due.date) })}</span>
                      </p>
                    )}
                    {row.missing_anchor && row.missing_anchor !== "date" && (
                      <p class="muted">
                        {t(row.missing_anchor === "arrival" ? "needs-arrival-date" : "needs-work-start-date")}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <p>
              <a class="button button-quiet" href={href({ name: "checklist" })} data-testid="see-checklist">
                {t("today-see-checklist")}
              </a>
            </p>
          </section>

          {view.take_part_step && <TakePartStep step={view.take_part_step} />}

          <p>
            <a class="button button-quiet" href={href({ name: "work" })} data-testid="open-work">
              {t("work-title")}
            </a>
          </p>

          {view.alerts.length > 0 && (
            <section aria-labelledby="today-alerts">
              <h2 id="today-alerts">{t("today-alerts")}</h2>
              {view.alerts.map((alert) => (
                <AlertCard key={alert.id} alert={alert} />
              ))}
            </section>
          )}

          {employer && (
            <div class="note" data-testid="employer">
              <p>{t("onboard-from", { value: employer.name })}</p>
              {employer.contact && <p>{t("employer-contact", { value: employer.contact })}</p>}
            </div>
          )}

          {pending > 0 && (
            <div class="note note-row" data-testid="update-ready">
              <p>{t("today-update-ready", { value: formatSize(pending) })}</p>
              <a class="button button-quiet" href={href({ name: "settings" })} data-testid="update-ready-open">
                {t("today-update-open")}
              </a>
            </div>
          )}

          {view.content_date && (
            <p class="muted content-date" data-testid="content-date">
              {couldNotCheck
                ? t("update-could-not-check", { date: formatDate(view.content_date) })
                : t("content-updated-on", { date: formatDate(view.content_date) })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
