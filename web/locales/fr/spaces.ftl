# Espaces et notifications (crates/server/src/spaces.rs, notifications.rs ; crates/app/src/notify.rs)
nav-spaces = Espaces
nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] Notifications ({ $count } nouvelle)
   *[other] Notifications ({ $count } nouvelles)
}
spaces-title = Groupes de travail et espaces
spaces-home-intro = Les huit groupes de travail interinstitutions du Pacte et les autres espaces où les points focaux travaillent ensemble. Les espaces ouverts peuvent être consultés par tous les points focaux, qui peuvent les rejoindre avec l’accord d’un président ; les espaces fermés sont réservés aux membres invités par leurs présidents.
spaces-new = Créer un espace
spaces-create = Créer l’espace
spaces-mine = Mes espaces
spaces-all = Tous les espaces
spaces-others = Autres espaces
spaces-none-other = Vous êtes membre de tous les espaces.
space-open = Ouvert
space-closed = Fermé
space-field-name = Nom
space-field-purpose = Objet
space-field-pillar = Pilier de la Stratégie
space-pillar-none = Aucun
space-field-access = Qui peut le consulter
space-open-explained = Ouvert : tous les points focaux peuvent le consulter et demander à le rejoindre ; un président approuve les demandes.
space-closed-explained = Fermé : seuls ses membres peuvent le consulter ; ses présidents les invitent.
space-new-chair = Vous présiderez l’espace : vous pourrez ensuite inviter des membres et désigner d’autres présidents.
space-you-are = Votre rôle : { $role }
space-purpose = Objet
space-no-purpose = Aucun objet n’a encore été indiqué.
space-lead-entities = Entités assurant la présidence
space-lead-people = Présidents et vice-présidents
space-membership = Adhésion
space-leave = Quitter cet espace
space-leave-chair-hint = Un président peut quitter l’espace une fois qu’un autre président a été désigné.
space-request-pending-since = Votre demande d’adhésion attend la décision d’un président (envoyée le { $when }).
space-request-message = Message aux présidents (facultatif)
space-request = Demander à rejoindre l’espace
space-requests = { $count ->
    [0] Demandes d’adhésion
    [one] { $count } demande d’adhésion
   *[other] { $count } demandes d’adhésion
}
space-no-requests = Aucune demande en attente.
space-decision-note = Note à l’intention de la personne (facultatif)
space-approve = Approuver
space-decline = Refuser
space-role-of = Rôle de { $name }
space-change-role = Changer le rôle
space-documents = Documents récents
space-no-documents = Aucun document n’a encore été partagé dans cet espace.
space-all-documents = { $count ->
    [one] { $count } document de cet espace
   *[other] Les { $count } documents de cet espace
}
space-done-requested = Votre demande a été envoyée aux présidents.
space-done-approved = La demande a été approuvée : la personne est désormais membre.
space-done-declined = La demande a été refusée.
space-done-added = Le membre a été ajouté.
space-done-role-changed = Le rôle a été modifié.
space-done-removed = Le membre a été retiré.
space-done-left = Vous avez quitté l’espace.
space-done-created = L’espace a été créé. Vous en assurez la présidence.
space-name-required = Donnez un nom à l’espace.
space-name-too-long = Le nom est trop long (120 caractères au maximum).
space-purpose-too-long = L’objet est trop long (4 000 caractères au maximum).
space-pillar-unknown = Choisissez l’un des quatre piliers, ou aucun.
space-message-too-long = Le message est trop long (1 000 caractères au maximum).
space-request-pending = Vous avez déjà demandé à rejoindre cet espace ; les présidents statueront.
space-request-decided = Il a déjà été statué sur cette demande.
space-last-chair = Un espace doit toujours avoir au moins un président : désignez d’abord un autre président.
notifications-title = Notifications
notifications-read-all = Tout marquer comme lu
notifications-none = Rien de nouveau. Un avis s’affichera ici lorsque quelqu’un demandera à rejoindre un espace que vous présidez, répondra à votre demande ou modifiera votre adhésion.
notifications-unread = Non lu
notice-someone = Quelqu’un
notice-open = Ouvrir
notice-why = Vous recevez ce courriel en raison de votre rôle sur la Plateforme mondiale de coordination de la lutte antiterroriste des Nations Unies.
notice-join_request = { $actor } demande à rejoindre l’espace « { $space } ».
notice-join_approved = Votre demande d’adhésion à l’espace « { $space } » a été approuvée.
notice-join_declined = Votre demande d’adhésion à l’espace « { $space } » a été refusée.
notice-space_added = { $actor } vous a ajouté(e) à l’espace « { $space } ».
notice-space_role_changed = { $actor } a modifié votre rôle dans l’espace « { $space } » : { $role }.
notice-space_removed = { $actor } vous a retiré(e) de l’espace « { $space } ».
event-space-created = Espace créé
event-space-join_requested = Demande d’adhésion à un espace
event-space-join_approved = Demande d’adhésion approuvée
event-space-join_declined = Demande d’adhésion refusée
event-space-left = Départ d’un espace

