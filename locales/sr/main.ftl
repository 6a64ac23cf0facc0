## Wegwijs — poruke na srpskom, latinica (prevod).

app-name = Wegwijs
app-tagline = Snađite se u Holandiji

## Greške
error-content-corrupt = Informacije u aplikaciji nije moguće pročitati. Biće vraćene iz kopije u aplikaciji. Vaši podaci su bezbedni.
error-content-invalid = Ovaj sadržaj ima greške i nije korišćen.
error-user-data-corrupt = Vaše sačuvane podatke nije moguće pročitati. Datoteka nije promenjena. Zatražite pomoć pre nego što ponovo instalirate aplikaciju.
error-user-data-newer = Vaši sačuvani podaci potiču iz novije verzije aplikacije Wegwijs. Ažurirajte aplikaciju da biste ih koristili.
error-invalid-date = „{ $value }” nije ispravan datum. Koristite oblik GGGG-MM-DD, na primer 2026-11-20.
error-unknown-item = Ova stranica (više) ne postoji.
error-unknown-language = Ovaj jezik nije dostupan.
error-unknown-municipality = Ove opštine još nema u aplikaciji.
error-database = Nešto nije u redu pri čuvanju ili čitanju. Pokušajte ponovo.
error-io = Datoteku nije moguće pročitati ili upisati. Proverite da li imate slobodnog prostora na telefonu.
error-speech = Čitanje naglas nije uspelo. Pokušajte ponovo ili sami pročitajte tekst.

## Vrste i stanje prevoda
kind-right = Prava i obaveze
kind-service = Lokalna pomoć
kind-task = Korak sa spiska
kind-alert = Važno obaveštenje
kind-event = Događaj
state-reference = Zvanični tekst
state-machine = Mašinski prevod - nije ga proverila osoba. Važe holandski i engleski tekst.
state-translated = Prevedeno, još nije provereno. Važe holandski i engleski tekst.
state-reviewed = Prevedeno i provereno
show-reference-text = Prikaži engleski tekst
show-dutch-text = Prikaži holandski tekst
sample-content = Primer sadržaja: opština ga još nije potvrdila.

## Spisak koraka
task-todo = Treba uraditi
task-done = Urađeno
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
deadline-advice = Naš savet, nije zakonski rok.
needs-arrival-date = Unesite datum dolaska da biste videli rok.
needs-work-start-date = Unesite prvi radni dan da biste videli rok.
why-it-matters = Zašto je to važno
mark-done = Označi kao urađeno
mark-todo = Označi kao neurađeno
mark-not-applicable = Ovo se ne odnosi na mene
checklist-all-done = Svi koraci su urađeni. Bravo!

## Profil
stay-short = Kraće od 4 meseca
stay-long = Duže od 4 meseca
stay-unsure = Još ne znam
profile-arrival = Datum dolaska u Holandiju
profile-work-start = Prvi radni dan
profile-stay = Koliko dugo ćete ostati?
profile-children-in-nl = Deca mlađa od 18 godina koja žive u Holandiji
profile-children-abroad = Deca mlađa od 18 godina koja žive u drugoj zemlji
profile-agency = Radim preko agencije za privremeno zapošljavanje (uitzendbureau)
profile-language = Jezik
profile-municipality = Opština u kojoj živite

## Prava, izvori, iznosi
source = Izvor
sources = Zvanični izvori
verified-on = Provereno { $date }
valid-from = Od { $date }
valid-until = Do { $date }
amount-secondary = Ovaj iznos može da se promeni. Proverite zvaničnu stranicu.
related-items = Pogledajte i

## Lokalne usluge
open-now = Sada otvoreno
closed-now = Sada zatvoreno
hours-unknown = Radno vreme nije poznato. Proverite pre nego što odete.
holiday-hours-differ = Za praznike radno vreme može biti drugačije.
opens-at = Otvara u { $time }
opens-on = Otvara: { $day }, { $time }
closes-at = Zatvara u { $time }
public-holiday = Državni praznik
appointment-needed = Prvo zakažite termin.
languages-spoken = Jezici kojima se govori
call = Pozovi
send-email = Pošalji imejl
website = Veb-sajt
open-in-maps = Otvori na mapi
no-local-services = Za ovu opštinu još nema lokalnih informacija.

## Pretraga
search-placeholder = Pretražite, na primer „dečiji dodatak”
search-no-results = Ništa nije pronađeno. Pokušajte sa drugom rečju.
search-results = { $days ->
    [one] { $days } rezultat
    [few] { $days } rezultata
   *[other] { $days } rezultata
}

## Stanje sadržaja
content-updated-on = Informacije ažurirane { $date }
