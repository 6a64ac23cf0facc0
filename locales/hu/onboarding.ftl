## Onboarding, sheet, reminders, calendar (hu).

error-invalid-link = Ez nem érvényes Wegwijs-link. Semmi sem változott. (Hiba: { $value })
onboard-title = Beállítás linkkel
onboard-paste = Illessze be a linket, amelyet a munkáltatójától vagy a településtől kapott
onboard-use-link = Link használata
onboard-confirm-title = Ellenőrizze az adatait
onboard-confirm-text = Ezek az adatok a linkből származnak. Ellenőrizze őket, javítsa, ami nem jó, majd koppintson a Kezdésre.
onboard-from = Feladó: { $value }
employer-contact = Kapcsolat: { $value }
sheet-title = Az első hetei Hollandiában
sheet-scan = Olvassa be ezt a kódot a telefonja kamerájával.
sheet-install-title = Így kezdjen hozzá
sheet-install-1 = Telepítse a Wegwijs alkalmazást az alkalmazásboltból.
sheet-install-2 = Olvassa be a kódot. Az adatai kitöltődnek.
sheet-install-3 = Ellenőrizze az adatait, és koppintson a Kezdésre. Az alkalmazás internet nélkül is működik.
sheet-first-steps = Az első lépései
sheet-no-dates = Adja meg a dátumait az alkalmazásban, hogy lássa a határidőit.
sheet-rule-arrival-now = Az érkezés napjától
sheet-rule-arrival-days = { $days ->
    [one] Az érkezéstől számított { $days } napon belül
   *[other] Az érkezéstől számított { $days } napon belül
}
sheet-rule-arrival-months = { $months ->
    [one] Az érkezéstől számított { $months } hónapon belül
   *[other] Az érkezéstől számított { $months } hónapon belül
}
sheet-rule-work-start-now = Az első munkanaptól
sheet-rule-work-start-days = { $days ->
    [one] Az első munkanaptól számított { $days } napon belül
   *[other] Az első munkanaptól számított { $days } napon belül
}
sheet-rule-work-start-months = { $months ->
    [one] Az első munkanaptól számított { $months } hónapon belül
   *[other] Az első munkanaptól számított { $months } hónapon belül
}
sheet-made-on = Készült: { $date }. A legfrissebb információ az alkalmazásban van.
poster-title = Wegwijs: az Ön útmutatója – { $value }
poster-lead = Az első lépései, a jogai és helyi segítség, az Ön nyelvén.
settings-reminders = Emlékeztessen a határidők előtt
settings-calendar-export = Határidőim hozzáadása a naptáramhoz
settings-calendar-export-done = Naptárfájlként mentve: { $value }
calendar-name = Wegwijs: az első hetei
onboard-scan = QR-kód beolvasása
