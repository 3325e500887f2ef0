# El buscador de un horario equitativo.
fair-title = Buscar un horario equitativo
fair-explain = Los miembros del Pacto trabajan en todas las zonas horarias. Elija un espacio o algunas organizaciones: se mostrará, para cada hora de la próxima semana, cuántas de esas personas están en horario laboral (09:00–17:00, de lunes a viernes, en su hora local), las horas más equitativas y, para una serie, las horas entre las que rotar para que no sea siempre la misma región la que se reúna de noche.
fair-space = Miembros de un espacio
fair-orgs = Y/o las personas de estas organizaciones
fair-orgs-hint = Códigos separados por comas; por ejemplo, KEN, UNODC, JOR.
fair-find = Buscar horarios equitativos
fair-unknown = Códigos de organización desconocidos: { $codes }
fair-people = { $count ->
    [one] { $count } persona, en estas zonas horarias
   *[other] { $count } personas, en estas zonas horarias
}
fair-best = Las horas más equitativas
fair-rotation = Para una serie: rotar entre
fair-rotation-explain = Cada reunión de la serie se celebra a la siguiente de estas horas: quienes tienen la reunión temprano, tarde o de noche van cambiando de una reunión a la siguiente.
fair-working = { $count ->
    [one] { $count } en horario laboral
   *[other] { $count } en horario laboral
}
fair-outside = fuera del horario laboral: { $zones }
fair-map = Quién está en horario laboral, hora por hora
fair-map-explain = La próxima semana, en su zona horaria ({ $zone }); cada celda indica el número de personas que en ese momento están en su horario laboral. Cuanto más oscuro, mejor.
fair-hour = Hora
fair-nobody = No se ha encontrado a nadie: elija un espacio que tenga miembros u organizaciones que tengan personas.
