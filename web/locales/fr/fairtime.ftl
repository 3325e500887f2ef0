# L’outil de recherche d’un horaire équitable.
fair-title = Trouver un horaire équitable
fair-explain = Les membres du Pacte travaillent dans tous les fuseaux horaires. Choisissez un espace ou des organisations : vous verrez, pour chaque heure de la semaine prochaine, combien de ces personnes sont dans leurs heures de travail (09:00–17:00, du lundi au vendredi, à leur heure locale), les heures les plus équitables et, pour une série, les heures entre lesquelles alterner afin que ce ne soit pas toujours la même région qui se réunisse la nuit.
fair-space = Membres d’un espace
fair-orgs = Et/ou les personnes de ces organisations
fair-orgs-hint = Codes séparés par des virgules, par exemple KEN, UNODC, JOR.
fair-find = Trouver des horaires équitables
fair-unknown = Codes d’organisation inconnus : { $codes }
fair-people = { $count ->
    [one] { $count } personne, dans ces fuseaux horaires
   *[other] { $count } personnes, dans ces fuseaux horaires
}
fair-best = Les heures les plus équitables
fair-rotation = Pour une série : alterner entre
fair-rotation-explain = Chaque réunion de la série a lieu à l’heure suivante de cette liste : les personnes qui se réunissent tôt le matin, tard le soir ou la nuit changent d’une réunion à l’autre.
fair-working = { $count ->
    [one] { $count } en heures de travail
   *[other] { $count } en heures de travail
}
fair-outside = hors des heures de travail : { $zones }
fair-map = Qui est dans ses heures de travail, heure par heure
fair-map-explain = Semaine prochaine, dans votre fuseau horaire ({ $zone }) ; chaque case indique le nombre de personnes qui sont alors dans leurs heures de travail. Plus la couleur est foncée, mieux c’est.
fair-hour = Heure
fair-nobody = Personne n’a été trouvé : choisissez un espace qui compte des membres ou des organisations qui comptent des personnes.
