## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Lietotne nevarēja sasniegt atjauninājumu serveri. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Pārbaudiet interneta savienojumu un mēģiniet vēlāk vēlreiz.
error-update-too-large = Atjauninājums ir pārāk liels, tāpēc lietotne to neizmantoja. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Mēģiniet vēlāk vēlreiz.
error-update-malformed = Tas, ko lietotne saņēma, nav atjauninājums. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Varbūt vispirms jāpieslēdzas Wi-Fi tīklam. Tad mēģiniet vēlreiz.
error-update-signature = Atjauninājumam nav derīga paraksta, tāpēc lietotne tam neuzticas. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Mēģiniet vēlāk vēlreiz vai palūdziet jaunu atjauninājuma failu.
error-update-rollback = Šis atjauninājums ir vecāks par jūsu informāciju. Nekas netika mainīts. Jums paliek jaunākā informācija. Jums nekas nav jādara.
error-update-expired = Lietotne nevarēja pārbaudīt, vai ir jaunāka informācija. Nekas netika mainīts. Jūs redzat informāciju, kas jums ir. Pārbaudiet, vai tālrunī ir pareizs datums, un mēģiniet vēlāk vēlreiz.
error-update-tampered = Atjauninājums pa ceļam tika mainīts vai sabojāts. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Mēģiniet vēlāk vēlreiz vai palūdziet jaunu atjauninājuma failu.
error-update-not-allowed = Atjauninājumā ir informācija no sūtītāja, kuram to nav atļauts publicēt. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Mēģiniet vēlāk vēlreiz.
error-update-inconsistent = Atjauninājuma daļas neder kopā. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Mēģiniet vēlāk vēlreiz.
error-update-feed-format = Šis atjauninājums ir formātā, ko šī lietotnes versija nevar nolasīt. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Atjauniniet lietotni un mēģiniet vēlreiz.
error-update-no-source = Šai lietotnei nav adreses, no kuras saņemt atjauninājumus. Nekas netika mainīts. Tā vietā varat importēt atjauninājuma failu.
error-update-nothing-to-share = Šajā tālrunī vēl nav atjauninājuma, ar ko dalīties. Nekas netika mainīts. Vispirms atjauniniet informāciju, tad mēģiniet vēlreiz.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Šis fails nav Wegwijs atjauninājuma fails. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Palūdziet atjauninājuma failu vēlreiz: tā nosaukums beidzas ar .wegwijs.
error-update-file-damaged = Atjauninājuma fails ir bojāts vai nepilnīgs. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Palūdziet atjauninājuma failu vēlreiz vai lejupielādējiet to vēlreiz.
error-update-file-too-large = Atjauninājuma fails ir pārāk liels, tāpēc lietotne to neatvēra. Nekas netika mainīts. Jūsu informācija paliek tāda pati. Palūdziet jaunu atjauninājuma failu.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } jau kādu laiku nav publicējusi jaunu informāciju, tāpēc lietotne neizmantoja tās veco atjauninājumu. Valsts informācija ir atjaunināta. Jums paliek informācija, kas jums ir no { $municipality }.
update-skipped-unreachable = Informāciju no { $municipality } neizdevās lejupielādēt. Valsts informācija ir atjaunināta. Jums paliek informācija, kas jums ir no { $municipality }. Mēģiniet vēlāk vēlreiz.
update-skipped-refused = Atjauninājums no { $municipality } neizturēja lietotnes pārbaudes, tāpēc lietotne to neizmantoja. Valsts informācija ir atjaunināta. Jums paliek informācija, kas jums ir no { $municipality }.

# For editors publishing a feed (the detail stays in English).
error-feed = Plūsmu neizdevās publicēt: { $value }
