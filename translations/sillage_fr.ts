<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AccessControl</name>
    <message>
        <source>Your role (%1) does not allow %2.</source>
        <translation>Votre rôle (%1) ne permet pas %2.</translation>
    </message>
    <message>
        <source>Ask an administrator of Sillage.</source>
        <translation>Demandez à un administrateur ou une administratrice de Sillage.</translation>
    </message>
    <message>
        <source>Ask a coordinator or an administrator of Sillage.</source>
        <translation>Demandez à un coordinateur ou une coordinatrice, ou à un administrateur ou une administratrice de Sillage.</translation>
    </message>
    <message>
        <source>importing the lists of a dropout campaign</source>
        <translation>d’importer les listes d’une campagne de décrochage</translation>
    </message>
    <message>
        <source>exporting the whole base</source>
        <translation>d’exporter toute la base</translation>
    </message>
    <message>
        <source>anonymising the records the retention rules propose</source>
        <translation>d’anonymiser ce que proposent les règles de conservation</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>de consulter le journal d’audit</translation>
    </message>
    <message>
        <source>managing the user accounts</source>
        <translation>de gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur·rice</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <source>exporting everything held about a person</source>
        <translation>l’export de tout ce qui est conservé sur une personne</translation>
    </message>
</context>
<context>
    <name>AccessReport</name>
    <message>
        <source>reading what is held about the person</source>
        <translation>lecture de ce qui est conservé sur la personne</translation>
    </message>
    <message>
        <source>reading the accesses to the dossier</source>
        <translation>lecture des accès au dossier</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Données conservées sur %1</translation>
    </message>
    <message>
        <source>Extracted on %1 by %2 (site %3) in answer to a request for access (article 15 of the GDPR). This document holds everything Sillage keeps about this person: the dossier and every record of every module attached to it, private notes included, then the list of accesses to these records.</source>
        <translation>Extrait le %1 par %2 (site %3) en réponse à une demande d’accès (article 15 du RGPD). Ce document contient tout ce que Sillage conserve sur cette personne : le dossier et chaque enregistrement de chaque module qui s’y rattache, notes privées comprises, puis la liste des accès à ces enregistrements.</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>Conflits d’échange</translation>
    </message>
    <message>
        <source>Two versions of a record changed on two sites; both are kept until an adviser chooses. The full versions are in the JSON file.</source>
        <translation>Deux versions d’un enregistrement modifié sur deux sites ; les deux sont conservées jusqu’au choix d’un conseiller ou d’une conseillère. Les versions complètes sont dans le fichier JSON.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Other site</source>
        <translation>Autre site</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Accesses to these records</source>
        <translation>Accès à ces enregistrements</translation>
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
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Le dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>right-of-access</source>
        <translation>droit-d-acces</translation>
    </message>
    <message>
        <source>Right of access – dossier %1</source>
        <translation>Droit d’accès – dossier %1</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message numerus="yes">
        <source>The person signs in with this name and this first password, then changes it in File → My password. At least %n character(s).</source>
        <translation>
            <numerusform>La personne se connecte avec ce nom et ce premier mot de passe, puis le change dans Fichier → Mon mot de passe. Au moins %n caractère.</numerusform>
            <numerusform>La personne se connecte avec ce nom et ce premier mot de passe, puis le change dans Fichier → Mon mot de passe. Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>Give %1 this password by word of mouth, not by e-mail; they change it in File → My password.</source>
        <translation>Donnez ce mot de passe à %1 de vive voix, pas par courriel ; la personne le change dans Fichier → Mon mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>&amp;Rôle…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nouveau &amp;mot de passe…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>An adviser follows young people. A coordinator also imports the dropout lists, exports the whole base, applies the retention rules and reads the audit log. An administrator also manages the accounts.</source>
        <translation>Un conseiller ou une conseillère suit des jeunes. Un coordinateur ou une coordinatrice importe aussi les listes de décrochage, exporte toute la base, applique les règles de conservation et lit le journal d’audit. Un administrateur ou une administratrice gère aussi les comptes.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>A disabled account can no longer sign in; its name stays in the dossiers and the audit log.</source>
        <translation>Un compte désactivé ne peut plus se connecter ; son nom reste dans les dossiers et le journal d’audit.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation>Choisissez un thème</translation>
    </message>
    <message>
        <source>e.g. Update the CV</source>
        <translation>par ex. Mettre à jour le CV</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Save the action</source>
        <translation>Enregistrer l’action</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Ajouter l’action</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>Choose the theme of the action.</source>
        <translation>Choisissez le thème de l’action.</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>Indiquez en quoi consiste l’action.</translation>
    </message>
    <message>
        <source>Unknown status for an action.</source>
        <translation>Statut inconnu pour une action.</translation>
    </message>
    <message>
        <source>reading late actions</source>
        <translation>la lecture des actions en retard</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Actions and objectives</source>
        <translation>Actions et objectifs</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme réalisée</translation>
    </message>
    <message>
        <source>No action yet. Agree on the next steps with the young person and add them with “Add an action…”, with a due date to be reminded of them.</source>
        <translation>Aucune action pour l’instant. Convenez des prochaines étapes avec le jeune et ajoutez-les avec « Ajouter une action… », avec une échéance pour qu’elles vous soient rappelées.</translation>
    </message>
    <message>
        <source>Late (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>Mark an action done</source>
        <translation>Marquer une action comme réalisée</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Supprimer une action</translation>
    </message>
    <message>
        <source>Delete the action “%1”?</source>
        <translation>Supprimer l’action « %1 » ?</translation>
    </message>
</context>
<context>
    <name>ActivityIndicators</name>
    <message>
        <source>Young people followed in the period: dossiers with a journal entry dated in the period or a programme running during some part of it, deleted dossiers aside.</source>
        <translation>Jeunes accompagnés pendant la période : dossiers ayant une entrée de journal datée de la période ou un dispositif en cours pendant une partie de celle-ci, dossiers supprimés exclus.</translation>
    </message>
    <message>
        <source>Young people followed, by sex</source>
        <translation>Jeunes accompagnés, par sexe</translation>
    </message>
    <message>
        <source>Young people followed, by age</source>
        <translation>Jeunes accompagnés, par âge</translation>
    </message>
    <message>
        <source>Age in whole years on the last day of the period.</source>
        <translation>Âge en années révolues le dernier jour de la période.</translation>
    </message>
    <message>
        <source>Under 16</source>
        <translation>Moins de 16 ans</translation>
    </message>
    <message>
        <source>16–17 years</source>
        <translation>16–17 ans</translation>
    </message>
    <message>
        <source>18–21 years</source>
        <translation>18–21 ans</translation>
    </message>
    <message>
        <source>22–25 years</source>
        <translation>22–25 ans</translation>
    </message>
    <message>
        <source>26 years and over</source>
        <translation>26 ans et plus</translation>
    </message>
    <message>
        <source>Birth date not given</source>
        <translation>Date de naissance non renseignée</translation>
    </message>
    <message>
        <source>Young people followed, by level of education</source>
        <translation>Jeunes accompagnés, par niveau de formation</translation>
    </message>
    <message>
        <source>Level as recorded in the dossier today (nomenclature 2019).</source>
        <translation>Niveau inscrit aujourd’hui dans le dossier (nomenclature 2019).</translation>
    </message>
    <message>
        <source>Level not given</source>
        <translation>Niveau non renseigné</translation>
    </message>
    <message>
        <source>Young people followed from priority publics</source>
        <translation>Jeunes accompagnés issus des publics prioritaires</translation>
    </message>
    <message>
        <source>Among them: minors on the last day of the period, residents of a QPV or a ZRR, holders of an RQTH. One young person can count in several lines.</source>
        <translation>Parmi eux : les mineurs le dernier jour de la période, les résidents d’un QPV ou d’une ZRR, les titulaires d’une RQTH. Un même jeune peut compter sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <source>Living in a QPV</source>
        <translation>Résidant en QPV</translation>
    </message>
    <message>
        <source>Living in a ZRR</source>
        <translation>Résidant en ZRR</translation>
    </message>
    <message>
        <source>With an RQTH</source>
        <translation>Avec une RQTH</translation>
    </message>
    <message>
        <source>First welcomes, by sex</source>
        <translation>Premiers accueils, par sexe</translation>
    </message>
    <message>
        <source>Young people whose dossier was opened in the period (local date of the site), deleted dossiers aside.</source>
        <translation>Jeunes dont le dossier a été ouvert pendant la période (date locale du site), dossiers supprimés exclus.</translation>
    </message>
    <message>
        <source>Journal events by type</source>
        <translation>Événements du journal par type</translation>
    </message>
    <message>
        <source>Entries of the dossiers' journals dated in the period, by type; entries of deleted dossiers aside. The adviser is the entry's author.</source>
        <translation>Entrées du journal des dossiers datées de la période, par type ; entrées des dossiers supprimés exclues. Le conseiller ou la conseillère est l’auteur de l’entrée.</translation>
    </message>
    <message>
        <source>Entries into a programme</source>
        <translation>Entrées en dispositif</translation>
    </message>
    <message>
        <source>Programmes (CEJ, PACEA…) that started in the period, by programme. A young person who entered twice counts twice.</source>
        <translation>Dispositifs (CEJ, PACEA…) commencés pendant la période, par dispositif. Un jeune entré deux fois compte deux fois.</translation>
    </message>
    <message>
        <source>Exits from a programme, by reason</source>
        <translation>Sorties de dispositif, par motif</translation>
    </message>
    <message>
        <source>Programmes that ended in the period (actual end date), by programme and exit reason.</source>
        <translation>Dispositifs terminés pendant la période (date de fin réelle), par dispositif et motif de sortie.</translation>
    </message>
    <message>
        <source>Reason not given</source>
        <translation>Motif non renseigné</translation>
    </message>
    <message>
        <source>Situations started</source>
        <translation>Situations commencées</translation>
    </message>
    <message>
        <source>Situations (job, training, work-study…) of the dossiers that started in the period and are ongoing or ended, planned ones aside.</source>
        <translation>Situations des dossiers (emploi, formation, alternance…) commencées pendant la période, en cours ou terminées, hors situations prévues.</translation>
    </message>
    <message>
        <source>Immersions started, by type</source>
        <translation>Immersions commencées, par type</translation>
    </message>
    <message>
        <source>Immersions starting in the period that were signed (signed, ongoing, ended or assessed), by type of convention. The adviser is the prescriber.</source>
        <translation>Immersions commençant pendant la période et signées (signées, en cours, terminées ou avec bilan fait), par type de convention. Le conseiller ou la conseillère est le prescripteur.</translation>
    </message>
</context>
<context>
    <name>ActivityReport</name>
    <message>
        <source>Young people followed</source>
        <translation>Jeunes accompagnés</translation>
    </message>
    <message>
        <source>First welcomes</source>
        <translation>Premiers accueils</translation>
    </message>
    <message>
        <source>Individual interviews</source>
        <translation>Entretiens individuels</translation>
    </message>
    <message>
        <source>Entries into a CEJ</source>
        <translation>Entrées en CEJ</translation>
    </message>
    <message>
        <source>Entries into a PACEA</source>
        <translation>Entrées en PACEA</translation>
    </message>
    <message>
        <source>Situations started in a job or in work-study</source>
        <translation>Situations d’emploi ou d’alternance commencées</translation>
    </message>
    <message>
        <source>Situations started in training</source>
        <translation>Situations de formation commencées</translation>
    </message>
    <message>
        <source>Immersions started</source>
        <translation>Immersions commencées</translation>
    </message>
    <message>
        <source>Dropout cases received</source>
        <translation>Situations de décrochage reçues</translation>
    </message>
    <message>
        <source>Dropout cases that reached a solution</source>
        <translation>Situations de décrochage ayant abouti à une solution</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 n’est pas une année.</translation>
    </message>
    <message>
        <source>Activity report %1</source>
        <translation>Bilan d’activité %1</translation>
    </message>
    <message>
        <source>Activity report %1 — %2</source>
        <translation>Bilan d’activité %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Activity report</source>
        <translation>Bilan d’activité</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Enregistrer en &amp;Excel…</translation>
    </message>
    <message>
        <source>Key figures of the year (the report gives each one's breakdown and definition):</source>
        <translation>Chiffres clés de l’année (le bilan donne le détail et la définition de chacun) :</translation>
    </message>
    <message>
        <source>From « %1 »</source>
        <translation>Tiré de « %1 »</translation>
    </message>
    <message>
        <source>activity-report-%1</source>
        <translation>bilan-activite-%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>AdditionsDialog</name>
    <message>
        <source>Remove the picture</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>Local additions — %1</source>
        <translation>Ajouts locaux — %1</translation>
    </message>
    <message>
        <source>What you add here stays with the sheet on this site, apart from the ROME referential: a new import never erases it. Do not write anything about a young person.</source>
        <translation>Ce que vous ajoutez ici reste avec la fiche sur ce site, à part du référentiel ROME : un nouvel import ne l’efface jamais. N’écrivez rien sur un ou une jeune.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Local &amp;training offers:</source>
        <translation>Offres de &amp;formation locales :</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Une adresse par ligne</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Liens :</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not a picture Sillage can read.</source>
        <translation>%1 n’est pas une image que Sillage sait lire.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>Additions not saved</source>
        <translation>Ajouts non enregistrés</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda of</source>
        <translation>Agenda de</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointments, today and the next four weeks</source>
        <translation>Rendez-vous, aujourd’hui et les quatre prochaines semaines</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Late actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Tous les conseiller·ères</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n’est ouverte.</translation>
    </message>
    <message>
        <source>No appointment planned in the next four weeks. Plan one from the Appointments tab of a dossier.</source>
        <translation>Aucun rendez-vous prévu dans les quatre prochaines semaines. Planifiez-en un depuis l’onglet Rendez-vous d’un dossier.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Demain, %1</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>Aucun rendez-vous aujourd’hui.</translation>
    </message>
    <message>
        <source>%1, %2 – dossier %3</source>
        <translation>%1, %2 – dossier %3</translation>
    </message>
    <message>
        <source>No late action. The actions of your dossiers whose due date has passed will show here.</source>
        <translation>Aucune action en retard. Les actions de vos dossiers dont l’échéance est passée s’afficheront ici.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Late actions (%1)</source>
        <translation>Actions en retard (%1)</translation>
    </message>
</context>
<context>
    <name>AnonymisationService</name>
    <message>
        <source>anonymising a record</source>
        <translation>anonymisation d’un enregistrement</translation>
    </message>
    <message>
        <source>The record to anonymise no longer exists.</source>
        <translation>L’enregistrement à anonymiser n’existe plus.</translation>
    </message>
    <message>
        <source>The folder of the backups cannot be created.</source>
        <translation>Le dossier des sauvegardes ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Nothing was anonymised: the backup taken first failed.</source>
        <translation>Rien n’a été anonymisé : la sauvegarde faite avant a échoué.</translation>
    </message>
    <message>
        <source>preparing the anonymisation</source>
        <translation>préparation de l’anonymisation</translation>
    </message>
    <message>
        <source>removing the old values from the file</source>
        <translation>effacement des anciennes valeurs du fichier</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. Mission locale, office 2</source>
        <translation>par ex. Mission locale, bureau 2</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <extracomment>The adviser (référent) who holds the appointment.</extracomment>
        <translation>&amp;Référent·e :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Save the appointment</source>
        <translation>Enregistrer le rendez-vous</translation>
    </message>
    <message>
        <source>Add the appointment</source>
        <translation>Ajouter le rendez-vous</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>The appointment needs a date and a time.</source>
        <translation>Le rendez-vous doit avoir une date et une heure.</translation>
    </message>
    <message>
        <source>The duration is in minutes, up to twelve hours.</source>
        <translation>La durée s’exprime en minutes, douze heures au plus.</translation>
    </message>
    <message>
        <source>Unknown status for an appointment.</source>
        <translation>Statut inconnu pour un rendez-vous.</translation>
    </message>
    <message>
        <source>reading the agenda</source>
        <translation>la lecture de l’agenda</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Add an appointment…</source>
        <translation>Ajouter un rendez-vous…</translation>
    </message>
    <message>
        <source>No appointment. Plan the next one with “Add an appointment…”: it then shows in the list and in the adviser's agenda.</source>
        <translation>Aucun rendez-vous. Planifiez le prochain avec « Ajouter un rendez-vous… » : il s’affiche alors dans la liste et dans l’agenda du ou de la référent·e.</translation>
    </message>
    <message>
        <source>Delete an appointment</source>
        <translation>Supprimer un rendez-vous</translation>
    </message>
    <message>
        <source>Delete the appointment of %1? To keep a trace that it did not take place, edit its status instead.</source>
        <translation>Supprimer le rendez-vous du %1 ? Pour garder une trace qu’il n’a pas eu lieu, modifiez plutôt son statut.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Acquired</source>
        <translation>Acquise</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours d’acquisition</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Non observée</translation>
    </message>
    <message>
        <source>A job was offered</source>
        <translation>Un emploi a été proposé</translation>
    </message>
    <message>
        <source>Assessment of the immersion</source>
        <translation>Bilan de l’immersion</translation>
    </message>
    <message>
        <source>Choose the attendance</source>
        <translation>Choisissez la réalisation</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Choose the contract</source>
        <translation>Choisissez le contrat</translation>
    </message>
    <message>
        <source>What the tutor said about the young person</source>
        <translation>Ce que le tuteur a dit du jeune</translation>
    </message>
    <message>
        <source>Skills assessed</source>
        <translation>Compétences évaluées</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>A&amp;dd a skill</source>
        <translation>A&amp;jouter une compétence</translation>
    </message>
    <message>
        <source>&amp;Remove the skill</source>
        <translation>&amp;Retirer la compétence</translation>
    </message>
    <message>
        <source>&amp;Attendance *:</source>
        <translation>Réa&amp;lisation * :</translation>
    </message>
    <message>
        <source>&amp;Last day present:</source>
        <translation>Dernier &amp;jour de présence :</translation>
    </message>
    <message>
        <source>&amp;Hours missed:</source>
        <translation>&amp;Heures manquées :</translation>
    </message>
    <message>
        <source>&amp;Job offer:</source>
        <translation>&amp;Offre d’emploi :</translation>
    </message>
    <message>
        <source>&amp;Contract type:</source>
        <translation>Type de &amp;contrat :</translation>
    </message>
    <message>
        <source>&amp;Tutor feedback:</source>
        <translation>Retour du &amp;tuteur :</translation>
    </message>
    <message>
        <source>&amp;Skills assessed:</source>
        <translation>Compétences é&amp;valuées :</translation>
    </message>
    <message>
        <source>This immersion no longer exists.</source>
        <translation>Cette immersion n’existe plus.</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>Enregistrer le bilan</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>This immersion no longer exists.</source>
        <translation>Cette immersion n’existe plus.</translation>
    </message>
    <message>
        <source>The assessment can be made only once the immersion has ended.</source>
        <translation>Le bilan ne peut être fait qu’une fois l’immersion terminée.</translation>
    </message>
    <message>
        <source>Say whether the young person attended the immersion.</source>
        <translation>Indiquez si le jeune a effectué l’immersion.</translation>
    </message>
    <message>
        <source>The last day present must fall between %1 and %2.</source>
        <translation>Le dernier jour de présence doit se situer entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>An immersion completed in part needs the hours missed.</source>
        <translation>Une immersion réalisée partiellement demande les heures manquées.</translation>
    </message>
    <message>
        <source>A young person who did not attend cannot have been offered a job.</source>
        <translation>Un jeune qui ne s’est pas présenté ne peut pas avoir reçu d’offre d’emploi.</translation>
    </message>
    <message>
        <source>Choose the type of contract offered.</source>
        <translation>Choisissez le type de contrat proposé.</translation>
    </message>
    <message>
        <source>A contract type is given only when a job was offered.</source>
        <translation>Un type de contrat ne s’indique que si un emploi a été proposé.</translation>
    </message>
    <message>
        <source>reading the assessment of an immersion</source>
        <translation>la lecture du bilan d’une immersion</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to an adviser</source>
        <translation>Attribuer à un conseiller ou une conseillère</translation>
    </message>
    <message numerus="yes">
        <source>Who follows the %n selected case(s)?</source>
        <translation>
            <numerusform>Qui suit la situation sélectionnée ?</numerusform>
            <numerusform>Qui suit les %n situations sélectionnées ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Conseiller·ère :</translation>
    </message>
    <message>
        <source>Type or choose the name of the adviser.</source>
        <translation>Tapez ou choisissez le nom du conseiller ou de la conseillère.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>no temporary file could be created beside it</source>
        <translation>aucun fichier temporaire n’a pu être créé à côté</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>« %1 » ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>Vérifiez que le dossier existe, que vous avez le droit d’y écrire et que le disque n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Log a contact attempt</source>
        <translation>Noter une tentative de contact</translation>
    </message>
    <message>
        <source>What was said, when to call again. No health or family details.</source>
        <translation>Ce qui a été dit, quand rappeler. Aucun détail de santé ou de famille.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>An attempt cannot be dated in the future.</source>
        <translation>Une tentative ne peut pas être datée dans le futur.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the entries the filter shows as a spreadsheet (Excel, CSV or JSON)</source>
        <translation>Écrire les entrées affichées par le filtre dans un tableur (Excel, CSV ou JSON)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Q&amp;uoi :</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>A dossier number shows the dossier and everything attached to it: journal, actions, immersions, dropout cases…</source>
        <translation>Un numéro de dossier affiche le dossier et tout ce qui s’y rattache : journal, actions, immersions, situations de décrochage…</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>a&amp;u</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entrée, la plus récente en premier.</numerusform>
            <numerusform>%n entrées, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entrée exportée dans %1.</numerusform>
            <numerusform>%n entrées exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-%1.xlsx</source>
        <translation>audit-%1.xlsx</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>Identifiant de l’enregistrement</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>la lecture du journal d’audit</translation>
    </message>
</context>
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
    <message>
        <source>removing old entries of the audit trail</source>
        <translation>suppression des anciennes entrées du journal d’audit</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Viewed</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Right of access answered</source>
        <translation>Réponse à un droit d’accès</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Old audit entries removed</source>
        <translation>Purge des anciennes entrées d’audit</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Conflit d’échange</translation>
    </message>
    <message>
        <source>Conflict: own version kept</source>
        <translation>Conflit : version locale gardée</translation>
    </message>
    <message>
        <source>Conflict: other site's version taken</source>
        <translation>Conflit : version de l’autre site retenue</translation>
    </message>
    <message>
        <source>Conflict: versions merged</source>
        <translation>Conflit : versions fusionnées</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>la lecture du journal d’audit</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
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
        <source>Kind of record</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
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
        <source>No dossier yet</source>
        <translation>Aucun dossier pour l’instant</translation>
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
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import dossiers from a spreadsheet (CSV, XLSX)</source>
        <translation>Importer des dossiers depuis un tableur (CSV, XLSX)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the dossiers that the filters show</source>
        <translation>Exporter les dossiers affichés par les filtres</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New dossier (%1)</source>
        <translation>Nouveau dossier (%1)</translation>
    </message>
    <message>
        <source>The dossiers of the young people you follow will be listed here. Create the first one, import a list, or, to discover Sillage first, open the demonstration database.</source>
        <translation>Les dossiers des jeunes que vous accompagnez s’afficheront ici. Créez le premier, importez une liste ou, pour découvrir Sillage d’abord, ouvrez la base de démonstration.</translation>
    </message>
    <message>
        <source>Create a dossier</source>
        <translation>Créer un dossier</translation>
    </message>
    <message>
        <source>No dossier matches these filters.</source>
        <translation>Aucun dossier ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryExporter</name>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>External identifier</source>
        <translation>Identifiant externe</translation>
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
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>ZRR</source>
        <translation>ZRR</translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation>RQTH</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau de formation</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Running programme</source>
        <translation>Dispositif en cours</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>reading the dossiers to export</source>
        <translation>la lecture des dossiers à exporter</translation>
    </message>
</context>
<context>
    <name>BeneficiaryFileActions</name>
    <message>
        <source>dossiers-%1.xlsx</source>
        <translation>dossiers-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the dossiers</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) exported to %1.</source>
        <translation>
            <numerusform>%n dossier exporté vers %1.</numerusform>
            <numerusform>%n dossiers exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
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
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the active dossiers of every adviser</source>
        <translation>Revenir aux dossiers actifs de tous les référent·es</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dossier(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Tous les référent·es</translation>
    </message>
    <message>
        <source>Programme followed now</source>
        <translation>Dispositif suivi actuellement</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les dispositifs</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Tous les âges</translation>
    </message>
    <message>
        <source>16–17 years</source>
        <translation>16–17 ans</translation>
    </message>
    <message>
        <source>18–21 years</source>
        <translation>18–21 ans</translation>
    </message>
    <message>
        <source>22–25 years</source>
        <translation>22–25 ans</translation>
    </message>
    <message>
        <source>26 years and over</source>
        <translation>26 ans et plus</translation>
    </message>
    <message>
        <source>All towns</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>Time since the last contact (no event in the journal for at least this long, or never)</source>
        <translation>Temps écoulé depuis le dernier contact (aucun événement au journal depuis au moins cette durée, ou jamais)</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Tout dernier contact</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Sans contact depuis %n jour</numerusform>
            <numerusform>Sans contact depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryFormDialog</name>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>The name the young person uses, if it differs from the birth name.</source>
        <translation>Le nom que le jeune utilise, s’il diffère du nom de naissance.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>Shown in an empty date field; the letters of the date format.</extracomment>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>11 characters, e.g. 1234567890A</source>
        <translation>11 caractères, par ex. 1234567890A</translation>
    </message>
    <message>
        <source>I-Milo or another tool's identifier</source>
        <translation>Identifiant I-Milo ou d’un autre outil</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Nom * :</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;Prénom * :</translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation>Nom d’usa&amp;ge :</translation>
    </message>
    <message>
        <source>&amp;Birth date *:</source>
        <translation>&amp;Date de naissance * :</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <source>&amp;INE:</source>
        <translation>&amp;INE :</translation>
    </message>
    <message>
        <source>Ex&amp;ternal ID:</source>
        <translation>Identi&amp;fiant externe :</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <source>&amp;QPV (priority neighbourhood)</source>
        <translation>&amp;QPV (quartier prioritaire)</translation>
    </message>
    <message>
        <source>&amp;ZRR (rural revitalisation zone)</source>
        <translation>&amp;ZRR (zone de revitalisation rurale)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>C&amp;ode postal :</translation>
    </message>
    <message>
        <source>Area:</source>
        <extracomment>Whether the young person lives in a QPV or a ZRR.</extracomment>
        <translation>Territoire :</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>The young person is under 18: give the details of their legal representative.</source>
        <translation>Le jeune a moins de 18 ans : indiquez les coordonnées de son représentant légal.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Nom comp&amp;let :</translation>
    </message>
    <message>
        <source>Relations&amp;hip:</source>
        <translation>L&amp;ien :</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>E-m&amp;ail:</source>
        <translation>Cou&amp;rriel :</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>&amp;RQTH (recognised disabled worker)</source>
        <translation>&amp;RQTH (reconnaissance de la qualité de travailleur handicapé)</translation>
    </message>
    <message>
        <source>Drivin&amp;g licence (B)</source>
        <translation>Permis de conduire (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Own vehicle</source>
        <translation>Véhic&amp;ule personnel</translation>
    </message>
    <message>
        <source>Education le&amp;vel:</source>
        <translation>Ni&amp;veau de formation :</translation>
    </message>
    <message>
        <source>Disability:</source>
        <extracomment>The recognition of a disabled worker (RQTH).</extracomment>
        <translation>Handicap :</translation>
    </message>
    <message>
        <source>Mobility:</source>
        <translation>Mobilité :</translation>
    </message>
    <message>
        <source>Mobilit&amp;y notes:</source>
        <translation>Préci&amp;sions sur la mobilité :</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Ad&amp;viser:</source>
        <extracomment>The adviser (référent) who follows the young person.</extracomment>
        <translation>Ré&amp;férent·e :</translation>
    </message>
    <message>
        <source>Changing the adviser here keeps the previous one in the dossier's history.</source>
        <translation>Si vous changez de référent·e ici, le ou la précédent·e reste dans l’historique du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n years old — minor</source>
        <translation>
            <numerusform>%n an — mineur(e)</numerusform>
            <numerusform>%n ans — mineur(e)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the dossier</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <source>%1, born on %2, dossier %3 (%4)</source>
        <translation>%1, né(e) le %2, dossier %3 (%4)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>A dossier already exists for %1.</source>
        <translation>Un dossier existe déjà pour %1.</translation>
    </message>
    <message>
        <source>Open the existing dossier rather than creating a second one for the same person.</source>
        <translation>Ouvrez le dossier existant plutôt que d’en créer un second pour la même personne.</translation>
    </message>
    <message>
        <source>&amp;Open the existing dossier</source>
        <translation>&amp;Ouvrir le dossier existant</translation>
    </message>
    <message>
        <source>C&amp;reate anyway</source>
        <translation>&amp;Créer quand même</translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Dossier %1. Fields marked * are required.</source>
        <translation>Dossier %1. Les champs marqués d’un * sont obligatoires.</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>par ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Bus, bicycle, how far they can go…</source>
        <translation>Bus, vélo, jusqu’où le jeune peut se déplacer…</translation>
    </message>
</context>
<context>
    <name>BeneficiaryImportDialog</name>
    <message>
        <source>Import dossiers</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message>
        <source>Import young people from a spreadsheet saved as CSV (Excel: “CSV UTF-8” or “CSV”). Columns are recognised by their titles; check them below. Nothing is written until you click “Import”.</source>
        <translation>Importez des jeunes depuis un tableur enregistré en CSV (Excel : « CSV UTF-8 » ou « CSV »). Les colonnes sont reconnues par leur titre ; vérifiez-les ci-dessous. Rien n’est écrit tant que vous n’avez pas cliqué sur « Importer ».</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Skipped: same person as %1, already in the database.</source>
        <translation>Ignorée : même personne que le dossier %1, déjà dans la base.</translation>
    </message>
    <message>
        <source>Skipped: same person as %1 of the file.</source>
        <translation>Ignorée : même personne que %1 du fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Problems and skipped lines (%n)</source>
        <translation>
            <numerusform>Problèmes et lignes ignorées (%n)</numerusform>
            <numerusform>Problèmes et lignes ignorées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new dossier(s)</source>
        <translation>
            <numerusform>%n nouveau dossier</numerusform>
            <numerusform>%n nouveaux dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n déjà dans la base</numerusform>
            <numerusform>%n déjà dans la base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n dossier(s)</source>
        <translation>
            <numerusform>&amp;Importer %n dossier</numerusform>
            <numerusform>&amp;Importer %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the file already has a dossier: there is nothing to import.</source>
        <translation>Tout le monde dans le fichier a déjà un dossier : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>Nothing is written until you click “Import”.</source>
        <translation>Rien n’est écrit tant que vous n’avez pas cliqué sur « Importer ».</translation>
    </message>
    <message>
        <source>Nothing is written until you click “Import”. Skipped lines are not imported.</source>
        <translation>Rien n’est écrit tant que vous n’avez pas cliqué sur « Importer ». Les lignes ignorées ne sont pas importées.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) created from “%1”.</source>
        <translation>
            <numerusform>%n dossier créé à partir de « %1 ».</numerusform>
            <numerusform>%n dossiers créés à partir de « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: the person already had a dossier or came earlier in the file.</source>
        <translation>
            <numerusform>%n ligne ignorée : la personne avait déjà un dossier ou figurait plus haut dans le fichier.</numerusform>
            <numerusform>%n lignes ignorées : la personne avait déjà un dossier ou figurait plus haut dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the file</source>
        <translation>
            <numerusform>%n en double dans le fichier</numerusform>
            <numerusform>%n en double dans le fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryImporter</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>External identifier</source>
        <translation>Identifiant externe</translation>
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
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau de formation</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Début du dispositif</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation>RQTH</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>"%1" is not a sex (F, M or empty).</source>
        <translation>« %1 » n’est pas un sexe (F, M ou vide).</translation>
    </message>
    <message>
        <source>"%1" is not a known education level.</source>
        <translation>« %1 » n’est pas un niveau de formation connu.</translation>
    </message>
    <message>
        <source>"%1" should be yes or no.</source>
        <translation>« %1 » devrait être oui ou non.</translation>
    </message>
    <message>
        <source>"%1" is not a known situation.</source>
        <translation>« %1 » n’est pas une situation connue.</translation>
    </message>
    <message>
        <source>"%1" is not a known programme (CEJ, PACEA…).</source>
        <translation>« %1 » n’est pas un dispositif connu (CEJ, PACEA…).</translation>
    </message>
    <message>
        <source>The programme needs its start date.</source>
        <translation>Le dispositif doit avoir sa date de début.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
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
    <message>
        <source>No contact recorded in the journal yet.</source>
        <translation>Aucun contact enregistré au journal pour l’instant.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPickerDialog</name>
    <message>
        <source>&amp;Young person (name, dossier number or commune):</source>
        <translation>&amp;Jeune (nom, numéro de dossier ou commune) :</translation>
    </message>
    <message>
        <source>At least two letters</source>
        <translation>Au moins deux lettres</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Dossiers found</source>
        <translation>Dossiers trouvés</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>Type at least two letters of the name.</source>
        <translation>Tapez au moins deux lettres du nom.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No dossier matches "%1".</source>
        <translation>Aucun dossier ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found.</source>
        <translation>
            <numerusform>%n dossier trouvé.</numerusform>
            <numerusform>%n dossiers trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryRepository</name>
    <message>
        <source>reading a dossier</source>
        <translation>la lecture d’un dossier</translation>
    </message>
    <message>
        <source>counting dossiers</source>
        <translation>le comptage des dossiers</translation>
    </message>
    <message>
        <source>A dossier already exists for this person: %1, %2 (%3).</source>
        <translation>Un dossier existe déjà pour cette personne : %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Open the existing dossier rather than creating a second one.</source>
        <translation>Ouvrez le dossier existant plutôt que d’en créer un second.</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
    <message>
        <source>reading the history of référents</source>
        <translation>la lecture de l’historique des référent·es</translation>
    </message>
    <message>
        <source>Choose the reason why the young person leaves the follow-up.</source>
        <translation>Choisissez le motif de sortie de l’accompagnement.</translation>
    </message>
    <message>
        <source>reading the lists of the filters</source>
        <translation>la lecture des listes des filtres</translation>
    </message>
</context>
<context>
    <name>BeneficiaryValidator</name>
    <message>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The last name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>Le nom ne peut contenir que des lettres, des espaces, des traits d’union et des apostrophes, 80 au plus.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The first name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>Le prénom ne peut contenir que des lettres, des espaces, des traits d’union et des apostrophes, 80 au plus.</translation>
    </message>
    <message>
        <source>The usage name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>Le nom d’usage ne peut contenir que des lettres, des espaces, des traits d’union et des apostrophes, 80 au plus.</translation>
    </message>
    <message>
        <source>This text is too long (%1 characters at most).</source>
        <translation>Ce texte est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>This text looks like a spreadsheet formula, not like data.</source>
        <translation>Ce texte ressemble à une formule de tableur, pas à une donnée.</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>La date de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>This birth date gives an age of %1: Sillage follows young people aged %2 to %3.</source>
        <translation>Cette date de naissance donne un âge de %1 ans : Sillage suit les jeunes de %2 à %3 ans.</translation>
    </message>
    <message>
        <source>The INE has 11 characters: 10 digits or letters, then a letter.</source>
        <translation>L’INE compte 11 caractères : 10 chiffres ou lettres, puis une lettre.</translation>
    </message>
    <message>
        <source>The phone number is not valid: 10 digits starting with 0, or an international number starting with +.</source>
        <translation>Le numéro de téléphone n’est pas valide : 10 chiffres commençant par 0, ou un numéro international commençant par +.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L’adresse de courriel n’est pas valide.</translation>
    </message>
    <message>
        <source>The postcode has 5 digits.</source>
        <translation>Le code postal compte 5 chiffres.</translation>
    </message>
    <message>
        <source>Give the town that goes with the postcode.</source>
        <translation>Indiquez la commune qui correspond au code postal.</translation>
    </message>
    <message>
        <source>The legal representative's phone number is not valid.</source>
        <translation>Le numéro de téléphone du représentant légal n’est pas valide.</translation>
    </message>
    <message>
        <source>The legal representative's e-mail address is not valid.</source>
        <translation>L’adresse de courriel du représentant légal n’est pas valide.</translation>
    </message>
    <message>
        <source>Unknown education level.</source>
        <translation>Niveau de formation inconnu.</translation>
    </message>
</context>
<context>
    <name>CampaignFigures</name>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n’existe plus.</translation>
    </message>
    <message>
        <source>counting a campaign's cases</source>
        <translation>le comptage des situations d’une campagne</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Young people listed</source>
        <translation>Jeunes repérés</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactés</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joints</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>Solution : %1</translation>
    </message>
    <message>
        <source>Closed without solution</source>
        <translation>Clos sans solution</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Clos : %1</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouverts</translation>
    </message>
    <message>
        <source>Median days to solution</source>
        <translation>Délai médian jusqu’à la solution (jours)</translation>
    </message>
</context>
<context>
    <name>CampaignFiguresView</name>
    <message>
        <source>A young person who came in two lists counts in both campaigns. “Reached” counts the young people spoken with, themselves or their family.</source>
        <translation>Un ou une jeune présent·e dans deux listes compte dans les deux campagnes. « Joints » compte les jeunes avec qui l’on a parlé, eux-mêmes ou leur famille.</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>Chiffres des campagnes</translation>
    </message>
    <message>
        <source>Rows received</source>
        <translation>Lignes reçues</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactés</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joints</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Closed without solution</source>
        <translation>Clos sans solution</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouverts</translation>
    </message>
    <message>
        <source>Median days to solution</source>
        <translation>Délai médian jusqu’à la solution (jours)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Une campagne doit avoir un nom.</translation>
    </message>
    <message>
        <source>The campaign's name is too long (120 characters at most).</source>
        <translation>Le nom de la campagne est trop long (120 caractères au plus).</translation>
    </message>
    <message>
        <source>A campaign named "%1" already exists.</source>
        <translation>Une campagne nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>reading a campaign</source>
        <translation>la lecture d’une campagne</translation>
    </message>
    <message>
        <source>reading the campaigns</source>
        <translation>la lecture des campagnes</translation>
    </message>
    <message>
        <source>reading a campaign's list</source>
        <translation>la lecture de la liste d’une campagne</translation>
    </message>
</context>
<context>
    <name>CareerBrowser</name>
    <message>
        <source>reading the career tree</source>
        <translation>la lecture de l’arborescence des métiers</translation>
    </message>
</context>
<context>
    <name>CareerExporter</name>
    <message>
        <source>Career sheets</source>
        <translation>Fiches métiers</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>ROME code</source>
        <translation>Code ROME</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Grand domaine</source>
        <translation>Grand domaine</translation>
    </message>
    <message>
        <source>Domaine professionnel</source>
        <translation>Domaine professionnel</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Access to the job</source>
        <translation>Accès au métier</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Appellations</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Savoir-être</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Savoirs</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Contextes de travail</translation>
    </message>
</context>
<context>
    <name>CareerLinks</name>
    <message>
        <source>reading the dossiers linked to a career sheet</source>
        <translation>la lecture des dossiers liés à une fiche métier</translation>
    </message>
    <message>
        <source>reading the immersions linked to a career sheet</source>
        <translation>la lecture des immersions liées à une fiche métier</translation>
    </message>
</context>
<context>
    <name>CareerLookup</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CareerNavigator</name>
    <message>
        <source>Search a job, a skill, a word…</source>
        <translation>Chercher un métier, une compétence, un mot…</translation>
    </message>
    <message>
        <source>Search the career sheets</source>
        <translation>Chercher dans les fiches métiers</translation>
    </message>
    <message>
        <source>Career sheets by domain</source>
        <translation>Fiches métiers par domaine</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (locale)</translation>
    </message>
    <message>
        <source>No sheet matches “%1”.</source>
        <translation>Aucune fiche ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>local sheet</source>
        <translation>fiche locale</translation>
    </message>
</context>
<context>
    <name>CareerPlanTab</name>
    <message>
        <source>Jobs aimed at</source>
        <translation>Métiers visés</translation>
    </message>
    <message>
        <source>ROME code</source>
        <translation>Code ROME</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a job…</source>
        <translation>Ajouter un métier…</translation>
    </message>
    <message>
        <source>No job in the career plan yet. Add the jobs the young person aims at, by their ROME code (M1805…), with “Add a job…”.</source>
        <translation>Aucun métier dans le projet professionnel pour l’instant. Ajoutez les métiers que vise le jeune, par leur code ROME (M1805…), avec « Ajouter un métier… ».</translation>
    </message>
    <message>
        <source>Remove a job</source>
        <translation>Retirer un métier</translation>
    </message>
    <message>
        <source>Remove “%1” from the career plan?</source>
        <translation>Retirer « %1 » du projet professionnel ?</translation>
    </message>
    <message>
        <source>Career sheet</source>
        <translation>Fiche métier</translation>
    </message>
    <message>
        <source>Open the job's sheet in the Careers module</source>
        <translation>Ouvrir la fiche du métier dans le module Métiers</translation>
    </message>
</context>
<context>
    <name>CareerSearch</name>
    <message>
        <source>searching the career sheets</source>
        <translation>la recherche dans les fiches métiers</translation>
    </message>
    <message>
        <source>updating the career search index</source>
        <translation>la mise à jour de l’index de recherche des métiers</translation>
    </message>
</context>
<context>
    <name>CareerSheetDocument</name>
    <message>
        <source>Local sheet based on ROME %1</source>
        <translation>Fiche locale d’après le ROME %1</translation>
    </message>
    <message>
        <source>ROME %1</source>
        <translation>ROME %1</translation>
    </message>
    <message>
        <source>Local sheet</source>
        <translation>Fiche locale</translation>
    </message>
    <message>
        <source>Withdrawn from the ROME</source>
        <translation>Retirée du ROME</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Appellations</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Access to the job</source>
        <translation>Accès au métier</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Savoir-être</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Savoirs</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Contextes de travail</translation>
    </message>
    <message>
        <source>Close jobs</source>
        <translation>Métiers proches</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Local training offers</source>
        <translation>Offres de formation locales</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Demonstration sheet written for Sillage; import the ROME for the official sheet.</source>
        <translation>Fiche de démonstration écrite pour Sillage ; importez le ROME pour la fiche officielle.</translation>
    </message>
</context>
<context>
    <name>CareerSheetHtml</name>
    <message>
        <source>This code was withdrawn from the ROME: only its code and last title are kept. Dossiers and immersions that aim at it keep their link.</source>
        <translation>Ce code a été retiré du ROME : seuls son code et son dernier intitulé sont gardés. Les dossiers et immersions qui le visent gardent leur lien.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Access to the job</source>
        <translation>Accès au métier</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Appellations</translation>
    </message>
    <message>
        <source>Know-how (savoir-faire)</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <source>Soft skills (savoir-être)</source>
        <translation>Savoir-être</translation>
    </message>
    <message>
        <source>Knowledge (savoirs)</source>
        <translation>Savoirs</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Contextes de travail</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Close jobs</source>
        <translation>Métiers proches</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Local training offers</source>
        <translation>Offres de formation locales</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Local additions</source>
        <translation>Ajouts locaux</translation>
    </message>
    <message>
        <source>Nothing added yet: notes, local training offers, useful links or a picture stay with this sheet, even after a new ROME import.</source>
        <translation>Rien d’ajouté pour l’instant : notes, offres de formation locales, liens utiles ou image restent avec cette fiche, même après un nouvel import du ROME.</translation>
    </message>
    <message>
        <source>Linked young people and immersions</source>
        <translation>Jeunes et immersions liés</translation>
    </message>
    <message>
        <source>No dossier's career plan and no immersion aims at this job yet.</source>
        <translation>Aucun projet professionnel ni aucune immersion ne vise encore ce métier.</translation>
    </message>
    <message numerus="yes">
        <source>%n career plan(s)</source>
        <translation>
            <numerusform>%n projet professionnel</numerusform>
            <numerusform>%n projets professionnels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n immersion(s)</source>
        <translation>
            <numerusform>%n immersion</numerusform>
            <numerusform>%n immersions</numerusform>
        </translation>
    </message>
    <message>
        <source>What the job is</source>
        <translation>Le métier</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Comment y accéder</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Savoir-être</translation>
    </message>
</context>
<context>
    <name>CareerSheetRepository</name>
    <message>
        <source>reading a career sheet</source>
        <translation>la lecture d’une fiche métier</translation>
    </message>
    <message>
        <source>There is no career sheet %1.</source>
        <translation>Il n’y a pas de fiche métier %1.</translation>
    </message>
    <message>
        <source>reading the local career sheets</source>
        <translation>la lecture des fiches métiers locales</translation>
    </message>
    <message>
        <source>A career sheet needs a title.</source>
        <translation>Une fiche métier doit avoir un titre.</translation>
    </message>
    <message>
        <source>Local additions must belong to a career sheet.</source>
        <translation>Les ajouts locaux doivent appartenir à une fiche métier.</translation>
    </message>
</context>
<context>
    <name>CareerSheetView</name>
    <message>
        <source>Edit local additions…</source>
        <translation>Modifier les ajouts locaux…</translation>
    </message>
    <message>
        <source>Copy as a local sheet</source>
        <translation>Copier en fiche locale</translation>
    </message>
    <message>
        <source>Edit the sheet…</source>
        <translation>Modifier la fiche…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add to a séance…</source>
        <translation>Ajouter à une séance…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeter</translation>
    </message>
    <message>
        <source>Shows this sheet full screen, in large type, on the projector</source>
        <translation>Affiche cette fiche en plein écran, en grands caractères, sur le vidéoprojecteur</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Choose a sheet in the tree or type a job in the search field.</source>
        <translation>Choisissez une fiche dans l’arborescence ou tapez un métier dans le champ de recherche.</translation>
    </message>
    <message>
        <source>Local sheet</source>
        <translation>Fiche locale</translation>
    </message>
    <message>
        <source>Withdrawn from the ROME</source>
        <translation>Retirée du ROME</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>ROME %1</source>
        <translation>ROME %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>D’après %1</translation>
    </message>
    <message>
        <source>Sheet not copied</source>
        <translation>Fiche non copiée</translation>
    </message>
    <message>
        <source>Remove the local sheet</source>
        <translation>Supprimer la fiche locale</translation>
    </message>
    <message>
        <source>Remove the local sheet %1 and its additions? Séances that list it will skip it.</source>
        <translation>Supprimer la fiche locale %1 et ses ajouts ? Les séances qui la contiennent la passeront.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Sheet not removed</source>
        <translation>Fiche non supprimée</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Export the sheet to PDF</source>
        <translation>Exporter la fiche en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF non écrit</translation>
    </message>
</context>
<context>
    <name>CareerTargetDialog</name>
    <message>
        <source>New career target</source>
        <translation>Nouveau métier visé</translation>
    </message>
    <message>
        <source>e.g. M1805</source>
        <translation>par ex. M1805</translation>
    </message>
    <message>
        <source>e.g. Études et développement informatique</source>
        <translation>par ex. Études et développement informatique</translation>
    </message>
    <message>
        <source>A letter from A to N, then four digits.</source>
        <translation>Une lettre de A à N, puis quatre chiffres.</translation>
    </message>
    <message>
        <source>&amp;ROME code:</source>
        <translation>Code &amp;ROME :</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <extracomment>The name of the job.</extracomment>
        <translation>&amp;Métier :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>"%1" is not a complete ROME code.</source>
        <translation>« %1 » n’est pas un code ROME complet.</translation>
    </message>
    <message>
        <source>Give the job's ROME code.</source>
        <translation>Indiquez le code ROME du métier.</translation>
    </message>
    <message>
        <source>Add the career target</source>
        <translation>Ajouter le métier visé</translation>
    </message>
</context>
<context>
    <name>CareerTargetRepository</name>
    <message>
        <source>"%1" is not a ROME code: a letter from A to N, then four digits (M1805).</source>
        <translation>« %1 » n’est pas un code ROME : une lettre de A à N, puis quatre chiffres (M1805).</translation>
    </message>
</context>
<context>
    <name>CareersPage</name>
    <message>
        <source>Sheets</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Create a local sheet…</source>
        <translation>Créer une fiche locale…</translation>
    </message>
    <message>
        <source>A sheet of your own, for a job the ROME does not describe as you need</source>
        <translation>Une fiche à vous, pour un métier que le ROME ne décrit pas comme il vous faut</translation>
    </message>
    <message>
        <source>Import the ROME…</source>
        <translation>Importer le ROME…</translation>
    </message>
    <message>
        <source>No career sheet yet</source>
        <translation>Aucune fiche métier pour l’instant</translation>
    </message>
    <message>
        <source>Import the ROME referential of France Travail (free open data) to browse every job, or start with the demonstration sheets: about forty jobs across the 14 grands domaines, ready for a workshop.</source>
        <translation>Importez le référentiel ROME de France Travail (données ouvertes gratuites) pour parcourir tous les métiers, ou commencez avec les fiches de démonstration : une quarantaine de métiers dans les 14 grands domaines, prêtes pour un atelier.</translation>
    </message>
    <message>
        <source>Add the demonstration sheets</source>
        <translation>Ajouter les fiches de démonstration</translation>
    </message>
    <message>
        <source>Demonstration sheets not added</source>
        <translation>Fiches de démonstration non ajoutées</translation>
    </message>
    <message>
        <source>Séances not read</source>
        <translation>Séances non lues</translation>
    </message>
    <message>
        <source>New séance…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>New séance</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Name of the séance:</source>
        <translation>Nom de la séance :</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ChangeReferentDialog</name>
    <message>
        <source>Change of adviser</source>
        <translation>Changement de référent·e</translation>
    </message>
    <message>
        <source>Who follows %1 from now on?</source>
        <translation>Qui suit %1 désormais ?</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Current adviser:</source>
        <translation>Référent·e actuel·le :</translation>
    </message>
    <message>
        <source>&amp;New adviser:</source>
        <translation>&amp;Nouveau·elle référent·e :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;compter du :</translation>
    </message>
    <message>
        <source>The previous adviser stays in the dossier's history.</source>
        <translation>Le ou la précédent·e référent·e reste dans l’historique du dossier.</translation>
    </message>
    <message>
        <source>Give the name of the new adviser.</source>
        <translation>Indiquez le nom du ou de la nouvel·le référent·e.</translation>
    </message>
    <message>
        <source>%1 already follows this young person.</source>
        <translation>%1 suit déjà ce jeune.</translation>
    </message>
</context>
<context>
    <name>CliConsole</name>
    <message>
        <source>Run "sillage-cli --help" to see the commands.</source>
        <translation>Lancez « sillage-cli --help » pour voir les commandes.</translation>
    </message>
    <message>
        <source>This database asks who you are: give --user NAME, and the password in the SILLAGE_PASSWORD variable or a file given with --password-file.</source>
        <translation>Cette base demande qui vous êtes : donnez --user NOM, et le mot de passe dans la variable SILLAGE_PASSWORD ou dans un fichier donné par --password-file.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The folder of the database %1 does not exist.</source>
        <translation>Le dossier de la base %1 n’existe pas.</translation>
    </message>
    <message>
        <source>It may have been moved, removed, or be on a drive that is not plugged in. To start a new database there, run "sillage-cli init".</source>
        <translation>Il a peut-être été déplacé ou supprimé, ou il se trouve sur un disque non branché. Pour créer une nouvelle base à cet endroit, lancez « sillage-cli init ».</translation>
    </message>
</context>
<context>
    <name>CloseDossierDialog</name>
    <message>
        <source>Close the dossier</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <source>The young person leaves the follow-up.</source>
        <translation>Le jeune sort de l’accompagnement.</translation>
    </message>
    <message>
        <source>%1 leaves the follow-up.</source>
        <translation>%1 sort de l’accompagnement.</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Choisissez le motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>The dossier stays in the database and can be reopened.</source>
        <translation>Le dossier reste dans la base et peut être rouvert.</translation>
    </message>
    <message>
        <source>C&amp;lose the dossier</source>
        <translation>&amp;Clôturer le dossier</translation>
    </message>
    <message>
        <source>Choose the reason why the young person leaves the follow-up.</source>
        <translation>Choisissez le motif de sortie de l’accompagnement.</translation>
    </message>
</context>
<context>
    <name>ColumnMatcher</name>
    <message>
        <source>column %1 (untitled)</source>
        <translation>colonne %1 (sans titre)</translation>
    </message>
    <message>
        <source>“%1” (column %2)</source>
        <translation>« %1 » (colonne %2)</translation>
    </message>
    <message>
        <source>Several columns give the field “%1”: %2. Keep only one.</source>
        <translation>Plusieurs colonnes donnent le champ « %1 » : %2. N’en gardez qu’une.</translation>
    </message>
    <message>
        <source>The required column “%1” is missing.</source>
        <translation>La colonne obligatoire « %1 » est absente.</translation>
    </message>
    <message>
        <source>Accepted titles: %1.</source>
        <translation>Titres acceptés : %1.</translation>
    </message>
    <message>
        <source>The columns of the file cannot be imported:</source>
        <translation>Les colonnes du fichier ne peuvent pas être importées :</translation>
    </message>
    <message>
        <source>Rename the columns in the file, or choose them in the import window.</source>
        <translation>Renommez les colonnes dans le fichier, ou choisissez-les dans la fenêtre d’import.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <translation>
            <numerusform>La base est saine : %1 (schéma %2, %n dossier).</numerusform>
            <numerusform>La base est saine : %1 (schéma %2, %n dossiers).</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n dossier fictif ajouté.</numerusform>
            <numerusform>%n dossiers fictifs ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search attend le texte à rechercher.</translation>
    </message>
    <message>
        <source>No result for "%1".</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, separator %3, %n row(s).</source>
        <translation>
            <numerusform>%1 : %2, séparateur %3, %n ligne.</numerusform>
            <numerusform>%1 : %2, séparateur %3, %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: correct the file, then import it again.</source>
        <translation>Rien n’a été écrit : corrigez le fichier, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export attend --out FICHIER.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) exported to %1.</source>
        <translation>
            <numerusform>%n dossier exporté vers %1.</numerusform>
            <numerusform>%n dossiers exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>New: %1; already in the base: %2; repeated in the file: %3; rejected: %4.</source>
        <translation>Nouveaux : %1 ; déjà dans la base : %2 ; en double dans le fichier : %3 ; refusés : %4.</translation>
    </message>
    <message>
        <source>%1:%2: skipped, same as %3.</source>
        <translation>%1:%2 : ignorée, identique à %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n fiche importée.</numerusform>
            <numerusform>%n fiches importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>import takes what to import, then the file: import beneficiaries|companies FILE.</source>
        <translation>import attend ce qu’il faut importer, puis le fichier : import beneficiaries|companies FICHIER.</translation>
    </message>
    <message>
        <source>import needs the file to import.</source>
        <translation>import attend le fichier à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n immersion(s) exported to %1.</source>
        <translation>
            <numerusform>%n immersion exportée dans %1.</numerusform>
            <numerusform>%n immersions exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import dropouts needs --campaign NAME: the campaign the list belongs to.</source>
        <translation>import dropouts demande --campaign NOM : la campagne à laquelle appartient la liste.</translation>
    </message>
    <message>
        <source>Campaign "%1"%2.</source>
        <translation>Campagne « %1 »%2.</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouvelle)</translation>
    </message>
    <message>
        <source>New cases: %1; linked to existing dossiers: %2; already open: %3; to review: %4; repeated in the file: %5; rejected: %6.</source>
        <translation>Nouvelles situations : %1 ; liées à des dossiers existants : %2 ; déjà ouvertes : %3 ; à vérifier : %4 ; en double dans le fichier : %5 ; refusées : %6.</translation>
    </message>
    <message>
        <source>%1:%2: to review (%3).</source>
        <translation>%1:%2 : à vérifier (%3).</translation>
    </message>
    <message>
        <source>%1:%2: same young person as %3.</source>
        <translation>%1:%2 : même jeune que %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) created.</source>
        <translation>
            <numerusform>%n situation créée.</numerusform>
            <numerusform>%n situations créées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) exported to %1.</source>
        <translation>
            <numerusform>%n campagne exportée dans %1.</numerusform>
            <numerusform>%n campagnes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropout case(s) exported to %1.</source>
        <translation>
            <numerusform>%n situation de décrochage exportée dans %1.</numerusform>
            <numerusform>%n situations de décrochage exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import rome needs the folder of the ROME files.</source>
        <translation>import rome demande le dossier des fichiers du ROME.</translation>
    </message>
    <message numerus="yes">
        <source>%n career sheet(s) exported to %1.</source>
        <translation>
            <numerusform>%n fiche métier exportée dans %1.</numerusform>
            <numerusform>%n fiches métiers exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: correct the files, then import them again.</source>
        <translation>Rien n’a été écrit : corrigez les fichiers, puis importez-les à nouveau.</translation>
    </message>
    <message>
        <source>ROME version %1 (no referential yet).</source>
        <translation>ROME version %1 (pas encore de référentiel).</translation>
    </message>
    <message>
        <source>ROME version %1 (current: %2).</source>
        <translation>ROME version %1 (actuelle : %2).</translation>
    </message>
    <message>
        <source>Optional file missing: %1</source>
        <translation>Fichier facultatif absent : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>This version is already imported: nothing changed.</source>
        <translation>Cette version est déjà importée : rien n’a changé.</translation>
    </message>
    <message>
        <source>Sheets: %1; job titles: %2; skills: %3; work contexts: %4; close jobs: %5.</source>
        <translation>Fiches : %1 ; appellations : %2 ; compétences : %3 ; contextes de travail : %4 ; métiers proches : %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code ajouté</numerusform>
            <numerusform>%n codes ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) withdrawn</source>
        <translation>
            <numerusform>%n code retiré</numerusform>
            <numerusform>%n codes retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) relabelled</source>
        <translation>
            <numerusform>%n code renommé</numerusform>
            <numerusform>%n codes renommés</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: "%2" becomes "%3"</source>
        <translation>  %1 : « %2 » devient « %3 »</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) imported.</source>
        <translation>
            <numerusform>%n fiche importée.</numerusform>
            <numerusform>%n fiches importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>--year takes a year of four digits, e.g. 2025.</source>
        <translation>--year attend une année de quatre chiffres, par exemple 2025.</translation>
    </message>
    <message>
        <source>export takes what to export: export beneficiaries|placements|dropouts|careers|audit --format csv|xlsx|json --out FILE.</source>
        <translation>export prend ce qu’il faut exporter : export beneficiaries|placements|dropouts|careers|audit --format csv|xlsx|json --out FICHIER.</translation>
    </message>
    <message>
        <source>Usage: sillage-cli [--db FILE] COMMAND [OPTIONS]

