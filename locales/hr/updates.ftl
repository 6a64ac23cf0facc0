## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = Aplikacija nije mogla doći do poslužitelja za ažuriranja. Ništa nije promijenjeno. Vaše informacije ostaju iste. Provjerite internetsku vezu i pokušajte ponovno kasnije.
error-update-too-large = Ažuriranje je preveliko pa ga aplikacija nije upotrijebila. Ništa nije promijenjeno. Vaše informacije ostaju iste. Pokušajte ponovno kasnije.
error-update-malformed = Ono što je aplikacija primila nije ažuriranje. Ništa nije promijenjeno. Vaše informacije ostaju iste. Možda se najprije morate prijaviti na Wi-Fi mrežu. Zatim pokušajte ponovno.
error-update-signature = Ažuriranje nema valjani potpis pa mu aplikacija ne vjeruje. Ništa nije promijenjeno. Vaše informacije ostaju iste. Pokušajte ponovno kasnije ili zatražite novu datoteku ažuriranja.
error-update-rollback = Ovo ažuriranje starije je od informacija koje već imate. Ništa nije promijenjeno. Zadržavate novije informacije. Ne morate ništa učiniti.
error-update-expired = Aplikacija nije mogla provjeriti postoje li novije informacije. Ništa nije promijenjeno. Vidite informacije koje imate. Provjerite je li datum na telefonu točan i pokušajte ponovno kasnije.
error-update-tampered = Ažuriranje je usput promijenjeno ili oštećeno. Ništa nije promijenjeno. Vaše informacije ostaju iste. Pokušajte ponovno kasnije ili zatražite novu datoteku ažuriranja.
error-update-not-allowed = Ažuriranje sadrži informacije pošiljatelja koji ih ne smije objaviti. Ništa nije promijenjeno. Vaše informacije ostaju iste. Pokušajte ponovno kasnije.
error-update-inconsistent = Dijelovi ažuriranja ne odgovaraju jedan drugome. Ništa nije promijenjeno. Vaše informacije ostaju iste. Pokušajte ponovno kasnije.
error-update-feed-format = Ovo ažuriranje je u obliku koji ova verzija aplikacije ne može pročitati. Ništa nije promijenjeno. Vaše informacije ostaju iste. Ažurirajte aplikaciju i pokušajte ponovno.
error-update-no-source = Ova aplikacija nema adresu s koje bi dobivala ažuriranja. Ništa nije promijenjeno. Umjesto toga možete uvesti datoteku ažuriranja.
error-update-nothing-to-share = Ovaj telefon još nema ažuriranje za dijeljenje. Ništa nije promijenjeno. Najprije ažurirajte informacije, a zatim pokušajte ponovno.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Ova datoteka nije datoteka ažuriranja za Wegwijs. Ništa nije promijenjeno. Vaše informacije ostaju iste. Ponovno zatražite datoteku ažuriranja: njezin naziv završava na .wegwijs.
error-update-file-damaged = Datoteka ažuriranja je oštećena ili nepotpuna. Ništa nije promijenjeno. Vaše informacije ostaju iste. Ponovno zatražite datoteku ažuriranja ili je ponovno preuzmite.
error-update-file-too-large = Datoteka ažuriranja je prevelika pa je aplikacija nije otvorila. Ništa nije promijenjeno. Vaše informacije ostaju iste. Zatražite novu datoteku ažuriranja.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } već neko vrijeme nije objavila nove informacije pa aplikacija nije upotrijebila njezino staro ažuriranje. Nacionalne informacije su ažurirane. Zadržavate informacije koje imate od { $municipality }.
update-skipped-unreachable = Informacije od { $municipality } nije bilo moguće preuzeti. Nacionalne informacije su ažurirane. Zadržavate informacije koje imate od { $municipality }. Pokušajte ponovno kasnije.
update-skipped-refused = Ažuriranje od { $municipality } nije prošlo provjere aplikacije pa ga aplikacija nije upotrijebila. Nacionalne informacije su ažurirane. Zadržavate informacije koje imate od { $municipality }.

# For editors publishing a feed (the detail stays in English).
error-feed = Kanal nije moguće objaviti: { $value }
