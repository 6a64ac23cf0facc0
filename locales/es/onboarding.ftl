## Onboarding, sheet, reminders, calendar (es).

error-invalid-link = Este no es un enlace válido de Wegwijs. No se ha cambiado nada. (Problema: { $value })
onboard-title = Configurar con un enlace
onboard-paste = Pegue el enlace que recibió de su empresa o de su municipio
onboard-use-link = Usar este enlace
onboard-confirm-title = Revise sus datos
onboard-confirm-text = Estos datos vienen del enlace. Revíselos, corrija lo que no esté bien y toque Empezar.
onboard-from = De: { $value }
employer-contact = Contacto: { $value }
sheet-title = Sus primeras semanas en los Países Bajos
sheet-scan = Escanee este código con la cámara de su teléfono.
sheet-install-title = Cómo empezar
sheet-install-1 = Instale la aplicación Wegwijs desde su tienda de aplicaciones.
sheet-install-2 = Escanee el código. Sus datos se rellenan.
sheet-install-3 = Revise sus datos y toque Empezar. La aplicación también funciona sin internet.
sheet-first-steps = Sus primeros pasos
sheet-no-dates = Introduzca sus fechas en la aplicación para ver sus plazos.
sheet-rule-arrival-now = Desde el día de su llegada
sheet-rule-arrival-days = { $days ->
    [one] En un plazo de { $days } día desde su llegada
   *[other] En un plazo de { $days } días desde su llegada
}
sheet-rule-arrival-months = { $months ->
    [one] En un plazo de { $months } mes desde su llegada
   *[other] En un plazo de { $months } meses desde su llegada
}
sheet-rule-work-start-now = Desde su primer día de trabajo
sheet-rule-work-start-days = { $days ->
    [one] En un plazo de { $days } día desde su primer día de trabajo
   *[other] En un plazo de { $days } días desde su primer día de trabajo
}
sheet-rule-work-start-months = { $months ->
    [one] En un plazo de { $months } mes desde su primer día de trabajo
   *[other] En un plazo de { $months } meses desde su primer día de trabajo
}
sheet-made-on = Hecho el { $date }. La aplicación tiene la información más reciente.
poster-title = Wegwijs: su guía en { $value }
poster-lead = Sus primeros pasos, sus derechos y ayuda local, en su idioma.
settings-reminders = Recordarme antes de los plazos
settings-calendar-export = Añadir mis plazos a mi calendario
settings-calendar-export-done = Guardado como archivo de calendario: { $value }
calendar-name = Wegwijs: sus primeras semanas
onboard-scan = Escanear el código QR
