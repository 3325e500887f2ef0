# Interfaz de gctcp — español: directorio de contactos, organizaciones, perfiles, importación masiva.

nav-directory = Directorio

## Directorio
dir-title = Directorio de contactos
dir-search-label = Buscar personas
dir-search-placeholder = Nombre, cargo, organización, correo electrónico, especialización
dir-search-hint = Cualquier sistema de escritura: José o jose, Иван, محمد, 王.
dir-apply = Aplicar filtros
dir-clear = Borrar todo
dir-count = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
dir-empty = Ninguna persona coincide con esta búsqueda.
dir-empty-loosen = Pruebe a quitar un filtro:
dir-active-filters = Filtros activos
dir-remove-filter = Quitar el filtro { $filter }
dir-filter-org-type = Tipo de organización
dir-filter-org = Organización
dir-filter-region = Región
dir-filter-subregion = Subregión
dir-filter-group = Grupo regional de las Naciones Unidas
dir-filter-space = Grupo de trabajo o espacio
dir-filter-theme = Esfera temática
dir-filter-lang = Idioma hablado
dir-local-time = { $time }, hora local
dir-export-vcf = Descargar estos contactos (vCard)
dir-export-limit = Las exportaciones incluyen como máximo { $limit } personas.
dir-export-csv = Descargar en CSV (administradores)
dir-too-many-title = Demasiadas personas para exportar
dir-too-many-body = { $count ->
    [one] Esta búsqueda encuentra { $count } persona.
   *[other] Esta búsqueda encuentra { $count } personas.
}
dir-too-many-back = Acotar la búsqueda
dir-download-vcard = Descargar el contacto (vCard)
dir-edit-profile = Editar el perfil
dir-contact = Contacto
dir-phones = Teléfono
dir-phones-hidden = Visible solo para los miembros de los mismos grupos de trabajo.
dir-photo-of = Foto de { $name }
dir-expertise = Especialización
dir-no-expertise = Todavía no se ha indicado ninguna especialización temática.
dir-same-themes = Personas que trabajan en los mismos temas
dir-spaces = Grupos de trabajo y espacios

org-type-member_state = Estado Miembro
org-type-compact_member = Miembro del Pacto
org-type-compact_observer = Observador del Pacto

## Campos del perfil
field-phone-office = Teléfono de la oficina
field-phone-mobile = Teléfono móvil
field-office = Oficina
field-bio = Presentación
field-languages = Idiomas hablados
field-expertise = Especialización temática
field-pillars = Pilares de la Estrategia
profile-edit-other = Perfil de { $name }
profile-view-public = Ver el perfil como lo ven los demás
profile-phone-visibility = Quién ve mis números de teléfono
profile-phone-co-members = Los miembros de mis grupos de trabajo y los administradores
profile-phone-all = Todos los puntos focales
profile-invalid-phone = Un número de teléfono puede contener dígitos, espacios y los caracteres + - ( ) . / x, con un máximo de 40 caracteres.
profile-invalid-phone-visibility = Elija quién ve sus números de teléfono.
profile-bio-too-long = El campo «Presentación» debe tener como máximo 2000 caracteres.
profile-invalid-expertise = Elija las esferas temáticas y los pilares de las listas.

## Foto
photo-title = Foto
photo-choose = Elegir una foto (JPEG o PNG)
photo-hint = Hasta 5 MB. La foto se recorta en forma cuadrada y se eliminan sus metadatos (como la ubicación).
photo-upload = Subir la foto
photo-remove = Eliminar la foto
photo-saved = Se ha actualizado su foto.
photo-missing = Elija primero un archivo.
photo-too-large = La foto supera los 5 MB.
photo-not-an-image = Este archivo no es una imagen JPEG o PNG.

## Organizaciones
orgs-none = Ninguna organización coincide.
org-iso = Códigos ISO
org-leads = Grupos de trabajo que preside
org-focal-points = { $count ->
    [one] { $count } punto focal
   *[other] { $count } puntos focales
}
org-no-focal-points = Todavía no hay ningún punto focal activo.
org-all-focal-points = Todos los puntos focales de esta organización

## Importación masiva
import-title = Importar desde un archivo CSV
import-intro = Invite a varios puntos focales a la vez. El archivo contiene una persona por línea: correo electrónico, nombre, código de la organización (ISO 3166 alpha-3 o sigla de la entidad del Pacto), cargo y, opcionalmente, el rol (focal_point o admin). La línea de encabezado es opcional. No se guarda nada hasta que usted lo confirme.
import-sample-label = Archivo de ejemplo
import-file = Archivo CSV (UTF-8)
import-preview = Comprobar el archivo
import-line = Línea
import-outcome = Resultado
import-status-will-invite = Se invitará
import-status-exists = Ya tiene una cuenta
import-status-error = Error
import-summary-invite = { $count } por invitar
import-summary-exists = { $count ->
    [one] { $count } ya tiene cuenta
   *[other] { $count } ya tienen cuenta
}
import-summary-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
import-confirm = { $count ->
    [one] Invitar a { $count } persona
   *[other] Invitar a { $count } personas
}
import-confirm-csv = Invitar y descargar los enlaces (CSV)
import-confirm-hint = Se omiten las filas con errores y las de cuentas ya existentes. Se invita a todas las demás personas a la vez, o no se invita a ninguna.
import-another = Comprobar otro archivo
import-not-utf8 = El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» y vuelva a intentarlo.
import-unreadable = No se ha podido leer el archivo como CSV.
import-empty = El archivo no contiene ninguna persona a la que invitar.
import-too-many = El archivo es demasiado grande: como máximo { $max } personas por importación.
import-duplicate-row = Esta dirección de correo electrónico ya figura más arriba en el archivo.
import-nothing-to-invite = Ninguna fila permite enviar una invitación.
import-changed = Entretanto se han creado algunas cuentas; a continuación figura el archivo comprobado de nuevo. No se ha importado nada.
import-done-title = Invitaciones creadas
import-done-body = { $count ->
    [one] Se ha invitado a { $count } persona. Transmita el enlace de un solo uso por un medio seguro; solo se muestra ahora.
   *[other] Se ha invitado a { $count } personas. Transmita cada enlace de un solo uso por un medio seguro; solo se muestran ahora.
}
import-link-for = Enlace de invitación para { $email }

event-directory-exported = Exportación del directorio
event-accounts-imported = Importación de cuentas
dir-why = Encontrado por:
dir-why-name = nombre
dir-why-org = organización
dir-why-title = cargo
dir-why-email = correo electrónico
dir-why-profile = perfil (oficina, especialización)
