import type {
  AlertCard_Serialize as Alert,
  EventCard_Serialize as Event,
  ItemChange,
  ItemSummary,
  Lang,
  ServiceCard_Serialize as Service,
} from "../ipc/bindings";
import { formatDate, formatDateTimeRange, t, weekdayName } from "../state/i18n";
import { geoUrl, hoursChange } from "../state/logic";
import { href } from "../state/route";
import { SampleBadge } from "./Badges";
import { ChangeMark } from "./WhatChanged";
import "./Cards.css";

type Heading = "h2" | "h3";

/** An alert in force: colour by severity, link to the full text. */
export function AlertCard({ alert, heading: H = "h3" }: { alert: Alert; heading?: Heading }) {
  return (
    <article class={`card alert alert-${alert.severity}`} data-testid={`alert-${alert.id}`}>
      <H class="card-title">
        <a href={href({ name: "item", id: alert.id })}>{alert.title}</a>
      </H>
      <p>{alert.summary}</p>
      {alert.valid_until && <p class="muted">{t("valid-until", { date: formatDate(alert.valid_until) })}</p>}
      {alert.sample && <SampleBadge />}
    </article>
  );
}

/** A dated event of the municipality. */
export function EventCard({ event }: { event: Event }) {
  return (
    <article class="card" data-testid={`event-${event.id}`}>
      <h3 class="card-title">
        <a href={href({ name: "item", id: event.id })}>{event.title}</a>
      </h3>
      <p>
        <strong>{t("event-when")}: </strong>
        {formatDateTimeRange(event.starts, event.ends)}
      </p>
      {event.place && <p>{event.place}</p>}
      <p class="muted">{event.summary}</p>
      {event.sample && <SampleBadge />}
    </article>
  );
}

/** The links a service offers: only those whose data exists. */
function serviceActions(service: Service): { kind: string; label: string; url: string }[] {
  const { website } = service.info;
  const actions: { kind: string; label: string; url: string }[] = [];
  // The core makes these links only from a plain number and a bare address.
  if (service.call_url) actions.push({ kind: "call", label: t("call"), url: service.call_url });
  if (service.email_url) actions.push({ kind: "email", label: t("send-email"), url: service.email_url });
  if (website?.startsWith("https://")) actions.push({ kind: "website", label: t("website"), url: website });
  const maps = geoUrl(service.info.geo);
  if (maps) actions.push({ kind: "maps", label: t("open-in-maps"), url: maps });
  return actions;
}

/**
 * A local service: open now or not, weekly hours, languages, appointment, and the actions
 * (call, e-mail, website, maps) that its data allows. `title` false leaves the heading out
 * (the item page has its own).
 */
export function ServiceCard({
  service,
  languages,
  onOpen,
  title = true,
}: {
  service: Service;
  languages: ReadonlyMap<Lang, string>;
  onOpen: (url: string) => void;
  title?: boolean;
}) {
  const { info } = service;
  const open = service.open_now;
  const actions = serviceActions(service);
  const change = hoursChange(open, service.next_change, service.hours[0]?.date);
  return (
    <article class="card service" data-testid={`service-${service.id}`}>
      {title && (
        <h3 class="card-title">
          <a href={href({ name: "item", id: service.id })}>{service.title}</a>
        </h3>
      )}
      {title && <p>{service.summary}</p>}
      <p class={open === null ? "status status-unknown" : open ? "status status-open" : "status status-closed"}>
        {t(open === null ? "hours-unknown" : open ? "open-now" : "closed-now")}
        {change && (
          <span data-testid={`service-change-${service.id}`}>
            {" · "}
            {t(change.id, { time: change.time, day: change.weekday === null ? "" : weekdayName(change.weekday) })}
          </span>
        )}
      </p>
      {service.hours.length > 0 && (
        <table class="hours">
          <tbody>
            {service.hours.map((day) => (
              <tr key={day.date}>
                <th scope="row">
                  {weekdayName(day.weekday)}
                  {day.holiday && <span class="muted"> ({t("public-holiday")})</span>}
                </th>
                <td>{day.spans.length > 0 ? day.spans.join(", ") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {service.hours.length > 0 && !service.holiday_rule && <p class="muted">{t("holiday-hours-differ")}</p>}
      {info.address && <p>{info.address}</p>}
      {info.languages.length > 0 && (
        <p>
          <strong>{t("languages-spoken")}: </strong>
          {info.languages.map((code, index) => (
            <span key={code} lang={code}>
              {index > 0 && ", "}
              {languages.get(code) ?? code}
            </span>
          ))}
        </p>
      )}
      {info.appointment && <p class="note">{t("appointment-needed")}</p>}
      {service.sample && <SampleBadge />}
      {actions.length > 0 && (
        <ul class="actions">
          {actions.map((action) => (
            <li key={action.kind}>
              <a
                class="button"
                href={action.url}
                data-testid={`${action.kind}-${service.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(action.url);
                }}
              >
                {action.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** A list of links to items (rights, local help, related pages); `compact` leaves out the summaries. */
export function ItemLinks({
  items,
  testPrefix,
  compact = false,
  marks,
}: {
  items: readonly ItemSummary[];
  testPrefix?: string;
  compact?: boolean;
  /** Items an update brought that the person has not opened: marked "updated" or "new". */
  marks?: ReadonlyMap<string, ItemChange>;
}) {
  return (
    <ul class="links">
      {items.map((item) => (
        <li key={item.id}>
          <a href={href({ name: "item", id: item.id })} data-testid={testPrefix ? `${testPrefix}${item.id}` : undefined}>
            <span class="link-title" lang={item.lang}>
              {item.title}
            </span>
            {marks?.has(item.id) && <ChangeMark change={marks.get(item.id)!} id={item.id} />}
            {!compact && (
              <span class="link-summary" lang={item.lang}>
                {item.summary}
              </span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
