## Onboarding, sheet, reminders, calendar (sr).

error-invalid-link = Ovo nije ispravan Wegwijs link. Ništa nije promenjeno. (Problem: { $value })
onboard-title = Podešavanje pomoću linka
onboard-paste = Nalepite link koji ste dobili od poslodavca ili opštine
onboard-use-link = Koristi ovaj link
onboard-confirm-title = Proverite svoje podatke
onboard-confirm-text = Ovi podaci dolaze iz linka. Proverite ih, ispravite ono što nije tačno, pa dodirnite Počni.
onboard-from = Od: { $value }
employer-contact = Kontakt: { $value }
sheet-title = Vaše prve nedelje u Holandiji
sheet-scan = Skenirajte ovaj kod kamerom telefona.
sheet-install-title = Kako da počnete
sheet-install-1 = Instalirajte aplikaciju Wegwijs iz prodavnice aplikacija.
sheet-install-2 = Skenirajte kod. Vaši podaci se popunjavaju.
sheet-install-3 = Proverite svoje podatke i dodirnite Počni. Aplikacija radi i bez interneta.
sheet-first-steps = Vaši prvi koraci
sheet-no-dates = Unesite svoje datume u aplikaciju da biste videli rokove.
sheet-rule-arrival-now = Od dana dolaska
sheet-rule-arrival-days = { $days ->
    [one] U roku od { $days } dana od dolaska
    [few] U roku od { $days } dana od dolaska
   *[other] U roku od { $days } dana od dolaska
}
sheet-rule-arrival-months = { $months ->
    [one] U roku od { $months } meseca od dolaska
    [few] U roku od { $months } meseca od dolaska
   *[other] U roku od { $months } meseci od dolaska
}
sheet-rule-work-start-now = Od prvog radnog dana
sheet-rule-work-start-days = { $days ->
    [one] U roku od { $days } dana od prvog radnog dana
    [few] U roku od { $days } dana od prvog radnog dana
   *[other] U roku od { $days } dana od prvog radnog dana
}
sheet-rule-work-start-months = { $months ->
    [one] U roku od { $months } meseca od prvog radnog dana
    [few] U roku od { $months } meseca od prvog radnog dana
   *[other] U roku od { $months } meseci od prvog radnog dana
}
sheet-made-on = Napravljeno { $date }. Najnovije informacije su u aplikaciji.
poster-title = Wegwijs: vaš vodič – { $value }
poster-lead = Vaši prvi koraci, vaša prava i pomoć u mestu, na vašem jeziku.
settings-reminders = Podseti me pre rokova
settings-calendar-export = Dodaj moje rokove u kalendar
settings-calendar-export-done = Sačuvano kao datoteka kalendara: { $value }
calendar-name = Wegwijs: vaše prve nedelje
onboard-scan = Skeniraj QR kod
