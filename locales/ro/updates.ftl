## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Aplicația nu a putut ajunge la serverul de actualizări. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Verifică conexiunea la internet și încearcă din nou mai târziu.
error-update-too-large = Actualizarea este prea mare, așa că aplicația nu a folosit-o. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Încearcă din nou mai târziu.
error-update-malformed = Ce a primit aplicația nu este o actualizare. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Poate trebuie mai întâi să te conectezi la rețeaua Wi-Fi. Apoi încearcă din nou.
error-update-signature = Actualizarea nu are o semnătură validă, așa că aplicația nu are încredere în ea. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Încearcă din nou mai târziu sau cere un fișier de actualizare nou.
error-update-rollback = Această actualizare este mai veche decât informațiile pe care le ai. Nu s-a schimbat nimic. Păstrezi informațiile mai noi. Nu trebuie să faci nimic.
error-update-expired = Aplicația nu a putut verifica dacă există informații mai noi. Nu s-a schimbat nimic. Vezi informațiile pe care le ai. Verifică dacă data de pe telefon este corectă și încearcă din nou mai târziu.
error-update-tampered = Actualizarea a fost schimbată sau deteriorată pe drum. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Încearcă din nou mai târziu sau cere un fișier de actualizare nou.
error-update-not-allowed = Actualizarea conține informații de la un expeditor care nu are voie să le publice. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Încearcă din nou mai târziu.
error-update-inconsistent = Părțile actualizării nu se potrivesc între ele. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Încearcă din nou mai târziu.
error-update-feed-format = Această actualizare are un format pe care această versiune a aplicației nu îl poate citi. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Actualizează aplicația, apoi încearcă din nou.
error-update-no-source = Această aplicație nu are o adresă de unde să ia actualizări. Nu s-a schimbat nimic. Poți importa în schimb un fișier de actualizare.
error-update-nothing-to-share = Acest telefon nu are încă o actualizare de trimis. Nu s-a schimbat nimic. Actualizează mai întâi informațiile, apoi încearcă din nou.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Acest fișier nu este un fișier de actualizare Wegwijs. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Cere din nou fișierul de actualizare: numele lui se termină în .wegwijs.
error-update-file-damaged = Fișierul de actualizare este deteriorat sau incomplet. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Cere din nou fișierul de actualizare sau descarcă-l din nou.
error-update-file-too-large = Fișierul de actualizare este prea mare, așa că aplicația nu l-a deschis. Nu s-a schimbat nimic. Informațiile tale rămân cum sunt. Cere un fișier de actualizare nou.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } nu a mai publicat informații noi de ceva timp, așa că aplicația nu a folosit actualizarea ei veche. Informațiile naționale au fost actualizate. Păstrezi informațiile pe care le ai de la { $municipality }.
update-skipped-unreachable = Informațiile de la { $municipality } nu au putut fi descărcate. Informațiile naționale au fost actualizate. Păstrezi informațiile pe care le ai de la { $municipality }. Încearcă din nou mai târziu.
update-skipped-refused = Actualizarea de la { $municipality } nu a trecut verificările aplicației, așa că aplicația nu a folosit-o. Informațiile naționale au fost actualizate. Păstrezi informațiile pe care le ai de la { $municipality }.

# For editors publishing a feed (the detail stays in English).
error-feed = Fluxul nu a putut fi publicat: { $value }
