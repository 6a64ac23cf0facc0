import type { ItemChange, WhatChanged as Summary } from "../ipc/bindings";
import { formatDate, t } from "../state/i18n";
import { href } from "../state/route";
import "./WhatChanged.css";

/** "updated" or "new" beside an item an update brought and the person has not opened since. */
export function ChangeMark({ change, id }: { change: ItemChange; id: string }) {
  return (
    <span class="badge badge-calm change-mark" data-testid={`change-mark-${id}`}>
      {t(change === "new" ? "changed-badge-new" : "changed-badge-updated")}
    </span>
  );
}

/** Today's summary of the latest update: counts, then titles (the checklist's first), each a link. */
export function WhatChanged({ summary }: { summary: Summary }) {
  const more = summary.changed + summary.new - summary.items.length;
  return (
    <section class="note what-changed" aria-labelledby="what-changed-title" data-testid="what-changed">
      <h2 id="what-changed-title">{t("what-changed-title", { changed: summary.changed, new: summary.new })}</h2>
      <p class="muted">{t("what-changed-date", { date: formatDate(summary.updated_on) })}</p>
      <ul class="what-changed-items">
        {summary.items.map((item) => (
          <li key={item.id} data-testid={`what-changed-${item.id}`}>
            <a href={href({ name: "item", id: item.id })} lang={item.lang}>
              {item.title}
            </a>{" "}
            {!item.seen && <ChangeMark change={item.change} id={item.id} />}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t("what-changed-more", { count: more })}</p>}
    </section>
  );
}
