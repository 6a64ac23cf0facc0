## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Aplikace se nemohla spojit se serverem aktualizací. Nic se nezměnilo. Vaše informace zůstávají stejné. Zkontrolujte připojení k internetu a zkuste to později.
error-update-too-large = Aktualizace je příliš velká, proto ji aplikace nepoužila. Nic se nezměnilo. Vaše informace zůstávají stejné. Zkuste to později.
error-update-malformed = To, co aplikace dostala, není aktualizace. Nic se nezměnilo. Vaše informace zůstávají stejné. Možná se musíte nejdřív přihlásit do sítě Wi-Fi. Pak to zkuste znovu.
error-update-signature = Aktualizace nemá platný podpis, proto jí aplikace nevěří. Nic se nezměnilo. Vaše informace zůstávají stejné. Zkuste to později, nebo si řekněte o nový soubor s aktualizací.
error-update-rollback = Tato aktualizace je starší než informace, které už máte. Nic se nezměnilo. Zůstávají vám novější informace. Nemusíte nic dělat.
error-update-expired = Aplikace nemohla zjistit, jestli jsou k dispozici novější informace. Nic se nezměnilo. Vidíte informace, které máte. Zkontrolujte, že máte v telefonu správné datum, a zkuste to později.
error-update-tampered = Aktualizace se cestou změnila nebo poškodila. Nic se nezměnilo. Vaše informace zůstávají stejné. Zkuste to později, nebo si řekněte o nový soubor s aktualizací.
error-update-not-allowed = Aktualizace obsahuje informace od odesílatele, který je nesmí zveřejnit. Nic se nezměnilo. Vaše informace zůstávají stejné. Zkuste to později.
error-update-inconsistent = Části aktualizace k sobě nepasují. Nic se nezměnilo. Vaše informace zůstávají stejné. Zkuste to později.
error-update-feed-format = Tato aktualizace má formát, který tato verze aplikace neumí přečíst. Nic se nezměnilo. Vaše informace zůstávají stejné. Aktualizujte aplikaci a zkuste to znovu.
error-update-no-source = Tato aplikace nemá adresu, odkud by brala aktualizace. Nic se nezměnilo. Místo toho můžete importovat soubor s aktualizací.
error-update-nothing-to-share = Tento telefon zatím nemá aktualizaci, kterou by mohl sdílet. Nic se nezměnilo. Nejdřív aktualizujte informace a pak to zkuste znovu.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Tento soubor není soubor s aktualizací Wegwijs. Nic se nezměnilo. Vaše informace zůstávají stejné. Řekněte si znovu o soubor s aktualizací: jeho název končí na .wegwijs.
error-update-file-damaged = Soubor s aktualizací je poškozený nebo neúplný. Nic se nezměnilo. Vaše informace zůstávají stejné. Řekněte si o soubor s aktualizací znovu, nebo si ho znovu stáhněte.
error-update-file-too-large = Soubor s aktualizací je příliš velký, proto ho aplikace neotevřela. Nic se nezměnilo. Vaše informace zůstávají stejné. Řekněte si o nový soubor s aktualizací.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } už nějakou dobu nezveřejnila nové informace, proto aplikace její starou aktualizaci nepoužila. Celostátní informace byly aktualizovány. Informace od { $municipality }, které máte, vám zůstávají.
update-skipped-unreachable = Informace od { $municipality } se nepodařilo stáhnout. Celostátní informace byly aktualizovány. Informace od { $municipality }, které máte, vám zůstávají. Zkuste to později.
update-skipped-refused = Aktualizace od { $municipality } neprošla kontrolami aplikace, proto ji aplikace nepoužila. Celostátní informace byly aktualizovány. Informace od { $municipality }, které máte, vám zůstávají.

# For editors publishing a feed (the detail stays in English).
error-feed = Kanál se nepodařilo zveřejnit: { $value }
