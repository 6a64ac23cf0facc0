## Onboarding, sheet, reminders, calendar (lv).

error-invalid-link = Šī nav derīga Wegwijs saite. Nekas netika mainīts. (Problēma: { $value })
onboard-title = Iestatīšana ar saiti
onboard-paste = Ielīmējiet saiti, ko saņēmāt no darba devēja vai pašvaldības
onboard-use-link = Izmantot šo saiti
onboard-confirm-title = Pārbaudiet savus datus
onboard-confirm-text = Šie dati ir no saites. Pārbaudiet tos, izlabojiet nepareizo un pieskarieties Sākt.
onboard-from = No: { $value }
employer-contact = Kontakti: { $value }
sheet-title = Jūsu pirmās nedēļas Nīderlandē
sheet-scan = Noskenējiet šo kodu ar tālruņa kameru.
sheet-install-title = Kā sākt
sheet-install-1 = Instalējiet lietotni Wegwijs no lietotņu veikala.
sheet-install-2 = Noskenējiet kodu. Jūsu dati tiek aizpildīti.
sheet-install-3 = Pārbaudiet savus datus un pieskarieties Sākt. Lietotne darbojas arī bez interneta.
sheet-first-steps = Jūsu pirmie soļi
sheet-no-dates = Ievadiet savus datumus lietotnē, lai redzētu termiņus.
sheet-rule-arrival-now = No ierašanās dienas
sheet-rule-arrival-days = { $days ->
    [one] { $days } dienas laikā pēc ierašanās
   *[other] { $days } dienu laikā pēc ierašanās
}
sheet-rule-arrival-months = { $months ->
    [one] { $months } mēneša laikā pēc ierašanās
   *[other] { $months } mēnešu laikā pēc ierašanās
}
sheet-rule-work-start-now = No pirmās darba dienas
sheet-rule-work-start-days = { $days ->
    [one] { $days } dienas laikā pēc pirmās darba dienas
   *[other] { $days } dienu laikā pēc pirmās darba dienas
}
sheet-rule-work-start-months = { $months ->
    [one] { $months } mēneša laikā pēc pirmās darba dienas
   *[other] { $months } mēnešu laikā pēc pirmās darba dienas
}
sheet-made-on = Izveidots { $date }. Jaunākā informācija ir lietotnē.
poster-title = Wegwijs: jūsu ceļvedis – { $value }
poster-lead = Jūsu pirmie soļi, jūsu tiesības un palīdzība uz vietas, jūsu valodā.
settings-reminders = Atgādināt pirms termiņiem
settings-calendar-export = Pievienot manus termiņus kalendāram
settings-calendar-export-done = Saglabāts kā kalendāra fails: { $value }
calendar-name = Wegwijs: jūsu pirmās nedēļas
onboard-scan = Skenēt QR kodu
