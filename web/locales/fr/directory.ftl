# Interface de gctcp — français : annuaire des contacts, organisations, profils, importation groupée.

nav-directory = Annuaire

## Annuaire
dir-title = Annuaire des contacts
dir-search-label = Rechercher des personnes
dir-search-placeholder = Nom, fonction, organisation, adresse électronique, compétences
dir-search-hint = Tous les systèmes d’écriture : José ou jose, Иван, محمد, 王.
dir-apply = Appliquer les filtres
dir-clear = Tout effacer
dir-count = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
dir-empty = Aucune personne ne correspond à cette recherche.
dir-empty-loosen = Essayez de retirer un filtre :
dir-active-filters = Filtres actifs
dir-remove-filter = Retirer le filtre { $filter }
dir-filter-org-type = Type d’organisation
dir-filter-org = Organisation
dir-filter-region = Région
dir-filter-subregion = Sous-région
dir-filter-group = Groupe régional de l’ONU
dir-filter-space = Groupe de travail ou espace
dir-filter-theme = Domaine thématique
dir-filter-lang = Langue parlée
dir-local-time = { $time }, heure locale
dir-export-vcf = Télécharger ces contacts (vCard)
dir-export-limit = Une exportation comprend au plus { $limit } personnes.
dir-export-csv = Télécharger au format CSV (administrateurs)
dir-too-many-title = Trop de personnes à exporter
dir-too-many-body = { $count ->
    [one] Cette recherche renvoie { $count } personne.
   *[other] Cette recherche renvoie { $count } personnes.
}
dir-too-many-back = Affiner la recherche
dir-download-vcard = Télécharger le contact (vCard)
dir-edit-profile = Modifier le profil
dir-contact = Coordonnées
dir-phones = Téléphone
dir-phones-hidden = Visible uniquement par les membres des mêmes groupes de travail.
dir-photo-of = Photo de { $name }
dir-expertise = Compétences
dir-no-expertise = Aucune compétence thématique indiquée pour l’instant.
dir-same-themes = Personnes travaillant sur les mêmes thèmes
dir-spaces = Groupes de travail et espaces

org-type-member_state = État Membre
org-type-compact_member = Membre du Pacte
org-type-compact_observer = Observateur du Pacte

## Champs du profil
field-phone-office = Téléphone du bureau
field-phone-mobile = Téléphone portable
field-office = Bureau
field-bio = À propos
field-languages = Langues parlées
field-expertise = Compétences thématiques
field-pillars = Piliers de la Stratégie
profile-edit-other = Profil de { $name }
profile-view-public = Voir le profil tel que les autres le voient
profile-phone-visibility = Qui voit mes numéros de téléphone
profile-phone-co-members = Les membres de mes groupes de travail et les administrateurs
profile-phone-all = Tous les points focaux
profile-invalid-phone = Un numéro de téléphone peut contenir des chiffres, des espaces et les caractères + - ( ) . / x, dans la limite de 40 caractères.
profile-invalid-phone-visibility = Choisissez qui voit vos numéros de téléphone.
profile-bio-too-long = La rubrique « À propos » doit comporter au plus 2 000 caractères.
profile-invalid-expertise = Choisissez les domaines thématiques et les piliers dans les listes.

## Photo
photo-title = Photo
photo-choose = Choisir une photo (JPEG ou PNG)
photo-hint = 5 Mo au maximum. La photo est recadrée en carré et ses métadonnées (comme la localisation) sont supprimées.
photo-upload = Envoyer la photo
photo-remove = Supprimer la photo
photo-saved = Votre photo a été mise à jour.
photo-missing = Choisissez d’abord un fichier.
photo-too-large = La photo dépasse 5 Mo.
photo-not-an-image = Ce fichier n’est pas une image JPEG ou PNG.

## Organisations
orgs-none = Aucune organisation ne correspond.
org-iso = Codes ISO
org-leads = Groupes de travail qu’elle préside
org-focal-points = { $count ->
    [one] { $count } point focal
   *[other] { $count } points focaux
}
org-no-focal-points = Aucun point focal actif pour l’instant.
org-all-focal-points = Tous les points focaux de cette organisation

## Importation groupée
import-title = Importer depuis un fichier CSV
import-intro = Invitez plusieurs points focaux en une seule fois. Le fichier comporte une personne par ligne : adresse électronique, nom, code de l’organisation (ISO 3166 alpha-3 ou sigle de l’entité du Pacte), fonction et, facultativement, rôle (focal_point ou admin). La ligne d’en-tête est facultative. Rien n’est enregistré avant votre confirmation.
import-sample-label = Exemple de fichier
import-file = Fichier CSV (UTF-8)
import-preview = Vérifier le fichier
import-line = Ligne
import-outcome = Résultat
import-status-will-invite = Invitation prévue
import-status-exists = Compte déjà existant
import-status-error = Erreur
import-summary-invite = { $count } à inviter
import-summary-exists = { $count ->
    [one] { $count } a déjà un compte
   *[other] { $count } ont déjà un compte
}
import-summary-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
import-confirm = { $count ->
    [one] Inviter { $count } personne
   *[other] Inviter { $count } personnes
}
import-confirm-csv = Inviter et télécharger les liens (CSV)
import-confirm-hint = Les lignes comportant des erreurs et celles des comptes existants sont ignorées. Toutes les autres personnes sont invitées en même temps, ou aucune ne l’est.
import-another = Vérifier un autre fichier
import-not-utf8 = Le fichier n’est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et réessayez.
import-unreadable = Le fichier n’a pas pu être lu au format CSV.
import-empty = Le fichier ne contient aucune personne à inviter.
import-too-many = Le fichier est trop volumineux : { $max } personnes au maximum par importation.
import-duplicate-row = Cette adresse électronique figure déjà plus haut dans le fichier.
import-nothing-to-invite = Aucune ligne ne peut donner lieu à une invitation.
import-changed = Des comptes ont été créés entre-temps ; voici le fichier vérifié à nouveau. Rien n’a été importé.
import-done-title = Invitations créées
import-done-body = { $count ->
    [one] { $count } personne a été invitée. Transmettez le lien à usage unique par un moyen sûr ; il n’est affiché qu’une seule fois.
   *[other] { $count } personnes ont été invitées. Transmettez chaque lien à usage unique par un moyen sûr ; les liens ne sont affichés qu’une seule fois.
}
import-link-for = Lien d’invitation pour { $email }

event-directory-exported = Annuaire exporté
event-accounts-imported = Comptes importés
dir-why = Trouvé par :
dir-why-name = nom
dir-why-org = organisation
dir-why-title = fonction
dir-why-email = courriel
dir-why-profile = profil (bureau, expertise)
