# Évaluations de la DECT et recommandations d’assistance technique, avec le consentement de l’État évalué.
nav-recommendations = Recommandations
cted-title = Recommandations de la DECT
cted-intro = Besoins d’assistance technique recensés par la Direction exécutive du Comité contre le terrorisme (DECT) lors de ses évaluations des États Membres. Vous ne voyez que ce que l’État évalué, le rôle de la DECT ou le consentement de l’État vous permet de voir ; chaque consultation est enregistrée et visible par les points focaux de l’État.
cted-views = Affichage des recommandations
cted-view-list = Recommandations
cted-view-coverage = Couverture des besoins
cted-view-assessments = Évaluations
cted-nothing-readable = Aucune évaluation n’est partagée avec vous. Les points focaux d’un État Membre voient les évaluations de leur propre État ; les entités du Pacte voient celles que l’État évalué a consenti à partager avec elles.
cted-filters = Filtrer les recommandations
cted-filter-words = Mots
cted-filter-country = État Membre
cted-filter-theme = Domaine thématique
cted-filter-priority = Priorité
cted-filter-status = Statut du suivi
cted-filter-coverage = Couverture
cted-filter-apply = Appliquer les filtres
cted-any = Tous
cted-count = { $count ->
    [one] { $count } recommandation
   *[other] { $count } recommandations
}
cted-empty = Aucune recommandation ne correspond à ces filtres.
cted-export-csv = Exporter au format CSV
cted-covered = Prise en charge
cted-uncovered = Pas encore prise en charge
cted-yes = Oui
cted-no = Non
cted-priority-high = Priorité élevée
cted-priority-medium = Priorité moyenne
cted-priority-low = Priorité faible
cted-status-open = Ouverte
cted-status-in_progress = En cours
cted-status-implemented = Mise en œuvre
cted-status-superseded = Remplacée
cted-status-unchanged = Statut inchangé
cted-kind-comprehensive_visit = Visite d’évaluation globale
cted-kind-focused_visit = Visite d’évaluation ciblée
cted-kind-desk_review = Examen documentaire
cted-kind-follow_up = Évaluation de suivi
cted-why-heading = Pourquoi vous y avez accès
cted-why-own-state = Vous êtes point focal de l’État évalué : { $state }.
cted-why-cted = Vous faites partie du personnel de la DECT, qui a réalisé l’évaluation.
cted-why-admin = Vous êtes administrateur de la plateforme.
cted-why-consent = L’État évalué, { $state }, a consenti à partager cette évaluation avec votre entité.
cted-why-consent-until = L’État évalué, { $state }, a consenti à partager cette évaluation avec votre entité jusqu’au { $date }.
cted-why-consent-all = L’État évalué, { $state }, a consenti à partager cette évaluation avec toutes les entités du Pacte.
cted-why-consent-all-until = L’État évalué, { $state }, a consenti à partager cette évaluation avec toutes les entités du Pacte jusqu’au { $date }.
cted-why-recorded = Votre consultation est enregistrée, et les points focaux de l’État évalué peuvent la voir.
cted-assessment-of = Évaluation : { $state }
cted-assessments-title = Évaluations
cted-assessment-add = Ajouter une évaluation
cted-assessment-edit = Modifier l’évaluation
cted-assessment-save = Enregistrer l’évaluation
cted-saved = Enregistré.
cted-back = ← Recommandations de la DECT
cted-back-assessment = ← L’évaluation
cted-report = Rapport d’évaluation
cted-report-none = Aucun rapport n’est joint.
cted-report-hint = Numéro ou lien de la ressource de la bibliothèque. Elle doit appartenir à la DECT et être réservée à la DECT dans la bibliothèque, afin que seul le consentement de l’État puisse la rendre accessible à d’autres.
cted-recommendations = Recommandations
cted-no-recommendations = Aucune recommandation n’a encore été saisie.
cted-recommendation-number = Recommandation { $number }
cted-recommendation-add = Ajouter une recommandation
cted-recommendation-edit = Modifier la recommandation
cted-recommendation-save = Enregistrer la recommandation
cted-field-body = Recommandation
cted-field-assistance = Assistance demandée
cted-field-projects = Projets qui la prennent en charge
cted-projects-hint = Codes des projets du recueil, séparés par des virgules.
cted-field-activities = Activités qui la prennent en charge
cted-activities-hint = Numéros ou liens des activités, séparés par des virgules.
cted-addressed-by = Prise en charge par
cted-addressed-by-nothing = rien pour l’instant
cted-follow-up = Suivi
cted-note-add = Ajouter une note de suivi
cted-note-label = Note
cted-note-status = Nouveau statut
cted-note-save = Ajouter la note
cted-consent-heading = Consentement au partage
cted-consent-intro = L’État évalué décide quelles entités du Pacte peuvent consulter cette évaluation, son rapport et ses recommandations. Un consentement peut être retiré à tout moment ; il cesse alors immédiatement de produire effet.
cted-consent-none = L’État n’a partagé cette évaluation avec aucune entité.
cted-consent-all-entities = Toutes les entités du Pacte
cted-consent-to = Partager avec
cted-consent-expires = Jusqu’au (facultatif)
cted-consent-expires-hint = Dernier jour de validité du consentement. Laissez vide pour ne fixer aucune date de fin.
cted-consent-grant = Donner le consentement
cted-consent-granted = Le consentement a été donné.
cted-consent-revoked = Le consentement a été retiré.
cted-consent-granted-on = donné le
cted-consent-until = jusqu’au { $date }
cted-consent-no-expiry = sans date de fin
cted-consent-state-live = En vigueur
cted-consent-state-revoked = Retiré
cted-consent-state-expired = Expiré
cted-consent-revoke = Retirer le consentement donné à { $entity }
cted-trail-link = Qui l’a consultée
cted-trail-title = Qui a consulté cette évaluation
cted-trail-intro = Chaque ouverture de cette évaluation ({ $state }) et de son rapport, ainsi que chaque liste, recherche ou exportation ayant affiché ses recommandations. Seuls les points focaux de l’État, la DECT et les administrateurs voient cette page.
cted-trail-empty = Personne ne l’a encore consultée.
cted-trail-when = Quand
cted-trail-who = Qui
cted-trail-org = Organisation
cted-trail-how = Comment
cted-trail-older = Consultations plus anciennes
cted-how-view = A ouvert l’évaluation
cted-how-list = L’a vue dans une liste
cted-how-search = L’a trouvée par une recherche
cted-how-download = A téléchargé le rapport
cted-how-export = L’a exportée
cted-coverage-title = Couverture des besoins
cted-coverage-intro = Recommandations encore ouvertes ou en cours qu’aucun projet en cours ni aucune activité prévue ou en cours ne prend en charge, par domaine thématique et par région. Seules les évaluations que vous pouvez consulter sont prises en compte.
cted-coverage-caption = Besoins non couverts par domaine thématique (lignes) et par région (colonnes)
cted-coverage-none = Aucun besoin non couvert parmi les recommandations que vous pouvez consulter.
cted-unmet-count = { $count ->
    [one] { $count } besoin pas encore pris en charge
   *[other] { $count } besoins pas encore pris en charge
}
cted-total = Total
cted-no-theme = Sans domaine thématique
cted-no-region = Sans région
cted-country-heading = Recommandations de la DECT concernant cet État
cted-country-covered = Prises en charge par un projet ou une activité
cted-country-uncovered = Pas encore prises en charge
cted-col-id = Numéro
cted-col-state = État Membre
cted-col-kind = Type d’évaluation
cted-col-held-on = Date de l’évaluation
cted-col-recommendation = Recommandation
cted-col-theme = Domaine thématique
cted-col-pillar = Pilier
cted-col-priority = Priorité
cted-col-assistance = Assistance demandée
cted-col-status = Statut du suivi
cted-col-covered = Prise en charge
cted-col-link = Lien
cted-state-required = Choisissez l’État Membre évalué.
cted-state-unknown = Aucun État Membre ne s’appelle « { $names } ».
cted-date-invalid = Indiquez la date de l’évaluation (année-mois-jour).
cted-date-future = La date de l’évaluation ne peut pas se situer dans le futur.
cted-report-unknown = Aucune ressource « { $resource } » n’a été trouvée dans la bibliothèque.
cted-report-not-restricted = D’autres personnes peuvent consulter cette ressource dans la bibliothèque. Un rapport doit appartenir à la DECT et être réservé à la DECT, afin que seul le consentement de l’État puisse le rendre accessible.
cted-body-required = Rédigez la recommandation.
cted-body-too-long = La recommandation est trop longue (5 000 caractères au maximum).
cted-assistance-too-long = La description de l’assistance demandée est trop longue (2 000 caractères au maximum).
cted-projects-unknown = Aucun projet ne porte ce code : { $names }.
cted-activities-unknown = Aucune activité ne porte ce numéro : { $names }.
cted-note-required = Rédigez la note.
cted-note-too-long = La note est trop longue (5 000 caractères au maximum).
cted-grantee-unknown = Aucune entité du Pacte ne s’appelle « { $names } ».
cted-expiry-invalid = Indiquez le dernier jour au format année-mois-jour.
cted-expiry-past = Le dernier jour ne peut pas se situer dans le passé.
cted-addresses = Recommandations de la DECT prises en charge ici
cted-consent-grant-heading = Partager avec une entité
event-assessment-created = Évaluation de la DECT ajoutée
event-assessment-changed = Évaluation de la DECT modifiée
event-recommendation-created = Recommandation ajoutée
event-recommendation-changed = Recommandation modifiée
event-recommendation-noted = Note de suivi d’une recommandation
event-recommendations-read = Recommandations consultées
event-consent-granted = Consentement donné
event-consent-revoked = Consentement retiré
cted-import-link = Importer depuis un tableur
cted-import-title = Importer des recommandations
cted-import-intro = Une recommandation par ligne. Les lignes qui portent le même État Membre, le même type et la même date forment une seule évaluation (elles s’y ajoutent si la DECT l’a déjà saisie). Les colonnes sont reconnues par leur en-tête : « state » (code ou nom), « kind », « date » (année-mois-jour), « recommendation », « theme », « pillar », « priority », « assistance », « status », « projects » et « activities » (éléments séparés par des points-virgules). Les types, priorités, statuts et domaines thématiques peuvent être écrits dans n’importe laquelle des six langues. Rien n’est enregistré avant votre confirmation ; ensuite, toutes les lignes le sont, ou aucune.
cted-import-file = Fichier CSV ou Excel
cted-import-summary-new = { $count ->
    [one] { $count } ligne ouvre une nouvelle évaluation
   *[other] { $count } lignes ouvrent une nouvelle évaluation
}
cted-import-summary-join = { $count ->
    [one] { $count } ligne s’ajoute à une évaluation
   *[other] { $count } lignes s’ajoutent à une évaluation
}
cted-import-summary-refused = { $count ->
    [one] { $count } ligne refusée
   *[other] { $count } lignes refusées
}
cted-import-status-new = Nouvelle évaluation
cted-import-status-join = S’ajoute à une évaluation
cted-import-status-error = Refusée
cted-import-confirm = { $count ->
    [one] Importer { $count } recommandation
   *[other] Importer { $count } recommandations
}
cted-import-fix-first = Corrigez les lignes refusées dans le fichier, puis vérifiez-le à nouveau : rien n’est importé tant qu’une ligne est refusée.
cted-import-another = Vérifier un autre fichier
cted-import-refused = Une ligne est refusée : rien n’a été importé.
cted-import-kind-unknown = Type d’évaluation inconnu : « { $value } ».
cted-import-priority-unknown = Priorité inconnue : « { $value } ».
cted-import-status-unknown = Statut du suivi inconnu : « { $value } ».
cted-imported = { $count ->
    [one] { $count } recommandation a été importée.
   *[other] { $count } recommandations ont été importées.
}
event-recommendations-imported = Recommandations importées

# Notifications des nouvelles de la DECT ($space est le nom de l’État Membre évalué).
notice-cted_shared = { $space } a communiqué une évaluation de la DECT à votre organisation.
notice-cted_followup = { $actor } a consigné un suivi d’une recommandation de la DECT concernant { $space }.
notice-kind-cted_shared = Un État Membre communique son évaluation de la DECT à mon organisation
notice-kind-cted_followup = Un suivi d’une recommandation de la DECT que je peux consulter
