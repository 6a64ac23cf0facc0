## Wegwijs — mesaje în română (traducere).

app-name = Wegwijs
app-tagline = Ghidul tău în Țările de Jos

## Erori
error-content-corrupt = Informațiile din aplicație nu au putut fi citite. Vor fi refăcute din copia din aplicație. Datele tale sunt în siguranță.
error-content-invalid = Acest conținut are erori și nu a fost folosit.
error-user-data-corrupt = Datele tale salvate nu au putut fi citite. Fișierul nu a fost modificat. Cere ajutor înainte să reinstalezi aplicația.
error-user-data-newer = Datele tale salvate vin dintr-o versiune mai nouă a Wegwijs. Actualizează aplicația ca să le folosești.
error-invalid-date = „{ $value }” nu este o dată validă. Folosește formatul AAAA-LL-ZZ, de exemplu 2026-11-20.
error-unknown-item = Această pagină nu (mai) există.
error-unknown-language = Această limbă nu este disponibilă.
error-unknown-municipality = Această primărie (gemeente) nu este încă în aplicație.
error-database = Ceva nu a mers la salvare sau la citire. Încearcă din nou.
error-io = Un fișier nu a putut fi citit sau scris. Verifică dacă ai spațiu liber pe telefon.
error-speech = Citirea cu voce tare nu a funcționat. Încearcă din nou sau citește tu textul.

## Tipuri și stare traducere
kind-right = Drepturi și obligații
kind-service = Ajutor în zonă
kind-task = Pas din listă
kind-alert = Anunț important
kind-event = Eveniment
state-reference = Text oficial
state-machine = Traducere automată - neverificată de o persoană. Contează textele în neerlandeză și engleză.
state-translated = Tradus, încă neverificat. Contează textele în neerlandeză și engleză.
state-reviewed = Tradus și verificat
show-reference-text = Arată textul în engleză
show-dutch-text = Arată textul în neerlandeză
sample-content = Conținut de exemplu: încă neconfirmat de primărie.

## Listă
task-todo = De făcut
task-done = Făcut
task-not-applicable = Nu mă privește
due-today = Termen azi
due-in-days = { $days ->
    [1] Termen mâine
    [one] Termen peste { $days } zi
    [few] Termen peste { $days } zile
   *[other] Termen peste { $days } de zile
}
due-overdue = { $days ->
    [one] { $days } zi întârziere
    [few] { $days } zile întârziere
   *[other] { $days } de zile întârziere
}
due-on = Termen: { $date }
reminder-notification-title = Aveți un pas de făcut
deadline-legal = Acest termen este stabilit prin lege.
deadline-advice = Sfatul nostru, nu un termen legal.
needs-arrival-date = Introdu data sosirii ca să vezi termenul.
needs-work-start-date = Introdu prima zi de muncă ca să vezi termenul.
why-it-matters = De ce este important
mark-done = Marchează ca făcut
mark-todo = Marchează ca nefăcut
mark-not-applicable = Nu mă privește
checklist-all-done = Toți pașii sunt făcuți. Bravo!

## Profil
stay-short = Mai puțin de 4 luni
stay-long = Mai mult de 4 luni
stay-unsure = Nu știu încă
profile-arrival = Data sosirii în Țările de Jos
profile-work-start = Prima zi de muncă
profile-stay = Cât timp rămâi?
profile-children-in-nl = Copii sub 18 ani care locuiesc în Țările de Jos
profile-children-abroad = Copii sub 18 ani care locuiesc în altă țară
profile-agency = Lucrez printr-o agenție de muncă
profile-language = Limba
profile-municipality = Localitatea (gemeente) unde locuiești

## Drepturi, surse, sume
source = Sursă
sources = Surse oficiale
verified-on = Verificat la { $date }
valid-from = De la { $date }
valid-until = Până la { $date }
amount-secondary = Această sumă se poate schimba. Verifică pagina oficială.
related-items = Vezi și

## Ajutor în zonă
open-now = Deschis acum
closed-now = Închis acum
hours-unknown = Program necunoscut. Verifică înainte să mergi.
holiday-hours-differ = În zilele de sărbătoare programul poate fi altul.
opens-at = Se deschide la { $time }
opens-on = Se deschide: { $day }, { $time }
closes-at = Se închide la { $time }
public-holiday = Sărbătoare legală
appointment-needed = Fă mai întâi o programare.
languages-spoken = Limbi vorbite
call = Sună
send-email = Trimite e-mail
website = Site
open-in-maps = Deschide în hărți
no-local-services = Nu există încă informații locale pentru această localitate.

## Căutare
search-placeholder = Caută, de exemplu „alocație copii”
search-no-results = Nu am găsit nimic. Încearcă alt cuvânt.
search-results = { $days ->
    [one] { $days } rezultat
    [few] { $days } rezultate
   *[other] { $days } de rezultate
}

## Starea conținutului
content-updated-on = Informații actualizate la { $date }
