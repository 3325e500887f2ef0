# Le calendrier commun.
nav-calendar = Calendrier
cal-title = Calendrier
cal-add = Ajouter un événement
cal-subscribe = S’abonner dans mon application de calendrier
cal-views = Affichages du calendrier
cal-agenda = Planning
cal-week = Semaine
cal-month = Mois
cal-filters = Filtres
cal-filter-space = Espace
cal-filter-pillar = Pilier
cal-filter-organizer = Organisateur
cal-filter-mine = Uniquement les événements auxquels je participe
cal-any = Tous
cal-apply = Appliquer
cal-your-zone = Les heures sont indiquées dans votre fuseau horaire : { $zone }.
cal-change-zone = Le modifier dans votre profil
cal-earlier = ‹ Plus tôt
cal-later = Plus tard ›
cal-prev-week = ‹ Semaine précédente
cal-next-week = Semaine suivante ›
cal-prev-month = ‹ Mois précédent
cal-next-month = Mois suivant ›
cal-none = Aucun événement pendant ces semaines.
cal-nothing = Rien de prévu.
cal-today = Aujourd’hui
cal-more = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
cal-cancelled = Annulé
cal-moved = Déplacé
cal-moved-note = Cette occurrence a été déplacée par rapport à son horaire habituel.
cal-all-day = Toute la journée
cal-all-day-until = Toute la journée, jusqu’au { $date }
# Une date telle que la langue l’écrit : jour de la semaine, jour, nom du mois, numéro du mois, année.
cal-date = { $weekday } { $day } { $month } { $year }
cal-month-year = { $month } { $year }
cal-weekday-1 = lundi
cal-weekday-2 = mardi
cal-weekday-3 = mercredi
cal-weekday-4 = jeudi
cal-weekday-5 = vendredi
cal-weekday-6 = samedi
cal-weekday-7 = dimanche
cal-weekday-short-1 = lun.
cal-weekday-short-2 = mar.
cal-weekday-short-3 = mer.
cal-weekday-short-4 = jeu.
cal-weekday-short-5 = ven.
cal-weekday-short-6 = sam.
cal-weekday-short-7 = dim.
cal-month-1 = janvier
cal-month-2 = février
cal-month-3 = mars
cal-month-4 = avril
cal-month-5 = mai
cal-month-6 = juin
cal-month-7 = juillet
cal-month-8 = août
cal-month-9 = septembre
cal-month-10 = octobre
cal-month-11 = novembre
cal-month-12 = décembre
cal-when = Date et heure
cal-your-time = votre heure ({ $zone })
cal-event-time = l’heure de l’événement ({ $zone })
cal-repeats = Répétition
cal-every-day = { $n ->
    [one] Tous les jours
   *[other] Tous les { $n } jours
}
cal-every-week = { $n ->
    [one] Toutes les semaines
   *[other] Toutes les { $n } semaines
}
cal-every-month = { $n ->
    [one] Tous les mois
   *[other] Tous les { $n } mois
}
cal-every-year = { $n ->
    [one] Tous les ans
   *[other] Tous les { $n } ans
}
cal-on-days = {" "}le { $days }
cal-on-nth = { $nth ->
    [-1] {" "}le dernier { $weekday } du mois
    [1] {" "}le premier { $weekday } du mois
    [2] {" "}le deuxième { $weekday } du mois
    [3] {" "}le troisième { $weekday } du mois
   *[4] {" "}le quatrième { $weekday } du mois
}
cal-until = , jusqu’au { $date }
cal-count = { $n ->
    [one] , une fois
   *[other] , { $n } fois
}
cal-location = Lieu
cal-online = Lien de la réunion en ligne
cal-organizer = Organisateur
cal-space = Espace
cal-no-space = Aucun (calendrier du Pacte)
cal-pillars = Piliers
cal-themes = Thèmes
cal-resources = Documents (ordre du jour, compte rendu)
cal-resources-hint = Liens ou numéros de la Bibliothèque, un par ligne, par exemple /library/12.
cal-visibility = Visible par
cal-members-only = Seuls les membres de l’espace voient cet événement
cal-download-ics = Ajouter à mon calendrier (.ics)
cal-answer-title = Participerez-vous ?
cal-answer-attending = Je participe
cal-answer-maybe = Peut-être
cal-answer-declined = Je ne participe pas
cal-answer-waiting = Sur la liste d’attente
cal-answer-saved = Votre réponse est enregistrée.
cal-answer-waiting-notice = L’événement est complet : vous êtes sur la liste d’attente et serez prévenu(e) si une place se libère.
cal-capacity = Places
cal-capacity-hint = Laisser vide pour ne fixer aucune limite. Au-delà, les personnes sont inscrites sur une liste d’attente.
cal-waiting-count = { $count ->
    [one] { $count } en attente
   *[other] { $count } en attente
}
cal-attendees = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
cal-no-attendees = Personne n’a encore répondu.
cal-attendees-csv = Liste des participants (CSV)
cal-manage = Gérer cet événement
cal-edit = Modifier l’événement
cal-edit-this = Modifier uniquement cette occurrence
cal-edit-following = Modifier cette occurrence et les suivantes
cal-edit-all = Modifier toute la série
cal-this-only-time = Seul l’horaire de cette occurrence change ; le reste de la série demeure inchangé.
cal-cancel-this = Annuler cette occurrence
cal-cancel-this-confirm = Annuler cette occurrence ? Les autres sont maintenues.
cal-cancel-event = Annuler l’événement
cal-cancel-confirm = Annuler l’événement ? Il reste dans le calendrier, signalé comme annulé.
cal-delete = Supprimer
cal-delete-confirm = Supprimer l’événement de tous les calendriers ?
cal-field-title = Titre
cal-field-start-date = Date de début
cal-field-start-time = Heure de début
cal-field-end-date = Date de fin
cal-field-end-time = Heure de fin
cal-field-zone = Fuseau horaire de l’événement
cal-zone-hint = Le fuseau horaire dans lequel s’entendent les heures ci-dessus : les autres personnes les voient converties dans le leur.
cal-field-repeat = Répétition
cal-repeat-none = Ne se répète pas
cal-repeat-daily = Tous les jours
cal-repeat-weekly = Toutes les semaines
cal-repeat-monthly = Tous les mois
cal-repeat-yearly = Tous les ans
cal-field-interval = Intervalle (en jours, semaines, mois ou années)
cal-field-weekdays = Ces jours de la semaine (répétition hebdomadaire)
cal-field-monthly = Répétition mensuelle
cal-monthly-date = à la même date
cal-monthly-weekday = le même jour de la semaine (par exemple le deuxième mardi)
cal-field-ends = Fin
cal-ends-never = Jamais
cal-ends-until = À une date donnée
cal-ends-count = Après un certain nombre de fois
cal-field-description = Description
cal-save = Enregistrer
cal-save-anyway = Enregistrer quand même
cal-clash-title = Autres événements au même moment pour le même espace ou le même organisateur :
cal-clash-explain = Vérifiez si c’est voulu. Si vous enregistrez à nouveau, votre événement est conservé tel quel.
cal-subscribe-explain = Votre adresse de calendrier privée affiche dans Outlook, Google Calendar ou Apple Calendar tous les événements que vous pouvez voir, et les tient à jour. Ne la communiquez à personne : quiconque dispose de l’adresse voit ces événements.
cal-feed-new = Votre nouvelle adresse de calendrier :
cal-feed-address = Adresse du calendrier
cal-feed-once = Elle n’est affichée que cette fois-ci. Copiez-la dans votre application de calendrier (« S’abonner à un calendrier » / « À partir de l’URL »). Si vous la perdez, créez-en une nouvelle : l’ancienne cessera de fonctionner.
cal-feed-active = Vous avez une adresse de calendrier, créée le { $since }.
cal-feed-none = Vous n’avez pas encore d’adresse de calendrier.
cal-feed-space = Quels événements
cal-feed-all = Tous les événements que je peux voir
cal-feed-create = Créer mon adresse de calendrier
cal-feed-regenerate = Remplacer mon adresse de calendrier
cal-feed-revoke = Désactiver mon adresse de calendrier
cal-feed-revoke-confirm = Désactiver l’adresse ? Les applications de calendrier qui l’utilisent ne seront plus mises à jour.
cal-csv-name = Nom
cal-csv-email = Courriel
cal-csv-org = Organisation
cal-csv-answer = Réponse
cal-csv-answered = Date de la réponse
cal-error-title = Donnez un titre à l’événement.
cal-error-title-long = Le titre est trop long (200 caractères au maximum).
cal-error-description-long = La description est trop longue (8 000 caractères au maximum).
cal-error-zone = Choisissez le fuseau horaire de l’événement.
cal-error-start = Indiquez une date de début valide.
cal-error-start-time = Indiquez une heure de début valide.
cal-error-end-time = Indiquez une heure de fin valide.
cal-error-end = La fin doit être postérieure au début.
cal-error-too-long = Un événement dure au maximum 14 jours (62 jours pour un événement sur des journées entières) ; au-delà, faites-le se répéter.
cal-error-interval = L’intervalle doit être un nombre entier compris entre 1 et 99.
cal-error-until = La date de fin de la série doit être identique ou postérieure à sa date de début.
cal-error-count = Le nombre de fois doit être un nombre entier compris entre 1 et { $max }.
cal-error-text-long = Ce texte est trop long (500 caractères au maximum).
cal-error-url = Le lien de la réunion en ligne doit commencer par https:// ou http://.
cal-error-space = Vous ne pouvez ajouter des événements qu’aux espaces dont vous êtes membre.
cal-error-capacity = Le nombre de places doit être un nombre entier égal ou supérieur à 1.
cal-error-resource = { $resource } n’est pas un document de la Bibliothèque que vous pouvez consulter.
cal-error-cancelled = L’événement est annulé.
notice-event_place = Une place s’est libérée : vous participez désormais à cet événement.
notice-event_reminder = Rappel : cet événement commence dans moins d’un jour.
notice-kind-event_place = Une place se libère pour moi à un événement complet
notice-kind-event_reminder = Un rappel la veille d’un événement auquel je participe
event-event-created = Événement ajouté
event-event-changed = Événement modifié
event-event-occurrence_moved = Une occurrence déplacée
event-event-occurrence_cancelled = Une occurrence annulée
event-event-series_split = Série modifiée à partir d’une occurrence
event-event-cancelled = Événement annulé
event-event-deleted = Événement supprimé
event-calendar-feed_created = Adresse de calendrier créée
event-calendar-feed_revoked = Adresse de calendrier désactivée
notice-new_event = { $actor } a ajouté un événement dans { $space }.
notice-kind-new_event = Un nouvel événement dans l’un de mes espaces
cal-places-taken = { $taken } places prises sur { $capacity }
