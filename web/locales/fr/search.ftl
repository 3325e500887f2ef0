# Recherche globale (crates/server/src/search.rs, champ de recherche en haut de chaque page)
search-title = Recherche
search-title-for = Recherche : { $query }
search-label = Rechercher dans tout le contenu auquel vous avez accès
search-box-label = Rechercher partout
search-box-placeholder = Personnes, documents, événements…
search-submit = Rechercher
search-hint = Personnes, organisations, espaces, ressources de la bibliothèque, événements, discussions, éléments des plans de travail, activités et projets. Chaque mot doit correspondre ; il n’est tenu compte ni des accents ni des majuscules.
search-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-none = Rien de ce que vous pouvez consulter ne correspond à ces mots. Vérifiez l’orthographe ou utilisez moins de mots.
search-kinds = Résultats par type
search-kind-all = Tout
search-kind-people = Personnes
search-kind-organizations = Organisations
search-kind-spaces = Espaces
search-kind-resources = Ressources de la bibliothèque
search-kind-events = Événements
search-kind-discussions = Discussions
search-kind-plans = Éléments des plans de travail
search-all-people = { $count ->
    [one] { $count } personne de l’annuaire
   *[other] Toutes les { $count } personnes de l’annuaire
}
search-all-organizations = { $count ->
    [one] { $count } organisation
   *[other] Toutes les { $count } organisations
}
search-all-spaces = { $count ->
    [one] { $count } espace
   *[other] Tous les { $count } espaces
}
search-all-resources = { $count ->
    [one] { $count } ressource de la bibliothèque
   *[other] Toutes les { $count } ressources de la bibliothèque
}
search-all-events = { $count ->
    [one] { $count } événement
   *[other] Tous les { $count } événements
}
search-all-discussions = { $count ->
    [one] { $count } discussion
   *[other] Toutes les { $count } discussions
}
search-all-plans = { $count ->
    [one] { $count } élément des plans de travail
   *[other] Tous les { $count } éléments des plans de travail
}
search-kind-activities = Activités
search-kind-projects = Projets
search-all-activities = { $count ->
    [one] { $count } activité, avec ses filtres
   *[other] Les { $count } activités, avec leurs filtres
}
search-all-projects = { $count ->
    [one] { $count } projet, avec ses filtres
   *[other] Les { $count } projets, avec leurs filtres
}
search-space-open = Espace ouvert
search-space-closed = Espace fermé
search-event-series = Série
search-kind-recommendations = Recommandations de la DECT
search-all-recommendations = Les { $count } recommandations, avec leurs filtres
