# Interfaz de gctcp — español. Contiene todas las claves de la versión de referencia en inglés.

app-name = Plataforma Mundial de Coordinación de la Lucha Antiterrorista
app-short-name = Coordinación CT
skip-to-content = Ir al contenido principal
footer-text = Pacto Mundial de Coordinación de la Lucha Antiterrorista de las Naciones Unidas · Acceso restringido a los puntos focales designados
language = Idioma
language-switch = Aplicar
nav-label = Menú principal
nav-dashboard = Panel
nav-organizations = Organizaciones
nav-admin = Administración
sign-out = Cerrar sesión
search = Buscar
filter = Filtrar
any = Todos
choose = Elegir…
copy = Copiar
pagination = Páginas
page-previous = Anterior
page-next = Siguiente

## Inicio de sesión
login-title = Iniciar sesión
login-intro = Esta plataforma está reservada a los puntos focales designados por los Estados Miembros y las entidades del Pacto.
login-submit = Iniciar sesión
login-help = ¿No tiene cuenta? Los administradores de la plataforma crean las cuentas a solicitud de su organización. ¿Olvidó su contraseña? Pida una nueva invitación a su administrador.
login-failed = La dirección de correo electrónico o la contraseña no son correctas.
login-throttled = { $minutes ->
    [one] Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minuto.
   *[other] Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minutos.
}
login-session-ended = Su sesión ha finalizado. Vuelva a iniciar sesión.
login-signed-out = Ha cerrado la sesión.

## Campos
field-email = Dirección de correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-password-confirm = Repita la nueva contraseña
field-current-password = Contraseña actual
field-name = Nombre completo
field-title = Título o cargo
field-organization = Organización
field-org-code = Código de la organización
field-role = Rol
field-status = Estado
field-created = Fecha de creación
field-invitation = Invitación
field-ui-language = Idioma de la interfaz
field-time-zone = Zona horaria

## Contraseñas
password-hint = Al menos 15 caracteres. Se admiten espacios y cualquier sistema de escritura: una frase que pueda recordar es una buena contraseña.
password-too-short = La contraseña debe tener al menos { $min } caracteres.
password-too-long = La contraseña debe tener como máximo 256 caracteres.
password-common = Esta contraseña es demasiado común o fácil de adivinar. Elija otra.
password-context = La contraseña no debe contener su nombre, su dirección de correo electrónico ni el nombre de la plataforma.
password-mismatch = Las dos contraseñas no coinciden.
password-current-wrong = La contraseña actual no es correcta.
password-changed = Se ha cambiado su contraseña. Se han cerrado sus demás sesiones.
password-change-title = Cambiar la contraseña
password-change-intro = Al cambiar la contraseña se cierran todas sus demás sesiones.
password-change-submit = Cambiar la contraseña

## Invitaciones y configuración inicial
invite-title = Le damos la bienvenida a la plataforma
invite-intro = { $name }, elija una contraseña para activar su cuenta.
invite-submit = Activar mi cuenta
link-invalid-title = Este enlace ya no es válido
link-invalid-body = El enlace ya se ha utilizado, ha caducado o ha sido retirado. Pida una nueva invitación a su administrador.
setup-title = Crear la primera cuenta de administrador
setup-intro = Todavía no hay ningún administrador. Cree la primera cuenta de administrador; después podrá invitar a las demás personas.
setup-submit = Crear administrador
org-code-hint = Código ISO 3166 alpha-3 de un Estado Miembro (p. ej., KEN) o sigla de una entidad del Pacto (p. ej., UNOCT).

## Creación de cuentas
provision-invalid-email = Introduzca una dirección de correo electrónico válida.
provision-name-required = Introduzca el nombre completo de la persona.
provision-name-too-long = El nombre debe tener como máximo 200 caracteres.
provision-unknown-org = Organización desconocida. Utilice el código ISO 3166 alpha-3 de un Estado Miembro o la sigla de una entidad del Pacto.
provision-duplicate-email = Ya existe una cuenta con esta dirección de correo electrónico.
provision-invalid-role = Elija un rol.

## Roles y estados
role-admin = Administrador
role-focal_point = Punto focal
status-invited = Invitada
status-active = Activa
status-deactivated = Desactivada
space-role-chair = Presidencia
space-role-vice_chair = Vicepresidencia
space-role-co_chair = Copresidencia
space-role-member = Miembro
entity-role-chair = Presidencia
entity-role-vice_chair = Vicepresidencia
entity-role-co_chair = Copresidencia
compact-status-member = miembro
compact-status-observer = observador
org-kind-member_state = Estado Miembro
org-kind-compact_entity = Entidad del Pacto

