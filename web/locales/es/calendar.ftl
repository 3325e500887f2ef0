# El calendario común.
nav-calendar = Calendario
cal-title = Calendario
cal-add = Añadir un evento
cal-subscribe = Suscribirme desde mi aplicación de calendario
cal-views = Vistas del calendario
cal-agenda = Agenda
cal-week = Semana
cal-month = Mes
cal-filters = Filtros
cal-filter-space = Espacio
cal-filter-pillar = Pilar
cal-filter-organizer = Organizador
cal-filter-mine = Solo los eventos a los que asisto
cal-any = Todos
cal-apply = Aplicar
cal-your-zone = Las horas se muestran en su zona horaria: { $zone }.
cal-change-zone = Cámbiela en su perfil
cal-earlier = ‹ Anteriores
cal-later = Posteriores ›
cal-prev-week = ‹ Semana anterior
cal-next-week = Semana siguiente ›
cal-prev-month = ‹ Mes anterior
cal-next-month = Mes siguiente ›
cal-none = No hay eventos en estas semanas.
cal-nothing = No hay nada previsto.
cal-today = Hoy
cal-more = { $count ->
    [one] { $count } más
   *[other] { $count } más
}
cal-cancelled = Cancelado
cal-moved = Reprogramado
cal-moved-note = Esta sesión se ha reprogramado con respecto a su horario habitual.
cal-all-day = Todo el día
cal-all-day-until = Todo el día, hasta el { $date }
# Una fecha tal como la escribe el idioma: día de la semana, día, nombre del mes, número del mes, año.
cal-date = { $weekday }, { $day } de { $month } de { $year }
cal-month-year = { $month } de { $year }
cal-weekday-1 = lunes
cal-weekday-2 = martes
cal-weekday-3 = miércoles
cal-weekday-4 = jueves
cal-weekday-5 = viernes
cal-weekday-6 = sábado
cal-weekday-7 = domingo
cal-weekday-short-1 = lun
cal-weekday-short-2 = mar
cal-weekday-short-3 = mié
cal-weekday-short-4 = jue
cal-weekday-short-5 = vie
cal-weekday-short-6 = sáb
cal-weekday-short-7 = dom
cal-month-1 = enero
cal-month-2 = febrero
cal-month-3 = marzo
cal-month-4 = abril
cal-month-5 = mayo
cal-month-6 = junio
cal-month-7 = julio
cal-month-8 = agosto
cal-month-9 = septiembre
cal-month-10 = octubre
cal-month-11 = noviembre
cal-month-12 = diciembre
cal-when = Fecha y hora
cal-your-time = su hora ({ $zone })
cal-event-time = la hora del evento ({ $zone })
cal-repeats = Repetición
cal-every-day = { $n ->
    [one] Todos los días
   *[other] Cada { $n } días
}
cal-every-week = { $n ->
    [one] Todas las semanas
   *[other] Cada { $n } semanas
}
cal-every-month = { $n ->
    [one] Todos los meses
   *[other] Cada { $n } meses
}
cal-every-year = { $n ->
    [one] Todos los años
   *[other] Cada { $n } años
}
cal-on-days = {" "}el { $days }
cal-on-nth = { $nth ->
    [-1] {" "}el último { $weekday } del mes
    [1] {" "}el primer { $weekday } del mes
    [2] {" "}el segundo { $weekday } del mes
    [3] {" "}el tercer { $weekday } del mes
   *[4] {" "}el cuarto { $weekday } del mes
}
cal-until = , hasta el { $date }
cal-count = { $n ->
    [one] , una vez
   *[other] , { $n } veces
}
cal-location = Lugar
cal-online = Enlace de la reunión en línea
cal-organizer = Organizador
cal-space = Espacio
cal-no-space = Ninguno (calendario del Pacto)
cal-pillars = Pilares
cal-themes = Temas
cal-resources = Documentos (programa, acta)
cal-resources-hint = Enlaces o números de la Biblioteca, uno por línea; por ejemplo, /library/12.
cal-visibility = Quién lo ve
cal-members-only = Solo los miembros del espacio ven este evento
cal-download-ics = Añadir a mi calendario (.ics)
cal-answer-title = ¿Asistirá?
cal-answer-attending = Asistiré
cal-answer-maybe = Quizás
cal-answer-declined = No asistiré
cal-answer-waiting = En la lista de espera
cal-answer-saved = Se ha guardado su respuesta.
cal-answer-waiting-notice = El evento está completo: usted está en la lista de espera y se le avisará si queda libre una plaza.
cal-capacity = Plazas
cal-capacity-hint = Déjelo vacío para no fijar ningún límite. Una vez alcanzado el límite, las personas pasan a una lista de espera.
cal-waiting-count = { $count ->
    [one] { $count } en espera
   *[other] { $count } en espera
}
cal-attendees = { $count ->
    [one] { $count } asistente
   *[other] { $count } asistentes
}
cal-no-attendees = Todavía no ha respondido nadie.
cal-attendees-csv = Lista de asistentes (CSV)
cal-manage = Gestionar este evento
cal-edit = Modificar el evento
cal-edit-this = Cambiar solo esta sesión
cal-edit-following = Cambiar esta sesión y las siguientes
cal-edit-all = Cambiar toda la serie
cal-this-only-time = Solo cambia la hora de esta sesión; el resto de la serie se mantiene igual.
cal-cancel-this = Cancelar esta sesión
cal-cancel-this-confirm = ¿Cancelar esta sesión? Las demás se mantienen.
cal-cancel-event = Cancelar el evento
cal-cancel-confirm = ¿Cancelar el evento? Seguirá en el calendario, marcado como cancelado.
cal-delete = Eliminar
cal-delete-confirm = ¿Eliminar el evento de todos los calendarios?
cal-field-title = Título
cal-field-start-date = Fecha de inicio
cal-field-start-time = Hora de inicio
cal-field-end-date = Fecha de finalización
cal-field-end-time = Hora de finalización
cal-field-zone = Zona horaria del evento
cal-zone-hint = La zona horaria a la que corresponden las horas indicadas arriba: las demás personas las ven convertidas a la suya.
cal-field-repeat = Repetición
cal-repeat-none = No se repite
cal-repeat-daily = Cada día
cal-repeat-weekly = Cada semana
cal-repeat-monthly = Cada mes
cal-repeat-yearly = Cada año
cal-field-interval = Cada cuántos días, semanas, meses o años
cal-field-weekdays = Estos días de la semana (repetición semanal)
cal-field-monthly = Repetición mensual
cal-monthly-date = el mismo día del mes
cal-monthly-weekday = el mismo día de la semana (p. ej., el segundo martes)
cal-field-ends = Termina
cal-ends-never = Nunca
cal-ends-until = En una fecha
cal-ends-count = Después de un número de veces
cal-field-description = Descripción
cal-save = Guardar
cal-save-anyway = Guardar de todos modos
cal-clash-title = Otros eventos a esta hora del mismo espacio u organizador:
cal-clash-explain = Compruebe si es intencionado. Si vuelve a guardar, su evento se mantendrá tal como está.
cal-subscribe-explain = Su dirección de calendario privada muestra en Outlook, Google Calendar o Apple Calendar todos los eventos que usted puede ver, y los mantiene actualizados. No la comparta: cualquier persona que tenga la dirección verá esos eventos.
cal-feed-new = Su nueva dirección de calendario:
cal-feed-address = Dirección del calendario
cal-feed-once = Solo se muestra esta vez. Cópiela en su aplicación de calendario (“Suscribirse a un calendario” / “Desde URL”). Si la pierde, cree una nueva: la anterior dejará de funcionar.
cal-feed-active = Tiene una dirección de calendario, creada el { $since }.
cal-feed-none = Todavía no tiene una dirección de calendario.
cal-feed-space = Qué eventos
cal-feed-all = Todos los eventos que puedo ver
cal-feed-create = Crear mi dirección de calendario
cal-feed-regenerate = Sustituir mi dirección de calendario
cal-feed-revoke = Desactivar mi dirección de calendario
cal-feed-revoke-confirm = ¿Desactivar la dirección? Las aplicaciones de calendario que la usan dejarán de actualizarse.
cal-csv-name = Nombre
cal-csv-email = Correo electrónico
cal-csv-org = Organización
cal-csv-answer = Respuesta
cal-csv-answered = Fecha de respuesta
cal-error-title = Indique un título para el evento.
cal-error-title-long = El título es demasiado largo (200 caracteres como máximo).
cal-error-description-long = La descripción es demasiado larga (8000 caracteres como máximo).
cal-error-zone = Elija la zona horaria del evento.
cal-error-start = Indique una fecha de inicio válida.
cal-error-start-time = Indique una hora de inicio válida.
cal-error-end-time = Indique una hora de finalización válida.
cal-error-end = El final debe ser posterior al inicio.
cal-error-too-long = Un evento dura como máximo 14 días (62 días si es de día completo); si dura más, configúrelo para que se repita.
cal-error-interval = El intervalo debe ser un número entero entre 1 y 99.
cal-error-until = La fecha de finalización de la serie debe ser igual o posterior a su fecha de inicio.
cal-error-count = El número de veces debe ser un número entero entre 1 y { $max }.
cal-error-text-long = El texto es demasiado largo (500 caracteres como máximo).
cal-error-url = El enlace de la reunión en línea debe empezar por https:// o http://.
cal-error-space = Solo puede añadir eventos a los espacios de los que es miembro.
cal-error-capacity = El número de plazas debe ser un número entero igual o superior a 1.
cal-error-resource = { $resource } no es un documento de la Biblioteca que usted pueda consultar.
cal-error-cancelled = El evento está cancelado.
notice-event_place = Ha quedado libre una plaza: ahora asiste a este evento.
notice-event_reminder = Recordatorio: este evento empieza en menos de un día.
notice-kind-event_place = Queda libre una plaza para mí en un evento completo
notice-kind-event_reminder = Un recordatorio un día antes de un evento al que asisto
event-event-created = Evento añadido
event-event-changed = Evento modificado
event-event-occurrence_moved = Una sesión cambiada de horario
event-event-occurrence_cancelled = Una sesión cancelada
event-event-series_split = Serie modificada a partir de una sesión
event-event-cancelled = Evento cancelado
event-event-deleted = Evento eliminado
event-calendar-feed_created = Dirección de calendario creada
event-calendar-feed_revoked = Dirección de calendario desactivada
notice-new_event = { $actor } añadió un evento en { $space }.
notice-kind-new_event = Un nuevo evento en uno de mis espacios
cal-places-taken = { $taken } de { $capacity } plazas ocupadas
