## Wegwijs — poruke na hrvatskom (prijevod).

app-name = Wegwijs
app-tagline = Snađi se u Nizozemskoj

## Pogreške
error-content-corrupt = Informacije u aplikaciji nije moguće pročitati. Vratit će se iz kopije u aplikaciji. Vaši su podaci sigurni.
error-content-invalid = Ovaj sadržaj ima pogreške i nije korišten.
error-user-data-corrupt = Vaše spremljene podatke nije moguće pročitati. Datoteka nije promijenjena. Zatražite pomoć prije nego što ponovno instalirate aplikaciju.
error-user-data-newer = Vaši spremljeni podaci potječu iz novije verzije aplikacije Wegwijs. Ažurirajte aplikaciju da biste ih koristili.
error-invalid-date = „{ $value }” nije valjan datum. Koristite oblik GGGG-MM-DD, na primjer 2026-11-20.
error-unknown-item = Ova stranica (više) ne postoji.
error-unknown-language = Ovaj jezik nije dostupan.
error-unknown-municipality = Ove općine još nema u aplikaciji.
error-database = Nešto je pošlo po zlu pri spremanju ili čitanju. Pokušajte ponovno.
error-io = Datoteku nije moguće pročitati ili zapisati. Provjerite imate li slobodnog prostora na telefonu.
error-speech = Čitanje naglas nije uspjelo. Pokušajte ponovno ili sami pročitajte tekst.

## Vrste i stanje prijevoda
kind-right = Prava i obveze
kind-service = Lokalna pomoć
kind-task = Korak s popisa
kind-alert = Važna obavijest
kind-event = Događanje
state-reference = Službeni tekst
state-machine = Strojni prijevod - nije ga provjerila osoba. Vrijede nizozemski i engleski tekst.
state-translated = Prevedeno, još nije provjereno. Vrijede nizozemski i engleski tekst.
state-reviewed = Prevedeno i provjereno
show-reference-text = Prikaži engleski tekst
show-dutch-text = Prikaži nizozemski tekst
sample-content = Primjer sadržaja: općina ga još nije potvrdila.

## Popis koraka
task-todo = Za napraviti
task-done = Gotovo
task-not-applicable = Ne odnosi se na mene
due-today = Rok danas
due-in-days = { $days ->
    [1] Rok sutra
    [one] Rok za { $days } dan
    [few] Rok za { $days } dana
   *[other] Rok za { $days } dana
}
due-overdue = { $days ->
    [one] { $days } dan kašnjenja
    [few] { $days } dana kašnjenja
   *[other] { $days } dana kašnjenja
}
due-on = Rok: { $date }
reminder-notification-title = Čeka vas jedan korak
deadline-legal = Ovaj rok određuje zakon.
deadline-advice = Naš savjet, nije zakonski rok.
needs-arrival-date = Unesite datum dolaska da biste vidjeli rok.
needs-work-start-date = Unesite prvi radni dan da biste vidjeli rok.
why-it-matters = Zašto je to važno
mark-done = Označi kao gotovo
mark-todo = Označi kao nije gotovo
mark-not-applicable = Ovo se ne odnosi na mene
checklist-all-done = Svi su koraci gotovi. Bravo!

## Profil
stay-short = Kraće od 4 mjeseca
stay-long = Dulje od 4 mjeseca
stay-unsure = Još ne znam
profile-arrival = Datum dolaska u Nizozemsku
profile-work-start = Prvi radni dan
profile-stay = Koliko ćete dugo ostati?
profile-children-in-nl = Djeca mlađa od 18 godina koja žive u Nizozemskoj
profile-children-abroad = Djeca mlađa od 18 godina koja žive u drugoj zemlji
profile-agency = Radim preko agencije za privremeno zapošljavanje (uitzendbureau)
profile-language = Jezik
profile-municipality = Općina u kojoj živite

## Prava, izvori, iznosi
source = Izvor
sources = Službeni izvori
verified-on = Provjereno { $date }
valid-from = Od { $date }
valid-until = Do { $date }
amount-secondary = Ovaj se iznos može promijeniti. Provjerite službenu stranicu.
related-items = Pogledajte i

## Lokalne usluge
open-now = Sada otvoreno
closed-now = Sada zatvoreno
hours-unknown = Radno vrijeme nije poznato. Provjerite prije nego što odete.
holiday-hours-differ = Na praznike radno vrijeme može biti drukčije.
opens-at = Otvara u { $time }
opens-on = Otvara: { $day }, { $time }
closes-at = Zatvara u { $time }
public-holiday = Državni blagdan
appointment-needed = Najprije dogovorite termin.
languages-spoken = Jezici kojima se govori
call = Nazovi
send-email = Pošalji e-poštu
website = Web-stranica
open-in-maps = Otvori na karti
no-local-services = Za ovu općinu još nema lokalnih informacija.

## Pretraživanje
search-placeholder = Pretražite, na primjer „doplatak za djecu”
search-no-results = Ništa nije pronađeno. Pokušajte s drugom riječi.
search-results = { $days ->
    [one] { $days } rezultat
    [few] { $days } rezultata
   *[other] { $days } rezultata
}

## Stanje sadržaja
content-updated-on = Informacije ažurirane { $date }
