## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Актуализация: променени: { $changed }, нови: { $new }
what-changed-date = Нова информация пристигна на този телефон на { $date }.
what-changed-more = Други теми с новости: { $count }. В списъците са отбелязани с „актуализирано“ или „ново“.
changed-badge-updated = актуализирано
changed-badge-new = ново
item-updated-on = Актуализирано на този телефон на { $date }.
