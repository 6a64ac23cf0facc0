## Ecranele Wegwijs — română.

## Navigare
nav-today = Azi
nav-checklist = Listă
nav-rights = Drepturi
nav-local = În zonă
nav-search = Caută
nav-settings = Setări

## Acțiuni
action-next = Înainte
action-back = Înapoi
action-skip = Sari peste
action-save = Salvează
action-cancel = Anulează
action-close = Închide
action-confirm = Da, continuă
action-undo = Anulează acțiunea
action-retry = Încearcă din nou
loading = Se încarcă…
works-offline = Funcționează fără internet.

## Prima pornire
welcome-title = Bine ai venit la Wegwijs
welcome-text = Drepturile tale, primii pași și ajutor în zonă în Țările de Jos. În limba ta, și fără internet.
choose-language = Alege limba
choose-municipality = Unde locuiești?
municipality-search = Scrie numele localității
municipality-not-listed = Localitatea mea nu este în listă
dates-title = Datele tale
dates-help = Folosim aceste date ca să îți arătăm termenele. Le poți schimba mai târziu.
stay-title = Cât timp rămâi în Țările de Jos?
children-title = Ai copii sub 18 ani?
setup-can-change-later = Poți sări peste acest pas și îl poți schimba mai târziu în Setări.
setup-finish = Începe

## Azi
today-title = Azi
today-next-steps = Următorii tăi pași
today-alerts = Anunțuri importante
today-no-steps = Niciun pas deschis. Bravo!
today-see-checklist = Vezi toată lista

## Listă
checklist-title = Primele tale săptămâni
checklist-read-more = Citește mai mult despre drepturile tale
checklist-local-help = Ajutor în zonă

## Drepturi
rights-title = Drepturile și obligațiile tale
topic-registration = Înregistrare
topic-id = Act de identitate
topic-work = Muncă și contract
topic-wages = Salariu
topic-housing = Locuință
topic-health = Sănătate și asigurare
topic-family = Familie și copii
topic-benefits = Alocații și ajutoare
topic-money = Bani și bancă
topic-education = Școală
topic-language = Învață neerlandeză
topic-help = Ajutor și sesizări
topic-leaving = Plecarea din Țările de Jos
topic-emergency = Urgențe
topic-community = Comunitate
topic-municipality = Primărie

## În zonă
local-title = În localitatea ta
local-services = Servicii
local-events = Evenimente
local-alerts = Anunțuri
local-take-part = Întâlniri și participare
local-take-part-intro = Locuri de întâlnire, inițiative, cluburi și cafenele lingvistice în localitatea ta.
local-take-part-how = Cum funcționează în Țările de Jos
local-take-part-none = Nu avem încă informații locale pentru această localitate. Articolele de mai jos explică cum le găsești.
checklist-optional-title = Cunoaște oameni și implică-te
checklist-optional-intro = Pași opționali, fără termen. Fă-i când vrei.
step-hide = Ascunde
step-hidden = Pași ascunși
step-show = Arată din nou
today-take-part = Un pas pentru a cunoaște oameni
today-take-part-intro = Pașii tăi urgenți sunt făcuți. Când vrei, încearcă asta.
local-choose-municipality = Alege localitatea în Setări ca să vezi ajutorul din zonă.
event-when = Când

## Setări
settings-title = Setări
settings-profile = Datele tale
settings-wifi-only = Descarcă actualizările doar prin Wi-Fi
settings-text-size = Mărimea textului
text-size-normal = Normală
text-size-large = Mare
text-size-larger = Foarte mare
settings-high-contrast = Contrast ridicat
settings-export = Exportă datele mele
settings-export-done = Datele tale au fost salvate într-un fișier.
settings-delete = Șterge toate datele mele
settings-delete-confirm = Ștergi datele tale, lista și setările de pe acest telefon? Nu poți anula.
settings-delete-done = Toate datele tale au fost șterse.
settings-about = Despre Wegwijs
about-version = Versiunea aplicației
about-content-version = Versiunea informațiilor
about-licences = Licențe open source
saved = Salvat

## Citire cu voce tare
read-aloud = Citește cu voce tare
stop-reading = Oprește citirea
no-voice = Telefonul tău nu are o voce pentru această limbă.
pause-reading = Pauză
resume-reading = Continuă citirea
voice-instead-en = Telefonul tău poate citi cu voce tare versiunea în engleză.
voice-instead-nl = Telefonul tău poate citi cu voce tare versiunea în neerlandeză.
read-english-aloud = Citește cu voce tare versiunea în engleză
read-dutch-aloud = Citește cu voce tare versiunea în neerlandeză

## Actualizări
settings-updates = Actualizări ale informațiilor
update-how = Aplicația verifică dacă există actualizări când o deschizi. Nu se descarcă nimic fără să te întrebe.
update-last-check = Ultima verificare: { $date }
update-never-checked = Nu s-a verificat încă dacă există actualizări.
update-check = Verifică actualizările
update-download-size = { $value } de descărcat
update-up-to-date = Ai cele mai noi informații.
update-could-not-check = Nu am putut verifica dacă există informații mai noi. Vezi informațiile din { $date }.
update-import-file = Importă un fișier de actualizare
update-share-file = Trimite fișierul de actualizare
update-content-date = Informații din { $date }
update-now = Actualizează acum
update-done = Informațiile tale au fost actualizate.
update-share-done = Actualizarea a fost salvată ca fișier. O poți trimite și altora.
today-update-ready = O actualizare este gata: { $value }
today-update-open = Vezi actualizarea
