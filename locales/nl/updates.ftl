## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = De app kon de updateserver niet bereiken. Er is niets veranderd. Je informatie blijft zoals die is. Controleer je internetverbinding en probeer het later opnieuw.
error-update-too-large = De update is te groot. De app heeft hem niet gebruikt. Er is niets veranderd. Je informatie blijft zoals die is. Probeer het later opnieuw.
error-update-malformed = Wat de app ontving, is geen update. Er is niets veranderd. Je informatie blijft zoals die is. Misschien moet je eerst inloggen op de wifi. Probeer het dan opnieuw.
error-update-signature = De update heeft geen geldige handtekening. De app vertrouwt hem daarom niet. Er is niets veranderd. Je informatie blijft zoals die is. Probeer het later opnieuw, of vraag om een nieuw updatebestand.
error-update-rollback = Deze update is ouder dan de informatie die je al hebt. Er is niets veranderd. Je houdt de nieuwere informatie. Je hoeft niets te doen.
error-update-expired = De app kon niet controleren of er nieuwere informatie is. Er is niets veranderd. Je ziet de informatie die je hebt. Controleer of de datum op je telefoon klopt en probeer het later opnieuw.
error-update-tampered = De update is onderweg veranderd of beschadigd. Er is niets veranderd. Je informatie blijft zoals die is. Probeer het later opnieuw, of vraag om een nieuw updatebestand.
error-update-not-allowed = De update bevat informatie van een afzender die dat niet mag publiceren. Er is niets veranderd. Je informatie blijft zoals die is. Probeer het later opnieuw.
error-update-inconsistent = De delen van de update passen niet bij elkaar. Er is niets veranderd. Je informatie blijft zoals die is. Probeer het later opnieuw.
error-update-feed-format = Deze update heeft een vorm die deze versie van de app niet kan lezen. Er is niets veranderd. Je informatie blijft zoals die is. Werk de app bij en probeer het opnieuw.
error-update-no-source = Deze app heeft geen adres om updates van te halen. Er is niets veranderd. Je kunt wel een updatebestand importeren.
error-update-nothing-to-share = Deze telefoon heeft nog geen update om te delen. Er is niets veranderd. Werk eerst de informatie bij en probeer het dan opnieuw.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Dit bestand is geen updatebestand van Wegwijs. Er is niets veranderd. Je informatie blijft zoals die is. Vraag het updatebestand opnieuw: de naam eindigt op .wegwijs.
error-update-file-damaged = Het updatebestand is beschadigd of niet compleet. Er is niets veranderd. Je informatie blijft zoals die is. Vraag het updatebestand opnieuw, of download het opnieuw.
error-update-file-too-large = Het updatebestand is te groot. De app heeft het niet geopend. Er is niets veranderd. Je informatie blijft zoals die is. Vraag om een nieuw updatebestand.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } heeft al een tijd geen nieuwe informatie gepubliceerd. Daarom heeft de app de oude update niet gebruikt. De landelijke informatie is bijgewerkt. Je houdt de informatie die je van { $municipality } hebt.
update-skipped-unreachable = De informatie van { $municipality } kon niet worden gedownload. De landelijke informatie is bijgewerkt. Je houdt de informatie die je van { $municipality } hebt. Probeer het later opnieuw.
update-skipped-refused = De update van { $municipality } kwam niet door de controles van de app. Daarom heeft de app hem niet gebruikt. De landelijke informatie is bijgewerkt. Je houdt de informatie die je van { $municipality } hebt.

# For editors publishing a feed (the detail stays in English).
error-feed = De feed kon niet worden gepubliceerd: { $value }
