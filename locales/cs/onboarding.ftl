## Onboarding, sheet, reminders, calendar (cs).

error-invalid-link = Toto není platný odkaz Wegwijs. Nic nebylo změněno. (Problém: { $value })
onboard-title = Nastavení pomocí odkazu
onboard-paste = Vložte odkaz, který jste dostali od zaměstnavatele nebo obce
onboard-use-link = Použít tento odkaz
onboard-confirm-title = Zkontrolujte své údaje
onboard-confirm-text = Tyto údaje pocházejí z odkazu. Zkontrolujte je, opravte, co nesedí, a klepněte na Začít.
onboard-from = Od: { $value }
employer-contact = Kontakt: { $value }
sheet-title = Vaše první týdny v Nizozemsku
sheet-scan = Naskenujte tento kód fotoaparátem telefonu.
sheet-install-title = Jak začít
sheet-install-1 = Nainstalujte aplikaci Wegwijs z obchodu s aplikacemi.
sheet-install-2 = Naskenujte kód. Vaše údaje se vyplní.
sheet-install-3 = Zkontrolujte své údaje a klepněte na Začít. Aplikace funguje i bez internetu.
sheet-first-steps = Vaše první kroky
sheet-no-dates = Zadejte v aplikaci svá data, abyste viděli termíny.
sheet-rule-arrival-now = Ode dne příjezdu
sheet-rule-arrival-days = { $days ->
    [one] Do { $days } dne od příjezdu
    [few] Do { $days } dnů od příjezdu
    [many] Do { $days } dne od příjezdu
   *[other] Do { $days } dnů od příjezdu
}
sheet-rule-arrival-months = { $months ->
    [one] Do { $months } měsíce od příjezdu
    [few] Do { $months } měsíců od příjezdu
    [many] Do { $months } měsíce od příjezdu
   *[other] Do { $months } měsíců od příjezdu
}
sheet-rule-work-start-now = Od prvního pracovního dne
sheet-rule-work-start-days = { $days ->
    [one] Do { $days } dne od prvního pracovního dne
    [few] Do { $days } dnů od prvního pracovního dne
    [many] Do { $days } dne od prvního pracovního dne
   *[other] Do { $days } dnů od prvního pracovního dne
}
sheet-rule-work-start-months = { $months ->
    [one] Do { $months } měsíce od prvního pracovního dne
    [few] Do { $months } měsíců od prvního pracovního dne
    [many] Do { $months } měsíce od prvního pracovního dne
   *[other] Do { $months } měsíců od prvního pracovního dne
}
sheet-made-on = Vytvořeno { $date }. Nejnovější informace jsou v aplikaci.
poster-title = Wegwijs: váš průvodce – { $value }
poster-lead = Vaše první kroky, vaše práva a pomoc v místě, ve vašem jazyce.
settings-reminders = Připomínat mi termíny předem
settings-calendar-export = Přidat moje termíny do kalendáře
settings-calendar-export-done = Uloženo jako soubor kalendáře: { $value }
calendar-name = Wegwijs: vaše první týdny
onboard-scan = Naskenovat QR kód
