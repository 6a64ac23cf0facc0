## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Aktualizacja: zmienione: { $changed }, nowe: { $new }
what-changed-date = Nowe informacje dotarły na ten telefon { $date }.
what-changed-more = Inne tematy z nowościami: { $count }. Na listach mają oznaczenie „zaktualizowano” lub „nowe”.
changed-badge-updated = zaktualizowano
changed-badge-new = nowe
item-updated-on = Zaktualizowano na tym telefonie { $date }.
