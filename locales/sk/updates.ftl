## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Aplikácia sa nemohla spojiť so serverom aktualizácií. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Skontrolujte pripojenie na internet a skúste to neskôr.
error-update-too-large = Aktualizácia je príliš veľká, preto ju aplikácia nepoužila. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Skúste to neskôr.
error-update-malformed = To, čo aplikácia dostala, nie je aktualizácia. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Možno sa musíte najprv prihlásiť do siete Wi-Fi. Potom to skúste znova.
error-update-signature = Aktualizácia nemá platný podpis, preto jej aplikácia neverí. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Skúste to neskôr alebo si vypýtajte nový súbor s aktualizáciou.
error-update-rollback = Táto aktualizácia je staršia ako informácie, ktoré už máte. Nič sa nezmenilo. Zostávajú vám novšie informácie. Nemusíte nič robiť.
error-update-expired = Aplikácia nemohla zistiť, či sú k dispozícii novšie informácie. Nič sa nezmenilo. Vidíte informácie, ktoré máte. Skontrolujte, či máte v telefóne správny dátum, a skúste to neskôr.
error-update-tampered = Aktualizácia sa cestou zmenila alebo poškodila. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Skúste to neskôr alebo si vypýtajte nový súbor s aktualizáciou.
error-update-not-allowed = Aktualizácia obsahuje informácie od odosielateľa, ktorý ich nesmie zverejniť. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Skúste to neskôr.
error-update-inconsistent = Časti aktualizácie k sebe nepasujú. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Skúste to neskôr.
error-update-feed-format = Táto aktualizácia má formát, ktorý táto verzia aplikácie nevie prečítať. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Aktualizujte aplikáciu a skúste to znova.
error-update-no-source = Táto aplikácia nemá adresu, odkiaľ by brala aktualizácie. Nič sa nezmenilo. Namiesto toho môžete importovať súbor s aktualizáciou.
error-update-nothing-to-share = Tento telefón ešte nemá aktualizáciu, ktorú by mohol zdieľať. Nič sa nezmenilo. Najprv aktualizujte informácie a potom to skúste znova.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Tento súbor nie je súbor s aktualizáciou Wegwijs. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Vypýtajte si súbor s aktualizáciou znova: jeho názov končí na .wegwijs.
error-update-file-damaged = Súbor s aktualizáciou je poškodený alebo neúplný. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Vypýtajte si súbor s aktualizáciou znova alebo si ho znova stiahnite.
error-update-file-too-large = Súbor s aktualizáciou je príliš veľký, preto ho aplikácia neotvorila. Nič sa nezmenilo. Vaše informácie zostávajú rovnaké. Vypýtajte si nový súbor s aktualizáciou.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } už nejaký čas nezverejnila nové informácie, preto aplikácia jej starú aktualizáciu nepoužila. Celoštátne informácie boli aktualizované. Informácie od { $municipality }, ktoré máte, vám zostávajú.
update-skipped-unreachable = Informácie od { $municipality } sa nepodarilo stiahnuť. Celoštátne informácie boli aktualizované. Informácie od { $municipality }, ktoré máte, vám zostávajú. Skúste to neskôr.
update-skipped-refused = Aktualizácia od { $municipality } neprešla kontrolami aplikácie, preto ju aplikácia nepoužila. Celoštátne informácie boli aktualizované. Informácie od { $municipality }, ktoré máte, vám zostávajú.

# For editors publishing a feed (the detail stays in English).
error-feed = Kanál sa nepodarilo zverejniť: { $value }