Commands:
  init [--site CODE [--site-name NAME]]
                              create the database, or upgrade it to this version; with --site,
                              set the site it belongs to (as the first start asks)
  check                       check the database's integrity
  backup --out FILE           write a consistent copy of the database
  demo [--size N] [--seed S]  add N fictitious dossiers (same seed, same people)
  search TEXT [--json]        search every module (accents and word beginnings are enough)
  import beneficiaries|companies FILE [--dry-run]
                              import dossiers or host companies from a CSV file (all or nothing)
  import dropouts FILE --campaign NAME [--dry-run]
                              import a dropout list into a campaign: new cases, cases linked to
                              dossiers, cases already open, rows to review (all or nothing)
  import rome DIR [--dry-run]
                              import the ROME open-data files of a folder (unix_*_vNNN_utf8.csv);
                              a newer version replaces the referential, local sheets are kept
  export beneficiaries|placements|dropouts|careers|audit --format csv|xlsx|json --out FILE
                              export every dossier, immersion or dropout case, the local
                              career sheets or the audit trail; dropouts --figures: the figures
                              of each campaign; audit [--from D] [--to D] [--adviser NAME]
                              [--dossier NUMBER]: who did what, filtered
  exchange export --out FILE [--passphrase-file F] [--site CODE | --all] [--dossier ID]
                              write an encrypted exchange file: what changed since the last
                              exchange with a site, everything, or the dossiers given (a transfer)
  exchange import FILE [--passphrase-file F] [--dry-run]
                              show what an exchange file brings, then merge it (all or nothing);
                              records changed on both sides are kept as conflicts to resolve
  stats [--from DATE] [--to DATE] [--site CODE] [--adviser NAME] [--json | --out FILE]
                              the dashboard's figures for a period (default: this year so far),
                              each with its definition; --out writes them as .xlsx or .pdf
  report activity --year YEAR [--site CODE] [--json | --out FILE]
                              the activity report (bilan d'activité) of a year: key figures,
                              then each indicator by sex, age, level, programme…; .pdf or .xlsx
  privacy retention [--json] [--apply]
                              the dossiers and dropout cases whose retention period is over, and
                              why; --apply anonymises them after a backup
  privacy access DOSSIER --out DIR
                              right of access: a PDF and a JSON file with everything held about
                              the person of a dossier (number or id) and the accesses to it

Options:
  --db FILE                   the database (default: %1; or the SILLAGE_DB variable)
  --passphrase-file F         the file holding the exchange passphrase (or the SILLAGE_PASSPHRASE
                              variable; never on the command line)
  --user NAME                 who works, once the accounts have passwords; the password comes
  --password-file F           from this file or the SILLAGE_PASSWORD variable
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 done, 1 usage error, 2 bad input (nothing written), 3 storage error.
</source>
        <translation>Utilisation : sillage-cli [--db FICHIER] COMMANDE [OPTIONS]

Commandes :
  init [--site CODE [--site-name NOM]]
                              créer la base ou la mettre à jour pour cette version ; avec --site,
                              indiquer le site auquel elle appartient (comme au premier démarrage)
  check                       vérifier l’intégrité de la base
  backup --out FICHIER        écrire une copie cohérente de la base
  demo [--size N] [--seed S]  ajouter N dossiers fictifs (même graine, mêmes personnes)
  search TEXTE [--json]       rechercher dans tous les modules (accents et débuts de mots suffisent)
  import beneficiaries|companies FICHIER [--dry-run]
                              importer des dossiers ou des entreprises d’accueil d’un CSV (tout ou rien)
  import dropouts FICHIER --campaign NOM [--dry-run]
                              importer une liste de décrochage dans une campagne : nouvelles
                              situations, liées à des dossiers, déjà ouvertes, à vérifier (tout ou rien)
  import rome DOSSIER [--dry-run]
                              importer les données ouvertes du ROME d’un dossier (unix_*_vNNN_utf8.csv) ;
                              une version plus récente remplace le référentiel, les fiches locales restent
  export beneficiaries|placements|dropouts|careers|audit --format csv|xlsx|json --out FICHIER
                              exporte tous les dossiers, immersions ou situations de décrochage,
                              les fiches métiers locales ou le journal d’audit ; dropouts --figures :
                              les chiffres de chaque campagne ; audit [--from D] [--to D] [--adviser NOM]
                              [--dossier NUMÉRO] : qui a fait quoi, filtré
  exchange export --out FICHIER [--passphrase-file F] [--site CODE | --all] [--dossier ID]
                              écrire un fichier d’échange chiffré : ce qui a changé depuis le dernier
                              échange avec un site, tout, ou les dossiers donnés (un transfert)
  exchange import FICHIER [--passphrase-file F] [--dry-run]
                              montrer ce qu’apporte un fichier d’échange, puis le fusionner (tout ou rien) ;
                              ce qui a changé des deux côtés est gardé en conflit à résoudre
  stats [--from DATE] [--to DATE] [--site CODE] [--adviser NOM] [--json | --out FICHIER]
                              les chiffres du tableau de bord pour une période (par défaut : cette
                              année jusqu’à aujourd’hui), chacun avec sa définition ; --out les écrit en .xlsx ou .pdf
  report activity --year ANNÉE [--site CODE] [--json | --out FICHIER]
                              le bilan d’activité d’une année : chiffres clés, puis chaque
                              indicateur par sexe, âge, niveau, dispositif… ; en .pdf ou .xlsx
  privacy retention [--json] [--apply]
                              les dossiers et situations de décrochage dont la durée de conservation
                              est échue, et pourquoi ; --apply les anonymise après une sauvegarde
  privacy access DOSSIER --out DOSSIER_DE_SORTIE
                              droit d’accès : un PDF et un fichier JSON avec tout ce qui est conservé
                              sur la personne d’un dossier (numéro ou identifiant) et les accès à celui-ci

Options :
  --db FICHIER                la base (par défaut : %1 ; ou la variable SILLAGE_DB)
  --passphrase-file F         le fichier qui contient la phrase de passe d’échange (ou la variable
                              SILLAGE_PASSPHRASE, jamais sur la ligne de commande)
  --user NOM                  qui travaille, une fois les comptes protégés par un mot de passe ; le
  --password-file F           mot de passe vient de ce fichier ou de la variable SILLAGE_PASSWORD
  -h, --help                  afficher cette aide
  -v, --version               afficher la version

Codes de sortie : 0 terminé, 1 erreur d’utilisation, 2 données refusées (rien n’est écrit), 3 erreur de stockage.
</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>New company…</source>
        <translation>Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>No company in the directory yet</source>
        <translation>Aucune entreprise dans l’annuaire pour l’instant</translation>
    </message>
    <message>
        <source>Host companies are kept here with their tutors, so that each one is typed once and found again for the next immersion.</source>
        <translation>Les entreprises d’accueil sont gardées ici avec leurs tuteurs et tutrices, pour être saisies une fois et retrouvées à la prochaine immersion.</translation>
    </message>
    <message>
        <source>Search by name or commune</source>
        <translation>Rechercher par nom ou commune</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Rechercher dans l’annuaire</translation>
    </message>
    <message>
        <source>ROME domain</source>
        <translation>Domaine ROME</translation>
    </message>
    <message>
        <source>All ROME domains</source>
        <translation>Tous les domaines ROME</translation>
    </message>
    <message>
        <source>Companies that declared the domain or hosted an immersion in it</source>
        <translation>Entreprises qui ont déclaré ce domaine ou y ont accueilli une immersion</translation>
    </message>
    <message>
        <source>Host companies</source>
        <translation>Entreprises d’accueil</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the company's details and domains</source>
        <translation>Modifier les coordonnées et les domaines de l’entreprise</translation>
    </message>
    <message>
        <source>Immersions hosted</source>
        <translation>Immersions accueillies</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tuteurs et tutrices</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
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
        <source>Add a tutor…</source>
        <translation>Ajouter un tuteur…</translation>
    </message>
    <message>
        <source>Edit the tutor…</source>
        <translation>Modifier le tuteur…</translation>
    </message>
    <message>
        <source>Remove the tutor</source>
        <translation>Retirer le tuteur</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n entreprise</numerusform>
            <numerusform>%n entreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Host company</source>
        <translation>Entreprise d’accueil</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET : %1</translation>
    </message>
    <message>
        <source>NAF code: %1</source>
        <translation>Code NAF : %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>ROME domains: %1</source>
        <translation>Domaines ROME : %1</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activité : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Edit the company</source>
        <translation>Modifier l’entreprise</translation>
    </message>
    <message>
        <source>Edit the tutor</source>
        <translation>Modifier le tuteur</translation>
    </message>
    <message>
        <source>Remove %1 from the tutors?</source>
        <translation>Retirer %1 des tuteurs ?</translation>
    </message>
    <message>
        <source>A tutor named in an immersion stays, so that the convention keeps its signatory.</source>
        <translation>Un tuteur nommé dans une immersion est conservé, pour que la convention garde son signataire.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Tutor not removed</source>
        <translation>Tuteur non retiré</translation>
    </message>
    <message>
        <source>Remove from the directory…</source>
        <translation>Retirer de l’annuaire…</translation>
    </message>
    <message>
        <source>A company named in an immersion stays in the directory</source>
        <translation>Une entreprise nommée dans une immersion reste dans l’annuaire</translation>
    </message>
    <message>
        <source>Remove this company and its tutors from the directory</source>
        <translation>Retirer cette entreprise et ses tuteurs de l’annuaire</translation>
    </message>
    <message>
        <source>Remove the company</source>
        <translation>Retirer l’entreprise</translation>
    </message>
    <message>
        <source>Remove %1 and its tutors from the directory?</source>
        <translation>Retirer %1 et ses tuteurs de l’annuaire ?</translation>
    </message>
    <message>
        <source>Company not removed</source>
        <translation>Entreprise non retirée</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>14 digits, e.g. 123 456 789 00012</source>
        <translation>14 chiffres, par exemple 123 456 789 00012</translation>
    </message>
    <message>
        <source>e.g. 1071C</source>
        <translation>par exemple 1071C</translation>
    </message>
    <message>
        <source>Who to call about immersions</source>
        <translation>La personne à appeler pour les immersions</translation>
    </message>
    <message>
        <source>Professional domains, e.g. J13 D12</source>
        <translation>Domaines professionnels, par exemple J13 D12</translation>
    </message>
    <message>
        <source>Professional domains</source>
        <translation>Domaines professionnels</translation>
    </message>
    <message>
        <source>What the company does, what a young person can see or do there</source>
        <translation>Ce que fait l’entreprise, ce qu’un ou une jeune peut y voir ou y faire</translation>
    </message>
    <message>
        <source>Tick the grands domaines the company can welcome young people in; type finer professional domains (a letter and two digits) if you know them. Companies are also found by the domains of the immersions they hosted.</source>
        <translation>Cochez les grands domaines dans lesquels l’entreprise peut accueillir des jeunes ; tapez des domaines professionnels plus fins (une lettre et deux chiffres) si vous les connaissez. Les entreprises sont aussi retrouvées par les domaines des immersions qu’elles ont accueillies.</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>&amp;Raison sociale * :</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET :</translation>
    </message>
    <message>
        <source>N&amp;AF code:</source>
        <translation>Code N&amp;AF :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>C&amp;ommune:</source>
        <translation>C&amp;ommune :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;ourriel :</translation>
    </message>
    <message>
        <source>&amp;ROME domains:</source>
        <translation>Domaines &amp;ROME :</translation>
    </message>
    <message>
        <source>Ac&amp;tivity:</source>
        <translation>Ac&amp;tivité :</translation>
    </message>
    <message>
        <source>Save the company</source>
        <translation>Enregistrer l’entreprise</translation>
    </message>
</context>
<context>
    <name>CompanyDirectory</name>
    <message>
        <source>reading the directory of companies</source>
        <translation>la lecture de l’annuaire des entreprises</translation>
    </message>
</context>
<context>
    <name>CompanyDirectoryModel</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>ROME domains</source>
        <translation>Domaines ROME</translation>
    </message>
    <message>
        <source>Immersions</source>
        <translation>Immersions</translation>
    </message>
    <message>
        <source>Last immersion</source>
        <translation>Dernière immersion</translation>
    </message>
</context>
<context>
    <name>CompanyHistory</name>
    <message>
        <source>reading the immersions of a company</source>
        <translation>la lecture des immersions d’une entreprise</translation>
    </message>
    <message>
        <source>job offered</source>
        <translation>emploi proposé</translation>
    </message>
    <message>
        <source>job offered: %1</source>
        <translation>emploi proposé : %1</translation>
    </message>
    <message>
        <source>no job offer</source>
        <translation>pas d’offre d’emploi</translation>
    </message>
    <message>
        <source>No immersion with this company yet.</source>
        <translation>Aucune immersion avec cette entreprise pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n immersion(s) hosted</source>
        <translation>
            <numerusform>%n immersion accueillie</numerusform>
            <numerusform>%n immersions accueillies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed</source>
        <translation>
            <numerusform>%n avec bilan</numerusform>
            <numerusform>%n avec bilan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed in full</source>
        <translation>
            <numerusform>%n menée à son terme</numerusform>
            <numerusform>%n menées à leur terme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job offer(s)</source>
        <translation>
            <numerusform>%n offre d’emploi</numerusform>
            <numerusform>%n offres d’emploi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyImporter</name>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>Code NAF</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <source>line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>"%1" looks like a spreadsheet formula.</source>
        <translation>« %1 » ressemble à une formule de tableur.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>ROME domains</source>
        <translation>Domaines ROME</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>Enter the name of the company (raison sociale).</source>
        <translation>Saisissez le nom de l’entreprise (raison sociale).</translation>
    </message>
    <message>
        <source>The name of the company is longer than %1 characters.</source>
        <translation>Le nom de l’entreprise dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>"%1" is not a French postcode (5 digits).</source>
        <translation>« %1 » n’est pas un code postal français (5 chiffres).</translation>
    </message>
    <message>
        <source>"%1" is not a French phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone français.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse de courriel.</translation>
    </message>
    <message>
        <source>The SIRET %1 is already in the directory: %2.</source>
        <translation>Le SIRET %1 est déjà dans l’annuaire : %2.</translation>
    </message>
    <message>
        <source>Open the existing company rather than creating a second one.</source>
        <translation>Ouvrez l’entreprise existante plutôt que d’en créer une seconde.</translation>
    </message>
    <message>
        <source>reading a company</source>
        <translation>la lecture d’une entreprise</translation>
    </message>
    <message>
        <source>looking for a SIRET in the directory</source>
        <translation>la recherche d’un SIRET dans l’annuaire</translation>
    </message>
    <message>
        <source>looking for a company in the directory</source>
        <translation>la recherche d’une entreprise dans l’annuaire</translation>
    </message>
    <message>
        <source>searching the companies</source>
        <translation>la recherche des entreprises</translation>
    </message>
    <message>
        <source>counting companies</source>
        <translation>le comptage des entreprises</translation>
    </message>
    <message>
        <source>looking for the immersions of a company</source>
        <translation>la recherche des immersions d’une entreprise</translation>
    </message>
    <message numerus="yes">
        <source>This company is the host of %n immersion(s); it stays in the directory.</source>
        <translation>
            <numerusform>Cette entreprise accueille %n immersion ; elle reste dans l’annuaire.</numerusform>
            <numerusform>Cette entreprise accueille %n immersions ; elle reste dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its immersions keep their convention partner; edit the company instead.</source>
        <translation>Ses immersions gardent leur partenaire de convention ; modifiez plutôt l’entreprise.</translation>
    </message>
    <message>
        <source>reading the tutors of a company</source>
        <translation>la lecture des tuteurs d’une entreprise</translation>
    </message>
    <message>
        <source>"%1" is not a ROME domain: a letter from A to N, optionally followed by two digits (J or J13).</source>
        <translation>« %1 » n’est pas un domaine ROME : une lettre de A à N, éventuellement suivie de deux chiffres (J ou J13).</translation>
    </message>
    <message>
        <source>The activity is longer than %1 characters.</source>
        <translation>L’activité dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>ConflictComparisonTable</name>
    <message>
        <source>The two versions, field by field</source>
        <translation>Les deux versions, champ par champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Chez %1</translation>
    </message>
    <message>
        <source>(private note)</source>
        <translation>(note privée)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>here</source>
        <translation>d’ici</translation>
    </message>
    <message>
        <source>Kept: the value %1</source>
        <translation>Gardée : la valeur %1</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>reading the exchange conflicts</source>
        <translation>la lecture des conflits d’échange</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Ce conflit n’existe plus.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>This conflict names an unknown table.</source>
        <translation>Ce conflit désigne une table inconnue.</translation>
    </message>
    <message>
        <source>resolving a conflict</source>
        <translation>la résolution d’un conflit</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Show the &amp;fields that are the same</source>
        <translation>Afficher les &amp;champs identiques</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>&amp;Merge my choices</source>
        <translation>&amp;Fusionner mes choix</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>Conflits d’échange</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation>Conflits à trancher</translation>
    </message>
    <message>
        <source>No conflict to decide. When a record was changed both here and on another site, it waits here until you choose the version to keep.</source>
        <translation>Aucun conflit à trancher. Quand une fiche a été modifiée ici et sur un autre site, elle attend ici que vous choisissiez la version à garder.</translation>
    </message>
    <message>
        <source>Click a value, or select it and press Space, to keep it. Then « Merge my choices ».</source>
        <translation>Cliquez sur une valeur, ou sélectionnez-la et appuyez sur Espace, pour la garder. Puis « Fusionner mes choix ».</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Changed here on %1 by %2, and at %3 on %4 by %5. %n field(s) differ.</source>
        <translation>
            <numerusform>Modifiée ici le %1 par %2, et chez %3 le %4 par %5. %n champ diffère.</numerusform>
            <numerusform>Modifiée ici le %1 par %2, et chez %3 le %4 par %5. %n champs diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>Conflit non tranché</translation>
    </message>
</context>
<context>
    <name>ContactAttemptRepository</name>
    <message>
        <source>The number of attempts must be between 1 and 20.</source>
        <translation>Le nombre de tentatives doit être compris entre 1 et 20.</translation>
    </message>
    <message>
        <source>Say how the young person was contacted.</source>
        <translation>Indiquez comment le ou la jeune a été contacté·e.</translation>
    </message>
    <message>
        <source>Say what the attempt gave.</source>
        <translation>Indiquez le résultat de la tentative.</translation>
    </message>
    <message>
        <source>The attempt's date is missing or in the future.</source>
        <translation>La date de la tentative manque ou est dans le futur.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Cette situation n’existe plus.</translation>
    </message>
    <message>
        <source>This case is finished: no more attempts are logged on it.</source>
        <translation>Cette situation est terminée : on n’y note plus de tentatives.</translation>
    </message>
    <message>
        <source>reading the contact attempts</source>
        <translation>la lecture des tentatives de contact</translation>
    </message>
</context>
<context>
    <name>ConventionDocument</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Immersion agreement</source>
        <translation>Convention d’immersion</translation>
    </message>
    <message>
        <source>Immersion agreement — %1</source>
        <translation>Convention d’immersion — %1</translation>
    </message>
    <message>
        <source>This agreement is made between the parties below.</source>
        <translation>La présente convention est conclue entre les parties ci-dessous.</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation>Structure d’accompagnement</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Prescriber:</source>
        <translation>Prescripteur :</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message numerus="yes">
        <source>(%n year(s) old on the first day)</source>
        <translation>
            <numerusform>(%n an le premier jour)</numerusform>
            <numerusform>(%n ans le premier jour)</numerusform>
        </translation>
    </message>
    <message>
        <source>Born on:</source>
        <translation>Né(e) le :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>Host company</source>
        <translation>Entreprise d’accueil</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Raison sociale :</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET :</translation>
    </message>
    <message>
        <source>NAF code:</source>
        <translation>Code NAF :</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n calendar day(s)).</source>
        <translation>
            <numerusform>Du %1 au %2 (%n jour calendaire).</numerusform>
            <numerusform>Du %1 au %2 (%n jours calendaires).</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Horaires hebdomadaires</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Job and objective</source>
        <translation>Métier et objectif</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Métier :</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Skills observed</source>
        <translation>Compétences observées</translation>
    </message>
    <message>
        <source>Work conditions</source>
        <translation>Conditions d’exercice</translation>
    </message>
    <message>
        <source>Risk prevention and protective equipment</source>
        <translation>Prévention des risques et équipements de protection</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir en cas d’urgence</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>Le ou la jeune</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L’entreprise</translation>
    </message>
    <message>
        <source>The tutor</source>
        <translation>Le tuteur</translation>
    </message>
    <message>
        <source>The prescriber</source>
        <translation>Le prescripteur</translation>
    </message>
    <message>
        <source>The legal representative</source>
        <translation>Le représentant légal</translation>
    </message>
    <message>
        <source>Date, and signature preceded by “Read and approved”.</source>
        <translation>Date, et signature précédée de la mention « Lu et approuvé ».</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
