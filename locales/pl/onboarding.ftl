## Onboarding, sheet, reminders, calendar (pl).

error-invalid-link = To nie jest poprawny link Wegwijs. Nic nie zostało zmienione. (Problem: { $value })
onboard-title = Konfiguracja za pomocą linku
onboard-paste = Wklej link, który otrzymałeś od pracodawcy lub gminy
onboard-use-link = Użyj tego linku
onboard-confirm-title = Sprawdź swoje dane
onboard-confirm-text = Te dane pochodzą z linku. Sprawdź je, popraw to, co się nie zgadza, i dotknij „Zaczynamy”.
onboard-from = Od: { $value }
employer-contact = Kontakt: { $value }
sheet-title = Twoje pierwsze tygodnie w Holandii
sheet-scan = Zeskanuj ten kod aparatem telefonu.
sheet-install-title = Jak zacząć
sheet-install-1 = Zainstaluj aplikację Wegwijs ze sklepu z aplikacjami.
sheet-install-2 = Zeskanuj kod. Twoje dane zostaną wpisane.
sheet-install-3 = Sprawdź swoje dane i dotknij „Zaczynamy”. Aplikacja działa też bez internetu.
sheet-first-steps = Twoje pierwsze kroki
sheet-no-dates = Wpisz swoje daty w aplikacji, aby zobaczyć terminy.
sheet-rule-arrival-now = Od dnia przyjazdu
sheet-rule-arrival-days = { $days ->
    [one] W ciągu { $days } dnia od przyjazdu
    [few] W ciągu { $days } dni od przyjazdu
    [many] W ciągu { $days } dni od przyjazdu
   *[other] W ciągu { $days } dnia od przyjazdu
}
sheet-rule-arrival-months = { $months ->
    [one] W ciągu { $months } miesiąca od przyjazdu
    [few] W ciągu { $months } miesięcy od przyjazdu
    [many] W ciągu { $months } miesięcy od przyjazdu
   *[other] W ciągu { $months } miesiąca od przyjazdu
}
sheet-rule-work-start-now = Od pierwszego dnia pracy
sheet-rule-work-start-days = { $days ->
    [one] W ciągu { $days } dnia od pierwszego dnia pracy
    [few] W ciągu { $days } dni od pierwszego dnia pracy
    [many] W ciągu { $days } dni od pierwszego dnia pracy
   *[other] W ciągu { $days } dnia od pierwszego dnia pracy
}
sheet-rule-work-start-months = { $months ->
    [one] W ciągu { $months } miesiąca od pierwszego dnia pracy
    [few] W ciągu { $months } miesięcy od pierwszego dnia pracy
    [many] W ciągu { $months } miesięcy od pierwszego dnia pracy
   *[other] W ciągu { $months } miesiąca od pierwszego dnia pracy
}
sheet-made-on = Utworzono { $date }. Najnowsze informacje są w aplikacji.
poster-title = Wegwijs: Twój przewodnik – { $value }
poster-lead = Twoje pierwsze kroki, Twoje prawa i pomoc na miejscu, w Twoim języku.
settings-reminders = Przypominaj mi przed terminami
settings-calendar-export = Dodaj moje terminy do kalendarza
settings-calendar-export-done = Zapisano jako plik kalendarza: { $value }
calendar-name = Wegwijs: Twoje pierwsze tygodnie
onboard-scan = Zeskanuj kod QR
