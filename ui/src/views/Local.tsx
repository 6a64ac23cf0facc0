import { AlertCard, EventCard, ItemLinks, ServiceCard } from "../components/Cards";
import { t } from "../state/i18n";
import { href } from "../state/route";
import { languageNames, local, openExternal } from "../state/store";
import "./Local.css";

/** The services, ways to meet and take part, events and notices of the person's municipality. */
export function Local() {
  const view = local.value;
  const names = languageNames.value;
  return (
    <div class="screen" data-testid="screen-local">
      <h1>{t("local-title")}</h1>
      {!view ? (
        <p class="muted">{t("loading")}</p>
      ) : (
        <>
          {view.municipality ? (
            <p class="municipality" data-testid="local-municipality">
              {view.municipality.name}
            </p>
          ) : (
            <p class="note">
              <a href={href({ name: "settings" })} data-testid="choose-municipality">
                {t("local-choose-municipality")}
              </a>
            </p>
          )}

          {view.alerts.length > 0 && (
            <section aria-labelledby="local-alerts">
              <h2 id="local-alerts">{t("local-alerts")}</h2>
              {view.alerts.map((alert) => (
                <AlertCard key={alert.id} alert={alert} />
              ))}
            </section>
          )}

          {view.municipality && (
            <section aria-labelledby="local-services">
              <h2 id="local-services">{t("local-services")}</h2>
              {view.services.length === 0 ? (
                <p>{t("no-local-services")}</p>
              ) : (
                view.services.map((service) => (
                  <ServiceCard key={service.id} service={service} languages={names} onOpen={(url) => void openExternal(url)} />
                ))
              )}
            </section>
          )}

          <section aria-labelledby="local-take-part" data-testid="local-take-part">
            <h2 id="local-take-part">{t("local-take-part")}</h2>
            {view.municipality && (
              <>
                <p class="muted">{t("local-take-part-intro")}</p>
                {view.take_part.length === 0 ? (
                  <p>{t("local-take-part-none")}</p>
                ) : (
                  view.take_part.map((service) => (
                    <ServiceCard key={service.id} service={service} languages={names} onOpen={(url) => void openExternal(url)} />
                  ))
                )}
              </>
            )}
            {view.take_part_guides.length > 0 && (
              <>
                <h3>{t("local-take-part-how")}</h3>
                <ItemLinks items={view.take_part_guides} testPrefix="take-part-guide-" />
              </>
            )}
          </section>

          {view.events.length > 0 && (
            <section aria-labelledby="local-events">
              <h2 id="local-events">{t("local-events")}</h2>
              {view.events.map((event) => (
                <EventCard key={event.id} event={event} />
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}
