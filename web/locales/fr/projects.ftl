## Recueil des projets de lutte antiterroriste et de prévention de l’extrémisme violent

nav-projects = Projets
projects-title = Projets
projects-intro = Les projets de lutte antiterroriste et de prévention de l’extrémisme violent des entités du Pacte : qui met en œuvre quoi, où, et quels financements manquent encore. Filtrez, puis exportez les données ou consultez les graphiques.
projects-views = Affichage des projets
projects-view-list = Liste
projects-view-charts = Graphiques
projects-charts-title = Les projets en graphiques
project-count = { $count ->
    [one] { $count } projet
   *[other] { $count } projets
}
project-empty = Aucun projet ne correspond à ces filtres.
project-search-label = Rechercher des projets
project-search-placeholder = Titre, code, donateur, pays, entité…
project-sort = Trier
project-sort-code = Par code
project-sort-gap = Déficit de financement le plus élevé d’abord
project-sort-requested = Budget le plus élevé d’abord
project-sort-recent = Dernières modifications d’abord
project-region = Région
project-country = Pays bénéficiaire
project-theme = Priorité thématique
project-entity = Entité d’exécution
project-donor = Donateur
project-donor-amount = Montant ($ US)
project-donor-name-n = Donateur { $n }
project-donor-amount-n = Montant du donateur { $n } ($ US)
project-pillar = Pilier
project-status = Statut
project-status-pipeline = En préparation
project-status-active = En cours
project-status-closed = Clos
project-totals = Totaux des projets affichés
project-total-projects = Projets
project-total-requested = Montant demandé
project-total-funded = Montant financé
project-total-gap = Déficit de financement
project-funded-percent = Financé à { $percent } %
project-global = Mondial
project-more-countries = { $count ->
    [one] et { $count } autre pays
   *[other] et { $count } autres pays
}
project-add = Ajouter un projet
project-edit = Modifier le projet
project-save = Enregistrer le projet
project-saved = Le projet a été enregistré.
project-back = ← Tous les projets
project-about = À propos du projet
project-funding = Financement
project-no-donors = Aucun donateur ne l’a encore financé.
project-documents = Documents
project-no-documents = Aucun document associé.
project-export-csv = Exporter au format CSV
project-export-xlsx = Exporter au format Excel
project-field-code = Code
project-code-hint = Tel qu’il figure dans l’appel de fonds, par exemple UNOCT-GLO-2021-01. Lettres, chiffres, - _ . /
project-field-title = Titre
project-field-summary = Résumé
project-field-lead = Entité chef de file
project-field-partners = Entités partenaires
project-field-countries = Pays bénéficiaires
project-countries-hint = Codes ISO ou noms, séparés par des virgules (KEN, Ouganda, Niger).
project-field-regions = Régions bénéficiaires
project-field-pillars = Piliers de la Stratégie antiterroriste mondiale
project-field-themes = Priorités thématiques
project-field-requested = Budget demandé ($ US)
project-amount-hint = En dollars des États-Unis, sans décimales : 1250000 ou 1 250 000.
project-field-donors = Donateurs et montants financés
project-field-starts = Début
project-field-ends = Fin
project-field-period = Période
project-field-contact = Personne à contacter
project-field-contact-email = Courriel de la personne à contacter (titulaire d’un compte sur la plateforme)
project-field-documents = Documents de la bibliothèque
project-field-updated = Dernière modification
project-code-required = Indiquez le code du projet.
project-code-invalid = Un code comporte au plus 40 caractères : lettres, chiffres et signes - _ . /
project-code-taken = Ce code est déjà attribué à un autre projet.
project-title-required = Indiquez le titre du projet.
project-title-too-long = Le titre dépasse 300 caractères.
project-summary-too-long = Le résumé dépasse 5 000 caractères.
project-lead-required = Choisissez l’entité chef de file.
project-lead-unknown = « { $names } » n’est pas une entité du Pacte.
project-entities-unknown = Ne sont pas des entités du Pacte : { $names }
project-countries-unknown = Ne sont pas des États Membres : { $names }
project-amount-invalid = « { $value } » n’est pas un montant en dollars des États-Unis sans décimales.
project-date-invalid = Saisissez les dates au format YYYY-MM-DD (AAAA-MM-JJ).
project-ends-before-start = Le projet ne peut pas se terminer avant d’avoir commencé.
project-contact-unknown = Aucun compte actif n’est associé à ce courriel.
project-donor-name-required = Chaque montant doit être accompagné du nom de son donateur.
project-donor-too-long = Le nom d’un donateur dépasse 120 caractères.
project-donor-amount-invalid = Le montant de { $donor } n’est pas exprimé en dollars des États-Unis sans décimales.
project-donors-too-many = Un projet peut compter au plus { $max } donateurs.
project-resource-unknown = Aucune ressource de la bibliothèque que vous pouvez consulter ne se trouve à l’adresse « { $resource } ».
project-chart-theme = Déficit de financement par priorité thématique
project-chart-region = Déficit de financement par région
project-chart-gap-desc = Chaque barre représente le montant demandé par les projets : la partie foncée est financée, la partie claire reste à financer.
project-chart-gap-value = déficit : { $gap }
project-chart-country = Projets par pays bénéficiaire
project-chart-country-desc = Nombre de projets dont bénéficie chaque pays, par ordre décroissant.
project-chart-matrix = Pays et priorités thématiques
project-chart-matrix-desc = Nombre de projets par priorité thématique pour les pays qui en comptent le plus ; plus une case est foncée, plus elle compte de projets.
project-chart-overlap = Un projet portant sur plusieurs thèmes, régions ou pays est compté dans chacun d’eux ; la somme des lignes dépasse donc les totaux.
project-chart-table = Les chiffres sous forme de tableau
project-chart-empty = Aucun projet à représenter.
project-col-code = Code
project-col-title = Titre
project-col-status = Statut
project-col-lead = Entité chef de file
project-col-partners = Entités partenaires
project-col-countries = Pays bénéficiaires
project-col-regions = Régions bénéficiaires
project-col-pillars = Piliers
project-col-themes = Priorités thématiques
project-col-requested = Montant demandé ($ US)
project-col-funded = Montant financé ($ US)
project-col-gap = Déficit de financement ($ US)
project-col-donors = Donateurs
project-col-starts = Début
project-col-ends = Fin
project-col-summary = Résumé
project-col-link = Lien
money-usd = { $amount } $ US
org-projects-beneficiary = Projets en faveur de ce pays
org-projects-implementer = Projets mis en œuvre par cette entité
org-no-projects = Aucun projet dans le recueil pour l’instant.
org-active-entities = Entités mettant en œuvre des projets dans ce pays
org-all-projects = { $count ->
    [one] Voir le projet dans l’explorateur de projets
   *[other] Voir les { $count } projets dans l’explorateur de projets
}
event-project-created = Projet ajouté
event-project-changed = Projet modifié
project-import-title = Importer des projets
project-import-intro = Un fichier CSV (UTF-8, séparateur virgule ou point-virgule) ou un classeur Excel, dont la ligne d’en-tête nomme les colonnes dans un ordre quelconque : les colonnes code et title sont obligatoires ; les colonnes status, lead, partners, countries, regions, pillars, themes, requested, donors, starts, ends, summary et contact sont facultatives. Les éléments des listes sont séparés par des points-virgules ; les donateurs s’écrivent « Name: amount ». Une ligne dont le code existe déjà remplace le projet correspondant. L’export Excel de l’explorateur de projets, en anglais, peut être réimporté. Rien n’est enregistré avant votre confirmation ; ensuite, toutes les lignes le sont, ou aucune.
project-import-file = Fichier CSV ou Excel
project-import-summary-new = { $count ->
    [one] { $count } nouveau projet
   *[other] { $count } nouveaux projets
}
project-import-summary-update = { $count ->
    [one] { $count } mise à jour
   *[other] { $count } mises à jour
}
project-import-summary-refused = { $count ->
    [one] { $count } ligne refusée
   *[other] { $count } lignes refusées
}
project-import-status-new = Nouveau
project-import-status-update = Mise à jour
project-import-status-error = Refusé
project-import-confirm = { $count ->
    [one] Importer { $count } projet
   *[other] Importer les { $count } projets
}
project-import-fix-first = Corrigez les lignes refusées dans votre fichier, puis envoyez-le à nouveau : une importation enregistre toutes les lignes ou aucune.
project-import-another = Importer un autre fichier
project-import-refused = Certaines lignes sont refusées : rien n’a été importé.
project-import-changed = Des projets portant ces codes ont été ajoutés ou modifiés entre-temps : rien n’a été importé. Vérifiez à nouveau l’aperçu.
project-import-theme-unknown = « { $value } » n’est pas une priorité thématique.
project-import-region-unknown = « { $value } » n’est pas une région.
project-import-pillar-unknown = « { $value } » n’est pas un pilier (1 à 4).
project-import-status-unknown = « { $value } » n’est pas un statut (pipeline, active ou closed).
project-import-donor-format = « { $value } » n’est pas écrit sous la forme « Name: amount ».
project-import-duplicate = Ce code figure déjà sur une ligne précédente du fichier.
project-imported-added = { $count ->
    [one] { $count } projet ajouté,
   *[other] { $count } projets ajoutés,
}
project-imported-updated = { $count ->
    [one] { $count } mis à jour.
   *[other] { $count } mis à jour.
}
event-projects-imported = Projets importés
project-chart-entities = Qui met en œuvre ces projets
