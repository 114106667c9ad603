<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApplicationFile</name>
    <message>
        <source>application</source>
        <extracomment>The start of the file name of a candidate&apos;s application: « dossier-07-… .pdf ».</extracomment>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Application no. %1, received on %2</source>
        <translation>Candidature n°&#xa0;%1, reçue le %2</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Activity (NAF)</source>
        <translation>Activité (NAF)</translation>
    </message>
    <message>
        <source>Social and solidarity economy</source>
        <translation>Économie sociale et solidaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Surface requested</source>
        <translation>Surface demandée</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Usage souhaité</translation>
    </message>
    <message>
        <source>Jobs (FTE)</source>
        <translation>Emplois (ETP)</translation>
    </message>
    <message>
        <source>Wanted start</source>
        <translation>Démarrage souhaité</translation>
    </message>
    <message>
        <source>Application of %1</source>
        <translation>Candidature de %1</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n candidate(s), %1 score(s)</source>
        <translation>
            <numerusform>%n candidat, notes&#xa0;: %1</numerusform>
            <numerusform>%n candidats, notes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the open campaign itself.</source>
        <translation>%1 est la campagne actuellement ouverte.</translation>
    </message>
    <message>
        <source>The change cannot be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachment %1 cannot be read: %2</source>
        <translation>Impossible de lire la pièce jointe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not in the campaign</source>
        <translation>elle ne figure pas dans la campagne</translation>
    </message>
    <message>
        <source>A score cannot be removed: %1</source>
        <translation>Impossible de supprimer une note&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 carries the mark of a Palmarès campaign but holds none (no tables).</source>
        <translation>%1 porte la marque d&apos;une campagne Palmarès mais n&apos;en contient aucune (pas de tables).</translation>
    </message>
    <message>
        <source>%1 is open for reading only.</source>
        <translation>%1 est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 was left half-written by a program that stopped (its journal %2 is beside it): open it for writing once, in Palmarès, to finish the repair.</source>
        <translation>%1 a été laissé à moitié écrit par un programme qui s&apos;est arrêté (son journal %2 est à côté)&#xa0;: ouvrez-le une fois en écriture, dans Palmarès, pour achever sa réparation.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that has it open (a database tool, a backup…): nothing was saved. Close that program, then try again.</source>
        <translation>%1 est verrouillé par un autre programme qui l&apos;a ouvert (un outil de base de données, une sauvegarde…)&#xa0;: rien n&apos;a été enregistré. Fermez ce programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The journal of %1 cannot be read: %2</source>
        <translation>Impossible de lire le journal de %1&#xa0;: %2</translation>
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
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one word: a code has no spaces</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un seul mot&#xa0;: un code ne contient pas d’espace</translation>
    </message>
    <message>
        <source>a text without control characters is required</source>
        <translation>un texte sans caractère de contrôle est requis</translation>
    </message>
    <message>
        <source>the maximum must be above the minimum, and the step no wider than the scale</source>
        <translation>le maximum doit dépasser le minimum, et le pas ne pas dépasser l&apos;étendue de l&apos;échelle</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A pillar profile needs at least three pillars.</source>
        <translation>Le profil par pilier nécessite au moins trois piliers.</translation>
    </message>
    <message>
        <source>Pillar scores out of 100, per jury</source>
        <translation>Notes par pilier sur 100, par jury</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fill of the site after each laureate, in percent of the rentable surface</source>
        <translation>Remplissage du site après chaque lauréat, en pourcentage de la surface locative</translation>
    </message>
    <message>
        <source>Fill after the laureate</source>
        <translation>Remplissage après le lauréat</translation>
    </message>
    <message>
        <source>Laureates in the order they were placed</source>
        <translation>Lauréats, dans l’ordre où ils ont été retenus</translation>
    </message>
    <message>
        <source>% of the site</source>
        <translation>% du site</translation>
    </message>
    <message>
        <source>Fill target</source>
        <translation>Objectif de remplissage</translation>
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
        <source>Saves the campaign&apos;s set-up (site, buildings, fill target, pillars, criteria, weights, rubric, thresholds, juries and rules), without candidates, jurors or scores.</source>
        <translation>Enregistre la configuration de la campagne (site, bâtiments, objectif de remplissage, piliers, critères, pondérations, barème, seuils, jurys et règles), sans les candidats, les jurés ni les notes.</translation>
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
        <translation>Règle de sélection&#xa0;: greedy (au fil du classement) ou best-value (meilleure valeur, calcul exact du sac à dos)&#xa0;; par défaut&#xa0;: la règle de la campagne.</translation>
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
        <translation>la sélection à la meilleure valeur est trop volumineuse pour être calculée exactement&#xa0;; utilisez --rule greedy</translation>
    </message>
    <message>
        <source>What the file holds: candidates, jurors, conflicts, buildings or scores.</source>
        <translation>Contenu du fichier&#xa0;: candidates (candidats), jurors (jurés), conflicts (conflits d&apos;intérêts), buildings (bâtiments) ou scores (notes).</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>Feuille du classeur à lire (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>Which column holds which field, as JSON {&quot;field&quot;: &quot;header&quot; or column number}; default: the mapping this campaign remembers, then the headers&apos; names.</source>
        <translation>Colonne contenant chaque champ, en JSON {&quot;champ&quot;: &quot;en-tête&quot; ou numéro de colonne}&#xa0;; par défaut&#xa0;: la correspondance mémorisée par cette campagne, puis les noms des en-têtes.</translation>
    </message>
    <message>
        <source>Check every row and report, write nothing.</source>
        <translation>Vérifier chaque ligne et produire le rapport, sans rien écrire.</translation>
    </message>
    <message>
        <source>A row matching a record already there (same SIRET, e-mail, name or score): skip (default) or update.</source>
        <translation>Ligne correspondant à un enregistrement déjà présent (même SIRET, courriel, nom ou note)&#xa0;: skip pour l&apos;ignorer (par défaut) ou update pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected.</source>
        <translation>Ne rien importer si une ligne est rejetée.</translation>
    </message>
    <message>
        <source>Save the problems found as CSV.</source>
        <translation>Enregistrer les problèmes relevés au format CSV.</translation>
    </message>
    <message>
        <source>Imports the rows of SOURCE (CSV with ; , or tab, UTF-8 or Windows-1252; XLSX; ODS) into the campaign FILE. Every row is checked first; the valid rows are written in one transaction, with an audit entry naming SOURCE and its SHA-256. The exit status is 1 when a row was rejected.</source>
        <translation>Importe les lignes de SOURCE (CSV séparé par «&#xa0;;&#xa0;», «&#xa0;,&#xa0;» ou une tabulation, en UTF-8 ou Windows-1252&#xa0;; XLSX&#xa0;; ODS) dans la campagne FILE. Chaque ligne est d&apos;abord vérifiée&#xa0;; les lignes valides sont écrites en une seule transaction, avec une entrée du journal d&apos;audit indiquant SOURCE et son empreinte SHA-256. Le code de sortie vaut 1 si une ligne a été rejetée.</translation>
    </message>
    <message>
        <source>--kind expects candidates, jurors, conflicts, buildings or scores, not &quot;%1&quot;.</source>
        <translation>--kind attend candidates, jurors, conflicts, buildings ou scores, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--on-duplicate expects skip or update, not &quot;%1&quot;.</source>
        <translation>--on-duplicate attend skip ou update, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>no column found for: %1. The columns of %2 are: %3. Give a --mapping file.</source>
        <translation>aucune colonne trouvée pour&#xa0;: %1. Les colonnes de %2 sont&#xa0;: %3. Indiquez un fichier --mapping.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, feuille %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot;: %4</source>
        <translation>ligne %1, %2 «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne lue</numerusform>
            <numerusform>%1&#xa0;: %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already there)</source>
        <translation>
            <numerusform>%n ignorée (déjà présente)</numerusform>
            <numerusform>%n ignorées (déjà présentes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: --strict and %n row(s) rejected.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: --strict et %n ligne rejetée.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: --strict et %n lignes rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Importé dans %1.</translation>
    </message>
    <message>
        <source>For scores: one column per criterion of this campaign (wide form).</source>
        <translation>Pour les notes&#xa0;: une colonne par critère de cette campagne (format large).</translation>
    </message>
    <message>
        <source>Writes an empty spreadsheet with the French headers an import of that kind expects.</source>
        <translation>Enregistre un tableur vide avec les en-têtes en français attendus pour ce type d&apos;import.</translation>
    </message>
    <message>
        <source>%1; %2, %3, %4, %5.</source>
        <extracomment>The counts of an import: rows read in the file; new, updated, skipped, rejected.</extracomment>
        <translation>%1&#xa0;; %2, %3, %4, %5.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why the campaign goes back a step (kept in its journal).</source>
        <translation>Pourquoi la campagne revient d&apos;une étape (gardé dans son journal).</translation>
    </message>
    <message>
        <source>Moves the campaign to another status: forward any number of steps, or one step back with a reason (docs/lifecycle.md).</source>
        <translation>Fait passer la campagne à un autre statut&#xa0;: en avant d&apos;autant d&apos;étapes que voulu, ou d&apos;une étape en arrière avec une raison (docs/lifecycle.md).</translation>
    </message>
    <message>
        <source>STATUS expects draft, open, scoring, deliberation or closed, not &quot;%1&quot;.</source>
        <translation>STATUS attend draft, open, scoring, deliberation ou closed, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1&#xa0;: %2 → %3.</translation>
    </message>
    <message>
        <source>Prints the campaign&apos;s journal, oldest first: every change saved, when, by whom, what it touched, the candidate and the juror it concerns.</source>
        <translation>Affiche le journal de la campagne, de la plus ancienne entrée à la plus récente&#xa0;: chaque modification enregistrée, quand, par qui, ce qu&apos;elle touche, le candidat et le juré concernés.</translation>
    </message>
    <message>
        <source>The language of the campaign&apos;s juries, pillars and criteria: fr (default) or en.</source>
        <translation>La langue des jurys, piliers et critères de la campagne&#xa0;: fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>--language expects fr or en, not &quot;%1&quot;.</source>
        <translation>--language attend fr ou en, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>expected at least %n argument(s), got %1; usage: %2 %3</source>
        <translation>
            <numerusform>au moins %n argument attendu, %1 fourni(s)&#xa0;; utilisation&#xa0;: %2 %3</numerusform>
            <numerusform>au moins %n arguments attendus, %1 fourni(s)&#xa0;; utilisation&#xa0;: %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the jurors of this jury (its code).</source>
        <translation>Seulement les jurés de ce jury (son code).</translation>
    </message>
    <message>
        <source>Only this juror (their number); may be repeated.</source>
        <translation>Seulement ce juré (son numéro)&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>Writes into OUTDIR one encrypted package per juror (docs/juror-package.md), holding the candidates assigned to them, with their applications, and the scores already received. A juror exported before keeps their passphrase.</source>
        <translation>Écrit dans OUTDIR un dossier chiffré par juré (docs/juror-package.md), avec les candidats qui lui sont attribués, leurs candidatures et les notes déjà reçues, et dans OUTDIR/lettres la lettre de chacun avec sa phrase secrète. Un juré déjà exporté garde sa phrase secrète.</translation>
    </message>
    <message>
        <source>--jury: this campaign has no jury &quot;%1&quot;.</source>
        <translation>--jury&#xa0;: cette campagne n’a pas de jury « %1 ».</translation>
    </message>
    <message>
        <source>--juror: this campaign has no juror number &quot;%1&quot;.</source>
        <translation>--juror&#xa0;: cette campagne n’a pas de juré numéro « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n candidat</numerusform>
            <numerusform>%1&#xa0;: %n candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written into %1.</source>
        <translation>
            <numerusform>%n dossier écrit dans %1.</numerusform>
            <numerusform>%n dossiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passphrase letter(s) written into %1: print them and hand them over apart from the packages.</source>
        <translation>
            <numerusform>%n lettre de phrase secrète écrite dans %1&#xa0;: imprimez-la et remettez-la à part du dossier.</numerusform>
            <numerusform>%n lettres de phrase secrète écrites dans %1&#xa0;: imprimez-les et remettez-les à part des dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why scores change in deliberation (kept in the journal).</source>
        <translation>Pourquoi des notes changent en délibération (conservé dans le journal).</translation>
    </message>
    <message>
        <source>Takes in the packages jurors sent back, each checked first (its campaign, its juror, its seal) and imported in one transaction with a journal entry. A file imported already changes nothing. A score changed both by the juror and in the campaign since the export is not taken: it is listed as a conflict to settle. The exit status is 1 when a file was refused.</source>
        <translation>Reprend les dossiers renvoyés par les jurés, chacun vérifié d’abord (sa campagne, son juré, son sceau) puis importé en une seule transaction avec une entrée au journal. Un fichier déjà importé ne change rien. Une note modifiée à la fois par le juré et dans la campagne depuis l’export n’est pas reprise&#xa0;: elle est listée comme un conflit à trancher. Le code de sortie vaut 1 quand un fichier a été refusé.</translation>
    </message>
    <message>
        <source>%1: imported already, nothing changes.</source>
        <translation>%1&#xa0;: déjà importé, rien ne change.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>No juror is chosen.</source>
        <translation>Aucun juré n’est choisi.</translation>
    </message>
    <message>
        <source>Writes into OUTDIR each juror&apos;s blank score sheets (PDF): a page per candidate assigned to them, a row per criterion with its rubric and a box for the value, to score on paper.</source>
        <translation>Écrit dans OUTDIR les grilles de notation vierges de chaque juré (PDF)&#xa0;: une page par candidat qui lui est attribué, une ligne par critère avec son barème et une case pour la note, pour noter sur papier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message numerus="yes">
        <source>Score sheets of %n juror(s) written into %1.</source>
        <translation>
            <numerusform>Grilles de notation de %n juré écrites dans %1.</numerusform>
            <numerusform>Grilles de notation de %n jurés écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fingerprint to check (64 hexadecimal digits).</source>
        <translation>L’empreinte à vérifier (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Without --fingerprint, prints the fingerprint of the campaign&apos;s result: SHA-256 over its rules, site, pillars, criteria, juries, jurors, candidates, conflicts, scores and decisions (docs/fingerprint.md), and the digest of each. With it, says whether the campaign still gives the result of that fingerprint; the exit status is 1 when it does not.</source>
        <translation>Sans --fingerprint, affiche l’empreinte du résultat de la campagne&#xa0;: SHA-256 de ses règles, de son site, de ses piliers, critères, jurys, jurés, candidats, conflits, notes et décisions (docs/fingerprint.md), et le condensé de chacun. Avec, dit si la campagne donne toujours le résultat de cette empreinte&#xa0;; le code de sortie est 1 si ce n’est plus le cas.</translation>
    </message>
    <message>
        <source>--fingerprint expects 64 hexadecimal digits, not &quot;%1&quot;.</source>
        <translation>--fingerprint attend 64 chiffres hexadécimaux, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 gives the result of that fingerprint.</source>
        <translation>%1 donne le résultat de cette empreinte.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options] ARGUMENTS
Scores, ranks and selects the candidates of a call for expressions of interest (AMI).

Commands:
  new FILE [--template T.json]   create an empty campaign (or one set up from a template)
  export-template FILE OUT.json  save the campaign&apos;s set-up, without candidates or scores
  demo FILE [--seed N] [--language fr|en]
                                 create a realistic demo campaign (in French by default)
  info FILE                      counts, capacity and completeness
  journal FILE                   every change saved: when, who, what, which candidate or juror
  rank FILE                      the ranking, with every score and flag
  select FILE [--rule R]         laureates, skipped candidates, waiting list and fill
  import FILE --kind K SOURCE    import candidates, jurors, conflicts, buildings or scores
                                 from a CSV, XLSX or ODS file, every row checked first
  template --kind K OUT          an empty CSV or XLSX file with the headers an import expects
  status FILE STATUS [--reason R] move the campaign to draft, open, scoring, deliberation or
                                 closed (one step back needs a reason)
  export-packages FILE OUTDIR [--jury CODE] [--juror ID...]
                                 one encrypted package per juror, to score offline, and its
                                 passphrase letter
  score-sheets FILE OUTDIR [--jury CODE] [--juror ID...]
                                 blank score sheets per juror, to score on paper (PDF)
  import-returns FILE RETURN...  take in the packages jurors sent back
  report FILE --out X.pdf|X.odt|X.xlsx|X.csv [--minutes] [--public]
                                 the ranked laureate report or the minutes (PDF, ODT),
                                 or the ranking and every score as a spreadsheet
  verify FILE [--fingerprint HEX] the fingerprint of the campaign&apos;s result, or whether
                                 the campaign still gives the result of that fingerprint

&quot;%1 COMMAND --help&quot; describes a command&apos;s options.
</source>
        <translation>Utilisation&#xa0;: %1 COMMAND [options] ARGUMENTS
Note, classe et sélectionne les candidats d’un appel à manifestation d’intérêt (AMI).

Commandes&#xa0;:
  new FILE [--template T.json]   crée une campagne vide (ou configurée à partir d’un modèle)
  export-template FILE OUT.json  enregistre la configuration de la campagne, sans candidats ni notes
  demo FILE [--seed N] [--language fr|en]
                                 crée une campagne de démonstration réaliste (en français par défaut)
  info FILE                      effectifs, capacité et complétude
  journal FILE                   chaque modification&#xa0;: quand, qui, quoi, quel candidat ou juré
  rank FILE                      le classement, avec chaque note et chaque alerte
  select FILE [--rule R]         lauréats, candidats non retenus, liste d’attente et remplissage
  import FILE --kind K SOURCE    importe des candidats, jurés, conflits, bâtiments ou notes
                                 depuis un fichier CSV, XLSX ou ODS, chaque ligne vérifiée d’abord
  template --kind K OUT          un fichier CSV ou XLSX vide, avec les en-têtes qu’attend un import
  status FILE STATUS [--reason R] passe la campagne au statut draft, open, scoring, deliberation ou
                                 closed (revenir d’une étape en arrière demande une raison)
  export-packages FILE OUTDIR [--jury CODE] [--juror ID...]
                                 un dossier chiffré par juré, pour noter hors ligne, et sa lettre
                                 de phrase secrète
  score-sheets FILE OUTDIR [--jury CODE] [--juror ID...]
                                 grilles de notation vierges par juré, pour noter sur papier (PDF)
  import-returns FILE RETURN...  reprend les dossiers renvoyés par les jurés
  report FILE --out X.pdf|X.odt|X.xlsx|X.csv [--minutes] [--public]
                                 le rapport des lauréats ou le procès-verbal (PDF, ODT),
                                 ou le classement et toutes les notes dans un tableur
  verify FILE [--fingerprint HEX] l’empreinte du résultat de la campagne, ou si la campagne
                                 donne toujours le résultat de cette empreinte

«&#xa0;%1 COMMAND --help&#xa0;» décrit les options d’une commande.
</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .xlsx or .csv.</source>
        <translation>Le fichier à écrire&#xa0;: .pdf, .odt, .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>The minutes of the deliberation instead of the laureate report (.pdf or .odt).</source>
        <translation>Le procès-verbal de la délibération au lieu du rapport des lauréats (.pdf ou .odt).</translation>
    </message>
    <message>
        <source>The public version: no juror&apos;s name next to a score, no comment, no personal data of the candidates not selected.</source>
        <translation>La version publique&#xa0;: aucun nom de juré à côté d’une note, aucun commentaire, aucune donnée personnelle des candidats non retenus.</translation>
    </message>
    <message>
        <source>Writes the campaign&apos;s results. As .pdf or .odt: the ranked laureate report (cover, summary, method, ranking, one sheet per laureate, those not selected and why, site fill, fingerprint), or with --minutes the minutes of the deliberation. As a spreadsheet: the ranking (every score, the fill and the outcome of each candidate) and every score with its juror, comment, origin and time; a .xlsx workbook holds both, a .csv file holds the ranking and the scores go beside it (X-scores.csv).</source>
        <translation>Écrit les résultats de la campagne. Au format .pdf ou .odt&#xa0;: le rapport des lauréats (couverture, synthèse, méthode, classement, une fiche par lauréat, candidats non retenus et motifs, remplissage du site, empreinte) ou, avec --minutes, le procès-verbal de la délibération. Au format tableur&#xa0;: le classement (toutes les notes, le remplissage et le résultat de chaque candidat) et chaque note avec son juré, son commentaire, son origine et son heure&#xa0;; un classeur .xlsx contient les deux, un fichier .csv contient le classement et les notes sont écrites à côté (X-scores.csv).</translation>
    </message>
    <message>
        <source>report needs --out FILE (.pdf, .odt, .xlsx or .csv).</source>
        <translation>report nécessite --out FILE (.pdf, .odt, .xlsx ou .csv).</translation>
    </message>
    <message>
        <source>--out expects a .pdf, .odt, .xlsx or .csv file, not &quot;%1&quot;.</source>
        <translation>--out attend un fichier .pdf, .odt, .xlsx ou .csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--minutes are written as .pdf or .odt, not &quot;%1&quot;.</source>
        <translation>le procès-verbal (--minutes) s’écrit au format .pdf ou .odt, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>this palmares-cli writes no PDF or ODT document.</source>
        <translation>ce palmares-cli n’écrit aucun document PDF ou ODT.</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>il n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>warning: %1 is written, but %2 does not record it (%3): verify will not be able to say which table changed since.</source>
        <translation>attention&#xa0;: %1 est écrit, mais %2 ne l’enregistre pas (%3)&#xa0;: verify ne pourra pas dire quelle table a changé depuis.</translation>
    </message>
    <message>
        <source>Reports issued:</source>
        <translation>Documents émis&#xa0;:</translation>
    </message>
    <message>
        <source>%1 no longer gives the result of that fingerprint: its fingerprint is %2. No report it recorded carries that fingerprint, so which table changed cannot be said; compare the digests printed with the report to those of palmares-cli verify %1.</source>
        <translation>%1 ne donne plus le résultat de cette empreinte&#xa0;: son empreinte est %2. Aucun document qu’il a enregistré ne porte cette empreinte, on ne peut donc pas dire quelle table a changé&#xa0;; comparez les condensés imprimés avec le rapport à ceux de palmares-cli verify %1.</translation>
    </message>
    <message>
        <source>%1 no longer gives the result of that fingerprint, printed on the %2: %3. Its fingerprint is now %4.</source>
        <translation>%1 ne donne plus le résultat de cette empreinte, imprimée sur le %2&#xa0;: %3. Son empreinte est désormais %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it could not be opened for writing</source>
        <translation>il n’a pas pu être ouvert en écriture</translation>
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
    <name>Documents</name>
    <message>
        <source>Ranked laureate report — %1</source>
        <translation>Rapport des lauréats — %1</translation>
    </message>
    <message>
        <source>Minutes of the deliberation — %1</source>
        <translation>Procès-verbal de la délibération — %1</translation>
    </message>
    <message>
        <source>Ranked laureate report</source>
        <translation>Rapport des lauréats</translation>
    </message>
    <message>
        <source>Minutes of the deliberation</source>
        <translation>Procès-verbal de la délibération</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The foot of each page of a report: its number and how many there are.</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the document could not be laid out</source>
        <translation>la mise en page du document a échoué</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>This candidate is no longer in the campaign.</source>
        <translation>Ce candidat ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>A candidate forced in or out needs a written justification.</source>
        <translation>Un candidat retenu ou écarté d’office doit faire l’objet d’une justification écrite.</translation>
    </message>
    <message>
        <source>Decision on “%1”: %2</source>
        <translation>Décision sur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attach %1 to “%2”</source>
        <translation>Joindre %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Retirer la pièce jointe %1</translation>
    </message>
    <message>
        <source>This attachment is no longer in the campaign.</source>
        <translation>Cette pièce jointe ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (shown as a symbol such as ␛ or ␀), which is not text: remove it.</source>
        <translation>«&#xa0;%1&#xa0;» contient un caractère de contrôle (montré par un symbole comme ␛ ou ␀), qui n&apos;est pas du texte&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>New candidate %1</source>
        <translation>Nouveau candidat %1</translation>
    </message>
    <message>
        <source>Register candidate no. %1</source>
        <translation>Enregistrer le candidat n°&#xa0;%1</translation>
    </message>
    <message>
        <source>A candidate needs a name.</source>
        <translation>Un candidat doit avoir un nom.</translation>
    </message>
    <message>
        <source>Candidate no. %1 (%2) already has this SIRET.</source>
        <translation>Le candidat n°&#xa0;%1 (%2) a déjà ce SIRET.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>A requested surface is a number of m², from 0 to %1.</source>
        <translation>Une surface demandée est un nombre de m², de 0 à %1.</translation>
    </message>
    <message>
        <source>Jobs created are a number of full-time equivalents, from 0 to %1.</source>
        <translation>Les emplois créés sont un nombre d&apos;équivalents temps plein, de 0 à %1.</translation>
    </message>
    <message>
        <source>“%1” is not a use of the site.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un usage du site.</translation>
    </message>
    <message>
        <source>This building is no longer on the site.</source>
        <translation>Ce bâtiment ne fait plus partie du site.</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>Modifier «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message>
        <source>Remove candidate “%1”</source>
        <translation>Supprimer le candidat «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This juror or this candidate is no longer in the campaign.</source>
        <translation>Ce juré ou ce candidat ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>Declare a conflict of interest: %1 – %2</source>
        <translation>Déclarer un conflit d’intérêts&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>Withdraw a conflict of interest: %1 – %2</source>
        <translation>Retirer un conflit d’intérêts&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>%1 is outside the scale of the %2: from %3 to %4.</source>
        <translation>%1 est hors de l’échelle de notation (%2)&#xa0;: de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 is not on the scale of the %2: from %3 to %4 in steps of %5.</source>
        <translation>%1 ne figure pas sur l’échelle de notation (%2)&#xa0;: de %3 à %4 par pas de %5.</translation>
    </message>
    <message>
        <source>This juror, candidate or criterion is no longer in the campaign.</source>
        <translation>Ce juré, ce candidat ou ce critère ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>This juror has a conflict of interest with %1: no score.</source>
        <translation>Ce juré est en conflit d’intérêts avec %1&#xa0;: pas de note.</translation>
    </message>
    <message>
        <source>Clear score of %1, %2</source>
        <translation>Effacer la note de %1, %2</translation>
    </message>
    <message>
        <source>Score %1 for %2, %3</source>
        <translation>Note %1 pour %2, %3</translation>
    </message>
    <message>
        <source>Enter a score before its comment.</source>
        <translation>Saisissez la note avant son commentaire.</translation>
    </message>
    <message>
        <source>Comment on %1, %2</source>
        <translation>Commentaire sur %1, %2</translation>
    </message>
    <message>
        <source>A weight is a number from 0 to %1.</source>
        <translation>Un poids est un nombre de 0 à %1.</translation>
    </message>
    <message>
        <source>A code is one word, without spaces.</source>
        <translation>Un code est un seul mot, sans espace.</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>Bâtiment %1</translation>
    </message>
    <message>
        <source>Add building “%1”</source>
        <translation>Ajouter le bâtiment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A building needs a name.</source>
        <translation>Un bâtiment doit avoir un nom.</translation>
    </message>
    <message>
        <source>The surface of a building is a number of m², from 0 to %1.</source>
        <translation>La surface d&apos;un bâtiment est un nombre de m², de 0 à %1.</translation>
    </message>
    <message>
        <source>Edit building “%1”</source>
        <translation>Modifier le bâtiment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove building “%1”</source>
        <translation>Supprimer le bâtiment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pillar %1</source>
        <translation>Pilier %1</translation>
    </message>
    <message>
        <source>Add pillar “%1”</source>
        <translation>Ajouter le pilier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This pillar is no longer in the campaign.</source>
        <translation>Ce pilier ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>A pillar needs a name.</source>
        <translation>Un pilier doit avoir un nom.</translation>
    </message>
    <message>
        <source>A pillar&apos;s code must be given and differ from the other pillars&apos; codes.</source>
        <translation>Le code d’un pilier est obligatoire et doit être différent de celui des autres piliers.</translation>
    </message>
    <message>
        <source>An eliminatory threshold is a score out of 100, from 0 to 100, or empty for none.</source>
        <translation>Un seuil éliminatoire est une note sur 100, de 0 à 100, ou reste vide s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Edit pillar “%1”</source>
        <translation>Modifier le pilier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove pillar “%1”</source>
        <translation>Supprimer le pilier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move pillar “%1”</source>
        <translation>Déplacer le pilier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Add criterion “%1” to “%2”</source>
        <translation>Ajouter le critère «&#xa0;%1&#xa0;» au pilier «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>This criterion is no longer in the campaign.</source>
        <translation>Ce critère ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Add a rubric level to “%1”</source>
        <translation>Ajouter un niveau au barème de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This rubric level is no longer in the campaign.</source>
        <translation>Ce niveau de grille ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>Remove a rubric level from “%1”</source>
        <translation>Supprimer un niveau du barème de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the rubric of “%1”</source>
        <translation>Modifier le barème de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>A criterion&apos;s code must be given and differ from the other criteria&apos;s codes.</source>
        <translation>Le code d’un critère est obligatoire et doit être différent de celui des autres critères.</translation>
    </message>
    <message>
        <source>A rubric level needs a label.</source>
        <translation>Un niveau du barème doit avoir un libellé.</translation>
    </message>
    <message>
        <source>Edit criterion “%1”</source>
        <translation>Modifier le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Supprimer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move criterion “%1”</source>
        <translation>Déplacer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Jury %1</source>
        <translation>Jury %1</translation>
    </message>
    <message>
        <source>Add jury “%1”</source>
        <translation>Ajouter le jury «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This jury is no longer in the campaign.</source>
        <translation>Ce jury ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>A jury needs a name.</source>
        <translation>Un jury doit avoir un nom.</translation>
    </message>
    <message>
        <source>A jury&apos;s code must be given and differ from the other juries&apos; codes.</source>
        <translation>Le code d’un jury est obligatoire et doit être différent de celui des autres jurys.</translation>
    </message>
    <message>
        <source>A scale goes from a minimum to a larger maximum (within %1 of zero), by a step of zero (any value) up to the width of the scale.</source>
        <translation>Une échelle va d&apos;un minimum à un maximum plus grand (entre -%1 et %1), avec un pas compris entre zéro (toute valeur admise) et l&apos;étendue de l&apos;échelle.</translation>
    </message>
    <message>
        <source>A quorum is a whole number of jurors, from %1 to %2.</source>
        <translation>Un quorum est un nombre entier de jurés, de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already given by this jury would fall off a scale from %1 to %2 by %3. Correct them first.</source>
        <translation>
            <numerusform>%n note déjà attribuée par ce jury ne figurerait plus sur une échelle de %1 à %2 par pas de %3. Corrigez-la d’abord.</numerusform>
            <numerusform>%n notes déjà attribuées par ce jury ne figureraient plus sur une échelle de %1 à %2 par pas de %3. Corrigez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit jury “%1”</source>
        <translation>Modifier le jury «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove jury “%1”</source>
        <translation>Supprimer le jury «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Juror %1</source>
        <translation>Juré %1</translation>
    </message>
    <message>
        <source>Add juror “%1”</source>
        <translation>Ajouter le juré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This juror is no longer in the campaign.</source>
        <translation>Ce juré ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>A juror needs a name.</source>
        <translation>Un juré doit avoir un nom.</translation>
    </message>
    <message>
        <source>Edit juror “%1”</source>
        <translation>Modifier le juré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove juror “%1”</source>
        <translation>Supprimer le juré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The fill target is a percentage, from 0 to 100.</source>
        <translation>L&apos;objectif de remplissage est un pourcentage, de 0 à 100.</translation>
    </message>
    <message>
        <source>The rentable surface is a number of m², from 0 to %1.</source>
        <translation>La surface louable est un nombre de m², de 0 à %1.</translation>
    </message>
    <message>
        <source>A disagreement alert is a number of points out of 100, from 0 to 100.</source>
        <translation>Une alerte de désaccord est un nombre de points sur 100, de 0 à 100.</translation>
    </message>
    <message>
        <source>A waiting list holds zero candidates or more.</source>
        <translation>Une liste d&apos;attente compte zéro candidat ou plus.</translation>
    </message>
    <message>
        <source>Campaign status: %1 → %2</source>
        <translation>Statut de la campagne&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Remove the record of the deliberation session</source>
        <translation>Supprimer le compte rendu de la séance de délibération</translation>
    </message>
    <message>
        <source>The deliberation session needs the date and time it was held.</source>
        <translation>La séance de délibération doit avoir la date et l’heure où elle s’est tenue.</translation>
    </message>
    <message>
        <source>“%1” is one line: remove its line breaks.</source>
        <translation>«&#xa0;%1&#xa0;» tient sur une ligne&#xa0;: retirez ses retours à la ligne.</translation>
    </message>
    <message>
        <source>The deliberation session needs the place where it was held.</source>
        <translation>La séance de délibération doit avoir le lieu où elle s’est tenue.</translation>
    </message>
    <message>
        <source>The place of the session is at most %1 characters long.</source>
        <translation>Le lieu de la séance compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The deliberation session needs the name of who chaired it.</source>
        <translation>La séance de délibération doit avoir le nom de la personne qui l’a présidée.</translation>
    </message>
    <message>
        <source>The name of the chair is at most %1 characters long.</source>
        <translation>Le nom du président de séance compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The notes of the session are at most %1 characters long.</source>
        <translation>Les observations de la séance comptent au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A juror marked present is no longer in the campaign.</source>
        <translation>Un juré noté présent ne fait plus partie de la campagne.</translation>
    </message>
    <message>
        <source>Edit the deliberation session of %1</source>
        <translation>Modifier la séance de délibération du %1</translation>
    </message>
    <message>
        <source>Record the deliberation session of %1</source>
        <translation>Enregistrer la séance de délibération du %1</translation>
    </message>
    <message>
        <source>Issue of the %1 “%2”</source>
        <translation>Émission du %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>This row has more cells than there are headers (%1): the cell has no column.</source>
        <translation>Cette ligne compte plus de cellules qu&apos;il n&apos;y a d&apos;en-têtes (%1)&#xa0;: la cellule n&apos;appartient à aucune colonne.</translation>
    </message>
    <message>
        <source>This field is required and the cell is empty.</source>
        <translation>Ce champ est obligatoire et la cellule est vide.</translation>
    </message>
    <message>
        <source>Expected a positive number (decimal comma or point, no unit).</source>
        <translation>Nombre positif attendu (virgule ou point décimal, sans unité).</translation>
    </message>
    <message>
        <source>Expected a number, zero or more (decimal comma or point, no unit).</source>
        <translation>Nombre positif ou nul attendu (virgule ou point décimal, sans unité).</translation>
    </message>
    <message>
        <source>Unknown use type; expected one of: %1.</source>
        <translation>Type d&apos;usage inconnu&#xa0;; valeurs attendues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Several candidates have this name: give their SIRET or registration number.</source>
        <translation>Plusieurs candidats portent ce nom&#xa0;: indiquez le SIRET ou le numéro d&apos;inscription.</translation>
    </message>
    <message>
        <source>Unknown candidate: no candidate has this SIRET, registration number or name.</source>
        <translation>Candidat inconnu&#xa0;: aucun candidat ne correspond à ce SIRET, à ce numéro d&apos;inscription ou à ce nom.</translation>
    </message>
    <message>
        <source>Several jurors have this name: give their e-mail address.</source>
        <translation>Plusieurs jurés portent ce nom&#xa0;: indiquez l&apos;adresse électronique du juré.</translation>
    </message>
    <message>
        <source>Unknown juror: no juror has this name or e-mail address.</source>
        <translation>Juré inconnu&#xa0;: aucun juré ne correspond à ce nom ou à cette adresse électronique.</translation>
    </message>
    <message>
        <source>Unknown criterion: give its code or its name.</source>
        <translation>Critère inconnu&#xa0;: indiquez son code ou son nom.</translation>
    </message>
    <message>
        <source>No SIRET: allowed for a company still being created.</source>
        <translation>Pas de SIRET&#xa0;: admis pour une entreprise en cours de création.</translation>
    </message>
    <message>
        <source>Same SIRET as row %1 of this file.</source>
        <translation>Même SIRET qu&apos;à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>Same company, without SIRET, as row %1 of this file.</source>
        <translation>Même structure, sans SIRET, qu&apos;à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>Expected a whole number above zero.</source>
        <translation>Nombre entier supérieur à zéro attendu.</translation>
    </message>
    <message>
        <source>Another candidate already has this registration number.</source>
        <translation>Un autre candidat a déjà ce numéro d&apos;inscription.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Ce n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Expected yes or no (oui, non, 1, 0, x).</source>
        <translation>Valeur attendue&#xa0;: oui ou non (oui, non, 1, 0, x).</translation>
    </message>
    <message>
        <source>Unknown building: no building of the site has this name.</source>
        <translation>Bâtiment inconnu&#xa0;: aucun bâtiment du site ne porte ce nom.</translation>
    </message>
    <message>
        <source>Expected a date (31/12/2027 or 2027-12-31).</source>
        <translation>Date attendue (31/12/2027 ou 2027-12-31).</translation>
    </message>
    <message>
        <source>Unknown status; expected received, eligible, ineligible or withdrawn (reçu, recevable, irrecevable, retiré).</source>
        <translation>Statut inconnu&#xa0;; valeurs attendues&#xa0;: reçu, recevable, irrecevable ou retiré (received, eligible, ineligible, withdrawn).</translation>
    </message>
    <message>
        <source>A candidate without SIRET and with this name is already there: row skipped.</source>
        <translation>Un candidat sans SIRET portant ce nom figure déjà dans la campagne&#xa0;: ligne ignorée.</translation>
    </message>
    <message>
        <source>A candidate with this SIRET is already there (%1): row skipped.</source>
        <translation>Un candidat ayant ce SIRET figure déjà dans la campagne (%1)&#xa0;: ligne ignorée.</translation>
    </message>
    <message>
        <source>A flow reads &quot;output: resource [quantity unit]&quot; or &quot;input: resource&quot; (sortie, entrée).</source>
        <translation>Un flux s&apos;écrit «&#xa0;sortie&#xa0;: ressource [quantité unité]&#xa0;» ou «&#xa0;entrée&#xa0;: ressource&#xa0;» (output, input).</translation>
    </message>
    <message>
        <source>Unknown flow direction &quot;%1&quot;; expected output or input (sortie, entrée).</source>
        <translation>Sens de flux «&#xa0;%1&#xa0;» inconnu&#xa0;; valeurs attendues&#xa0;: sortie ou entrée (output, input).</translation>
    </message>
    <message>
        <source>Unknown resource &quot;%1&quot;: give a code or a name of the resource list.</source>
        <translation>Ressource «&#xa0;%1&#xa0;» inconnue&#xa0;: indiquez un code ou un nom de la liste des ressources.</translation>
    </message>
    <message>
        <source>Unknown jury; expected one of: %1.</source>
        <translation>Jury inconnu&#xa0;; valeurs attendues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Same juror as row %1 of this file.</source>
        <translation>Même juré qu&apos;à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>This juror is already there: row skipped.</source>
        <translation>Ce juré figure déjà dans la campagne&#xa0;: ligne ignorée.</translation>
    </message>
    <message>
        <source>Same juror and candidate as row %1 of this file.</source>
        <translation>Mêmes juré et candidat qu&apos;à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>This conflict of interest is already recorded: row skipped.</source>
        <translation>Ce conflit d&apos;intérêts est déjà enregistré&#xa0;: ligne ignorée.</translation>
    </message>
    <message>
        <source>Same building as row %1 of this file.</source>
        <translation>Même bâtiment qu&apos;à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>A building with this name is already there: row skipped.</source>
        <translation>Un bâtiment portant ce nom figure déjà dans la campagne&#xa0;: ligne ignorée.</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2: this juror does not score this candidate.</source>
        <translation>%1 est en conflit d&apos;intérêts avec %2&#xa0;: ce juré ne note pas ce candidat.</translation>
    </message>
    <message>
        <source>Same juror, candidate and criterion as row %1 of this file.</source>
        <translation>Mêmes juré, candidat et critère qu&apos;à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>Expected a number (decimal comma or point).</source>
        <translation>Nombre attendu (virgule ou point décimal).</translation>
    </message>
    <message>
        <source>Outside the scale of the %1: from %2 to %3.</source>
        <translation>Hors de l&apos;échelle de notation (%1)&#xa0;: de %2 à %3.</translation>
    </message>
    <message>
        <source>Off the step of the %1&apos;s scale: scores go by %2 from %3.</source>
        <translation>Hors du pas de l&apos;échelle de notation (%1)&#xa0;: les notes progressent par pas de %2 à partir de %3.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>N° d&apos;inscription</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Social economy (ESS)</source>
        <translation>ESS (économie sociale et solidaire)</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>Code NAF</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description du projet</translation>
    </message>
    <message>
        <source>Requested surface (m²)</source>
        <translation>Surface demandée (m²)</translation>
    </message>
    <message>
        <source>Wanted use</source>
        <translation>Usage souhaité</translation>
    </message>
    <message>
        <source>Preferred building</source>
        <translation>Bâtiment souhaité</translation>
    </message>
    <message>
        <source>Jobs created (FTE)</source>
        <translation>Emplois créés (ETP)</translation>
    </message>
    <message>
        <source>Wanted start</source>
        <translation>Date d&apos;installation souhaitée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Date de dépôt</translation>
    </message>
    <message>
        <source>Resource flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Juror&apos;s name</source>
        <translation>Nom du juré</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Use type</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Other accepted uses</source>
        <translation>Autres usages acceptés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Criterion (long form)</source>
        <translation>Critère (format long)</translation>
    </message>
    <message>
        <source>Score (long form)</source>
        <translation>Note (format long)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot; for %2.</source>
        <translation>La correspondance des colonnes désigne un champ inconnu, «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in column %2, but the sheet has %3 columns.</source>
        <translation>La correspondance des colonnes place «&#xa0;%1&#xa0;» dans la colonne %2, mais la feuille n&apos;a que %3 colonnes.</translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in the column &quot;%2&quot;, which the sheet does not have.</source>
        <translation>La correspondance des colonnes place «&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;», qui n&apos;existe pas dans la feuille.</translation>
    </message>
    <message>
        <source>Criterion and score (long form), or one column per criterion (wide form)</source>
        <translation>Critère et note (format long), ou une colonne par critère (format large)</translation>
    </message>
    <message>
        <source>Import of %1 from %2</source>
        <translation>Import des %1 depuis %2</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>feuille %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n ligne ajoutée</numerusform>
            <numerusform>%n lignes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>A template is written as .csv or .xlsx, not &quot;%1&quot;.</source>
        <translation>Un modèle s&apos;enregistre au format .csv ou .xlsx, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another column of this row gives this criterion.</source>
        <translation>Une autre colonne de cette ligne donne déjà ce critère.</translation>
    </message>
    <message>
        <source>The cell holds a control character (shown as a symbol such as ␛ or ␀), which is not text: remove it.</source>
        <translation>La cellule contient un caractère de contrôle (montré par un symbole comme ␛ ou ␀), qui n&apos;est pas du texte&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>The campaign has no jury yet: create its juries (Juries page) before importing jurors.</source>
        <translation>La campagne n&apos;a pas encore de jury&#xa0;: créez ses jurys (page Jurys) avant d&apos;importer des jurés.</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>Trop grand&#xa0;: au plus %1.</translation>
    </message>
    <message>
        <source>A flow&apos;s yearly quantity is a number from 0 to %1.</source>
        <translation>La quantité annuelle d&apos;un flux est un nombre de 0 à %1.</translation>
    </message>
</context>
<context>
    <name>JurorPackages</name>
    <message>
        <source>letters</source>
        <extracomment>The folder, beside the juror packages, of their passphrase letters.</extracomment>
        <translation>lettres</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>No package was exported: %1</source>
        <translation>Aucun dossier n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the letter could not be laid out.</source>
        <translation>Impossible d’écrire %1&#xa0;: la lettre n’a pas pu être mise en page.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; %2, %3, %4.</source>
        <extracomment>A juror&apos;s return: scores taken; the same, in conflict, not applicable.</extracomment>
        <translation>%1&#xa0;; %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) taken</source>
        <translation>
            <numerusform>%n note reprise</numerusform>
            <numerusform>%n notes reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer applicable</source>
        <translation>
            <numerusform>%n qui ne s’applique plus</numerusform>
            <numerusform>%n qui ne s’appliquent plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted by the juror.</source>
        <translation>Soumis par le juré.</translation>
    </message>
</context>
<context>
    <name>JurorSession</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This package is submitted: its scores can no longer change.</source>
        <translation>Ce dossier est soumis&#xa0;: ses notes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>This candidate or criterion is not in the package.</source>
        <translation>Ce candidat ou ce critère n’est pas dans le dossier.</translation>
    </message>
    <message>
        <source>%1 is not on the scale: from %2 to %3, by %4.</source>
        <translation>%1 n’est pas sur l’échelle&#xa0;: de %2 à %3, par pas de %4.</translation>
    </message>
    <message>
        <source>Give a value before a comment.</source>
        <translation>Donnez une note avant un commentaire.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Minutes of the deliberation</source>
        <translation>Procès-verbal de la délibération</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La séance</translation>
    </message>
    <message>
        <source>No deliberation session is recorded in the campaign: its date, place, chair and the jurors present are to be entered on the Ranking &amp; selection page.</source>
        <translation>Aucune séance de délibération n’est enregistrée dans la campagne&#xa0;: sa date, son lieu, son président et les jurés présents sont à saisir sur la page «&#xa0;Classement et sélection&#xa0;».</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Présidée par</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Jurors present and quorum</source>
        <translation>Jurés présents et quorum</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation>Observations de la séance</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>Règles appliquées</translation>
    </message>
    <message>
        <source>%1 (weight %2, quorum %3)</source>
        <translation>%1 (pondération %2, quorum %3)</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (pondération %2)</translation>
    </message>
    <message>
        <source>Juries</source>
        <translation>Jurys</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation des notes</translation>
    </message>
    <message>
        <source>De-biasing of the jurors</source>
        <translation>Correction des biais des jurés</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Selection rule</source>
        <translation>Règle de sélection</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>%1&#xa0;m² (%2&#xa0;% of %3&#xa0;m²)</source>
        <translation>%1&#xa0;m² (%2&#xa0;% de %3&#xa0;m²)</translation>
    </message>
    <message>
        <source>The method is set out in full in the ranked laureate report of the same campaign.</source>
        <translation>La méthode est exposée en détail dans le rapport des lauréats de la même campagne.</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Lauréats</translation>
    </message>
    <message numerus="yes">
        <source>The jury designates as laureates the %n candidate(s) below, who fill %1&#xa0;% of the site (target %2&#xa0;%).</source>
        <translation>
            <numerusform>Le jury désigne comme lauréat %n candidat, présenté ci-dessous, qui occupe %1&#xa0;% du site (objectif&#xa0;: %2&#xa0;%).</numerusform>
            <numerusform>Le jury désigne comme lauréats les %n candidats ci-dessous, qui occupent %1&#xa0;% du site (objectif&#xa0;: %2&#xa0;%).</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
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
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Waiting list, in this order: %1.</source>
        <translation>Liste d’attente, dans cet ordre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Decisions and overrides recorded</source>
        <translation>Décisions et dérogations enregistrées</translation>
    </message>
    <message>
        <source>No decision or override was recorded: the list above is the result of the selection rule applied to the ranking.</source>
        <translation>Aucune décision ni dérogation n’a été enregistrée&#xa0;: la liste ci-dessus résulte de l’application de la règle de sélection au classement.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Juror returns received</source>
        <translation>Retours des jurés reçus</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n juror(s) sent their package back.</source>
        <translation>
            <numerusform>Jurés ayant renvoyé leur dossier&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Jurés ayant renvoyé leur dossier&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Juror %1</source>
        <translation>Juré %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Candidates scored</source>
        <translation>Candidats notés</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Done at %1, on %2.</source>
        <translation>Fait à %1, le %2.</translation>
    </message>
    <message>
        <source>Done at …………………, on ………………….</source>
        <translation>Fait à …………………, le ………………….</translation>
    </message>
    <message>
        <source>The chair of the session, %1</source>
        <translation>Le président de la séance, %1</translation>
    </message>
    <message>
        <source>The chair of the session</source>
        <translation>Le président de la séance</translation>
    </message>
    <message>
        <source>The secretary of the session</source>
        <translation>Le secrétaire de la séance</translation>
    </message>
    <message>
        <source>Fingerprint of the result these minutes record: %1 (palmares-cli verify).</source>
        <translation>Empreinte du résultat consigné dans le présent procès-verbal&#xa0;: %1 (palmares-cli verify).</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>it has no %1</source>
        <translation>il n&apos;a pas de %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>the OpenDocument file could not be completed: %1</source>
        <translation>le fichier OpenDocument n’a pas pu être complété&#xa0;: %1</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>son manifeste est illisible</translation>
    </message>
    <message>
        <source>its entry %1 cannot be read</source>
        <translation>son élément %1 est illisible</translation>
    </message>
</context>
<context>
    <name>PassphraseLetter</name>
    <message>
        <source>letter</source>
        <extracomment>The file name of a juror&apos;s passphrase letter, after the package&apos;s name.</extracomment>
        <translation>lettre</translation>
    </message>
    <message>
        <source>Your scoring package</source>
        <translation>Votre dossier de notation</translation>
    </message>
    <message>
        <source>For %1, member of the %2.</source>
        <translation>Pour %1, membre du %2.</translation>
    </message>
    <message numerus="yes">
        <source>You receive the file %1, which holds the %n application(s) assigned to you, with their attachments, and the %2 criteria to score them on. It is encrypted: only the passphrase below opens it.</source>
        <translation>
            <numerusform>Vous recevez le fichier %1, qui contient la candidature qui vous est attribuée (%n), avec ses pièces jointes, et les %2 critères sur lesquels la noter. Il est chiffré&#xa0;: seule la phrase secrète ci-dessous l’ouvre.</numerusform>
            <numerusform>Vous recevez le fichier %1, qui contient les %n candidatures qui vous sont attribuées, avec leurs pièces jointes, et les %2 critères sur lesquels les noter. Il est chiffré&#xa0;: seule la phrase secrète ci-dessous l’ouvre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>Type it as you like: capitals or not, accents or not, spaces instead of dashes. Keep this letter apart from the file and do not send the passphrase by e-mail.</source>
        <translation>Tapez-la comme vous voulez&#xa0;: en majuscules ou non, avec ou sans accents, des espaces à la place des tirets. Gardez cette lettre à part du fichier et n’envoyez pas la phrase secrète par courriel.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce que vous avez à faire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Install Palmarès&lt;/b&gt; (version %1 or later) on your computer, from the installer the organizer gives you. No Internet connection is needed afterwards.</source>
        <translation>&lt;b&gt;Installez Palmarès&lt;/b&gt; (version %1 ou plus récente) sur votre ordinateur, avec le programme d’installation que vous remet l’organisateur. Aucune connexion à Internet n’est nécessaire ensuite.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score each application&lt;/b&gt;: read it and its attachments, then give each criterion a value from %1 to %2 (by steps of %3) with the description of each level in view, and a comment if you wish. Every change is saved at once into the file: you may close the computer and come back later.</source>
        <translation>&lt;b&gt;Notez chaque candidature&lt;/b&gt;&#xa0;: lisez-la ainsi que ses pièces jointes, puis donnez à chaque critère une note de %1 à %2 (par pas de %3), la description de chaque niveau sous les yeux, et un commentaire si vous le souhaitez. Chaque modification est enregistrée aussitôt dans le fichier&#xa0;: vous pouvez fermer l’ordinateur et reprendre plus tard.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; when every application is scored: after the confirmation, the file no longer changes.</source>
        <translation>&lt;b&gt;Soumettez&lt;/b&gt; quand toutes les candidatures sont notées&#xa0;: après confirmation, le fichier ne change plus.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>The applications are confidential: do not copy them out of the file or pass them on. If you have a conflict of interest with an applicant, tell the organizer: you will receive a new package without that application. If you lose the file or this letter, ask for a new one.</source>
        <translation>Les candidatures sont confidentielles&#xa0;: ne les copiez pas hors du fichier et ne les transmettez pas. Si vous avez un conflit d’intérêts avec un candidat, signalez-le à l’organisateur&#xa0;: vous recevrez un nouveau dossier sans cette candidature. Si vous perdez le fichier ou cette lettre, demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Package prepared on %1.</source>
        <translation>Dossier préparé le %1.</translation>
    </message>
    <message>
        <source>Scoring package of %1</source>
        <translation>Dossier de notation de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open the file&lt;/b&gt;: double-click it, or start Palmarès and choose File › Open. Type your passphrase. A wrong passphrase is refused; you may try again.</source>
        <translation>&lt;b&gt;Ouvrez le fichier&lt;/b&gt;&#xa0;: double-cliquez dessus, ou lancez Palmarès et choisissez Fichier › Ouvrir. Tapez votre phrase secrète. Une phrase erronée est refusée&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send back the same file&lt;/b&gt; to the organizer (e-mail, USB key): Palmarès shows where it is. The organizer imports it; nothing else is needed.</source>
        <translation>&lt;b&gt;Renvoyez ce même fichier&lt;/b&gt; à l’organisateur (courriel, clé USB)&#xa0;: Palmarès indique où il se trouve. L’organisateur l’importe&#xa0;; rien d’autre n’est nécessaire.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>A date in the letter, as Qt&apos;s QDate::toString() formats it (numbers only).</extracomment>
        <translation>dd/MM/yyyy</translation>
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
    <name>Report</name>
    <message>
        <source>%1&#xa0;m²</source>
        <translation>%1&#xa0;m²</translation>
    </message>
    <message>
        <source>%1&#xa0;%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Ranked laureate report</source>
        <translation>Rapport des lauréats</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s), %1 rentable</source>
        <translation>
            <numerusform>%n bâtiment, %1 de surface locative</numerusform>
            <numerusform>%n bâtiments, %1 de surface locative</numerusform>
        </translation>
    </message>
    <message>
        <source>Call for expressions of interest</source>
        <translation>Appel à manifestation d’intérêt</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Status of the campaign</source>
        <translation>Statut de la campagne</translation>
    </message>
    <message>
        <source>Report written on</source>
        <translation>Rapport établi le</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>full: with the jurors&apos; names and comments</source>
        <translation>complète&#xa0;: avec les noms des jurés et leurs commentaires</translation>
    </message>
    <message>
        <source>public: without the jurors&apos; names, comments or the personal data of the candidates not selected</source>
        <translation>publique&#xa0;: sans les noms des jurés, ni leurs commentaires, ni les données personnelles des candidats non retenus</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligibles</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligibles</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Selectable (every jury at quorum)</source>
        <translation>Sélectionnables (quorum atteint dans chaque jury)</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Surface of the laureates</source>
        <translation>Surface des lauréats</translation>
    </message>
    <message>
        <source>%1 of a capacity of %2</source>
        <translation>%1 pour une capacité de %2</translation>
    </message>
    <message>
        <source>Fill of the site</source>
        <translation>Remplissage du site</translation>
    </message>
    <message>
        <source>%1 of the rentable surface (target %2)</source>
        <translation>%1 de la surface locative (objectif&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>The %n laureate(s) fill %1 of the site&apos;s %2 rentable, for a target of %3.</source>
        <translation>
            <numerusform>%n lauréat occupe %1 des %2 de surface locative du site, pour un objectif de %3.</numerusform>
            <numerusform>Les %n lauréats occupent %1 des %2 de surface locative du site, pour un objectif de %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>How each candidate&apos;s final score and the list of laureates were computed, with the settings of this campaign. With the score spreadsheet of the same campaign, a reader can redo every step.</source>
        <translation>Comment la note finale de chaque candidat et la liste des lauréats ont été calculées, avec les réglages de cette campagne. À l’aide du tableur des notes de la même campagne, chacun peut refaire chaque étape du calcul.</translation>
    </message>
    <message>
        <source>Juries and scales</source>
        <translation>Jurys et échelles</translation>
    </message>
    <message>
        <source>%1 to %2, step %3</source>
        <translation>de %1 à %2, par pas de %3</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Quorum (jurors)</source>
        <translation>Quorum (jurés)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Share of the final score</source>
        <translation>Part de la note finale</translation>
    </message>
    <message>
        <source>1. Each value is brought to [0, 1] on its jury&apos;s scale: (value − minimum) / (maximum − minimum).</source>
        <translation>1. Chaque note est ramenée à [0, 1] sur l’échelle de son jury&#xa0;: (note − minimum) / (maximum − minimum).</translation>
    </message>
    <message>
        <source>2. Each juror&apos;s values are de-biased: centred and scaled on the juror&apos;s own mean and standard deviation, brought back to those of the jury, and kept within [0, 1].</source>
        <translation>2. Les notes de chaque juré sont corrigées de ses biais&#xa0;: centrées et réduites selon la moyenne et l’écart-type propres au juré, ramenées à ceux du jury, et maintenues dans [0, 1].</translation>
    </message>
    <message>
        <source>2. The jurors&apos; values are not de-biased (the campaign&apos;s setting).</source>
        <translation>2. Les notes des jurés ne sont pas corrigées de leurs biais (réglage de la campagne).</translation>
    </message>
    <message>
        <source>3. On each criterion, the values of a jury&apos;s jurors are put together by: %1. A juror in conflict of interest with a candidate does not score it; such a score, if any, is ignored.</source>
        <translation>3. Sur chaque critère, les notes des jurés d’un même jury sont agrégées par la méthode suivante&#xa0;: %1. Un juré en conflit d’intérêts avec un candidat ne le note pas&#xa0;; une telle note, le cas échéant, est ignorée.</translation>
    </message>
    <message>
        <source>Pillars and criteria</source>
        <translation>Piliers et critères</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Share of the jury total</source>
        <translation>Part du total du jury</translation>
    </message>
    <message>
        <source>Eliminatory threshold</source>
        <translation>Seuil éliminatoire</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Share in the pillar</source>
        <translation>Part dans le pilier</translation>
    </message>
    <message>
        <source>4. A jury&apos;s pillar score is the weighted mean of its criteria; the jury&apos;s total, out of 100, is 100 × Σ Wp·Pp / Σ Wp over the pillars.</source>
        <translation>4. La note d’un jury sur un pilier est la moyenne pondérée de ses critères&#xa0;; le total du jury, sur 100, vaut 100 × Σ Wp·Pp / Σ Wp sur l’ensemble des piliers.</translation>
    </message>
    <message>
        <source>5. The final score, out of 100, is the mean of the jury totals weighted by the juries&apos; weights, over the juries that reached their quorum. A candidate one of whose juries did not reach its quorum is incomplete: ranked, flagged, and not selected automatically.</source>
        <translation>5. La note finale, sur 100, est la moyenne des totaux des jurys, pondérée selon la pondération de chaque jury, sur les jurys qui ont atteint leur quorum. Un candidat dont l’un des jurys n’a pas atteint son quorum est incomplet&#xa0;: il est classé, signalé, et n’est pas retenu automatiquement.</translation>
    </message>
    <message>
        <source>6. A candidate marked ineligible or withdrawn, or whose combined score on a pillar is under that pillar&apos;s eliminatory threshold, cannot be selected.</source>
        <translation>6. Un candidat déclaré non éligible ou retiré, ou dont la note combinée sur un pilier est inférieure au seuil éliminatoire de ce pilier, ne peut pas être retenu.</translation>
    </message>
    <message>
        <source>7. No synergy bonus is added to the final score (0 points).</source>
        <translation>7. Aucun bonus de synergie n’est ajouté à la note finale (0 point).</translation>
    </message>
    <message>
        <source>8. Candidates are ranked by final score; scores within %1 of each other are equal, and such ties are broken by, in this order: %2.</source>
        <translation>8. Les candidats sont classés par note finale&#xa0;; deux notes distantes d’au plus %1 sont considérées comme égales, et ces ex æquo sont départagés, dans cet ordre, par&#xa0;: %2.</translation>
    </message>
    <message>
        <source>9. A disagreement is flagged when the standard deviation of a jury&apos;s juror totals exceeds %1 points, or the gap between two juries&apos; totals exceeds %2 points (out of 100).</source>
        <translation>9. Un désaccord est signalé lorsque l’écart-type des totaux des jurés d’un même jury dépasse %1 points, ou que l’écart entre les totaux de deux jurys dépasse %2 points (sur 100).</translation>
    </message>
    <message>
        <source>Selection against the site-fill target</source>
        <translation>Sélection au regard de l’objectif de remplissage du site</translation>
    </message>
    <message>
        <source>The capacity is the rentable surface times the fill target: %1 × %2 = %3.</source>
        <translation>La capacité est la surface locative multipliée par l’objectif de remplissage&#xa0;: %1 × %2 = %3.</translation>
    </message>
    <message numerus="yes">
        <source>Rule: %1. Candidates forced in by the jury are placed first; those forced out never are. Then the ranking is walked from the top: a selectable candidate whose requested surface fits in the capacity left becomes a laureate; one that does not fit is passed over, and the walk goes on. The waiting list is made of the next %n selectable candidate(s), in rank order.</source>
        <translation>
            <numerusform>Règle&#xa0;: %1. Les candidats retenus d’office par le jury sont placés en premier&#xa0;; ceux écartés d’office ne le sont jamais. Le classement est ensuite parcouru depuis le haut&#xa0;: un candidat sélectionnable dont la surface demandée tient dans la capacité restante devient lauréat&#xa0;; celui dont la surface ne tient pas est passé, et le parcours continue. La liste d’attente comprend %n candidat sélectionnable&#xa0;: le suivant dans l’ordre du classement.</numerusform>
            <numerusform>Règle&#xa0;: %1. Les candidats retenus d’office par le jury sont placés en premier&#xa0;; ceux écartés d’office ne le sont jamais. Le classement est ensuite parcouru depuis le haut&#xa0;: un candidat sélectionnable dont la surface demandée tient dans la capacité restante devient lauréat&#xa0;; celui dont la surface ne tient pas est passé, et le parcours continue. La liste d’attente comprend les %n candidats sélectionnables suivants, dans l’ordre du classement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign also computes the best-value set (the largest total score that fits the capacity); it is advisory and does not make this list.</source>
        <translation>La campagne calcule aussi la combinaison de meilleure valeur (le score total le plus élevé qui tient dans la capacité)&#xa0;; elle est indicative et ne détermine pas cette liste.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
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
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pillars: %1.</source>
        <translation>Piliers&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The laureates</source>
        <translation>Les lauréats</translation>
    </message>
    <message>
        <source>One sheet per laureate, in the order they were placed.</source>
        <translation>Une fiche par lauréat, dans l’ordre où ils ont été retenus.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Note finale</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>N° d’inscription</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>social and solidarity economy</source>
        <translation>économie sociale et solidaire</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Surface asked for</source>
        <translation>Surface demandée</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Jobs (full-time equivalent)</source>
        <translation>Emplois (équivalent temps plein)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combinée</translation>
    </message>
    <message>
        <source>Total out of 100</source>
        <translation>Total sur 100</translation>
    </message>
    <message>
        <source>The jurors&apos; comments</source>
        <translation>Commentaires des jurés</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Waiting list and candidates not selected</source>
        <translation>Liste d’attente et candidats non retenus</translation>
    </message>
    <message>
        <source>No candidate is on the waiting list.</source>
        <translation>Aucun candidat ne figure sur la liste d’attente.</translation>
    </message>
    <message>
        <source>If a laureate withdraws, the next candidate of this list whose surface fits takes the place.</source>
        <translation>Si un lauréat se retire, le candidat suivant de cette liste dont la surface tient dans la capacité prend sa place.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
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
        <source>Candidates not selected</source>
        <translation>Candidats non retenus</translation>
    </message>
    <message>
        <source>Every candidate is a laureate or on the waiting list.</source>
        <translation>Tous les candidats sont lauréats ou sur la liste d’attente.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Site fill</source>
        <translation>Remplissage du site</translation>
    </message>
    <message numerus="yes">
        <source>After the %n laureate(s), %1 of the %2 rentable are taken: %3 of the site, for a target of %4.</source>
        <translation>
            <numerusform>Avec %n lauréat, %1 des %2 de surface locative sont occupés&#xa0;: %3 du site, pour un objectif de %4.</numerusform>
            <numerusform>Avec les %n lauréats, %1 des %2 de surface locative sont occupés&#xa0;: %3 du site, pour un objectif de %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Cumulative (m²)</source>
        <translation>Cumul (m²)</translation>
    </message>
    <message>
        <source>Site fill (%)</source>
        <translation>Remplissage du site (%)</translation>
    </message>
    <message>
        <source>Annex: how to check this report</source>
        <translation>Annexe&#xa0;: comment vérifier ce rapport</translation>
    </message>
    <message>
        <source>The fingerprint below is computed from the campaign&apos;s set-up, candidates, scores and decisions, not from this document (docs/fingerprint.md). Anyone holding the campaign file can recompute it with the command given: the same fingerprint means the file still gives this report.</source>
        <translation>L’empreinte ci-dessous est calculée à partir de la configuration, des candidats, des notes et des décisions de la campagne, et non à partir du présent document (docs/fingerprint.md). Quiconque détient le fichier de la campagne peut la recalculer avec la commande indiquée&#xa0;: une empreinte identique signifie que le fichier donne toujours ce rapport.</translation>
    </message>
    <message>
        <source>Settings used</source>
        <translation>Réglages appliqués</translation>
    </message>
    <message>
        <source>Rentable surface</source>
        <translation>Surface locative</translation>
    </message>
    <message>
        <source>Fill target</source>
        <translation>Objectif de remplissage</translation>
    </message>
    <message>
        <source>Land counts towards the fill</source>
        <translation>Les terrains comptent dans le remplissage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Aggregation of the jurors&apos; values</source>
        <translation>Agrégation des notes des jurés</translation>
    </message>
    <message>
        <source>De-biasing of the jurors</source>
        <translation>Correction des biais des jurés</translation>
    </message>
    <message>
        <source>Disagreement thresholds</source>
        <translation>Seuils de désaccord</translation>
    </message>
    <message>
        <source>%1 points within a jury, %2 points between juries</source>
        <translation>%1 points au sein d’un jury, %2 points entre jurys</translation>
    </message>
    <message>
        <source>Tie chain</source>
        <translation>Ordre de départage</translation>
    </message>
    <message>
        <source>Selection rule</source>
        <translation>Règle de sélection</translation>
    </message>
    <message>
        <source>every selectable candidate</source>
        <translation>tous les candidats sélectionnables</translation>
    </message>
    <message>
        <source>Fill (%)</source>
        <translation>Rempl. (%)</translation>
    </message>
    <message>
        <source>Every candidate in rank order: final score and each jury&apos;s total out of 100, the combined score of each pillar, the surface asked for, the fill of the site after each laureate, and the outcome of the selection with the jury&apos;s decision when it recorded one (★: forced in by the jury).</source>
        <translation>Tous les candidats dans l’ordre du classement&#xa0;: note finale et total de chaque jury sur 100, note combinée de chaque pilier, surface demandée, remplissage du site après chaque lauréat et résultat de la sélection, avec la décision du jury lorsqu’il en a enregistré une (★&#xa0;: retenu d’office par le jury).</translation>
    </message>
    <message>
        <source>%1 (decision: %2)</source>
        <translation>%1 (décision&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
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
        <translation>Le problème de la meilleure valeur est trop volumineux pour être résolu de façon exacte&#xa0;; aucun résultat.</translation>
    </message>
    <message>
        <source>Laureates (%1)</source>
        <translation>Lauréats (%1)</translation>
    </message>
    <message>
        <source> (forced in)</source>
        <translation> (retenu d’office)</translation>
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
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Juror packages</source>
        <translation>Dossiers des jurés</translation>
    </message>
    <message>
        <source>none exported</source>
        <translation>aucun exporté</translation>
    </message>
    <message>
        <source>%1 / %2 candidates scored; %3</source>
        <extracomment>A juror&apos;s progress in `info`: candidates scored of those assigned, then their package.</extracomment>
        <translation>%1 / %2 candidats notés&#xa0;; %3</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Return of %1&apos;s package</source>
        <translation>Retour du dossier de %1</translation>
    </message>
    <message>
        <source>The candidate or the criterion of this score is no longer in the campaign.</source>
        <translation>Le candidat ou le critère de cette note ne figure plus dans la campagne.</translation>
    </message>
    <message>
        <source>Score %1 for %2, %3 taken from a juror&apos;s return</source>
        <translation>Note %1 pour %2, %3 reprise du retour d’un juré</translation>
    </message>
    <message numerus="yes">
        <source>Export of %n juror package(s)</source>
        <translation>
            <numerusform>Export de %n dossier de juré</numerusform>
            <numerusform>Export de %n dossiers de jurés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation>une ligne de la table %1 renvoie à une ligne absente de la table %2</translation>
    </message>
    <message>
        <source>the foreign keys cannot be turned off for the upgrade</source>
        <translation>les clés étrangères ne peuvent pas être désactivées pour la mise à jour</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>in table %1, the codes %2 differ only in case</source>
        <translation>dans la table %1, les codes %2 ne diffèrent que par la casse</translation>
    </message>
    <message>
        <source>in table %1, the code %2 is not one word</source>
        <translation>dans la table %1, le code %2 n&apos;est pas un seul mot</translation>
    </message>
    <message>
        <source>in table %1, the weight of %2 is %3</source>
        <translation>dans la table %1, le poids de %2 vaut %3</translation>
    </message>
    <message>
        <source>%1; a code is one word, unique whatever its case, and a weight goes from 0 to %2: correct this in the version of Palmarès that wrote the file</source>
        <translation>%1&#xa0;; un code est un seul mot, unique quelle que soit sa casse, et un poids va de 0 à %2&#xa0;: corrigez-le dans la version de Palmarès qui a écrit le fichier</translation>
    </message>
</context>
<context>
    <name>ScoreSheets</name>
    <message>
        <source>sheets</source>
        <extracomment>The file name of a juror&apos;s blank score sheets, after their package&apos;s name.</extracomment>
        <translation>grilles</translation>
    </message>
    <message>
        <source>from %1 to %2, by steps of %3</source>
        <translation>de %1 à %2, par pas de %3</translation>
    </message>
    <message>
        <source>score sheet of %1, %2</source>
        <translation>grille de notation de %1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Write each value %1 in its box; leave a box empty for a criterion you do not score.</source>
        <translation>Écrivez chaque note %1 dans sa case&#xa0;; laissez vide la case d’un critère que vous ne notez pas.</translation>
    </message>
    <message>
        <source>Criterion and rubric</source>
        <translation>Critère et barème</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>No candidate is assigned to %1.</source>
        <translation>Aucun candidat n’est attribué à %1.</translation>
    </message>
    <message>
        <source>Score sheets of %1</source>
        <translation>Grilles de notation de %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the sheets could not be laid out.</source>
        <translation>Impossible d’écrire %1&#xa0;: les grilles n’ont pas pu être mises en page.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>SheetBuilder</name>
    <message>
        <source>row %1 after row %2</source>
        <translation>la ligne %1 après la ligne %2</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: beyond row %4, the last a spreadsheet holds.</source>
        <translation>%1, feuille «&#xa0;%2&#xa0;», ligne %3&#xa0;: au-delà de la ligne %4, la dernière d&apos;un tableur.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: more than %4 columns, which no spreadsheet holds.</source>
        <translation>%1, feuille «&#xa0;%2&#xa0;», ligne %3&#xa0;: plus de %4 colonnes, ce qu&apos;aucun tableur ne contient.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, cell %3: a cell of more than %4 characters, which no spreadsheet holds.</source>
        <translation>%1, feuille «&#xa0;%2&#xa0;», cellule %3&#xa0;: une cellule de plus de %4 caractères, ce qu&apos;aucun tableur ne contient.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: more than %4 cells in all (the empty ones between them included), too many for an import.</source>
        <translation>%1, feuille «&#xa0;%2&#xa0;», ligne %3&#xa0;: plus de %4 cellules en tout (les vides entre elles comprises), trop pour un import.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the file is damaged or incomplete (%3): it cannot be read. Save it again from its spreadsheet program.</source>
        <translation>%1, feuille «&#xa0;%2&#xa0;»&#xa0;: le fichier est endommagé ou incomplet (%3)&#xa0;: il ne peut pas être lu. Enregistrez-le de nouveau depuis son tableur.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, after row %3: the file is damaged or incomplete (%4): it cannot be read. Save it again from its spreadsheet program.</source>
        <translation>%1, feuille «&#xa0;%2&#xa0;», après la ligne %3&#xa0;: le fichier est endommagé ou incomplet (%4)&#xa0;: il ne peut pas être lu. Enregistrez-le de nouveau depuis son tableur.</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable %2 workbook: %3</source>
        <translation>%1 n&apos;est pas un classeur %2 lisible&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 is empty: no header row.</source>
        <translation>%1 est vide&#xa0;: aucune ligne d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>%1 is not a CSV, XLSX or ODS spreadsheet.</source>
        <translation>%1 n&apos;est pas un fichier de tableur CSV, XLSX ou ODS.</translation>
    </message>
    <message>
        <source>%1 holds no sheet.</source>
        <translation>%1 ne contient aucune feuille.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;.</source>
        <translation>%1 ne contient pas de feuille nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; of %2 is empty: no header row.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» de %2 est vide&#xa0;: aucune ligne d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote (&quot;) opens a cell and is never closed, so the rest of the file would be read into that cell. Close the quote, or double it (&quot;&quot;) if it is part of the text.</source>
        <translation>%1, ligne %2&#xa0;: un guillemet (&quot;) ouvre une cellule et n&apos;est jamais refermé&#xa0;: tout le reste du fichier serait lu dans cette cellule. Refermez le guillemet, ou doublez-le (&quot;&quot;) s&apos;il fait partie du texte.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a cell of more than %4 characters, which no spreadsheet holds. Is it a spreadsheet saved as CSV?</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: une cellule de plus de %4 caractères, ce qu&apos;aucun tableur ne contient. S&apos;agit-il bien d&apos;un tableau enregistré en CSV&#xa0;?</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 columns, which no spreadsheet holds. Is it a spreadsheet saved as CSV?</source>
        <translation>%1, ligne %2&#xa0;: plus de %3 colonnes, ce qu&apos;aucun tableur ne contient. S&apos;agit-il bien d&apos;un tableau enregistré en CSV&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: too large for an import sheet.</source>
        <translation>%1 dépasse %2&#xa0;Mo&#xa0;: c&apos;est trop pour un tableau à importer.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows: too many for an import.</source>
        <translation>%1 compte plus de %2 lignes&#xa0;: c&apos;est trop pour un import.</translation>
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
    <message>
        <source>A SIRET of zeros names no company: it is a placeholder, not the applicant&apos;s number.</source>
        <translation>Un SIRET fait de zéros ne désigne aucune entreprise&#xa0;: c&apos;est un numéro de remplissage, pas celui du candidat.</translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <source>a sheet could not be written whole (is the disk full?)</source>
        <translation>une feuille n’a pas pu être écrite en entier (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>scores</source>
        <extracomment>Added to the name of a ranking written as CSV for the file of the scores beside it: « resultats.csv » → « resultats-notes.csv ».</extracomment>
        <translation>notes</translation>
    </message>
    <message>
        <source>%1: results are written as .xlsx or .csv.</source>
        <translation>%1&#xa0;: les résultats s’écrivent en .xlsx ou en .csv.</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>the file written is missing.</source>
        <translation>le fichier écrit a disparu.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Ranking</source>
        <extracomment>The name of a spreadsheet&apos;s sheet (31 characters at most).</extracomment>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>N° d’inscription</translation>
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
        <source>Cumulative surface (m²)</source>
        <translation>Surface cumulée (m²)</translation>
    </message>
    <message>
        <source>Site fill (%)</source>
        <translation>Remplissage du site (%)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Scores</source>
        <extracomment>The name of a spreadsheet&apos;s sheet (31 characters at most).</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Juror %1 (%2)</source>
        <extracomment>A juror in the public version of the scores, without their name: « Juré 3 (Jury d&apos;experts) ».</extracomment>
        <translation>Juré %1 (%2)</translation>
    </message>
    <message>
        <source>About</source>
        <extracomment>The name of a spreadsheet&apos;s sheet (31 characters at most): what the tables came from.</extracomment>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
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
        <source>Written on</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>full: jurors&apos; names and comments</source>
        <translation>complète&#xa0;: noms des jurés et commentaires</translation>
    </message>
    <message>
        <source>public: no juror&apos;s name, no comment</source>
        <translation>publique&#xa0;: aucun nom de juré, aucun commentaire</translation>
    </message>
    <message>
        <source>Fingerprint of the result</source>
        <translation>Empreinte du résultat</translation>
    </message>
    <message>
        <source>Digest of the table %1</source>
        <translation>Condensé de la table %1</translation>
    </message>
    <message>
        <source>To check it</source>
        <translation>Pour la vérifier</translation>
    </message>
    <message>
        <source>palmares-cli verify FILE.ami --fingerprint %1</source>
        <translation>palmares-cli verify FICHIER.ami --fingerprint %1</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>the column of the About sheet</comment>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Words</name>
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
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Désaccord&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tie broken by %1</source>
        <translation>Ex æquo départagé par %1</translation>
    </message>
    <message>
        <source>Forced out by the jury</source>
        <translation>Écarté d’office par le jury</translation>
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
        <translation>Retenu d’office, mais ne tient pas dans la capacité restante</translation>
    </message>
    <message>
        <source>Not in the best-value set</source>
        <translation>Hors de la combinaison de meilleure valeur</translation>
    </message>
    <message>
        <source>Does not fit: %1 m² requested, %2 m² left</source>
        <translation>Ne tient pas&#xa0;: %1&#xa0;m² demandés, %2&#xa0;m² restants</translation>
    </message>
    <message>
        <source>Laureate (forced in)</source>
        <translation>Lauréat (retenu d’office)</translation>
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
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>forced in</source>
        <translation>retenu d’office</translation>
    </message>
    <message>
        <source>forced out</source>
        <translation>écarté d’office</translation>
    </message>
    <message>
        <source>greedy by rank</source>
        <translation>au fil du classement</translation>
    </message>
    <message>
        <source>best value</source>
        <translation>meilleure valeur</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open for applications</source>
        <translation>Candidatures ouvertes</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>in draft</source>
        <translation>en brouillon</translation>
    </message>
    <message>
        <source>open for applications</source>
        <translation>ouverte aux candidatures</translation>
    </message>
    <message>
        <source>in scoring</source>
        <translation>en notation</translation>
    </message>
    <message>
        <source>in deliberation</source>
        <translation>en délibération</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>Setting up: everything may change, scores and decisions included, to try the campaign out.</source>
        <translation>Mise en place&#xa0;: tout peut changer, notes et décisions comprises, pour essayer la campagne.</translation>
    </message>
    <message>
        <source>Applications come in; the site and the rules may still change. Nobody scores yet.</source>
        <translation>Les candidatures arrivent&#xa0;; le site et les règles peuvent encore changer. Personne ne note encore.</translation>
    </message>
    <message>
        <source>The rules are fixed; scores come in; candidates&apos; data may be corrected.</source>
        <translation>Les règles sont arrêtées&#xa0;; les notes arrivent&#xa0;; les données des candidats peuvent être corrigées.</translation>
    </message>
    <message>
        <source>Scores are fixed, except a correction with a written reason; the jury records its decisions.</source>
        <translation>Les notes sont arrêtées, sauf correction avec une raison écrite&#xa0;; le jury enregistre ses décisions.</translation>
    </message>
    <message>
        <source>The campaign is only read. Going back to deliberation needs a written reason.</source>
        <translation>La campagne est seulement consultable. Revenir en délibération demande une raison écrite.</translation>
    </message>
    <message>
        <source>it can only be read. Go back to deliberation, with a reason, to change it.</source>
        <translation>elle est seulement consultable. Revenez en délibération, avec une raison, pour la modifier.</translation>
    </message>
    <message>
        <source>its rules (criteria, weights, scales, juries, aggregation, tie-break, selection) are fixed. Go back a step, with a reason, to change them.</source>
        <translation>ses règles (critères, pondérations, échelles, jurys, agrégation, départage, sélection) sont arrêtées. Revenez d&apos;une étape, avec une raison, pour les modifier.</translation>
    </message>
    <message>
        <source>its site (buildings, rentable surface, fill target) is fixed.</source>
        <translation>son site (bâtiments, surface louable, objectif de remplissage) est arrêté.</translation>
    </message>
    <message>
        <source>candidates are no longer registered or removed; their data may still be corrected.</source>
        <translation>on n&apos;inscrit ni ne retire plus de candidat&#xa0;; leurs données peuvent encore être corrigées.</translation>
    </message>
    <message>
        <source>its jurors and their conflicts of interest are fixed.</source>
        <translation>ses jurés et leurs conflits d&apos;intérêts sont arrêtés.</translation>
    </message>
    <message>
        <source>a score is corrected only with a written reason.</source>
        <translation>une note n&apos;est corrigée qu&apos;avec une raison écrite.</translation>
    </message>
    <message>
        <source>scores come in once it is in scoring.</source>
        <translation>les notes arrivent une fois la campagne en notation.</translation>
    </message>
    <message>
        <source>decisions are recorded in deliberation.</source>
        <translation>les décisions s&apos;enregistrent en délibération.</translation>
    </message>
    <message>
        <source>The campaign is %1: %2</source>
        <translation>La campagne est %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Going back from “%1” to “%2” needs a written reason.</source>
        <translation>Revenir de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;» demande une raison écrite.</translation>
    </message>
    <message>
        <source>A campaign goes back one step at a time: from “%1”, to “%2”.</source>
        <translation>Une campagne revient en arrière une étape à la fois&#xa0;: de «&#xa0;%1&#xa0;», à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>File upgrade</source>
        <translation>Mise à jour du fichier</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Juries</source>
        <translation>Jurys</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>campaign settings</source>
        <translation>réglages de la campagne</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n&#xa0;ligne écrite</numerusform>
            <numerusform>%n&#xa0;lignes écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>%n&#xa0;ligne supprimée</numerusform>
            <numerusform>%n&#xa0;lignes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1 is not a Palmarès juror package.</source>
        <translation>%1 n’est pas un dossier de juré Palmarès.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Palmarès: install the version the organizer uses.</source>
        <translation>%1 a été fait par une version plus récente de Palmarès&#xa0;: installez la version qu’utilise l’organisateur.</translation>
    </message>
    <message>
        <source>%1 is incomplete (cut short, perhaps while being copied or sent): ask for it again.</source>
        <translation>%1 est incomplet (tronqué, peut-être pendant une copie ou un envoi)&#xa0;: demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase: either the passphrase is not the one of its letter, or the file was changed since it was written.</source>
        <translation>%1 ne s’ouvre pas avec cette phrase secrète&#xa0;: soit ce n’est pas celle de sa lettre, soit le fichier a été modifié depuis qu’il a été écrit.</translation>
    </message>
    <message>
        <source>%1 asks for a key derivation no Palmarès package asks for: it was not made by Palmarès.</source>
        <translation>%1 demande une dérivation de clé qu’aucun dossier Palmarès ne demande&#xa0;: il n’a pas été fait par Palmarès.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: this computer lacks the memory to derive its key (64 MiB).</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: cet ordinateur manque de mémoire pour calculer sa clé (64&#xa0;Mio).</translation>
    </message>
    <message>
        <source>Juror packages exported</source>
        <translation>Dossiers des jurés exportés</translation>
    </message>
    <message>
        <source>Juror return imported</source>
        <translation>Retour d’un juré importé</translation>
    </message>
    <message>
        <source>Juror packages</source>
        <translation>Dossiers des jurés</translation>
    </message>
    <message>
        <source>%1 opens, but what it holds is not a juror package&apos;s contents: it was not written by Palmarès.</source>
        <translation>%1 s’ouvre, mais ce qu’il contient n’est pas le contenu d’un dossier de juré&#xa0;: il n’a pas été écrit par Palmarès.</translation>
    </message>
    <message>
        <source>%1 is a juror package of another campaign: open the campaign it was exported from.</source>
        <translation>%1 est un dossier de juré d’une autre campagne&#xa0;: ouvrez la campagne dont il a été exporté.</translation>
    </message>
    <message>
        <source>%1 is the package of another juror than the one chosen.</source>
        <translation>%1 est le dossier d’un autre juré que celui choisi.</translation>
    </message>
    <message>
        <source>%1 is the package of a juror this campaign does not have (or no longer has).</source>
        <translation>%1 est le dossier d’un juré que cette campagne n’a pas (ou n’a plus).</translation>
    </message>
    <message>
        <source>%1 is the package of a juror for whom this campaign exported none: it has no passphrase to open it with.</source>
        <translation>%1 est le dossier d’un juré pour qui cette campagne n’en a exporté aucun&#xa0;: elle n’a pas de phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>from a paper sheet</source>
        <translation>d’après une feuille papier</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>from the package %1</source>
        <translation>du dossier %1</translation>
    </message>
    <message>
        <source>the candidate is no longer in the campaign</source>
        <translation>le candidat ne figure plus dans la campagne</translation>
    </message>
    <message>
        <source>the candidate has withdrawn or was found ineligible since</source>
        <translation>le candidat s’est retiré ou a été déclaré non éligible depuis</translation>
    </message>
    <message>
        <source>a conflict of interest with this candidate was declared since</source>
        <translation>un conflit d’intérêts avec ce candidat a été déclaré depuis</translation>
    </message>
    <message>
        <source>the criterion was removed since</source>
        <translation>le critère a été supprimé depuis</translation>
    </message>
    <message>
        <source>the value is no longer on the jury&apos;s scale</source>
        <translation>la note n’est plus sur l’échelle du jury</translation>
    </message>
    <message>
        <source>%1, %2: %3 not taken, %4</source>
        <translation>%1, %2&#xa0;: %3 non reprise, %4</translation>
    </message>
    <message>
        <source>%1, %2: the campaign holds %3 (%4, %5), the juror&apos;s return %6 (%7)</source>
        <translation>%1, %2&#xa0;: la campagne a %3 (%4, %5), le retour du juré %6 (%7)</translation>
    </message>
    <message>
        <source>submitted on %1, returned on %2</source>
        <translation>soumis le %1, renvoyé le %2</translation>
    </message>
    <message>
        <source>returned on %1, not submitted</source>
        <translation>renvoyé le %1, non soumis</translation>
    </message>
    <message>
        <source>exported on %1, not returned</source>
        <translation>exporté le %1, non renvoyé</translation>
    </message>
    <message>
        <source>no package exported</source>
        <translation>aucun dossier exporté</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <extracomment>A level of a criterion&apos;s rubric: its label (in bold), then what it means.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Trimmed mean (from 5 values)</source>
        <translation>Moyenne tronquée (à partir de 5 valeurs)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Note finale</translation>
    </message>
    <message>
        <source>Registration order</source>
        <translation>Ordre d’enregistrement</translation>
    </message>
    <message>
        <source>Total of the %1</source>
        <translation>Total (%1)</translation>
    </message>
    <message>
        <source>Deliberation session</source>
        <translation>Séance de délibération</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>When the deliberation session was held: a date (« vendredi 12 juin 2026 »), then a time.</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1: %2 present of %3, quorum %4 — %5</source>
        <extracomment>A jury at the deliberation session: its name, jurors present, its number of jurors, its quorum, and whether it is reached.</extracomment>
        <translation>%1&#xa0;: %2 sur %3 présents, quorum %4 — %5</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>no jury, no quorum</source>
        <translation>aucun jury, pas de quorum</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <extracomment>A jury&apos;s jurors present over its quorum: « Jury citoyen 12/8 ».</extracomment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>quorum reached (%1)</source>
        <translation>quorum atteint (%1)</translation>
    </message>
    <message>
        <source>quorum not reached for the %1 (%2)</source>
        <translation>quorum non atteint&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>No deliberation session recorded yet.</source>
        <translation>Aucune séance de délibération n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Session of %1, %2, chaired by %3; %4.</source>
        <translation>Séance du %1, %2, présidée par %3&#xa0;; %4.</translation>
    </message>
    <message>
        <source>the deliberation session is recorded in deliberation.</source>
        <translation>la séance de délibération s’enregistre en délibération.</translation>
    </message>
    <message>
        <source>Waiting no. %1</source>
        <translation>Attente n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Document émis</translation>
    </message>
    <message>
        <source>Reports issued</source>
        <translation>Documents émis</translation>
    </message>
    <message>
        <source>public laureate report</source>
        <translation>rapport public des lauréats</translation>
    </message>
    <message>
        <source>laureate report</source>
        <translation>rapport des lauréats</translation>
    </message>
    <message>
        <source>public minutes of the deliberation</source>
        <translation>procès-verbal public de la délibération</translation>
    </message>
    <message>
        <source>minutes of the deliberation</source>
        <translation>procès-verbal de la délibération</translation>
    </message>
    <message>
        <source>public results workbook</source>
        <translation>classeur public des résultats</translation>
    </message>
    <message>
        <source>results workbook</source>
        <translation>classeur des résultats</translation>
    </message>
    <message>
        <source>%1 “%2”, issued on %3</source>
        <extracomment>A document issued: what it is, its file&apos;s name, when it was written.</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;», émis le %3</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>the campaign still gives its result</source>
        <translation>la campagne donne toujours son résultat</translation>
    </message>
    <message>
        <source>changed since: %1</source>
        <translation>modifié depuis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>it has no %1</source>
        <translation>il n&apos;a pas de %1</translation>
    </message>
    <message>
        <source>%1 names no part for the sheet &quot;%2&quot;</source>
        <translation>%1 ne donne aucune partie pour la feuille «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a cell %1 in row %2</source>
        <translation>une cellule %1 dans la ligne %2</translation>
    </message>
    <message>
        <source>cell %1 names a shared string that is not in the file</source>
        <translation>la cellule %1 renvoie à une chaîne partagée absente du fichier</translation>
    </message>
    <message>
        <source>a row numbered %1</source>
        <translation>une ligne numérotée %1</translation>
    </message>
</context>
<context>
    <name>ZipEntries</name>
    <message>
        <source>more bytes than the zip&apos;s directory says</source>
        <translation>plus d&apos;octets que n&apos;en indique le répertoire du zip</translation>
    </message>
    <message>
        <source>%1: %2 would take more than %3 MB once uncompressed, more than a workbook may take. Is it a zip bomb?</source>
        <translation>%1&#xa0;: %2 occuperait plus de %3 Mo une fois décompressé, plus qu&apos;un classeur ne peut occuper. Est-ce une bombe zip&#xa0;?</translation>
    </message>
    <message>
        <source>fewer bytes than the zip&apos;s directory says</source>
        <translation>moins d&apos;octets que n&apos;en indique le répertoire du zip</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1: %2 would take %3 MB once uncompressed, more than the %4 MB a workbook may take. Is it a zip bomb?</source>
        <translation>%1&#xa0;: %2 occuperait %3 Mo une fois décompressé, plus que les %4 Mo permis à un classeur. Est-ce une bombe zip&#xa0;?</translation>
    </message>
    <message>
        <source>%1: %2 is compressed %3 to 1, more than the %4 to 1 of any spreadsheet. Is it a zip bomb?</source>
        <translation>%1&#xa0;: %2 est compressé %3 pour 1, plus que les %4 pour 1 d&apos;un tableur. Est-ce une bombe zip&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2): it cannot be read. Save it again from its spreadsheet program.</source>
        <translation>%1 est endommagé ou incomplet (%2)&#xa0;: il ne peut pas être lu. Enregistrez-le de nouveau depuis son tableur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Campaign file to open.</source>
        <translation>Fichier de campagne à ouvrir.</translation>
    </message>
</context>
<context>
    <name>palmares::AnalysisPage</name>
    <message>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>&amp;Pillar profile</source>
        <translation>&amp;Profil par pilier</translation>
    </message>
    <message>
        <source>&amp;Expert vs citizen</source>
        <translation>Experts et ci&amp;toyens</translation>
    </message>
    <message>
        <source>Scores per &amp;juror</source>
        <translation>Notes par &amp;juré</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Candidate compared</source>
        <translation>Candidat comparé</translation>
    </message>
    <message>
        <source>Pillar profile chart</source>
        <translation>Graphique du profil par pilier</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidat&#xa0;:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparer a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Expert versus citizen chart</source>
        <translation>Graphique comparant experts et citoyens</translation>
    </message>
    <message>
        <source>Score distribution per juror</source>
        <translation>Répartition des notes par juré</translation>
    </message>
    <message>
        <source>Jurors compared with their jury</source>
        <translation>Jurés comparés à leur jury</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1: final %2 (%3).</source>
        <translation>%1&#xa0;: note finale %2 (%3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>non calculée</translation>
    </message>
    <message>
        <source>Comparing juries needs two juries.</source>
        <translation>La comparaison des jurys nécessite deux jurys.</translation>
    </message>
    <message>
        <source>Total of the %1 and of the %2, out of 100</source>
        <translation>Totaux sur 100&#xa0;: %1 et %2</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Other candidates</source>
        <translation>Autres candidats</translation>
    </message>
    <message>
        <source>Same total from both juries</source>
        <translation>Même total pour les deux jurys</translation>
    </message>
    <message>
        <source>%1
%2: %3, %4: %5</source>
        <translation>%1
%2&#xa0;: %3, %4&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) scored by both juries. Above the diagonal, the %1 gave more than the %2.</source>
        <translation>
            <numerusform>%n candidat noté par les deux jurys. Au-dessus de la diagonale, le %1 a donné une note plus élevée que le %2.</numerusform>
            <numerusform>%n candidats notés par les deux jurys. Au-dessus de la diagonale, le %1 a donné une note plus élevée que le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Widest gap: %1 (%2 points).</source>
        <translation>Écart le plus important&#xa0;: %1 (%2 points).</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Moyenne des autres</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>In line with the jury</source>
        <translation>Dans la moyenne du jury</translation>
    </message>
    <message>
        <source>Harsh: %1 points under the others</source>
        <translation>Sévère&#xa0;: %1 points de moins que les autres</translation>
    </message>
    <message>
        <source>Lenient: %1 points over the others</source>
        <translation>Indulgent&#xa0;: %1 points de plus que les autres</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <source>Each juror&apos;s scores, out of 100</source>
        <translation>Notes de chaque juré, sur 100</translation>
    </message>
    <message>
        <source>box: the middle half of the scores; line: the median; whiskers: the lowest and the highest score</source>
        <translation>boîte&#xa0;: la moitié centrale des notes&#xa0;; trait&#xa0;: la médiane&#xa0;; moustaches&#xa0;: la note la plus basse et la plus haute</translation>
    </message>
</context>
<context>
    <name>palmares::BuildingsModel</name>
    <message>
        <source>Office</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>palmares::Buttons</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>palmares::CampaignDocument</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>%1 is open in %2: it cannot be replaced.</source>
        <translation>%1 est ouvert dans %2&#xa0;: il ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>This campaign is open read-only: the change is not saved.</source>
        <translation>Cette campagne est ouverte en lecture seule&#xa0;: la modification n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>%1 (process %2, on this computer)</source>
        <translation>%1 (processus %2, sur cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 (process %2, on the computer %3)</source>
        <translation>%1 (processus %2, sur l&apos;ordinateur %3)</translation>
    </message>
    <message>
        <source>%1 is already open for writing in %2.</source>
        <translation>%1 est déjà ouvert en écriture dans %2.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its folder %2 is read-only. Open it for reading, or copy it to a folder of yours.</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture&#xa0;: son dossier %2 est en lecture seule. Ouvrez-le en lecture, ou copiez-le dans un de vos dossiers.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its lock file %2 cannot be written (is the disk full?).</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture&#xa0;: son fichier de verrou %2 ne peut pas être écrit (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the file is read-only. Open it for reading, or allow writing in its properties.</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture&#xa0;: le fichier est en lecture seule. Ouvrez-le en lecture, ou autorisez l&apos;écriture dans ses propriétés.</translation>
    </message>
</context>
<context>
    <name>palmares::CampaignPage</name>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Sum of the buildings</source>
        <translation>Somme des bâtiments</translation>
    </message>
    <message>
        <source>Land plots count towards the fill</source>
        <translation>Les terrains comptent dans le remplissage</translation>
    </message>
    <message>
        <source>Correct each juror&apos;s harshness or leniency</source>
        <translation>Corriger la sévérité ou l’indulgence de chaque juré</translation>
    </message>
    <message>
        <source>Greedy by rank</source>
        <translation>Au fil du classement</translation>
    </message>
    <message>
        <source>Best value (advisory optimum)</source>
        <translation>Meilleure valeur (optimum indicatif)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Every remaining candidate</source>
        <translation>Tous les candidats restants</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Opens &amp;on:</source>
        <translation>&amp;Ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Closes o&amp;n:</source>
        <translation>&amp;Clôture&#xa0;:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Fill &amp;target:</source>
        <translation>Objectif de &amp;remplissage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rentable surface:</source>
        <translation>Surface &amp;locative&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Aggregation of jurors:</source>
        <translation>&amp;Agrégation des notes des jurés&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ie-break order:</source>
        <translation>Ordre de &amp;départage&#xa0;:</translation>
    </message>
    <message>
        <source>then registration order</source>
        <translation>puis ordre d’enregistrement</translation>
    </message>
    <message>
        <source>Se&amp;lection rule:</source>
        <translation>Règle de sél&amp;ection&#xa0;:</translation>
    </message>
    <message>
        <source>Juror &amp;spread alert:</source>
        <translation>Alerte de dis&amp;persion des jurés&#xa0;:</translation>
    </message>
    <message>
        <source>Jury &amp;gap alert:</source>
        <translation>Alerte d’écart entre &amp;jurys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Waiting list size:</source>
        <translation>Ta&amp;ille de la liste d’attente&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>Statut de la campagne</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Date d’ouverture</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Fill target in percent</source>
        <translation>Objectif de remplissage en pourcentage</translation>
    </message>
    <message>
        <source>Rentable surface in square metres</source>
        <translation>Surface locative en mètres carrés</translation>
    </message>
    <message>
        <source>Tie-break order</source>
        <translation>Ordre de départage</translation>
    </message>
    <message>
        <source>Move tie-break key up</source>
        <translation>Monter le critère de départage</translation>
    </message>
    <message>
        <source>Move tie-break key down</source>
        <translation>Descendre le critère de départage</translation>
    </message>
    <message>
        <source>Selection rule</source>
        <translation>Règle de sélection</translation>
    </message>
    <message>
        <source>Juror spread alert threshold</source>
        <translation>Seuil d’alerte de dispersion des jurés</translation>
    </message>
    <message>
        <source>Jury gap alert threshold</source>
        <translation>Seuil d’alerte d’écart entre jurys</translation>
    </message>
    <message>
        <source>Waiting list size</source>
        <translation>Taille de la liste d’attente</translation>
    </message>
    <message>
        <source>A candidate is flagged when the standard deviation of one jury&apos;s juror totals exceeds this many points out of 100.</source>
        <translation>Un candidat est signalé lorsque l’écart-type des totaux des jurés d’un même jury dépasse ce nombre de points sur 100.</translation>
    </message>
    <message>
        <source>A candidate is flagged when its jury totals differ by more than this many points out of 100.</source>
        <translation>Un candidat est signalé lorsque les totaux de ses jurys diffèrent de plus de ce nombre de points sur 100.</translation>
    </message>
    <message>
        <source>Rename the campaign</source>
        <translation>Renommer la campagne</translation>
    </message>
    <message>
        <source>Change the territory</source>
        <translation>Modifier le territoire</translation>
    </message>
    <message>
        <source>Change the campaign dates</source>
        <translation>Modifier les dates de la campagne</translation>
    </message>
    <message>
        <source>Change the fill target</source>
        <translation>Modifier l’objectif de remplissage</translation>
    </message>
    <message>
        <source>Change the rentable surface</source>
        <translation>Modifier la surface locative</translation>
    </message>
    <message>
        <source>Change whether land counts</source>
        <translation>Modifier la prise en compte des terrains</translation>
    </message>
    <message>
        <source>Change the aggregation of jurors</source>
        <translation>Modifier l’agrégation des notes des jurés</translation>
    </message>
    <message>
        <source>Change juror de-biasing</source>
        <translation>Modifier la correction des biais des jurés</translation>
    </message>
    <message>
        <source>Change the selection rule</source>
        <translation>Modifier la règle de sélection</translation>
    </message>
    <message>
        <source>Change the juror spread alert</source>
        <translation>Modifier l’alerte de dispersion des jurés</translation>
    </message>
    <message>
        <source>Change the jury gap alert</source>
        <translation>Modifier l’alerte d’écart entre jurys</translation>
    </message>
    <message>
        <source>Change the waiting list size</source>
        <translation>Modifier la taille de la liste d’attente</translation>
    </message>
    <message>
        <source>Site and buildings</source>
        <translation>Site et bâtiments</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>&amp;Add building</source>
        <translation>Ajouter un &amp;bâtiment</translation>
    </message>
    <message>
        <source>Re&amp;move building</source>
        <translation>Suppri&amp;mer le bâtiment</translation>
    </message>
    <message>
        <source>Add building</source>
        <translation>Ajouter un bâtiment</translation>
    </message>
    <message>
        <source>Remove building</source>
        <translation>Supprimer le bâtiment</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s). Rentable surface: %1&#x202f;m²; at a %2&#x202f;% fill target, the laureates can take %3&#x202f;m².</source>
        <translation>
            <numerusform>%n bâtiment. Surface locative&#xa0;: %1&#x202f;m²&#xa0;; avec un objectif de remplissage de %2&#x202f;%, les lauréats peuvent occuper %3&#x202f;m².</numerusform>
            <numerusform>%n bâtiments. Surface locative&#xa0;: %1&#x202f;m²&#xa0;; avec un objectif de remplissage de %2&#x202f;%, les lauréats peuvent occuper %3&#x202f;m².</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the tie-break order</source>
        <translation>Modifier l’ordre de départage</translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation>Réglages de la campagne</translation>
    </message>
    <message>
        <source>Each step fixes more of the campaign: the rules when scoring starts, the scores in deliberation; a closed campaign is only read. Going back a step asks for a reason.</source>
        <translation>Chaque étape arrête une part de plus de la campagne&#xa0;: les règles quand la notation commence, les notes en délibération&#xa0;; une campagne clôturée est seulement consultable. Revenir d&apos;une étape demande une raison.</translation>
    </message>
    <message>
        <source>Go back a step</source>
        <translation>Revenir d&apos;une étape</translation>
    </message>
    <message>
        <source>Why does the campaign go back from “%1” to “%2”? The reason is kept in the journal and the minutes.</source>
        <translation>Pourquoi la campagne revient-elle de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»&#xa0;? La raison est gardée dans le journal et le procès-verbal.</translation>
    </message>
    <message>
        <source>The share of the rentable surface the laureates may take: the selection stops before the surface they request goes beyond it.</source>
        <translation>La part de la surface locative que les lauréats peuvent occuper&#xa0;: la sélection s’arrête avant que la surface qu’ils demandent la dépasse.</translation>
    </message>
    <message>
        <source>The surface to let. At zero, the sum of the buildings that count (land plots only when they count towards the fill).</source>
        <translation>La surface à louer. À zéro, la somme des bâtiments pris en compte (les terrains seulement s’ils comptent dans le remplissage).</translation>
    </message>
    <message>
        <source>Ticked, land plots are part of the rentable surface and a request for land takes from the fill; otherwise only the buildings do.</source>
        <translation>Cochée, les terrains font partie de la surface locative et une demande de terrain compte dans le remplissage&#xa0;; sinon, seuls les bâtiments comptent.</translation>
    </message>
    <message>
        <source>How a jury&apos;s score on a criterion is made from its jurors&apos; scores: their mean, their median, or their mean without the highest and the lowest once there are five scores or more.</source>
        <translation>Comment la note d’un jury sur un critère est tirée des notes de ses jurés&#xa0;: leur moyenne, leur médiane, ou leur moyenne sans la plus haute ni la plus basse dès qu’il y a cinq notes ou plus.</translation>
    </message>
    <message>
        <source>Before the jurors&apos; scores are put together, each juror&apos;s scores are brought to the mean and spread of the jury, so that a harsh or a lenient juror weighs like the others. Off by default.</source>
        <translation>Avant de réunir les notes des jurés, celles de chaque juré sont ramenées à la moyenne et à la dispersion du jury, pour qu’un juré sévère ou indulgent pèse comme les autres. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Candidates with the same final score are ranked by these, in this order, then by registration order. Alt+Up and Alt+Down move the selected one.</source>
        <translation>Les candidats à égalité de note finale sont départagés par ces critères, dans cet ordre, puis par ordre d’enregistrement. Alt+Haut et Alt+Bas déplacent celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Greedy: down the ranking, each candidate whose surface still fits is a laureate. Best value: the combination with the highest total score within the capacity, shown beside it as advice.</source>
        <translation>Au fil du classement&#xa0;: en descendant le classement, chaque candidat dont la surface tient encore est lauréat. Meilleure valeur&#xa0;: la combinaison au score total le plus élevé dans la capacité, montrée à côté à titre indicatif.</translation>
    </message>
    <message>
        <source>A candidate whose jurors&apos; totals within one jury are spread more than this (standard deviation, out of 100) is flagged.</source>
        <translation>Un candidat dont les totaux des jurés d’un même jury sont plus dispersés que cela (écart type, sur 100) est signalé.</translation>
    </message>
    <message>
        <source>A candidate whose expert and citizen totals differ by more than this (out of 100) is flagged.</source>
        <translation>Un candidat dont les totaux des experts et des citoyens diffèrent de plus que cela (sur 100) est signalé.</translation>
    </message>
    <message>
        <source>How many candidates not selected stand in line, in rank order, should a laureate withdraw.</source>
        <translation>Combien de candidats non retenus attendent, dans l’ordre du classement, au cas où un lauréat se retirerait.</translation>
    </message>
</context>
<context>
    <name>palmares::CandidateForm</name>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Social and solidarity economy (ESS)</source>
        <translation>Économie sociale et solidaire (ESS)</translation>
    </message>
    <message>
        <source>e.g. 16.23Z</source>
        <translation>ex.&#xa0;: 16.23Z</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source> FTE</source>
        <translation> ETP</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Why it is ineligible or withdrawn</source>
        <translation>Motif de non-éligibilité ou de retrait</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>Enle&amp;ver le fichier</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Forme &amp;juridique&#xa0;:</translation>
    </message>
    <message>
        <source>NA&amp;F code:</source>
        <translation>Code &amp;NAF&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Courri&amp;el&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Requested s&amp;urface:</source>
        <translation>Surface dem&amp;andée&#xa0;:</translation>
    </message>
    <message>
        <source>Wanted &amp;use:</source>
        <translation>&amp;Usage souhaité&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred &amp;building:</source>
        <translation>&amp;Bâtiment souhaité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Jobs created:</source>
        <translation>Emp&amp;lois créés&#xa0;:</translation>
    </message>
    <message>
        <source>Wanted s&amp;tart:</source>
        <translation>Date d’entrée sou&amp;haitée&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Date de réception&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Social and solidarity economy</source>
        <translation>Économie sociale et solidaire</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>Code NAF</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Intitulé du projet</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Description du projet</translation>
    </message>
    <message>
        <source>Requested surface in square metres</source>
        <translation>Surface demandée en mètres carrés</translation>
    </message>
    <message>
        <source>Wanted use</source>
        <translation>Usage souhaité</translation>
    </message>
    <message>
        <source>Preferred building</source>
        <translation>Bâtiment souhaité</translation>
    </message>
    <message>
        <source>Jobs created, full-time equivalent</source>
        <translation>Emplois créés, en équivalent temps plein</translation>
    </message>
    <message>
        <source>Wanted start date</source>
        <translation>Date d’entrée souhaitée</translation>
    </message>
    <message>
        <source>Application status</source>
        <translation>Statut de la candidature</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>motif du statut</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>forme juridique</translation>
    </message>
    <message>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <source>requested surface</source>
        <translation>surface demandée</translation>
    </message>
    <message>
        <source>wanted use</source>
        <translation>usage souhaité</translation>
    </message>
    <message>
        <source>preferred building</source>
        <translation>bâtiment souhaité</translation>
    </message>
    <message>
        <source>jobs created</source>
        <translation>emplois créés</translation>
    </message>
    <message>
        <source>wanted start</source>
        <translation>date d’entrée souhaitée</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>No. %1 — %2</source>
        <translation>N°&#xa0;%1 — %2</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>Aucun candidat sélectionné</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sans préférence</translation>
    </message>
    <message>
        <source>No SIRET yet: allowed for a company being created.</source>
        <translation>Pas encore de SIRET&#xa0;: admis pour une entreprise en cours de création.</translation>
    </message>
    <message>
        <source>Valid SIRET.</source>
        <translation>SIRET valide.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (ajouté le %2)</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB.</source>
        <translation>%1 dépasse 50&#xa0;Mo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.odt *.docx *.jpg *.png);;All files (*)</source>
        <translation>Documents (*.pdf *.odt *.docx *.jpg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Aucune application ne permet d’ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>palmares::CandidatesModel</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>palmares::CandidatesPage</name>
    <message>
        <source>Search candidates</source>
        <translation>Rechercher des candidats</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Tous les usages</translation>
    </message>
    <message>
        <source>Filter by use</source>
        <translation>Filtrer par usage</translation>
    </message>
    <message>
        <source>ESS or not</source>
        <translation>ESS ou non</translation>
    </message>
    <message>
        <source>ESS only</source>
        <translation>ESS uniquement</translation>
    </message>
    <message>
        <source>Not ESS</source>
        <translation>Hors ESS</translation>
    </message>
    <message>
        <source>Filter by social economy</source>
        <translation>Filtrer par appartenance à l’ESS</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation>&amp;Nouveau candidat</translation>
    </message>
    <message>
        <source>&amp;Remove candidate</source>
        <translation>&amp;Supprimer le candidat</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Supprimer le candidat</translation>
    </message>
    <message>
        <source>Remove “%1” with its scores, conflicts of interest, decision and attachments? Edit ▸ Undo brings it back.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec ses notes, ses conflits d’intérêts, sa décision et ses pièces jointes&#xa0;? Édition ▸ Annuler permet de le rétablir.</translation>
    </message>
    <message>
        <source>Candidate details</source>
        <translation>Fiche du candidat</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Finds the candidates whose name, SIRET, project or contact holds what you type.</source>
        <translation>Trouve les candidats dont le nom, le SIRET, le projet ou le contact contient ce que vous tapez.</translation>
    </message>
</context>
<context>
    <name>palmares::ConflictsModel</name>
    <message>
        <source>%1 is in conflict of interest with %2: %3</source>
        <translation>%1 est en conflit d’intérêts avec %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>%1 – %2: no conflict</source>
        <translation>%1 – %2&#xa0;: pas de conflit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>palmares::CriteriaModel</name>
    <message>
        <source>Share of the final score carried by this pillar&apos;s weight</source>
        <translation>Part de la note finale portée par la pondération de ce pilier</translation>
    </message>
    <message>
        <source>Share of the final score carried by this criterion (its pillar&apos;s share × its weight within the pillar)</source>
        <translation>Part de la note finale portée par ce critère (part de son pilier × sa pondération au sein du pilier)</translation>
    </message>
    <message>
        <source>A candidate whose combined score on this pillar is under this value (out of 100) is not selectable. Leave empty for none.</source>
        <translation>Un candidat dont la note agrégée sur ce pilier est inférieure à cette valeur (sur 100) n’est pas sélectionnable. Laisser vide pour ne fixer aucun seuil.</translation>
    </message>
    <message>
        <source>under %1/100</source>
        <translation>sous %1/100</translation>
    </message>
    <message>
        <source>Pillar / criterion</source>
        <translation>Pilier / critère</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Share of final</source>
        <translation>Poids effectif</translation>
    </message>
    <message>
        <source>Eliminatory threshold</source>
        <translation>Seuil éliminatoire</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>palmares::CriteriaPage</name>
    <message>
        <source>Pillars and criteria</source>
        <translation>Piliers et critères</translation>
    </message>
    <message>
        <source>Add &amp;pillar</source>
        <translation>Ajouter un &amp;pilier</translation>
    </message>
    <message>
        <source>Add pillar</source>
        <translation>Ajouter un pilier</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>Ajouter un &amp;critère</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove pillar or criterion</source>
        <translation>Supprimer le pilier ou le critère</translation>
    </message>
    <message>
        <source>Double-click or start typing to edit a name, code, weight or threshold. A weight counts relative to its siblings; the share column shows what it weighs in the final score.</source>
        <translation>Double-cliquez ou commencez à saisir pour modifier un nom, un code, une pondération ou un seuil. Une pondération s’apprécie par rapport à celles des éléments de même niveau&#xa0;; la colonne «&#xa0;Poids effectif&#xa0;» indique ce qu’elle pèse dans la note finale.</translation>
    </message>
    <message>
        <source>Rubric levels</source>
        <translation>Niveaux du barème</translation>
    </message>
    <message>
        <source>Add &amp;level</source>
        <translation>Ajouter un ni&amp;veau</translation>
    </message>
    <message>
        <source>Add rubric level</source>
        <translation>Ajouter un niveau au barème</translation>
    </message>
    <message>
        <source>Remo&amp;ve level</source>
        <translation>Supp&amp;rimer le niveau</translation>
    </message>
    <message>
        <source>Remove rubric level</source>
        <translation>Supprimer le niveau du barème</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Barème</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n score(s) given by the jurors. They will be removed with it (Undo brings them back).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» compte %n note attribuée par les jurés. Elle sera supprimée en même temps (Annuler permet de la rétablir).</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» compte %n notes attribuées par les jurés. Elles seront supprimées en même temps (Annuler permet de les rétablir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a criterion to edit its rubric.</source>
        <translation>Sélectionnez un critère pour modifier son barème.</translation>
    </message>
    <message>
        <source>Rubric of “%1”. Levels from low to high. Jurors see them on the scoring sheet and in the criterion&apos;s tooltip.</source>
        <translation>Barème de «&#xa0;%1&#xa0;». Niveaux du plus bas au plus élevé. Les jurés les voient sur la grille d’évaluation et dans l’infobulle du critère.</translation>
    </message>
</context>
<context>
    <name>palmares::HelpWindow</name>
    <message>
        <source>guide_en.md</source>
        <comment>the user guide&apos;s file in this language</comment>
        <translation>guide_fr.md</translation>
    </message>
    <message>
        <source>Palmarès guide</source>
        <translation>Guide de Palmarès</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>palmares::ImportMappingPage</name>
    <message>
        <source>&amp;Skip rows already in the campaign (same SIRET, e-mail, name or score)</source>
        <translation>&amp;Ignorer les lignes déjà présentes dans la campagne (même SIRET, courriel, nom ou note)</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values</source>
        <translation>Les &amp;mettre à jour avec les valeurs du fichier</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>Quelle colonne correspond à quel champ&#xa0;?</translation>
    </message>
    <message>
        <source>Guessed from the headers; the choice is remembered for this campaign.</source>
        <translation>Correspondance déduite des en-têtes&#xa0;; ce choix est mémorisé pour cette campagne.</translation>
    </message>
    <message>
        <source>Fields and their columns</source>
        <translation>Champs et colonnes correspondantes</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Choisissez une colonne pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for both %2 and %3.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est choisie à la fois pour %2 et pour %3.</translation>
    </message>
</context>
<context>
    <name>palmares::ImportReportPage</name>
    <message>
        <source>Save the &amp;report as CSV…</source>
        <translation>Enregistrer le &amp;rapport au format CSV…</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>&amp;Ne rien importer</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows with an error are never imported.</source>
        <translation>Rien n’est encore écrit. Les lignes comportant une erreur ne sont jamais importées.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes relevés</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>The check was cancelled: go back, or cancel the import.</source>
        <translation>La vérification a été annulée&#xa0;: revenez en arrière ou annulez l’import.</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, updated: %3, skipped (already there): %4, rejected: %5.</source>
        <translation>Lignes lues&#xa0;: %1. Nouvelles&#xa0;: %2, mises à jour&#xa0;: %3, ignorées (déjà présentes)&#xa0;: %4, rejetées&#xa0;: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid row(s) only</source>
        <translation>
            <numerusform>Importer uniquement %n ligne valide</numerusform>
            <numerusform>Importer uniquement les %n lignes valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n row(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer les %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <source>import-report-%1.csv</source>
        <translation>rapport-import-%1.csv</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>palmares::ImportSourcePage</name>
    <message>
        <source>Which file, and what does it hold?</source>
        <translation>Quel fichier, et que contient-il&#xa0;?</translation>
    </message>
    <message>
        <source>A CSV file (separator and encoding are detected), or an XLSX or ODS workbook.</source>
        <translation>Un fichier CSV (séparateur et encodage détectés automatiquement), ou un classeur XLSX ou ODS.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Path of a .csv, .xlsx or .ods file</source>
        <translation>Chemin d’un fichier .csv, .xlsx ou .ods</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Save an empty &amp;template…</source>
        <translation>Enregistrer un &amp;modèle vide…</translation>
    </message>
    <message>
        <source>A spreadsheet with the expected headers in French, to fill in and import.</source>
        <translation>Un tableur portant les en-têtes attendus, en français, à remplir puis à importer.</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille&#xa0;:</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Modèle enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>template-%1.xlsx</source>
        <translation>modele-%1.xlsx</translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>Enregistrer un modèle vide</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>%1 has headers but no row to import.</source>
        <translation>%1 contient des en-têtes, mais aucune ligne à importer.</translation>
    </message>
</context>
<context>
    <name>palmares::ImportWizard</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.ods *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported from %2: %n new</source>
        <translation>
            <numerusform>Import de %2 (%1)&#xa0;: %n nouvelle ligne</numerusform>
            <numerusform>Import de %2 (%1)&#xa0;: %n nouvelles lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n mise à jour</numerusform>
            <numerusform>, %n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejetée</numerusform>
            <numerusform>, %n rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>. Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>. Annuler (Ctrl+Z) revient sur l’ensemble de l’import.</translation>
    </message>
</context>
<context>
    <name>palmares::IssuedDialog</name>
    <message>
        <source>Reports issued</source>
        <translation>Documents émis</translation>
    </message>
    <message>
        <source>Each report, set of minutes or workbook written from this campaign carries the fingerprint of its result. The last column says whether the campaign still gives that result, or which tables changed since.</source>
        <translation>Chaque rapport, procès-verbal ou classeur écrit à partir de cette campagne porte l’empreinte de son résultat. La dernière colonne dit si la campagne donne toujours ce résultat, ou quelles tables ont changé depuis.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>No report has been issued from this campaign yet.</source>
        <translation>Aucun document n’a encore été émis à partir de cette campagne.</translation>
    </message>
    <message>
        <source>The campaign&apos;s fingerprint today: %1</source>
        <translation>L’empreinte de la campagne aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Copy the fingerprint</source>
        <translation>&amp;Copier l’empreinte</translation>
    </message>
</context>
<context>
    <name>palmares::JournalModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>palmares::JournalPage</name>
    <message>
        <source>Filter: a name, a word of the details…</source>
        <translation>Filtrer&#xa0;: un nom, un mot des détails…</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Filtrer le journal</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Saves the entries shown, oldest first, as a CSV file for a spreadsheet.</source>
        <translation>Enregistre les entrées affichées, de la plus ancienne à la plus récente, dans un fichier CSV pour un tableur.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows, with the headers, for a spreadsheet.</source>
        <translation>Ctrl+C copie les lignes sélectionnées, avec les en-têtes, pour un tableur.</translation>
    </message>
    <message>
        <source>Your name in the journal</source>
        <translation>Votre nom dans le journal</translation>
    </message>
    <message>
        <source>The name the journal gives the changes you make on this computer; empty, the computer&apos;s user name.</source>
        <translation>Le nom que le journal donne aux modifications faites sur cet ordinateur&#xa0;; vide, le nom d&apos;utilisateur de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Your &amp;name in the journal:</source>
        <translation>Votre &amp;nom dans le journal&#xa0;:</translation>
    </message>
    <message>
        <source>Every kind of entry</source>
        <translation>Tous les types d&apos;entrée</translation>
    </message>
    <message>
        <source>Every author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(ies)</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>journal-%1.csv</source>
        <translation>journal-%1.csv</translation>
    </message>
    <message>
        <source>journal.csv</source>
        <translation>journal.csv</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>palmares::JuriesModel</name>
    <message>
        <source>A candidate needs this many jurors of this jury to have scored every criterion.</source>
        <translation>Nombre de jurés de ce jury qui doivent avoir noté un candidat sur tous les critères.</translation>
    </message>
    <message>
        <source>Share of the final score carried by this jury&apos;s weight</source>
        <translation>Part de la note finale portée par la pondération de ce jury</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Share of final</source>
        <translation>Poids effectif</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>Échelle de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>A quorum is a whole number of jurors, from %1 to %2.</source>
        <translation>Un quorum est un nombre entier de jurés, de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>palmares::JuriesPage</name>
    <message>
        <source>Remove “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) given by “%1” will be removed with it (Undo brings them back).</source>
        <translation>
            <numerusform>%n note attribuée par «&#xa0;%1&#xa0;» sera supprimée en même temps (Annuler permet de la rétablir).</numerusform>
            <numerusform>%n notes attribuées par «&#xa0;%1&#xa0;» seront supprimées en même temps (Annuler permet de les rétablir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Juries</source>
        <translation>Jurys</translation>
    </message>
    <message>
        <source>Add &amp;jury</source>
        <translation>Ajouter un &amp;jury</translation>
    </message>
    <message>
        <source>Add jury</source>
        <translation>Ajouter un jury</translation>
    </message>
    <message>
        <source>Remove j&amp;ury</source>
        <translation>&amp;Supprimer le jury</translation>
    </message>
    <message>
        <source>Remove jury</source>
        <translation>Supprimer le jury</translation>
    </message>
    <message>
        <source>Each jury scores on its own scale; the final score is the weighted mean of the totals of the juries that reached their quorum.</source>
        <translation>Chaque jury note sur sa propre échelle&#xa0;; la note finale est la moyenne pondérée des totaux des jurys qui ont atteint leur quorum.</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Add j&amp;uror</source>
        <translation>Ajouter un ju&amp;ré</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Ajouter un juré</translation>
    </message>
    <message>
        <source>Remove ju&amp;ror</source>
        <translation>Supprimer le j&amp;uré</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Supprimer le juré</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d’intérêts</translation>
    </message>
    <message>
        <source>Jurors of the %1</source>
        <translation>Jurés (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) declared. Tick the cell of a juror and a candidate they have a link with (employer, family, partner…): that juror&apos;s scores for that candidate do not count. Type in a cell to give the reason.</source>
        <translation>
            <numerusform>%n conflit déclaré. Cochez la case croisant un juré et un candidat avec lequel il a un lien (employeur, famille, partenaire…)&#xa0;: les notes de ce juré pour ce candidat ne sont pas prises en compte. Saisissez le motif dans la case.</numerusform>
            <numerusform>%n conflits déclarés. Cochez la case croisant un juré et un candidat avec lequel il a un lien (employeur, famille, partenaire…)&#xa0;: les notes de ce juré pour ce candidat ne sont pas prises en compte. Saisissez le motif dans la case.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;packages…</source>
        <translation>E&amp;xporter les dossiers…</translation>
    </message>
    <message>
        <source>Export juror packages</source>
        <translation>Exporter les dossiers des jurés</translation>
    </message>
    <message>
        <source>One encrypted package per juror, to score offline, and a passphrase letter to print</source>
        <translation>Un dossier chiffré par juré, pour noter hors ligne, et une lettre de phrase secrète à imprimer</translation>
    </message>
    <message>
        <source>For &amp;every juror…</source>
        <translation>Pour &amp;tous les jurés…</translation>
    </message>
    <message>
        <source>For the jurors of &amp;this jury…</source>
        <translation>Pour les jurés de &amp;ce jury…</translation>
    </message>
    <message>
        <source>For the &amp;selected jurors…</source>
        <translation>Pour les jurés &amp;sélectionnés…</translation>
    </message>
    <message>
        <source>Writing the juror packages…</source>
        <translation>Écriture des dossiers des jurés…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Select the jurors to export a package for, then try again.</source>
        <translation>Sélectionnez les jurés pour qui exporter un dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no juror to export a package for.</source>
        <translation>Il n’y a aucun juré pour qui exporter un dossier.</translation>
    </message>
    <message>
        <source>Folder for the juror packages</source>
        <translation>Dossier où écrire les dossiers des jurés</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written into %1, with their passphrase letters in %2. Print the letters and hand them over apart from the packages.</source>
        <translation>
            <numerusform>%n dossier écrit dans %1, avec sa lettre de phrase secrète dans %2. Imprimez la lettre et remettez-la à part du dossier.</numerusform>
            <numerusform>%n dossiers écrits dans %1, avec leurs lettres de phrase secrète dans %2. Imprimez les lettres et remettez-les à part des dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Score s&amp;heets…</source>
        <translation>&amp;Grilles de notation…</translation>
    </message>
    <message>
        <source>Print score sheets</source>
        <translation>Imprimer les grilles de notation</translation>
    </message>
    <message>
        <source>Blank score sheets per juror (PDF), to score on paper</source>
        <translation>Grilles de notation vierges par juré (PDF), pour noter sur papier</translation>
    </message>
    <message>
        <source>Writing the score sheets…</source>
        <translation>Écriture des grilles de notation…</translation>
    </message>
    <message>
        <source>Select the jurors to print score sheets for, then try again.</source>
        <translation>Sélectionnez les jurés pour qui imprimer des grilles, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no juror to print score sheets for.</source>
        <translation>Il n’y a aucun juré pour qui imprimer des grilles.</translation>
    </message>
    <message>
        <source>Folder for the score sheets</source>
        <translation>Dossier où écrire les grilles de notation</translation>
    </message>
    <message numerus="yes">
        <source>Score sheets of %n juror(s) written into %1, one PDF each.</source>
        <translation>
            <numerusform>Grilles de notation de %n juré écrites dans %1, un PDF par juré.</numerusform>
            <numerusform>Grilles de notation de %n jurés écrites dans %1, un PDF par juré.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palmares::JurorWindow</name>
    <message>
        <source>Open a scoring package</source>
        <translation>Ouvrir un dossier de notation</translation>
    </message>
    <message>
        <source>Passphrase of %1 (it is on your letter):</source>
        <translation>Phrase secrète de %1 (elle figure sur votre lettre)&#xa0;:</translation>
    </message>
    <message>
        <source>This passphrase does not open %1. Type it again as it is on your letter:</source>
        <translation>Cette phrase secrète n’ouvre pas %1. Tapez-la à nouveau telle qu’elle figure sur votre lettre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Soumettre…</translation>
    </message>
    <message>
        <source>%1 — scoring of %2</source>
        <translation>%1 — notation de %2</translation>
    </message>
    <message>
        <source>Freeze the package once every application is scored, then send the file back</source>
        <translation>Figer le dossier une fois toutes les candidatures notées, puis renvoyer le fichier</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Attachments (double-click or Enter to open)</source>
        <translation>Pièces jointes (double-clic ou Entrée pour ouvrir)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Your scores, from %1 to %2</source>
        <translation>Vos notes, de %1 à %2</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A criterion not scored yet, in its value box.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Note pour %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>Show the &amp;folder of the file</source>
        <translation>Afficher le &amp;dossier du fichier</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Social and solidarity economy</source>
        <translation>Économie sociale et solidaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Activity (NAF)</source>
        <translation>Activité (NAF)</translation>
    </message>
    <message>
        <source>Surface requested</source>
        <translation>Surface demandée</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1&#xa0;m²</translation>
    </message>
    <message>
        <source>Wanted use</source>
        <translation>Usage souhaité</translation>
    </message>
    <message>
        <source>Jobs (FTE)</source>
        <translation>Emplois (ETP)</translation>
    </message>
    <message>
        <source>Wanted start</source>
        <translation>Démarrage souhaité</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1  %2. %3</source>
        <translation>%1  %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) scored</source>
        <translation>
            <numerusform>%1 candidature notée sur %n</numerusform>
            <numerusform>%1 candidatures notées sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No private folder can be made to open %1.</source>
        <translation>Impossible de créer un dossier privé pour ouvrir %1.</translation>
    </message>
    <message>
        <source>Once submitted, the package no longer changes. Submit it?</source>
        <translation>Une fois soumis, le dossier ne change plus. Le soumettre&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) are not fully scored.</source>
        <translation>
            <numerusform>%n candidature n’est pas entièrement notée.</numerusform>
            <numerusform>%n candidatures ne sont pas entièrement notées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the package</source>
        <translation>Soumettre le dossier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Submitted — thank you.&lt;/h2&gt;&lt;p&gt;Send this file back to the organizer, by e-mail or on a USB key:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It no longer changes; you may close Palmarès.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Soumis — merci.&lt;/h2&gt;&lt;p&gt;Renvoyez ce fichier à l’organisateur, par courriel ou sur une clé USB&#xa0;:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Il ne change plus&#xa0;; vous pouvez fermer Palmarès.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>palmares::JurorsModel</name>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Scored</source>
        <extracomment>Candidates a juror scored on every criterion, of those assigned to them.</extracomment>
        <translation>Notés</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Dossier</translation>
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
    <message>
        <source>Campaign &amp; site</source>
        <translation>Campagne et site</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Ranking &amp; selection</source>
        <translation>Classement et sélection</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Nouvelle campagne à partir d’un &amp;modèle…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Save the set-up as a te&amp;mplate…</source>
        <translation>&amp;Enregistrer la configuration comme modèle…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Palmarès</source>
        <translation>À &amp;propos de Palmarès</translation>
    </message>
    <message>
        <source>Saved. Ranking recomputed in %1 ms.</source>
        <translation>Enregistré. Classement recalculé en %1&#xa0;ms.</translation>
    </message>
    <message>
        <source>The change cannot be saved</source>
        <translation>Impossible d’enregistrer la modification</translation>
    </message>
    <message>
        <source>Opened read-only: changes are not possible in this window.</source>
        <translation>Ouverte en lecture seule&#xa0;: aucune modification n’est possible dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Campaign in use</source>
        <translation>Campagne déjà ouverte</translation>
    </message>
    <message>
        <source>%1

Only one window can change a campaign at a time. Open it read-only?</source>
        <translation>%1

Une seule fenêtre à la fois peut modifier une campagne. L’ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>campaign.ami</source>
        <translation>campagne.ami</translation>
    </message>
    <message>
        <source>Cannot create the campaign</source>
        <translation>Impossible de créer la campagne</translation>
    </message>
    <message>
        <source>Campaign template</source>
        <translation>Modèle de campagne</translation>
    </message>
    <message>
        <source>Campaign templates (*.json)</source>
        <translation>Modèles de campagne (*.json)</translation>
    </message>
    <message>
        <source>Cannot read the template</source>
        <translation>Impossible de lire le modèle</translation>
    </message>
    <message>
        <source>New campaign from a template</source>
        <translation>Nouvelle campagne à partir d’un modèle</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>-copy.ami</source>
        <translation>-copie.ami</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <source>Copy saved as %1; you are still working on %2.</source>
        <translation>Copie enregistrée sous %1&#xa0;; vous travaillez toujours sur %2.</translation>
    </message>
    <message>
        <source>Save the set-up as a template</source>
        <translation>Enregistrer la configuration comme modèle</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Impossible d’enregistrer le modèle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Palmarès starts.
La nouvelle langue s’applique au prochain démarrage de Palmarès.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Palmarès.
The new language takes effect the next time Palmarès starts.</translation>
    </message>
    <message>
        <source>About Palmarès</source>
        <translation>À propos de Palmarès</translation>
    </message>
    <message>
        <source>&lt;b&gt;Palmarès %1&lt;/b&gt;&lt;p&gt;Scores, ranks and selects the candidates of a call for expressions of interest, against a site-fill target.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Palmarès %1&lt;/b&gt;&lt;p&gt;Note, classe et sélectionne les candidats d’un appel à manifestation d’intérêt (AMI), au regard d’un objectif de remplissage du site.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GPL 3.0 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Juries</source>
        <translation>Jurys</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Deliberation mode. Esc or F11 to leave.</source>
        <translation>Mode délibération. Échap ou F11 pour en sortir.</translation>
    </message>
    <message>
        <source>&amp;Deliberation mode</source>
        <translation>Mode &amp;délibération</translation>
    </message>
    <message>
        <source>The ranking in full screen with large text, for a projector</source>
        <translation>Le classement en plein écran et en grands caractères, pour un vidéoprojecteur</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Importer un tableur…</translation>
    </message>
    <message>
        <source>Open or create a campaign first, then import the spreadsheet into it.</source>
        <translation>Ouvrez ou créez d’abord une campagne, puis importez-y le tableur.</translation>
    </message>
    <message>
        <source>Campaign read-only</source>
        <translation>Campagne en lecture seule</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

L’ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (%2, read-only) — Palmarès</source>
        <translation>%1 (%2, lecture seule) — Palmarès</translation>
    </message>
    <message>
        <source>%1 (%2) — Palmarès</source>
        <translation>%1 (%2) — Palmarès</translation>
    </message>
    <message>
        <source>Import candidates, jurors, conflicts, buildings or scores from a spreadsheet (Ctrl+I)</source>
        <translation>Importer des candidats, jurés, conflits d&apos;intérêts, bâtiments ou notes depuis un tableur (Ctrl+I)</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Actions principales</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n juré</numerusform>
            <numerusform>%n jurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&#xa0;% complete</source>
        <translation>%1&#xa0;% complète</translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s)</source>
        <translation>
            <numerusform>%n lauréat</numerusform>
            <numerusform>%n lauréats</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Show the &amp;codes</source>
        <translation>Afficher les &amp;codes</translation>
    </message>
    <message>
        <source>The short technical names of pillars, criteria and juries (economic, expert…), which templates, imports and the command line use</source>
        <translation>Les noms techniques courts des piliers, critères et jurys (economic, expert…), qu’utilisent les modèles, les imports et la ligne de commande</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Take in the packages jurors scored offline and sent back</source>
        <translation>Reprendre les dossiers que les jurés ont notés hors ligne et renvoyés</translation>
    </message>
    <message>
        <source>Import juror returns</source>
        <translation>Importer les retours des jurés</translation>
    </message>
    <message>
        <source>Juror packages (*.%1)</source>
        <translation>Dossiers de juré (*.%1)</translation>
    </message>
    <message>
        <source>Import &amp;juror returns…</source>
        <translation>Importer les retours des &amp;jurés…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Results spreadsheet…</source>
        <translation>Tableur des &amp;résultats…</translation>
    </message>
    <message>
        <source>The ranking and every score, with the jurors&apos; names and comments, as XLSX or CSV</source>
        <translation>Le classement et toutes les notes, avec les noms des jurés et leurs commentaires, en XLSX ou CSV</translation>
    </message>
    <message>
        <source>&amp;Public results spreadsheet…</source>
        <translation>Tableur des résultats &amp;publics…</translation>
    </message>
    <message>
        <source>The ranking and every score without the jurors&apos; names or comments, to publish</source>
        <translation>Le classement et toutes les notes sans les noms des jurés ni leurs commentaires, pour publication</translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation>Écriture du tableur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Export the public results</source>
        <translation>Exporter les résultats publics</translation>
    </message>
    <message>
        <source>-public-results</source>
        <extracomment>Added to the campaign&apos;s name for the file of its results: « Courcy-resultats.xlsx ».</extracomment>
        <translation>-resultats-publics</translation>
    </message>
    <message>
        <source>-results</source>
        <translation>-resultats</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV: the ranking, and the scores beside it (*.csv)</source>
        <translation>CSV&#xa0;: le classement, et les notes à côté (*.csv)</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Fichiers écrits&#xa0;:
%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Laureate &amp;report…</source>
        <translation>&amp;Rapport des lauréats…</translation>
    </message>
    <message>
        <source>The ranked laureate report to sign, with the jurors&apos; names and comments, as PDF or ODT</source>
        <translation>Le rapport des lauréats classés, à signer, avec les noms des jurés et leurs commentaires, en PDF ou ODT</translation>
    </message>
    <message>
        <source>P&amp;ublic laureate report…</source>
        <translation>Rapport des lauréats p&amp;ublic…</translation>
    </message>
    <message>
        <source>The ranked laureate report without the jurors&apos; names, comments or the personal data of the candidates not selected, to publish</source>
        <translation>Le rapport des lauréats classés sans les noms des jurés, leurs commentaires ni les données personnelles des candidats non retenus, à publier</translation>
    </message>
    <message>
        <source>&amp;Minutes of the deliberation…</source>
        <translation>Procès-&amp;verbal de la délibération…</translation>
    </message>
    <message>
        <source>The minutes (procès-verbal): the session, the jurors present, the decisions and overrides, a signature block, as PDF or ODT</source>
        <translation>Le procès-verbal&#xa0;: la séance, les jurés présents, les décisions et les dérogations, les signatures, en PDF ou ODT</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Rédaction du procès-verbal…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <source>Export the public report</source>
        <translation>Exporter le rapport public</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>-minutes</source>
        <extracomment>Added to the campaign&apos;s name for the file of its report: « Courcy-rapport.pdf ».</extracomment>
        <translation>-proces-verbal</translation>
    </message>
    <message>
        <source>-public-report</source>
        <translation>-rapport-public</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, to edit (*.odt)</source>
        <translation>Texte OpenDocument, modifiable (*.odt)</translation>
    </message>
    <message>
        <source>Reports &amp;issued…</source>
        <translation>Documents é&amp;mis…</translation>
    </message>
    <message>
        <source>The reports, minutes and workbooks written from this campaign, with their fingerprint, and whether the campaign still gives their result</source>
        <translation>Les rapports, procès-verbaux et classeurs écrits à partir de cette campagne, avec leur empreinte, et si la campagne donne toujours leur résultat</translation>
    </message>
    <message>
        <source>Written, but the campaign does not record it (%1): verify will not say which table changed since.</source>
        <translation>Écrit, mais la campagne ne l’enregistre pas (%1)&#xa0;: verify ne pourra pas dire quelle table a changé depuis.</translation>
    </message>
</context>
<context>
    <name>palmares::RankingModel</name>
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
    <message>
        <source>Site fill</source>
        <translation>Remplissage du site</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1 cannot be selected: %2</source>
        <translation>%1 ne peut pas être retenu&#xa0;: %2</translation>
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
        <source>Greedy and best value</source>
        <translation>Au fil du classement et meilleure valeur</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Follow the ranking</source>
        <translation>Suivre le classement</translation>
    </message>
    <message>
        <source>Forced in</source>
        <translation>Retenu d’office</translation>
    </message>
    <message>
        <source>Forced out</source>
        <translation>Écarté d’office</translation>
    </message>
    <message>
        <source>Why the jury decided so (required when forced in or out)</source>
        <translation>Motifs de la décision du jury (obligatoires si le candidat est retenu ou écarté d’office)</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>Override of the ranking</source>
        <translation>Dérogation au classement</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>Déro&amp;gation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Site fill: %1&#x202f;% (target %2&#x202f;%)</source>
        <translation>Remplissage du site&#xa0;: %1&#x202f;% (objectif&#xa0;: %2&#x202f;%)</translation>
    </message>
    <message>
        <source>Greedy by rank</source>
        <translation>Au fil du classement</translation>
    </message>
    <message>
        <source>Best value</source>
        <translation>Meilleure valeur</translation>
    </message>
    <message>
        <source>Both rules choose the same laureates.</source>
        <translation>Les deux règles retiennent les mêmes lauréats.</translation>
    </message>
    <message>
        <source>Best value could not be proven optimal on this campaign.</source>
        <translation>Pour cette campagne, l’optimalité de la meilleure valeur n’a pas pu être démontrée.</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>Vide.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Outcome of the ranking: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Résultat du classement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ranking views</source>
        <translation>Vues du classement</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Bars by pillar</source>
        <translation>&amp;Barres par pilier</translation>
    </message>
    <message>
        <source>Final scores stacked by pillar</source>
        <translation>Notes finales décomposées par pilier</translation>
    </message>
    <message>
        <source>Number of candidates in the chart</source>
        <translation>Nombre de candidats dans le graphique</translation>
    </message>
    <message>
        <source>&amp;Show the first</source>
        <translation>Affic&amp;her les</translation>
    </message>
    <message>
        <source>candidates of the ranking</source>
        <translation>premiers candidats du classement</translation>
    </message>
    <message>
        <source>Final score out of 100: the points each pillar brings</source>
        <translation>Note finale sur 100&#xa0;: points apportés par chaque pilier</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Decision and selection</source>
        <translation>Décision et sélection</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows, with the headers, for a spreadsheet.</source>
        <translation>Ctrl+C copie les lignes sélectionnées, avec les en-têtes, pour un tableur.</translation>
    </message>
    <message>
        <source>Green row: a laureate of the selection by rank.</source>
        <translation>Ligne verte&#xa0;: un lauréat de la sélection par rang.</translation>
    </message>
    <message>
        <source>Marked name: the candidate cannot be selected (withdrawn, ineligible or incomplete); hover over the name to read why.</source>
        <translation>Nom marqué&#xa0;: le candidat ne peut pas être retenu (retiré, inéligible ou incomplet)&#xa0;; survolez le nom pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>%1 out of %2, %3&#xa0;m² of %4&#xa0;m² rentable (capacity %5&#xa0;m²); waiting list: %6.</source>
        <translation>%1 sur %2, %3&#xa0;m² sur %4&#xa0;m² louables (capacité %5&#xa0;m²)&#xa0;; liste d&apos;attente&#xa0;: %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s)</source>
        <translation>
            <numerusform>%n lauréat</numerusform>
            <numerusform>%n lauréats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&#xa0;m², fill %4&#xa0;%, total score %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&#xa0;m², remplissage %4&#xa0;%, score total %5</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Only here:&lt;/i&gt;&lt;br&gt;</source>
        <translation>&lt;i&gt;Seulement ici&#xa0;:&lt;/i&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Best value adds %1 points and %2&#xa0;m².</source>
        <translation>La meilleure valeur ajoute %1 points et %2&#xa0;m².</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Décision non enregistrée</translation>
    </message>
    <message>
        <source>The decision on “%1” has not been recorded. Record it before going to another candidate?</source>
        <translation>La décision sur «&#xa0;%1&#xa0;» n&apos;a pas été enregistrée. L&apos;enregistrer avant de passer à un autre candidat&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Drop the change</source>
        <translation>&amp;Abandonner la modification</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Fill reached (★ laureate)</source>
        <translation>Remplissage atteint (★ lauréat)</translation>
    </message>
    <message>
        <source>Deliberation &amp;session…</source>
        <translation>&amp;Séance de délibération…</translation>
    </message>
    <message>
        <source>Record the deliberation session</source>
        <translation>Enregistrer la séance de délibération</translation>
    </message>
    <message>
        <source>When and where the jury met, who chaired, who was present</source>
        <translation>Quand et où le jury s’est réuni, qui a présidé, qui était présent</translation>
    </message>
</context>
<context>
    <name>palmares::ReturnsDialog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>What it brings</source>
        <translation>Ce qu’il apporte</translation>
    </message>
    <message>
        <source>Returned files</source>
        <translation>Fichiers renvoyés</translation>
    </message>
    <message>
        <source>Take the juror&apos;s value</source>
        <translation>Prendre la note du juré</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflits à trancher</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Import juror returns</source>
        <translation>Importer les retours des jurés</translation>
    </message>
    <message>
        <source>Checking the returned files…</source>
        <translation>Vérification des fichiers renvoyés…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Each file is checked before anything is written. A return brings the scores the juror changed; a score changed in the campaign too since the export is a conflict: tick it to take the juror&apos;s value, or leave it to keep the campaign&apos;s.</source>
        <translation>Chaque fichier est vérifié avant toute écriture. Un retour apporte les notes que le juré a modifiées&#xa0;; une note modifiée aussi dans la campagne depuis l’export est un conflit&#xa0;: cochez-la pour prendre la note du juré, ou laissez-la pour garder celle de la campagne.</translation>
    </message>
    <message>
        <source>&amp;Conflicts to settle</source>
        <translation>&amp;Conflits à trancher</translation>
    </message>
    <message>
        <source>Why scores change in deliberation (kept in the journal)</source>
        <translation>Pourquoi des notes changent en délibération (conservé dans le journal)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Imported already: nothing changes.</source>
        <translation>Déjà importé&#xa0;: rien ne change.</translation>
    </message>
    <message numerus="yes">
        <source>%n juror return(s) imported</source>
        <translation>
            <numerusform>%n retour de juré importé</numerusform>
            <numerusform>%n retours de jurés importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled for the juror&apos;s value</source>
        <translation>
            <numerusform>%n conflit tranché en faveur de la note du juré</numerusform>
            <numerusform>%n conflits tranchés en faveur de la note du juré</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palmares::RubricModel</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>palmares::ScoreGridModel</name>
    <message>
        <source>Choose a juror first.</source>
        <translation>Choisissez d’abord un juré.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Conflict of interest: this juror does not score this candidate.</source>
        <translation>Conflit d’intérêts&#xa0;: ce juré ne note pas ce candidat.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>palmares::ScoringPage</name>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Typed from a paper sheet</source>
        <translation>Saisi depuis une fiche papier</translation>
    </message>
    <message>
        <source>Scores typed from a paper sheet</source>
        <translation>Notes saisies depuis une fiche papier</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Grille d’évaluation</translation>
    </message>
    <message>
        <source>Comment on the selected score</source>
        <translation>Commentaire sur la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Juré&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Scale of the %1: from %2 to %3 in steps of %4. Type a value and press Enter; an empty value removes the score.</source>
        <translation>Échelle de notation (%1)&#xa0;: de %2 à %3 par pas de %4. Saisissez une valeur puis appuyez sur Entrée&#xa0;; une valeur vide supprime la note.</translation>
    </message>
    <message>
        <source>No juror yet: add jurors on the Juries page.</source>
        <translation>Aucun juré pour l’instant&#xa0;: ajoutez des jurés sur la page Jurys.</translation>
    </message>
    <message>
        <source>%1 of %2 scores (%3&#x202f;%)</source>
        <translation>%1 notes sur %2 (%3&#x202f;%)</translation>
    </message>
    <message>
        <source>Why these scores are corrected (kept in the journal)</source>
        <translation>Pourquoi ces notes sont corrigées (gardé dans le journal)</translation>
    </message>
    <message>
        <source>Reason for correcting scores in deliberation</source>
        <translation>Raison de la correction des notes en délibération</translation>
    </message>
    <message>
        <source>In deliberation, a score is only corrected with a reason. &amp;Reason:</source>
        <translation>En délibération, une note n&apos;est corrigée qu&apos;avec une raison. &amp;Raison&#xa0;:</translation>
    </message>
</context>
<context>
    <name>palmares::SessionDialog</name>
    <message>
        <source>Deliberation session</source>
        <translation>Séance de délibération</translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation>Date et heure de la séance</translation>
    </message>
    <message>
        <source>Where the jury met</source>
        <translation>Où le jury s’est réuni</translation>
    </message>
    <message>
        <source>Place of the session</source>
        <translation>Lieu de la séance</translation>
    </message>
    <message>
        <source>The person chairing the session</source>
        <translation>La personne qui préside la séance</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Présidée par</translation>
    </message>
    <message>
        <source>What the minutes should say besides the decisions (optional)</source>
        <translation>Ce que le procès-verbal doit dire en plus des décisions (facultatif)</translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation>Observations de la séance</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenue le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Chaired by:</source>
        <translation>&amp;Présidée par&#xa0;:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Observations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Jurors present</source>
        <translation>Jurés présents</translation>
    </message>
    <message>
        <source>Jurors of the %1 present</source>
        <translation>Jurés présents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Space ticks or unticks the juror selected.</source>
        <translation>Espace coche ou décoche le juré sélectionné.</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>All the jurors of the %1 present</source>
        <translation>Tous les jurés présents&#xa0;: %1</translation>
    </message>
    <message>
        <source>This campaign has no jury yet.</source>
        <translation>Cette campagne n’a pas encore de jury.</translation>
    </message>
</context>
<context>
    <name>palmares::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Enter, Tab</source>
        <translation>Entrée, Tab</translation>
    </message>
    <message>
        <source>Scoring: save the score and go to the next cell</source>
        <translation>Notation&#xa0;: enregistre la note et passe à la cellule suivante</translation>
    </message>
    <message>
        <source>Scoring: save the score and go back a cell</source>
        <translation>Notation&#xa0;: enregistre la note et revient à la cellule précédente</translation>
    </message>
    <message>
        <source>In a cell being typed: give it back its value; in deliberation mode: leave it</source>
        <translation>Dans une cellule en cours de saisie&#xa0;: lui rend sa valeur&#xa0;; en mode délibération&#xa0;: en sort</translation>
    </message>
    <message>
        <source>Change the selected cell</source>
        <translation>Modifie la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Ranking, Journal: copy the selected rows with the headers</source>
        <translation>Classement, Journal&#xa0;: copie les lignes sélectionnées avec les en-têtes</translation>
    </message>
    <message>
        <source>Criteria, tie-break order: move the selected row up or down</source>
        <translation>Critères, ordre de départage&#xa0;: monte ou descend la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>Go to the field or the button it names</source>
        <translation>Atteint le champ ou le bouton qu’elle désigne</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>palmares::StartPage</name>
    <message>
        <source>&lt;h1&gt;Palmarès&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Palmarès&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Score, rank and select the candidates of a call for expressions of interest: set up the campaign and its site, register the applications, enter the juries&apos; scores, then deliberate on the ranking.</source>
        <translation>Notez, classez et sélectionnez les candidats d&apos;un appel à manifestation d&apos;intérêt&#xa0;: préparez la campagne et son site, enregistrez les candidatures, saisissez les notes des jurys, puis délibérez sur le classement.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>An empty campaign with the five pillars and two juries, to set up.</source>
        <translation>Une campagne vide, avec les cinq piliers et les deux jurys, à configurer.</translation>
    </message>
    <message>
        <source>New from a &amp;template…</source>
        <translation>Nouvelle à partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <source>A campaign set up as another one was (criteria, juries, rules), without its candidates or scores.</source>
        <translation>Une campagne configurée comme une autre (critères, jurys, règles), sans ses candidats ni ses notes.</translation>
    </message>
    <message>
        <source>New &amp;demo campaign…</source>
        <translation>Nouvelle campagne de &amp;démonstration…</translation>
    </message>
    <message>
        <source>A realistic campaign with 60 applicants, scored by two juries, to try everything out.</source>
        <translation>Une campagne réaliste de 60 candidats, notés par deux jurys, pour tout essayer.</translation>
    </message>
    <message>
        <source>&amp;Open a campaign…</source>
        <translation>&amp;Ouvrir une campagne…</translation>
    </message>
    <message>
        <source>A campaign file (.ami) on this computer or a shared folder.</source>
        <translation>Un fichier de campagne (.ami) sur cet ordinateur ou dans un dossier partagé.</translation>
    </message>
    <message>
        <source>Or drop a campaign file (.ami) on this window.</source>
        <translation>Ou déposez un fichier de campagne (.ami) sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Recent campaigns</source>
        <translation>Campagnes récentes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Enter or a double click opens the campaign.</source>
        <translation>Entrée ou un double clic ouvre la campagne.</translation>
    </message>
    <message>
        <source>No campaign opened yet on this computer.</source>
        <translation>Aucune campagne ouverte sur cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Reopen the last campaign when Palmarès starts</source>
        <translation>&amp;Rouvrir la dernière campagne au démarrage de Palmarès</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
</context>
<context>
    <name>palmares::TableView</name>
    <message>
        <source>&amp;Copy the selected rows</source>
        <translation>&amp;Copier les lignes sélectionnées</translation>
    </message>
</context>
</TS>
