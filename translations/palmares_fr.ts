<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CampaignFile</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Palmarès campaign file.</source>
        <translation>%1 n&apos;est pas un fichier de campagne Palmarès.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Palmarès campaign.</source>
        <translation>%1 est une base de données SQLite, mais pas une campagne Palmarès.</translation>
    </message>
    <message>
        <source>%1 is damaged (truncated or corrupt) and cannot be opened.</source>
        <translation>%1 est endommagé (tronqué ou corrompu) et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Palmarès (file format %2; this version reads up to %3).</source>
        <translation>%1 a été enregistré par une version plus récente de Palmarès (format de fichier %2&#xa0;; cette version lit jusqu&apos;au format %3).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but its backup copy %2 cannot be written.</source>
        <translation>%1 doit être mis à jour, mais sa copie de sauvegarde %2 ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: %2</source>
        <translation>Impossible de mettre à jour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>The campaign settings cannot be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres de la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>No SQLite connection.</source>
        <translation>Aucune connexion SQLite.</translation>
    </message>
    <message>
        <source>A score cannot be written: %1</source>
        <translation>Impossible d&apos;écrire une note&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the campaign row is missing</source>
        <translation>la ligne de la campagne est manquante</translation>
    </message>
    <message>
        <source>unknown tie-break key in &quot;%1&quot;</source>
        <translation>critère de départage inconnu dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The campaign cannot be written: %1</source>
        <translation>Impossible d&apos;enregistrer la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), %1 score(s)</source>
        <translation>
            <numerusform>%n candidat, %1 note(s)</numerusform>
            <numerusform>%n candidats, %1 note(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTemplate</name>
    <message>
        <source>a non-empty text is required</source>
        <translation>un texte non vide est requis</translation>
    </message>
    <message>
        <source>a number between %1 and %2 is required</source>
        <translation>un nombre entre %1 et %2 est requis</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>true ou false est requis</translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation>une liste est requise</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>un objet est requis</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a Palmarès campaign template (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas un modèle de campagne Palmarès («&#xa0;format&#xa0;» ne vaut pas «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>version: a positive whole number is required</source>
        <translation>version&#xa0;: un nombre entier positif est requis</translation>
    </message>
    <message>
        <source>unknown use type &quot;%1&quot; (expected one of %2)</source>
        <translation>type d&apos;usage «&#xa0;%1&#xa0;» inconnu (valeurs attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>at least one pillar is required</source>
        <translation>au moins un pilier est requis</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation>le code «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>at least one criterion is required</source>
        <translation>au moins un critère est requis</translation>
    </message>
    <message>
        <source>at least one jury is required</source>
        <translation>au moins un jury est requis</translation>
    </message>
    <message>
        <source>the maximum must be above the minimum</source>
        <translation>le maximum doit être supérieur au minimum</translation>
    </message>
    <message>
        <source>expected mean, median or trimmed_mean</source>
        <translation>valeur attendue&#xa0;: mean, median ou trimmed_mean</translation>
    </message>
    <message>
        <source>expected final, registration or jury:&lt;code of a jury&gt;</source>
        <translation>valeur attendue&#xa0;: final, registration ou jury:&lt;code d&apos;un jury&gt;</translation>
    </message>
    <message>
        <source>expected greedy or best_value</source>
        <translation>valeur attendue&#xa0;: greedy ou best_value</translation>
    </message>
    <message>
        <source>version: template format %1 is newer than this version of Palmarès reads (up to %2)</source>
        <translation>version&#xa0;: le format de modèle %1 est plus récent que ce que lit cette version de Palmarès (jusqu’au format %2)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Format de sortie&#xa0;: table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Format de sortie&#xa0;: table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options] ARGUMENTS
Scores, ranks and selects the candidates of a call for expressions of interest (AMI).

Commands:
  new FILE [--template T.json]   create an empty campaign (or one set up from a template)
  export-template FILE OUT.json  save the campaign&apos;s set-up, without candidates or scores
  demo FILE [--seed N]           create a realistic demo campaign
  info FILE                      counts, capacity and completeness
  rank FILE                      the ranking, with every score and flag
  select FILE [--rule R]         laureates, skipped candidates, waiting list and fill

&quot;%1 COMMAND --help&quot; describes a command&apos;s options.
</source>
        <translation>Utilisation&#xa0;: %1 COMMAND [options] ARGUMENTS
Note, classe et sélectionne les candidats d&apos;un appel à manifestation d&apos;intérêt (AMI).

Commandes&#xa0;:
  new FILE [--template T.json]   crée une campagne vide (ou configurée à partir d&apos;un modèle)
  export-template FILE OUT.json  enregistre la configuration de la campagne, sans candidats ni notes
  demo FILE [--seed N]           crée une campagne de démonstration réaliste
  info FILE                      effectifs, capacité et complétude
  rank FILE                      le classement, avec toutes les notes et les alertes
  select FILE [--rule R]         lauréats, candidats écartés, liste d&apos;attente et taux de remplissage

«&#xa0;%1 COMMAND --help&#xa0;» décrit les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s), got %1; usage: %2 %3</source>
        <translation>
            <numerusform>%n argument attendu, %1 fourni(s)&#xa0;; utilisation&#xa0;: %2 %3</numerusform>
            <numerusform>%n arguments attendus, %1 fourni(s)&#xa0;; utilisation&#xa0;: %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see %2 --help</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue&#xa0;; voir %2 --help</translation>
    </message>
    <message>
        <source>Set the campaign up from a template (JSON).</source>
        <translation>Configurer la campagne à partir d&apos;un modèle (JSON).</translation>
    </message>
    <message>
        <source>Creates an empty campaign with the five default pillars, their criteria and two juries, or one set up from a campaign template.</source>
        <translation>Crée une campagne vide avec les cinq piliers par défaut, leurs critères et deux jurys, ou une campagne configurée à partir d&apos;un modèle de campagne.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saves the campaign&apos;s set-up (site, buildings, fill target, pillars, criteria, weights, rubric, thresholds, juries and rules), without candidates, jurors or scores.</source>
        <translation>Enregistre la configuration de la campagne (site, bâtiments, objectif de remplissage, piliers, critères, pondérations, barème, seuils, jurys et règles), sans les candidats, les jurés ni les notes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Template written to %1.</source>
        <translation>Modèle enregistré dans %1.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same campaign.</source>
        <translation>Graine aléatoire&#xa0;; une même graine produit la même campagne.</translation>
    </message>
    <message>
        <source>Creates a realistic demo campaign: a former air base of about 55,000 m², about 60 applicants, an expert and a citizen jury, complete scores.</source>
        <translation>Crée une campagne de démonstration réaliste&#xa0;: une ancienne base aérienne d&apos;environ 55&#xa0;000&#xa0;m², une soixantaine de candidats, un jury d&apos;experts et un jury citoyen, des notes complètes.</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Shows counts, capacity and completeness.</source>
        <translation>Affiche les effectifs, la capacité et la complétude.</translation>
    </message>
    <message>
        <source>--format expects table or json, not &quot;%1&quot;.</source>
        <translation>--format attend table ou json, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Prints the ranking: final, jury and pillar scores, flags and the tie-break used.</source>
        <translation>Affiche le classement&#xa0;: note finale, notes par jury et par pilier, alertes et critère de départage appliqué.</translation>
    </message>
    <message>
        <source>--format expects table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format attend table, csv ou json, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Selection rule: greedy (walk the ranking) or best-value (exact knapsack); default: the campaign&apos;s rule.</source>
        <translation>Règle de sélection&#xa0;: greedy (au fil du classement) ou best-value (meilleure valeur globale, calcul exact du sac à dos)&#xa0;; par défaut&#xa0;: la règle de la campagne.</translation>
    </message>
    <message>
        <source>Prints the laureates with cumulative surface and fill, the candidates not selected and why, and the waiting list.</source>
        <translation>Affiche les lauréats avec la surface cumulée et le taux de remplissage, les candidats non retenus et le motif, et la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>--rule expects greedy or best-value, not &quot;%1&quot;.</source>
        <translation>--rule attend greedy ou best-value, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Campaign created: %1.</source>
        <translation>Campagne créée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Demo campaign written to %1: %n candidate(s), %2 scores.</source>
        <translation>
            <numerusform>Campagne de démonstration écrite dans %1&#xa0;: %n candidat, %2 notes.</numerusform>
            <numerusform>Campagne de démonstration écrite dans %1&#xa0;: %n candidats, %2 notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>no command given; see %1 --help</source>
        <translation>aucune commande indiquée&#xa0;; voir %1 --help</translation>
    </message>
    <message>
        <source>the best-value selection is too large to be solved exactly; use --rule greedy</source>
        <translation>la sélection de meilleure valeur globale est trop grande pour être calculée exactement&#xa0;; utilisez --rule greedy</translation>
    </message>
</context>
<context>
    <name>DefaultSetup</name>
    <message>
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Viability of the business model</source>
        <translation>Viabilité du modèle économique</translation>
    </message>
    <message>
        <source>Jobs created (FTE) and local roots</source>
        <translation>Emplois créés (ETP) et ancrage local</translation>
    </message>
    <message>
        <source>Capacity to invest in the site</source>
        <translation>Capacité d&apos;investissement dans le site</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Integration and employment of people far from work</source>
        <translation>Insertion et emploi de publics éloignés de l&apos;emploi</translation>
    </message>
    <message>
        <source>Training and apprenticeship</source>
        <translation>Formation et apprentissage</translation>
    </message>
    <message>
        <source>Services to residents</source>
        <translation>Services rendus aux habitants</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Environnemental</translation>
    </message>
    <message>
        <source>Energy sobriety and low carbon</source>
        <translation>Sobriété énergétique et bas carbone</translation>
    </message>
    <message>
        <source>Reuse, recycling, bio-based materials</source>
        <translation>Réemploi, recyclage, matériaux biosourcés</translation>
    </message>
    <message>
        <source>Water management and biodiversity</source>
        <translation>Gestion de l&apos;eau et biodiversité</translation>
    </message>
    <message>
        <source>Democratic</source>
        <translation>Démocratique</translation>
    </message>
    <message>
        <source>Shared governance (cooperative status, membership)</source>
        <translation>Gouvernance partagée (statut coopératif, sociétariat)</translation>
    </message>
    <message>
        <source>Involvement of residents and users</source>
        <translation>Implication des habitants et des usagers</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Culturel</translation>
    </message>
    <message>
        <source>Contribution to the cultural life of the site</source>
        <translation>Contribution à la vie culturelle du site</translation>
    </message>
    <message>
        <source>Heritage and memory of the place</source>
        <translation>Patrimoine et mémoire du lieu</translation>
    </message>
    <message>
        <source>Openness to the public and events</source>
        <translation>Ouverture au public et événements</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Absent or not demonstrated</source>
        <translation>Absent ou non démontré</translation>
    </message>
    <message>
        <source>Satisfactory, to be consolidated</source>
        <translation>Satisfaisant, à consolider</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Solid, argued and verifiable</source>
        <translation>Solide, argumenté et vérifiable</translation>
    </message>
    <message>
        <source>Expert jury</source>
        <translation>Jury d&apos;experts</translation>
    </message>
    <message>
        <source>Citizen jury</source>
        <translation>Jury citoyen</translation>
    </message>
    <message>
        <source>Biowaste and agriculture</source>
        <translation>Biodéchets et agriculture</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériaux</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Food biowaste</source>
        <translation>Biodéchets alimentaires</translation>
    </message>
    <message>
        <source>Brewers&apos; spent grain</source>
        <translation>Drêches de brasserie</translation>
    </message>
    <message>
        <source>Pomace and pulp</source>
        <translation>Marc et pulpes</translation>
    </message>
    <message>
        <source>Compost</source>
        <translation>Compost</translation>
    </message>
    <message>
        <source>Manure</source>
        <translation>Fumier</translation>
    </message>
    <message>
        <source>Unsold food</source>
        <translation>Invendus alimentaires</translation>
    </message>
    <message>
        <source>Used cooking oil</source>
        <translation>Huiles alimentaires usagées</translation>
    </message>
    <message>
        <source>Wood offcuts</source>
        <translation>Chutes de bois</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>Palettes</translation>
    </message>
    <message>
        <source>Cardboard and packaging</source>
        <translation>Cartons et emballages</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>Métaux</translation>
    </message>
    <message>
        <source>Used textiles</source>
        <translation>Textiles usagés</translation>
    </message>
    <message>
        <source>Reused building materials</source>
        <translation>Matériaux de réemploi (BTP)</translation>
    </message>
    <message>
        <source>Sorted plastics</source>
        <translation>Plastiques triés</translation>
    </message>
    <message>
        <source>Glass</source>
        <translation>Verre</translation>
    </message>
    <message>
        <source>Waste heat</source>
        <translation>Chaleur fatale</translation>
    </message>
    <message>
        <source>Solar electricity</source>
        <translation>Électricité photovoltaïque</translation>
    </message>
    <message>
        <source>Biogas</source>
        <translation>Biogaz</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Rainwater</source>
        <translation>Eaux pluviales</translation>
    </message>
    <message>
        <source>Greywater</source>
        <translation>Eaux grises</translation>
    </message>
    <message>
        <source>Shared equipment (machines, tools)</source>
        <translation>Matériel partagé (machines, outillage)</translation>
    </message>
    <message>
        <source>Utility vehicles</source>
        <translation>Véhicules utilitaires</translation>
    </message>
    <message>
        <source>Cold rooms</source>
        <translation>Chambres froides</translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation>Salles de réunion</translation>
    </message>
    <message>
        <source>Shared kitchen</source>
        <translation>Cuisine partagée</translation>
    </message>
    <message>
        <source>Pooled deliveries</source>
        <translation>Livraisons mutualisées</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>Stockage partagé</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Pooled accounting</source>
        <translation>Comptabilité mutualisée</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>incomplete</source>
        <translation>notation incomplète</translation>
    </message>
    <message>
        <source>disagreement (%1)</source>
        <translation>désaccord (%1)</translation>
    </message>
    <message>
        <source>greedy by rank</source>
        <translation>au fil du classement</translation>
    </message>
    <message>
        <source>best value</source>
        <translation>meilleure valeur globale</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Note finale</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>tie broken by %1</source>
        <translation>ex æquo départagé par %1</translation>
    </message>
    <message>
        <source>Tie-break chain: %1</source>
        <translation>Ordre de départage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rentable surface: %1 m²; fill target: %2 %; capacity: %3 m²</source>
        <translation>Surface locative&#xa0;: %1&#xa0;m²&#xa0;; objectif de remplissage&#xa0;: %2&#xa0;%&#xa0;; capacité&#xa0;: %3&#xa0;m²</translation>
    </message>
    <message>
        <source>The best-value problem is too large to be solved exactly; no result.</source>
        <translation>Le problème de meilleure valeur globale est trop grand pour être résolu de façon exacte&#xa0;; aucun résultat.</translation>
    </message>
    <message>
        <source>Laureates (%1)</source>
        <translation>Lauréats (%1)</translation>
    </message>
    <message>
        <source> (forced in)</source>
        <translation> (retenu par dérogation)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Cumulative m²</source>
        <translation>Cumul m²</translation>
    </message>
    <message>
        <source>Fill %</source>
        <translation>Remplissage&#xa0;%</translation>
    </message>
    <message>
        <source>Total: %1 m², %2 % of the site (target %3 %)</source>
        <translation>Total&#xa0;: %1&#xa0;m², soit %2&#xa0;% du site (objectif&#xa0;: %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Not selected (%1)</source>
        <translation>Non retenus (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Waiting list (%1)</source>
        <translation>Liste d&apos;attente (%1)</translation>
    </message>
    <message>
        <source>Compared with greedy by rank:</source>
        <translation>Par rapport à la sélection au fil du classement&#xa0;:</translation>
    </message>
    <message>
        <source>  the same laureates.</source>
        <translation>  les mêmes lauréats.</translation>
    </message>
    <message>
        <source>  adds: %1</source>
        <translation>  ajoute&#xa0;: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>  drops: %1</source>
        <translation>  retire&#xa0;: %1</translation>
    </message>
    <message>
        <source>  total score %1 points, surface %2 m²</source>
        <translation>  écart de note totale&#xa0;: %1 points&#xa0;; écart de surface&#xa0;: %2&#xa0;m²</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Rentable surface</source>
        <translation>Surface locative</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1&#xa0;m²</translation>
    </message>
    <message>
        <source>Fill target</source>
        <translation>Objectif de remplissage</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Pillars / criteria</source>
        <translation>Piliers / critères</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>%1 (received %2, eligible %3, ineligible %4, withdrawn %5)</source>
        <translation>%1 (reçus&#xa0;: %2, éligibles&#xa0;: %3, non éligibles&#xa0;: %4, retirés&#xa0;: %5)</translation>
    </message>
    <message>
        <source>Surface requested</source>
        <translation>Surface demandée</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 (%2 ignored: conflict of interest or unknown juror, candidate or criterion)</source>
        <translation>%1 (%2 ignorées&#xa0;: conflit d&apos;intérêts, ou juré, candidat ou critère inconnu)</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>%1 of %2 candidates scored at quorum by every jury (%3 %)</source>
        <translation>%1 candidats sur %2 notés au quorum par chaque jury (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Selectable</source>
        <translation>Sélectionnables</translation>
    </message>
    <message>
        <source>Does not fit: %1 m² requested, %2 m² left</source>
        <translation>Ne tient pas&#xa0;: %1&#xa0;m² demandés, %2&#xa0;m² restants</translation>
    </message>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n juré</numerusform>
            <numerusform>%n jurés</numerusform>
        </translation>
    </message>
    <message>
        <source>quorum %1</source>
        <translation>quorum %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) at quorum</source>
        <translation>
            <numerusform>%n candidat au quorum</numerusform>
            <numerusform>%n candidats au quorum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Declared ineligible</source>
        <translation>Déclaré non éligible</translation>
    </message>
    <message>
        <source>Declared ineligible: %1</source>
        <translation>Déclaré non éligible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>Candidature retirée</translation>
    </message>
    <message>
        <source>%1 pillar at %2, under its eliminatory threshold of %3</source>
        <translation>Pilier %1 à %2, sous son seuil éliminatoire de %3</translation>
    </message>
    <message>
        <source>%1: jurors&apos; totals spread by %2 points (SD)</source>
        <translation>%1&#xa0;: totaux des jurés dispersés de %2 points (écart-type)</translation>
    </message>
    <message>
        <source>juries %1 points apart</source>
        <translation>%1 points d&apos;écart entre les jurys</translation>
    </message>
</context>
<context>
    <name>Selector</name>
    <message>
        <source>Forced out by the jury</source>
        <translation>Écarté par dérogation du jury</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Incomplete: a jury has not reached quorum</source>
        <translation>Notation incomplète&#xa0;: un jury n&apos;a pas atteint le quorum</translation>
    </message>
    <message>
        <source>Does not fit the remaining capacity</source>
        <translation>Ne tient pas dans la capacité restante</translation>
    </message>
    <message>
        <source>Forced in, but does not fit the remaining capacity</source>
        <translation>Retenu par dérogation, mais ne tient pas dans la capacité restante</translation>
    </message>
    <message>
        <source>Not in the best-value set</source>
        <translation>Hors de la combinaison de meilleure valeur globale</translation>
    </message>
</context>
<context>
    <name>Siret</name>
    <message>
        <source>The SIRET is empty.</source>
        <translation>Le SIRET est vide.</translation>
    </message>
    <message>
        <source>A SIRET has exactly 14 digits.</source>
        <translation>Un SIRET comporte exactement 14 chiffres.</translation>
    </message>
    <message>
        <source>This SIRET fails the checksum: a digit is probably mistyped.</source>
        <translation>Ce SIRET ne passe pas le contrôle de la clé&#xa0;: un chiffre a probablement été mal saisi.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Campaign file to open.</source>
        <translation>Fichier de campagne à ouvrir.</translation>
    </message>
    <message>
        <source>Cannot open the campaign</source>
        <translation>Impossible d’ouvrir la campagne</translation>
    </message>
</context>
<context>
    <name>palmares::MainWindow</name>
    <message>
        <source>Palmarès</source>
        <translation>Palmarès</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>New &amp;demo campaign…</source>
        <translation>Nouvelle campagne de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open a campaign file (*.ami) or create the demo campaign.</source>
        <translation>Ouvrez un fichier de campagne (*.ami) ou créez la campagne de démonstration.</translation>
    </message>
    <message>
        <source>%1 — Palmarès</source>
        <translation>%1 — Palmarès</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot open the campaign</source>
        <translation>Impossible d’ouvrir la campagne</translation>
    </message>
    <message>
        <source>Open a campaign</source>
        <translation>Ouvrir une campagne</translation>
    </message>
    <message>
        <source>Palmarès campaigns (*.ami);;All files (*)</source>
        <translation>Campagnes Palmarès (*.ami);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New demo campaign</source>
        <translation>Nouvelle campagne de démonstration</translation>
    </message>
    <message>
        <source>demo.ami</source>
        <translation>demonstration.ami</translation>
    </message>
    <message>
        <source>Palmarès campaigns (*.ami)</source>
        <translation>Campagnes Palmarès (*.ami)</translation>
    </message>
    <message>
        <source>Cannot create the demo campaign</source>
        <translation>Impossible de créer la campagne de démonstration</translation>
    </message>
</context>
<context>
    <name>palmares::RankingModel</name>
    <message>
        <source>Laureate (forced in)</source>
        <translation>Lauréat (par dérogation)</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Waiting list no. %1</source>
        <translation>Liste d’attente n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Désaccord&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Note finale</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>palmares::RankingPage</name>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Site fill</source>
        <translation>Remplissage du site</translation>
    </message>
    <message>
        <source>Site fill: %1 % (target %2 %)</source>
        <translation>Remplissage du site&#xa0;: %1&#xa0;% (objectif %2&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 laureates out of %2 candidates, %3 m² of %4 m² rentable (capacity %5 m²); waiting list: %6.</source>
        <translation>%1 lauréats sur %2 candidats, %3&#xa0;m² sur %4&#xa0;m² louables (capacité %5&#xa0;m²)&#xa0;; liste d’attente&#xa0;: %6.</translation>
    </message>
</context>
</TS>