## Panel
dashboard-hello = Le damos la bienvenida, { $name }
dashboard-welcome = Su cuenta está activa. Puede completar su perfil y elegir su idioma y su zona horaria.
dashboard-my-org = Mi organización
dashboard-my-spaces = Mis grupos de trabajo y espacios
dashboard-no-spaces = Todavía no es miembro de ningún espacio.
dashboard-quick-links = Enlaces rápidos
dashboard-link-profile = Mi perfil y mi contraseña
dashboard-link-orgs = Estados Miembros y entidades del Pacto
dashboard-link-invite = Invitar a un punto focal
dashboard-link-audit = Registro de auditoría
space-member-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}

## Perfil
profile-title = Mi perfil
profile-details = Datos
profile-save = Guardar
profile-saved = Se ha guardado su perfil.
profile-language-browser = El mismo que el del navegador
profile-title-too-long = El título debe tener como máximo 200 caracteres.
profile-invalid-language = Elija uno de los idiomas de la lista.
profile-invalid-time-zone = Elija una zona horaria de la lista.

## Organizaciones
orgs-title = Organizaciones
orgs-kind = Tipo
orgs-count = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
org-code = Código
org-name = Nombre
org-region = Región
org-people = Puntos focales

## Administración
admin-accounts = Cuentas
admin-invite = Invitar a una persona
admin-spaces = Espacios
admin-audit = Registro de auditoría
accounts-count = { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}
accounts-none = Ninguna cuenta coincide. Amplíe la búsqueda o flexibilice algún filtro.
invite-new-intro = La persona recibe un enlace de un solo uso para elegir una contraseña. Por ahora no se envía nada automáticamente: transmita el enlace por un medio seguro.
invite-create = Crear y obtener el enlace de invitación
invitation-link-title = Enlace de invitación
invitation-link-intro = Envíe este enlace de un solo uso a { $email }. Solo se muestra ahora.
invitation-link-label = Enlace de invitación de un solo uso
invitation-link-expiry = { $hours ->
    [one] El enlace solo puede usarse una vez y caduca dentro de { $hours } hora.
   *[other] El enlace solo puede usarse una vez y caduca dentro de { $hours } horas.
}
invitation-link-back = Volver a la cuenta
invitation-pending-until = Pendiente, válida hasta el { $time }
invitation-resend = Nuevo enlace de invitación
invitation-revoke = Retirar la invitación
account-spaces = Espacios
account-no-spaces = No es miembro de ningún espacio.
account-actions = Acciones
account-deactivate = Desactivar la cuenta
account-deactivate-hint = La sesión de la persona se cierra de inmediato y ya no podrá iniciar sesión.
account-reactivate = Reactivar la cuenta
account-change-role = Cambiar el rol
account-self-hint = Si cambia su propio rol, se cerrará su sesión.
account-notice-deactivated = Se ha desactivado la cuenta y se han cerrado sus sesiones.
account-notice-reactivated = Se ha reactivado la cuenta.
account-notice-role-changed = Se ha cambiado el rol. La persona debe volver a iniciar sesión.
account-notice-invitation-revoked = Se ha retirado la invitación.
account-error-last-admin = Es el último administrador activo: designe antes a otro administrador.

## Espacios
spaces-intro = Grupos de trabajo y otros espacios. Los miembros de un espacio ven el contenido compartido en él.
space-name = Espacio
space-pillar = Pilar
space-leads = Entidades que ocupan la presidencia
space-members = Miembros
space-no-members = Todavía no hay miembros.
space-wg-number = Grupo de trabajo { $number }
pillar-number = Pilar { $number }
space-add-member = Añadir un miembro o cambiar un rol
space-add-hint = Introduzca la dirección de correo electrónico de una cuenta invitada o activa.
space-add-submit = Guardar
space-remove = Retirar a { $name }
space-unknown-person = Ninguna cuenta invitada o activa tiene esta dirección de correo electrónico.
space-notice-added = Se ha añadido al miembro.
space-notice-role-changed = Se ha cambiado el rol del miembro.
space-notice-removed = Se ha retirado al miembro.
space-notice-unchanged = No se ha realizado ningún cambio.

