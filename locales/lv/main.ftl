## Wegwijs — ziņojumi latviešu valodā (tulkojums).

app-name = Wegwijs
app-tagline = Orientējieties Nīderlandē

## Kļūdas
error-content-corrupt = Lietotnes informāciju neizdevās nolasīt. Tā tiks atjaunota no kopijas lietotnē. Jūsu dati ir drošībā.
error-content-invalid = Šajā saturā ir kļūdas, tāpēc tas netika izmantots.
error-user-data-corrupt = Jūsu saglabātos datus neizdevās nolasīt. Fails netika mainīts. Pirms lietotnes pārinstalēšanas lūdziet palīdzību.
error-user-data-newer = Jūsu saglabātie dati ir no jaunākas Wegwijs versijas. Atjauniniet lietotni, lai tos izmantotu.
error-invalid-date = “{ $value }” nav derīgs datums. Izmantojiet formātu GGGG-MM-DD, piemēram, 2026-11-20.
error-unknown-item = Šī lapa (vairs) nepastāv.
error-unknown-language = Šī valoda nav pieejama.
error-unknown-municipality = Šīs pašvaldības lietotnē vēl nav.
error-database = Saglabājot vai nolasot kaut kas nogāja greizi. Mēģiniet vēlreiz.
error-io = Failu neizdevās nolasīt vai ierakstīt. Pārbaudiet, vai tālrunī ir brīva vieta.
error-speech = Lasīšana balsī neizdevās. Mēģiniet vēlreiz vai izlasiet tekstu paši.

## Veidi un tulkojuma statuss
kind-right = Tiesības un pienākumi
kind-service = Vietējā palīdzība
kind-task = Saraksta solis
kind-alert = Svarīgs paziņojums
kind-event = Pasākums
state-reference = Oficiālais teksts
state-machine = Mašīntulkojums - cilvēks to nav pārbaudījis. Spēkā ir nīderlandiešu un angļu teksts.
state-translated = Tulkots, vēl nav pārbaudīts. Spēkā ir nīderlandiešu un angļu teksts.
state-reviewed = Tulkots un pārbaudīts
show-reference-text = Rādīt tekstu angļu valodā
show-dutch-text = Rādīt tekstu nīderlandiešu valodā
sample-content = Parauga saturs: pašvaldība to vēl nav apstiprinājusi.

## Soļu saraksts
task-todo = Jāizdara
task-done = Izdarīts
task-not-applicable = Uz mani neattiecas
due-today = Termiņš šodien
due-in-days = { $days ->
    [1] Termiņš rīt
    [zero] Termiņš pēc { $days } dienām
    [one] Termiņš pēc { $days } dienas
   *[other] Termiņš pēc { $days } dienām
}
due-overdue = { $days ->
    [zero] Nokavēts { $days } dienas
    [one] Nokavēta { $days } diena
   *[other] Nokavētas { $days } dienas
}
due-on = Termiņš: { $date }
reminder-notification-title = Jums ir jāveic viens solis
deadline-legal = Šo termiņu nosaka likums.
deadline-advice = Mūsu padoms, nevis likumā noteikts termiņš.
needs-arrival-date = Ievadiet ierašanās datumu, lai redzētu termiņu.
needs-work-start-date = Ievadiet pirmo darba dienu, lai redzētu termiņu.
why-it-matters = Kāpēc tas ir svarīgi
mark-done = Atzīmēt kā izdarītu
mark-todo = Atzīmēt kā neizdarītu
mark-not-applicable = Tas uz mani neattiecas
checklist-all-done = Visi soļi ir izdarīti. Labi padarīts!

## Profils
stay-short = Mazāk nekā 4 mēnešus
stay-long = Vairāk nekā 4 mēnešus
stay-unsure = Vēl nezinu
profile-arrival = Ierašanās datums Nīderlandē
profile-work-start = Pirmā darba diena
profile-stay = Cik ilgi jūs paliksiet?
profile-children-in-nl = Bērni līdz 18 gadiem, kas dzīvo Nīderlandē
profile-children-abroad = Bērni līdz 18 gadiem, kas dzīvo citā valstī
profile-agency = Es strādāju caur personāla nomas aģentūru (uitzendbureau)
profile-language = Valoda
profile-municipality = Pašvaldība, kurā jūs dzīvojat

## Tiesības, avoti, summas
source = Avots
sources = Oficiālie avoti
verified-on = Pārbaudīts { $date }
valid-from = No { $date }
valid-until = Līdz { $date }
amount-secondary = Šī summa var mainīties. Pārbaudiet oficiālajā lapā.
related-items = Skatīt arī

## Vietējie pakalpojumi
open-now = Tagad atvērts
closed-now = Tagad slēgts
hours-unknown = Darba laiks nav zināms. Pārbaudiet, pirms dodaties.
holiday-hours-differ = Svētku dienās darba laiks var atšķirties.
opens-at = Atver plkst. { $time }
opens-on = Atver: { $day }, { $time }
closes-at = Slēdz plkst. { $time }
public-holiday = Svētku diena
appointment-needed = Vispirms piesakieties uz vizīti.
languages-spoken = Valodas, kurās runā
call = Zvanīt
send-email = Sūtīt e-pastu
website = Tīmekļa vietne
open-in-maps = Atvērt kartē
no-local-services = Šai pašvaldībai vēl nav vietējās informācijas.

## Meklēšana
search-placeholder = Meklējiet, piemēram, “bērna pabalsts”
search-no-results = Nekas netika atrasts. Izmēģiniet citu vārdu.
search-results = { $days ->
    [zero] { $days } rezultātu
    [one] { $days } rezultāts
   *[other] { $days } rezultāti
}

## Satura statuss
content-updated-on = Informācija atjaunināta { $date }
