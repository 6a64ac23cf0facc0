## Pantallas de Wegwijs — español.

## Navegación
nav-today = Hoy
nav-checklist = Lista
nav-rights = Derechos
nav-local = Cerca
nav-search = Buscar
nav-settings = Ajustes

## Acciones
action-next = Siguiente
action-back = Atrás
action-skip = Omitir
action-save = Guardar
action-cancel = Cancelar
action-close = Cerrar
action-confirm = Sí, continuar
action-undo = Deshacer
action-retry = Reintentar
loading = Cargando…
works-offline = Funciona sin internet.

## Primer inicio
welcome-title = Bienvenido a Wegwijs
welcome-text = Tus derechos, tus primeros pasos y ayuda cerca de ti en los Países Bajos. En tu idioma, también sin internet.
choose-language = Elige tu idioma
choose-municipality = ¿Dónde vives?
municipality-search = Escribe el nombre de tu localidad
municipality-not-listed = Mi localidad no está en la lista
dates-title = Tus fechas
dates-help = Usamos estas fechas para mostrarte tus plazos. Puedes cambiarlas después.
stay-title = ¿Cuánto tiempo te quedas en los Países Bajos?
children-title = ¿Tienes hijos menores de 18?
setup-can-change-later = Puedes omitirlo y cambiarlo después en Ajustes.
setup-finish = Empezar

## Hoy
today-title = Hoy
today-next-steps = Tus próximos pasos
today-alerts = Avisos importantes
today-no-steps = No hay pasos pendientes. ¡Muy bien!
today-see-checklist = Ver toda la lista

## Lista
checklist-title = Tus primeras semanas
checklist-read-more = Lee más sobre tus derechos
checklist-local-help = Ayuda cerca de ti

## Derechos
rights-title = Tus derechos y obligaciones
topic-registration = Empadronamiento
topic-id = Documento de identidad
topic-work = Trabajo y contrato
topic-wages = Salario
topic-housing = Vivienda
topic-health = Salud y seguro
topic-family = Familia e hijos
topic-benefits = Prestaciones y ayudas
topic-money = Dinero y banco
topic-education = Escuela
topic-language = Aprender neerlandés
topic-help = Ayuda y denuncias
topic-leaving = Salir de los Países Bajos
topic-emergency = Emergencias
topic-community = Comunidad
topic-municipality = Municipio

## Cerca
local-title = En tu municipio
local-services = Servicios
local-events = Actividades
local-alerts = Avisos
local-take-part = Conocer gente y participar
local-take-part-intro = Lugares de encuentro, iniciativas, clubes y cafés de idiomas en tu municipio.
local-take-part-how = Cómo funciona en los Países Bajos
local-take-part-none = Aún no tenemos información local de este municipio. Los artículos de abajo explican cómo encontrarla.
checklist-optional-title = Conoce gente y participa
checklist-optional-intro = Pasos opcionales sin plazo. Hazlos cuando quieras.
step-hide = Ocultar
step-hidden = Pasos ocultos
step-show = Mostrar de nuevo
today-take-part = Un paso para conocer gente
today-take-part-intro = Tus pasos urgentes están hechos. Cuando quieras, prueba esto.
local-choose-municipality = Elige tu municipio en Ajustes para ver la ayuda cercana.
event-when = Cuándo

## Ajustes
settings-title = Ajustes
settings-profile = Tus datos
settings-wifi-only = Descargar actualizaciones solo con wifi
settings-text-size = Tamaño del texto
text-size-normal = Normal
text-size-large = Grande
text-size-larger = Muy grande
settings-high-contrast = Alto contraste
settings-export = Exportar mis datos
settings-export-done = Tus datos se han guardado en un archivo.
settings-delete = Borrar todos mis datos
settings-delete-confirm = ¿Borrar tus datos, tu lista y tus ajustes de este teléfono? No se puede deshacer.
settings-delete-done = Se han borrado todos tus datos.
settings-about = Acerca de Wegwijs
about-version = Versión de la app
about-content-version = Versión de la información
about-licences = Licencias de código abierto
saved = Guardado

## Leer en voz alta
read-aloud = Leer en voz alta
stop-reading = Dejar de leer
no-voice = Tu teléfono no tiene voz para este idioma.
pause-reading = Pausa
resume-reading = Seguir leyendo
voice-instead-en = Tu teléfono puede leer en voz alta la versión en inglés.
voice-instead-nl = Tu teléfono puede leer en voz alta la versión en neerlandés.
read-english-aloud = Leer en voz alta la versión en inglés
read-dutch-aloud = Leer en voz alta la versión en neerlandés

## Actualizaciones
settings-updates = Actualizaciones de la información
update-how = La app busca actualizaciones cuando la abres. No descarga nada sin preguntarte.
update-last-check = Última comprobación: { $date }
update-never-checked = Aún no se han buscado actualizaciones.
update-check = Buscar actualizaciones
update-download-size = { $value } para descargar
update-up-to-date = Tienes la información más reciente.
update-could-not-check = No se pudo comprobar si hay información más nueva. Ves la información del { $date }.
update-import-file = Importar un archivo de actualización
update-share-file = Compartir el archivo de actualización
update-content-date = Información del { $date }
update-now = Actualizar ahora
update-done = Tu información se actualizó.
update-share-done = La actualización se guardó como archivo. Puedes pasarla a otras personas.
today-update-ready = Hay una actualización lista: { $value }
today-update-open = Ver la actualización
