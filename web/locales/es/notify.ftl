# Configuración de las notificaciones y resúmenes (crates/app/src/notify.rs, digests.rs; crates/server/src/notifications.rs)
notice-settings = Elija qué recibe por correo electrónico y con qué frecuencia: { $url }
notifications-settings = Configuración del correo electrónico
notifications-settings-intro = Todo aparece siempre aquí, en sus notificaciones. Elija, para cada tipo, si también se le envía por correo electrónico de inmediato, si se agrupa en un resumen diario o semanal (enviado a las 07:00 en su zona horaria) o si no se le envía por correo electrónico.
notifications-settings-saved = Se han guardado sus opciones.
notifications-settings-save = Guardar mis opciones
notifications-kind = Tipo de notificación
delivery-immediately = De inmediato
delivery-daily = Resumen diario
delivery-weekly = Resumen semanal
delivery-off = Sin correo electrónico
notice-kind-mention = Alguien me menciona en un debate
notice-kind-thread_reply = Una respuesta en un debate que sigo
notice-kind-new_thread = Un nuevo debate en uno de mis espacios
notice-kind-join_request = Alguien solicita unirse a un espacio que presido
notice-kind-join_approved = Se aprueba mi solicitud para unirme a un espacio
notice-kind-join_declined = Se rechaza mi solicitud para unirme a un espacio
notice-kind-space_added = Se me añade a un espacio
notice-kind-space_role_changed = Cambia mi rol en un espacio
notice-kind-space_removed = Se me retira de un espacio
digest-daily-subject = { $count ->
    [one] Su resumen diario: { $count } nueva notificación
   *[other] Su resumen diario: { $count } nuevas notificaciones
}
digest-weekly-subject = { $count ->
    [one] Su resumen semanal: { $count } nueva notificación
   *[other] Su resumen semanal: { $count } nuevas notificaciones
}
digest-daily-intro = { $count ->
    [one] Desde ayer se ha producido { $count } novedad sobre la que pidió que se le informara:
   *[other] Desde ayer se han producido { $count } novedades sobre las que pidió que se le informara:
}
digest-weekly-intro = { $count ->
    [one] Esta semana se ha producido { $count } novedad sobre la que pidió que se le informara:
   *[other] Esta semana se han producido { $count } novedades sobre las que pidió que se le informara:
}
digest-open = Abrir mis notificaciones
digest-unsubscribe = Para dejar de recibir este resumen con un solo clic: { $url }
unsubscribe-title = Dejar de recibir un resumen
unsubscribe-explain = Esta acción detiene el resumen por correo electrónico con el que le llegó este enlace. Sus notificaciones permanecen en la plataforma y puede volver a elegir en cualquier momento en la configuración del correo electrónico.
unsubscribe-confirm = Dejar de recibir este resumen
unsubscribe-done-daily = Se ha desactivado el resumen diario.
unsubscribe-done-weekly = Se ha desactivado el resumen semanal.
notice-kind-new_document = Un nuevo documento en uno de mis espacios