</context>
<context>
    <name>ConventionParties</name>
    <message>
        <source>This immersion no longer exists.</source>
        <translation>Cette immersion n’existe plus.</translation>
    </message>
    <message>
        <source>The young person of this immersion no longer has a dossier.</source>
        <translation>Le ou la jeune de cette immersion n’a plus de dossier.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a value is longer than %1 characters; the file is probably not a table</source>
        <translation>une valeur dépasse %1 caractères ; le fichier n’est probablement pas un tableau</translation>
    </message>
    <message>
        <source>more than %1 columns; the file is probably not a table, or its separator was not recognised</source>
        <translation>plus de %1 colonnes ; le fichier n’est probablement pas un tableau, ou son séparateur n’a pas été reconnu</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais refermé</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2 values where the header has %3 columns; a value probably holds the separator without quotes</source>
        <translation>ligne %1 : %2 valeurs alors que l’en-tête a %3 colonnes ; une valeur contient probablement le séparateur sans guillemets</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Le fichier « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file “%1” is too large; the limit is %2 MB.</source>
        <translation>Le fichier « %1 » est trop volumineux ; la limite est de %2 Mo.</translation>
    </message>
    <message>
        <source>Split it into several files.</source>
        <translation>Découpez-le en plusieurs fichiers.</translation>
    </message>
    <message>
        <source>The file has more than %1 records, the most that can be imported at once.</source>
        <translation>Le fichier a plus de %1 enregistrements, le maximum importable en une fois.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Choose a file with a header line.</source>
        <translation>Choisissez un fichier avec une ligne d’en-tête.</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>point-virgule (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgule (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>a control character (U+%1) that no spreadsheet writes; the file is probably damaged</source>
        <translation>un caractère de contrôle (U+%1) qu’aucun tableur n’écrit ; le fichier est probablement abîmé</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Autre période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>A&amp;dviser:</source>
        <translation>Con&amp;seiller·ère :</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <source>The period's start comes after its end: change one of the two dates.</source>
        <translation>Le début de la période vient après sa fin : changez l’une des deux dates.</translation>
    </message>
    <message>
        <source>Click a bar, a slice or a figure of a table to list its records; « ? » gives the definition of each indicator.</source>
        <translation>Cliquez sur une barre, une part ou un chiffre d’un tableau pour lister ses fiches ; « ? » donne la définition de chaque indicateur.</translation>
    </message>
    <message>
        <source>Every chart with its figures and definition, for a funder or a meeting</source>
        <translation>Chaque graphique avec ses chiffres et sa définition, pour un financeur ou une réunion</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Enregistrer le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>One sheet per indicator with its figures, and a sheet of definitions</source>
        <translation>Une feuille par indicateur avec ses chiffres, et une feuille des définitions</translation>
    </message>
    <message>
        <source>The bilan d'activité of a year for funders, as PDF or Excel</source>
        <translation>Le bilan d’activité d’une année pour les financeurs, en PDF ou Excel</translation>
    </message>
    <message>
        <source>dashboard-%1-%2</source>
        <translation>tableau-de-bord-%1-%2</translation>
    </message>
    <message>
        <source>Save the dashboard as an Excel workbook</source>
        <translation>Enregistrer le tableau de bord en classeur Excel</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Dashboard as &amp;PDF…</source>
        <translation>Tableau de bord en &amp;PDF…</translation>
    </message>
    <message>
        <source>Dashboard as E&amp;xcel workbook…</source>
        <translation>Tableau de bord en classeur E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Activity report of a year…</source>
        <translation>&amp;Bilan d’activité d’une année…</translation>
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
    <message>
        <source>numbering a dossier</source>
        <translation>la numérotation d’un dossier</translation>
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
    <name>DateParser</name>
    <message>
        <source>“%1” is not a valid date: %2</source>
        <translation>« %1 » n’est pas une date valide : %2</translation>
    </message>
    <message>
        <source>Write dates as DD/MM/YYYY (for example 31/01/2005) or YYYY-MM-DD.</source>
        <translation>Écrivez les dates sous la forme JJ/MM/AAAA (par exemple 31/01/2005) ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La date est vide.</translation>
    </message>
    <message>
        <source>the year has two digits, so the century is unknown; write it with four</source>
        <translation>l’année a deux chiffres, le siècle est donc inconnu ; écrivez-la avec quatre chiffres</translation>
    </message>
    <message>
        <source>the year must have four digits</source>
        <translation>l’année doit avoir quatre chiffres</translation>
    </message>
    <message>
        <source>expected DD/MM/YYYY or YYYY-MM-DD</source>
        <translation>format attendu : JJ/MM/AAAA ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the year must be between %1 and %2</source>
        <translation>l’année doit être comprise entre %1 et %2</translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation>il n’y a pas de mois %1</translation>
    </message>
    <message>
        <source>this day does not exist in that month</source>
        <translation>ce jour n’existe pas dans ce mois</translation>
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
    <name>DemoHistory</name>
    <message>
        <source>dating a demonstration dossier</source>
        <translation>datation d’un dossier de démonstration</translation>
    </message>
</context>
<context>
    <name>DirectoryFormDialog</name>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Corrigez les champs marqués en rouge.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>What you changed in this window has not been saved.</source>
        <translation>Ce que vous avez modifié dans cette fenêtre n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Reprendre la saisie</translation>
    </message>
</context>
<context>
    <name>DossierFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>DossierItemStore</name>
    <message>
        <source>Invalid table name.</source>
        <translation>Nom de table invalide.</translation>
    </message>
    <message>
        <source>reading a dossier</source>
        <translation>la lecture d’un dossier</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
</context>
<context>
    <name>DossierRecords</name>
    <message>
        <source>gathering the records of a dossier</source>
        <translation>rassemblement des enregistrements d’un dossier</translation>
    </message>
    <message>
        <source>There is no dossier with the id %1.</source>
        <translation>Il n’y a pas de dossier d’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>DossierSummary</name>
    <message>
        <source>updating the dossier's list columns</source>
        <translation>la mise à jour des colonnes de liste du dossier</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Parcours complet</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the identity, contact and situation of the young person</source>
        <translation>Modifier l’identité, les coordonnées et la situation du jeune</translation>
    </message>
    <message>
        <source>Change adviser…</source>
        <translation>Changer de référent…</translation>
    </message>
    <message>
        <source>Select a dossier in the list to see it here.</source>
        <translation>Choisissez un dossier dans la liste pour l’afficher ici.</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 le %2 (%3)</translation>
    </message>
    <message>
        <source>No adviser</source>
        <translation>Sans référent·e</translation>
    </message>
    <message>
        <source>Adviser: %1</source>
        <translation>Référent·e : %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>Close the dossier…</source>
        <translation>Clôturer le dossier…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>The young person leaves the follow-up: say why and when</source>
        <translation>Le jeune sort de l’accompagnement : indiquez pourquoi et quand</translation>
    </message>
    <message>
        <source>Bring the dossier back into the active follow-up</source>
        <translation>Remettre le dossier dans l’accompagnement actif</translation>
    </message>
    <message>
        <source>Reopen the dossier</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message>
        <source>Reopen the dossier of %1? It comes back into the active follow-up, and its exit reason is cleared.</source>
        <translation>Rouvrir le dossier de %1 ? Il revient dans l’accompagnement actif et son motif de sortie est effacé.</translation>
    </message>
    <message>
        <source>New immersion…</source>
        <translation>Nouvelle immersion…</translation>
    </message>
    <message>
        <source>Create an immersion (PMSMP, internship) for the young person</source>
        <translation>Créer une immersion (PMSMP, stage) pour le jeune</translation>
    </message>
    <message>
        <source>Immersion created for %1, as a draft.</source>
        <translation>Immersion créée pour %1, à l’état de brouillon.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Data protection: everything held about the young person, accesses to the dossier</source>
        <translation>Protection des données : tout ce qui est conservé sur le ou la jeune, accès au dossier</translation>
    </message>
    <message>
        <source>Everything held (right of &amp;access)…</source>
        <translation>Tout ce qui est conservé (droit d’&amp;accès)…</translation>
    </message>
    <message>
        <source>Accesses to the &amp;dossier…</source>
        <translation>Accès au &amp;dossier…</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Droit d’accès</translation>
    </message>
    <message>
        <source>Folder for the answer to %1's request</source>
        <translation>Dossier où enregistrer la réponse à la demande de %1</translation>
    </message>
    <message>
        <source>Everything held about %1 is in these two files: the PDF to read, the JSON file for a machine.</source>
        <translation>Tout ce qui est conservé sur %1 est dans ces deux fichiers : le PDF à lire, le fichier JSON pour une machine.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 access(es).
%2
%3</source>
        <translation>
            <numerusform>%n enregistrement, %1 accès.
%2
%3</numerusform>
            <numerusform>%n enregistrements, %1 accès.
%2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>DropoutCaseView</name>
    <message>
        <source>Mark as unreachable</source>
        <translation>Passer en Injoignable</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Tentatives de contact</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Âge :</translation>
    </message>
    <message>
        <source>Obligation:</source>
        <translation>Obligation :</translation>
    </message>
    <message>
        <source>School left:</source>
        <translation>Établissement quitté :</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>Responsable légal :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Conseiller·ère :</translation>
    </message>
    <message>
        <source>Log an attempt by %1 today: choose what it gave</source>
        <translation>Noter une tentative par %1 aujourd’hui : choisissez son résultat</translation>
    </message>
    <message>
        <source>Other date…</source>
        <translation>Autre date…</translation>
    </message>
    <message>
        <source>Log an attempt made on another day, or with a note</source>
        <translation>Noter une tentative faite un autre jour, ou avec une note</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Attribuer à…</translation>
    </message>
    <message>
        <source>Create a Jeunes dossier</source>
        <translation>Créer un dossier Jeunes</translation>
    </message>
    <message>
        <source>The Mission locale takes the young person on: open a dossier from this case</source>
        <translation>La Mission locale prend le ou la jeune en charge : ouvrir un dossier à partir de cette situation</translation>
    </message>
    <message>
        <source>Link to a dossier…</source>
        <translation>Lier à un dossier…</translation>
    </message>
    <message>
        <source>The young person already has a dossier: link this case to it</source>
        <translation>Le ou la jeune a déjà un dossier : y lier cette situation</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Dropout case</source>
        <translation>Situation de décrochage</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Aucune situation sélectionnée</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old, born %1</source>
        <translation>
            <numerusform>%n an, né·e le %1</numerusform>
            <numerusform>%n ans, né·e le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown without the birth date</source>
        <translation>Inconnue sans la date de naissance</translation>
    </message>
    <message>
        <source>Applies until %1</source>
        <translation>S’applique jusqu’au %1</translation>
    </message>
    <message>
        <source>Ended on %1 (18th birthday)</source>
        <translation>Terminée le %1 (18 ans)</translation>
    </message>
    <message>
        <source>Starts on %1 (16th birthday)</source>
        <translation>Commence le %1 (16 ans)</translation>
    </message>
    <message>
        <source>UAI %1</source>
        <translation>UAI %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>sortie le %1</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in a row without an answer: the case may be called unreachable.</source>
        <translation>
            <numerusform>%n tentative sans réponse : la situation peut passer en Injoignable.</numerusform>
            <numerusform>%n tentatives de suite sans réponse : la situation peut passer en Injoignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Passer à :</translation>
    </message>
    <message>
        <source>Attempt not logged</source>
        <translation>Tentative non notée</translation>
    </message>
    <message>
        <source>Which solution did the young person find?</source>
        <translation>Quelle solution le ou la jeune a-t-il ou elle trouvée ?</translation>
    </message>
    <message>
        <source>Why close the case?</source>
        <translation>Pourquoi clore la situation ?</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statut non modifié</translation>
    </message>
    <message>
        <source>Case not assigned</source>
        <translation>Situation non attribuée</translation>
    </message>
    <message>
        <source>Dossier not created</source>
        <translation>Dossier non créé</translation>
    </message>
    <message>
        <source>Case not linked</source>
        <translation>Situation non liée</translation>
    </message>
    <message>
        <source>Log an attempt made today:</source>
        <translation>Noter une tentative faite aujourd’hui :</translation>
    </message>
    <message>
        <source>Link to a Jeunes dossier</source>
        <translation>Lier à un dossier Jeunes</translation>
    </message>
</context>
<context>
    <name>DropoutExporter</name>
    <message>
        <source>Dropout cases</source>
        <translation>Situations de décrochage</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Obligation ends on</source>
        <translation>Fin de l’obligation de formation</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Date left</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Solution on</source>
        <translation>Date de la solution</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Tentatives de contact</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>reading the dropout cases to export</source>
        <translation>la lecture des situations de décrochage à exporter</translation>
    </message>
</context>
<context>
    <name>DropoutFilterBar</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Âge maximum</translation>
    </message>
    <message>
        <source>No attempt for days</source>
        <translation>Sans tentative depuis (jours)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Open cases with no attempt logged for at least this many days, or none at all</source>
        <translation>Situations ouvertes sans tentative notée depuis au moins ce nombre de jours, ou sans aucune tentative</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Âge de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>No attempt for</source>
        <translation>Sans tentative depuis</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
</context>
<context>
    <name>DropoutImportDialog</name>
    <message>
        <source>Import a dropout list</source>
        <translation>Importer une liste de décrochage</translation>
    </message>
    <message>
        <source>Import the young people of a list (SIEI list, a school's list) saved as CSV. Each row is matched against the cases and dossiers already known: a match is linked, never duplicated. Nothing is written until you click “Import”.</source>
        <translation>Importez les jeunes d’une liste (liste SIEI, liste d’un établissement) enregistrée en CSV. Chaque ligne est rapprochée des situations et des dossiers déjà connus : une correspondance est liée, jamais dupliquée. Rien n’est écrit avant que vous cliquiez sur « Importer ».</translation>
    </message>
    <message>
        <source>e.g. SIEI %1</source>
        <translation>par exemple SIEI %1</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Choisir la liste à importer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; what the import would do shows once the campaign is named</source>
        <translation>
            <numerusform>%n ligne lue ; ce que ferait l’import s’affiche une fois la campagne nommée</numerusform>
            <numerusform>%n lignes lues ; ce que ferait l’import s’affiche une fois la campagne nommée</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Name the campaign this list belongs to, or choose one already received.</source>
        <translation>Nommez la campagne à laquelle appartient cette liste, ou choisissez-en une déjà reçue.</translation>
    </message>
    <message>
        <source>Already followed: %1</source>
        <translation>Déjà suivi·e : %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message>
        <source>Same young person as line %1 of the file.</source>
        <translation>Même jeune qu’à la ligne %1 du fichier.</translation>
    </message>
    <message>
        <source>New case, linked to a dossier: %1</source>
        <translation>Nouvelle situation, liée à un dossier : %1</translation>
    </message>
    <message numerus="yes">
        <source>Problems and matches by line (%n)</source>
        <translation>
            <numerusform>Problèmes et correspondances par ligne (%n)</numerusform>
            <numerusform>Problèmes et correspondances par ligne (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n nouvelle situation</numerusform>
            <numerusform>%n nouvelles situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to a dossier</source>
        <translation>
            <numerusform>%n liée à un dossier</numerusform>
            <numerusform>%n liées à un dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed</source>
        <translation>
            <numerusform>%n déjà suivie</numerusform>
            <numerusform>%n déjà suivies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation>
            <numerusform>&amp;Importer %n situation</numerusform>
            <numerusform>&amp;Importer %n situations</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no young person to import.</source>
        <translation>Le fichier ne contient aucun jeune à importer.</translation>
    </message>
    <message>
        <source>Nothing is written until you click “Import”. Rows to review wait in the review list.</source>
        <translation>Rien n’est écrit avant que vous cliquiez sur « Importer ». Les lignes à vérifier attendent dans la liste à vérifier.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) created from “%1”.</source>
        <translation>
            <numerusform>%n situation créée à partir de « %1 ».</numerusform>
            <numerusform>%n situations créées à partir de « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look like someone already known: decide in the “To review” tab.</source>
        <translation>
            <numerusform>%n ligne ressemble à quelqu’un de déjà connu : décidez dans l’onglet « À vérifier ».</numerusform>
            <numerusform>%n lignes ressemblent à quelqu’un de déjà connu : décidez dans l’onglet « À vérifier ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropoutImporter</name>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
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
        <source>Legal guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>Guardian's phone</source>
        <translation>Téléphone du responsable</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Date left</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Give the campaign the list belongs to.</source>
        <translation>Indiquez la campagne à laquelle appartient la liste.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>"%1" is not a sex (F, M or empty).</source>
        <translation>« %1 » n’est pas un sexe (F, M ou vide).</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>DropoutListModel</name>
    <message>
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
</context>
<context>
    <name>DropoutMatcher</name>
    <message>
        <source>matching the list with its campaign</source>
        <translation>le rapprochement de la liste avec sa campagne</translation>
    </message>
    <message>
        <source>already in this campaign</source>
        <translation>déjà dans cette campagne</translation>
    </message>
    <message>
        <source>already in this campaign's review list</source>
        <translation>déjà dans la liste à vérifier de cette campagne</translation>
    </message>
    <message>
        <source>matching the list with the open cases</source>
        <translation>le rapprochement de la liste avec les situations ouvertes</translation>
    </message>
    <message>
        <source>same INE</source>
        <translation>même INE</translation>
    </message>
    <message>
        <source>same name and birth date, but another INE</source>
        <translation>même nom et même date de naissance, mais un autre INE</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>même nom et même date de naissance</translation>
    </message>
    <message>
        <source>matching the list with the dossiers</source>
        <translation>le rapprochement de la liste avec les dossiers</translation>
    </message>
    <message>
        <source>matching the list</source>
        <translation>le rapprochement de la liste</translation>
    </message>
    <message>
        <source>same name with last and first names swapped, same birth date</source>
        <translation>même nom avec nom et prénom inversés, même date de naissance</translation>
    </message>
    <message>
        <source>same name, birth dates that differ by one digit or by day and month swapped</source>
        <translation>même nom, dates de naissance qui diffèrent d’un chiffre ou par le jour et le mois inversés</translation>
    </message>
</context>
<context>
    <name>DropoutRepository</name>
    <message>
        <source>This case no longer exists.</source>
        <translation>Cette situation n’existe plus.</translation>
    </message>
    <message>
        <source>reading a dropout case</source>
        <translation>la lecture d’une situation de décrochage</translation>
    </message>
    <message>
        <source>reading the dropout cases</source>
        <translation>la lecture des situations de décrochage</translation>
    </message>
    <message>
        <source>reading the history of a case</source>
        <translation>la lecture de l’historique d’une situation</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
    <message>
        <source>This case is already linked to a dossier.</source>
        <translation>Cette situation est déjà liée à un dossier.</translation>
    </message>
    <message>
        <source>reading the filters of the case list</source>
        <translation>la lecture des filtres de la liste des situations</translation>
    </message>
    <message>
        <source>Left school</source>
        <translation>Sortie de formation</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Sortie de %1</translation>
    </message>
    <message>
        <source>Dropout case</source>
        <translation>Situation de décrochage</translation>
    </message>
</context>
<context>
    <name>DropoutReviewPanel</name>
    <message>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Young person in the list</source>
        <translation>Jeune de la liste</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Link the row to the case or dossier already known</source>
        <translation>Lier la ligne à la situation ou au dossier déjà connu</translation>
    </message>
    <message>
        <source>Keep the row apart: it becomes a case of its own</source>
        <translation>Garder la ligne à part : elle devient une situation à elle seule</translation>
    </message>
    <message>
        <source>These rows look like someone already known, without being surely the same person. Compare them and decide: nothing is linked until you do.</source>
        <translation>Ces lignes ressemblent à quelqu’un de déjà connu, sans être sûrement la même personne. Comparez-les et décidez : rien n’est lié avant votre décision.</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>Dans la liste</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Déjà connu</translation>
    </message>
    <message>
        <source>Rows to review</source>
        <translation>Lignes à vérifier</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Situation : %1</translation>
    </message>
    <message>
        <source>Jeunes dossier %1</source>
        <translation>Dossier Jeunes %1</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Décision non enregistrée</translation>
    </message>
</context>
<context>
    <name>DropoutReviewRepository</name>
    <message>
        <source>reading the rows to review</source>
        <translation>la lecture des lignes à vérifier</translation>
    </message>
    <message>
        <source>This row has already been decided, or no longer exists.</source>
        <translation>Cette ligne a déjà été tranchée, ou n’existe plus.</translation>
    </message>
</context>
<context>
    <name>DropoutValidator</name>
    <message>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The last name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>Le nom ne peut contenir que des lettres, espaces, traits d’union et apostrophes, 80 au plus.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The first name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>Le prénom ne peut contenir que des lettres, espaces, traits d’union et apostrophes, 80 au plus.</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>La date de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>This birth date gives an age over 30: check it.</source>
        <translation>Cette date de naissance donne plus de 30 ans : vérifiez-la.</translation>
    </message>
    <message>
        <source>The phone number is not valid: 10 digits starting with 0, or an international number starting with +.</source>
        <translation>Le numéro de téléphone n’est pas valide : 10 chiffres commençant par 0, ou un numéro international commençant par +.</translation>
    </message>
    <message>
        <source>The legal representative's phone number is not valid.</source>
        <translation>Le numéro de téléphone du responsable légal n’est pas valide.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L’adresse de courriel n’est pas valide.</translation>
    </message>
    <message>
        <source>The postcode has 5 digits.</source>
        <translation>Le code postal a 5 chiffres.</translation>
    </message>
    <message>
        <source>Unknown sex.</source>
        <translation>Sexe inconnu.</translation>
    </message>
    <message>
        <source>This text is too long (%1 characters at most).</source>
        <translation>Ce texte est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>This text looks like a spreadsheet formula, not like data.</source>
        <translation>Ce texte ressemble à une formule de tableur, pas à une donnée.</translation>
    </message>
</context>
<context>
    <name>DropoutWorkflow</name>
    <message>
        <source>Unknown status.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <source>A case cannot go from “%1” to “%2”.</source>
        <translation>Une situation ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>Say which solution the young person found.</source>
        <translation>Indiquez la solution trouvée par le ou la jeune.</translation>
    </message>
    <message>
        <source>Say why the case is closed.</source>
        <translation>Indiquez pourquoi la situation est close.</translation>
    </message>
</context>
<context>
    <name>DropoutsPage</name>
    <message>
        <source>No dropout case yet</source>
        <translation>Aucune situation de décrochage pour l’instant</translation>
    </message>
    <message>
        <source>Import the list of a campaign de repérage (SIEI list, a school's list) or report a young person who left school. To try the module first, open the demonstration database.</source>
        <translation>Importez la liste d’une campagne de repérage (liste SIEI, liste d’un établissement) ou signalez un ou une jeune sorti·e de formation. Pour essayer le module d’abord, ouvrez la base de démonstration.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <source>Report a young person…</source>
        <translation>Signaler un jeune…</translation>
    </message>
    <message>
        <source>Open the demonstration</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>Chiffres des campagnes</translation>
    </message>
    <message>
        <source>Import the young people of a campaign de repérage from a CSV file</source>
        <translation>Importer les jeunes d’une campagne de repérage depuis un fichier CSV</translation>
    </message>
    <message>
        <source>A school, a family or a partner tells you about one young person</source>
        <translation>Un établissement, une famille ou un partenaire vous signale un ou une jeune</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The cases…</source>
        <translation>Les situations…</translation>
    </message>
    <message>
        <source>The campaign figures…</source>
        <translation>Les chiffres des campagnes…</translation>
    </message>
    <message>
        <source>Assign the selection to…</source>
        <translation>Attribuer la sélection à…</translation>
    </message>
    <message>
        <source>Give the selected cases to an adviser</source>
        <translation>Confier les situations sélectionnées à un conseiller ou une conseillère</translation>
    </message>
    <message>
        <source>Dropout cases</source>
        <translation>Situations de décrochage</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n sélectionnée</numerusform>
            <numerusform>, %n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>À vérifier (%1)</translation>
    </message>
    <message>
        <source>Cases not assigned</source>
        <translation>Situations non attribuées</translation>
    </message>
    <message>
        <source>Export the campaign figures</source>
        <translation>Exporter les chiffres des campagnes</translation>
    </message>
    <message>
        <source>Export the dropout cases</source>
        <translation>Exporter les situations de décrochage</translation>
    </message>
    <message>
        <source>campaign-figures-%1.xlsx</source>
        <translation>chiffres-campagnes-%1.xlsx</translation>
    </message>
    <message>
        <source>dropout-cases-%1.xlsx</source>
        <translation>situations-decrochage-%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateGuard</name>
    <message>
        <source>looking for duplicates</source>
        <translation>la recherche de doublons</translation>
    </message>
    <message>
        <source>same INE</source>
        <translation>même INE</translation>
    </message>
    <message>
        <source>same name with last and first names swapped, same birth date</source>
        <translation>nom et prénom inversés, même date de naissance</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>mêmes nom, prénom et date de naissance</translation>
    </message>
</context>
<context>
    <name>DuplicatePlacementDialog</name>
    <message>
        <source>Duplicate the immersion</source>
        <translation>Dupliquer l’immersion</translation>
    </message>
    <message>
        <source>A new draft convention is made with the same young person, company, tutor, job, schedule and content, for the dates below. The original (%1 to %2) stays as it is.</source>
        <translation>Une nouvelle convention en brouillon est créée avec le même jeune, la même entreprise, le même tuteur, le même métier, les mêmes horaires et le même contenu, pour les dates ci-dessous. L’originale (du %1 au %2) reste telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Start *:</source>
        <translation>&amp;Début * :</translation>
    </message>
    <message>
        <source>&amp;End *:</source>
        <translation>&amp;Fin * :</translation>
    </message>
    <message>
        <source>These dates do not fit the rules of an immersion.</source>
        <translation>Ces dates ne respectent pas les règles d’une immersion.</translation>
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
    <name>EventDialog</name>
    <message>
        <source>Journal entry</source>
        <translation>Événement du journal</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Minutes, after a duration.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>What was said, decided, planned…</source>
        <translation>Ce qui a été dit, décidé, prévu…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Shared with your colleagues who follow this young person.</source>
        <translation>Partagée avec vos collègues qui suivent ce jeune.</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>S&amp;ynthèse :</translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation>&amp;Note privée :</translation>
    </message>
    <message>
        <source>Written by %1. Their private note, if any, stays theirs.</source>
        <translation>Écrit par %1. Sa note privée éventuelle reste personnelle.</translation>
    </message>
    <message>
        <source>Save the journal entry</source>
        <translation>Enregistrer l’événement</translation>
    </message>
    <message>
        <source>Add the journal entry</source>
        <translation>Ajouter l’événement</translation>
    </message>
    <message>
        <source>Only you will see this note.</source>
        <translation>Vous seul·e verrez cette note.</translation>
    </message>
    <message>
        <source>Do not write sensitive data in it: health, religion, justice…</source>
        <translation>N’y écrivez pas de données sensibles : santé, religion, justice…</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un·e collègue</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Export for a site…</source>
        <translation>&amp;Exporter pour un site…</translation>
    </message>
    <message>
        <source>&amp;Transfer dossiers to another site…</source>
        <translation>&amp;Transférer des dossiers vers un autre site…</translation>
    </message>
    <message>
        <source>&amp;Import an exchange file…</source>
        <translation>&amp;Importer un fichier d’échange…</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide…</source>
        <translation>&amp;Conflits à trancher…</translation>
    </message>
    <message>
        <source>&amp;History of exchanges…</source>
        <translation>&amp;Historique des échanges…</translation>
    </message>
</context>
<context>
    <name>ExchangeCipher</name>
    <message>
        <source>There is not enough memory to derive the key.</source>
        <translation>Il n’y a pas assez de mémoire pour calculer la clé.</translation>
    </message>
    <message>
        <source>Close other programs, then try again.</source>
        <translation>Fermez d’autres programmes, puis réessayez.</translation>
    </message>
    <message>
        <source>The exchange file is empty.</source>
        <translation>Le fichier d’échange est vide.</translation>
    </message>
    <message>
        <source>Ask for the file again: the copy was probably interrupted.</source>
        <translation>Redemandez le fichier : la copie a sans doute été interrompue.</translation>
    </message>
    <message>
        <source>This is a plain SQLite database, not an encrypted exchange file.</source>
        <translation>C’est une base SQLite en clair, pas un fichier d’échange chiffré.</translation>
    </message>
    <message>
        <source>This file is not a Sillage exchange file.</source>
        <translation>Ce fichier n’est pas un fichier d’échange Sillage.</translation>
    </message>
    <message>
        <source>The exchange file is incomplete (its header is cut short).</source>
        <translation>Le fichier d’échange est incomplet (son en-tête est tronqué).</translation>
    </message>
    <message>
        <source>This exchange file uses format version %1, which this version of Sillage does not read (it reads version %2).</source>
        <translation>Ce fichier d’échange est au format version %1, que cette version de Sillage ne lit pas (elle lit la version %2).</translation>
    </message>
    <message>
        <source>Install the latest version of Sillage, or ask for a file written by the same version.</source>
        <translation>Installez la dernière version de Sillage, ou demandez un fichier écrit par la même version.</translation>
    </message>
    <message>
        <source>The header of the exchange file is damaged.</source>
        <translation>L’en-tête du fichier d’échange est abîmé.</translation>
    </message>
    <message>
        <source>The key parameters of the exchange file are outside safe limits.</source>
        <translation>Les paramètres de clé du fichier d’échange sortent des limites sûres.</translation>
    </message>
    <message>
        <source>The file is damaged or was not written by Sillage; it was not read.</source>
        <translation>Le fichier est abîmé ou n’a pas été écrit par Sillage ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The exchange file declares sizes that cannot be right.</source>
        <translation>Le fichier d’échange annonce des tailles impossibles.</translation>
    </message>
    <message>
        <source>The exchange file is incomplete (truncated).</source>
        <translation>Le fichier d’échange est incomplet (tronqué).</translation>
    </message>
    <message>
        <source>The exchange file has extra bytes after its end.</source>
        <translation>Le fichier d’échange a des octets en trop après sa fin.</translation>
    </message>
    <message>
        <source>The file is damaged; ask for it again.</source>
        <translation>Le fichier est abîmé ; redemandez-le.</translation>
    </message>
    <message>
        <source>The encryption library cannot be started.</source>
        <translation>La bibliothèque de chiffrement ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>An exchange file needs a passphrase.</source>
        <translation>Un fichier d’échange demande une phrase de passe.</translation>
    </message>
    <message>
        <source>The exchange data cannot be read back.</source>
        <translation>Les données d’échange ne peuvent pas être relues.</translation>
    </message>
    <message>
        <source>There is too much to put in one exchange file.</source>
        <translation>Il y a trop de données pour un seul fichier d’échange.</translation>
    </message>
    <message>
        <source>Export fewer dossiers at once, or exchange more often.</source>
        <translation>Exportez moins de dossiers à la fois, ou échangez plus souvent.</translation>
    </message>
    <message>
        <source>The exchange file %1 cannot be created.</source>
        <translation>Le fichier d’échange %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The exchange file %1 cannot be written.</source>
        <translation>Le fichier d’échange %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Check the free space on the disk, then try again.</source>
        <translation>Vérifiez la place libre sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The exchange file %1 cannot be opened.</source>
        <translation>Le fichier d’échange %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created to read the exchange file.</source>
        <translation>Un fichier temporaire ne peut pas être créé pour lire le fichier d’échange.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed after it was written.</source>
        <translation>La phrase de passe est fausse, ou le fichier a été modifié après avoir été écrit.</translation>
    </message>
    <message>
        <source>Check the passphrase with the person who sent the file; if it is right, ask for the file again.</source>
        <translation>Vérifiez la phrase de passe avec la personne qui a envoyé le fichier ; si elle est juste, redemandez le fichier.</translation>
    </message>
    <message>
        <source>The exchange file was changed or damaged after it was written.</source>
        <translation>Le fichier d’échange a été modifié ou abîmé après avoir été écrit.</translation>
    </message>
    <message>
        <source>Ask for the file again; nothing was imported.</source>
        <translation>Redemandez le fichier ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The exchange file cannot be decrypted to disk.</source>
        <translation>Le fichier d’échange ne peut pas être déchiffré sur le disque.</translation>
    </message>
    <message>
        <source>Exchange files are written by File &gt; Exchanges &gt; Export or by "sillage-cli exchange export".</source>
        <translation>Les fichiers d’échange sont écrits par Fichier &gt; Échanges &gt; Exporter ou par « sillage-cli exchange export ».</translation>
    </message>
    <message>
        <source>Writing the exchange file was stopped; no file was written.</source>
        <translation>L’écriture du fichier d’échange a été arrêtée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Reading the exchange file was stopped; nothing was imported.</source>
        <translation>La lecture du fichier d’échange a été arrêtée ; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>exchange takes export or import: exchange export --out FILE, exchange import FILE.</source>
        <translation>exchange demande export ou import : exchange export --out FICHIER, exchange import FICHIER.</translation>
    </message>
    <message>
        <source>exchange export needs --out FILE.</source>
        <translation>exchange export demande --out FICHIER.</translation>
    </message>
    <message>
        <source>exchange export needs --site CODE (what changed since the last exchange with that site), --all, or --dossier ID.</source>
        <translation>exchange export demande --site CODE (ce qui a changé depuis le dernier échange avec ce site), --all ou --dossier ID.</translation>
    </message>
    <message>
        <source>--all and --dossier cannot be used together.</source>
        <translation>--all et --dossier ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>exchange import needs the exchange file.</source>
        <translation>exchange import demande le fichier d’échange.</translation>
    </message>
    <message>
        <source>exchange needs a passphrase: --passphrase-file F, or the SILLAGE_PASSPHRASE variable.</source>
        <translation>exchange demande une phrase de passe : --passphrase-file F, ou la variable SILLAGE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n fiche écrite dans %1.</numerusform>
            <numerusform>%n fiches écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>From site %1 (%2), written on %3 by %4: %5.</source>
        <translation>Du site %1 (%2), écrit le %3 par %4 : %5.</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <source>dossier transfer</source>
        <translation>transfert de dossier</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: new %2, updated %3, deleted %4, conflicts %5, unchanged %6.</source>
        <translation>%1 : nouveaux %2, modifiés %3, supprimés %4, conflits %5, inchangés %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) given a local number (theirs was already used here).</source>
        <translation>
            <numerusform>%n dossier a reçu un numéro local (le sien était déjà pris ici).</numerusform>
            <numerusform>%n dossiers ont reçu un numéro local (le leur était déjà pris ici).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 deleted.</source>
        <translation>Importés : %1 nouveaux, %2 modifiés, %3 supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: records changed on both sides were left as they are here.</source>
        <translation>
            <numerusform>%n conflit à résoudre : l’enregistrement modifié des deux côtés est resté tel qu’il est ici.</numerusform>
            <numerusform>%n conflits à résoudre : les enregistrements modifiés des deux côtés sont restés tels qu’ils sont ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDerivedColumns</name>
    <message>
        <source>updating the sort keys of a received record</source>
        <translation>mise à jour des clés de tri d’une fiche reçue</translation>
    </message>
</context>
<context>
    <name>ExchangeDossierNumbers</name>
    <message>
        <source>numbering a dossier</source>
        <translation>la numérotation d’un dossier</translation>
    </message>
    <message>
        <source>No free dossier number was found.</source>
        <translation>Aucun numéro de dossier libre n’a été trouvé.</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <source>&amp;Add a dossier…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Export an exchange file</source>
        <translation>Exporter un fichier d’échange</translation>
    </message>
    <message>
        <source>Transfer dossiers to another site</source>
        <translation>Transférer des dossiers vers un autre site</translation>
    </message>
    <message>
        <source>The exchange file carries the changes of %1 to another site of your network, encrypted. The other site imports it with Fichier → Échanges → Importer.</source>
        <translation>Le fichier d’échange porte les modifications de %1 vers un autre site de votre réseau, chiffrées. L’autre site l’importe par Fichier → Échanges → Importer.</translation>
    </message>
    <message>
        <source>A transfer carries the whole file of a young person who moves (journal, actions, immersions, dropout case) to the site that takes them on, encrypted.</source>
        <translation>Un transfert porte tout le dossier d’un ou d’une jeune qui déménage (journal, actions, immersions, cas de décrochage) vers le site qui le ou la prend en charge, chiffré.</translation>
    </message>
    <message>
        <source>Code of the site, e.g. CAE</source>
        <translation>Code du site, par ex. CAE</translation>
    </message>
    <message>
        <source>Name of the site, e.g. Mission locale de Caen</source>
        <translation>Nom du site, par ex. Mission locale de Caen</translation>
    </message>
    <message>
        <source>For the &amp;site:</source>
        <translation>Pour le &amp;site :</translation>
    </message>
    <message>
        <source>To the &amp;site (optional):</source>
        <translation>Vers le &amp;site (facultatif) :</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site :</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Give the passphrase to the other site by another way than the file itself: by telephone or in person, never in the same e-mail.</source>
        <translation>Donnez la phrase de passe à l’autre site par un autre moyen que le fichier : par téléphone ou de vive voix, jamais dans le même courriel.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>What &amp;changed since the last exchange with the site</source>
        <translation>Ce qui a &amp;changé depuis le dernier échange avec le site</translation>
    </message>
    <message>
        <source>E&amp;verything (a new site, or to start again from a complete copy)</source>
        <translation>&amp;Tout (un nouveau site, ou pour repartir d’une copie complète)</translation>
    </message>
    <message>
        <source>Dossiers to transfer</source>
        <translation>Dossiers à transférer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dossier to transfer</source>
        <translation>Dossier à transférer</translation>
    </message>
    <message>
        <source>Save the exchange file</source>
        <translation>Enregistrer le fichier d’échange</translation>
    </message>
    <message>
        <source>Sillage exchange files (*.sillage)</source>
        <translation>Fichiers d’échange Sillage (*.sillage)</translation>
    </message>
    <message>
        <source>Choose the site the file is for: its changes are counted from your last exchange with it.</source>
        <translation>Choisissez le site destinataire : les modifications sont comptées depuis votre dernier échange avec lui.</translation>
    </message>
    <message>
        <source>%1 is this site's own code: choose the other site.</source>
        <translation>%1 est le code de ce site : choisissez l’autre site.</translation>
    </message>
    <message>
        <source>Add the dossier to transfer.</source>
        <translation>Ajoutez le dossier à transférer.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Writing the exchange file…</source>
        <translation>Écriture du fichier d’échange…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the file to the other site, and give them the passphrase by telephone.</source>
        <translation>Envoyez le fichier à l’autre site, et donnez-lui la phrase de passe par téléphone.</translation>
    </message>
</context>
<context>
    <name>ExchangeExporter</name>
    <message>
        <source>An exchange file cannot be written in the middle of another change.</source>
        <translation>Un fichier d’échange ne peut pas être écrit au milieu d’une autre modification.</translation>
    </message>
    <message>
        <source>An exchange file needs a passphrase.</source>
        <translation>Un fichier d’échange demande une phrase de passe.</translation>
    </message>
    <message>
        <source>Choose the site the exchange file is for, or export everything.</source>
        <translation>Choisissez le site destinataire du fichier d’échange, ou exportez tout.</translation>
    </message>
    <message>
        <source>Choose at least one dossier to transfer.</source>
        <translation>Choisissez au moins un dossier à transférer.</translation>
    </message>
    <message>
        <source>This database has no site code yet.</source>
        <translation>Cette base n’a pas encore de code de site.</translation>
    </message>
    <message>
        <source>Set the site's code and name first (first start, or Settings).</source>
        <translation>Indiquez d’abord le code et le nom du site (premier démarrage, ou Paramètres).</translation>
    </message>
    <message>
        <source>reading the last exchange with the site</source>
        <translation>la lecture du dernier échange avec le site</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created for the exchange file.</source>
        <translation>Un dossier temporaire ne peut pas être créé pour le fichier d’échange.</translation>
    </message>
    <message>
        <source>Check the free space on the disk, then try again.</source>
        <translation>Vérifiez la place libre sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>preparing the exchange file</source>
        <translation>la préparation du fichier d’échange</translation>
    </message>
    <message>
        <source>choosing the dossiers to transfer</source>
        <translation>le choix des dossiers à transférer</translation>
    </message>
    <message>
        <source>There is no dossier with the id %1.</source>
        <translation>Il n’y a pas de dossier d’identifiant %1.</translation>
    </message>
    <message>
        <source>writing the exchange file</source>
        <translation>l’écriture du fichier d’échange</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>l’enregistrement de l’export</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written and nothing was recorded.</source>
        <translation>L’export a été arrêté ; aucun fichier n’a été écrit et rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ExchangeHistory</name>
    <message>
        <source>reading the history of exchanges</source>
        <translation>la lecture de l’historique des échanges</translation>
    </message>
</context>
<context>
    <name>ExchangeHistoryDialog</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Dernier export</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Dernier import</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>History of exchanges</source>
        <translation>Historique des échanges</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Exports et imports</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Dossier transfer</source>
        <translation>Transfert de dossiers</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>(any site)</source>
        <translation>(tout site)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <source>&amp;Read the file</source>
        <translation>&amp;Lire le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import an exchange file</source>
        <translation>Importer un fichier d’échange</translation>
    </message>
    <message>
        <source>Choose the file another site sent you and type the passphrase they gave you. Sillage shows what the file would change before anything is written.</source>
        <translation>Choisissez le fichier qu’un autre site vous a envoyé et tapez la phrase de passe qu’il vous a donnée. Sillage montre ce que le fichier changerait avant d’écrire quoi que ce soit.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>What the file would change</source>
        <translation>Ce que le fichier changerait</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Déjà à jour</translation>
    </message>
    <message>
        <source>Open an exchange file</source>
        <translation>Ouvrir un fichier d’échange</translation>
    </message>
    <message>
        <source>Sillage exchange files (*.sillage);;All files (*)</source>
        <translation>Fichiers d’échange Sillage (*.sillage);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Type the passphrase, then « Read the file ».</source>
        <translation>Tapez la phrase de passe, puis « Lire le fichier ».</translation>
    </message>
    <message>
        <source>Choose the exchange file first.</source>
        <translation>Choisissez d’abord le fichier d’échange.</translation>
    </message>
    <message>
        <source>Decrypting the exchange file…</source>
        <translation>Déchiffrement du fichier d’échange…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>Comparing with your records…</source>
        <translation>Comparaison avec vos fiches…</translation>
    </message>
    <message>
        <source>Exchange file not readable</source>
        <translation>Fichier d’échange illisible</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), written on %3 by %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), écrit le %3 par %4.</translation>
    </message>
    <message>
        <source>A transfer of dossiers.</source>
        <translation>Un transfert de dossiers.</translation>
    </message>
    <message>
        <source>Changes for synchronisation.</source>
        <translation>Des modifications à synchroniser.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Everything in this file is already here: importing it would change nothing.</source>
        <translation>Tout ce que contient ce fichier est déjà ici : l’importer ne changerait rien.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be written.</source>
        <translation>
            <numerusform>%n fiche serait écrite.</numerusform>
            <numerusform>%n fiches seraient écrites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: they will wait for your decision, nothing is overwritten.</source>
        <translation>
            <numerusform>%n fiche modifiée des deux côtés : elle attendra votre décision, rien n’est écrasé.</numerusform>
            <numerusform>%n fiches modifiées des deux côtés : elles attendront votre décision, rien n’est écrasé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) will get a number of this site: their number is already used here by another young person.</source>
        <translation>
            <numerusform>%n dossier recevra un numéro de ce site : son numéro est déjà pris ici par un ou une autre jeune.</numerusform>
            <numerusform>%n dossiers recevront un numéro de ce site : leur numéro est déjà pris ici par d’autres jeunes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the exchange file…</source>
        <translation>Import du fichier d’échange…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Import done: %1 new, %2 updated, %3 deleted.</source>
        <translation>Import terminé : %1 nouvelles fiches, %2 mises à jour, %3 supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your decision.</source>
        <translation>
            <numerusform>%n conflit attend votre décision.</numerusform>
            <numerusform>%n conflits attendent votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decide now</source>
        <translation>&amp;Trancher maintenant</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Nothing would be written.</source>
        <translation>Rien ne serait écrit.</translation>
    </message>
