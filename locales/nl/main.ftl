## Wegwijs — Nederlandse berichten (referentietaal).

app-name = Wegwijs
app-tagline = Wegwijs in Nederland

## Fouten
error-content-corrupt = De informatie in de app kon niet worden gelezen. Ze wordt hersteld uit de kopie in de app. Je eigen gegevens zijn veilig.
error-content-invalid = Deze inhoud bevat fouten en is niet gebruikt.
error-user-data-corrupt = Je opgeslagen gegevens konden niet worden gelezen. Het bestand is niet veranderd. Vraag om hulp voordat je de app opnieuw installeert.
error-user-data-newer = Je opgeslagen gegevens komen van een nieuwere versie van Wegwijs. Werk de app bij om ze te gebruiken.
error-invalid-date = “{ $value }” is geen geldige datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-11-20.
error-unknown-item = Deze pagina bestaat niet (meer).
error-unknown-language = Deze taal is niet beschikbaar.
error-unknown-municipality = Deze gemeente staat nog niet in de app.
error-database = Er ging iets mis bij het opslaan of lezen. Probeer het opnieuw.
error-io = Een bestand kon niet worden gelezen of geschreven. Kijk of er genoeg ruimte op je telefoon is.
error-speech = Voorlezen lukte niet. Probeer het opnieuw, of lees de tekst zelf.

## Soorten en vertaalstatus
kind-right = Rechten en plichten
kind-service = Hulp in de buurt
kind-task = Stap op je lijst
kind-alert = Belangrijk bericht
kind-event = Activiteit
state-reference = Officiële tekst
state-machine = Machinevertaling - niet gecontroleerd door een mens. De Nederlandse en Engelse tekst gelden.
state-translated = Vertaald, nog niet gecontroleerd. De Nederlandse en Engelse tekst gelden.
state-reviewed = Vertaald en gecontroleerd
show-reference-text = Toon Engelse tekst
show-dutch-text = Toon Nederlandse tekst
sample-content = Voorbeeldinhoud: nog niet bevestigd door de gemeente.

## Checklist
task-todo = Nog doen
task-done = Klaar
task-not-applicable = Geldt niet voor mij
due-today = Vandaag
due-in-days = { $days ->
    [one] Morgen
   *[other] Over { $days } dagen
}
due-overdue = { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
due-on = Uiterlijk: { $date }
reminder-notification-title = U hebt een stap te doen
deadline-legal = Deze termijn staat in de wet.
deadline-advice = Ons advies, geen wettelijke termijn.
needs-arrival-date = Vul je aankomstdatum in om de termijn te zien.
needs-work-start-date = Vul je eerste werkdag in om de termijn te zien.
why-it-matters = Waarom het belangrijk is
mark-done = Markeer als klaar
mark-todo = Markeer als niet klaar
mark-not-applicable = Dit geldt niet voor mij
checklist-all-done = Alle stappen zijn klaar. Goed gedaan!

## Profiel
stay-short = Korter dan 4 maanden
stay-long = Langer dan 4 maanden
stay-unsure = Weet ik nog niet
profile-arrival = Datum van aankomst in Nederland
profile-work-start = Eerste werkdag
profile-stay = Hoe lang blijf je?
profile-children-in-nl = Kinderen onder 18 die in Nederland wonen
profile-children-abroad = Kinderen onder 18 die in een ander land wonen
profile-agency = Ik werk via een uitzendbureau
profile-language = Taal
profile-municipality = Gemeente waar je woont

## Rechten, bronnen, bedragen
source = Bron
sources = Officiële bronnen
verified-on = Gecontroleerd op { $date }
valid-from = Vanaf { $date }
valid-until = Tot { $date }
amount-secondary = Dit bedrag kan veranderen. Kijk op de officiële pagina.
related-items = Zie ook

## Hulp in de buurt
open-now = Nu open
closed-now = Nu gesloten
hours-unknown = Openingstijden onbekend. Controleer ze voordat je gaat.
holiday-hours-differ = Op feestdagen kunnen de tijden anders zijn.
opens-at = Gaat open om { $time }
opens-on = Gaat open: { $day }, { $time }
closes-at = Gaat dicht om { $time }
public-holiday = Feestdag
appointment-needed = Maak eerst een afspraak.
languages-spoken = Gesproken talen
call = Bellen
send-email = E-mail sturen
website = Website
open-in-maps = Openen in kaarten
no-local-services = Er is nog geen lokale informatie voor deze gemeente.

## Zoeken
search-placeholder = Zoek, bijvoorbeeld “kinderbijslag”
search-no-results = Niets gevonden. Probeer een ander woord.
search-results = { $days ->
    [one] 1 resultaat
   *[other] { $days } resultaten
}

## Status van de inhoud
content-updated-on = Informatie bijgewerkt op { $date }
