# Espacios y notificaciones (crates/server/src/spaces.rs, notifications.rs; crates/app/src/notify.rs)
nav-spaces = Espacios
nav-notifications = Notificaciones
nav-notifications-unread = { $count ->
    [one] Notificaciones ({ $count } nueva)
   *[other] Notificaciones ({ $count } nuevas)
}
spaces-title = Grupos de trabajo y espacios
spaces-home-intro = Los ocho grupos de trabajo interinstitucionales del Pacto y los demás espacios en los que colaboran los puntos focales. Todos los puntos focales pueden consultar los espacios abiertos y unirse a ellos con la aprobación de la presidencia; los espacios cerrados están reservados a los miembros invitados por su presidencia.
spaces-new = Crear un espacio
spaces-create = Crear el espacio
spaces-mine = Mis espacios
spaces-all = Todos los espacios
spaces-others = Otros espacios
spaces-none-other = Usted es miembro de todos los espacios.
space-open = Abierto
space-closed = Cerrado
space-field-name = Nombre
space-field-purpose = Objetivo
space-field-pillar = Pilar de la Estrategia
space-pillar-none = Ninguno
space-field-access = Quién puede consultarlo
space-open-explained = Abierto: todos los puntos focales pueden consultarlo y solicitar unirse a él; la presidencia aprueba las solicitudes.
space-closed-explained = Cerrado: solo sus miembros pueden consultarlo; la presidencia los invita.
space-new-chair = Usted ocupará la presidencia del espacio: después podrá invitar a miembros y designar a otras personas para la presidencia.
space-you-are = Su rol: { $role }
space-purpose = Objetivo
space-no-purpose = Todavía no se ha indicado ningún objetivo.
space-lead-entities = Entidades que ocupan la presidencia
space-lead-people = Presidencia y vicepresidencia
space-membership = Condición de miembro
space-leave = Abandonar este espacio
space-leave-chair-hint = Quien ocupa la presidencia puede abandonar el espacio una vez que se haya designado a otra persona para la presidencia.
space-request-pending-since = Su solicitud de adhesión está pendiente de la decisión de la presidencia (enviada el { $when }).
space-request-message = Mensaje para la presidencia (opcional)
space-request = Solicitar unirse
space-requests = { $count ->
    [0] Solicitudes de adhesión
    [one] { $count } solicitud de adhesión
   *[other] { $count } solicitudes de adhesión
}
space-no-requests = No hay ninguna solicitud pendiente.
space-decision-note = Nota para la persona (opcional)
space-approve = Aprobar
space-decline = Rechazar
space-role-of = Rol de { $name }
space-change-role = Cambiar el rol
space-documents = Documentos recientes
space-no-documents = Todavía no se ha compartido ningún documento en este espacio.
space-all-documents = { $count ->
    [one] { $count } documento de este espacio
   *[other] Los { $count } documentos de este espacio
}
space-done-requested = Su solicitud se ha enviado a la presidencia.
space-done-approved = Se ha aprobado la solicitud: la persona ya es miembro.
space-done-declined = Se ha rechazado la solicitud.
space-done-added = Se ha añadido al miembro.
space-done-role-changed = Se ha cambiado el rol.
space-done-removed = Se ha retirado al miembro.
space-done-left = Ha abandonado el espacio.
space-done-created = Se ha creado el espacio. Usted ocupa su presidencia.
space-name-required = Asigne un nombre al espacio.
space-name-too-long = El nombre es demasiado largo (como máximo 120 caracteres).
space-purpose-too-long = El objetivo es demasiado largo (como máximo 4000 caracteres).
space-pillar-unknown = Elija uno de los cuatro pilares, o ninguno.
space-message-too-long = El mensaje es demasiado largo (como máximo 1000 caracteres).
space-request-pending = Ya ha solicitado unirse; la presidencia decidirá.
space-request-decided = Ya se ha adoptado una decisión sobre esta solicitud.
space-last-chair = Todo espacio debe tener al menos una persona en la presidencia: designe antes a otra.
notifications-title = Notificaciones
notifications-read-all = Marcar todas como leídas
notifications-none = No hay novedades. Aquí se le avisará cuando alguien solicite unirse a un espacio que usted preside, responda a su solicitud o modifique su condición de miembro.
notifications-unread = No leída
notice-someone = Alguien
notice-open = Abrir
notice-why = Recibe este correo electrónico debido a su rol en la Plataforma Mundial de Coordinación de la Lucha Antiterrorista de las Naciones Unidas.
notice-join_request = { $actor } solicita unirse a «{ $space }».
notice-join_approved = Se ha aprobado su solicitud para unirse a «{ $space }».
notice-join_declined = Se ha rechazado su solicitud para unirse a «{ $space }».
notice-space_added = { $actor } le ha añadido a «{ $space }».
notice-space_role_changed = { $actor } ha cambiado su rol en «{ $space }»: { $role }.
notice-space_removed = { $actor } le ha retirado de «{ $space }».
event-space-created = Creación de un espacio
event-space-join_requested = Solicitud de adhesión a un espacio
event-space-join_approved = Aprobación de una solicitud de adhesión
event-space-join_declined = Rechazo de una solicitud de adhesión
event-space-left = Salida de un espacio