</context>
<context>
    <name>ExchangeImporter</name>
    <message>
        <source>The content of the exchange file is not readable.</source>
        <translation>Le contenu du fichier d’échange n’est pas lisible.</translation>
    </message>
    <message>
        <source>The file was probably not written by Sillage; nothing was imported.</source>
        <translation>Le fichier n’a sans doute pas été écrit par Sillage ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>checking the records an exchange file refers to</source>
        <translation>la vérification des enregistrements auxquels renvoie un fichier d’échange</translation>
    </message>
    <message>
        <source>The exchange file holds a record of %1 whose %2 is neither in the file nor here.</source>
        <translation>Le fichier d’échange contient un enregistrement de %1 dont le champ %2 n’est ni dans le fichier ni ici.</translation>
    </message>
    <message>
        <source>Import the earlier exchange files from that site first, or ask it for a file with everything. Nothing was imported.</source>
        <translation>Importez d’abord les fichiers d’échange précédents de ce site, ou demandez-lui un fichier complet. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>la lecture d’une fiche</translation>
    </message>
    <message>
        <source>importing an exchange file</source>
        <translation>l’import d’un fichier d’échange</translation>
    </message>
    <message>
        <source>keeping a conflict for later</source>
        <translation>la mise de côté d’un conflit</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>l’enregistrement de l’import</translation>
    </message>
    <message>
        <source>A record of %1 in the exchange file duplicates another record here.</source>
        <translation>Un enregistrement de %1 du fichier d’échange fait doublon avec un autre enregistrement ici.</translation>
    </message>
    <message>
        <source>Keep one of the two records on one site (delete the other), exchange again, then import this file. Nothing was imported.</source>
        <translation>Gardez un seul des deux enregistrements sur un site (supprimez l’autre), échangez à nouveau, puis importez ce fichier. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>L’import a été arrêté ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>forgetting the old values of an anonymised record</source>
        <translation>effacement des anciennes valeurs d’un enregistrement anonymisé</translation>
    </message>
