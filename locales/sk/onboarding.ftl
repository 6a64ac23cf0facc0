## Onboarding, sheet, reminders, calendar (sk).

error-invalid-link = Toto nie je platný odkaz Wegwijs. Nič sa nezmenilo. (Problém: { $value })
onboard-title = Nastavenie pomocou odkazu
onboard-paste = Vložte odkaz, ktorý ste dostali od zamestnávateľa alebo obce
onboard-use-link = Použiť tento odkaz
onboard-confirm-title = Skontrolujte svoje údaje
onboard-confirm-text = Tieto údaje pochádzajú z odkazu. Skontrolujte ich, opravte, čo nesedí, a ťuknite na Začať.
onboard-from = Od: { $value }
employer-contact = Kontakt: { $value }
sheet-title = Vaše prvé týždne v Holandsku
sheet-scan = Naskenujte tento kód fotoaparátom telefónu.
sheet-install-title = Ako začať
sheet-install-1 = Nainštalujte si aplikáciu Wegwijs z obchodu s aplikáciami.
sheet-install-2 = Naskenujte kód. Vaše údaje sa vyplnia.
sheet-install-3 = Skontrolujte svoje údaje a ťuknite na Začať. Aplikácia funguje aj bez internetu.
sheet-first-steps = Vaše prvé kroky
sheet-no-dates = Zadajte v aplikácii svoje dátumy, aby ste videli termíny.
sheet-rule-arrival-now = Odo dňa príchodu
sheet-rule-arrival-days = { $days ->
    [one] Do { $days } dňa od príchodu
    [few] Do { $days } dní od príchodu
    [many] Do { $days } dňa od príchodu
   *[other] Do { $days } dní od príchodu
}
sheet-rule-arrival-months = { $months ->
    [one] Do { $months } mesiaca od príchodu
    [few] Do { $months } mesiacov od príchodu
    [many] Do { $months } mesiaca od príchodu
   *[other] Do { $months } mesiacov od príchodu
}
sheet-rule-work-start-now = Od prvého pracovného dňa
sheet-rule-work-start-days = { $days ->
    [one] Do { $days } dňa od prvého pracovného dňa
    [few] Do { $days } dní od prvého pracovného dňa
    [many] Do { $days } dňa od prvého pracovného dňa
   *[other] Do { $days } dní od prvého pracovného dňa
}
sheet-rule-work-start-months = { $months ->
    [one] Do { $months } mesiaca od prvého pracovného dňa
    [few] Do { $months } mesiacov od prvého pracovného dňa
    [many] Do { $months } mesiaca od prvého pracovného dňa
   *[other] Do { $months } mesiacov od prvého pracovného dňa
}
sheet-made-on = Vytvorené { $date }. Najnovšie informácie sú v aplikácii.
poster-title = Wegwijs: váš sprievodca – { $value }
poster-lead = Vaše prvé kroky, vaše práva a pomoc na mieste, vo vašom jazyku.
settings-reminders = Pripomínať mi termíny vopred
settings-calendar-export = Pridať moje termíny do kalendára
settings-calendar-export-done = Uložené ako súbor kalendára: { $value }
calendar-name = Wegwijs: vaše prvé týždne
onboard-scan = Naskenovať QR kód