space-pinned = Fijados
space-pin = Fijar «{ $title }» en este espacio
space-unpin = Dejar de fijar «{ $title }»
space-done-pinned = Fijado en la página del espacio.
space-done-unpinned = Ya no está fijado.
event-space-pinned = Fijado en un espacio
event-space-unpinned = Dejado de fijar en un espacio

# Debates (crates/server/src/discussions.rs)
discussions-title = Debates
discussions-none = Todavía no hay debates.
discussions-count = { $count ->
    [one] { $count } debate
   *[other] { $count } debates
}
discussions-all = { $count ->
    [0] Debates
    [one] { $count } debate
   *[other] Todos los { $count } debates
}
discussions-all-and-start = Todos los debates, o iniciar uno nuevo
discussions-new = Nuevo
discussions-replies = { $count ->
    [0] sin respuestas
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
discussions-start = Iniciar un debate
discussions-start-submit = Publicar
discussions-field-title = Asunto
discussions-field-body = Mensaje
discussions-field-reply = Su respuesta
discussions-markdown-hint = Se admite Markdown: **negrita**, *cursiva*, listas, [enlaces](https://…), enlaces a recursos de la biblioteca. Escriba @ y un nombre para mencionar a una persona que pueda leer este espacio.
discussions-following = Usted sigue este debate: las respuestas aparecen en sus notificaciones.
discussions-muted = Ha silenciado este debate.
discussions-follow = Seguir
discussions-mute = Silenciar
discussions-edited = editado
discussions-removed = Este mensaje se ha eliminado.
discussions-edit = Editar
discussions-remove = Eliminar
discussions-reply = Responder
discussions-reply-submit = Enviar la respuesta
discussions-members-only = Solo los miembros de este espacio pueden escribir aquí.
discussions-back = Volver al debate
discussions-edit-window = Los mensajes pueden editarse durante los 15 minutos siguientes a su envío; en ese caso, se indica que han sido editados.
discussions-save = Guardar
discussion-title-required = Asigne un asunto al debate.
discussion-title-too-long = El asunto es demasiado largo (como máximo 200 caracteres).
discussion-body-required = Escriba un mensaje.
discussion-body-too-long = El mensaje es demasiado largo (como máximo 20 000 caracteres).
notice-mention = { $actor } le ha mencionado en «{ $space }».
notice-thread_reply = { $actor } ha respondido en un debate que usted sigue en «{ $space }».
notice-new_thread = { $actor } ha iniciado un debate en «{ $space }».
event-discussion-post_removed = Eliminación de un mensaje por un moderador
notice-new_document = { $actor } compartió un documento en «{ $space }».
discussions-attach-label = Adjuntar archivos (opcional)
discussions-attach-hint = Hasta 10 archivos, { $mb } MB en total. Cada uno pasa a ser un documento de la biblioteca, legible exactamente por quienes pueden leer esta conversación; allí podrá describirlo con más detalle.
discussions-attachments = Archivos adjuntos
discussions-attachment-page = en la biblioteca
discussion-too-many-files = Adjunte como máximo 10 archivos a un mensaje.
space-events = Próximos eventos
space-no-events = No hay eventos previstos en los próximos dos meses.
space-all-events = El calendario del espacio
