## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Actualizado: con cambios: { $changed }, nuevos: { $new }
what-changed-date = La información nueva llegó a este teléfono el { $date }.
what-changed-more = Otros temas con novedades: { $count }. En las listas llevan la marca «actualizado» o «nuevo».
changed-badge-updated = actualizado
changed-badge-new = nuevo
item-updated-on = Actualizado en este teléfono el { $date }.
