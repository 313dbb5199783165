<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AuditLog</name>
    <message>
        <source>writing the audit trail</source>
        <translation>l’écriture du journal d’audit</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>la lecture du journal d’audit</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 is a folder; choose a file name for the copy.</source>
        <translation>%1 est un dossier ; choisissez un nom de fichier pour la copie.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Check that the disk is present and that you may write there.</source>
        <translation>Vérifiez que le disque est branché et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>A copy cannot replace the database it is made from.</source>
        <translation>Une copie ne peut pas remplacer la base dont elle est tirée.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The existing file %1 cannot be replaced.</source>
        <translation>Le fichier existant %1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Check that it is not open in another program and that you may write there.</source>
        <translation>Vérifiez qu’il n’est pas ouvert dans un autre programme et que vous avez le droit d’écrire à cet endroit.</translation>
    </message>
    <message>
        <source>The copy cannot be saved as %1.</source>
        <translation>La copie ne peut pas être enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Check that you may write in that folder.</source>
        <translation>Vérifiez que vous avez le droit d’écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>The scheduled backup failed</source>
        <translation>La sauvegarde automatique a échoué</translation>
    </message>
    <message>
        <source>The weekly backup copy cannot be written.</source>
        <translation>La copie de sauvegarde hebdomadaire ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds %1.</source>
        <translation>Libérez de la place sur le disque qui contient %1.</translation>
    </message>
    <message>
        <source>The old backup copy %1 cannot be removed.</source>
        <translation>L’ancienne copie de sauvegarde %1 ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Check the permissions of the backup folder.</source>
        <translation>Vérifiez les droits du dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>writing a copy to %1</source>
        <translation>l’écriture d’une copie dans %1</translation>
    </message>
</context>
<context>
    <name>BeneficiariesPage</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>No dossier yet</source>
        <translation>Aucun dossier pour l’instant</translation>
    </message>
    <message>
        <source>The dossiers of the young people you follow will be listed here. To discover Sillage first, open the demonstration database.</source>
        <translation>Les dossiers des jeunes que vous accompagnez s’afficheront ici. Pour découvrir Sillage d’abord, ouvrez la base de démonstration.</translation>
    </message>
    <message>
        <source>Open the demonstration database</source>
        <translation>Ouvrir la base de démonstration</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Select a dossier in the list.</source>
        <translation>Choisissez un dossier dans la liste.</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
    </message>
</context>
<context>
    <name>BeneficiaryListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>N° de dossier</translation>
    </message>
</context>
<context>
    <name>BeneficiaryRepository</name>
    <message>
        <source>A dossier needs a last name and a first name.</source>
        <translation>Un dossier doit avoir un nom et un prénom.</translation>
    </message>
    <message>
        <source>reading a dossier</source>
        <translation>la lecture d’un dossier</translation>
    </message>
    <message>
        <source>counting dossiers</source>
        <translation>le comptage des dossiers</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: sillage-cli [--db FILE] COMMAND [OPTIONS]

Commands:
  init                      create the database, or upgrade it to this version
  check                     check the database's integrity
  backup --out FILE         write a consistent copy of the database
  demo [--size N] [--seed S]  add N fictitious dossiers (same seed, same people)
  search TEXT [--json]      search every module (accents and word beginnings are enough)

Options:
  --db FILE                 the database (default: %1; or the SILLAGE_DB variable)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 done, 1 usage error, 2 bad input (nothing written), 3 storage error.
</source>
        <translation>Utilisation : sillage-cli [--db FICHIER] COMMANDE [OPTIONS]

Commandes :
  init                        créer la base, ou la mettre à jour pour cette version
  check                       vérifier l'intégrité de la base
  backup --out FICHIER        écrire une copie cohérente de la base
  demo [--size N] [--seed S]  ajouter N dossiers fictifs (même graine, mêmes personnes)
  search TEXTE [--json]       rechercher dans tous les modules (accents et débuts de mots suffisent)

Options :
  --db FICHIER                la base (par défaut : %1 ; ou la variable SILLAGE_DB)
  -h, --help                  afficher cette aide
  -v, --version               afficher la version

