## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Aktualizácia: zmenené: { $changed }, nové: { $new }
what-changed-date = Nové informácie prišli do tohto telefónu { $date }.
what-changed-more = Ďalšie témy s novinkami: { $count }. V zoznamoch majú označenie „aktualizované“ alebo „nové“.
changed-badge-updated = aktualizované
changed-badge-new = nové
item-updated-on = Aktualizované v tomto telefóne { $date }.
