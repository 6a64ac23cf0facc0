## Onboarding, sheet, reminders, calendar (hr).

error-invalid-link = Ovo nije valjana poveznica za Wegwijs. Ništa nije promijenjeno. (Problem: { $value })
onboard-title = Postavljanje pomoću poveznice
onboard-paste = Zalijepite poveznicu koju ste dobili od poslodavca ili općine
onboard-use-link = Koristi ovu poveznicu
onboard-confirm-title = Provjerite svoje podatke
onboard-confirm-text = Ovi podaci dolaze iz poveznice. Provjerite ih, ispravite što nije točno, a zatim dodirnite Započni.
onboard-from = Od: { $value }
employer-contact = Kontakt: { $value }
sheet-title = Vaši prvi tjedni u Nizozemskoj
sheet-scan = Skenirajte ovaj kod kamerom telefona.
sheet-install-title = Kako započeti
sheet-install-1 = Instalirajte aplikaciju Wegwijs iz trgovine aplikacija.
sheet-install-2 = Skenirajte kod. Vaši se podaci ispunjavaju.
sheet-install-3 = Provjerite svoje podatke i dodirnite Započni. Aplikacija radi i bez interneta.
sheet-first-steps = Vaši prvi koraci
sheet-no-dates = Unesite svoje datume u aplikaciju da biste vidjeli rokove.
sheet-rule-arrival-now = Od dana dolaska
sheet-rule-arrival-days = { $days ->
    [one] U roku od { $days } dana od dolaska
    [few] U roku od { $days } dana od dolaska
   *[other] U roku od { $days } dana od dolaska
}
sheet-rule-arrival-months = { $months ->
    [one] U roku od { $months } mjeseca od dolaska
    [few] U roku od { $months } mjeseca od dolaska
   *[other] U roku od { $months } mjeseci od dolaska
}
sheet-rule-work-start-now = Od prvog radnog dana
sheet-rule-work-start-days = { $days ->
    [one] U roku od { $days } dana od prvog radnog dana
    [few] U roku od { $days } dana od prvog radnog dana
   *[other] U roku od { $days } dana od prvog radnog dana
}
sheet-rule-work-start-months = { $months ->
    [one] U roku od { $months } mjeseca od prvog radnog dana
    [few] U roku od { $months } mjeseca od prvog radnog dana
   *[other] U roku od { $months } mjeseci od prvog radnog dana
}
sheet-made-on = Izrađeno { $date }. Najnovije informacije su u aplikaciji.
poster-title = Wegwijs: vaš vodič – { $value }
poster-lead = Vaši prvi koraci, vaša prava i pomoć u mjestu, na vašem jeziku.
settings-reminders = Podsjeti me prije rokova
settings-calendar-export = Dodaj moje rokove u kalendar
settings-calendar-export-done = Spremljeno kao datoteka kalendara: { $value }
calendar-name = Wegwijs: vaši prvi tjedni
onboard-scan = Skeniraj QR kod