Codes de sortie : 0 terminé, 1 erreur d'utilisation, 2 données refusées (rien n'est écrit), 3 erreur de stockage.
</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Commande inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L’option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>sillage-cli %1</source>
        <translation>sillage-cli %1</translation>
    </message>
    <message>
        <source>--size takes a number of dossiers between 0 and 10000000.</source>
        <translation>--size attend un nombre de dossiers entre 0 et 10000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole positive number.</source>
        <translation>--seed attend un nombre entier positif.</translation>
    </message>
    <message>
        <source>Unknown option "%1".</source>
        <translation>Option inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation>Base prête : %1 (schéma %2).</translation>
    </message>
    <message numerus="yes">
        <source>The database is sound: %1 (schema %2, %n dossier(s)).</source>
        <translation><numerusform>La base est saine : %1 (schéma %2, %n dossier).</numerusform><numerusform>La base est saine : %1 (schéma %2, %n dossiers).</numerusform></translation>
    </message>
    <message>
        <source>Last backup copy: %1.</source>
        <translation>Dernière copie de sauvegarde : %1.</translation>
    </message>
    <message>
        <source>No backup copy yet.</source>
        <translation>Aucune copie de sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup attend --out FICHIER.</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fictitious dossier(s) added.</source>
        <translation><numerusform>%n dossier fictif ajouté.</numerusform><numerusform>%n dossiers fictifs ajoutés.</numerusform></translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search attend le texte à rechercher.</translation>
    </message>
    <message>
        <source>No result for "%1".</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>Run "sillage-cli --help" to see the commands.</source>
        <translation>Lancez « sillage-cli --help » pour voir les commandes.</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>saving a setting</source>
        <translation>l’enregistrement d’un paramètre</translation>
    </message>
    <message>
        <source>The site code "%1" is not valid.</source>
        <translation>Le code de site « %1 » n’est pas valide.</translation>
    </message>
    <message>
        <source>Use two to five capital letters, such as CAE for Caen.</source>
        <translation>Utilisez deux à cinq lettres majuscules, par exemple CAE pour Caen.</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>Le site doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 is damaged.</source>
        <translation>Le fichier de base %1 est endommagé.</translation>
    </message>
    <message>
        <source>Open the latest backup copy (File &gt; Open) and keep the damaged file for support.</source>
        <translation>Ouvrez la dernière copie de sauvegarde (Fichier &gt; Ouvrir) et gardez le fichier endommagé pour l’assistance.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base.</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Il n’y a pas de fichier de base à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Check the path, or create the database with "sillage-cli init".</source>
        <translation>Vérifiez le chemin, ou créez la base avec « sillage-cli init ».</translation>
    </message>
    <message>
        <source>%1 is not a Sillage database, or its beginning is damaged.</source>
        <translation>%1 n’est pas une base Sillage, ou son début est endommagé.</translation>
    </message>
    <message>
        <source>Open the latest backup copy (File &gt; Open) and keep this file for support.</source>
        <translation>Ouvrez la dernière copie de sauvegarde (Fichier &gt; Ouvrir) et gardez ce fichier pour l’assistance.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Check that the disk is present and that you may write there.</source>
        <translation>Vérifiez que le disque est branché et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>La base %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>Vérifiez que le fichier existe et que vous avez le droit de le lire et de l’écrire.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Sillage (schema %1; this version knows up to %2).</source>
        <translation>Cette base a été écrite par une version plus récente de Sillage (schéma %1 ; cette version connaît jusqu’au schéma %2).</translation>
    </message>
    <message>
        <source>Install the latest version of Sillage to open it. The file was not changed.</source>
        <translation>Installez la dernière version de Sillage pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This database uses an older structure (schema %1) and must be upgraded first.</source>
        <translation>Cette base utilise une structure plus ancienne (schéma %1) et doit d’abord être mise à jour.</translation>
    </message>
    <message>
        <source>Open it once in Sillage, or run "sillage-cli init" on it.</source>
        <translation>Ouvrez-la une fois dans Sillage, ou lancez « sillage-cli init » sur elle.</translation>
    </message>
    <message>
        <source>The database %1 is already open for writing in another Sillage program (process %2 on %3).</source>
        <translation>La base %1 est déjà ouverte en écriture dans un autre programme Sillage (processus %2 sur %3).</translation>
    </message>
    <message>
        <source>Close the other program first, or open a backup copy to read it.</source>
        <translation>Fermez d’abord l’autre programme, ou ouvrez une copie de sauvegarde pour la consulter.</translation>
    </message>
    <message>
        <source>The lock file beside %1 cannot be created.</source>
        <translation>Le fichier de verrou à côté de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Check that you may write in the database's folder.</source>
        <translation>Vérifiez que vous avez le droit d’écrire dans le dossier de la base.</translation>
    </message>
    <message>
        <source>The database %1 cannot use its safe journal mode.</source>
        <translation>La base %1 ne peut pas utiliser son mode de journalisation sûr.</translation>
    </message>
    <message>
        <source>Put the database on a local disk: network shares do not support it.</source>
        <translation>Placez la base sur un disque local : les partages réseau ne le permettent pas.</translation>
    </message>
    <message>
        <source>row %1 of %2 points to a missing %3</source>
        <translation>la ligne %1 de %2 renvoie à un enregistrement absent de %3</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>l’enregistrement de la version du schéma</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it stays at schema %2</source>
        <translation>La mise à jour de la base vers le schéma %1 a échoué ; elle reste au schéma %2</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The database was not upgraded. Free some space or check the folder's permissions.</source>
        <translation>La base n’a pas été mise à jour. Libérez de la place ou vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>a copy of the database before upgrading it</source>
        <translation>une copie de la base avant sa mise à jour</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>le début d’une modification</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>l’enregistrement de la modification</translation>
    </message>
    <message>
        <source>undoing a failed change</source>
        <translation>l’annulation d’une modification échouée</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo size must be a positive number.</source>
        <translation>La taille de la démonstration doit être un nombre positif.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>GlobalSearchField</name>
    <message>
        <source>Search every module (Ctrl+K)</source>
        <translation>Rechercher dans tous les modules (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Searches names, dossier numbers, companies and career sheets in every module.</source>
        <translation>Recherche les noms, numéros de dossier, entreprises et fiches métiers dans tous les modules.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Dossiers followed</source>
        <translation>Dossiers suivis</translation>
    </message>
    <message>
        <source>Last backup copy</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Find a young person, a company, a job… (Ctrl+K)</source>
        <translation>Trouver un jeune, une entreprise, un métier… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save a copy of the database… (Ctrl+Shift+S)</source>
        <translation>Enregistrer une copie de la base… (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Sillage holds personal data about young people, many of them minors. Write only what the follow-up needs, and nothing about health, religion or justice in free-text notes.</source>
        <translation>Sillage contient des données personnelles de jeunes, souvent mineurs. N’écrivez que ce dont le suivi a besoin, et rien sur la santé, la religion ou la justice dans les notes libres.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>No database is open. Use File &gt; Open or File &gt; New database.</source>
        <translation>Aucune base n’est ouverte. Utilisez Fichier &gt; Ouvrir ou Fichier &gt; Nouvelle base.</translation>
    </message>
    <message>
        <source>%1 · site %2 · %3</source>
        <translation>%1 · site %2 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sillage databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases Sillage (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Immersions</translation>
    </message>
    <message>
        <source>Work placements (PMSMP, school internships) with their companies, tutors, conventions and assessments will be managed here.</source>
        <translation>Les immersions (PMSMP, stages scolaires) avec leurs entreprises, tuteurs, conventions et bilans seront gérées ici.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Décrochage</translation>
    </message>
    <message>
        <source>School-dropout cases received from the lists of each campaign, with contact attempts and solutions, will be followed here.</source>
        <translation>Les situations de décrochage scolaire reçues par listes à chaque campagne, avec les tentatives de contact et les solutions, seront suivies ici.</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>Métiers</translation>
    </message>
    <message>
        <source>Career sheets from the ROME referential and your own local sheets will be browsed here, and shown full screen on a projector.</source>
        <translation>Les fiches métiers du référentiel ROME et vos fiches locales seront consultées ici, et montrées en plein écran au vidéoprojecteur.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration database</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Sauvegarder une copie…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The modules add their imports and exports here.</source>
        <translation>Les modules ajoutent ici leurs imports et exports.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Sillage</source>
        <translation>À &amp;propos de Sillage</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l’instant</translation>
    </message>
    <message>
        <source>%1 – Sillage</source>
        <translation>%1 – Sillage</translation>
    </message>
    <message>
        <source>Demonstration database</source>
        <translation>Base de démonstration</translation>
    </message>
    <message>
        <source>Welcome to Sillage</source>
        <translation>Bienvenue dans Sillage</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>The file %1 already exists. To work on it, use File &gt; Open.</source>
        <translation>Le fichier %1 existe déjà. Pour travailler dessus, utilisez Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Demonstration database opened: every person in it is fictitious.</source>
        <translation>Base de démonstration ouverte : toutes les personnes qu’elle contient sont fictives.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Sauvegarder une copie de la base</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Sauvegarder une copie</translation>
    </message>
    <message>
        <source>Copy saved: %1. To restore it, open it with File &gt; Open.</source>
        <translation>Copie enregistrée : %1. Pour la restaurer, ouvrez-la avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>About Sillage</source>
        <translation>À propos de Sillage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sillage %1&lt;/h3&gt;&lt;p&gt;Follow-up of young people for Missions locales and CIO: dossiers, placements, school dropout and career sheets, in one file that stays on this computer.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sillage %1&lt;/h3&gt;&lt;p&gt;Le suivi des jeunes pour les Missions locales et les CIO : dossiers, immersions, décrochage scolaire et fiches métiers, dans un seul fichier qui reste sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Site: %1 – %2</source>
        <translation>Site : %1 – %2</translation>
    </message>
</context>
<context>
    <name>ModuleSidebar</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Immersions</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Décrochage</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>Métiers</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Invalid table name.</source>
        <translation>Nom de table invalide.</translation>
    </message>
    <message>
        <source>Invalid field name.</source>
        <translation>Nom de champ invalide.</translation>
    </message>
    <message>
        <source>saving a new record</source>
        <translation>l’enregistrement d’une nouvelle fiche</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>la lecture d’une fiche</translation>
    </message>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>La fiche à modifier n’existe plus.</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>l’enregistrement d’une modification</translation>
    </message>
    <message>
        <source>deleting a record</source>
        <translation>la suppression d’une fiche</translation>
    </message>
    <message>
        <source>The record to delete no longer exists.</source>
        <translation>La fiche à supprimer n’existe plus.</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <extracomment>%1 is what the user typed; the quotes are the language's own.</extracomment>
        <translation>Résultats pour « %1 »</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, type only the beginning of a name, or search a dossier number. Accents and capitals do not matter.</source>
        <translation>Aucun résultat. Vérifiez l’orthographe, tapez seulement le début d’un nom, ou cherchez un numéro de dossier. Les accents et les majuscules ne comptent pas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <extracomment>A group of search results: the module's name and how many results it holds.</extracomment>
        <translation><numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>updating the search index</source>
        <translation>la mise à jour de l’index de recherche</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>la recherche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Site (kept in the database)</source>
        <translation>Site (enregistré dans la base)</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site :</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>&amp;Code du site :</translation>
    </message>
    <message>
        <source>Two to five capital letters that begin every dossier number (CAE-2026-00042).</source>
        <translation>Deux à cinq lettres majuscules qui commencent chaque numéro de dossier (CAE-2026-00042).</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>updating the database structure</source>
        <translation>la mise à jour de la structure de la base</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <translation>Le disque est plein : libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The database file cannot be written: check its permissions.</source>
        <translation>Le fichier de base ne peut pas être écrit : vérifiez ses droits.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again; if it happens again, run a database check and keep a copy of the file for support.</source>
        <translation>Rien n’a été modifié. Réessayez ; si cela se reproduit, lancez une vérification de la base et gardez une copie du fichier pour l’assistance.</translation>
    </message>
    <message>
        <source>The database refused %1.</source>
        <translation>La base a refusé %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Start with an empty database</source>
        <translation>Commencer avec une base vide</translation>
    </message>
    <message>
        <source>Discover Sillage with the demonstration database (fictitious young people)</source>
        <translation>Découvrir Sillage avec la base de démonstration (jeunes fictifs)</translation>
    </message>
    <message>
        <source>Welcome to Sillage</source>
        <translation>Bienvenue dans Sillage</translation>
    </message>
    <message>
        <source>Sillage keeps the follow-up of the young people you accompany in one file on this computer. It works without a network. Tell it who you are and for which site.</source>
        <translation>Sillage garde le suivi des jeunes que vous accompagnez dans un seul fichier, sur cet ordinateur. Il fonctionne sans réseau. Indiquez qui vous êtes et pour quel site.</translation>
    </message>
    <message>
        <source>e.g. Sophie Lemarchand</source>
        <translation>par ex. Sophie Lemarchand</translation>
    </message>
    <message>
        <source>e.g. Mission locale de Caen</source>
        <translation>par ex. Mission locale de Caen</translation>
    </message>
    <message>
        <source>e.g. CAE</source>
        <translation>par ex. CAE</translation>
    </message>
    <message>
        <source>Two to five capital letters that begin every dossier number (CAE-2026-00042).</source>
        <translation>Deux à cinq lettres majuscules qui commencent chaque numéro de dossier (CAE-2026-00042).</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>&amp;Code du site :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n’est ouverte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follow-up of young people for Missions locales and CIO.</source>
        <translation>Suivi des jeunes pour les Missions locales et les CIO.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Ouvrir la base FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>La base à ouvrir.</translation>
    </message>
</context>
</TS>