# Estructura del Pacto (crates/server/src/compact.rs)
nav-compact = Pacto
compact-title = Estructura del Pacto
compact-intro = Cómo está organizado el Pacto Mundial de Coordinación de la Lucha Antiterrorista de las Naciones Unidas, según los datos de la plataforma: su Comité de Coordinación, los ocho grupos de trabajo interinstitucionales por pilar de la Estrategia, las entidades que los presiden y las personas que los dirigen.
compact-committee = Comité de Coordinación
compact-committee-chair = Está presidido por el Secretario General Adjunto de Lucha contra el Terrorismo. Sus miembros son:
compact-committee-entities = { $count ->
    [one] los representantes de { $count } entidad miembro del Pacto
   *[other] los representantes de las { $count } entidades miembros del Pacto
}
compact-observers = { $count ->
    [one] { $count } observador
   *[other] { $count } observadores
}
compact-see-entities = las entidades
compact-committee-leads = quienes ocupan la presidencia y la vicepresidencia de los ocho grupos de trabajo.
compact-secretariat = La Oficina de Lucha contra el Terrorismo de las Naciones Unidas actúa como secretaría del Pacto.
compact-states = { $count ->
    [one] { $count } Estado Miembro participa por medio de sus puntos focales.
   *[other] { $count } Estados Miembros participan por medio de sus puntos focales.
}
compact-working-groups = Grupos de trabajo
compact-pillar = Pilar { $number }
compact-other-spaces = Otros espacios
compact-no-lead-people = Todavía no se ha designado en la plataforma a ninguna persona para la presidencia ni para la vicepresidencia.
