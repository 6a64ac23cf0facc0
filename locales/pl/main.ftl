## Wegwijs — komunikaty po polsku (tłumaczenie).

app-name = Wegwijs
app-tagline = Twój przewodnik po Holandii

## Błędy
error-content-corrupt = Nie udało się odczytać informacji w aplikacji. Zostaną przywrócone z kopii w aplikacji. Twoje dane są bezpieczne.
error-content-invalid = Ta treść zawiera błędy i nie została użyta.
error-user-data-corrupt = Nie udało się odczytać Twoich zapisanych danych. Plik nie został zmieniony. Poproś o pomoc, zanim zainstalujesz aplikację ponownie.
error-user-data-newer = Twoje zapisane dane pochodzą z nowszej wersji Wegwijs. Zaktualizuj aplikację, aby ich użyć.
error-invalid-date = „{ $value }” to nie jest poprawna data. Użyj formatu RRRR-MM-DD, na przykład 2026-11-20.
error-unknown-item = Ta strona nie istnieje (już).
error-unknown-language = Ten język nie jest dostępny.
error-unknown-municipality = Tej gminy nie ma jeszcze w aplikacji.
error-database = Coś poszło nie tak podczas zapisywania lub odczytu. Spróbuj ponownie.
error-io = Nie udało się odczytać lub zapisać pliku. Sprawdź, czy masz wolne miejsce w telefonie.
error-speech = Czytanie na głos nie zadziałało. Spróbuj ponownie albo przeczytaj tekst samodzielnie.

## Rodzaje i stan tłumaczenia
kind-right = Prawa i obowiązki
kind-service = Pomoc w okolicy
kind-task = Krok na liście
kind-alert = Ważny komunikat
kind-event = Wydarzenie
state-reference = Tekst oficjalny
state-machine = Tłumaczenie maszynowe - niesprawdzone przez człowieka. Obowiązuje tekst niderlandzki i angielski.
state-translated = Przetłumaczone, jeszcze niesprawdzone. Obowiązuje tekst niderlandzki i angielski.
state-reviewed = Przetłumaczone i sprawdzone
show-reference-text = Pokaż tekst angielski
show-dutch-text = Pokaż tekst niderlandzki
sample-content = Treść przykładowa: jeszcze niepotwierdzona przez gminę.

## Lista kroków
task-todo = Do zrobienia
task-done = Zrobione
task-not-applicable = Nie dotyczy mnie
due-today = Termin dzisiaj
due-in-days = { $days ->
    [1] Termin jutro
    [one] Termin za { $days } dzień
    [few] Termin za { $days } dni
    [many] Termin za { $days } dni
   *[other] Termin za { $days } dnia
}
due-overdue = { $days ->
    [one] { $days } dzień spóźnienia
    [few] { $days } dni spóźnienia
    [many] { $days } dni spóźnienia
   *[other] { $days } dnia spóźnienia
}
due-on = Termin: { $date }
reminder-notification-title = Masz krok do wykonania
deadline-legal = Ten termin wynika z prawa.
deadline-advice = Nasza rada, nie termin ustawowy.
needs-arrival-date = Wpisz datę przyjazdu, aby zobaczyć termin.
needs-work-start-date = Wpisz pierwszy dzień pracy, aby zobaczyć termin.
why-it-matters = Dlaczego to ważne
mark-done = Oznacz jako zrobione
mark-todo = Oznacz jako niezrobione
mark-not-applicable = To mnie nie dotyczy
checklist-all-done = Wszystkie kroki są zrobione. Brawo!

## Profil
stay-short = Krócej niż 4 miesiące
stay-long = Dłużej niż 4 miesiące
stay-unsure = Jeszcze nie wiem
profile-arrival = Data przyjazdu do Holandii
profile-work-start = Pierwszy dzień pracy
profile-stay = Jak długo zostaniesz?
profile-children-in-nl = Dzieci poniżej 18 lat mieszkające w Holandii
profile-children-abroad = Dzieci poniżej 18 lat mieszkające w innym kraju
profile-agency = Pracuję przez agencję pracy
profile-language = Język
profile-municipality = Gmina, w której mieszkasz

## Prawa, źródła, kwoty
source = Źródło
sources = Oficjalne źródła
verified-on = Sprawdzono { $date }
valid-from = Od { $date }
valid-until = Do { $date }
amount-secondary = Ta kwota może się zmienić. Sprawdź oficjalną stronę.
related-items = Zobacz też

## Pomoc w okolicy
open-now = Teraz otwarte
closed-now = Teraz zamknięte
hours-unknown = Godziny otwarcia nieznane. Sprawdź je, zanim pójdziesz.
holiday-hours-differ = W święta godziny mogą być inne.
opens-at = Otwarcie o { $time }
opens-on = Otwarcie: { $day }, { $time }
closes-at = Zamknięcie o { $time }
public-holiday = Święto
appointment-needed = Najpierw umów wizytę.
languages-spoken = Języki obsługi
call = Zadzwoń
send-email = Wyślij e-mail
website = Strona internetowa
open-in-maps = Otwórz w mapach
no-local-services = Dla tej gminy nie ma jeszcze lokalnych informacji.

## Wyszukiwanie
search-placeholder = Szukaj, na przykład „zasiłek rodzinny”
search-no-results = Nic nie znaleziono. Spróbuj innego słowa.
search-results = { $days ->
    [one] { $days } wynik
    [few] { $days } wyniki
    [many] { $days } wyników
   *[other] { $days } wyniku
}

## Stan treści
content-updated-on = Informacje zaktualizowane { $date }