</context>
<context>
    <name>ExchangeNewRecords</name>
    <message>
        <source>importing an exchange file</source>
        <translation>l’import d’un fichier d’échange</translation>
    </message>
</context>
<context>
    <name>ExchangeProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
</context>
<context>
    <name>ExchangeReader</name>
    <message>
        <source>The content of the exchange file is not readable.</source>
        <translation>Le contenu du fichier d’échange n’est pas lisible.</translation>
    </message>
    <message>
        <source>The file was probably not written by Sillage; nothing was imported.</source>
        <translation>Le fichier n’a sans doute pas été écrit par Sillage ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created to read the exchange file.</source>
        <translation>Un dossier temporaire ne peut pas être créé pour lire le fichier d’échange.</translation>
    </message>
    <message>
        <source>Check the free space on the disk, then try again.</source>
        <translation>Vérifiez la place libre sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>This exchange file was written by a newer version of Sillage (schema %1; this version knows up to %2).</source>
        <translation>Ce fichier d’échange a été écrit par une version plus récente de Sillage (schéma %1 ; cette version connaît jusqu’au %2).</translation>
    </message>
    <message>
        <source>Install the latest version of Sillage to import it. Nothing was imported.</source>
        <translation>Installez la dernière version de Sillage pour l’importer. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ExchangeRecordLabels</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Career target</source>
        <translation>Métier visé</translation>
    </message>
    <message>
        <source>Change of adviser</source>
        <translation>Changement de référent</translation>
    </message>
    <message>
        <source>Host company</source>
        <translation>Entreprise d’accueil</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur ou tutrice</translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <source>Immersion status change</source>
        <translation>Changement de statut d’immersion</translation>
    </message>
    <message>
        <source>Immersion assessment</source>
        <translation>Bilan d’immersion</translation>
    </message>
    <message>
        <source>Dropout campaign</source>
        <translation>Campagne de décrochage</translation>
    </message>
    <message>
        <source>Line of a campaign list</source>
        <translation>Ligne d’une liste de campagne</translation>
    </message>
    <message>
        <source>Dropout case</source>
        <translation>Situation de décrochage</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Tentative de contact</translation>
    </message>
    <message>
        <source>Dropout case status change</source>
        <translation>Changement de statut d’un cas de décrochage</translation>
    </message>
    <message>
        <source>Match to check</source>
        <translation>Rapprochement à vérifier</translation>
    </message>
    <message>
        <source>Local career sheet</source>
        <translation>Fiche métier locale</translation>
    </message>
    <message>
        <source>Local additions to a career sheet</source>
        <translation>Ajouts locaux à une fiche métier</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Séance collective</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Modifiée par</translation>
    </message>
    <message>
        <source>Created at site</source>
        <translation>Créée sur le site</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Usual name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>Telephone</source>
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
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>External identifier</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Lives in a QPV</source>
        <translation>Réside en QPV</translation>
    </message>
    <message>
        <source>Lives in a ZRR</source>
        <translation>Réside en ZRR</translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation>RQTH</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau de formation</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>Legal representative's telephone</source>
        <translation>Téléphone du représentant légal</translation>
    </message>
    <message>
        <source>Legal representative's e-mail</source>
        <translation>Courriel du représentant légal</translation>
    </message>
    <message>
        <source>Legal representative's link</source>
        <translation>Lien du représentant légal</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur ou autrice</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>ROME code</source>
        <translation>Code ROME</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Previous adviser</source>
        <translation>Référent précédent</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Changé le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
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
        <source>Contact's telephone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>ROME domains</source>
        <translation>Domaines ROME</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Working conditions</source>
        <translation>Conditions d’exercice</translation>
    </message>
    <message>
        <source>Risk prevention</source>
        <translation>Prévention des risques</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact en cas d’urgence</translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation>Statut précédent</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assiduité</translation>
    </message>
    <message>
        <source>Last day present</source>
        <translation>Dernier jour de présence</translation>
    </message>
    <message>
        <source>Hours missed</source>
        <translation>Heures d’absence</translation>
    </message>
    <message>
        <source>Job offer</source>
        <translation>Proposition d’embauche</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Tutor's assessment</source>
        <translation>Appréciation du tuteur</translation>
    </message>
    <message>
        <source>Skills assessed</source>
        <translation>Compétences évaluées</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent ou responsable</translation>
    </message>
    <message>
        <source>Parent's or guardian's telephone</source>
        <translation>Téléphone du parent ou responsable</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Sorti le</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Solution on</source>
        <translation>Date de la solution</translation>
    </message>
    <message>
        <source>Last attempt on</source>
        <translation>Dernière tentative le</translation>
    </message>
    <message>
        <source>Attempted on</source>
        <translation>Tentée le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Line received</source>
        <translation>Ligne reçue</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Rapprochement possible</translation>
    </message>
    <message>
        <source>Possible match (identifier)</source>
        <translation>Rapprochement possible (identifiant)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Grand domaine</source>
        <translation>Grand domaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Access to the job</source>
        <translation>Accès au métier</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Appellations</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Savoir-être</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Savoirs</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Contextes de travail</translation>
    </message>
    <message>
        <source>Career sheet</source>
        <translation>Fiche métier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Training offers</source>
        <translation>Offres de formation</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Fichier de l’image</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Career sheets</source>
        <translation>Fiches métiers</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonymisé le</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Exchange file</source>
        <translation>Fichier d’échange</translation>
    </message>
    <message>
        <source>ROME referential</source>
        <translation>Référentiel ROME</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Disabled on</source>
        <translation>Désactivé le</translation>
    </message>
