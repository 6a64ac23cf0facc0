## Onboarding, sheet, reminders, calendar (nl).

error-invalid-link = Dit is geen geldige Wegwijs-link. Er is niets veranderd. (Probleem: { $value })
onboard-title = Instellen met een link
onboard-paste = Plak de link die u kreeg van uw werkgever of gemeente
onboard-use-link = Deze link gebruiken
onboard-confirm-title = Controleer uw gegevens
onboard-confirm-text = Deze gegevens komen uit de link. Controleer ze, verander wat niet klopt en tik dan op Beginnen.
onboard-from = Van: { $value }
employer-contact = Contact: { $value }
sheet-title = Uw eerste weken in Nederland
sheet-scan = Scan deze code met de camera van uw telefoon.
sheet-install-title = Zo begint u
sheet-install-1 = Installeer de app Wegwijs uit uw app-winkel.
sheet-install-2 = Scan de code. Uw gegevens worden ingevuld.
sheet-install-3 = Controleer uw gegevens en tik op Beginnen. De app werkt ook zonder internet.
sheet-first-steps = Uw eerste stappen
sheet-no-dates = Vul uw data in de app in om uw deadlines te zien.
sheet-rule-arrival-now = Vanaf de dag van aankomst
sheet-rule-arrival-days = { $days ->
    [one] Binnen { $days } dag na aankomst
   *[other] Binnen { $days } dagen na aankomst
}
sheet-rule-arrival-months = { $months ->
    [one] Binnen { $months } maand na aankomst
   *[other] Binnen { $months } maanden na aankomst
}
sheet-rule-work-start-now = Vanaf de eerste werkdag
sheet-rule-work-start-days = { $days ->
    [one] Binnen { $days } dag na de eerste werkdag
   *[other] Binnen { $days } dagen na de eerste werkdag
}
sheet-rule-work-start-months = { $months ->
    [one] Binnen { $months } maand na de eerste werkdag
   *[other] Binnen { $months } maanden na de eerste werkdag
}
sheet-made-on = Gemaakt op { $date }. De app heeft de nieuwste informatie.
poster-title = Wegwijs: uw gids in { $value }
poster-lead = Uw eerste stappen, uw rechten en hulp in de buurt, in uw eigen taal.
settings-reminders = Herinner mij voor een deadline
settings-calendar-export = Zet mijn deadlines in mijn agenda
settings-calendar-export-done = Opgeslagen als agendabestand: { $value }
calendar-name = Wegwijs: uw eerste weken
onboard-scan = Scan de QR-code
