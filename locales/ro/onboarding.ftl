## Onboarding, sheet, reminders, calendar (ro).

error-invalid-link = Acesta nu este un link Wegwijs valid. Nu s-a schimbat nimic. (Problemă: { $value })
onboard-title = Configurare cu un link
onboard-paste = Lipiți linkul primit de la angajator sau de la primărie
onboard-use-link = Folosește acest link
onboard-confirm-title = Verificați datele dvs.
onboard-confirm-text = Aceste date vin din link. Verificați-le, corectați ce nu este bine, apoi atingeți Începe.
onboard-from = De la: { $value }
employer-contact = Contact: { $value }
sheet-title = Primele dvs. săptămâni în Țările de Jos
sheet-scan = Scanați acest cod cu camera telefonului.
sheet-install-title = Cum începeți
sheet-install-1 = Instalați aplicația Wegwijs din magazinul de aplicații.
sheet-install-2 = Scanați codul. Datele dvs. sunt completate.
sheet-install-3 = Verificați datele și atingeți Începe. Aplicația funcționează și fără internet.
sheet-first-steps = Primii dvs. pași
sheet-no-dates = Introduceți datele dvs. în aplicație pentru a vedea termenele.
sheet-rule-arrival-now = Din ziua sosirii
sheet-rule-arrival-days = { $days ->
    [one] În termen de { $days } zi de la sosire
    [few] În termen de { $days } zile de la sosire
   *[other] În termen de { $days } de zile de la sosire
}
sheet-rule-arrival-months = { $months ->
    [one] În termen de { $months } lună de la sosire
    [few] În termen de { $months } luni de la sosire
   *[other] În termen de { $months } de luni de la sosire
}
sheet-rule-work-start-now = Din prima zi de muncă
sheet-rule-work-start-days = { $days ->
    [one] În termen de { $days } zi de la prima zi de muncă
    [few] În termen de { $days } zile de la prima zi de muncă
   *[other] În termen de { $days } de zile de la prima zi de muncă
}
sheet-rule-work-start-months = { $months ->
    [one] În termen de { $months } lună de la prima zi de muncă
    [few] În termen de { $months } luni de la prima zi de muncă
   *[other] În termen de { $months } de luni de la prima zi de muncă
}
sheet-made-on = Creat la { $date }. Aplicația are cele mai noi informații.
poster-title = Wegwijs: ghidul dvs. – { $value }
poster-lead = Primii dvs. pași, drepturile dvs. și ajutor local, în limba dvs.
settings-reminders = Amintește-mi înainte de termene
settings-calendar-export = Adaugă termenele mele în calendar
settings-calendar-export-done = Salvat ca fișier de calendar: { $value }
calendar-name = Wegwijs: primele dvs. săptămâni
onboard-scan = Scanați codul QR