space-pinned = Épinglés
space-pin = Épingler « { $title } » dans cet espace
space-unpin = Désépingler « { $title } »
space-done-pinned = Épinglé sur la page de l’espace.
space-done-unpinned = Désépinglé.
event-space-pinned = Épinglé dans un espace
event-space-unpinned = Désépinglé d’un espace

# Discussions (crates/server/src/discussions.rs)
discussions-title = Discussions
discussions-none = Aucune discussion pour l’instant.
discussions-count = { $count ->
    [one] { $count } discussion
   *[other] { $count } discussions
}
discussions-all = { $count ->
    [0] Discussions
    [one] { $count } discussion
   *[other] Toutes les { $count } discussions
}
discussions-all-and-start = Toutes les discussions, ou en lancer une
discussions-new = Nouveau
discussions-replies = { $count ->
    [0] aucune réponse
    [one] { $count } réponse
   *[other] { $count } réponses
}
discussions-start = Lancer une discussion
discussions-start-submit = Publier
discussions-field-title = Sujet
discussions-field-body = Message
discussions-field-reply = Votre réponse
discussions-markdown-hint = La syntaxe Markdown est acceptée : **gras**, *italique*, listes, [liens](https://…), liens vers des ressources de la bibliothèque. Saisissez @ suivi d’un nom pour mentionner une personne pouvant lire cet espace.
discussions-following = Vous suivez cette discussion : les réponses apparaissent dans vos notifications.
discussions-muted = Vous avez mis cette discussion en sourdine.
discussions-follow = Suivre
discussions-mute = Mettre en sourdine
discussions-edited = modifié
discussions-removed = Ce message a été supprimé.
discussions-edit = Modifier
discussions-remove = Supprimer
discussions-reply = Répondre
discussions-reply-submit = Envoyer la réponse
discussions-members-only = Seuls les membres de cet espace peuvent écrire ici.
discussions-back = Retour à la discussion
discussions-edit-window = Un message peut être modifié pendant les 15 minutes qui suivent son envoi ; il est alors signalé comme modifié.
discussions-save = Enregistrer
discussion-title-required = Donnez un sujet à la discussion.
discussion-title-too-long = Le sujet est trop long (200 caractères au maximum).
discussion-body-required = Rédigez un message.
discussion-body-too-long = Le message est trop long (20 000 caractères au maximum).
notice-mention = { $actor } vous a mentionné(e) dans l’espace « { $space } ».
notice-thread_reply = { $actor } a répondu dans une discussion que vous suivez dans l’espace « { $space } ».
notice-new_thread = { $actor } a lancé une discussion dans l’espace « { $space } ».
event-discussion-post_removed = Message supprimé par un modérateur
notice-new_document = { $actor } a partagé un document dans l’espace « { $space } ».
discussions-attach-label = Joindre des fichiers (facultatif)
discussions-attach-hint = Jusqu’à 10 fichiers, { $mb } Mo au total. Chacun devient un document de la bibliothèque, lisible exactement par les personnes qui peuvent lire cette discussion ; vous pourrez l’y décrire davantage.
discussions-attachments = Fichiers joints
discussions-attachment-page = dans la bibliothèque
discussion-too-many-files = Joignez au plus 10 fichiers à un message.
space-events = Prochains événements
space-no-events = Aucun événement prévu dans les deux prochains mois.
space-all-events = Le calendrier de l’espace