</context>
<context>
    <name>ExchangeTables</name>
    <message>
        <source>listing the tables</source>
        <translation>la liste des tables</translation>
    </message>
</context>
<context>
    <name>ExchangeVersions</name>
    <message>
        <source>reading a record</source>
        <translation>la lecture d’une fiche</translation>
    </message>
    <message>
        <source>importing an exchange file</source>
        <translation>l’import d’un fichier d’échange</translation>
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
        <translation>Sauvegarder une copie de la base… (Ctrl+Maj+S)</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to open its dossier, immersion or case</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur une ligne pour ouvrir son dossier, son immersion ou sa situation</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>The whole site</source>
        <translation>Tout le site</translation>
    </message>
    <message>
        <source>Whose things to do</source>
        <translation>À faire de qui</translation>
    </message>
    <message>
        <source>Nothing to do today. Well done!</source>
        <translation>Rien à faire aujourd’hui. Bravo !</translation>
    </message>
    <message>
        <source>Sillage opens without a password: anyone using this computer can read the dossiers. Set a password: it will be asked at each start and to unlock Sillage.</source>
        <translation>Sillage s’ouvre sans mot de passe : toute personne qui utilise cet ordinateur peut lire les dossiers. Définissez un mot de passe : il sera demandé à chaque démarrage et pour déverrouiller Sillage.</translation>
    </message>
    <message>
        <source>Set my &amp;password…</source>
        <translation>Définir mon &amp;mot de passe…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>… and many more (over %1 in all)</source>
        <translation>… et bien d’autres (plus de %1 en tout)</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>N° de dossier</translation>
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
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>ZRR</source>
        <translation>ZRR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau de formation</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation>RQTH</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(instead of %1)</source>
        <translation>(en remplacement de %1)</translation>
    </message>
    <message>
        <source>Advisers over time</source>
        <translation>Historique des référent·es</translation>
    </message>
    <message>
        <source>no change since the dossier was opened</source>
        <translation>aucun changement depuis l’ouverture du dossier</translation>
    </message>
</context>
<context>
    <name>ImportDialogFrame</name>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Read the file again after correcting it in your spreadsheet</source>
        <translation>Relire le fichier après l’avoir corrigé dans votre tableur</translation>
    </message>
    <message>
        <source>Choose the file to import. Its first rows and what the import would do will show here.</source>
        <translation>Choisissez le fichier à importer. Ses premières lignes et ce que ferait l’import s’afficheront ici.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Tableaux enregistrés en CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check once the columns are chosen</source>
        <translation>
            <numerusform>%n ligne à vérifier une fois les colonnes choisies</numerusform>
            <numerusform>%n lignes à vérifier une fois les colonnes choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose above the column of each required field (marked *), one column per field. Nothing can be imported until then.</source>
        <translation>Choisissez ci-dessus la colonne de chaque champ obligatoire (marqué *), une colonne par champ. Rien ne peut être importé d’ici là.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported while the file has problems (%n listed). Correct them in your spreadsheet, save the file, then click “Read again”.</source>
        <translation>
            <numerusform>Rien ne peut être importé tant que le fichier a des problèmes (%n listé). Corrigez-les dans votre tableur, enregistrez le fichier, puis cliquez sur « Relire ».</numerusform>
            <numerusform>Rien ne peut être importé tant que le fichier a des problèmes (%n listés). Corrigez-les dans votre tableur, enregistrez le fichier, puis cliquez sur « Relire ».</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported. Choose another file, or correct it and click “Read again”.</source>
        <translation>Ce fichier ne peut pas être importé. Choisissez un autre fichier, ou corrigez-le et cliquez sur « Relire ».</translation>
    </message>
</context>
<context>
    <name>ImportPreviewWidget</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · Separator: %2 · %n row(s) after the header</source>
        <translation>
            <numerusform>Encodage : %1 · Séparateur : %2 · %n ligne après l’en-tête</numerusform>
            <numerusform>Encodage : %1 · Séparateur : %2 · %n lignes après l’en-tête</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 are shown below</source>
        <translation>les %1 premières sont affichées ci-dessous</translation>
    </message>
    <message>
        <source>Field fed by column %1 “%2”</source>
        <translation>Champ alimenté par la colonne %1 « %2 »</translation>
    </message>
    <message>
        <source>The field this column of the file feeds. Fields marked * are required.</source>
        <translation>Le champ qu’alimente cette colonne du fichier. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>Column %1 “%2” is not imported.</source>
        <translation>La colonne %1 « %2 » n’est pas importée.</translation>
    </message>
    <message>
        <source>⚠ field chosen twice</source>
        <translation>⚠ champ choisi deux fois</translation>
    </message>
    <message>
        <source>Several columns give the field “%1”: choose the field of only one of them.</source>
        <translation>Plusieurs colonnes donnent le champ « %1 » : ne choisissez ce champ que pour une seule d’entre elles.</translation>
    </message>
    <message>
        <source>Column %1 “%2” feeds the field “%3”.</source>
        <translation>La colonne %1 « %2 » alimente le champ « %3 ».</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
</context>
<context>
    <name>ImportProblemList</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems and skipped lines</source>
        <translation>Problèmes et lignes ignorées</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed: correct the first ones, then read the file again.</source>
        <translation>
            <numerusform>… et %n autre, non listé : corrigez les premiers, puis relisez le fichier.</numerusform>
            <numerusform>… et %n autres, non listés : corrigez les premiers, puis relisez le fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was written.</source>
        <translation>Le fichier ne peut pas être importé ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ImportRomeDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the ROME referential</source>
        <translation>Importer le référentiel ROME</translation>
    </message>
    <message>
        <source>Choose the folder where you unpacked the ROME 4.0 open data of France Travail (files named like unix_referentiel_code_rome_v460_utf8.csv). Sillage first shows what the import would change; local sheets, additions and links are kept.</source>
        <translation>Choisissez le dossier où vous avez décompressé les données ouvertes ROME 4.0 de France Travail (fichiers nommés comme unix_referentiel_code_rome_v460_utf8.csv). Sillage montre d’abord ce que l’import changerait ; les fiches locales, les ajouts et les liens sont gardés.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <source>Folder of the ROME files</source>
        <translation>Dossier des fichiers du ROME</translation>
    </message>
    <message>
        <source>This folder cannot be imported: %1</source>
        <translation>Ce dossier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>ROME not imported</source>
        <translation>ROME non importé</translation>
    </message>
    <message>
        <source>ROME version %1 (no referential yet)</source>
        <translation>ROME version %1 (pas encore de référentiel)</translation>
    </message>
    <message>
        <source>ROME version %1 (current: %2)</source>
        <translation>ROME version %1 (actuelle : %2)</translation>
    </message>
    <message>
        <source>This version is already the current one: there is nothing to import.</source>
        <translation>Cette version est déjà l’actuelle : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>The referential was imported.</source>
        <translation>Le référentiel a été importé.</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import.</source>
        <translation>Rien n’est écrit avant que vous cliquiez sur « Importer ».</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Appellations</translation>
    </message>
    <message>
        <source>Text lines</source>
        <translation>Lignes de texte</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Contextes de travail</translation>
    </message>
    <message>
        <source>Close jobs</source>
        <translation>Métiers proches</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code ajouté</numerusform>
            <numerusform>%n codes ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) withdrawn (links from dossiers and immersions are kept)</source>
        <translation>
            <numerusform>%n code retiré (les liens des dossiers et immersions sont gardés)</numerusform>
            <numerusform>%n codes retirés (les liens des dossiers et immersions sont gardés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) relabelled</source>
        <translation>
            <numerusform>%n code renommé</numerusform>
            <numerusform>%n codes renommés</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional files missing (their sections stay empty)</source>
        <translation>Fichiers facultatifs absents (leurs rubriques restent vides)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>Active dossiers by programme</source>
        <translation>Dossiers actifs par dispositif</translation>
    </message>
    <message>
        <source>Dossiers open on the last day of the period (created by then, not closed by then, not archived), by the programme running that day (started, not ended). A young person in two programmes counts in both; « No programme » counts the others.</source>
        <translation>Dossiers ouverts le dernier jour de la période (créés à cette date, ni clôturés ni archivés), selon le dispositif en cours ce jour-là (commencé, pas terminé). Un ou une jeune dans deux dispositifs compte dans les deux ; « Sans dispositif » compte les autres.</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Sans dispositif</translation>
    </message>
    <message>
        <source>New dossiers per month</source>
        <translation>Nouveaux dossiers par mois</translation>
    </message>
    <message>
        <source>Dossiers created in the period, by month of creation (local date of the site), deleted ones aside.</source>
        <translation>Dossiers créés pendant la période, par mois de création (date locale du site), hors dossiers supprimés.</translation>
    </message>
    <message>
        <source>Journal events per month</source>
        <translation>Événements du journal par mois</translation>
    </message>
    <message>
        <source>Entries of the dossiers' journals dated in the period (interviews, workshops, calls…), by month and type; entries of deleted dossiers aside. The adviser is the entry's author.</source>
        <translation>Entrées des journaux des dossiers datées de la période (entretiens, ateliers, appels…), par mois et par type ; hors dossiers supprimés. Le conseiller ou la conseillère est l’auteur de l’entrée.</translation>
    </message>
    <message>
        <source>Dropout cases by status, per campaign</source>
        <translation>Situations de décrochage par statut, par campagne</translation>
    </message>
    <message>
        <source>Dropout cases received in the period, by the campaign list they came with (or « Reports » for those reported one by one) and by their status today.</source>
        <translation>Situations de décrochage reçues pendant la période, selon la liste de campagne qui les a apportées (ou « Signalements » pour celles signalées une à une) et selon leur statut aujourd’hui.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Dropout solutions by kind, per campaign</source>
        <translation>Solutions de décrochage par nature, par campagne</translation>
    </message>
    <message>
        <source>Dropout cases that reached a solution dated in the period, by campaign and kind of solution.</source>
        <translation>Situations de décrochage ayant abouti à une solution datée de la période, par campagne et nature de solution.</translation>
    </message>
    <message>
        <source>Immersions by status</source>
        <translation>Immersions par statut</translation>
    </message>
    <message>
        <source>Immersions starting in the period, by their status today. The adviser is the prescriber.</source>
        <translation>Immersions commençant pendant la période, selon leur statut aujourd’hui. Le conseiller ou la conseillère est le prescripteur.</translation>
    </message>
    <message>
        <source>Immersions by grand domaine of the target job</source>
        <translation>Immersions par grand domaine du métier visé</translation>
    </message>
    <message>
        <source>Immersions starting in the period, cancelled and refused ones aside, by the ROME grand domaine (A to N) of their target job.</source>
        <translation>Immersions commençant pendant la période, hors annulées et refusées, selon le grand domaine ROME (A à N) du métier visé.</translation>
    </message>
    <message>
        <source>No target job</source>
        <translation>Sans métier visé</translation>
    </message>
    <message>
        <source>Assessments ending with a job offer</source>
        <translation>Bilans aboutissant à une proposition d’embauche</translation>
    </message>
    <message>
        <source>Assessments (bilans) of immersions that ended in the period: with a job offer from the host company, or without.</source>
        <translation>Bilans des immersions terminées pendant la période : avec une proposition d’embauche de l’entreprise d’accueil, ou sans.</translation>
    </message>
    <message>
        <source>With a job offer</source>
        <translation>Avec proposition d’embauche</translation>
    </message>
    <message>
        <source>Without a job offer</source>
        <translation>Sans proposition d’embauche</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Definition of « %1 »</source>
        <translation>Définition de « %1 »</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Chart; the same figures are in the table beside it.</source>
        <translation>Graphique ; les mêmes chiffres sont dans le tableau à côté.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Save the chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save the chart as a picture (PNG) or a drawing (SVG) for a report</source>
        <translation>Enregistrer le graphique en image (PNG) ou en dessin (SVG) pour un rapport</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Picture (*.png);;Drawing (*.svg)</source>
        <translation>Image (*.png);;Dessin (*.svg)</translation>
    </message>
    <message>
        <source>The chart cannot be written to %1.</source>
        <translation>Le graphique ne peut pas être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>IndicatorRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n fiche. Double-cliquez pour l’ouvrir.</numerusform>
            <numerusform>%n fiches. Double-cliquez sur l’une d’elles pour l’ouvrir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IneValidator</name>
    <message>
        <source>The INE "%1" should have 11 characters, not %2.</source>
        <translation>L’INE « %1 » doit avoir 11 caractères, pas %2.</translation>
    </message>
    <message>
        <source>The INE "%1" is not in a known form (9 digits and 2 letters, or 10 digits and 1 letter).</source>
        <translation>L’INE « %1 » n’a pas une forme connue (9 chiffres et 2 lettres, ou 10 chiffres et 1 lettre).</translation>
    </message>
</context>
<context>
    <name>ItemTablePanel</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation>Supprimer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Edit the selected row (double-click or Enter)</source>
        <translation>Modifier la ligne sélectionnée (double-clic ou Entrée)</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Choisissez le type d’événement.</translation>
    </message>
    <message>
        <source>Choose how it took place.</source>
        <translation>Choisissez le mode (présentiel, téléphone, visio).</translation>
    </message>
    <message>
        <source>The event needs a date.</source>
        <translation>L’événement doit avoir une date.</translation>
    </message>
    <message>
        <source>The duration is in minutes, up to one day.</source>
        <translation>La durée s’exprime en minutes, une journée au plus.</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Add an event…</source>
        <translation>Ajouter un événement…</translation>
    </message>
    <message>
        <source>Nothing in the journal yet. Record each interview, call or workshop with “Add an event…”: the list then shows the last contact.</source>
        <translation>Rien au journal pour l’instant. Enregistrez chaque entretien, appel ou atelier avec « Ajouter un événement… » : la liste affiche alors le dernier contact.</translation>
    </message>
    <message>
        <source>(private note)</source>
        <translation>(note privée)</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Écrit par %1</translation>
    </message>
    <message>
        <source>Your private note: %1</source>
        <translation>Votre note privée : %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Delete an event</source>
        <translation>Supprimer un événement</translation>
    </message>
    <message>
        <source>Delete “%1” from the journal?</source>
        <translation>Supprimer « %1 » du journal ?</translation>
    </message>
