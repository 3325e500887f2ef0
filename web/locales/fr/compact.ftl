# Structure du Pacte (crates/server/src/compact.rs)
nav-compact = Pacte
compact-title = Structure du Pacte
compact-intro = Organisation du Pacte mondial de coordination contre le terrorisme des Nations Unies, d’après les données de la plateforme : son Comité de coordination, les huit groupes de travail interinstitutions par pilier de la Stratégie, les entités qui les président et les personnes qui les dirigent.
compact-committee = Comité de coordination
compact-committee-chair = Présidé par le Secrétaire général adjoint à la lutte contre le terrorisme, il comprend :
compact-committee-entities = { $count ->
    [one] les représentants de { $count } entité membre du Pacte
   *[other] les représentants des { $count } entités membres du Pacte
}
compact-observers = { $count ->
    [one] { $count } observateur
   *[other] { $count } observateurs
}
compact-see-entities = les entités
compact-committee-leads = les présidents et vice-présidents des huit groupes de travail.
compact-secretariat = Le Bureau de lutte contre le terrorisme de l’Organisation des Nations Unies assure le secrétariat du Pacte.
compact-states = { $count ->
    [one] { $count } État Membre y participe par l’intermédiaire de ses points focaux.
   *[other] { $count } États Membres y participent par l’intermédiaire de leurs points focaux.
}
compact-working-groups = Groupes de travail
compact-pillar = Pilier { $number }
compact-other-spaces = Autres espaces
compact-no-lead-people = Aucun président ni vice-président n’a encore été désigné sur la plateforme.
