# Búsqueda global (crates/server/src/search.rs, el cuadro de búsqueda en el encabezado de cada página)
search-title = Búsqueda
search-title-for = Búsqueda: { $query }
search-label = Buscar en todo el contenido al que tiene acceso
search-box-label = Buscar en todo el sitio
search-box-placeholder = Personas, documentos, eventos…
search-submit = Buscar
search-hint = Personas, organizaciones, espacios, recursos de la biblioteca, eventos, debates, elementos de los planes de trabajo, actividades y proyectos. Deben coincidir todas las palabras; no se tienen en cuenta los acentos ni las mayúsculas.
search-count = { $count ->
    [one] Un resultado
   *[other] { $count } resultados
}
search-none = Nada de lo que usted puede consultar coincide con estas palabras. Compruebe la ortografía o utilice menos palabras.
search-kinds = Resultados por tipo
search-kind-all = Todo
search-kind-people = Personas
search-kind-organizations = Organizaciones
search-kind-spaces = Espacios
search-kind-resources = Recursos de la biblioteca
search-kind-events = Eventos
search-kind-discussions = Debates
search-kind-plans = Elementos de los planes de trabajo
search-all-people = { $count ->
    [one] { $count } persona del directorio
   *[other] Todas las { $count } personas del directorio
}
search-all-organizations = { $count ->
    [one] { $count } organización
   *[other] Todas las { $count } organizaciones
}
search-all-spaces = { $count ->
    [one] { $count } espacio
   *[other] Todos los { $count } espacios
}
search-all-resources = { $count ->
    [one] { $count } recurso de la biblioteca
   *[other] Todos los { $count } recursos de la biblioteca
}
search-all-events = { $count ->
    [one] { $count } evento
   *[other] Todos los { $count } eventos
}
search-all-discussions = { $count ->
    [one] { $count } debate
   *[other] Todos los { $count } debates
}
search-all-plans = { $count ->
    [one] { $count } elemento de los planes de trabajo
   *[other] Todos los { $count } elementos de los planes de trabajo
}
search-kind-activities = Actividades
search-kind-projects = Proyectos
search-all-activities = { $count ->
    [one] { $count } actividad, con sus filtros
   *[other] Las { $count } actividades, con sus filtros
}
search-all-projects = { $count ->
    [one] { $count } proyecto, con sus filtros
   *[other] Los { $count } proyectos, con sus filtros
}
search-space-open = Espacio abierto
search-space-closed = Espacio cerrado
search-event-series = Serie
search-kind-recommendations = Recomendaciones de la DECT
search-all-recommendations = Las { $count } recomendaciones, con sus filtros