</context>
<context>
    <name>LocalSheetDialog</name>
    <message>
        <source>New local sheet</source>
        <translation>Nouvelle fiche locale</translation>
    </message>
    <message>
        <source>Local sheet — %1</source>
        <translation>Fiche locale — %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Skills and contexts</source>
        <translation>Compétences et contextes</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>&amp;Titre * :</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>D&amp;efinition:</source>
        <translation>D&amp;éfinition :</translation>
    </message>
    <message>
        <source>&amp;Access to the job:</source>
        <translation>&amp;Accès au métier :</translation>
    </message>
    <message>
        <source>&amp;Job titles:</source>
        <translation>A&amp;ppellations :</translation>
    </message>
    <message>
        <source>Lists take one item a line.</source>
        <translation>Les listes prennent un élément par ligne.</translation>
    </message>
    <message>
        <source>&amp;Know-how:</source>
        <translation>Savoir-&amp;faire :</translation>
    </message>
    <message>
        <source>&amp;Soft skills:</source>
        <translation>&amp;Savoir-être :</translation>
    </message>
    <message>
        <source>K&amp;nowledge:</source>
        <translation>Sa&amp;voirs :</translation>
    </message>
    <message>
        <source>&amp;Work contexts:</source>
        <translation>&amp;Contextes de travail :</translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>Aucun domaine</translation>
    </message>
    <message>
        <source>Give the sheet a title.</source>
        <translation>Donnez un titre à la fiche.</translation>
    </message>
    <message>
        <source>Sheet not saved</source>
        <translation>Fiche non enregistrée</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>This database holds personal data of young people: say who you are.</source>
        <translation>Cette base contient des données personnelles de jeunes : dites qui vous êtes.</translation>
    </message>
    <message>
        <source>Sillage is locked</source>
        <translation>Sillage est verrouillé</translation>
    </message>
    <message>
        <source>Your password unlocks it; another user can sign in with theirs.</source>
        <translation>Votre mot de passe le déverrouille ; une autre personne peut se connecter avec le sien.</translation>
    </message>
    <message>
        <source>No password protects Sillage on this computer: anyone can go on. Set one with File &gt; My password…</source>
        <translation>Aucun mot de passe ne protège Sillage sur cet ordinateur : n’importe qui peut continuer. Définissez-en un avec Fichier &gt; Mon mot de passe…</translation>
    </message>
    <message>
        <source>Unlock it in the window in front.</source>
        <translation>Déverrouillez-le dans la fenêtre au premier plan.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sillage databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases Sillage (*.db *.sqlite);;Tous les fichiers (*)</translation>
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
        <translation>Suivre le s&amp;ystème</translation>
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
    <message numerus="yes">
        <source>%n dossier(s) imported.</source>
        <translation>
            <numerusform>%n dossier importé.</numerusform>
            <numerusform>%n dossiers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Young people's dossiers (CSV)…</source>
        <translation>&amp;Dossiers des jeunes (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Young people's dossiers…</source>
        <translation>&amp;Dossiers des jeunes…</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>É&amp;changes</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflit d’échange à trancher</numerusform>
            <numerusform>%n conflits d’échange à trancher</numerusform>
        </translation>
    </message>
    <message>
        <source>My &amp;password…</source>
        <translation>Mon mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Your password is set: Sillage will ask for it at each start.</source>
        <translation>Votre mot de passe est défini : Sillage le demandera à chaque démarrage.</translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation>&amp;Protection des données</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
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
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase de passe, à nouveau</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidité :</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase de passe.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess.</source>
        <translation>La phrase de passe est trop facile à deviner.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Tapez la phrase de passe une seconde fois.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>No passphrase</source>
        <translation>Pas de phrase de passe</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Trop faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Choose a passphrase that you will give the other site by another way (telephone, in person).</source>
        <translation>Choisissez une phrase de passe que vous donnerez à l’autre site par un autre moyen (téléphone, de vive voix).</translation>
    </message>
    <message>
        <source>Too easy to guess. Use four or five ordinary words that do not go together, such as « cerise tracteur ombre facile ».</source>
        <translation>Trop facile à deviner. Prenez quatre ou cinq mots ordinaires qui ne vont pas ensemble, comme « cerise tracteur ombre facile ».</translation>
    </message>
    <message>
        <source>Could be guessed by a determined person. Add a word or two.</source>
        <translation>Une personne obstinée pourrait la deviner. Ajoutez un mot ou deux.</translation>
    </message>
    <message>
        <source>Good for an exchange file; one more word would make it strong.</source>
        <translation>Convient pour un fichier d’échange ; un mot de plus la rendrait solide.</translation>
    </message>
    <message>
        <source>Hard to guess, even with a lot of computing power.</source>
        <translation>Difficile à deviner, même avec beaucoup de puissance de calcul.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>My password</source>
        <translation>Mon mot de passe</translation>
    </message>
    <message>
        <source>Type your password, then the new one twice.</source>
        <translation>Tapez votre mot de passe, puis deux fois le nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Once set, your password is asked at each start and to unlock Sillage. At least %n character(s).</source>
        <translation>
            <numerusform>Une fois défini, votre mot de passe est demandé à chaque démarrage et pour déverrouiller Sillage. Au moins %n caractère.</numerusform>
            <numerusform>Une fois défini, votre mot de passe est demandé à chaque démarrage et pour déverrouiller Sillage. Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>Your session has no account of its own: ask an administrator to create one.</source>
        <translation>Votre session n’a pas de compte à elle : demandez à un administrateur ou une administratrice d’en créer un.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est faux.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>La bibliothèque de chiffrement ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer lacks memory.</source>
        <translation>Le mot de passe n’a pas pu être protégé : l’ordinateur manque de mémoire.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>Un mot de passe compte au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe compte au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathTab</name>
    <message>
        <source>Programmes</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>Add a programme…</source>
        <translation>Ajouter un dispositif…</translation>
    </message>
    <message>
        <source>No programme. Add the CEJ, the PACEA or another programme the young person enters with “Add a programme…”.</source>
        <translation>Aucun dispositif. Ajoutez le CEJ, le PACEA ou un autre dispositif dans lequel le jeune entre avec « Ajouter un dispositif… ».</translation>
    </message>
    <message>
        <source>Add a situation…</source>
        <translation>Ajouter une situation…</translation>
    </message>
    <message>
        <source>No situation recorded. Say whether the young person is in training, employed, looking for a job… with “Add a situation…”.</source>
        <translation>Aucune situation enregistrée. Indiquez si le jeune est en formation, en emploi, en recherche d’emploi… avec « Ajouter une situation… ».</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Delete a programme</source>
        <translation>Supprimer un dispositif</translation>
    </message>
    <message>
        <source>Delete the programme “%1” that started on %2? To record its end instead, edit it.</source>
        <translation>Supprimer le dispositif « %1 » commencé le %2 ? Pour enregistrer plutôt sa fin, modifiez-le.</translation>
    </message>
    <message>
        <source>Delete a situation</source>
        <translation>Supprimer une situation</translation>
    </message>
    <message>
        <source>Delete the situation “%1”?</source>
        <translation>Supprimer la situation « %1 » ?</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>Le PDF n’a pas pu être mis en page.</translation>
    </message>
</context>
<context>
    <name>PlacementExporter</name>
    <message>
        <source>Immersions</source>
        <translation>Immersions</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>ROME code</source>
        <translation>Code ROME</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>reading the immersions to export</source>
        <translation>la lecture des immersions à exporter</translation>
    </message>
</context>
<context>
    <name>PlacementFilterChoices</name>
    <message>
        <source>reading the companies of the immersions</source>
        <translation>la lecture des entreprises des immersions</translation>
    </message>
    <message>
        <source>reading the advisers of the immersions</source>
        <translation>la lecture des conseillers des immersions</translation>
    </message>
</context>
<context>
    <name>PlacementFormDialog</name>
    <message>
        <source>Immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <source>New immersion</source>
        <translation>Nouvelle immersion</translation>
    </message>
    <message>
        <source>Choose a type</source>
        <translation>Choisissez un type</translation>
    </message>
    <message>
        <source>Type a name or a commune</source>
        <translation>Tapez un nom ou une commune</translation>
    </message>
    <message>
        <source>e.g. D1102</source>
        <translation>par ex. D1102</translation>
    </message>
    <message>
        <source>Choose an objective</source>
        <translation>Choisissez un objectif</translation>
    </message>
    <message>
        <source>Name and phone number</source>
        <translation>Nom et numéro de téléphone</translation>
    </message>
    <message>
        <source>Who signs the convention for the minor</source>
        <translation>Qui signe la convention pour le mineur</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Job label</source>
        <translation>Intitulé du métier</translation>
    </message>
    <message>
        <source>&amp;Type *:</source>
        <translation>&amp;Type * :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>T&amp;uteur :</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Prescripteur :</translation>
    </message>
    <message>
        <source>&amp;ROME code, job:</source>
        <translation>Code &amp;ROME, métier :</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>&amp;Start *:</source>
        <translation>&amp;Début * :</translation>
    </message>
    <message>
        <source>&amp;End *:</source>
        <translation>&amp;Fin * :</translation>
    </message>
    <message>
        <source>&amp;Hours per day:</source>
        <translation>&amp;Heures par jour :</translation>
    </message>
    <message>
        <source>&amp;Activities:</source>
        <translation>&amp;Activités :</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>Compéten&amp;ces :</translation>
    </message>
    <message>
        <source>&amp;Work conditions:</source>
        <translation>Conditions d’e&amp;xercice :</translation>
    </message>
    <message>
        <source>Risk pre&amp;vention:</source>
        <translation>Pré&amp;vention des risques :</translation>
    </message>
    <message>
        <source>E&amp;mergency contact:</source>
        <translation>Personne à prévenir en cas d’ur&amp;gence :</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>Représentant &amp;légal :</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Heures le %1</translation>
    </message>
    <message>
        <source>Choose the company first</source>
        <translation>Choisissez d’abord l’entreprise</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>Aucun tuteur pour l’instant</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tuteurs</translation>
    </message>
    <message>
        <source>Total: %1 h per week</source>
        <translation>Total : %1 h par semaine</translation>
    </message>
    <message>
        <source>Save the immersion</source>
        <translation>Enregistrer l’immersion</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Create the immersion</source>
        <translation>Créer l’immersion</translation>
    </message>
</context>
<context>
    <name>PlacementListModel</name>
    <message>
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
</context>
<context>
    <name>PlacementReminders</name>
    <message>
        <source>reading the immersions to follow up</source>
        <translation>la lecture des immersions à suivre</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>reading the young person's dossier</source>
        <translation>la lecture du dossier du jeune</translation>
    </message>
    <message>
        <source>The immersion's young person has no dossier.</source>
        <translation>Le jeune de cette immersion n’a pas de dossier.</translation>
    </message>
    <message>
        <source>reading the young person's immersions</source>
        <translation>la lecture des immersions du jeune</translation>
    </message>
    <message>
        <source>reading an immersion</source>
        <translation>la lecture d’une immersion</translation>
    </message>
    <message>
        <source>reading the immersions</source>
        <translation>la lecture des immersions</translation>
    </message>
    <message>
        <source>This immersion no longer exists.</source>
        <translation>Cette immersion n’existe plus.</translation>
    </message>
    <message>
        <source>reading the history of an immersion</source>
        <translation>la lecture de l’historique d’une immersion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>du %1 au %2 · %3</translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>The date of birth is needed: the limits on age and hours depend on it.</source>
        <translation>La date de naissance est nécessaire : les limites d’âge et d’horaires en dépendent.</translation>
    </message>
    <message>
        <source>Choose the type of immersion.</source>
        <translation>Choisissez le type d’immersion.</translation>
    </message>
    <message>
        <source>The immersion needs a start date.</source>
        <translation>L’immersion doit avoir une date de début.</translation>
    </message>
    <message>
        <source>The immersion needs an end date.</source>
        <translation>L’immersion doit avoir une date de fin.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>A PMSMP lasts at most %1 calendar days per convention; this one lasts %2 days.</source>
        <translation>Une PMSMP dure au plus %1 jours calendaires par convention ; celle-ci dure %2 jours.</translation>
    </message>
    <message numerus="yes">
        <source>The 3e observation stage lasts 5 working days, Monday to Friday, within one week; this period has %n working day(s).</source>
        <translation>
            <numerusform>Le stage d’observation de 3e dure 5 jours ouvrés, du lundi au vendredi, sur une semaine ; cette période compte %n jour ouvré.</numerusform>
            <numerusform>Le stage d’observation de 3e dure 5 jours ouvrés, du lundi au vendredi, sur une semaine ; cette période compte %n jours ouvrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PMSMP is open from the age of 16; on the start date this person is %n.</source>
        <translation>
            <numerusform>Une PMSMP est ouverte à partir de 16 ans ; à la date de début, cette personne a %n an.</numerusform>
            <numerusform>Une PMSMP est ouverte à partir de 16 ans ; à la date de début, cette personne a %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation>Les heures ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>At most %1 hours a week under 16; this schedule has %2.</source>
        <translation>Au plus %1 heures par semaine avant 16 ans ; cet horaire en compte %2.</translation>
    </message>
    <message>
        <source>At most %1 hours a week; this schedule has %2.</source>
        <translation>Au plus %1 heures par semaine ; cet horaire en compte %2.</translation>
    </message>
    <message>
        <source>At most 8 hours a day under 18.</source>
        <translation>Au plus 8 heures par jour avant 18 ans.</translation>
    </message>
    <message>
        <source>At most 10 hours a day.</source>
        <translation>Au plus 10 heures par jour.</translation>
    </message>
    <message>
        <source>This person already has an immersion from %1 to %2.</source>
        <translation>Cette personne a déjà une immersion du %1 au %2.</translation>
    </message>
</context>
<context>
    <name>PlacementWorkflow</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Prête à signer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Assessment done</source>
        <translation>Bilan fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <source>An immersion cannot go from “%1” to “%2”.</source>
        <translation>Une immersion ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>Say why the immersion is cancelled.</source>
        <translation>Indiquez pourquoi l’immersion est annulée.</translation>
    </message>
    <message>
        <source>Say why the immersion is refused.</source>
        <translation>Indiquez pourquoi l’immersion est refusée.</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>No immersion yet</source>
        <translation>Aucune immersion pour l’instant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Immersions</source>
        <translation>Immersions</translation>
    </message>
    <message>
        <source>Convention (PDF)…</source>
        <translation>Convention (PDF)…</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message numerus="yes">
        <source>%n immersion(s)</source>
        <translation>
            <numerusform>%n immersion</numerusform>
            <numerusform>%n immersions</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Entreprise : %1</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Tuteur : %1</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Métier : %1</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation>Dates : du %1 au %2</translation>
    </message>
    <message>
        <source>Hours per week: %1</source>
        <translation>Heures par semaine : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Why? This goes into the young person's file.</source>
        <translation>Pourquoi ? Cela figurera dans le dossier du jeune.</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statut inchangé</translation>
    </message>
    <message>
        <source>Convention not written</source>
        <translation>Convention non enregistrée</translation>
    </message>
    <message>
        <source>Convention %1.pdf</source>
        <translation>Convention %1.pdf</translation>
    </message>
    <message>
        <source>Convention (PDF)</source>
        <translation>Convention (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the immersion while its convention is not signed</source>
        <translation>Modifier l’immersion tant que sa convention n’est pas signée</translation>
    </message>
    <message>
        <source>Assessment…</source>
        <translation>Bilan…</translation>
    </message>
    <message>
        <source>Attendance, job offer, tutor feedback and skills assessed</source>
        <translation>Réalisation, offre d’emploi, retour du tuteur et compétences évaluées</translation>
    </message>
    <message>
        <source>Edit the immersion</source>
        <translation>Modifier l’immersion</translation>
    </message>
    <message>
        <source>The immersions of the young people you follow will be listed here. Create one from a young person's dossier, or here.</source>
        <translation>Les immersions des jeunes que vous suivez seront listées ici. Créez-en une depuis le dossier d’un ou une jeune, ou ici.</translation>
    </message>
    <message>
        <source>New immersion…</source>
        <translation>Nouvelle immersion…</translation>
    </message>
    <message>
        <source>&amp;Conventions</source>
        <translation>&amp;Conventions</translation>
    </message>
    <message>
        <source>&amp;Host companies</source>
        <translation>&amp;Entreprises d’accueil</translation>
    </message>
    <message>
        <source>Type of immersion</source>
        <translation>Type d’immersion</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>Start between</source>
        <translation>Début entre le</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Début à partir du</translation>
    </message>
    <message>
        <source>Start until</source>
        <translation>Début jusqu’au</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Choose the young person, then fill in the convention</source>
        <translation>Choisissez le ou la jeune, puis remplissez la convention</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Start a new convention from this one, with other dates</source>
        <translation>Commencer une nouvelle convention à partir de celle-ci, avec d’autres dates</translation>
    </message>
    <message>
        <source>Save the convention to sign as a PDF file</source>
        <translation>Enregistrer la convention à signer en PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the convention to sign</source>
        <translation>Imprimer la convention à signer</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <source>New immersion: for whom?</source>
        <translation>Nouvelle immersion : pour qui ?</translation>
    </message>
    <message numerus="yes">
        <source>Convention saved (%n page(s)): %1</source>
        <translation>
            <numerusform>Convention enregistrée (%n page) : %1</numerusform>
            <numerusform>Convention enregistrée (%n pages) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Convention not printed</source>
        <translation>Convention non imprimée</translation>
    </message>
    <message>
        <source>Convention %1</source>
        <translation>Convention %1</translation>
    </message>
    <message>
        <source>Print the convention</source>
        <translation>Imprimer la convention</translation>
    </message>
    <message>
        <source>Immersion not duplicated</source>
        <translation>Immersion non dupliquée</translation>
    </message>
    <message>
        <source>Career sheet</source>
        <translation>Fiche métier</translation>
    </message>
    <message>
        <source>Open the sheet of the target job in the Careers module</source>
        <translation>Ouvrir la fiche du métier visé dans le module Métiers</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Data to &amp;anonymise…</source>
        <translation>Données à &amp;anonymiser…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>User &amp;accounts…</source>
        <translation>&amp;Comptes utilisateurs…</translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message numerus="yes">
        <source>%n record(s) due for anonymisation. Run again with --apply to anonymise them (a backup is taken first).</source>
        <translation>
            <numerusform>%n enregistrement à anonymiser. Relancez avec --apply pour l’anonymiser (une sauvegarde est faite avant).</numerusform>
            <numerusform>%n enregistrements à anonymiser. Relancez avec --apply pour les anonymiser (une sauvegarde est faite avant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n dossier(s)</source>
        <translation>
            <numerusform>Anonymisé : %n dossier</numerusform>
            <numerusform>Anonymisés : %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dropout case(s).</source>
        <translation>
            <numerusform>, %n situation de décrochage.</numerusform>
            <numerusform>, %n situations de décrochage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy taken before still holds the names: %1</source>
        <translation>La copie faite avant contient encore les noms : %1</translation>
    </message>
    <message>
        <source>Say what to do: "privacy retention [--apply]" or "privacy access DOSSIER --out FOLDER".</source>
        <translation>Dites quoi faire : « privacy retention [--apply] » ou « privacy access DOSSIER --out DOSSIER_DE_SORTIE ».</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) older than the audit period removed.</source>
        <translation>
            <numerusform>%n entrée d’audit plus ancienne que la durée de conservation supprimée.</numerusform>
            <numerusform>%n entrées d’audit plus anciennes que la durée de conservation supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>privacy access needs --out FOLDER, where the PDF and the JSON file go.</source>
        <translation>privacy access a besoin de --out DOSSIER_DE_SORTIE, où vont le PDF et le fichier JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) and %1 access(es) written to:</source>
        <translation>
            <numerusform>%n enregistrement et %1 accès écrits dans :</numerusform>
            <numerusform>%n enregistrements et %1 accès écrits dans :</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export a besoin de --out FICHIER.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date : écrivez-la JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The period is not valid: --from must come before --to.</source>
        <translation>La période n’est pas valide : --from doit précéder --to.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entrée d’audit exportée dans %1.</numerusform>
            <numerusform>%n entrées d’audit exportées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>P&amp;lanned end:</source>
        <translation>Fin &amp;prévue :</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Fin réelle :</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau dispositif</translation>
    </message>
    <message>
        <source>Choose a programme</source>
        <translation>Choisissez un dispositif</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Dispositif :</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>E&amp;xit reason:</source>
        <translation>&amp;Motif de sortie :</translation>
    </message>
    <message>
        <source>Choose the reason (required)</source>
        <translation>Choisissez le motif (obligatoire)</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Choisissez le motif</translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation>Enregistrer le dispositif</translation>
    </message>
    <message>
        <source>Add the programme</source>
        <translation>Ajouter le dispositif</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>Choose the programme.</source>
        <translation>Choisissez le dispositif.</translation>
    </message>
    <message>
        <source>The programme needs a start date.</source>
        <translation>Le dispositif doit avoir une date de début.</translation>
    </message>
    <message>
        <source>The planned end comes before the start.</source>
        <translation>La fin prévue précède le début.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>A CEJ that ends needs its exit reason.</source>
        <translation>Un CEJ qui se termine doit avoir son motif de sortie.</translation>
    </message>
    <message>
        <source>Unknown exit reason for this programme.</source>
        <translation>Motif de sortie inconnu pour ce dispositif.</translation>
    </message>
    <message>
        <source>A %1 is already running for this young person: end it before starting another.</source>
        <translation>Un dispositif %1 est déjà en cours pour ce jeune : terminez-le avant d’en commencer un autre.</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>Ce dispositif n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Projector — %1</source>
        <translation>Projection — %1</translation>
    </message>
    <message>
        <source>→ next   ← previous   T theme   B blank   Esc leave</source>
        <translation>→ suivante   ← précédente   T thème   B écran noir   Échap quitter</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)%4</source>
        <translation>%1 (%2 × %3)%4</translation>
    </message>
    <message>
        <source>, this window's screen</source>
        <translation>, l’écran de cette fenêtre</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>Mode projection</translation>
    </message>
    <message>
        <source>Show the sheets on:</source>
        <translation>Afficher les fiches sur :</translation>
    </message>
    <message>
        <source>No sheet in this séance</source>
        <translation>Aucune fiche dans cette séance</translation>
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
    <name>RecordTitles</name>
    <message>
        <source>reading the records of a figure</source>
        <translation>lecture des fiches d’un chiffre</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonymisé)</translation>
    </message>
</context>
<context>
    <name>ReportCaseDialog</name>
    <message>
        <source>Report a young person</source>
        <translation>Signaler un jeune</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>11 characters, e.g. 123456789AB</source>
        <translation>11 caractères, par exemple 123456789AB</translation>
    </message>
    <message>
        <source>7 digits and a letter</source>
        <translation>7 chiffres et une lettre</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Who reported, and why. No health or family details.</source>
        <translation>Qui a signalé, et pourquoi. Aucun détail de santé ou de famille.</translation>
    </message>
    <message>
        <source>&amp;Last name*:</source>
        <translation>&amp;Nom* :</translation>
    </message>
    <message>
        <source>&amp;First name*:</source>
        <translation>&amp;Prénom* :</translation>
    </message>
    <message>
        <source>&amp;Birth date*:</source>
        <translation>Date de &amp;naissance* :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>&amp;INE:</source>
        <translation>&amp;INE :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;ourriel :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Last sc&amp;hool:</source>
        <translation>Dernier ét&amp;ablissement :</translation>
    </message>
    <message>
        <source>&amp;UAI:</source>
        <translation>&amp;UAI :</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Formation :</translation>
    </message>
    <message>
        <source>Left &amp;on:</source>
        <translation>Sorti·e l&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>Responsable lé&amp;gal :</translation>
    </message>
    <message>
        <source>Gua&amp;rdian's phone:</source>
        <translation>Téléphone du &amp;responsable :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Young person not reported</source>
        <translation>Jeune non signalé</translation>
    </message>
    <message>
        <source>This young person already has an open case: it is shown instead.</source>
        <translation>Ce ou cette jeune a déjà une situation ouverte : elle est affichée à la place.</translation>
    </message>
    <message>
        <source>Case not linked to the dossier</source>
        <translation>Situation non liée au dossier</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>"%1" is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date : écrivez-la JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The period is not valid: --from must come before --to.</source>
        <translation>La période n’est pas valide : --from doit précéder --to.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>Say which report: "report activity --year YEAR".</source>
        <translation>Précisez le rapport : « report activity --year ANNÉE ».</translation>
    </message>
    <message>
        <source>Give the year of the activity report with --year, e.g. --year 2025.</source>
        <translation>Donnez l’année du bilan d’activité avec --year, par exemple --year 2025.</translation>
    </message>
    <message>
        <source>The report is written as PDF or XLSX: end the file name with .pdf or .xlsx.</source>
        <translation>Le rapport s’écrit en PDF ou en XLSX : terminez le nom du fichier par .pdf ou .xlsx.</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>%1, all sites</source>
        <translation>%1, tous les sites</translation>
    </message>
    <message>
        <source>Period: from %1 to %2</source>
        <translation>Période : du %1 au %2</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Adviser: %1</source>
        <translation>Conseiller·ère : %1</translation>
    </message>
    <message>
        <source>all advisers</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Produced on %1 by Sillage.</source>
        <translation>Produit le %1 par Sillage.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Tableau de bord — %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>&amp;Anonymise them…</source>
        <translation>&amp;Les anonymiser…</translation>
    </message>
    <message>
        <source>Data to anonymise</source>
        <translation>Données à anonymiser</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> an</numerusform>
            <numerusform> ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legal default: %n year(s).</source>
        <translation>
            <numerusform>Durée légale par défaut : %n an.</numerusform>
            <numerusform>Durée légale par défaut : %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records due for anonymisation</source>
        <translation>Enregistrements à anonymiser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dossier or campaign</source>
        <translation>Dossier ou campagne</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Échu depuis le</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Nothing is due for anonymisation today.</source>
        <translation>Rien n’est à anonymiser aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) whose retention period is over. A double click opens one.</source>
        <translation>
            <numerusform>%n enregistrement dont la durée de conservation est échue. Un double-clic l’ouvre.</numerusform>
            <numerusform>%n enregistrements dont la durée de conservation est échue. Un double-clic en ouvre un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n dossier(s)</source>
        <translation>
            <numerusform>Anonymisé : %n dossier</numerusform>
            <numerusform>Anonymisés : %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dropout case(s).</source>
        <translation>
            <numerusform>, %n situation de décrochage.</numerusform>
            <numerusform>, %n situations de décrochage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy taken before still holds the names: %1</source>
        <translation>La copie faite avant contient encore les noms : %1</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n record(s) listed?</source>
        <translation>
            <numerusform>Anonymiser l’enregistrement listé ?</numerusform>
            <numerusform>Anonymiser les %n enregistrements listés ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their names, contacts, addresses, notes and free texts will be erased for good; the figures stay. A backup is taken first.</source>
        <translation>Leurs noms, coordonnées, adresses, notes et textes libres seront effacés définitivement ; les chiffres restent. Une sauvegarde est faite d’abord.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message numerus="yes">
        <source>no activity since %1, kept %n year(s)</source>
        <translation>
            <numerusform>sans activité depuis le %1, conservé %n an</numerusform>
            <numerusform>sans activité depuis le %1, conservé %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CEJ ended on %1, kept %n year(s)</source>
        <translation>
            <numerusform>CEJ terminé le %1, conservé %n an</numerusform>
            <numerusform>CEJ terminé le %1, conservé %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed or 18 years old on %1, kept %n year(s)</source>
        <translation>
            <numerusform>close ou 18 ans le %1, conservée %n an</numerusform>
            <numerusform>close ou 18 ans le %1, conservée %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>finding the dossiers due for anonymisation</source>
        <translation>recherche des dossiers à anonymiser</translation>
    </message>
    <message>
        <source>finding the dropout cases due for anonymisation</source>
        <translation>recherche des situations de décrochage à anonymiser</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>Dossier without activity</source>
        <translation>Dossier sans activité</translation>
    </message>
    <message>
        <source>Dossier of a CEJ</source>
        <translation>Dossier d’un CEJ</translation>
    </message>
    <message>
        <source>Closed dropout case</source>
        <translation>Situation de décrochage close</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>A dossier with no journal entry, programme, situation, appointment, immersion or change for this long, and no programme running, is proposed for anonymisation: the follow-up has ended, and personal data may be kept only as long as the purpose needs it (RGPD, article 5).</source>
        <translation>Un dossier sans entrée de journal, dispositif, situation, rendez-vous, immersion ni modification depuis cette durée, et sans dispositif en cours, est proposé à l’anonymisation : l’accompagnement est terminé, et les données personnelles ne se conservent que le temps nécessaire à leur finalité (RGPD, article 5).</translation>
    </message>
    <message>
        <source>The State may check a contrat d'engagement jeune and its allowance for ten years after it ends: the dossier is kept that long, even without activity.</source>
        <translation>L’État peut contrôler un contrat d’engagement jeune et son allocation pendant dix ans après sa fin : le dossier est conservé ce temps-là, même sans activité.</translation>
    </message>
    <message>
        <source>A dropout case is kept one year after it closes, or after the young person's 18th birthday when that comes later, the time for the platform to follow up the solution found.</source>
        <translation>Une situation de décrochage est conservée un an après sa clôture, ou après les 18 ans du jeune si cette date est plus tardive, le temps pour la plateforme de suivre la solution trouvée.</translation>
    </message>
    <message>
        <source>The log of who viewed, changed, exported or anonymised what is kept one year, long enough to answer a question about an access, then purged.</source>
        <translation>Le journal de qui a consulté, modifié, exporté ou anonymisé quoi est conservé un an, le temps de répondre à une question sur un accès, puis purgé.</translation>
    </message>
    <message>
        <source>A retention period lasts from %1 to %2 years.</source>
        <translation>Une durée de conservation va de %1 à %2 ans.</translation>
    </message>
