## Zasloni aplikacije Wegwijs — prijevod na hrvatski.

## Navigacija
nav-today = Danas
nav-checklist = Koraci
nav-rights = Prava
nav-local = U blizini
nav-search = Traži
nav-settings = Postavke

## Zajedničke radnje
action-next = Dalje
action-back = Natrag
action-skip = Preskoči
action-save = Spremi
action-cancel = Odustani
action-close = Zatvori
action-confirm = Da, nastavi
action-undo = Poništi
action-retry = Pokušaj ponovno
loading = Učitavanje…
works-offline = Radi i bez interneta.

## Prvo pokretanje
welcome-title = Dobro došli u Wegwijs
welcome-text = Vaša prava, vaši prvi koraci i lokalna pomoć u Nizozemskoj. Na vašem jeziku, i bez interneta.
choose-language = Odaberite jezik
choose-municipality = Gdje živite?
municipality-search = Upišite naziv svog mjesta
municipality-not-listed = Mog mjesta nema na popisu
dates-title = Vaši datumi
dates-help = Prema ovim datumima prikazujemo vaše rokove. Kasnije ih možete promijeniti.
stay-title = Koliko ćete dugo ostati u Nizozemskoj?
children-title = Imate li djecu mlađu od 18 godina?
setup-can-change-later = Ovo možete preskočiti i promijeniti kasnije u Postavkama.
setup-finish = Započni

## Danas
today-title = Danas
today-next-steps = Vaši sljedeći koraci
today-alerts = Važne obavijesti
today-no-steps = Nema otvorenih koraka. Bravo!
today-see-checklist = Pogledajte cijeli popis

## Popis koraka
checklist-title = Vaši prvi tjedni
checklist-read-more = Pročitajte više o svojim pravima
checklist-local-help = Lokalna pomoć

## Prava
rights-title = Vaša prava i obveze
topic-registration = Prijava
topic-id = Identifikacijska isprava
topic-work = Posao i ugovor
topic-wages = Plaća
topic-housing = Stanovanje
topic-health = Zdravlje i osiguranje
topic-family = Obitelj i djeca
topic-benefits = Naknade i doplatci
topic-money = Novac i banka
topic-education = Škola
topic-language = Učenje nizozemskog
topic-help = Pomoć i prijave
topic-leaving = Odlazak iz Nizozemske
topic-emergency = Hitni slučajevi
topic-community = Zajednica
topic-municipality = Općina

## U blizini
local-title = U vašoj općini
local-services = Usluge
local-events = Događanja
local-alerts = Obavijesti
local-take-part = Upoznaj i sudjeluj
local-take-part-intro = Mjesta susreta, inicijative, klubovi i jezični kafići u vašoj općini.
local-take-part-how = Kako to funkcionira u Nizozemskoj
local-take-part-none = Za ovu općinu još nemamo lokalne informacije. Članci u nastavku objašnjavaju kako ih pronaći.
checklist-optional-title = Upoznajte ljude i uključite se
checklist-optional-intro = Dodatni koraci bez roka. Napravite ih kad budete spremni.
step-hide = Sakrij
step-hidden = Skriveni koraci
step-show = Prikaži ponovno
today-take-part = Korak za upoznavanje ljudi
today-take-part-intro = Vaši hitni koraci su gotovi. Kad budete spremni, isprobajte ovo.
local-choose-municipality = Odaberite svoju općinu u Postavkama da biste vidjeli lokalnu pomoć.
event-when = Kada

## Postavke
settings-title = Postavke
settings-profile = Vaši podaci
settings-wifi-only = Preuzimaj ažuriranja samo preko Wi-Fi mreže
settings-text-size = Veličina teksta
text-size-normal = Normalna
text-size-large = Velika
text-size-larger = Vrlo velika
settings-high-contrast = Visoki kontrast
settings-export = Izvezi moje podatke
settings-export-done = Vaši su podaci spremljeni u datoteku.
settings-delete = Izbriši sve moje podatke
settings-delete-confirm = Izbrisati vaše podatke, popis koraka i postavke s ovog telefona? To se ne može poništiti.
settings-delete-done = Svi su vaši podaci izbrisani.
settings-about = O aplikaciji Wegwijs
about-version = Verzija aplikacije
about-content-version = Verzija informacija
about-licences = Licencije otvorenog koda
saved = Spremljeno

## Čitanje naglas
read-aloud = Čitaj naglas
stop-reading = Zaustavi čitanje
no-voice = Vaš telefon nema glas za ovaj jezik.
pause-reading = Pauza
resume-reading = Nastavi čitanje
voice-instead-en = Vaš telefon može naglas pročitati englesku verziju.
voice-instead-nl = Vaš telefon može naglas pročitati nizozemsku verziju.
read-english-aloud = Čitaj naglas englesku verziju
read-dutch-aloud = Čitaj naglas nizozemsku verziju

## Ažuriranja
settings-updates = Ažuriranja informacija
update-how = Aplikacija provjerava ažuriranja kad je otvorite. Ništa se ne preuzima bez vašeg pristanka.
update-last-check = Zadnja provjera: { $date }
update-never-checked = Ažuriranja još nisu provjerena.
update-check = Provjeri ažuriranja
update-download-size = Za preuzimanje: { $value }
update-up-to-date = Imate najnovije informacije.
update-could-not-check = Nije bilo moguće provjeriti novije informacije. Vidite informacije od { $date }.
update-import-file = Uvezi datoteku s ažuriranjem
update-share-file = Podijeli datoteku s ažuriranjem
update-content-date = Informacije od { $date }
update-now = Ažuriraj sada
update-done = Vaše informacije su ažurirane.
update-share-done = Ažuriranje je spremljeno kao datoteka. Možete ga dati drugima.
today-update-ready = Ažuriranje je spremno: { $value }
today-update-open = Pogledaj ažuriranje
