## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Programėlei nepavyko pasiekti atnaujinimų serverio. Niekas nepakeista. Jūsų informacija lieka tokia pati. Patikrinkite interneto ryšį ir bandykite vėliau.
error-update-too-large = Atnaujinimas per didelis, todėl programėlė jo nenaudojo. Niekas nepakeista. Jūsų informacija lieka tokia pati. Bandykite vėliau.
error-update-malformed = Tai, ką gavo programėlė, nėra atnaujinimas. Niekas nepakeista. Jūsų informacija lieka tokia pati. Gal pirmiausia reikia prisijungti prie Wi-Fi tinklo. Tada bandykite dar kartą.
error-update-signature = Atnaujinimas neturi galiojančio parašo, todėl programėlė juo nepasitiki. Niekas nepakeista. Jūsų informacija lieka tokia pati. Bandykite vėliau arba paprašykite naujo atnaujinimo failo.
error-update-rollback = Šis atnaujinimas senesnis už jūsų turimą informaciją. Niekas nepakeista. Jums lieka naujesnė informacija. Nieko daryti nereikia.
error-update-expired = Programėlei nepavyko patikrinti, ar yra naujesnės informacijos. Niekas nepakeista. Matote turimą informaciją. Patikrinkite, ar telefone nustatyta teisinga data, ir bandykite vėliau.
error-update-tampered = Atnaujinimas pakeliui buvo pakeistas arba sugadintas. Niekas nepakeista. Jūsų informacija lieka tokia pati. Bandykite vėliau arba paprašykite naujo atnaujinimo failo.
error-update-not-allowed = Atnaujinime yra informacijos iš siuntėjo, kuris negali jos skelbti. Niekas nepakeista. Jūsų informacija lieka tokia pati. Bandykite vėliau.
error-update-inconsistent = Atnaujinimo dalys netinka viena prie kitos. Niekas nepakeista. Jūsų informacija lieka tokia pati. Bandykite vėliau.
error-update-feed-format = Šis atnaujinimas yra formato, kurio ši programėlės versija negali perskaityti. Niekas nepakeista. Jūsų informacija lieka tokia pati. Atnaujinkite programėlę ir bandykite dar kartą.
error-update-no-source = Ši programėlė neturi adreso, iš kurio gautų atnaujinimus. Niekas nepakeista. Vietoj to galite importuoti atnaujinimo failą.
error-update-nothing-to-share = Šiame telefone dar nėra atnaujinimo, kuriuo galima pasidalyti. Niekas nepakeista. Pirmiausia atnaujinkite informaciją, tada bandykite dar kartą.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Šis failas nėra Wegwijs atnaujinimo failas. Niekas nepakeista. Jūsų informacija lieka tokia pati. Paprašykite atnaujinimo failo dar kartą: jo pavadinimas baigiasi .wegwijs.
error-update-file-damaged = Atnaujinimo failas sugadintas arba nepilnas. Niekas nepakeista. Jūsų informacija lieka tokia pati. Paprašykite atnaujinimo failo dar kartą arba atsisiųskite jį iš naujo.
error-update-file-too-large = Atnaujinimo failas per didelis, todėl programėlė jo neatidarė. Niekas nepakeista. Jūsų informacija lieka tokia pati. Paprašykite naujo atnaujinimo failo.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } jau kurį laiką neskelbė naujos informacijos, todėl programėlė nenaudojo jos seno atnaujinimo. Nacionalinė informacija atnaujinta. Jums lieka informacija, kurią turite iš { $municipality }.
update-skipped-unreachable = Nepavyko atsisiųsti informacijos iš { $municipality }. Nacionalinė informacija atnaujinta. Jums lieka informacija, kurią turite iš { $municipality }. Bandykite vėliau.
update-skipped-refused = Atnaujinimas iš { $municipality } nepraėjo programėlės patikrų, todėl programėlė jo nenaudojo. Nacionalinė informacija atnaujinta. Jums lieka informacija, kurią turite iš { $municipality }.

# For editors publishing a feed (the detail stays in English).
error-feed = Nepavyko paskelbti srauto: { $value }
