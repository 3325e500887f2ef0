# Seguimiento de actividades: quién hace qué, dónde y cuándo.
nav-activities = Actividades
activities-title = Actividades
activities-intro = Talleres, capacitaciones, visitas de evaluación, reuniones de expertos y otras actividades de las entidades del Pacto: quién las dirige, dónde, cuándo y cómo avanzan.
activities-views = Vistas de las actividades
activities-view-list = Lista
activities-view-timeline = Cronología
activities-view-where = Dónde
activity-add = Añadir una actividad
activity-edit = Modificar la actividad
activity-back = ← Todas las actividades
activity-save = Guardar la actividad
activity-saved = Se ha guardado la actividad.
activity-update-added = Se ha añadido su actualización sobre los avances.
activity-search-label = Buscar actividades
activity-search-placeholder = Título, descripción, entidad o país
activity-sort-date = Más recientes primero
activity-sort-earliest = Más antiguas primero
activity-sort-recent = Modificadas recientemente primero
activity-count = { $count ->
    [one] { $count } actividad
   *[other] { $count } actividades
}
activity-empty = Ninguna actividad coincide con estos filtros.
activity-no-date = Todavía sin fecha
activity-status = Estado
activity-status-planned = Prevista
activity-status-ongoing = En curso
activity-status-completed = Finalizada
activity-status-postponed = Aplazada
activity-status-cancelled = Cancelada
activity-status-unchanged = Sin cambio de estado
activity-kind = Tipo de actividad
activity-kind-workshop = Taller
activity-kind-training = Capacitación
activity-kind-assessment_visit = Visita de evaluación
activity-kind-expert_meeting = Reunión de expertos
activity-kind-expert_deployment = Despliegue de expertos
activity-kind-publication = Publicación
activity-kind-conference = Conferencia
activity-kind-other = Otro tipo
activity-year = Año
activity-month = Mes
activity-space = Espacio
activity-of-project = Actividades de un proyecto
activity-project = Proyecto
activity-planned = Fechas previstas
activity-actual = Fechas reales
activity-participants = Participantes
activity-participants-hint = Si se conocen. Deje en blanco lo que no se haya contabilizado.
activity-women = Mujeres
activity-men = Hombres
activity-others = Otros o sin registrar
activity-women-count = { $count ->
    [one] { $count } mujer
   *[other] { $count } mujeres
}
activity-men-count = { $count ->
    [one] { $count } hombre
   *[other] { $count } hombres
}
activity-others-count = { $count } en otra categoría o sin registrar
activity-outputs = Productos (documentos de la biblioteca)
activity-no-outputs = Todavía no hay ningún producto.
activity-events = Eventos del calendario
activity-events-hint = Enlaces a eventos del calendario (o sus números), uno por línea.
activity-progress = Avances
activity-update-label = Actualización sobre los avances
activity-update-status = Estado tras esta actualización
activity-update-add = Añadir la actualización
activity-no-updates = Todavía no hay ninguna actualización sobre los avances.
activity-updates-count = { $count ->
    [one] { $count } actualización sobre los avances
   *[other] { $count } actualizaciones sobre los avances
}
activity-month-all = { $count ->
    [one] Ver la actividad de este mes
   *[other] Ver las { $count } actividades de este mes
}
activity-undated = { $count ->
    [one] { $count } actividad todavía no tiene fecha y solo figura en la lista.
   *[other] { $count } actividades todavía no tienen fecha y solo figuran en la lista.
}
activity-where-note = Una actividad se cuenta en cada una de las regiones a las que se dirige, ya sea por su nombre o a través de un país beneficiario.
activity-global-count = { $count ->
    [one] { $count } actividad es mundial (sin país ni región beneficiarios).
   *[other] { $count } actividades son mundiales (sin país ni región beneficiarios).
}
activity-about = Acerca de la actividad
activity-field-description = Descripción
activity-lead-hint = Su propia entidad o, si se trata de una actividad de un espacio que usted preside, cualquier entidad.
activity-field-project = Código del proyecto
activity-project-hint = El código del proyecto del compendio al que pertenece esta actividad, si lo hay.
activity-participants-invalid = Indique el número de participantes como número entero.
activity-kind-required = Elija el tipo de actividad.
activity-description-too-long = La descripción es demasiado larga (10.000 caracteres como máximo).
activity-lead-not-yours = Puede registrar las actividades que dirige su entidad o las actividades de un espacio que usted preside.
activity-project-unknown = Ningún proyecto tiene el código { $code }.
activity-event-unknown = { $event } no es un evento del calendario que usted pueda consultar.
activity-update-required = Redacte la actualización sobre los avances.
activity-update-too-long = La actualización es demasiado larga (5000 caracteres como máximo).
activity-col-id = Número
activity-col-kind = Tipo
activity-col-status = Estado
activity-col-space = Espacio
activity-col-project = Proyecto
activity-col-planned-start = Inicio previsto
activity-col-planned-end = Fin previsto
activity-col-actual-start = Inicio real
activity-col-actual-end = Fin real
activity-col-women = Mujeres
activity-col-men = Hombres
activity-col-others = Otros participantes
activity-org-beneficiary = Actividades en beneficio de este país
activity-org-implementer = Actividades que dirige esta entidad o en las que participa como asociada
activity-all = { $count ->
    [one] Ver la actividad en la lista
   *[other] Ver las { $count } actividades en la lista
}
activity-project-heading = Actividades de este proyecto
event-activity-created = Actividad añadida
event-activity-changed = Actividad modificada
event-activity-progress = Actualización sobre los avances de una actividad
