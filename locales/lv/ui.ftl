## Wegwijs ekrāni — tulkojums latviešu valodā.

## Navigācija
nav-today = Šodien
nav-checklist = Soļi
nav-rights = Tiesības
nav-local = Tuvumā
nav-search = Meklēt
nav-settings = Iestatījumi

## Kopīgās darbības
action-next = Tālāk
action-back = Atpakaļ
action-skip = Izlaist
action-save = Saglabāt
action-cancel = Atcelt
action-close = Aizvērt
action-confirm = Jā, turpināt
action-undo = Atsaukt
action-retry = Mēģināt vēlreiz
loading = Ielādē…
works-offline = Darbojas arī bez interneta.

## Pirmā palaišana
welcome-title = Laipni lūdzam Wegwijs
welcome-text = Jūsu tiesības, pirmie soļi un vietējā palīdzība Nīderlandē. Jūsu valodā, arī bez interneta.
choose-language = Izvēlieties valodu
choose-municipality = Kur jūs dzīvojat?
municipality-search = Ierakstiet savas pilsētas nosaukumu
municipality-not-listed = Manas pilsētas nav sarakstā
dates-title = Jūsu datumi
dates-help = Pēc šiem datumiem mēs parādām jūsu termiņus. Vēlāk tos var mainīt.
stay-title = Cik ilgi jūs paliksiet Nīderlandē?
children-title = Vai jums ir bērni līdz 18 gadiem?
setup-can-change-later = To var izlaist un vēlāk mainīt iestatījumos.
setup-finish = Sākt

## Šodien
today-title = Šodien
today-next-steps = Jūsu nākamie soļi
today-alerts = Svarīgi paziņojumi
today-no-steps = Nav neizpildītu soļu. Labi padarīts!
today-see-checklist = Skatīt visu sarakstu

## Soļu saraksts
checklist-title = Jūsu pirmās nedēļas
checklist-read-more = Lasiet vairāk par savām tiesībām
checklist-local-help = Vietējā palīdzība

## Tiesības
rights-title = Jūsu tiesības un pienākumi
topic-registration = Reģistrācija
topic-id = Personu apliecinošs dokuments
topic-work = Darbs un līgums
topic-wages = Alga
topic-housing = Mājoklis
topic-health = Veselība un apdrošināšana
topic-family = Ģimene un bērni
topic-benefits = Pabalsti un piemaksas
topic-money = Nauda un banka
topic-education = Skola
topic-language = Nīderlandiešu valodas apguve
topic-help = Palīdzība un ziņošana
topic-leaving = Aizbraukšana no Nīderlandes
topic-emergency = Ārkārtas situācija
topic-community = Kopiena
topic-municipality = Pašvaldība

## Tuvumā
local-title = Jūsu pašvaldībā
local-services = Pakalpojumi
local-events = Pasākumi
local-alerts = Paziņojumi
local-take-part = Satikties un piedalīties
local-take-part-intro = Tikšanās vietas, iniciatīvas, klubi un valodu kafejnīcas jūsu pašvaldībā.
local-take-part-how = Kā tas notiek Nīderlandē
local-take-part-none = Šai pašvaldībai mums vēl nav vietējās informācijas. Tālāk esošie raksti paskaidro, kā to atrast.
checklist-optional-title = Iepazīstiet cilvēkus un piedalieties
checklist-optional-intro = Papildu soļi bez termiņa. Veiciet tos, kad esat gatavi.
step-hide = Paslēpt
step-hidden = Paslēptie soļi
step-show = Rādīt atkal
today-take-part = Solis, lai iepazītu cilvēkus
today-take-part-intro = Jūsu steidzamie soļi ir izpildīti. Kad esat gatavi, izmēģiniet šo.
local-choose-municipality = Izvēlieties savu pašvaldību iestatījumos, lai redzētu vietējo palīdzību.
event-when = Kad

## Iestatījumi
settings-title = Iestatījumi
settings-profile = Jūsu dati
settings-wifi-only = Lejupielādēt atjauninājumus tikai caur Wi-Fi
settings-text-size = Teksta lielums
text-size-normal = Parasts
text-size-large = Liels
text-size-larger = Ļoti liels
settings-high-contrast = Augsts kontrasts
settings-export = Eksportēt manus datus
settings-export-done = Jūsu dati ir saglabāti failā.
settings-delete = Dzēst visus manus datus
settings-delete-confirm = Dzēst jūsu datus, sarakstu un iestatījumus no šī tālruņa? To nevarēs atsaukt.
settings-delete-done = Visi jūsu dati ir dzēsti.
settings-about = Par Wegwijs
about-version = Lietotnes versija
about-content-version = Informācijas versija
about-licences = Atvērtā koda licences
saved = Saglabāts

## Lasīšana balsī
read-aloud = Lasīt balsī
stop-reading = Pārtraukt lasīšanu
no-voice = Jūsu tālrunī nav balss šai valodai.
pause-reading = Pauze
resume-reading = Turpināt lasīšanu
voice-instead-en = Jūsu tālrunis var nolasīt balsī angļu valodas versiju.
voice-instead-nl = Jūsu tālrunis var nolasīt balsī nīderlandiešu valodas versiju.
read-english-aloud = Lasīt balsī angļu valodas versiju
read-dutch-aloud = Lasīt balsī nīderlandiešu valodas versiju

## Atjauninājumi
settings-updates = Informācijas atjauninājumi
update-how = Lietotne pārbauda atjauninājumus, kad jūs to atverat. Nekas netiek lejupielādēts, jums nejautājot.
update-last-check = Pēdējā pārbaude: { $date }
update-never-checked = Atjauninājumi vēl nav pārbaudīti.
update-check = Pārbaudīt atjauninājumus
update-download-size = Jālejupielādē { $value }
update-up-to-date = Jums ir jaunākā informācija.
update-could-not-check = Neizdevās pārbaudīt jaunāku informāciju. Jūs redzat informāciju no { $date }.
update-import-file = Importēt atjauninājuma failu
update-share-file = Kopīgot atjauninājuma failu
update-content-date = Informācija no { $date }
update-now = Atjaunināt tagad
update-done = Jūsu informācija ir atjaunināta.
update-share-done = Atjauninājums saglabāts kā fails. Varat to nodot citiem.
today-update-ready = Atjauninājums ir gatavs: { $value }
today-update-open = Skatīt atjauninājumu
