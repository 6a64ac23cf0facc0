## Ekrany Wegwijs — po polsku.

## Nawigacja
nav-today = Dziś
nav-checklist = Lista
nav-rights = Prawa
nav-local = W okolicy
nav-search = Szukaj
nav-settings = Ustawienia

## Wspólne działania
action-next = Dalej
action-back = Wstecz
action-skip = Pomiń
action-save = Zapisz
action-cancel = Anuluj
action-close = Zamknij
action-confirm = Tak, dalej
action-undo = Cofnij
action-retry = Spróbuj ponownie
loading = Ładowanie…
works-offline = Działa bez internetu.

## Pierwsze uruchomienie
welcome-title = Witaj w Wegwijs
welcome-text = Twoje prawa, pierwsze kroki i pomoc w okolicy w Holandii. W Twoim języku, także bez internetu.
choose-language = Wybierz język
choose-municipality = Gdzie mieszkasz?
municipality-search = Wpisz nazwę swojej miejscowości
municipality-not-listed = Mojej miejscowości nie ma na liście
dates-title = Twoje daty
dates-help = Na podstawie tych dat pokazujemy Twoje terminy. Możesz je później zmienić.
stay-title = Jak długo zostaniesz w Holandii?
children-title = Czy masz dzieci poniżej 18 lat?
setup-can-change-later = Możesz to pominąć i zmienić później w Ustawieniach.
setup-finish = Zaczynamy

## Dziś
today-title = Dziś
today-next-steps = Twoje następne kroki
today-alerts = Ważne komunikaty
today-no-steps = Brak otwartych kroków. Brawo!
today-see-checklist = Zobacz całą listę

## Lista
checklist-title = Twoje pierwsze tygodnie
checklist-read-more = Przeczytaj więcej o swoich prawach
checklist-local-help = Pomoc w okolicy

## Prawa
rights-title = Twoje prawa i obowiązki
topic-registration = Meldunek i rejestracja
topic-id = Dokument tożsamości
topic-work = Praca i umowa
topic-wages = Wynagrodzenie
topic-housing = Mieszkanie
topic-health = Zdrowie i ubezpieczenie
topic-family = Rodzina i dzieci
topic-benefits = Zasiłki i dodatki
topic-money = Pieniądze i bank
topic-education = Szkoła
topic-language = Nauka niderlandzkiego
topic-help = Pomoc i zgłoszenia
topic-leaving = Wyjazd z Holandii
topic-emergency = Nagłe wypadki
topic-community = Wspólnota
topic-municipality = Gmina

## W okolicy
local-title = W Twojej gminie
local-services = Usługi
local-events = Wydarzenia
local-alerts = Komunikaty
local-take-part = Spotkania i udział
local-take-part-intro = Miejsca spotkań, inicjatywy, kluby i kawiarenki językowe w twojej gminie.
local-take-part-how = Jak to działa w Holandii
local-take-part-none = Nie mamy jeszcze lokalnych informacji dla tej gminy. Artykuły poniżej wyjaśniają, jak je znaleźć.
checklist-optional-title = Poznawaj ludzi i działaj razem
checklist-optional-intro = Dodatkowe kroki bez terminu. Zrób je, kiedy zechcesz.
step-hide = Ukryj
step-hidden = Ukryte kroki
step-show = Pokaż ponownie
today-take-part = Krok, by poznać ludzi
today-take-part-intro = Twoje pilne kroki są zrobione. Gdy zechcesz, spróbuj tego.
local-choose-municipality = Wybierz gminę w Ustawieniach, aby zobaczyć pomoc w okolicy.
event-when = Kiedy

## Ustawienia
settings-title = Ustawienia
settings-profile = Twoje dane
settings-wifi-only = Pobieraj aktualizacje tylko przez Wi-Fi
settings-text-size = Rozmiar tekstu
text-size-normal = Normalny
text-size-large = Duży
text-size-larger = Bardzo duży
settings-high-contrast = Wysoki kontrast
settings-export = Eksportuj moje dane
settings-export-done = Twoje dane zostały zapisane jako plik.
settings-delete = Usuń wszystkie moje dane
settings-delete-confirm = Usunąć Twoje dane, listę i ustawienia z tego telefonu? Tego nie można cofnąć.
settings-delete-done = Wszystkie Twoje dane zostały usunięte.
settings-about = O Wegwijs
about-version = Wersja aplikacji
about-content-version = Wersja informacji
about-licences = Licencje open source
saved = Zapisano

## Czytanie na głos
read-aloud = Czytaj na głos
stop-reading = Zatrzymaj czytanie
no-voice = Twój telefon nie ma głosu dla tego języka.
pause-reading = Wstrzymaj
resume-reading = Czytaj dalej
voice-instead-en = Twój telefon może przeczytać na głos wersję angielską.
voice-instead-nl = Twój telefon może przeczytać na głos wersję niderlandzką.
read-english-aloud = Czytaj na głos wersję angielską
read-dutch-aloud = Czytaj na głos wersję niderlandzką

## Aktualizacje
settings-updates = Aktualizacje informacji
update-how = Aplikacja sprawdza aktualizacje, gdy ją otwierasz. Nic nie jest pobierane bez pytania.
update-last-check = Ostatnio sprawdzono: { $date }
update-never-checked = Jeszcze nie sprawdzano aktualizacji.
update-check = Sprawdź aktualizacje
update-download-size = { $value } do pobrania
update-up-to-date = Masz najnowsze informacje.
update-could-not-check = Nie udało się sprawdzić nowszych informacji. Widzisz informacje z dnia { $date }.
update-import-file = Importuj plik aktualizacji
update-share-file = Udostępnij plik aktualizacji
update-content-date = Informacje z dnia { $date }
update-now = Aktualizuj teraz
update-done = Twoje informacje zostały zaktualizowane.
update-share-done = Aktualizacja została zapisana jako plik. Możesz przekazać go innym.
today-update-ready = Aktualizacja jest gotowa: { $value }
today-update-open = Zobacz aktualizację
