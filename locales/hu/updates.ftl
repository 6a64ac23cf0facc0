## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Az alkalmazás nem érte el a frissítési szervert. Semmi nem változott. Az információi változatlanok maradnak. Ellenőrizze az internetkapcsolatát, és próbálja újra később.
error-update-too-large = A frissítés túl nagy, ezért az alkalmazás nem használta. Semmi nem változott. Az információi változatlanok maradnak. Próbálja újra később.
error-update-malformed = Amit az alkalmazás kapott, az nem frissítés. Semmi nem változott. Az információi változatlanok maradnak. Lehet, hogy előbb be kell jelentkeznie a Wi-Fi-hálózatba. Utána próbálja újra.
error-update-signature = A frissítésnek nincs érvényes aláírása, ezért az alkalmazás nem bízik benne. Semmi nem változott. Az információi változatlanok maradnak. Próbálja újra később, vagy kérjen új frissítési fájlt.
error-update-rollback = Ez a frissítés régebbi, mint az Ön információi. Semmi nem változott. Az újabb információk maradnak meg. Nem kell semmit tennie.
error-update-expired = Az alkalmazás nem tudta ellenőrizni, van-e újabb információ. Semmi nem változott. A meglévő információit látja. Ellenőrizze, hogy jó-e a dátum a telefonján, és próbálja újra később.
error-update-tampered = A frissítés útközben megváltozott vagy megsérült. Semmi nem változott. Az információi változatlanok maradnak. Próbálja újra később, vagy kérjen új frissítési fájlt.
error-update-not-allowed = A frissítésben olyan feladótól van információ, aki ezt nem teheti közzé. Semmi nem változott. Az információi változatlanok maradnak. Próbálja újra később.
error-update-inconsistent = A frissítés részei nem illenek össze. Semmi nem változott. Az információi változatlanok maradnak. Próbálja újra később.
error-update-feed-format = Ez a frissítés olyan formátumú, amelyet az alkalmazás ezen verziója nem tud olvasni. Semmi nem változott. Az információi változatlanok maradnak. Frissítse az alkalmazást, majd próbálja újra.
error-update-no-source = Ennek az alkalmazásnak nincs címe, ahonnan frissítést kaphat. Semmi nem változott. Helyette importálhat egy frissítési fájlt.
error-update-nothing-to-share = Ezen a telefonon még nincs megosztható frissítés. Semmi nem változott. Először frissítse az információkat, aztán próbálja újra.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Ez a fájl nem Wegwijs frissítési fájl. Semmi nem változott. Az információi változatlanok maradnak. Kérje el újra a frissítési fájlt: a neve .wegwijs végződésű.
error-update-file-damaged = A frissítési fájl sérült vagy hiányos. Semmi nem változott. Az információi változatlanok maradnak. Kérje el újra a frissítési fájlt, vagy töltse le újra.
error-update-file-too-large = A frissítési fájl túl nagy, ezért az alkalmazás nem nyitotta meg. Semmi nem változott. Az információi változatlanok maradnak. Kérjen új frissítési fájlt.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } egy ideje nem tett közzé új információt, ezért az alkalmazás nem használta a régi frissítését. Az országos információk frissültek. Megmaradnak azok az információk, amelyeket { $municipality } településtől kapott.
update-skipped-unreachable = Nem sikerült letölteni { $municipality } információit. Az országos információk frissültek. Megmaradnak azok az információk, amelyeket { $municipality } településtől kapott. Próbálja újra később.
update-skipped-refused = { $municipality } frissítése nem ment át az alkalmazás ellenőrzésein, ezért az alkalmazás nem használta. Az országos információk frissültek. Megmaradnak azok az információk, amelyeket { $municipality } településtől kapott.

# For editors publishing a feed (the detail stays in English).
error-feed = A hírcsatornát nem sikerült közzétenni: { $value }
