# Planification conjointe (crates/server/src/planning.rs)
plan-title = Plan de travail
programme-title = Programme de travail conjoint
programme-intro = { $count ->
    [one] { $count } élément des plans de travail des espaces que vous pouvez consulter, par pilier de la Stratégie.
   *[other] { $count } éléments des plans de travail des espaces que vous pouvez consulter, par pilier de la Stratégie.
}
programme-csv = Télécharger au format CSV
plan-none = Aucun élément n’a encore été proposé.
plan-space = Espace
plan-no-pillar = Aucun pilier indiqué
plan-field-title = Élément
plan-field-description = Description
plan-field-lead = Entité chef de file
plan-field-contributors = Entités contributrices
plan-field-themes = Domaines thématiques
plan-field-status = Statut
plan-field-target = Date cible
plan-field-resources = Ressources de la bibliothèque
plan-resources-hint = Leurs liens ou leurs numéros, un par ligne (uniquement des ressources que vous pouvez consulter).
plan-status-proposed = Proposé
plan-status-agreed = Convenu
plan-status-in_progress = En cours
plan-status-done = Terminé
plan-status-dropped = Abandonné
plan-importance = Importance (1–5)
plan-score-count = { $count ->
    [one] selon { $count } organisation
   *[other] selon { $count } organisations
}
plan-distribution = Nombre d’organisations ayant attribué chaque note
plan-not-scored = Aucune note pour l’instant
plan-your-score = Note de mon organisation
plan-score-of = Importance de « { $title } » pour mon organisation
plan-score = Noter
plan-order = Ordre
plan-move-up = Faire monter « { $title } »
plan-move-down = Faire descendre « { $title } »
plan-propose = Proposer un élément
plan-propose-submit = Proposer
plan-edit = Modifier cet élément
plan-save = Enregistrer
plan-title-required = Donnez un titre à l’élément.
plan-title-too-long = Le titre est trop long (200 caractères au maximum).
plan-description-too-long = La description est trop longue (4 000 caractères au maximum).
plan-date-invalid = La date cible n’est pas une date valide ; utilisez le format YYYY-MM-DD (AAAA-MM-JJ).
plan-resource-unknown = « { $resource } » n’est pas une ressource de la bibliothèque que vous pouvez consulter.
plan-score-invalid = Une note est un nombre entier compris entre 1 et 5.
plan-csv-pillar = Pilier
plan-csv-space = Espace
plan-csv-order = Ordre
plan-csv-title = Élément
plan-csv-status = Statut
plan-csv-lead = Entité chef de file
plan-csv-contributors = Entités contributrices
plan-csv-target = Date cible
plan-csv-mean = Importance moyenne
plan-csv-scores = Organisations ayant attribué une note
plan-csv-description = Description
space-plan-link = Plan de travail
event-plan-item_created = Élément de plan de travail proposé
event-plan-item_changed = Élément de plan de travail modifié
plan-reorder-hint = Les présidents peuvent aussi faire glisser une ligne à sa nouvelle place.
