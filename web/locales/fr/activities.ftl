# Le suivi des activités : qui fait quoi, où et quand.
nav-activities = Activités
activities-title = Activités
activities-intro = Ateliers, formations, visites d’évaluation, réunions d’experts et autres activités des entités du Pacte : qui les dirige, où, quand, et où elles en sont.
activities-views = Affichage des activités
activities-view-list = Liste
activities-view-timeline = Chronologie
activities-view-where = Où
activity-add = Ajouter une activité
activity-edit = Modifier l’activité
activity-back = ← Toutes les activités
activity-save = Enregistrer l’activité
activity-saved = L’activité a été enregistrée.
activity-update-added = Votre point d’avancement a été ajouté.
activity-search-label = Rechercher des activités
activity-search-placeholder = Titre, description, entité ou pays
activity-sort-date = Plus récentes d’abord
activity-sort-earliest = Plus anciennes d’abord
activity-sort-recent = Dernières modifications d’abord
activity-count = { $count ->
    [one] { $count } activité
   *[other] { $count } activités
}
activity-empty = Aucune activité ne correspond à ces filtres.
activity-no-date = Date non encore fixée
activity-status = Statut
activity-status-planned = Prévue
activity-status-ongoing = En cours
activity-status-completed = Achevée
activity-status-postponed = Reportée
activity-status-cancelled = Annulée
activity-status-unchanged = Statut inchangé
activity-kind = Type d’activité
activity-kind-workshop = Atelier
activity-kind-training = Formation
activity-kind-assessment_visit = Visite d’évaluation
activity-kind-expert_meeting = Réunion d’experts
activity-kind-expert_deployment = Déploiement d’experts
activity-kind-publication = Publication
activity-kind-conference = Conférence
activity-kind-other = Autre
activity-year = Année
activity-month = Mois
activity-space = Espace
activity-of-project = Activités d’un projet
activity-project = Projet
activity-planned = Dates prévues
activity-actual = Dates effectives
activity-participants = Participants
activity-participants-hint = Lorsque ces chiffres sont connus. Laissez vide ce qui n’a pas été compté.
activity-women = Femmes
activity-men = Hommes
activity-others = Autres ou non renseignés
activity-women-count = { $count ->
    [one] { $count } femme
   *[other] { $count } femmes
}
activity-men-count = { $count ->
    [one] { $count } homme
   *[other] { $count } hommes
}
activity-others-count = { $count } de genre autre ou non renseigné
activity-outputs = Produits (documents de la bibliothèque)
activity-no-outputs = Aucun produit pour l’instant.
activity-events = Événements du calendrier
activity-events-hint = Liens vers des événements du calendrier (ou leurs numéros), un par ligne.
activity-progress = Avancement
activity-update-label = Point d’avancement
activity-update-status = Statut après ce point d’avancement
activity-update-add = Ajouter le point d’avancement
activity-no-updates = Aucun point d’avancement pour l’instant.
activity-updates-count = { $count ->
    [one] { $count } point d’avancement
   *[other] { $count } points d’avancement
}
activity-month-all = { $count ->
    [one] Voir l’activité de ce mois
   *[other] Voir les { $count } activités de ce mois
}
activity-undated = { $count ->
    [one] { $count } activité n’a pas encore de date et ne figure que dans la liste.
   *[other] { $count } activités n’ont pas encore de date et ne figurent que dans la liste.
}
activity-where-note = Une activité est comptée dans chaque région qui en bénéficie, qu’elle soit désignée nommément ou par l’intermédiaire d’un pays bénéficiaire.
activity-global-count = { $count ->
    [one] { $count } activité est mondiale (aucun pays ni aucune région bénéficiaire).
   *[other] { $count } activités sont mondiales (aucun pays ni aucune région bénéficiaire).
}
activity-about = À propos de l’activité
activity-field-description = Description
activity-lead-hint = Votre propre entité, ou toute entité s’il s’agit d’une activité d’un espace que vous présidez.
activity-field-project = Code du projet
activity-project-hint = Le code du projet du recueil auquel se rattache cette activité, le cas échéant.
activity-participants-invalid = Indiquez le nombre de participants sous forme de nombre entier.
activity-kind-required = Choisissez le type d’activité.
activity-description-too-long = La description est trop longue (10 000 caractères au maximum).
activity-lead-not-yours = Vous pouvez enregistrer les activités dont votre entité est chef de file, ou les activités d’un espace que vous présidez.
activity-project-unknown = Aucun projet ne porte le code { $code }.
activity-event-unknown = { $event } n’est pas un événement du calendrier que vous pouvez consulter.
activity-update-required = Rédigez le point d’avancement.
activity-update-too-long = Le point d’avancement est trop long (5 000 caractères au maximum).
activity-col-id = Numéro
activity-col-kind = Type
activity-col-status = Statut
activity-col-space = Espace
activity-col-project = Projet
activity-col-planned-start = Début prévu
activity-col-planned-end = Fin prévue
activity-col-actual-start = Début effectif
activity-col-actual-end = Fin effective
activity-col-women = Femmes
activity-col-men = Hommes
activity-col-others = Autres participants
activity-org-beneficiary = Activités en faveur de ce pays
activity-org-implementer = Activités dont cette entité est chef de file ou partenaire
activity-all = { $count ->
    [one] Voir l’activité dans la liste
   *[other] Voir les { $count } activités dans la liste
}
activity-project-heading = Activités de ce projet
event-activity-created = Activité ajoutée
event-activity-changed = Activité modifiée
event-activity-progress = Point d’avancement d’une activité
