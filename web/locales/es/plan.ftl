# Planificación conjunta (crates/server/src/planning.rs)
plan-title = Plan de trabajo
programme-title = Programa de trabajo conjunto
programme-intro = { $count ->
    [one] { $count } elemento de los planes de trabajo de los espacios que usted puede consultar, por pilar de la Estrategia.
   *[other] { $count } elementos de los planes de trabajo de los espacios que usted puede consultar, por pilar de la Estrategia.
}
programme-csv = Descargar en CSV
plan-none = Todavía no se ha propuesto ningún elemento.
plan-space = Espacio
plan-no-pillar = Sin pilar indicado
plan-field-title = Elemento
plan-field-description = Descripción
plan-field-lead = Entidad principal
plan-field-contributors = Entidades colaboradoras
plan-field-themes = Esferas temáticas
plan-field-status = Estado
plan-field-target = Fecha prevista
plan-field-resources = Recursos de la biblioteca
plan-resources-hint = Sus enlaces o números, uno por línea (solo recursos que usted pueda consultar).
plan-status-proposed = Propuesto
plan-status-agreed = Acordado
plan-status-in_progress = En curso
plan-status-done = Finalizado
plan-status-dropped = Descartado
plan-importance = Importancia (1–5)
plan-score-count = { $count ->
    [one] según { $count } organización
   *[other] según { $count } organizaciones
}
plan-distribution = Número de organizaciones que otorgaron cada puntuación
plan-not-scored = Todavía sin puntuación
plan-your-score = Puntuación de mi organización
plan-score-of = Importancia de «{ $title }» para mi organización
plan-score = Puntuar
plan-order = Orden
plan-move-up = Subir «{ $title }»
plan-move-down = Bajar «{ $title }»
plan-propose = Proponer un elemento
plan-propose-submit = Proponer
plan-edit = Editar este elemento
plan-save = Guardar
plan-title-required = Indique un título para el elemento.
plan-title-too-long = El título es demasiado largo (200 caracteres como máximo).
plan-description-too-long = La descripción es demasiado larga (4000 caracteres como máximo).
plan-date-invalid = La fecha prevista no es una fecha válida; utilice el formato YYYY-MM-DD (AAAA-MM-DD).
plan-resource-unknown = «{ $resource }» no es un recurso de la biblioteca que usted pueda consultar.
plan-score-invalid = La puntuación debe ser un número entero del 1 al 5.
plan-csv-pillar = Pilar
plan-csv-space = Espacio
plan-csv-order = Orden
plan-csv-title = Elemento
plan-csv-status = Estado
plan-csv-lead = Entidad principal
plan-csv-contributors = Entidades colaboradoras
plan-csv-target = Fecha prevista
plan-csv-mean = Importancia media
plan-csv-scores = Organizaciones que otorgaron puntuación
plan-csv-description = Descripción
space-plan-link = Plan de trabajo
event-plan-item_created = Propuesta de un elemento del plan de trabajo
event-plan-item_changed = Modificación de un elemento del plan de trabajo
plan-reorder-hint = La Presidencia también puede arrastrar una fila a su nuevo lugar.
