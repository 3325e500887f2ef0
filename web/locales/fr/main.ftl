# Interface de gctcp — français. Chaque clé de la version anglaise de référence figure ici.

app-name = Plateforme mondiale de coordination de la lutte antiterroriste
app-short-name = Coordination CT
skip-to-content = Aller au contenu principal
footer-text = Pacte mondial de coordination contre le terrorisme des Nations Unies · Accès réservé aux points focaux désignés
language = Langue
language-switch = Appliquer
nav-label = Menu principal
nav-dashboard = Tableau de bord
nav-organizations = Organisations
nav-admin = Administration
sign-out = Se déconnecter
search = Rechercher
filter = Filtrer
any = Tous
choose = Choisir…
copy = Copier
pagination = Pages
page-previous = Précédent
page-next = Suivant

## Connexion
login-title = Connexion
login-intro = Cette plateforme est réservée aux points focaux désignés par les États Membres et les entités du Pacte.
login-submit = Se connecter
login-help = Pas de compte ? Les comptes sont créés par les administrateurs de la plateforme à la demande de votre organisation. Mot de passe oublié ? Demandez une nouvelle invitation à votre administrateur.
login-failed = L’adresse électronique ou le mot de passe est incorrect.
login-throttled = { $minutes ->
    [one] Trop de tentatives infructueuses. Réessayez dans { $minutes } minute.
   *[other] Trop de tentatives infructueuses. Réessayez dans { $minutes } minutes.
}
login-session-ended = Votre session a pris fin. Veuillez vous reconnecter.
login-signed-out = Déconnexion effectuée.

## Champs
field-email = Adresse électronique
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-confirm = Confirmer le nouveau mot de passe
field-current-password = Mot de passe actuel
field-name = Nom complet
field-title = Titre ou fonction
field-organization = Organisation
field-org-code = Code de l’organisation
field-role = Rôle
field-status = Statut
field-created = Date de création
field-invitation = Invitation
field-ui-language = Langue de l’interface
field-time-zone = Fuseau horaire

## Mots de passe
password-hint = Au moins 15 caractères. Les espaces et tous les systèmes d’écriture sont acceptés : une phrase dont vous vous souviendrez constitue un bon mot de passe.
password-too-short = Le mot de passe doit comporter au moins { $min } caractères.
password-too-long = Le mot de passe doit comporter au plus 256 caractères.
password-common = Ce mot de passe est trop courant ou trop facile à deviner. Choisissez-en un autre.
password-context = Le mot de passe ne doit contenir ni votre nom, ni votre adresse électronique, ni le nom de la plateforme.
password-mismatch = Les deux mots de passe ne correspondent pas.
password-current-wrong = Le mot de passe actuel est incorrect.
password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
password-change-title = Changer de mot de passe
password-change-intro = Le changement de mot de passe met fin à toutes vos autres sessions.
password-change-submit = Changer de mot de passe

## Invitations et configuration initiale
invite-title = Bienvenue sur la plateforme
invite-intro = { $name }, choisissez un mot de passe pour activer votre compte.
invite-submit = Activer mon compte
link-invalid-title = Ce lien n’est plus valide
link-invalid-body = Ce lien a déjà été utilisé, a expiré ou a été retiré. Demandez une nouvelle invitation à votre administrateur.
setup-title = Créer le premier compte administrateur
setup-intro = Il n’existe encore aucun administrateur. Créez le premier compte administrateur ; vous inviterez ensuite toutes les autres personnes.
setup-submit = Créer l’administrateur
org-code-hint = Code ISO 3166 alpha-3 d’un État Membre (par exemple KEN) ou sigle d’une entité du Pacte (par exemple UNOCT).

## Création des comptes
provision-invalid-email = Saisissez une adresse électronique valide.
provision-name-required = Saisissez le nom complet de la personne.
provision-name-too-long = Le nom doit comporter au plus 200 caractères.
provision-unknown-org = Organisation inconnue. Utilisez le code ISO 3166 alpha-3 d’un État Membre ou le sigle d’une entité du Pacte.
provision-duplicate-email = Un compte associé à cette adresse électronique existe déjà.
provision-invalid-role = Choisissez un rôle.

## Rôles et statuts
role-admin = Administrateur
role-focal_point = Point focal
status-invited = Invité
status-active = Actif
status-deactivated = Désactivé
space-role-chair = Président
space-role-vice_chair = Vice-président
space-role-co_chair = Coprésident
space-role-member = Membre
entity-role-chair = Président
entity-role-vice_chair = Vice-président
entity-role-co_chair = Coprésident
compact-status-member = membre
compact-status-observer = observateur
org-kind-member_state = État Membre
org-kind-compact_entity = Entité du Pacte

