## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Aplikacija nije mogla da pristupi serveru za ažuriranja. Ništa nije promenjeno. Vaše informacije ostaju iste. Proverite internet vezu i pokušajte ponovo kasnije.
error-update-too-large = Ažuriranje je preveliko, pa ga aplikacija nije upotrebila. Ništa nije promenjeno. Vaše informacije ostaju iste. Pokušajte ponovo kasnije.
error-update-malformed = Ono što je aplikacija primila nije ažuriranje. Ništa nije promenjeno. Vaše informacije ostaju iste. Možda prvo morate da se prijavite na Wi-Fi mrežu. Zatim pokušajte ponovo.
error-update-signature = Ažuriranje nema važeći potpis, pa mu aplikacija ne veruje. Ništa nije promenjeno. Vaše informacije ostaju iste. Pokušajte ponovo kasnije ili zatražite novu datoteku ažuriranja.
error-update-rollback = Ovo ažuriranje je starije od informacija koje već imate. Ništa nije promenjeno. Zadržavate novije informacije. Ne morate ništa da radite.
error-update-expired = Aplikacija nije mogla da proveri da li postoje novije informacije. Ništa nije promenjeno. Vidite informacije koje imate. Proverite da li je datum na telefonu tačan i pokušajte ponovo kasnije.
error-update-tampered = Ažuriranje je usput promenjeno ili oštećeno. Ništa nije promenjeno. Vaše informacije ostaju iste. Pokušajte ponovo kasnije ili zatražite novu datoteku ažuriranja.
error-update-not-allowed = Ažuriranje sadrži informacije pošiljaoca koji ne sme da ih objavi. Ništa nije promenjeno. Vaše informacije ostaju iste. Pokušajte ponovo kasnije.
error-update-inconsistent = Delovi ažuriranja ne odgovaraju jedan drugom. Ništa nije promenjeno. Vaše informacije ostaju iste. Pokušajte ponovo kasnije.
error-update-feed-format = Ovo ažuriranje je u obliku koji ova verzija aplikacije ne može da pročita. Ništa nije promenjeno. Vaše informacije ostaju iste. Ažurirajte aplikaciju i pokušajte ponovo.
error-update-no-source = Ova aplikacija nema adresu sa koje bi dobijala ažuriranja. Ništa nije promenjeno. Umesto toga možete da uvezete datoteku ažuriranja.
error-update-nothing-to-share = Ovaj telefon još nema ažuriranje za deljenje. Ništa nije promenjeno. Prvo ažurirajte informacije, a zatim pokušajte ponovo.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Ova datoteka nije datoteka ažuriranja za Wegwijs. Ništa nije promenjeno. Vaše informacije ostaju iste. Ponovo zatražite datoteku ažuriranja: njen naziv se završava na .wegwijs.
error-update-file-damaged = Datoteka ažuriranja je oštećena ili nepotpuna. Ništa nije promenjeno. Vaše informacije ostaju iste. Ponovo zatražite datoteku ažuriranja ili je ponovo preuzmite.
error-update-file-too-large = Datoteka ažuriranja je prevelika, pa je aplikacija nije otvorila. Ništa nije promenjeno. Vaše informacije ostaju iste. Zatražite novu datoteku ažuriranja.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } već neko vreme nije objavila nove informacije, pa aplikacija nije upotrebila njeno staro ažuriranje. Nacionalne informacije su ažurirane. Zadržavate informacije koje imate od { $municipality }.
update-skipped-unreachable = Informacije od { $municipality } nije bilo moguće preuzeti. Nacionalne informacije su ažurirane. Zadržavate informacije koje imate od { $municipality }. Pokušajte ponovo kasnije.
update-skipped-refused = Ažuriranje od { $municipality } nije prošlo provere aplikacije, pa ga aplikacija nije upotrebila. Nacionalne informacije su ažurirane. Zadržavate informacije koje imate od { $municipality }.

# For editors publishing a feed (the detail stays in English).
error-feed = Kanal nije moguće objaviti: { $value }
