## Compendio de proyectos de lucha antiterrorista y prevención del extremismo violento

nav-projects = Proyectos
projects-title = Proyectos
projects-intro = Los proyectos de lucha antiterrorista y prevención del extremismo violento de las entidades del Pacto: quién ejecuta qué, dónde y qué financiación falta aún. Filtre y, después, exporte los datos o consulte los gráficos.
projects-views = Vistas de los proyectos
projects-view-list = Lista
projects-view-charts = Gráficos
projects-charts-title = Los proyectos en gráficos
project-count = { $count ->
    [one] { $count } proyecto
   *[other] { $count } proyectos
}
project-empty = Ningún proyecto coincide con estos filtros.
project-search-label = Buscar proyectos
project-search-placeholder = Título, código, donante, país, entidad…
project-sort = Ordenar
project-sort-code = Por código
project-sort-gap = Mayor déficit de financiación primero
project-sort-requested = Mayor presupuesto primero
project-sort-recent = Modificados recientemente primero
project-region = Región
project-country = País beneficiario
project-theme = Prioridad temática
project-entity = Entidad de ejecución
project-donor = Donante
project-donor-amount = Monto (US$)
project-donor-name-n = Donante { $n }
project-donor-amount-n = Monto del donante { $n } (US$)
project-pillar = Pilar
project-status = Estado
project-status-pipeline = En preparación
project-status-active = En curso
project-status-closed = Cerrado
project-totals = Totales de los proyectos mostrados
project-total-projects = Proyectos
project-total-requested = Solicitado
project-total-funded = Financiado
project-total-gap = Déficit de financiación
project-funded-percent = Financiado en un { $percent } %
project-global = Mundial
project-more-countries = { $count ->
    [one] y { $count } país más
   *[other] y { $count } países más
}
project-add = Añadir un proyecto
project-edit = Modificar el proyecto
project-save = Guardar el proyecto
project-saved = Se ha guardado el proyecto.
project-back = ← Todos los proyectos
project-about = Acerca del proyecto
project-funding = Financiación
project-no-donors = Todavía no lo ha financiado ningún donante.
project-documents = Documentos
project-no-documents = No hay ningún documento vinculado.
project-export-csv = Exportar en CSV
project-export-xlsx = Exportar en Excel
project-field-code = Código
project-code-hint = Como figura en el llamamiento, por ejemplo UNOCT-GLO-2021-01. Letras, dígitos, - _ . /
project-field-title = Título
project-field-summary = Resumen
project-field-lead = Entidad principal
project-field-partners = Entidades asociadas
project-field-countries = Países beneficiarios
project-countries-hint = Códigos ISO o nombres, separados por comas (KEN, Uganda, Níger).
project-field-regions = Regiones beneficiarias
project-field-pillars = Pilares de la Estrategia Global contra el Terrorismo
project-field-themes = Prioridades temáticas
project-field-requested = Presupuesto solicitado (US$)
project-amount-hint = Dólares de los Estados Unidos, sin decimales: 1250000 o 1.250.000.
project-field-donors = Donantes y montos que aportan
project-field-starts = Inicio
project-field-ends = Fin
project-field-period = Período
project-field-contact = Persona de contacto
project-field-contact-email = Correo electrónico de la persona de contacto (una cuenta de la plataforma)
project-field-documents = Documentos de la biblioteca
project-field-updated = Última modificación
project-code-required = Indique el código del proyecto.
project-code-invalid = Un código tiene como máximo 40 caracteres: letras, dígitos y los signos - _ . /
project-code-taken = Otro proyecto ya tiene este código.
project-title-required = Indique el título del proyecto.
project-title-too-long = El título supera los 300 caracteres.
project-summary-too-long = El resumen supera los 5000 caracteres.
project-lead-required = Elija la entidad principal.
project-lead-unknown = «{ $names }» no es una entidad del Pacto.
project-entities-unknown = No son entidades del Pacto: { $names }
project-countries-unknown = No son Estados Miembros: { $names }
project-amount-invalid = «{ $value }» no es un monto en dólares de los Estados Unidos sin decimales.
project-date-invalid = Introduzca las fechas en el formato YYYY-MM-DD (AAAA-MM-DD).
project-ends-before-start = El proyecto no puede terminar antes de comenzar.
project-contact-unknown = Ninguna cuenta activa tiene este correo electrónico.
project-donor-name-required = Cada monto debe ir acompañado del nombre de su donante.
project-donor-too-long = El nombre de un donante supera los 120 caracteres.
project-donor-amount-invalid = El monto de { $donor } no está expresado en dólares de los Estados Unidos sin decimales.
project-donors-too-many = Un proyecto puede incluir como máximo { $max } donantes.
project-resource-unknown = No hay ningún recurso de la biblioteca que usted pueda consultar en «{ $resource }».
project-chart-theme = Déficit de financiación por prioridad temática
project-chart-region = Déficit de financiación por región
project-chart-gap-desc = Cada barra representa lo que solicitan los proyectos: la parte oscura está financiada y la clara falta por financiar.
project-chart-gap-value = déficit: { $gap }
project-chart-country = Proyectos por país beneficiario
project-chart-country-desc = Número de proyectos de los que se beneficia cada país, de mayor a menor.
project-chart-matrix = Países y prioridades temáticas
project-chart-matrix-desc = Número de proyectos por prioridad temática en los países con más proyectos; cuanto más oscura es la celda, más proyectos hay.
project-chart-overlap = Un proyecto con varios temas, regiones o países se cuenta en cada uno de ellos, por lo que la suma de las filas supera los totales.
project-chart-table = Las cifras en una tabla
project-chart-empty = No hay proyectos que representar.
project-col-code = Código
project-col-title = Título
project-col-status = Estado
project-col-lead = Entidad principal
project-col-partners = Entidades asociadas
project-col-countries = Países beneficiarios
project-col-regions = Regiones beneficiarias
project-col-pillars = Pilares
project-col-themes = Prioridades temáticas
project-col-requested = Solicitado (US$)
project-col-funded = Financiado (US$)
project-col-gap = Déficit de financiación (US$)
project-col-donors = Donantes
project-col-starts = Inicio
project-col-ends = Fin
project-col-summary = Resumen
project-col-link = Enlace
money-usd = { $amount } US$
org-projects-beneficiary = Proyectos en beneficio de este país
org-projects-implementer = Proyectos de esta entidad
org-no-projects = Todavía no hay ningún proyecto en el compendio.
org-active-entities = Entidades que ejecutan proyectos en este país
org-all-projects = { $count ->
    [one] Ver el proyecto en el explorador de proyectos
   *[other] Ver los { $count } proyectos en el explorador de proyectos
}
event-project-created = Proyecto añadido
event-project-changed = Proyecto modificado
project-import-title = Importar proyectos
project-import-intro = Un archivo CSV (UTF-8, separado por comas o por puntos y comas) o un libro de Excel, con una fila de encabezado que nombre las columnas en cualquier orden: las columnas code y title son obligatorias; las columnas status, lead, partners, countries, regions, pillars, themes, requested, donors, starts, ends, summary y contact son opcionales. Los elementos de las listas se separan con punto y coma; los donantes se escriben «Name: amount». Una fila cuyo código ya existe reemplaza ese proyecto. La exportación a Excel del explorador de proyectos, en inglés, puede volver a importarse. No se guarda nada hasta que usted lo confirme, y entonces se guardan todas las filas o ninguna.
project-import-file = Archivo CSV o Excel
project-import-summary-new = { $count ->
    [one] { $count } proyecto nuevo
   *[other] { $count } proyectos nuevos
}
project-import-summary-update = { $count ->
    [one] { $count } actualización
   *[other] { $count } actualizaciones
}
project-import-summary-refused = { $count ->
    [one] { $count } fila rechazada
   *[other] { $count } filas rechazadas
}
project-import-status-new = Nuevo
project-import-status-update = Actualización
project-import-status-error = Rechazado
project-import-confirm = { $count ->
    [one] Importar { $count } proyecto
   *[other] Importar los { $count } proyectos
}
project-import-fix-first = Corrija las filas rechazadas en su archivo y vuelva a subirlo: una importación guarda todas las filas o ninguna.
project-import-another = Importar otro archivo
project-import-refused = Se han rechazado algunas filas: no se ha importado nada.
project-import-changed = Entretanto se han añadido o modificado proyectos con estos códigos: no se ha importado nada. Vuelva a revisar la vista previa.
project-import-theme-unknown = «{ $value }» no es una prioridad temática.
project-import-region-unknown = «{ $value }» no es una región.
project-import-pillar-unknown = «{ $value }» no es un pilar (del 1 al 4).
project-import-status-unknown = «{ $value }» no es un estado (pipeline, active o closed).
project-import-donor-format = «{ $value }» no está escrito en la forma «Name: amount».
project-import-duplicate = Este código ya figura en una fila anterior del archivo.
project-imported-added = { $count ->
    [one] { $count } proyecto añadido,
   *[other] { $count } proyectos añadidos,
}
project-imported-updated = { $count ->
    [one] { $count } actualizado.
   *[other] { $count } actualizados.
}
event-projects-imported = Proyectos importados
project-chart-entities = Quién ejecuta estos proyectos