</context>
<context>
    <name>RomeImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Download the ROME files again: this one seems damaged.</source>
        <translation>Téléchargez à nouveau les fichiers du ROME : celui-ci semble abîmé.</translation>
    </message>
    <message>
        <source>%1: the column “%2” is missing.</source>
        <translation>%1 : la colonne « %2 » manque.</translation>
    </message>
    <message>
        <source>Check that the file comes from the ROME open data, unchanged.</source>
        <translation>Vérifiez que le fichier vient des données ouvertes du ROME, sans modification.</translation>
    </message>
    <message>
        <source>%1 is not in UTF-8 although its name says so: it was read as Windows-1252 (ISO-8859-15).</source>
        <translation>%1 n’est pas en UTF-8 bien que son nom l’indique : il a été lu en Windows-1252 (ISO-8859-15).</translation>
    </message>
    <message>
        <source>%1, line %2: the column “%3” is empty; the line is probably cut short.</source>
        <translation>%1, ligne %2 : la colonne « %3 » est vide ; la ligne est sans doute tronquée.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a ROME code.</source>
        <translation>%1, ligne %2 : « %3 » n’est pas un code ROME.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>No ROME file in “%1”.</source>
        <translation>Aucun fichier du ROME dans « %1 ».</translation>
    </message>
    <message>
        <source>The files are named like unix_referentiel_code_rome_v460_utf8.csv.</source>
        <translation>Les fichiers sont nommés comme unix_referentiel_code_rome_v460_utf8.csv.</translation>
    </message>
    <message>
        <source>The folder “%1” mixes files of different ROME versions: %2.</source>
        <translation>Le dossier « %1 » mélange des fichiers de plusieurs versions du ROME : %2.</translation>
    </message>
    <message>
        <source>Keep the files of one version only in the folder.</source>
        <translation>Ne gardez dans le dossier que les fichiers d’une seule version.</translation>
    </message>
    <message>
        <source>The file unix_%1_v%2_utf8.csv is missing from “%3”: it is required.</source>
        <translation>Le fichier unix_%1_v%2_utf8.csv manque dans « %3 » : il est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) about unknown codes were left out.</source>
        <translation>
            <numerusform>%1 : %n ligne portant sur un code inconnu a été ignorée.</numerusform>
            <numerusform>%1 : %n lignes portant sur des codes inconnus ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RomeReferentialStore</name>
    <message>
        <source>reading the ROME version</source>
        <translation>la lecture de la version du ROME</translation>
    </message>
    <message>
        <source>reading the ROME sheets</source>
        <translation>la lecture des fiches du ROME</translation>
    </message>
    <message>
        <source>recording the ROME version</source>
        <translation>l’enregistrement de la version du ROME</translation>
    </message>
    <message>
        <source>replacing the ROME referential</source>
        <translation>le remplacement du référentiel ROME</translation>
    </message>
    <message>
        <source>writing the ROME sheet %1</source>
        <translation>l’écriture de la fiche ROME %1</translation>
    </message>
</context>
<context>
    <name>SeanceRepository</name>
    <message>
        <source>A séance needs a name.</source>
        <translation>Une séance doit avoir un nom.</translation>
    </message>
    <message>
        <source>reading a séance</source>
        <translation>la lecture d’une séance</translation>
    </message>
    <message>
        <source>This séance no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
    <message>
        <source>reading the séances</source>
        <translation>la lecture des séances</translation>
    </message>
</context>
<context>
    <name>SeancesPanel</name>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>New séance…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sheets are shown in this order. Drag them, or use the buttons, to change it.</source>
        <translation>Les fiches sont montrées dans cet ordre. Faites-les glisser, ou utilisez les boutons, pour le changer.</translation>
    </message>
    <message>
        <source>Sheets of the séance</source>
        <translation>Fiches de la séance</translation>
    </message>
    <message>
        <source>Add the current sheet</source>
        <translation>Ajouter la fiche affichée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove from the séance</source>
        <translation>Retirer de la séance</translation>
    </message>
    <message>
        <source>Start projector mode</source>
        <translation>Lancer le mode projection</translation>
    </message>
    <message>
        <source>Adds %1 at the end of the séance</source>
        <translation>Ajoute %1 à la fin de la séance</translation>
    </message>
    <message>
        <source>Séance not created</source>
        <translation>Séance non créée</translation>
    </message>
    <message>
        <source>Sheet not added</source>
        <translation>Fiche non ajoutée</translation>
    </message>
    <message>
        <source>No séance yet: create one for your next workshop.</source>
        <translation>Aucune séance pour l’instant : créez-en une pour votre prochain atelier.</translation>
    </message>
    <message>
        <source>Sheet removed (%1)</source>
        <translation>Fiche supprimée (%1)</translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation>Ordre non enregistré</translation>
    </message>
    <message>
        <source>New séance</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Name of the séance:</source>
        <translation>Nom de la séance :</translation>
    </message>
    <message>
        <source>Rename the séance</source>
        <translation>Renommer la séance</translation>
    </message>
    <message>
        <source>Séance not renamed</source>
        <translation>Séance non renommée</translation>
    </message>
    <message>
        <source>Delete the séance</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete the séance %1? The sheets themselves stay.</source>
        <translation>Supprimer la séance %1 ? Les fiches elles-mêmes restent.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Séance not deleted</source>
        <translation>Séance non supprimée</translation>
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
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
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
    <name>SessionGuard</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Hide everything until the password is typed again (Ctrl+L)</source>
        <translation>Tout masquer jusqu’à ce que le mot de passe soit tapé à nouveau (Ctrl+L)</translation>
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
    <name>SiretValidator</name>
    <message>
        <source>Enter the SIRET: 14 digits.</source>
        <translation>Saisissez le SIRET : 14 chiffres.</translation>
    </message>
    <message>
        <source>A SIRET contains only digits (spaces and dots are allowed between them).</source>
        <translation>Un SIRET ne contient que des chiffres (les espaces et les points sont permis entre eux).</translation>
    </message>
    <message numerus="yes">
        <source>A SIRET has 14 digits; this one has %n.</source>
        <translation>
            <numerusform>Un SIRET a 14 chiffres ; celui-ci en a %n.</numerusform>
            <numerusform>Un SIRET a 14 chiffres ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This SIRET does not exist: its check digit is wrong. Check for a typing mistake.</source>
        <translation>Ce SIRET n’existe pas : sa clé de contrôle est fausse. Vérifiez la saisie.</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <source>E&amp;nded on:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>Nouvelle situation</translation>
    </message>
    <message>
        <source>Choose a situation</source>
        <translation>Choisissez une situation</translation>
    </message>
    <message>
        <source>e.g. CAP cuisine at the CFA of Caen</source>
        <translation>par ex. CAP cuisine au CFA de Caen</translation>
    </message>
    <message>
        <source>Si&amp;tuation:</source>
        <translation>&amp;Situation :</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>St&amp;arted on:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Précisions :</translation>
    </message>
    <message>
        <source>Save the situation</source>
        <translation>Enregistrer la situation</translation>
    </message>
    <message>
        <source>Add the situation</source>
        <translation>Ajouter la situation</translation>
    </message>
</context>
<context>
    <name>SituationRepository</name>
    <message>
        <source>Choose the situation.</source>
        <translation>Choisissez la situation.</translation>
    </message>
    <message>
        <source>Say whether the situation is planned, ongoing or ended.</source>
        <translation>Indiquez si la situation est prévue, en cours ou terminée.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
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
    <message>
        <source>The disk refused the write: it may be full, removed or failing. Nothing was changed; free some space or check the disk, then try again.</source>
        <translation>Le disque a refusé l’écriture : il est peut-être plein, retiré ou défaillant. Rien n’a été modifié ; libérez de la place ou vérifiez le disque, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>The period is not valid: its start must come before its end.</source>
        <translation>La période n’est pas valide : son début doit précéder sa fin.</translation>
    </message>
    <message>
        <source>computing the figures</source>
        <translation>calcul des chiffres</translation>
    </message>
    <message>
        <source>listing the records of a figure</source>
        <translation>liste des fiches d’un chiffre</translation>
    </message>
    <message>
        <source>reading the filters of the figures</source>
        <translation>lecture des filtres des chiffres</translation>
    </message>
</context>
<context>
    <name>TabularExport</name>
    <message>
        <source>Unknown export format “%1”: use csv, xlsx or json.</source>
        <translation>Format d’export inconnu « %1 » : utilisez csv, xlsx ou json.</translation>
    </message>
    <message>
        <source>The file name “%1” does not end in .csv, .xlsx or .json.</source>
        <translation>Le nom de fichier « %1 » ne se termine pas par .csv, .xlsx ou .json.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Format d’export inconnu.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Open it in your spreadsheet and save it as “CSV UTF-8” or “CSV (séparateur : point-virgule)”.</source>
        <translation>Ouvrez-le dans votre tableur et enregistrez-le au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».</translation>
    </message>
    <message>
        <source>The file is encoded in UTF-16, which cannot be imported.</source>
        <translation>Le fichier est encodé en UTF-16, qui ne peut pas être importé.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook (such as .xlsx), not a CSV file.</source>
        <translation>Le fichier est un classeur de tableur (comme .xlsx), pas un fichier CSV.</translation>
    </message>
    <message>
        <source>The file contains binary data (a NUL byte at position %1): it is not a text file.</source>
        <translation>Le fichier contient des données binaires (un octet NUL à la position %1) : ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>The file is UTF-8 but is damaged or cut short: some bytes are not valid UTF-8.</source>
        <translation>Le fichier est en UTF-8 mais il est endommagé ou tronqué : certains octets ne sont pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>Check that the file was copied completely, or save it again from your spreadsheet.</source>
        <translation>Vérifiez que le fichier a été copié en entier, ou enregistrez-le à nouveau depuis votre tableur.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Dossier %1 opened</source>
        <translation>Ouverture du dossier %1</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Start of %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Followed by %1</source>
        <translation>Suivi par %1</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>en remplacement de %1</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Action réalisée</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Full path</source>
        <translation>Parcours complet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>TodoList</name>
    <message>
        <source>Today's appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Late actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message numerus="yes">
        <source>Dropout cases without a contact attempt for %n day(s)</source>
        <translation>
            <numerusform>Situations de décrochage sans tentative de contact depuis %n jour</numerusform>
            <numerusform>Situations de décrochage sans tentative de contact depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the things to do</source>
        <translation>lecture des choses à faire</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Immersions starting this week</source>
        <translation>Immersions qui commencent cette semaine</translation>
    </message>
    <message>
        <source>Immersions ending this week</source>
        <translation>Immersions qui se terminent cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>Assessments overdue, ended more than %n day(s) ago</source>
        <translation>
            <numerusform>Bilans en retard, immersions terminées depuis plus de %n jour</numerusform>
            <numerusform>Bilans en retard, immersions terminées depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>company not chosen</source>
        <translation>entreprise non choisie</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>CEJ ending within %n day(s)</source>
        <translation>
            <numerusform>CEJ se terminant dans %n jour</numerusform>
            <numerusform>CEJ se terminant dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>fin le %1</translation>
    </message>
    <message>
        <source>Proposed for anonymisation</source>
        <translation>Proposés à l’anonymisation</translation>
    </message>
</context>
<context>
    <name>TutorDialog</name>
    <message>
        <source>Tutor</source>
        <translation>Tuteur ou tutrice</translation>
    </message>
    <message>
        <source>New tutor</source>
        <translation>Nouveau tuteur</translation>
    </message>
    <message>
        <source>e.g. Head baker, store manager</source>
        <translation>par exemple chef boulanger, responsable de magasin</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Nom * :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;onction :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Save the tutor</source>
        <translation>Enregistrer le tuteur</translation>
    </message>
</context>
<context>
    <name>TutorRepository</name>
    <message>
        <source>Enter the tutor's last name.</source>
        <translation>Saisissez le nom du tuteur.</translation>
    </message>
    <message>
        <source>"%1" is not a French phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone français.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse de courriel.</translation>
    </message>
    <message>
        <source>reading a company</source>
        <translation>la lecture d’une entreprise</translation>
    </message>
    <message>
        <source>The company of this tutor is no longer in the directory.</source>
        <translation>L’entreprise de ce tuteur n’est plus dans l’annuaire.</translation>
    </message>
    <message>
        <source>looking for the immersions of a tutor</source>
        <translation>la recherche des immersions d’un tuteur</translation>
    </message>
    <message numerus="yes">
        <source>This tutor is named in %n immersion(s) and cannot be removed.</source>
        <translation>
            <numerusform>Ce tuteur figure dans %n immersion et ne peut pas être supprimé.</numerusform>
            <numerusform>Ce tuteur figure dans %n immersions et ne peut pas être supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the tutors of a company</source>
        <translation>la lecture des tuteurs d’une entreprise</translation>
    </message>
    <message>
        <source>This field is longer than %1 characters.</source>
        <translation>Ce champ dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>UaiValidator</name>
    <message>
        <source>The UAI "%1" should be 7 digits and a letter.</source>
        <translation>L’UAI « %1 » doit compter 7 chiffres et une lettre.</translation>
    </message>
    <message>
        <source>The UAI "%1" has a wrong key letter: check the code (%2 would be %3).</source>
        <translation>L’UAI « %1 » a une mauvaise lettre clé : vérifiez le code (%2 donnerait %3).</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>reading the user accounts</source>
        <translation>lecture des comptes utilisateurs</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un compte a besoin d’un nom.</translation>
    </message>
    <message>
        <source>An account named « %1 » already exists.</source>
        <translation>Un compte nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>creating an account</source>
        <translation>création d’un compte</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>changement d’un mot de passe</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>changement d’un rôle</translation>
    </message>
    <message>
        <source>changing an account</source>
        <translation>modification d’un compte</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Le nom ou le mot de passe est faux.</translation>
    </message>
    <message>
        <source>Check the name and the keyboard (caps lock), then try again.</source>
        <translation>Vérifiez le nom et le clavier (verrouillage des majuscules), puis réessayez.</translation>
    </message>
    <message>
        <source>This database asks for a name and a password.</source>
        <translation>Cette base demande un nom et un mot de passe.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
        <source>No account is named « %1 ».</source>
        <translation>Aucun compte ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Sillage needs at least one active administrator.</source>
        <translation>Sillage a besoin d’au moins un administrateur ou une administratrice actif·ve.</translation>
    </message>
    <message>
        <source>Make another account administrator first.</source>
        <translation>Faites d’abord d’un autre compte un administrateur.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
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
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Below level 3 / no diploma</source>
        <translation>Infra 3 / sans diplôme</translation>
    </message>
    <message>
        <source>Level 3 (CAP, BEP)</source>
        <translation>Niveau 3 (CAP, BEP)</translation>
    </message>
    <message>
        <source>Level 4 (baccalauréat)</source>
        <translation>Niveau 4 (baccalauréat)</translation>
    </message>
    <message>
        <source>Level 5 (bac + 2)</source>
        <translation>Niveau 5 (bac + 2)</translation>
    </message>
    <message>
        <source>Level 6 (bac + 3, licence)</source>
        <translation>Niveau 6 (bac + 3, licence)</translation>
    </message>
    <message>
        <source>Level 7 (bac + 5, master)</source>
        <translation>Niveau 7 (bac + 5, master)</translation>
    </message>
    <message>
        <source>Level 8 (doctorate)</source>
        <translation>Niveau 8 (doctorat)</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>CEJ (contrat d'engagement jeune)</source>
        <translation>CEJ (contrat d’engagement jeune)</translation>
    </message>
    <message>
        <source>PACEA</source>
        <translation>PACEA</translation>
    </message>
    <message>
        <source>Garantie jeunes (former)</source>
        <translation>Garantie jeunes (ancien dispositif)</translation>
    </message>
    <message>
        <source>AIJ</source>
        <translation>AIJ</translation>
    </message>
    <message>
        <source>Other programme</source>
        <translation>Autre dispositif</translation>
    </message>
    <message>
        <source>Lasting job (&gt; 6 months)</source>
        <translation>Emploi durable (&gt; 6 mois)</translation>
    </message>
    <message>
        <source>Short job</source>
        <translation>Emploi court</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Contract reached its term</source>
        <translation>Contrat arrivé à échéance</translation>
    </message>
    <message>
        <source>Age limit reached</source>
        <translation>Limite d’âge atteinte</translation>
    </message>
    <message>
        <source>At the young person's request</source>
        <translation>Demande du jeune</translation>
    </message>
    <message>
        <source>Commitments not kept / dropped out</source>
        <translation>Non-respect des engagements / abandon</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Change of support</source>
        <translation>Changement d’accompagnement</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Reached its term</source>
        <translation>Arrivé à échéance</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Scolarité</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Work-study</source>
        <translation>Alternance</translation>
    </message>
    <message>
        <source>Immersion / PMSMP</source>
        <translation>Immersion / PMSMP</translation>
    </message>
    <message>
        <source>Civic service / volunteering</source>
        <translation>Service civique / volontariat</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Demandeur d’emploi</translation>
    </message>
    <message>
        <source>No situation</source>
        <translation>Sans situation</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Individual interview</source>
        <translation>Entretien individuel</translation>
    </message>
    <message>
        <source>Partner interview</source>
        <translation>Entretien partenaire</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Group information session</source>
        <translation>Information collective</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Présentiel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <source>Culture, sport, leisure</source>
        <translation>Culture-sport-loisirs</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Honoré</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Non honoré</translation>
    </message>
    <message>
        <source>Job found</source>
        <translation>Emploi trouvé</translation>
    </message>
    <message>
        <source>No longer in contact</source>
        <translation>Plus de contact</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>PMSMP</source>
        <translation>PMSMP</translation>
    </message>
    <message>
        <source>Year-10 observation internship</source>
        <translation>Stage d’observation de 3e</translation>
    </message>
    <message>
        <source>Year-11 internship</source>
        <translation>Stage de seconde</translation>
    </message>
    <message>
        <source>Mini-internship</source>
        <translation>Mini-stage</translation>
    </message>
    <message>
        <source>Discover a job or a sector</source>
        <translation>Découvrir un métier ou un secteur</translation>
    </message>
    <message>
        <source>Confirm a career plan</source>
        <translation>Confirmer un projet professionnel</translation>
    </message>
    <message>
        <source>Start a recruitment</source>
        <translation>Initier une démarche de recrutement</translation>
    </message>
    <message>
        <source>Completed in full</source>
        <translation>Réalisée entièrement</translation>
    </message>
    <message>
        <source>Completed in part</source>
        <translation>Réalisée partiellement</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Non présenté(e)</translation>
    </message>
    <message>
        <source>CDI (permanent)</source>
        <translation>CDI</translation>
    </message>
    <message>
        <source>CDD of 6 months or more</source>
        <translation>CDD de 6 mois ou plus</translation>
    </message>
    <message>
        <source>CDD of less than 6 months</source>
        <translation>CDD de moins de 6 mois</translation>
    </message>
    <message>
        <source>Work-study contract</source>
        <translation>Alternance</translation>
    </message>
    <message>
        <source>Subsidised contract</source>
        <translation>Contrat aidé</translation>
    </message>
    <message>
        <source>Integration contract</source>
        <translation>Contrat d’insertion</translation>
    </message>
    <message>
        <source>Agriculture and fishing, natural and green spaces, animal care</source>
        <translation>Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux</translation>
    </message>
    <message>
        <source>Arts and crafts</source>
        <translation>Arts et façonnage d’ouvrages d’art</translation>
    </message>
    <message>
        <source>Banking, insurance, real estate</source>
        <translation>Banque, assurance, immobilier</translation>
    </message>
    <message>
        <source>Trade, sales and retail</source>
        <translation>Commerce, vente et grande distribution</translation>
    </message>
    <message>
        <source>Communication, media and multimedia</source>
        <translation>Communication, média et multimédia</translation>
    </message>
    <message>
        <source>Construction, building and public works</source>
        <translation>Construction, bâtiment et travaux publics</translation>
    </message>
    <message>
        <source>Hotels and catering, tourism, leisure and entertainment</source>
        <translation>Hôtellerie-restauration, tourisme, loisirs et animation</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Installation and maintenance</source>
        <translation>Installation et maintenance</translation>
    </message>
    <message>
        <source>Personal and community services</source>
        <translation>Services à la personne et à la collectivité</translation>
    </message>
    <message>
        <source>Performing arts</source>
        <translation>Spectacle</translation>
    </message>
    <message>
        <source>Business support</source>
        <translation>Support à l’entreprise</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport et logistique</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>Contact attempted</source>
        <translation>Tentative de contact</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Appointment set</source>
        <translation>Rendez-vous fixé</translation>
    </message>
    <message>
        <source>Being taken on</source>
        <translation>En cours de prise en charge</translation>
    </message>
    <message>
        <source>Solution found</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Wrong number or address</source>
        <translation>Numéro ou adresse erronés</translation>
    </message>
    <message>
        <source>Young person reached</source>
        <translation>Jeune joint</translation>
    </message>
    <message>
        <source>Legal guardian reached</source>
        <translation>Responsable légal joint</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>Back to school</source>
        <translation>Retour en formation initiale</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Civic service</source>
        <translation>Service civique</translation>
    </message>
    <message>
        <source>Mission locale support / CEJ</source>
        <translation>Accompagnement Mission locale / CEJ</translation>
    </message>
    <message>
        <source>Other solution</source>
        <translation>Autre solution</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Moved / out of the area</source>
        <translation>Déménagé / hors territoire</translation>
    </message>
    <message>
        <source>Already in a solution</source>
        <translation>Déjà en solution</translation>
    </message>
    <message>
        <source>Exempted (health)</source>
        <translation>Exempté (santé)</translation>
    </message>
    <message>
        <source>Out of scope (18 or diploma)</source>
        <translation>Sorti du périmètre (18 ans ou diplôme)</translation>
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
        <translation>Co&amp;de du site :</translation>
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
    <name>XlsxWriter</name>
    <message>
        <source>The spreadsheet cannot be written: %1</source>
        <translation>Le classeur ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>Vérifiez que le dossier existe, que vous avez le droit d’y écrire et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The table “%1” has %2 rows and %3 columns, more than a spreadsheet holds.</source>
        <translation>Le tableau « %1 » a %2 lignes et %3 colonnes, plus que ce que peut contenir un classeur.</translation>
    </message>
    <message>
        <source>Export it as CSV or JSON instead.</source>
        <translation>Exportez-le plutôt en CSV ou en JSON.</translation>
    </message>
    <message>
        <source>The value in row %1 of column “%2” is longer than %3 characters, the most a spreadsheet cell holds.</source>
        <translation>La valeur de la ligne %1 de la colonne « %2 » dépasse %3 caractères, le maximum que peut contenir une cellule de tableur.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Feuille %1</translation>
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