## Ekrani aplikacije Wegwijs — prevod na srpski, latinica.

## Navigacija
nav-today = Danas
nav-checklist = Koraci
nav-rights = Prava
nav-local = U blizini
nav-search = Pretraga
nav-settings = Opcije

## Zajedničke radnje
action-next = Dalje
action-back = Nazad
action-skip = Preskoči
action-save = Sačuvaj
action-cancel = Otkaži
action-close = Zatvori
action-confirm = Da, nastavi
action-undo = Poništi
action-retry = Pokušaj ponovo
loading = Učitavanje…
works-offline = Radi i bez interneta.

## Prvo pokretanje
welcome-title = Dobro došli u Wegwijs
welcome-text = Vaša prava, vaši prvi koraci i lokalna pomoć u Holandiji. Na vašem jeziku, i bez interneta.
choose-language = Izaberite jezik
choose-municipality = Gde živite?
municipality-search = Upišite naziv svog mesta
municipality-not-listed = Mog mesta nema na spisku
dates-title = Vaši datumi
dates-help = Prema ovim datumima prikazujemo vaše rokove. Kasnije ih možete promeniti.
stay-title = Koliko dugo ćete ostati u Holandiji?
children-title = Imate li decu mlađu od 18 godina?
setup-can-change-later = Ovo možete preskočiti i promeniti kasnije u Podešavanjima.
setup-finish = Počni

## Danas
today-title = Danas
today-next-steps = Vaši sledeći koraci
today-alerts = Važna obaveštenja
today-no-steps = Nema otvorenih koraka. Bravo!
today-see-checklist = Pogledajte ceo spisak

## Spisak koraka
checklist-title = Vaše prve nedelje
checklist-read-more = Pročitajte više o svojim pravima
checklist-local-help = Lokalna pomoć

## Prava
rights-title = Vaša prava i obaveze
topic-registration = Prijava
topic-id = Lični dokument
topic-work = Posao i ugovor
topic-wages = Plata
topic-housing = Stanovanje
topic-health = Zdravlje i osiguranje
topic-family = Porodica i deca
topic-benefits = Naknade i dodaci
topic-money = Novac i banka
topic-education = Škola
topic-language = Učenje holandskog
topic-help = Pomoć i prijave
topic-leaving = Odlazak iz Holandije
topic-emergency = Hitni slučajevi
topic-community = Zajednica
topic-municipality = Opština

## U blizini
local-title = U vašoj opštini
local-services = Usluge
local-events = Događaji
local-alerts = Obaveštenja
local-take-part = Upoznaj i učestvuj
local-take-part-intro = Mesta susreta, inicijative, klubovi i jezički kafići u vašoj opštini.
local-take-part-how = Kako to funkcioniše u Holandiji
local-take-part-none = Za ovu opštinu još nemamo lokalne informacije. Članci ispod objašnjavaju kako da ih pronađete.
checklist-optional-title = Upoznajte ljude i uključite se
checklist-optional-intro = Dodatni koraci bez roka. Uradite ih kada budete spremni.
step-hide = Sakrij
step-hidden = Skriveni koraci
step-show = Prikaži ponovo
today-take-part = Korak za upoznavanje ljudi
today-take-part-intro = Vaši hitni koraci su završeni. Kada budete spremni, probajte ovo.
local-choose-municipality = Izaberite svoju opštinu u Podešavanjima da biste videli lokalnu pomoć.
event-when = Kada

## Podešavanja
settings-title = Podešavanja
settings-profile = Vaši podaci
settings-wifi-only = Preuzimaj ažuriranja samo preko Wi-Fi mreže
settings-text-size = Veličina teksta
text-size-normal = Normalna
text-size-large = Velika
text-size-larger = Vrlo velika
settings-high-contrast = Visoki kontrast
settings-export = Izvezi moje podatke
settings-export-done = Vaši podaci su sačuvani u datoteci.
settings-delete = Obriši sve moje podatke
settings-delete-confirm = Obrisati vaše podatke, spisak koraka i podešavanja sa ovog telefona? Ovo ne može da se poništi.
settings-delete-done = Svi vaši podaci su obrisani.
settings-about = O aplikaciji Wegwijs
about-version = Verzija aplikacije
about-content-version = Verzija informacija
about-licences = Licence otvorenog koda
saved = Sačuvano

## Čitanje naglas
read-aloud = Čitaj naglas
stop-reading = Zaustavi čitanje
no-voice = Vaš telefon nema glas za ovaj jezik.
pause-reading = Pauza
resume-reading = Nastavi čitanje
voice-instead-en = Vaš telefon može naglas da pročita englesku verziju.
voice-instead-nl = Vaš telefon može naglas da pročita holandsku verziju.
read-english-aloud = Čitaj naglas englesku verziju
read-dutch-aloud = Čitaj naglas holandsku verziju

## Ažuriranja
settings-updates = Ažuriranja informacija
update-how = Aplikacija proverava ažuriranja kada je otvorite. Ništa se ne preuzima bez vašeg pristanka.
update-last-check = Poslednja provera: { $date }
update-never-checked = Ažuriranja još nisu proverena.
update-check = Proveri ažuriranja
update-download-size = Za preuzimanje: { $value }
update-up-to-date = Imate najnovije informacije.
update-could-not-check = Nije bilo moguće proveriti novije informacije. Vidite informacije od { $date }.
update-import-file = Uvezi datoteku sa ažuriranjem
update-share-file = Podeli datoteku sa ažuriranjem
update-content-date = Informacije od { $date }
update-now = Ažuriraj sada
update-done = Vaše informacije su ažurirane.
update-share-done = Ažuriranje je sačuvano kao datoteka. Možete ga dati drugima.
today-update-ready = Ažuriranje je spremno: { $value }
today-update-open = Pogledajte ažuriranje
