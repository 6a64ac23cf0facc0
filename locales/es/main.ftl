## Wegwijs — mensajes en español (traducción).

app-name = Wegwijs
app-tagline = Tu guía en los Países Bajos

## Errores
error-content-corrupt = No se pudo leer la información de la app. Se restaurará desde la copia de la app. Tus datos están a salvo.
error-content-invalid = Este contenido tiene errores y no se ha usado.
error-user-data-corrupt = No se pudieron leer tus datos guardados. El archivo no ha cambiado. Pide ayuda antes de reinstalar la app.
error-user-data-newer = Tus datos guardados vienen de una versión más nueva de Wegwijs. Actualiza la app para usarlos.
error-invalid-date = «{ $value }» no es una fecha válida. Usa el formato AAAA-MM-DD, por ejemplo 2026-11-20.
error-unknown-item = Esta página ya no existe.
error-unknown-language = Este idioma no está disponible.
error-unknown-municipality = Este municipio todavía no está en la app.
error-database = Algo falló al guardar o leer. Inténtalo de nuevo.
error-io = No se pudo leer o escribir un archivo. Comprueba que tienes espacio libre en el teléfono.
error-speech = No se pudo leer en voz alta. Inténtalo de nuevo o lee tú el texto.

## Tipos y estado de la traducción
kind-right = Derechos y obligaciones
kind-service = Ayuda cerca de ti
kind-task = Paso de tu lista
kind-alert = Aviso importante
kind-event = Actividad
state-reference = Texto oficial
state-machine = Traducción automática - no revisada por una persona. Valen los textos en neerlandés e inglés.
state-translated = Traducido, aún sin revisar. Valen los textos en neerlandés e inglés.
state-reviewed = Traducido y revisado
show-reference-text = Ver texto en inglés
show-dutch-text = Ver texto en neerlandés
sample-content = Contenido de ejemplo: el municipio aún no lo ha confirmado.

## Lista
task-todo = Pendiente
task-done = Hecho
task-not-applicable = No es mi caso
due-today = Vence hoy
due-in-days = { $days ->
    [one] Vence mañana
   *[other] Vence en { $days } días
}
due-overdue = { $days ->
    [one] 1 día de retraso
   *[other] { $days } días de retraso
}
due-on = Plazo: { $date }
reminder-notification-title = Tiene un paso pendiente
deadline-legal = La ley fija este plazo.
deadline-advice = Nuestro consejo, no un plazo legal.
needs-arrival-date = Indica tu fecha de llegada para ver el plazo.
needs-work-start-date = Indica tu primer día de trabajo para ver el plazo.
why-it-matters = Por qué es importante
mark-done = Marcar como hecho
mark-todo = Marcar como pendiente
mark-not-applicable = No es mi caso
checklist-all-done = Todos los pasos están hechos. ¡Muy bien!

## Perfil
stay-short = Menos de 4 meses
stay-long = Más de 4 meses
stay-unsure = Aún no lo sé
profile-arrival = Fecha de llegada a los Países Bajos
profile-work-start = Primer día de trabajo
profile-stay = ¿Cuánto tiempo te quedas?
profile-children-in-nl = Hijos menores de 18 que viven en los Países Bajos
profile-children-abroad = Hijos menores de 18 que viven en otro país
profile-agency = Trabajo a través de una agencia de trabajo temporal (ETT)
profile-language = Idioma
profile-municipality = Municipio donde vives

## Derechos, fuentes, importes
source = Fuente
sources = Fuentes oficiales
verified-on = Comprobado el { $date }
valid-from = Desde el { $date }
valid-until = Hasta el { $date }
amount-secondary = Este importe puede cambiar. Consulta la página oficial.
related-items = Ver también

## Ayuda cerca de ti
open-now = Abierto ahora
closed-now = Cerrado ahora
hours-unknown = Horario desconocido. Compruébalo antes de ir.
holiday-hours-differ = En días festivos el horario puede ser otro.
opens-at = Abre a las { $time }
opens-on = Abre: { $day }, { $time }
closes-at = Cierra a las { $time }
public-holiday = Día festivo
appointment-needed = Pide cita primero.
languages-spoken = Idiomas que se hablan
call = Llamar
send-email = Enviar correo
website = Sitio web
open-in-maps = Abrir en mapas
no-local-services = Todavía no hay información local para este municipio.

## Buscar
search-placeholder = Busca, por ejemplo «prestación por hijos»
search-no-results = No se encontró nada. Prueba otra palabra.
search-results = { $days ->
    [one] 1 resultado
   *[other] { $days } resultados
}

## Estado del contenido
content-updated-on = Información actualizada el { $date }