## Registro de auditoría
audit-person = Persona
audit-event = Evento
audit-from = Desde
audit-until = Hasta
audit-time = Fecha y hora
audit-actor = Por
audit-actor-system = Línea de comandos o sistema
audit-subject = Cuenta
audit-ip = Dirección IP
audit-detail = Detalle
audit-none = No hay entradas que coincidan.
audit-older = Entradas anteriores
audit-date-invalid = Una fecha no es válida; utilice el formato YYYY-MM-DD (AAAA-MM-DD).
event-sign_in-success = Inicio de sesión
event-sign_in-failure = Inicio de sesión fallido
event-sign_in-throttled = Inicio de sesión bloqueado temporalmente
event-sign_out = Cierre de sesión
event-invitation-created = Invitación creada
event-invitation-accepted = Invitación aceptada
event-invitation-revoked = Invitación retirada
event-account-deactivated = Cuenta desactivada
event-account-reactivated = Cuenta reactivada
event-account-role_changed = Cambio de rol
event-password-changed = Cambio de contraseña
event-setup-completed = Creación del primer administrador
event-space-member_added = Incorporación a un espacio
event-space-member_removed = Retirada de un espacio
event-space-role_changed = Cambio de rol en un espacio

## Errores
error-home = Ir al panel
error-status = Estado
error-request-id = Identificador de la solicitud
error-not-found-title = Página no encontrada
error-not-found-body = Esta página no existe o no se ha compartido con usted.
error-forbidden-title = Acceso denegado
error-forbidden-body = Su cuenta no tiene acceso a esta página.
error-csrf-title = El formulario ha caducado
error-csrf-body = Por su seguridad, no se ha podido aceptar este formulario. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request-title = Solicitud no comprendida
error-bad-request-body = No se ha podido procesar la solicitud. Vuelva atrás y compruebe los datos introducidos.
error-too-large-title = Tamaño excesivo
error-too-large-body = Lo que ha enviado supera el tamaño que admite la plataforma.
error-too-long-title = Dirección demasiado larga
error-too-long-body = Esta dirección supera la longitud que admite la plataforma. Vuelva atrás y acorte su búsqueda.
error-busy-title = La plataforma está saturada
error-busy-body = En este momento se están procesando demasiadas solicitudes. Vuelva a intentarlo dentro de unos segundos.
error-internal-title = Se ha producido un error
error-internal-body = La plataforma no ha podido completar su solicitud. No se ha modificado nada. Si vuelve a ocurrir, comunique a su administrador el identificador de la solicitud que figura a continuación.

## Password reset
reset-title = Elija una nueva contraseña
reset-intro = { $name }, su administrador ha creado este enlace para que elija una nueva contraseña. Se cerrarán sus demás sesiones.
reset-submit = Guardar la nueva contraseña
reset-link-title = Enlace para restablecer la contraseña
reset-link-intro = Envíe este enlace de un solo uso a { $email }. Con él se elige una nueva contraseña; solo se muestra ahora.
account-reset-password = Enlace para restablecer la contraseña
account-reset-hint = Si se olvidó la contraseña: un enlace de un solo uso para elegir una nueva.
event-password-reset_issued = Restablecimiento de contraseña emitido
event-password-reset = Contraseña restablecida

discussions-mention-label = Personas que pueden leer este espacio

# The phone header's menu button, and the heading that folds a search's filters on a phone.
nav-menu = Menú
filters-more = Filtros
form-required-note = Los campos marcados con un asterisco (*) son obligatorios.
accounts-last-sign-in = Último inicio de sesión
accounts-created = Creada
accounts-never = nunca
dashboard-complete-profile = Complete su perfil
dashboard-complete-intro = Sus colegas le encuentran y contactan más fácilmente si su perfil indica:
profile-missing-title = su cargo
profile-missing-phone = un número de teléfono
profile-missing-languages = los idiomas que habla
profile-missing-themes = sus áreas temáticas de especialización
profile-missing-photo = una foto
# Audit details
audit-key-space = Espacio
audit-key-role = Función
audit-key-from = Antes
audit-key-to = Después
audit-key-status = Estado
audit-key-count = Número
audit-key-open = Abierto a todos
audit-key-format = Formato
audit-key-how = Modo
audit-key-source = Origen
audit-key-event = Evento
audit-key-item = Elemento del plan de trabajo
audit-key-resource = Recurso
audit-key-thread = Debate
audit-key-post = Mensaje
audit-key-message = Correo
audit-key-job = Tarea
audit-key-kind = Tipo
audit-key-search = Búsqueda
audit-key-title = Título
audit-key-file = Archivo
audit-key-email = Dirección de correo
audit-key-occurrence = Sesión
audit-key-split_at = Dividida el
audit-key-new = Nueva serie
audit-key-version = Versión
audit-yes = sí
audit-no = no
audit-how-download = descarga
audit-how-preview = vista previa
audit-source-import = importación masiva
audit-search-all = todo el directorio
audit-key-assessment = Evaluación
audit-key-assessments = Evaluaciones
audit-key-recommendation = Recomendación
audit-key-state = Estado Miembro
audit-key-grantee = Compartida con
audit-key-until = Hasta
audit-key-consent = Consentimiento
