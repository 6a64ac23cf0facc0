## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Aplikacja nie mogła połączyć się z serwerem aktualizacji. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Sprawdź połączenie z internetem i spróbuj ponownie później.
error-update-too-large = Aktualizacja jest za duża, więc aplikacja jej nie użyła. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Spróbuj ponownie później.
error-update-malformed = To, co otrzymała aplikacja, nie jest aktualizacją. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Może musisz najpierw zalogować się do sieci Wi-Fi. Potem spróbuj ponownie.
error-update-signature = Aktualizacja nie ma ważnego podpisu, więc aplikacja jej nie ufa. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Spróbuj ponownie później albo poproś o nowy plik aktualizacji.
error-update-rollback = Ta aktualizacja jest starsza niż informacje, które już masz. Nic nie zostało zmienione. Zostają nowsze informacje. Nie musisz nic robić.
error-update-expired = Aplikacja nie mogła sprawdzić, czy są nowsze informacje. Nic nie zostało zmienione. Widzisz informacje, które masz. Sprawdź, czy data w telefonie jest prawidłowa, i spróbuj ponownie później.
error-update-tampered = Aktualizacja została zmieniona lub uszkodzona po drodze. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Spróbuj ponownie później albo poproś o nowy plik aktualizacji.
error-update-not-allowed = Aktualizacja zawiera informacje od nadawcy, który nie może ich publikować. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Spróbuj ponownie później.
error-update-inconsistent = Części aktualizacji do siebie nie pasują. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Spróbuj ponownie później.
error-update-feed-format = Ta aktualizacja ma format, którego ta wersja aplikacji nie umie odczytać. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Zaktualizuj aplikację i spróbuj ponownie.
error-update-no-source = Ta aplikacja nie ma adresu, z którego może pobierać aktualizacje. Nic nie zostało zmienione. Możesz za to zaimportować plik aktualizacji.
error-update-nothing-to-share = Ten telefon nie ma jeszcze aktualizacji do udostępnienia. Nic nie zostało zmienione. Najpierw zaktualizuj informacje, potem spróbuj ponownie.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Ten plik nie jest plikiem aktualizacji Wegwijs. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Poproś jeszcze raz o plik aktualizacji: jego nazwa kończy się na .wegwijs.
error-update-file-damaged = Plik aktualizacji jest uszkodzony albo niekompletny. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Poproś jeszcze raz o plik aktualizacji albo pobierz go ponownie.
error-update-file-too-large = Plik aktualizacji jest za duży, więc aplikacja go nie otworzyła. Nic nie zostało zmienione. Twoje informacje pozostają bez zmian. Poproś o nowy plik aktualizacji.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } od dłuższego czasu nie opublikowała nowych informacji, więc aplikacja nie użyła jej starej aktualizacji. Informacje krajowe zostały zaktualizowane. Zachowujesz informacje, które masz od { $municipality }.
update-skipped-unreachable = Nie udało się pobrać informacji od { $municipality }. Informacje krajowe zostały zaktualizowane. Zachowujesz informacje, które masz od { $municipality }. Spróbuj ponownie później.
update-skipped-refused = Aktualizacja od { $municipality } nie przeszła kontroli aplikacji, więc aplikacja jej nie użyła. Informacje krajowe zostały zaktualizowane. Zachowujesz informacje, które masz od { $municipality }.

# For editors publishing a feed (the detail stays in English).
error-feed = Nie udało się opublikować kanału: { $value }
