# Paramètres des notifications et récapitulatifs (crates/app/src/notify.rs, digests.rs ; crates/server/src/notifications.rs)
notice-settings = Choisissez ce que vous recevez par courriel, et à quelle fréquence : { $url }
notifications-settings = Paramètres des courriels
notifications-settings-intro = Tout apparaît toujours ici, dans vos notifications. Pour chaque type, choisissez s’il vous est aussi envoyé immédiatement par courriel, regroupé dans un récapitulatif quotidien ou hebdomadaire (envoyé à 07:00 selon votre fuseau horaire) ou non envoyé par courriel.
notifications-settings-saved = Vos choix ont été enregistrés.
notifications-settings-save = Enregistrer mes choix
notifications-kind = Type de notification
delivery-immediately = Immédiatement
delivery-daily = Récapitulatif quotidien
delivery-weekly = Récapitulatif hebdomadaire
delivery-off = Aucun courriel
notice-kind-mention = Quelqu’un me mentionne dans une discussion
notice-kind-thread_reply = Une réponse dans une discussion que je suis
notice-kind-new_thread = Une nouvelle discussion dans l’un de mes espaces
notice-kind-join_request = Quelqu’un demande à rejoindre un espace que je préside
notice-kind-join_approved = Ma demande d’adhésion à un espace est approuvée
notice-kind-join_declined = Ma demande d’adhésion à un espace est refusée
notice-kind-space_added = Je suis ajouté(e) à un espace
notice-kind-space_role_changed = Mon rôle dans un espace est modifié
notice-kind-space_removed = Je suis retiré(e) d’un espace
digest-daily-subject = { $count ->
    [one] Votre récapitulatif quotidien : { $count } nouvelle notification
   *[other] Votre récapitulatif quotidien : { $count } nouvelles notifications
}
digest-weekly-subject = { $count ->
    [one] Votre récapitulatif hebdomadaire : { $count } nouvelle notification
   *[other] Votre récapitulatif hebdomadaire : { $count } nouvelles notifications
}
digest-daily-intro = { $count ->
    [one] Depuis hier, il s’est produit { $count } événement dont vous avez demandé à être informé(e) :
   *[other] Depuis hier, il s’est produit { $count } événements dont vous avez demandé à être informé(e) :
}
digest-weekly-intro = { $count ->
    [one] Cette semaine, il s’est produit { $count } événement dont vous avez demandé à être informé(e) :
   *[other] Cette semaine, il s’est produit { $count } événements dont vous avez demandé à être informé(e) :
}
digest-open = Ouvrir mes notifications
digest-unsubscribe = Pour arrêter ce récapitulatif en un clic : { $url }
unsubscribe-title = Arrêter un récapitulatif
unsubscribe-explain = Cette action arrête le récapitulatif par courriel avec lequel ce lien vous est parvenu. Vos notifications restent sur la plateforme, et vous pouvez faire un autre choix à tout moment dans vos paramètres des courriels.
unsubscribe-confirm = Arrêter ce récapitulatif
unsubscribe-done-daily = Le récapitulatif quotidien a été arrêté.
unsubscribe-done-weekly = Le récapitulatif hebdomadaire a été arrêté.
notice-kind-new_document = Un nouveau document dans l’un de mes espaces
