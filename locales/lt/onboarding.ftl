## Onboarding, sheet, reminders, calendar (lt).

error-invalid-link = Tai nėra tinkama Wegwijs nuoroda. Niekas nepakeista. (Problema: { $value })
onboard-title = Nustatymas su nuoroda
onboard-paste = Įklijuokite nuorodą, kurią gavote iš darbdavio arba savivaldybės
onboard-use-link = Naudoti šią nuorodą
onboard-confirm-title = Patikrinkite savo duomenis
onboard-confirm-text = Šie duomenys gauti iš nuorodos. Patikrinkite juos, pataisykite, kas neteisinga, tada palieskite Pradėti.
onboard-from = Nuo: { $value }
employer-contact = Kontaktai: { $value }
sheet-title = Jūsų pirmosios savaitės Nyderlanduose
sheet-scan = Nuskaitykite šį kodą telefono kamera.
sheet-install-title = Kaip pradėti
sheet-install-1 = Įdiekite programėlę Wegwijs iš programėlių parduotuvės.
sheet-install-2 = Nuskaitykite kodą. Jūsų duomenys bus užpildyti.
sheet-install-3 = Patikrinkite savo duomenis ir palieskite Pradėti. Programėlė veikia ir be interneto.
sheet-first-steps = Jūsų pirmieji žingsniai
sheet-no-dates = Įveskite savo datas programėlėje, kad matytumėte terminus.
sheet-rule-arrival-now = Nuo atvykimo dienos
sheet-rule-arrival-days = { $days ->
    [one] Per { $days } dieną nuo atvykimo
    [few] Per { $days } dienas nuo atvykimo
    [many] Per { $days } dienos nuo atvykimo
   *[other] Per { $days } dienų nuo atvykimo
}
sheet-rule-arrival-months = { $months ->
    [one] Per { $months } mėnesį nuo atvykimo
    [few] Per { $months } mėnesius nuo atvykimo
    [many] Per { $months } mėnesio nuo atvykimo
   *[other] Per { $months } mėnesių nuo atvykimo
}
sheet-rule-work-start-now = Nuo pirmosios darbo dienos
sheet-rule-work-start-days = { $days ->
    [one] Per { $days } dieną nuo pirmosios darbo dienos
    [few] Per { $days } dienas nuo pirmosios darbo dienos
    [many] Per { $days } dienos nuo pirmosios darbo dienos
   *[other] Per { $days } dienų nuo pirmosios darbo dienos
}
sheet-rule-work-start-months = { $months ->
    [one] Per { $months } mėnesį nuo pirmosios darbo dienos
    [few] Per { $months } mėnesius nuo pirmosios darbo dienos
    [many] Per { $months } mėnesio nuo pirmosios darbo dienos
   *[other] Per { $months } mėnesių nuo pirmosios darbo dienos
}
sheet-made-on = Sukurta { $date }. Naujausia informacija yra programėlėje.
poster-title = Wegwijs: jūsų vadovas – { $value }
poster-lead = Jūsų pirmieji žingsniai, jūsų teisės ir vietinė pagalba jūsų kalba.
settings-reminders = Priminti prieš terminus
settings-calendar-export = Įtraukti mano terminus į kalendorių
settings-calendar-export-done = Išsaugota kaip kalendoriaus failas: { $value }
calendar-name = Wegwijs: jūsų pirmosios savaitės
onboard-scan = Nuskaityti QR kodą
