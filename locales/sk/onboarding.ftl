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
sheet-made-on = Vytvorené { $date }. Najnovšie informácie sú v aplikácii.
settings-reminders = Pripomínať mi termíny vopred
settings-calendar-export = Pridať moje termíny do kalendára
settings-calendar-export-done = Uložené ako súbor kalendára: { $value }
calendar-name = Wegwijs: vaše prvé týždne
onboard-scan = Naskenovať QR kód
