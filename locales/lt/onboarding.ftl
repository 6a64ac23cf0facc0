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
sheet-made-on = Sukurta { $date }. Naujausia informacija yra programėlėje.
settings-reminders = Priminti prieš terminus
settings-calendar-export = Įtraukti mano terminus į kalendorių
settings-calendar-export-done = Išsaugota kaip kalendoriaus failas: { $value }
calendar-name = Wegwijs: jūsų pirmosios savaitės
onboard-scan = Nuskaityti QR kodą
