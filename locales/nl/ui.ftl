## Wegwijs-schermen — Nederlands.

## Navigatie
nav-today = Vandaag
nav-checklist = Checklist
nav-rights = Rechten
nav-local = Dichtbij
nav-search = Zoeken
nav-settings = Opties

## Algemene acties
action-next = Volgende
action-back = Terug
action-skip = Overslaan
action-save = Opslaan
action-cancel = Annuleren
action-close = Sluiten
action-confirm = Ja, doorgaan
action-undo = Ongedaan maken
action-retry = Opnieuw proberen
loading = Laden…
works-offline = Werkt zonder internet.

## Eerste start
welcome-title = Welkom bij Wegwijs
welcome-text = Je rechten, je eerste stappen en hulp in de buurt in Nederland. In je eigen taal, ook zonder internet.
choose-language = Kies je taal
choose-municipality = Waar woon je?
municipality-search = Typ de naam van je woonplaats
municipality-not-listed = Mijn woonplaats staat niet in de lijst
dates-title = Je datums
dates-help = Met deze datums laten we je termijnen zien. Je kunt ze later veranderen.
stay-title = Hoe lang blijf je in Nederland?
children-title = Heb je kinderen onder 18?
setup-can-change-later = Je kunt dit overslaan en later veranderen bij Instellingen.
setup-finish = Beginnen

## Vandaag
today-title = Vandaag
today-next-steps = Je volgende stappen
today-alerts = Belangrijke berichten
today-no-steps = Geen open stappen. Goed gedaan!
today-see-checklist = Bekijk de hele checklist

## Checklist
checklist-title = Je eerste weken
checklist-read-more = Lees meer over je rechten
checklist-local-help = Hulp in de buurt

## Rechten
rights-title = Je rechten en plichten
topic-registration = Inschrijving
topic-id = Identiteitsbewijs
topic-work = Werk en contract
topic-wages = Loon
topic-housing = Wonen
topic-health = Gezondheid en verzekering
topic-family = Gezin en kinderen
topic-benefits = Uitkeringen en toeslagen
topic-money = Geld en bank
topic-education = School
topic-language = Nederlands leren
topic-help = Hulp en melden
topic-leaving = Nederland verlaten
topic-emergency = Noodgeval
topic-community = Samen
topic-municipality = Gemeente

## In de buurt
local-title = In je gemeente
local-services = Diensten
local-events = Activiteiten
local-alerts = Berichten
local-take-part = Ontmoeten en meedoen
local-take-part-intro = Ontmoetingsplekken, initiatieven, clubs en taalcafés in je gemeente.
local-take-part-how = Zo werkt het in Nederland
local-take-part-none = We hebben nog geen lokale informatie voor deze gemeente. De artikelen hieronder vertellen hoe je die vindt.
checklist-optional-title = Mensen ontmoeten en meedoen
checklist-optional-intro = Extra stappen zonder deadline. Doe ze wanneer je er klaar voor bent.
step-hide = Verbergen
step-hidden = Verborgen stappen
step-show = Weer tonen
today-take-part = Een stap om mensen te ontmoeten
today-take-part-intro = Je dringende stappen zijn klaar. Probeer dit als je er klaar voor bent.
local-choose-municipality = Kies je gemeente bij Instellingen om hulp in de buurt te zien.
event-when = Wanneer

## Instellingen
settings-title = Instellingen
settings-profile = Je gegevens
settings-wifi-only = Updates alleen via wifi downloaden
settings-text-size = Tekstgrootte
text-size-normal = Normaal
text-size-large = Groot
text-size-larger = Heel groot
settings-high-contrast = Hoog contrast
settings-export = Mijn gegevens exporteren
settings-export-done = Je gegevens zijn als bestand opgeslagen.
settings-delete = Al mijn gegevens wissen
settings-delete-confirm = Je gegevens, checklist en instellingen van deze telefoon wissen? Dit kun je niet ongedaan maken.
settings-delete-done = Al je gegevens zijn gewist.
settings-about = Over Wegwijs
about-version = Versie van de app
about-content-version = Versie van de informatie
about-licences = Opensourcelicenties
saved = Opgeslagen

## Voorlezen
read-aloud = Voorlezen
stop-reading = Stoppen met voorlezen
no-voice = Je telefoon heeft geen stem voor deze taal.
pause-reading = Pauze
resume-reading = Verder voorlezen
voice-instead-en = Je telefoon kan de Engelse versie voorlezen.
voice-instead-nl = Je telefoon kan de Nederlandse versie voorlezen.
read-english-aloud = Engelse versie voorlezen
read-dutch-aloud = Nederlandse versie voorlezen

## Updates (Settings and Today)
settings-updates = Informatie-updates
update-how = De app kijkt of er updates zijn als je de app opent. Er wordt niets gedownload zonder dat je het vraagt.
update-last-check = Laatst gecontroleerd: { $date }
update-never-checked = Nog niet gecontroleerd op updates.
update-check = Controleren op updates
update-download-size = { $value } te downloaden
update-up-to-date = Je informatie is up-to-date.
update-could-not-check = Kon niet controleren op nieuwere informatie. Je ziet de informatie van { $date }.
update-import-file = Een updatebestand importeren
update-share-file = Deze update delen
update-content-date = Informatie van { $date }
update-now = Nu bijwerken
update-done = Je informatie is bijgewerkt.
update-share-done = De update is opgeslagen als bestand. Je kunt het aan anderen geven.
today-update-ready = Er is een update klaar: { $value }
today-update-open = Bekijk de update
