## Content updates: errors (see locales/en/updates.ftl).
error-update-unreachable = La app no pudo conectar con el servidor de actualizaciones. No ha cambiado nada. Tu información sigue igual. Comprueba tu conexión a internet e inténtalo de nuevo más tarde.
error-update-too-large = La actualización es demasiado grande, así que la app no la usó. No ha cambiado nada. Tu información sigue igual. Inténtalo de nuevo más tarde.
error-update-malformed = Lo que recibió la app no es una actualización. No ha cambiado nada. Tu información sigue igual. Quizá primero tienes que iniciar sesión en la red wifi. Después, inténtalo de nuevo.
error-update-signature = La actualización no tiene una firma válida, así que la app no confía en ella. No ha cambiado nada. Tu información sigue igual. Inténtalo de nuevo más tarde o pide un archivo de actualización nuevo.
error-update-rollback = Esta actualización es más antigua que la información que ya tienes. No ha cambiado nada. Conservas la información más nueva. No tienes que hacer nada.
error-update-expired = La app no pudo comprobar si hay información más nueva. No ha cambiado nada. Ves la información que tienes. Comprueba que la fecha de tu teléfono es correcta e inténtalo de nuevo más tarde.
error-update-tampered = La actualización se modificó o se dañó por el camino. No ha cambiado nada. Tu información sigue igual. Inténtalo de nuevo más tarde o pide un archivo de actualización nuevo.
error-update-not-allowed = La actualización tiene información de un remitente que no puede publicarla. No ha cambiado nada. Tu información sigue igual. Inténtalo de nuevo más tarde.
error-update-inconsistent = Las partes de la actualización no encajan entre sí. No ha cambiado nada. Tu información sigue igual. Inténtalo de nuevo más tarde.
error-update-feed-format = Esta actualización tiene un formato que esta versión de la aplicación no puede leer. No ha cambiado nada. Tu información sigue igual. Actualiza la aplicación y vuelve a intentarlo.
error-update-no-source = Esta app no tiene una dirección de la que recibir actualizaciones. No ha cambiado nada. Puedes importar un archivo de actualización.
error-update-nothing-to-share = Este teléfono todavía no tiene una actualización para compartir. No ha cambiado nada. Primero actualiza la información y luego inténtalo de nuevo.
## Update files (.wegwijs) (see locales/en/updates.ftl).
error-update-file-not-an-update-file = Este archivo no es un archivo de actualización de Wegwijs. No ha cambiado nada. Tu información sigue igual. Vuelve a pedir el archivo de actualización: su nombre termina en .wegwijs.
error-update-file-damaged = El archivo de actualización está dañado o incompleto. No ha cambiado nada. Tu información sigue igual. Vuelve a pedir el archivo de actualización o descárgalo de nuevo.
error-update-file-too-large = El archivo de actualización es demasiado grande, así que la app no lo abrió. No ha cambiado nada. Tu información sigue igual. Pide un archivo de actualización nuevo.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } no ha publicado información nueva desde hace tiempo, así que la app no usó su actualización antigua. La información nacional se ha actualizado. Conservas la información que tienes de { $municipality }.
update-skipped-unreachable = No se pudo descargar la información de { $municipality }. La información nacional se ha actualizado. Conservas la información que tienes de { $municipality }. Inténtalo de nuevo más tarde.
update-skipped-refused = La actualización de { $municipality } no pasó los controles de la app, así que la app no la usó. La información nacional se ha actualizado. Conservas la información que tienes de { $municipality }.

# For editors publishing a feed (the detail stays in English).
error-feed = No se pudo publicar el canal: { $value }
