# Evaluaciones de la DECT y recomendaciones de asistencia técnica, con el consentimiento del Estado evaluado.
nav-recommendations = Recomendaciones
cted-title = Recomendaciones de la DECT
cted-intro = Necesidades de asistencia técnica detectadas por la Dirección Ejecutiva del Comité contra el Terrorismo (DECT) en sus evaluaciones de los Estados Miembros. Usted solo ve lo que le permiten ver el Estado evaluado, la función de la DECT o el consentimiento del Estado; cada consulta queda registrada y la pueden ver los puntos focales del Estado.
cted-views = Vistas de las recomendaciones
cted-view-list = Recomendaciones
cted-view-coverage = Cobertura de las necesidades
cted-view-assessments = Evaluaciones
cted-nothing-readable = No se ha compartido con usted ninguna evaluación. Los puntos focales de un Estado Miembro ven las evaluaciones de su propio Estado; las entidades del Pacto ven aquellas que el Estado evaluado ha consentido en compartir con ellas.
cted-filters = Filtrar las recomendaciones
cted-filter-words = Palabras
cted-filter-country = Estado Miembro
cted-filter-theme = Esfera temática
cted-filter-priority = Prioridad
cted-filter-status = Estado del seguimiento
cted-filter-coverage = Cobertura
cted-filter-apply = Aplicar los filtros
cted-any = Todos
cted-count = { $count ->
    [one] { $count } recomendación
   *[other] { $count } recomendaciones
}
cted-empty = Ninguna recomendación coincide con estos filtros.
cted-export-csv = Exportar en CSV
cted-covered = Atendida
cted-uncovered = Aún no atendida
cted-yes = Sí
cted-no = No
cted-priority-high = Prioridad alta
cted-priority-medium = Prioridad media
cted-priority-low = Prioridad baja
cted-status-open = Abierta
cted-status-in_progress = En curso
cted-status-implemented = Aplicada
cted-status-superseded = Sustituida
cted-status-unchanged = Sin cambio de estado
cted-kind-comprehensive_visit = Visita de evaluación exhaustiva
cted-kind-focused_visit = Visita de evaluación específica
cted-kind-desk_review = Examen documental
cted-kind-follow_up = Evaluación de seguimiento
cted-why-heading = Por qué puede verlo
cted-why-own-state = Usted es punto focal del Estado evaluado: { $state }.
cted-why-cted = Usted forma parte del personal de la DECT, que realizó la evaluación.
cted-why-admin = Usted es administrador de la plataforma.
cted-why-consent = El Estado evaluado, { $state }, ha consentido en compartir esta evaluación con su entidad.
cted-why-consent-until = El Estado evaluado, { $state }, ha consentido en compartir esta evaluación con su entidad hasta el { $date }.
cted-why-consent-all = El Estado evaluado, { $state }, ha consentido en compartir esta evaluación con todas las entidades del Pacto.
cted-why-consent-all-until = El Estado evaluado, { $state }, ha consentido en compartir esta evaluación con todas las entidades del Pacto hasta el { $date }.
cted-why-recorded = Su consulta queda registrada y los puntos focales del Estado evaluado pueden verla.
cted-assessment-of = Evaluación de { $state }
cted-assessments-title = Evaluaciones
cted-assessment-add = Añadir una evaluación
cted-assessment-edit = Modificar la evaluación
cted-assessment-save = Guardar la evaluación
cted-saved = Se ha guardado.
cted-back = ← Recomendaciones de la DECT
cted-back-assessment = ← La evaluación
cted-report = Informe de evaluación
cted-report-none = No hay ningún informe adjunto.
cted-report-hint = Número o enlace del recurso de la biblioteca. Debe pertenecer a la DECT y estar restringido a la DECT en la biblioteca, de modo que solo el consentimiento del Estado pueda abrirlo a otros.
cted-recommendations = Recomendaciones
cted-no-recommendations = Todavía no se ha introducido ninguna recomendación.
cted-recommendation-number = Recomendación { $number }
cted-recommendation-add = Añadir una recomendación
cted-recommendation-edit = Modificar la recomendación
cted-recommendation-save = Guardar la recomendación
cted-field-body = Recomendación
cted-field-assistance = Asistencia solicitada
cted-field-projects = Proyectos que la atienden
cted-projects-hint = Códigos de proyectos del compendio, separados por comas.
cted-field-activities = Actividades que la atienden
cted-activities-hint = Números o enlaces de actividades, separados por comas.
cted-addressed-by = Atendida por
cted-addressed-by-nothing = nada todavía
cted-follow-up = Seguimiento
cted-note-add = Añadir una nota de seguimiento
cted-note-label = Nota
cted-note-status = Nuevo estado
cted-note-save = Añadir la nota
cted-consent-heading = Consentimiento para compartir
cted-consent-intro = El Estado evaluado decide qué entidades del Pacto pueden consultar esta evaluación, su informe y sus recomendaciones. El consentimiento puede retirarse en cualquier momento; deja de surtir efecto de inmediato.
cted-consent-none = El Estado no ha compartido esta evaluación con ninguna entidad.
cted-consent-all-entities = Todas las entidades del Pacto
cted-consent-to = Compartir con
cted-consent-expires = Hasta (opcional)
cted-consent-expires-hint = Último día de validez del consentimiento. Déjelo en blanco si no tiene fecha de fin.
cted-consent-grant = Otorgar el consentimiento
cted-consent-granted = Se ha otorgado el consentimiento.
cted-consent-revoked = Se ha retirado el consentimiento.
cted-consent-granted-on = otorgado el
cted-consent-until = hasta el { $date }
cted-consent-no-expiry = sin fecha de fin
cted-consent-state-live = Vigente
cted-consent-state-revoked = Retirado
cted-consent-state-expired = Vencido
cted-consent-revoke = Retirar el consentimiento otorgado a { $entity }
cted-trail-link = Quién la ha consultado
cted-trail-title = Quién ha consultado esta evaluación
cted-trail-intro = Cada apertura de esta evaluación de { $state } y de su informe, así como cada lista, búsqueda o exportación que mostró sus recomendaciones. Solo los puntos focales del Estado, la DECT y los administradores ven esta página.
cted-trail-empty = Nadie la ha consultado todavía.
cted-trail-when = Cuándo
cted-trail-who = Quién
cted-trail-org = Organización
cted-trail-how = Cómo
cted-trail-older = Consultas anteriores
cted-how-view = Abrió la evaluación
cted-how-list = La vio en una lista
cted-how-search = La encontró mediante una búsqueda
cted-how-download = Descargó el informe
cted-how-export = La exportó
cted-coverage-title = Cobertura de las necesidades
cted-coverage-intro = Recomendaciones todavía abiertas o en curso que no atiende ningún proyecto en curso ni ninguna actividad prevista o en curso, por esfera temática y región. Solo se cuentan las evaluaciones que usted puede consultar.
cted-coverage-caption = Necesidades no atendidas por esfera temática (filas) y región (columnas)
cted-coverage-none = No hay ninguna necesidad sin atender entre las recomendaciones que usted puede consultar.
cted-unmet-count = { $count ->
    [one] { $count } necesidad aún no atendida
   *[other] { $count } necesidades aún no atendidas
}
cted-total = Total
cted-no-theme = Sin esfera temática
cted-no-region = Sin región
cted-country-heading = Recomendaciones de la DECT para este Estado
cted-country-covered = Atendidas por un proyecto o una actividad
cted-country-uncovered = Aún no atendidas
cted-col-id = Número
cted-col-state = Estado Miembro
cted-col-kind = Tipo de evaluación
cted-col-held-on = Fecha de la evaluación
cted-col-recommendation = Recomendación
cted-col-theme = Esfera temática
cted-col-pillar = Pilar
cted-col-priority = Prioridad
cted-col-assistance = Asistencia solicitada
cted-col-status = Estado del seguimiento
cted-col-covered = Atendida
cted-col-link = Enlace
cted-state-required = Elija el Estado Miembro evaluado.
cted-state-unknown = Ningún Estado Miembro se llama «{ $names }».
cted-date-invalid = Indique la fecha de la evaluación (año-mes-día).
cted-date-future = La fecha de la evaluación no puede ser futura.
cted-report-unknown = No se ha encontrado ningún recurso de la biblioteca «{ $resource }».
cted-report-not-restricted = Otras personas pueden consultar este recurso en la biblioteca. Un informe debe pertenecer a la DECT y estar restringido a la DECT, de modo que solo el consentimiento del Estado pueda abrirlo.
cted-body-required = Redacte la recomendación.
cted-body-too-long = La recomendación es demasiado larga (5.000 caracteres como máximo).
cted-assistance-too-long = La descripción de la asistencia solicitada es demasiado larga (2.000 caracteres como máximo).
cted-projects-unknown = Ningún proyecto tiene el código: { $names }.
cted-activities-unknown = Ninguna actividad tiene el número: { $names }.
cted-note-required = Redacte la nota.
cted-note-too-long = La nota es demasiado larga (5.000 caracteres como máximo).
cted-grantee-unknown = Ninguna entidad del Pacto se llama «{ $names }».
cted-expiry-invalid = Indique el último día en el formato año-mes-día.
cted-expiry-past = El último día no puede ser una fecha pasada.
cted-addresses = Recomendaciones de la DECT que atiende
cted-consent-grant-heading = Compartir con una entidad
event-assessment-created = Evaluación de la DECT añadida
event-assessment-changed = Evaluación de la DECT modificada
event-recommendation-created = Recomendación añadida
event-recommendation-changed = Recomendación modificada
event-recommendation-noted = Nota de seguimiento de una recomendación
event-recommendations-read = Recomendaciones consultadas
event-consent-granted = Consentimiento otorgado
event-consent-revoked = Consentimiento retirado
cted-import-link = Importar desde una hoja de cálculo
cted-import-title = Importar recomendaciones
cted-import-intro = Una recomendación por fila. Las filas con el mismo Estado Miembro, tipo y fecha forman una sola evaluación (se añaden a ella si la DECT ya la había introducido). Las columnas se reconocen por su encabezado: «state» (código o nombre), «kind», «date» (año-mes-día), «recommendation», «theme», «pillar», «priority», «assistance», «status», «projects» y «activities» (elementos separados por punto y coma). Los tipos, las prioridades, los estados y las esferas temáticas pueden escribirse en cualquiera de los seis idiomas. No se guarda nada hasta que usted lo confirme, y entonces se guardan todas las filas o ninguna.
cted-import-file = Archivo CSV o Excel
cted-import-summary-new = { $count ->
    [one] { $count } fila inicia una nueva evaluación
   *[other] { $count } filas inician una nueva evaluación
}
cted-import-summary-join = { $count ->
    [one] { $count } fila se suma a una evaluación
   *[other] { $count } filas se suman a una evaluación
}
cted-import-summary-refused = { $count ->
    [one] { $count } fila rechazada
   *[other] { $count } filas rechazadas
}
cted-import-status-new = Nueva evaluación
cted-import-status-join = Se suma a una evaluación
cted-import-status-error = Rechazada
cted-import-confirm = { $count ->
    [one] Importar { $count } recomendación
   *[other] Importar { $count } recomendaciones
}
cted-import-fix-first = Corrija las filas rechazadas en el archivo y vuelva a comprobarlo: no se importa nada mientras haya una fila rechazada.
cted-import-another = Comprobar otro archivo
cted-import-refused = Se ha rechazado una fila: no se ha importado nada.
cted-import-kind-unknown = Tipo de evaluación desconocido: «{ $value }».
cted-import-priority-unknown = Prioridad desconocida: «{ $value }».
cted-import-status-unknown = Estado del seguimiento desconocido: «{ $value }».
cted-imported = { $count ->
    [one] Se ha importado { $count } recomendación.
   *[other] Se han importado { $count } recomendaciones.
}
event-recommendations-imported = Recomendaciones importadas

# Notificaciones de novedades de la DECT ($space es el nombre del Estado Miembro evaluado).
notice-cted_shared = { $space } compartió una evaluación de la DECT con su organización.
notice-cted_followup = { $actor } registró un seguimiento de una recomendación de la DECT para { $space }.
notice-kind-cted_shared = Un Estado Miembro comparte su evaluación de la DECT con mi organización
notice-kind-cted_followup = Un seguimiento de una recomendación de la DECT que puedo consultar