## Tableau de bord
dashboard-hello = Bienvenue, { $name }
dashboard-welcome = Votre compte est actif. Vous pouvez compléter votre profil et choisir votre langue et votre fuseau horaire.
dashboard-my-org = Mon organisation
dashboard-my-spaces = Mes groupes de travail et espaces
dashboard-no-spaces = Vous n’êtes encore membre d’aucun espace.
dashboard-quick-links = Liens rapides
dashboard-link-profile = Mon profil et mon mot de passe
dashboard-link-orgs = États Membres et entités du Pacte
dashboard-link-invite = Inviter un point focal
dashboard-link-audit = Journal d’audit
space-member-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}

## Profil
profile-title = Mon profil
profile-details = Informations
profile-save = Enregistrer
profile-saved = Votre profil a été enregistré.
profile-language-browser = Langue du navigateur
profile-title-too-long = Le titre doit comporter au plus 200 caractères.
profile-invalid-language = Choisissez l’une des langues proposées.
profile-invalid-time-zone = Choisissez un fuseau horaire dans la liste.

## Organisations
orgs-title = Organisations
orgs-kind = Type
orgs-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
org-code = Code
org-name = Nom
org-region = Région
org-people = Points focaux

## Administration
admin-accounts = Comptes
admin-invite = Inviter une personne
admin-spaces = Espaces
admin-audit = Journal d’audit
accounts-count = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
accounts-none = Aucun compte ne correspond. Élargissez la recherche ou assouplissez un filtre.
invite-new-intro = La personne reçoit un lien à usage unique pour choisir son mot de passe. Aucun envoi n’est encore automatique : transmettez le lien par un moyen sûr.
invite-create = Créer et obtenir le lien d’invitation
invitation-link-title = Lien d’invitation
invitation-link-intro = Envoyez ce lien à usage unique à { $email }. Il n’est affiché qu’une seule fois.
invitation-link-label = Lien d’invitation à usage unique
invitation-link-expiry = { $hours ->
    [one] Le lien ne peut servir qu’une fois et expire dans { $hours } heure.
   *[other] Le lien ne peut servir qu’une fois et expire dans { $hours } heures.
}
invitation-link-back = Retour au compte
invitation-pending-until = En attente, valable jusqu’au { $time }
invitation-resend = Nouveau lien d’invitation
invitation-revoke = Retirer l’invitation
account-spaces = Espaces
account-no-spaces = Membre d’aucun espace.
account-actions = Actions
account-deactivate = Désactiver le compte
account-deactivate-hint = La personne est immédiatement déconnectée et ne peut plus se connecter.
account-reactivate = Réactiver le compte
account-change-role = Changer le rôle
account-self-hint = Changer votre propre rôle met fin à votre session.
account-notice-deactivated = Le compte a été désactivé et ses sessions ont été fermées.
account-notice-reactivated = Le compte a été réactivé.
account-notice-role-changed = Le rôle a été modifié. La personne doit se reconnecter.
account-notice-invitation-revoked = L’invitation a été retirée.
account-error-last-admin = Il s’agit du dernier administrateur actif : désignez d’abord un autre administrateur.

## Espaces
spaces-intro = Groupes de travail et autres espaces. Les membres d’un espace voient les contenus qui y sont partagés.
space-name = Espace
space-pillar = Pilier
space-leads = Entités assurant la présidence
space-members = Membres
space-no-members = Aucun membre pour l’instant.
space-wg-number = Groupe de travail { $number }
pillar-number = Pilier { $number }
space-add-member = Ajouter un membre ou changer un rôle
space-add-hint = Saisissez l’adresse électronique d’un compte invité ou actif.
space-add-submit = Enregistrer
space-remove = Retirer { $name }
space-unknown-person = Aucun compte invité ou actif ne correspond à cette adresse électronique.
space-notice-added = Le membre a été ajouté.
space-notice-role-changed = Le rôle du membre a été modifié.
space-notice-removed = Le membre a été retiré.
space-notice-unchanged = Aucune modification.

## Journal d’audit
audit-person = Personne
audit-event = Événement
audit-from = Du
audit-until = Au
audit-time = Date et heure
audit-actor = Par
audit-actor-system = Ligne de commande ou système
audit-subject = Compte
audit-ip = Adresse IP
audit-detail = Détail
audit-none = Aucune entrée ne correspond.
audit-older = Entrées plus anciennes
audit-date-invalid = Une date n’est pas valide ; utilisez le format YYYY-MM-DD (AAAA-MM-JJ).
event-sign_in-success = Connexion
event-sign_in-failure = Échec de connexion
event-sign_in-throttled = Connexion temporairement bloquée
event-sign_out = Déconnexion
event-invitation-created = Invitation créée
event-invitation-accepted = Invitation acceptée
event-invitation-revoked = Invitation retirée
event-account-deactivated = Compte désactivé
event-account-reactivated = Compte réactivé
event-account-role_changed = Rôle modifié
event-password-changed = Mot de passe modifié
event-setup-completed = Premier administrateur créé
event-space-member_added = Ajout à un espace
event-space-member_removed = Retrait d’un espace
event-space-role_changed = Rôle dans un espace modifié

## Erreurs
error-home = Aller au tableau de bord
error-status = Statut
error-request-id = Identifiant de la requête
error-not-found-title = Page introuvable
error-not-found-body = Cette page n’existe pas ou n’est pas partagée avec vous.
error-forbidden-title = Accès refusé
error-forbidden-body = Votre compte n’a pas accès à cette page.
error-csrf-title = Le formulaire a expiré
error-csrf-body = Pour votre sécurité, ce formulaire n’a pas pu être accepté. Revenez en arrière, actualisez la page et réessayez.
error-bad-request-title = Requête incomprise
error-bad-request-body = La requête n’a pas pu être traitée. Revenez en arrière et vérifiez les informations saisies.
error-too-large-title = Taille excessive
error-too-large-body = Les données envoyées dépassent la taille acceptée par la plateforme.
error-too-long-title = Adresse trop longue
error-too-long-body = Cette adresse dépasse la longueur acceptée par la plateforme. Revenez en arrière et raccourcissez votre recherche.
error-busy-title = La plateforme est surchargée
error-busy-body = Trop de requêtes sont en cours de traitement. Veuillez réessayer dans quelques secondes.
error-internal-title = Une erreur s’est produite
error-internal-body = La plateforme n’a pas pu traiter votre requête. Aucune modification n’a été apportée. Si le problème se reproduit, communiquez à votre administrateur l’identifiant de la requête indiqué ci-dessous.

## Password reset
reset-title = Choisir un nouveau mot de passe
reset-intro = { $name }, votre administrateur a créé ce lien pour que vous choisissiez un nouveau mot de passe. Vos autres sessions seront fermées.
reset-submit = Enregistrer le nouveau mot de passe
reset-link-title = Lien de réinitialisation du mot de passe
reset-link-intro = Envoyez ce lien à usage unique à { $email }. Il permet de choisir un nouveau mot de passe ; il n’est affiché qu’une fois.
account-reset-password = Lien de réinitialisation du mot de passe
account-reset-hint = En cas d’oubli : un lien à usage unique pour choisir un nouveau mot de passe.
event-password-reset_issued = Réinitialisation du mot de passe émise
event-password-reset = Mot de passe réinitialisé

discussions-mention-label = Personnes pouvant lire cet espace

# The phone header's menu button, and the heading that folds a search's filters on a phone.
nav-menu = Menu
filters-more = Filtres
form-required-note = Les champs marqués d’un astérisque (*) sont obligatoires.
accounts-last-sign-in = Dernière connexion
accounts-created = Créé le
accounts-never = jamais
dashboard-complete-profile = Complétez votre profil
dashboard-complete-intro = Vos collègues vous trouvent et vous joignent plus facilement si votre profil indique :
profile-missing-title = votre fonction
profile-missing-phone = un numéro de téléphone
profile-missing-languages = les langues que vous parlez
profile-missing-themes = vos domaines thématiques d’expertise
profile-missing-photo = une photo
# Audit details
audit-key-space = Espace
audit-key-role = Rôle
audit-key-from = Avant
audit-key-to = Après
audit-key-status = Statut
audit-key-count = Nombre
audit-key-open = Ouvert à tous
audit-key-format = Format
audit-key-how = Mode
audit-key-source = Origine
audit-key-event = Événement
audit-key-item = Élément du plan de travail
audit-key-resource = Ressource
audit-key-thread = Discussion
audit-key-post = Message
audit-key-message = Courriel
audit-key-job = Tâche
audit-key-kind = Type
audit-key-search = Recherche
audit-key-title = Titre
audit-key-file = Fichier
audit-key-email = Adresse électronique
audit-key-occurrence = Occurrence
audit-key-split_at = Scindée le
audit-key-new = Nouvelle série
audit-key-version = Version
audit-yes = oui
audit-no = non
audit-how-download = téléchargement
audit-how-preview = aperçu
audit-source-import = import groupé
audit-search-all = tout l’annuaire
audit-key-assessment = Évaluation
audit-key-assessments = Évaluations
audit-key-recommendation = Recommandation
audit-key-state = État Membre
audit-key-grantee = Communiquée à
audit-key-until = Jusqu’au
audit-key-consent = Consentement
