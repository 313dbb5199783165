<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccessControl</name>
    <message>
        <source>Your role (%1) does not allow %2.</source>
        <translation>Your role (%1) does not allow %2.</translation>
    </message>
    <message>
        <source>Ask an administrator of Sillage.</source>
        <translation>Ask an administrator of Sillage.</translation>
    </message>
    <message>
        <source>Ask a coordinator or an administrator of Sillage.</source>
        <translation>Ask a coordinator or an administrator of Sillage.</translation>
    </message>
    <message>
        <source>importing the lists of a dropout campaign</source>
        <translation>importing the lists of a dropout campaign</translation>
    </message>
    <message>
        <source>exporting the whole base</source>
        <translation>exporting the whole base</translation>
    </message>
    <message>
        <source>anonymising the records the retention rules propose</source>
        <translation>anonymising the records the retention rules propose</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>managing the user accounts</source>
        <translation>managing the user accounts</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>exporting everything held about a person</source>
        <translation>exporting everything held about a person</translation>
    </message>
</context>
<context>
    <name>AccessReport</name>
    <message>
        <source>reading what is held about the person</source>
        <translation>reading what is held about the person</translation>
    </message>
    <message>
        <source>reading the accesses to the dossier</source>
        <translation>reading the accesses to the dossier</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Data held about %1</translation>
    </message>
    <message>
        <source>Extracted on %1 by %2 (site %3) in answer to a request for access (article 15 of the GDPR). This document holds everything Sillage keeps about this person: the dossier and every record of every module attached to it, private notes included, then the list of accesses to these records.</source>
        <translation>Extracted on %1 by %2 (site %3) in answer to a request for access (article 15 of the GDPR). This document holds everything Sillage keeps about this person: the dossier and every record of every module attached to it, private notes included, then the list of accesses to these records.</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>Exchange conflicts</translation>
    </message>
    <message>
        <source>Two versions of a record changed on two sites; both are kept until an adviser chooses. The full versions are in the JSON file.</source>
        <translation>Two versions of a record changed on two sites; both are kept until an adviser chooses. The full versions are in the JSON file.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Other site</source>
        <translation>Other site</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Detected on</translation>
    </message>
    <message>
        <source>Accesses to these records</source>
        <translation>Accesses to these records</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message>
        <source>right-of-access</source>
        <translation>right-of-access</translation>
    </message>
    <message>
        <source>Right of access – dossier %1</source>
        <translation>Right of access – dossier %1</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message numerus="yes">
        <source>The person signs in with this name and this first password, then changes it in File → My password. At least %n character(s).</source>
        <translation>
            <numerusform>The person signs in with this name and this first password, then changes it in File → My password. At least %n character.</numerusform>
            <numerusform>The person signs in with this name and this first password, then changes it in File → My password. At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Give %1 this password by word of mouth, not by e-mail; they change it in File → My password.</source>
        <translation>Give %1 this password by word of mouth, not by e-mail; they change it in File → My password.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>&amp;Role…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>An adviser follows young people. A coordinator also imports the dropout lists, exports the whole base, applies the retention rules and reads the audit log. An administrator also manages the accounts.</source>
        <translation>An adviser follows young people. A coordinator also imports the dropout lists, exports the whole base, applies the retention rules and reads the audit log. An administrator also manages the accounts.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>A disabled account can no longer sign in; its name stays in the dossiers and the audit log.</source>
        <translation>A disabled account can no longer sign in; its name stays in the dossiers and the audit log.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation>Choose a theme</translation>
    </message>
    <message>
        <source>e.g. Update the CV</source>
        <translation>e.g. Update the CV</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Save the action</source>
        <translation>Save the action</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Add the action</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>Choose the theme of the action.</source>
        <translation>Choose the theme of the action.</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>Say what the action is.</translation>
    </message>
    <message>
        <source>Unknown status for an action.</source>
        <translation>Unknown status for an action.</translation>
    </message>
    <message>
        <source>reading late actions</source>
        <translation>reading late actions</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Actions and objectives</source>
        <translation>Actions and objectives</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Add an action…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>No action yet. Agree on the next steps with the young person and add them with “Add an action…”, with a due date to be reminded of them.</source>
        <translation>No action yet. Agree on the next steps with the young person and add them with “Add an action…”, with a due date to be reminded of them.</translation>
    </message>
    <message>
        <source>Late (%1)</source>
        <translation>Late (%1)</translation>
    </message>
    <message>
        <source>Mark an action done</source>
        <translation>Mark an action done</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Delete an action</translation>
    </message>
    <message>
        <source>Delete the action “%1”?</source>
        <translation>Delete the action “%1”?</translation>
    </message>
</context>
<context>
    <name>ActivityIndicators</name>
    <message>
        <source>Young people followed in the period: dossiers with a journal entry dated in the period or a programme running during some part of it, deleted dossiers aside.</source>
        <translation>Young people followed in the period: dossiers with a journal entry dated in the period or a programme running during some part of it, deleted dossiers aside.</translation>
    </message>
    <message>
        <source>Young people followed, by sex</source>
        <translation>Young people followed, by sex</translation>
    </message>
    <message>
        <source>Young people followed, by age</source>
        <translation>Young people followed, by age</translation>
    </message>
    <message>
        <source>Age in whole years on the last day of the period.</source>
        <translation>Age in whole years on the last day of the period.</translation>
    </message>
    <message>
        <source>Under 16</source>
        <translation>Under 16</translation>
    </message>
    <message>
        <source>16–17 years</source>
        <translation>16–17 years</translation>
    </message>
    <message>
        <source>18–21 years</source>
        <translation>18–21 years</translation>
    </message>
    <message>
        <source>22–25 years</source>
        <translation>22–25 years</translation>
    </message>
    <message>
        <source>26 years and over</source>
        <translation>26 years and over</translation>
    </message>
    <message>
        <source>Birth date not given</source>
        <translation>Birth date not given</translation>
    </message>
    <message>
        <source>Young people followed, by level of education</source>
        <translation>Young people followed, by level of education</translation>
    </message>
    <message>
        <source>Level as recorded in the dossier today (nomenclature 2019).</source>
        <translation>Level as recorded in the dossier today (nomenclature 2019).</translation>
    </message>
    <message>
        <source>Level not given</source>
        <translation>Level not given</translation>
    </message>
    <message>
        <source>Young people followed from priority publics</source>
        <translation>Young people followed from priority publics</translation>
    </message>
    <message>
        <source>Among them: minors on the last day of the period, residents of a QPV or a ZRR, holders of an RQTH. One young person can count in several lines.</source>
        <translation>Among them: minors on the last day of the period, residents of a QPV or a ZRR, holders of an RQTH. One young person can count in several lines.</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <source>Living in a QPV</source>
        <translation>Living in a QPV</translation>
    </message>
    <message>
        <source>Living in a ZRR</source>
        <translation>Living in a ZRR</translation>
    </message>
    <message>
        <source>With an RQTH</source>
        <translation>With an RQTH</translation>
    </message>
    <message>
        <source>First welcomes, by sex</source>
        <translation>First welcomes, by sex</translation>
    </message>
    <message>
        <source>Young people whose dossier was opened in the period (local date of the site), deleted dossiers aside.</source>
        <translation>Young people whose dossier was opened in the period (local date of the site), deleted dossiers aside.</translation>
    </message>
    <message>
        <source>Journal events by type</source>
        <translation>Journal events by type</translation>
    </message>
    <message>
        <source>Entries of the dossiers' journals dated in the period, by type; entries of deleted dossiers aside. The adviser is the entry's author.</source>
        <translation>Entries of the dossiers' journals dated in the period, by type; entries of deleted dossiers aside. The adviser is the entry's author.</translation>
    </message>
    <message>
        <source>Entries into a programme</source>
        <translation>Entries into a programme</translation>
    </message>
    <message>
        <source>Programmes (CEJ, PACEA…) that started in the period, by programme. A young person who entered twice counts twice.</source>
        <translation>Programmes (CEJ, PACEA…) that started in the period, by programme. A young person who entered twice counts twice.</translation>
    </message>
    <message>
        <source>Exits from a programme, by reason</source>
        <translation>Exits from a programme, by reason</translation>
    </message>
    <message>
        <source>Programmes that ended in the period (actual end date), by programme and exit reason.</source>
        <translation>Programmes that ended in the period (actual end date), by programme and exit reason.</translation>
    </message>
    <message>
        <source>Reason not given</source>
        <translation>Reason not given</translation>
    </message>
    <message>
        <source>Situations started</source>
        <translation>Situations started</translation>
    </message>
    <message>
        <source>Situations (job, training, work-study…) of the dossiers that started in the period and are ongoing or ended, planned ones aside.</source>
        <translation>Situations (job, training, work-study…) of the dossiers that started in the period and are ongoing or ended, planned ones aside.</translation>
    </message>
    <message>
        <source>Immersions started, by type</source>
        <translation>Immersions started, by type</translation>
    </message>
    <message>
        <source>Immersions starting in the period that were signed (signed, ongoing, ended or assessed), by type of convention. The adviser is the prescriber.</source>
        <translation>Immersions starting in the period that were signed (signed, ongoing, ended or assessed), by type of convention. The adviser is the prescriber.</translation>
    </message>
</context>
<context>
    <name>ActivityReport</name>
    <message>
        <source>Young people followed</source>
        <translation>Young people followed</translation>
    </message>
    <message>
        <source>First welcomes</source>
        <translation>First welcomes</translation>
    </message>
    <message>
        <source>Individual interviews</source>
        <translation>Individual interviews</translation>
    </message>
    <message>
        <source>Entries into a CEJ</source>
        <translation>Entries into a CEJ</translation>
    </message>
    <message>
        <source>Entries into a PACEA</source>
        <translation>Entries into a PACEA</translation>
    </message>
    <message>
        <source>Situations started in a job or in work-study</source>
        <translation>Situations started in a job or in work-study</translation>
    </message>
    <message>
        <source>Situations started in training</source>
        <translation>Situations started in training</translation>
    </message>
    <message>
        <source>Immersions started</source>
        <translation>Immersions started</translation>
    </message>
    <message>
        <source>Dropout cases received</source>
        <translation>Dropout cases received</translation>
    </message>
    <message>
        <source>Dropout cases that reached a solution</source>
        <translation>Dropout cases that reached a solution</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 is not a year.</translation>
    </message>
    <message>
        <source>Activity report %1</source>
        <translation>Activity report %1</translation>
    </message>
    <message>
        <source>Activity report %1 — %2</source>
        <translation>Activity report %1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
        <source>Key figures of the year (the report gives each one's breakdown and definition):</source>
        <translation>Key figures of the year (the report gives each one's breakdown and definition):</translation>
    </message>
    <message>
        <source>From « %1 »</source>
        <translation>From « %1 »</translation>
    </message>
    <message>
        <source>activity-report-%1</source>
        <translation>activity-report-%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Saved in %1.</translation>
    </message>
</context>
<context>
    <name>AdditionsDialog</name>
    <message>
        <source>Remove the picture</source>
        <translation>Remove the picture</translation>
    </message>
    <message>
        <source>Local additions — %1</source>
        <translation>Local additions — %1</translation>
    </message>
    <message>
        <source>What you add here stays with the sheet on this site, apart from the ROME referential: a new import never erases it. Do not write anything about a young person.</source>
        <translation>What you add here stays with the sheet on this site, apart from the ROME referential: a new import never erases it. Do not write anything about a young person.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Local &amp;training offers:</source>
        <translation>Local &amp;training offers:</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>One address per line</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choose a picture…</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Picture:</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not a picture Sillage can read.</source>
        <translation>%1 is not a picture Sillage can read.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>Additions not saved</source>
        <translation>Additions not saved</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda of</source>
        <translation>Agenda of</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Appointments, today and the next four weeks</source>
        <translation>Appointments, today and the next four weeks</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Late actions</source>
        <translation>Late actions</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>All advisers</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>No appointment planned in the next four weeks. Plan one from the Appointments tab of a dossier.</source>
        <translation>No appointment planned in the next four weeks. Plan one from the Appointments tab of a dossier.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Tomorrow, %1</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>No appointment today.</translation>
    </message>
    <message>
        <source>%1, %2 – dossier %3</source>
        <translation>%1, %2 – dossier %3</translation>
    </message>
    <message>
        <source>No late action. The actions of your dossiers whose due date has passed will show here.</source>
        <translation>No late action. The actions of your dossiers whose due date has passed will show here.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Late actions (%1)</source>
        <translation>Late actions (%1)</translation>
    </message>
</context>
<context>
    <name>AnonymisationService</name>
    <message>
        <source>anonymising a record</source>
        <translation>anonymising a record</translation>
    </message>
    <message>
        <source>The record to anonymise no longer exists.</source>
        <translation>The record to anonymise no longer exists.</translation>
    </message>
    <message>
        <source>The folder of the backups cannot be created.</source>
        <translation>The folder of the backups cannot be created.</translation>
    </message>
    <message>
        <source>Nothing was anonymised: the backup taken first failed.</source>
        <translation>Nothing was anonymised: the backup taken first failed.</translation>
    </message>
    <message>
        <source>preparing the anonymisation</source>
        <translation>preparing the anonymisation</translation>
    </message>
    <message>
        <source>removing the old values from the file</source>
        <translation>removing the old values from the file</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. Mission locale, office 2</source>
        <translation>e.g. Mission locale, office 2</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>Durat&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <extracomment>The adviser (référent) who holds the appointment.</extracomment>
        <translation>&amp;Adviser:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Save the appointment</source>
        <translation>Save the appointment</translation>
    </message>
    <message>
        <source>Add the appointment</source>
        <translation>Add the appointment</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>The appointment needs a date and a time.</source>
        <translation>The appointment needs a date and a time.</translation>
    </message>
    <message>
        <source>The duration is in minutes, up to twelve hours.</source>
        <translation>The duration is in minutes, up to twelve hours.</translation>
    </message>
    <message>
        <source>Unknown status for an appointment.</source>
        <translation>Unknown status for an appointment.</translation>
    </message>
    <message>
        <source>reading the agenda</source>
        <translation>reading the agenda</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Add an appointment…</source>
        <translation>Add an appointment…</translation>
    </message>
    <message>
        <source>No appointment. Plan the next one with “Add an appointment…”: it then shows in the list and in the adviser's agenda.</source>
        <translation>No appointment. Plan the next one with “Add an appointment…”: it then shows in the list and in the adviser's agenda.</translation>
    </message>
    <message>
        <source>Delete an appointment</source>
        <translation>Delete an appointment</translation>
    </message>
    <message>
        <source>Delete the appointment of %1? To keep a trace that it did not take place, edit its status instead.</source>
        <translation>Delete the appointment of %1? To keep a trace that it did not take place, edit its status instead.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Not observed</translation>
    </message>
    <message>
        <source>A job was offered</source>
        <translation>A job was offered</translation>
    </message>
    <message>
        <source>Assessment of the immersion</source>
        <translation>Assessment of the immersion</translation>
    </message>
    <message>
        <source>Choose the attendance</source>
        <translation>Choose the attendance</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Choose the contract</source>
        <translation>Choose the contract</translation>
    </message>
    <message>
        <source>What the tutor said about the young person</source>
        <translation>What the tutor said about the young person</translation>
    </message>
    <message>
        <source>Skills assessed</source>
        <translation>Skills assessed</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>A&amp;dd a skill</source>
        <translation>A&amp;dd a skill</translation>
    </message>
    <message>
        <source>&amp;Remove the skill</source>
        <translation>&amp;Remove the skill</translation>
    </message>
    <message>
        <source>&amp;Attendance *:</source>
        <translation>&amp;Attendance *:</translation>
    </message>
    <message>
        <source>&amp;Last day present:</source>
        <translation>&amp;Last day present:</translation>
    </message>
    <message>
        <source>&amp;Hours missed:</source>
        <translation>&amp;Hours missed:</translation>
    </message>
    <message>
        <source>&amp;Job offer:</source>
        <translation>&amp;Job offer:</translation>
    </message>
    <message>
        <source>&amp;Contract type:</source>
        <translation>&amp;Contract type:</translation>
    </message>
    <message>
        <source>&amp;Tutor feedback:</source>
        <translation>&amp;Tutor feedback:</translation>
    </message>
    <message>
        <source>&amp;Skills assessed:</source>
        <translation>&amp;Skills assessed:</translation>
    </message>
    <message>
        <source>This immersion no longer exists.</source>
        <translation>This immersion no longer exists.</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>Save the assessment</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>This immersion no longer exists.</source>
        <translation>This immersion no longer exists.</translation>
    </message>
    <message>
        <source>The assessment can be made only once the immersion has ended.</source>
        <translation>The assessment can be made only once the immersion has ended.</translation>
    </message>
    <message>
        <source>Say whether the young person attended the immersion.</source>
        <translation>Say whether the young person attended the immersion.</translation>
    </message>
    <message>
        <source>The last day present must fall between %1 and %2.</source>
        <translation>The last day present must fall between %1 and %2.</translation>
    </message>
    <message>
        <source>An immersion completed in part needs the hours missed.</source>
        <translation>An immersion completed in part needs the hours missed.</translation>
    </message>
    <message>
        <source>A young person who did not attend cannot have been offered a job.</source>
        <translation>A young person who did not attend cannot have been offered a job.</translation>
    </message>
    <message>
        <source>Choose the type of contract offered.</source>
        <translation>Choose the type of contract offered.</translation>
    </message>
    <message>
        <source>A contract type is given only when a job was offered.</source>
        <translation>A contract type is given only when a job was offered.</translation>
    </message>
    <message>
        <source>reading the assessment of an immersion</source>
        <translation>reading the assessment of an immersion</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to an adviser</source>
        <translation>Assign to an adviser</translation>
    </message>
    <message numerus="yes">
        <source>Who follows the %n selected case(s)?</source>
        <translation>
            <numerusform>Who follows the %n selected case?</numerusform>
            <numerusform>Who follows the %n selected cases?</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Adviser:</translation>
    </message>
    <message>
        <source>Type or choose the name of the adviser.</source>
        <translation>Type or choose the name of the adviser.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>no temporary file could be created beside it</source>
        <translation>no temporary file could be created beside it</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>Check that the folder exists, that you may write in it and that the disk is not full.</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Log a contact attempt</source>
        <translation>Log a contact attempt</translation>
    </message>
    <message>
        <source>What was said, when to call again. No health or family details.</source>
        <translation>What was said, when to call again. No health or family details.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>An attempt cannot be dated in the future.</source>
        <translation>An attempt cannot be dated in the future.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Write the entries the filter shows as a spreadsheet (Excel, CSV or JSON)</source>
        <translation>Write the entries the filter shows as a spreadsheet (Excel, CSV or JSON)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;hat:</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Dossier number</translation>
    </message>
    <message>
        <source>A dossier number shows the dossier and everything attached to it: journal, actions, immersions, dropout cases…</source>
        <translation>A dossier number shows the dossier and everything attached to it: journal, actions, immersions, dropout cases…</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;until</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entry(ies), newest first.</numerusform>
            <numerusform>%n entry(ies), newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entry(ies) exported to %1.</numerusform>
            <numerusform>%n entry(ies) exported to %1.</numerusform>
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
        <translation>Record identifier</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>reading the audit trail</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>writing the audit trail</source>
        <translation>writing the audit trail</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>reading the audit trail</translation>
    </message>
    <message>
        <source>removing old entries of the audit trail</source>
        <translation>removing old entries of the audit trail</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Right of access answered</source>
        <translation>Right of access answered</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Old audit entries removed</source>
        <translation>Old audit entries removed</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Exchange conflict</translation>
    </message>
    <message>
        <source>Conflict: own version kept</source>
        <translation>Conflict: own version kept</translation>
    </message>
    <message>
        <source>Conflict: other site's version taken</source>
        <translation>Conflict: other site's version taken</translation>
    </message>
    <message>
        <source>Conflict: versions merged</source>
        <translation>Conflict: versions merged</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>reading the audit trail</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
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
        <translation>%1 is a folder; choose a file name for the copy.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Check that the disk is present and that you may write there.</source>
        <translation>Check that the disk is present and that you may write there.</translation>
    </message>
    <message>
        <source>A copy cannot replace the database it is made from.</source>
        <translation>A copy cannot replace the database it is made from.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Choose another file name.</translation>
    </message>
    <message>
        <source>The existing file %1 cannot be replaced.</source>
        <translation>The existing file %1 cannot be replaced.</translation>
    </message>
    <message>
        <source>Check that it is not open in another program and that you may write there.</source>
        <translation>Check that it is not open in another program and that you may write there.</translation>
    </message>
    <message>
        <source>The copy cannot be saved as %1.</source>
        <translation>The copy cannot be saved as %1.</translation>
    </message>
    <message>
        <source>Check that you may write in that folder.</source>
        <translation>Check that you may write in that folder.</translation>
    </message>
    <message>
        <source>The scheduled backup failed</source>
        <translation>The scheduled backup failed</translation>
    </message>
    <message>
        <source>The weekly backup copy cannot be written.</source>
        <translation>The weekly backup copy cannot be written.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds %1.</source>
        <translation>Free some space on the disk that holds %1.</translation>
    </message>
    <message>
        <source>The old backup copy %1 cannot be removed.</source>
        <translation>The old backup copy %1 cannot be removed.</translation>
    </message>
    <message>
        <source>Check the permissions of the backup folder.</source>
        <translation>Check the permissions of the backup folder.</translation>
    </message>
    <message>
        <source>writing a copy to %1</source>
        <translation>writing a copy to %1</translation>
    </message>
</context>
<context>
    <name>BeneficiariesPage</name>
    <message>
        <source>No dossier yet</source>
        <translation>No dossier yet</translation>
    </message>
    <message>
        <source>Open the demonstration database</source>
        <translation>Open the demonstration database</translation>
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
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import dossiers from a spreadsheet (CSV, XLSX)</source>
        <translation>Import dossiers from a spreadsheet (CSV, XLSX)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the dossiers that the filters show</source>
        <translation>Export the dossiers that the filters show</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>New dossier (%1)</source>
        <translation>New dossier (%1)</translation>
    </message>
    <message>
        <source>The dossiers of the young people you follow will be listed here. Create the first one, import a list, or, to discover Sillage first, open the demonstration database.</source>
        <translation>The dossiers of the young people you follow will be listed here. Create the first one, import a list, or, to discover Sillage first, open the demonstration database.</translation>
    </message>
    <message>
        <source>Create a dossier</source>
        <translation>Create a dossier</translation>
    </message>
    <message>
        <source>No dossier matches these filters.</source>
        <translation>No dossier matches these filters.</translation>
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
        <translation>Dossier no.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Usage name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>External identifier</source>
        <translation>External identifier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
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
        <translation>Education level</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Running programme</source>
        <translation>Running programme</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>reading the dossiers to export</source>
        <translation>reading the dossiers to export</translation>
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
        <translation>Export the dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) exported to %1.</source>
        <translation>
            <numerusform>%n dossier exported to %1.</numerusform>
            <numerusform>%n dossiers exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Back to the active dossiers of every adviser</source>
        <translation>Back to the active dossiers of every adviser</translation>
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
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>All advisers</translation>
    </message>
    <message>
        <source>Programme followed now</source>
        <translation>Programme followed now</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>16–17 years</source>
        <translation>16–17 years</translation>
    </message>
    <message>
        <source>18–21 years</source>
        <translation>18–21 years</translation>
    </message>
    <message>
        <source>22–25 years</source>
        <translation>22–25 years</translation>
    </message>
    <message>
        <source>26 years and over</source>
        <translation>26 years and over</translation>
    </message>
    <message>
        <source>All towns</source>
        <translation>All towns</translation>
    </message>
    <message>
        <source>Time since the last contact (no event in the journal for at least this long, or never)</source>
        <translation>Time since the last contact (no event in the journal for at least this long, or never)</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Any last contact</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
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
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>The name the young person uses, if it differs from the birth name.</source>
        <translation>The name the young person uses, if it differs from the birth name.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>Shown in an empty date field; the letters of the date format.</extracomment>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>11 characters, e.g. 1234567890A</source>
        <translation>11 characters, e.g. 1234567890A</translation>
    </message>
    <message>
        <source>I-Milo or another tool's identifier</source>
        <translation>I-Milo or another tool's identifier</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Last name *:</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;First name *:</translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation>&amp;Usage name:</translation>
    </message>
    <message>
        <source>&amp;Birth date *:</source>
        <translation>&amp;Birth date *:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;INE:</source>
        <translation>&amp;INE:</translation>
    </message>
    <message>
        <source>Ex&amp;ternal ID:</source>
        <translation>Ex&amp;ternal ID:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation>To&amp;wn:</translation>
    </message>
    <message>
        <source>&amp;QPV (priority neighbourhood)</source>
        <translation>&amp;QPV (priority neighbourhood)</translation>
    </message>
    <message>
        <source>&amp;ZRR (rural revitalisation zone)</source>
        <translation>&amp;ZRR (rural revitalisation zone)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <source>Area:</source>
        <extracomment>Whether the young person lives in a QPV or a ZRR.</extracomment>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>The young person is under 18: give the details of their legal representative.</source>
        <translation>The young person is under 18: give the details of their legal representative.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Full na&amp;me:</translation>
    </message>
    <message>
        <source>Relations&amp;hip:</source>
        <translation>Relations&amp;hip:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>Pho&amp;ne:</translation>
    </message>
    <message>
        <source>E-m&amp;ail:</source>
        <translation>E-m&amp;ail:</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>&amp;RQTH (recognised disabled worker)</source>
        <translation>&amp;RQTH (recognised disabled worker)</translation>
    </message>
    <message>
        <source>Drivin&amp;g licence (B)</source>
        <translation>Drivin&amp;g licence (B)</translation>
    </message>
    <message>
        <source>&amp;Own vehicle</source>
        <translation>&amp;Own vehicle</translation>
    </message>
    <message>
        <source>Education le&amp;vel:</source>
        <translation>Education le&amp;vel:</translation>
    </message>
    <message>
        <source>Disability:</source>
        <extracomment>The recognition of a disabled worker (RQTH).</extracomment>
        <translation>Disability:</translation>
    </message>
    <message>
        <source>Mobility:</source>
        <translation>Mobility:</translation>
    </message>
    <message>
        <source>Mobilit&amp;y notes:</source>
        <translation>Mobilit&amp;y notes:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ad&amp;viser:</source>
        <extracomment>The adviser (référent) who follows the young person.</extracomment>
        <translation>Ad&amp;viser:</translation>
    </message>
    <message>
        <source>Changing the adviser here keeps the previous one in the dossier's history.</source>
        <translation>Changing the adviser here keeps the previous one in the dossier's history.</translation>
    </message>
    <message numerus="yes">
        <source>%n years old — minor</source>
        <translation>
            <numerusform>%n year old — minor</numerusform>
            <numerusform>%n years old — minor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the dossier</source>
        <translation>Create the dossier</translation>
    </message>
    <message>
        <source>%1, born on %2, dossier %3 (%4)</source>
        <translation>%1, born on %2, dossier %3 (%4)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>A dossier already exists for %1.</source>
        <translation>A dossier already exists for %1.</translation>
    </message>
    <message>
        <source>Open the existing dossier rather than creating a second one for the same person.</source>
        <translation>Open the existing dossier rather than creating a second one for the same person.</translation>
    </message>
    <message>
        <source>&amp;Open the existing dossier</source>
        <translation>&amp;Open the existing dossier</translation>
    </message>
    <message>
        <source>C&amp;reate anyway</source>
        <translation>C&amp;reate anyway</translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Save the dossier</translation>
    </message>
    <message>
        <source>Dossier %1. Fields marked * are required.</source>
        <translation>Dossier %1. Fields marked * are required.</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Bus, bicycle, how far they can go…</source>
        <translation>Bus, bicycle, how far they can go…</translation>
    </message>
</context>
<context>
    <name>BeneficiaryImportDialog</name>
    <message>
        <source>Import dossiers</source>
        <translation>Import dossiers</translation>
    </message>
    <message>
        <source>Import young people from a spreadsheet saved as CSV (Excel: “CSV UTF-8” or “CSV”). Columns are recognised by their titles; check them below. Nothing is written until you click “Import”.</source>
        <translation>Import young people from a spreadsheet saved as CSV (Excel: “CSV UTF-8” or “CSV”). Columns are recognised by their titles; check them below. Nothing is written until you click “Import”.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Skipped: same person as %1, already in the database.</source>
        <translation>Skipped: same person as %1, already in the database.</translation>
    </message>
    <message>
        <source>Skipped: same person as %1 of the file.</source>
        <translation>Skipped: same person as %1 of the file.</translation>
    </message>
    <message numerus="yes">
        <source>Problems and skipped lines (%n)</source>
        <translation>
            <numerusform>Problems and skipped lines (%n)</numerusform>
            <numerusform>Problems and skipped lines (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new dossier(s)</source>
        <translation>
            <numerusform>%n new dossier</numerusform>
            <numerusform>%n new dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n already in the database</numerusform>
            <numerusform>%n already in the database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n dossier(s)</source>
        <translation>
            <numerusform>&amp;Import %n dossier</numerusform>
            <numerusform>&amp;Import %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the file already has a dossier: there is nothing to import.</source>
        <translation>Everyone in the file already has a dossier: there is nothing to import.</translation>
    </message>
    <message>
        <source>Nothing is written until you click “Import”.</source>
        <translation>Nothing is written until you click “Import”.</translation>
    </message>
    <message>
        <source>Nothing is written until you click “Import”. Skipped lines are not imported.</source>
        <translation>Nothing is written until you click “Import”. Skipped lines are not imported.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import done</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) created from “%1”.</source>
        <translation>
            <numerusform>%n dossier created from “%1”.</numerusform>
            <numerusform>%n dossiers created from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: the person already had a dossier or came earlier in the file.</source>
        <translation>
            <numerusform>%n line skipped: the person already had a dossier or came earlier in the file.</numerusform>
            <numerusform>%n lines skipped: the person already had a dossier or came earlier in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the file</source>
        <translation>
            <numerusform>%n repeated in the file</numerusform>
            <numerusform>%n repeated in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryImporter</name>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Usage name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>External identifier</source>
        <translation>External identifier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Programme start</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
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
        <translation>line %1</translation>
    </message>
    <message>
        <source>"%1" is not a sex (F, M or empty).</source>
        <translation>"%1" is not a sex (F, M or empty).</translation>
    </message>
    <message>
        <source>"%1" is not a known education level.</source>
        <translation>"%1" is not a known education level.</translation>
    </message>
    <message>
        <source>"%1" should be yes or no.</source>
        <translation>"%1" should be yes or no.</translation>
    </message>
    <message>
        <source>"%1" is not a known situation.</source>
        <translation>"%1" is not a known situation.</translation>
    </message>
    <message>
        <source>"%1" is not a known programme (CEJ, PACEA…).</source>
        <translation>"%1" is not a known programme (CEJ, PACEA…).</translation>
    </message>
    <message>
        <source>The programme needs its start date.</source>
        <translation>The programme needs its start date.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
</context>
<context>
    <name>BeneficiaryListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>Dossier no.</translation>
    </message>
    <message>
        <source>No contact recorded in the journal yet.</source>
        <translation>No contact recorded in the journal yet.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPickerDialog</name>
    <message>
        <source>&amp;Young person (name, dossier number or commune):</source>
        <translation>&amp;Young person (name, dossier number or commune):</translation>
    </message>
    <message>
        <source>At least two letters</source>
        <translation>At least two letters</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Dossiers found</source>
        <translation>Dossiers found</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Type at least two letters of the name.</source>
        <translation>Type at least two letters of the name.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No dossier matches "%1".</source>
        <translation>No dossier matches "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found.</source>
        <translation>
            <numerusform>%n dossier found.</numerusform>
            <numerusform>%n dossiers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryRepository</name>
    <message>
        <source>reading a dossier</source>
        <translation>reading a dossier</translation>
    </message>
    <message>
        <source>counting dossiers</source>
        <translation>counting dossiers</translation>
    </message>
    <message>
        <source>A dossier already exists for this person: %1, %2 (%3).</source>
        <translation>A dossier already exists for this person: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Open the existing dossier rather than creating a second one.</source>
        <translation>Open the existing dossier rather than creating a second one.</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>This dossier no longer exists.</translation>
    </message>
    <message>
        <source>reading the history of référents</source>
        <translation>reading the history of référents</translation>
    </message>
    <message>
        <source>Choose the reason why the young person leaves the follow-up.</source>
        <translation>Choose the reason why the young person leaves the follow-up.</translation>
    </message>
    <message>
        <source>reading the lists of the filters</source>
        <translation>reading the lists of the filters</translation>
    </message>
</context>
<context>
    <name>BeneficiaryValidator</name>
    <message>
        <source>The last name is required.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <source>The last name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>The last name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>The first name is required.</translation>
    </message>
    <message>
        <source>The first name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>The first name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</translation>
    </message>
    <message>
        <source>The usage name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>The usage name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</translation>
    </message>
    <message>
        <source>This text is too long (%1 characters at most).</source>
        <translation>This text is too long (%1 characters at most).</translation>
    </message>
    <message>
        <source>This text looks like a spreadsheet formula, not like data.</source>
        <translation>This text looks like a spreadsheet formula, not like data.</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>The birth date is required.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>This birth date gives an age of %1: Sillage follows young people aged %2 to %3.</source>
        <translation>This birth date gives an age of %1: Sillage follows young people aged %2 to %3.</translation>
    </message>
    <message>
        <source>The INE has 11 characters: 10 digits or letters, then a letter.</source>
        <translation>The INE has 11 characters: 10 digits or letters, then a letter.</translation>
    </message>
    <message>
        <source>The phone number is not valid: 10 digits starting with 0, or an international number starting with +.</source>
        <translation>The phone number is not valid: 10 digits starting with 0, or an international number starting with +.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>The postcode has 5 digits.</source>
        <translation>The postcode has 5 digits.</translation>
    </message>
    <message>
        <source>Give the town that goes with the postcode.</source>
        <translation>Give the town that goes with the postcode.</translation>
    </message>
    <message>
        <source>The legal representative's phone number is not valid.</source>
        <translation>The legal representative's phone number is not valid.</translation>
    </message>
    <message>
        <source>The legal representative's e-mail address is not valid.</source>
        <translation>The legal representative's e-mail address is not valid.</translation>
    </message>
    <message>
        <source>Unknown education level.</source>
        <translation>Unknown education level.</translation>
    </message>
</context>
<context>
    <name>CampaignFigures</name>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <source>counting a campaign's cases</source>
        <translation>counting a campaign's cases</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Young people listed</source>
        <translation>Young people listed</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>Solution: %1</translation>
    </message>
    <message>
        <source>Closed without solution</source>
        <translation>Closed without solution</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Median days to solution</source>
        <translation>Median days to solution</translation>
    </message>
</context>
<context>
    <name>CampaignFiguresView</name>
    <message>
        <source>A young person who came in two lists counts in both campaigns. “Reached” counts the young people spoken with, themselves or their family.</source>
        <translation>A young person who came in two lists counts in both campaigns. “Reached” counts the young people spoken with, themselves or their family.</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>Campaign figures</translation>
    </message>
    <message>
        <source>Rows received</source>
        <translation>Rows received</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Closed without solution</source>
        <translation>Closed without solution</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Median days to solution</source>
        <translation>Median days to solution</translation>
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
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>The campaign's name is too long (120 characters at most).</source>
        <translation>The campaign's name is too long (120 characters at most).</translation>
    </message>
    <message>
        <source>A campaign named "%1" already exists.</source>
        <translation>A campaign named "%1" already exists.</translation>
    </message>
    <message>
        <source>reading a campaign</source>
        <translation>reading a campaign</translation>
    </message>
    <message>
        <source>reading the campaigns</source>
        <translation>reading the campaigns</translation>
    </message>
    <message>
        <source>reading a campaign's list</source>
        <translation>reading a campaign's list</translation>
    </message>
</context>
<context>
    <name>CareerBrowser</name>
    <message>
        <source>reading the career tree</source>
        <translation>reading the career tree</translation>
    </message>
</context>
<context>
    <name>CareerExporter</name>
    <message>
        <source>Career sheets</source>
        <translation>Career sheets</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>ROME code</source>
        <translation>ROME code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Definition</translation>
    </message>
    <message>
        <source>Access to the job</source>
        <translation>Access to the job</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Job titles</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Work contexts</translation>
    </message>
</context>
<context>
    <name>CareerLinks</name>
    <message>
        <source>reading the dossiers linked to a career sheet</source>
        <translation>reading the dossiers linked to a career sheet</translation>
    </message>
    <message>
        <source>reading the immersions linked to a career sheet</source>
        <translation>reading the immersions linked to a career sheet</translation>
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
        <translation>Search a job, a skill, a word…</translation>
    </message>
    <message>
        <source>Search the career sheets</source>
        <translation>Search the career sheets</translation>
    </message>
    <message>
        <source>Career sheets by domain</source>
        <translation>Career sheets by domain</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (local)</translation>
    </message>
    <message>
        <source>No sheet matches “%1”.</source>
        <translation>No sheet matches “%1”.</translation>
    </message>
    <message>
        <source>local sheet</source>
        <translation>local sheet</translation>
    </message>
</context>
<context>
    <name>CareerPlanTab</name>
    <message>
        <source>Jobs aimed at</source>
        <translation>Jobs aimed at</translation>
    </message>
    <message>
        <source>ROME code</source>
        <translation>ROME code</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a job…</source>
        <translation>Add a job…</translation>
    </message>
    <message>
        <source>No job in the career plan yet. Add the jobs the young person aims at, by their ROME code (M1805…), with “Add a job…”.</source>
        <translation>No job in the career plan yet. Add the jobs the young person aims at, by their ROME code (M1805…), with “Add a job…”.</translation>
    </message>
    <message>
        <source>Remove a job</source>
        <translation>Remove a job</translation>
    </message>
    <message>
        <source>Remove “%1” from the career plan?</source>
        <translation>Remove “%1” from the career plan?</translation>
    </message>
    <message>
        <source>Career sheet</source>
        <translation>Career sheet</translation>
    </message>
    <message>
        <source>Open the job's sheet in the Careers module</source>
        <translation>Open the job's sheet in the Careers module</translation>
    </message>
</context>
<context>
    <name>CareerSearch</name>
    <message>
        <source>searching the career sheets</source>
        <translation>searching the career sheets</translation>
    </message>
    <message>
        <source>updating the career search index</source>
        <translation>updating the career search index</translation>
    </message>
</context>
<context>
    <name>CareerSheetDocument</name>
    <message>
        <source>Local sheet based on ROME %1</source>
        <translation>Local sheet based on ROME %1</translation>
    </message>
    <message>
        <source>ROME %1</source>
        <translation>ROME %1</translation>
    </message>
    <message>
        <source>Local sheet</source>
        <translation>Local sheet</translation>
    </message>
    <message>
        <source>Withdrawn from the ROME</source>
        <translation>Withdrawn from the ROME</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Job titles</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Access to the job</source>
        <translation>Access to the job</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Work contexts</translation>
    </message>
    <message>
        <source>Close jobs</source>
        <translation>Close jobs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Local training offers</source>
        <translation>Local training offers</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Demonstration sheet written for Sillage; import the ROME for the official sheet.</source>
        <translation>Demonstration sheet written for Sillage; import the ROME for the official sheet.</translation>
    </message>
</context>
<context>
    <name>CareerSheetHtml</name>
    <message>
        <source>This code was withdrawn from the ROME: only its code and last title are kept. Dossiers and immersions that aim at it keep their link.</source>
        <translation>This code was withdrawn from the ROME: only its code and last title are kept. Dossiers and immersions that aim at it keep their link.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Access to the job</source>
        <translation>Access to the job</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Job titles</translation>
    </message>
    <message>
        <source>Know-how (savoir-faire)</source>
        <translation>Know-how (savoir-faire)</translation>
    </message>
    <message>
        <source>Soft skills (savoir-être)</source>
        <translation>Soft skills (savoir-être)</translation>
    </message>
    <message>
        <source>Knowledge (savoirs)</source>
        <translation>Knowledge (savoirs)</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Work contexts</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Close jobs</source>
        <translation>Close jobs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Local training offers</source>
        <translation>Local training offers</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Local additions</source>
        <translation>Local additions</translation>
    </message>
    <message>
        <source>Nothing added yet: notes, local training offers, useful links or a picture stay with this sheet, even after a new ROME import.</source>
        <translation>Nothing added yet: notes, local training offers, useful links or a picture stay with this sheet, even after a new ROME import.</translation>
    </message>
    <message>
        <source>Linked young people and immersions</source>
        <translation>Linked young people and immersions</translation>
    </message>
    <message>
        <source>No dossier's career plan and no immersion aims at this job yet.</source>
        <translation>No dossier's career plan and no immersion aims at this job yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n career plan(s)</source>
        <translation>
            <numerusform>%n career plan</numerusform>
            <numerusform>%n career plans</numerusform>
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
        <translation>What the job is</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>How to get there</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
</context>
<context>
    <name>CareerSheetRepository</name>
    <message>
        <source>reading a career sheet</source>
        <translation>reading a career sheet</translation>
    </message>
    <message>
        <source>There is no career sheet %1.</source>
        <translation>There is no career sheet %1.</translation>
    </message>
    <message>
        <source>reading the local career sheets</source>
        <translation>reading the local career sheets</translation>
    </message>
    <message>
        <source>A career sheet needs a title.</source>
        <translation>A career sheet needs a title.</translation>
    </message>
    <message>
        <source>Local additions must belong to a career sheet.</source>
        <translation>Local additions must belong to a career sheet.</translation>
    </message>
</context>
<context>
    <name>CareerSheetView</name>
    <message>
        <source>Edit local additions…</source>
        <translation>Edit local additions…</translation>
    </message>
    <message>
        <source>Copy as a local sheet</source>
        <translation>Copy as a local sheet</translation>
    </message>
    <message>
        <source>Edit the sheet…</source>
        <translation>Edit the sheet…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add to a séance…</source>
        <translation>Add to a séance…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Shows this sheet full screen, in large type, on the projector</source>
        <translation>Shows this sheet full screen, in large type, on the projector</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <source>Choose a sheet in the tree or type a job in the search field.</source>
        <translation>Choose a sheet in the tree or type a job in the search field.</translation>
    </message>
    <message>
        <source>Local sheet</source>
        <translation>Local sheet</translation>
    </message>
    <message>
        <source>Withdrawn from the ROME</source>
        <translation>Withdrawn from the ROME</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <source>ROME %1</source>
        <translation>ROME %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Sheet not copied</source>
        <translation>Sheet not copied</translation>
    </message>
    <message>
        <source>Remove the local sheet</source>
        <translation>Remove the local sheet</translation>
    </message>
    <message>
        <source>Remove the local sheet %1 and its additions? Séances that list it will skip it.</source>
        <translation>Remove the local sheet %1 and its additions? Séances that list it will skip it.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Sheet not removed</source>
        <translation>Sheet not removed</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>Print the sheet</translation>
    </message>
    <message>
        <source>Export the sheet to PDF</source>
        <translation>Export the sheet to PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF not written</translation>
    </message>
</context>
<context>
    <name>CareerTargetDialog</name>
    <message>
        <source>New career target</source>
        <translation>New career target</translation>
    </message>
    <message>
        <source>e.g. M1805</source>
        <translation>e.g. M1805</translation>
    </message>
    <message>
        <source>e.g. Études et développement informatique</source>
        <translation>e.g. Études et développement informatique</translation>
    </message>
    <message>
        <source>A letter from A to N, then four digits.</source>
        <translation>A letter from A to N, then four digits.</translation>
    </message>
    <message>
        <source>&amp;ROME code:</source>
        <translation>&amp;ROME code:</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <extracomment>The name of the job.</extracomment>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>"%1" is not a complete ROME code.</source>
        <translation>"%1" is not a complete ROME code.</translation>
    </message>
    <message>
        <source>Give the job's ROME code.</source>
        <translation>Give the job's ROME code.</translation>
    </message>
    <message>
        <source>Add the career target</source>
        <translation>Add the career target</translation>
    </message>
</context>
<context>
    <name>CareerTargetRepository</name>
    <message>
        <source>"%1" is not a ROME code: a letter from A to N, then four digits (M1805).</source>
        <translation>"%1" is not a ROME code: a letter from A to N, then four digits (M1805).</translation>
    </message>
</context>
<context>
    <name>CareersPage</name>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Create a local sheet…</source>
        <translation>Create a local sheet…</translation>
    </message>
    <message>
        <source>A sheet of your own, for a job the ROME does not describe as you need</source>
        <translation>A sheet of your own, for a job the ROME does not describe as you need</translation>
    </message>
    <message>
        <source>Import the ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <source>No career sheet yet</source>
        <translation>No career sheet yet</translation>
    </message>
    <message>
        <source>Import the ROME referential of France Travail (free open data) to browse every job, or start with the demonstration sheets: about forty jobs across the 14 grands domaines, ready for a workshop.</source>
        <translation>Import the ROME referential of France Travail (free open data) to browse every job, or start with the demonstration sheets: about forty jobs across the 14 grands domaines, ready for a workshop.</translation>
    </message>
    <message>
        <source>Add the demonstration sheets</source>
        <translation>Add the demonstration sheets</translation>
    </message>
    <message>
        <source>Demonstration sheets not added</source>
        <translation>Demonstration sheets not added</translation>
    </message>
    <message>
        <source>Séances not read</source>
        <translation>Séances not read</translation>
    </message>
    <message>
        <source>New séance…</source>
        <translation>New séance…</translation>
    </message>
    <message>
        <source>New séance</source>
        <translation>New séance</translation>
    </message>
    <message>
        <source>Name of the séance:</source>
        <translation>Name of the séance:</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ChangeReferentDialog</name>
    <message>
        <source>Change of adviser</source>
        <translation>Change of adviser</translation>
    </message>
    <message>
        <source>Who follows %1 from now on?</source>
        <translation>Who follows %1 from now on?</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Current adviser:</source>
        <translation>Current adviser:</translation>
    </message>
    <message>
        <source>&amp;New adviser:</source>
        <translation>&amp;New adviser:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>The previous adviser stays in the dossier's history.</source>
        <translation>The previous adviser stays in the dossier's history.</translation>
    </message>
    <message>
        <source>Give the name of the new adviser.</source>
        <translation>Give the name of the new adviser.</translation>
    </message>
    <message>
        <source>%1 already follows this young person.</source>
        <translation>%1 already follows this young person.</translation>
    </message>
</context>
<context>
    <name>CliConsole</name>
    <message>
        <source>Run "sillage-cli --help" to see the commands.</source>
        <translation>Run "sillage-cli --help" to see the commands.</translation>
    </message>
    <message>
        <source>This database asks who you are: give --user NAME, and the password in the SILLAGE_PASSWORD variable or a file given with --password-file.</source>
        <translation>This database asks who you are: give --user NAME, and the password in the SILLAGE_PASSWORD variable or a file given with --password-file.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The folder of the database %1 does not exist.</source>
        <translation>The folder of the database %1 does not exist.</translation>
    </message>
    <message>
        <source>It may have been moved, removed, or be on a drive that is not plugged in. To start a new database there, run "sillage-cli init".</source>
        <translation>It may have been moved, removed, or be on a drive that is not plugged in. To start a new database there, run "sillage-cli init".</translation>
    </message>
</context>
<context>
    <name>CloseDossierDialog</name>
    <message>
        <source>Close the dossier</source>
        <translation>Close the dossier</translation>
    </message>
    <message>
        <source>The young person leaves the follow-up.</source>
        <translation>The young person leaves the follow-up.</translation>
    </message>
    <message>
        <source>%1 leaves the follow-up.</source>
        <translation>%1 leaves the follow-up.</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Choose the reason</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>The dossier stays in the database and can be reopened.</source>
        <translation>The dossier stays in the database and can be reopened.</translation>
    </message>
    <message>
        <source>C&amp;lose the dossier</source>
        <translation>C&amp;lose the dossier</translation>
    </message>
    <message>
        <source>Choose the reason why the young person leaves the follow-up.</source>
        <translation>Choose the reason why the young person leaves the follow-up.</translation>
    </message>
</context>
<context>
    <name>ColumnMatcher</name>
    <message>
        <source>column %1 (untitled)</source>
        <translation>column %1 (untitled)</translation>
    </message>
    <message>
        <source>“%1” (column %2)</source>
        <translation>“%1” (column %2)</translation>
    </message>
    <message>
        <source>Several columns give the field “%1”: %2. Keep only one.</source>
        <translation>Several columns give the field “%1”: %2. Keep only one.</translation>
    </message>
    <message>
        <source>The required column “%1” is missing.</source>
        <translation>The required column “%1” is missing.</translation>
    </message>
    <message>
        <source>Accepted titles: %1.</source>
        <translation>Accepted titles: %1.</translation>
    </message>
    <message>
        <source>The columns of the file cannot be imported:</source>
        <translation>The columns of the file cannot be imported:</translation>
    </message>
    <message>
        <source>Rename the columns in the file, or choose them in the import window.</source>
        <translation>Rename the columns in the file, or choose them in the import window.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>sillage-cli %1</source>
        <translation>sillage-cli %1</translation>
    </message>
    <message>
        <source>--size takes a number of dossiers between 0 and 10000000.</source>
        <translation>--size takes a number of dossiers between 0 and 10000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole positive number.</source>
        <translation>--seed takes a whole positive number.</translation>
    </message>
    <message>
        <source>Unknown option "%1".</source>
        <translation>Unknown option "%1".</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation>Database ready: %1 (schema %2).</translation>
    </message>
    <message numerus="yes">
        <source>The database is sound: %1 (schema %2, %n dossier(s)).</source>
        <translation>
            <numerusform>The database is sound: %1 (schema %2, %n dossier).</numerusform>
            <numerusform>The database is sound: %1 (schema %2, %n dossiers).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup copy: %1.</source>
        <translation>Last backup copy: %1.</translation>
    </message>
    <message>
        <source>No backup copy yet.</source>
        <translation>No backup copy yet.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup needs --out FILE.</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fictitious dossier(s) added.</source>
        <translation>
            <numerusform>%n fictitious dossier added.</numerusform>
            <numerusform>%n fictitious dossiers added.</numerusform>
        </translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search needs the text to look for.</translation>
    </message>
    <message>
        <source>No result for "%1".</source>
        <translation>No result for "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, separator %3, %n row(s).</source>
        <translation>
            <numerusform>%1: %2, separator %3, %n row.</numerusform>
            <numerusform>%1: %2, separator %3, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: correct the file, then import it again.</source>
        <translation>Nothing was written: correct the file, then import it again.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export needs --out FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) exported to %1.</source>
        <translation>
            <numerusform>%n dossier exported to %1.</numerusform>
            <numerusform>%n dossiers exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New: %1; already in the base: %2; repeated in the file: %3; rejected: %4.</source>
        <translation>New: %1; already in the base: %2; repeated in the file: %3; rejected: %4.</translation>
    </message>
    <message>
        <source>%1:%2: skipped, same as %3.</source>
        <translation>%1:%2: skipped, same as %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>import takes what to import, then the file: import beneficiaries|companies FILE.</source>
        <translation>import takes what to import, then the file: import beneficiaries|companies FILE.</translation>
    </message>
    <message>
        <source>import needs the file to import.</source>
        <translation>import needs the file to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n immersion(s) exported to %1.</source>
        <translation>
            <numerusform>%n immersion exported to %1.</numerusform>
            <numerusform>%n immersions exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import dropouts needs --campaign NAME: the campaign the list belongs to.</source>
        <translation>import dropouts needs --campaign NAME: the campaign the list belongs to.</translation>
    </message>
    <message>
        <source>Campaign "%1"%2.</source>
        <translation>Campaign "%1"%2.</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <source>New cases: %1; linked to existing dossiers: %2; already open: %3; to review: %4; repeated in the file: %5; rejected: %6.</source>
        <translation>New cases: %1; linked to existing dossiers: %2; already open: %3; to review: %4; repeated in the file: %5; rejected: %6.</translation>
    </message>
    <message>
        <source>%1:%2: to review (%3).</source>
        <translation>%1:%2: to review (%3).</translation>
    </message>
    <message>
        <source>%1:%2: same young person as %3.</source>
        <translation>%1:%2: same young person as %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) created.</source>
        <translation>
            <numerusform>%n case created.</numerusform>
            <numerusform>%n cases created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) exported to %1.</source>
        <translation>
            <numerusform>%n campaign exported to %1.</numerusform>
            <numerusform>%n campaigns exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropout case(s) exported to %1.</source>
        <translation>
            <numerusform>%n dropout case exported to %1.</numerusform>
            <numerusform>%n dropout cases exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import rome needs the folder of the ROME files.</source>
        <translation>import rome needs the folder of the ROME files.</translation>
    </message>
    <message numerus="yes">
        <source>%n career sheet(s) exported to %1.</source>
        <translation>
            <numerusform>%n career sheet exported to %1.</numerusform>
            <numerusform>%n career sheets exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: correct the files, then import them again.</source>
        <translation>Nothing was written: correct the files, then import them again.</translation>
    </message>
    <message>
        <source>ROME version %1 (no referential yet).</source>
        <translation>ROME version %1 (no referential yet).</translation>
    </message>
    <message>
        <source>ROME version %1 (current: %2).</source>
        <translation>ROME version %1 (current: %2).</translation>
    </message>
    <message>
        <source>Optional file missing: %1</source>
        <translation>Optional file missing: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>This version is already imported: nothing changed.</source>
        <translation>This version is already imported: nothing changed.</translation>
    </message>
    <message>
        <source>Sheets: %1; job titles: %2; skills: %3; work contexts: %4; close jobs: %5.</source>
        <translation>Sheets: %1; job titles: %2; skills: %3; work contexts: %4; close jobs: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code added</numerusform>
            <numerusform>%n codes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) withdrawn</source>
        <translation>
            <numerusform>%n code withdrawn</numerusform>
            <numerusform>%n codes withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) relabelled</source>
        <translation>
            <numerusform>%n code relabelled</numerusform>
            <numerusform>%n codes relabelled</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: "%2" becomes "%3"</source>
        <translation>  %1: "%2" becomes "%3"</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) imported.</source>
        <translation>
            <numerusform>%n sheet imported.</numerusform>
            <numerusform>%n sheets imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>--year takes a year of four digits, e.g. 2025.</source>
        <translation>--year takes a year of four digits, e.g. 2025.</translation>
    </message>
    <message>
        <source>export takes what to export: export beneficiaries|placements|dropouts|careers|audit --format csv|xlsx|json --out FILE.</source>
        <translation>export takes what to export: export beneficiaries|placements|dropouts|careers|audit --format csv|xlsx|json --out FILE.</translation>
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
        <translation>Usage: sillage-cli [--db FILE] COMMAND [OPTIONS]

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
</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>New company…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <source>No company in the directory yet</source>
        <translation>No company in the directory yet</translation>
    </message>
    <message>
        <source>Host companies are kept here with their tutors, so that each one is typed once and found again for the next immersion.</source>
        <translation>Host companies are kept here with their tutors, so that each one is typed once and found again for the next immersion.</translation>
    </message>
    <message>
        <source>Search by name or commune</source>
        <translation>Search by name or commune</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <source>ROME domain</source>
        <translation>ROME domain</translation>
    </message>
    <message>
        <source>All ROME domains</source>
        <translation>All ROME domains</translation>
    </message>
    <message>
        <source>Companies that declared the domain or hosted an immersion in it</source>
        <translation>Companies that declared the domain or hosted an immersion in it</translation>
    </message>
    <message>
        <source>Host companies</source>
        <translation>Host companies</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the company's details and domains</source>
        <translation>Change the company's details and domains</translation>
    </message>
    <message>
        <source>Immersions hosted</source>
        <translation>Immersions hosted</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add a tutor…</source>
        <translation>Add a tutor…</translation>
    </message>
    <message>
        <source>Edit the tutor…</source>
        <translation>Edit the tutor…</translation>
    </message>
    <message>
        <source>Remove the tutor</source>
        <translation>Remove the tutor</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company(ies)</numerusform>
            <numerusform>%n company(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Host company</source>
        <translation>Host company</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET: %1</translation>
    </message>
    <message>
        <source>NAF code: %1</source>
        <translation>NAF code: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>ROME domains: %1</source>
        <translation>ROME domains: %1</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>none declared</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Edit the company</source>
        <translation>Edit the company</translation>
    </message>
    <message>
        <source>Edit the tutor</source>
        <translation>Edit the tutor</translation>
    </message>
    <message>
        <source>Remove %1 from the tutors?</source>
        <translation>Remove %1 from the tutors?</translation>
    </message>
    <message>
        <source>A tutor named in an immersion stays, so that the convention keeps its signatory.</source>
        <translation>A tutor named in an immersion stays, so that the convention keeps its signatory.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Tutor not removed</source>
        <translation>Tutor not removed</translation>
    </message>
    <message>
        <source>Remove from the directory…</source>
        <translation>Remove from the directory…</translation>
    </message>
    <message>
        <source>A company named in an immersion stays in the directory</source>
        <translation>A company named in an immersion stays in the directory</translation>
    </message>
    <message>
        <source>Remove this company and its tutors from the directory</source>
        <translation>Remove this company and its tutors from the directory</translation>
    </message>
    <message>
        <source>Remove the company</source>
        <translation>Remove the company</translation>
    </message>
    <message>
        <source>Remove %1 and its tutors from the directory?</source>
        <translation>Remove %1 and its tutors from the directory?</translation>
    </message>
    <message>
        <source>Company not removed</source>
        <translation>Company not removed</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>14 digits, e.g. 123 456 789 00012</source>
        <translation>14 digits, e.g. 123 456 789 00012</translation>
    </message>
    <message>
        <source>e.g. 1071C</source>
        <translation>e.g. 1071C</translation>
    </message>
    <message>
        <source>Who to call about immersions</source>
        <translation>Who to call about immersions</translation>
    </message>
    <message>
        <source>Professional domains, e.g. J13 D12</source>
        <translation>Professional domains, e.g. J13 D12</translation>
    </message>
    <message>
        <source>Professional domains</source>
        <translation>Professional domains</translation>
    </message>
    <message>
        <source>What the company does, what a young person can see or do there</source>
        <translation>What the company does, what a young person can see or do there</translation>
    </message>
    <message>
        <source>Tick the grands domaines the company can welcome young people in; type finer professional domains (a letter and two digits) if you know them. Companies are also found by the domains of the immersions they hosted.</source>
        <translation>Tick the grands domaines the company can welcome young people in; type finer professional domains (a letter and two digits) if you know them. Companies are also found by the domains of the immersions they hosted.</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>&amp;Name *:</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET:</translation>
    </message>
    <message>
        <source>N&amp;AF code:</source>
        <translation>N&amp;AF code:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ommune:</source>
        <translation>C&amp;ommune:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;ROME domains:</source>
        <translation>&amp;ROME domains:</translation>
    </message>
    <message>
        <source>Ac&amp;tivity:</source>
        <translation>Ac&amp;tivity:</translation>
    </message>
    <message>
        <source>Save the company</source>
        <translation>Save the company</translation>
    </message>
</context>
<context>
    <name>CompanyDirectory</name>
    <message>
        <source>reading the directory of companies</source>
        <translation>reading the directory of companies</translation>
    </message>
</context>
<context>
    <name>CompanyDirectoryModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
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
        <translation>ROME domains</translation>
    </message>
    <message>
        <source>Immersions</source>
        <translation>Immersions</translation>
    </message>
    <message>
        <source>Last immersion</source>
        <translation>Last immersion</translation>
    </message>
</context>
<context>
    <name>CompanyHistory</name>
    <message>
        <source>reading the immersions of a company</source>
        <translation>reading the immersions of a company</translation>
    </message>
    <message>
        <source>job offered</source>
        <translation>job offered</translation>
    </message>
    <message>
        <source>job offered: %1</source>
        <translation>job offered: %1</translation>
    </message>
    <message>
        <source>no job offer</source>
        <translation>no job offer</translation>
    </message>
    <message>
        <source>No immersion with this company yet.</source>
        <translation>No immersion with this company yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n immersion(s) hosted</source>
        <translation>
            <numerusform>%n immersion hosted</numerusform>
            <numerusform>%n immersions hosted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed</source>
        <translation>
            <numerusform>%n assessed</numerusform>
            <numerusform>%n assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed in full</source>
        <translation>
            <numerusform>%n completed in full</numerusform>
            <numerusform>%n completed in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job offer(s)</source>
        <translation>
            <numerusform>%n job offer</numerusform>
            <numerusform>%n job offers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyImporter</name>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>"%1" looks like a spreadsheet formula.</source>
        <translation>"%1" looks like a spreadsheet formula.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>ROME domains</source>
        <translation>ROME domains</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>Enter the name of the company (raison sociale).</source>
        <translation>Enter the name of the company (raison sociale).</translation>
    </message>
    <message>
        <source>The name of the company is longer than %1 characters.</source>
        <translation>The name of the company is longer than %1 characters.</translation>
    </message>
    <message>
        <source>"%1" is not a French postcode (5 digits).</source>
        <translation>"%1" is not a French postcode (5 digits).</translation>
    </message>
    <message>
        <source>"%1" is not a French phone number.</source>
        <translation>"%1" is not a French phone number.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>The SIRET %1 is already in the directory: %2.</source>
        <translation>The SIRET %1 is already in the directory: %2.</translation>
    </message>
    <message>
        <source>Open the existing company rather than creating a second one.</source>
        <translation>Open the existing company rather than creating a second one.</translation>
    </message>
    <message>
        <source>reading a company</source>
        <translation>reading a company</translation>
    </message>
    <message>
        <source>looking for a SIRET in the directory</source>
        <translation>looking for a SIRET in the directory</translation>
    </message>
    <message>
        <source>looking for a company in the directory</source>
        <translation>looking for a company in the directory</translation>
    </message>
    <message>
        <source>searching the companies</source>
        <translation>searching the companies</translation>
    </message>
    <message>
        <source>counting companies</source>
        <translation>counting companies</translation>
    </message>
    <message>
        <source>looking for the immersions of a company</source>
        <translation>looking for the immersions of a company</translation>
    </message>
    <message numerus="yes">
        <source>This company is the host of %n immersion(s); it stays in the directory.</source>
        <translation>
            <numerusform>This company is the host of %n immersion; it stays in the directory.</numerusform>
            <numerusform>This company is the host of %n immersions; it stays in the directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its immersions keep their convention partner; edit the company instead.</source>
        <translation>Its immersions keep their convention partner; edit the company instead.</translation>
    </message>
    <message>
        <source>reading the tutors of a company</source>
        <translation>reading the tutors of a company</translation>
    </message>
    <message>
        <source>"%1" is not a ROME domain: a letter from A to N, optionally followed by two digits (J or J13).</source>
        <translation>"%1" is not a ROME domain: a letter from A to N, optionally followed by two digits (J or J13).</translation>
    </message>
    <message>
        <source>The activity is longer than %1 characters.</source>
        <translation>The activity is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>ConflictComparisonTable</name>
    <message>
        <source>The two versions, field by field</source>
        <translation>The two versions, field by field</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>(private note)</source>
        <translation>(private note)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>here</source>
        <translation>here</translation>
    </message>
    <message>
        <source>Kept: the value %1</source>
        <translation>Kept: the value %1</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>reading the exchange conflicts</source>
        <translation>reading the exchange conflicts</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>This conflict was already resolved.</translation>
    </message>
    <message>
        <source>This conflict names an unknown table.</source>
        <translation>This conflict names an unknown table.</translation>
    </message>
    <message>
        <source>resolving a conflict</source>
        <translation>resolving a conflict</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Show the &amp;fields that are the same</source>
        <translation>Show the &amp;fields that are the same</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Keep my version</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>&amp;Merge my choices</source>
        <translation>&amp;Merge my choices</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>Exchange conflicts</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation>Conflicts to decide</translation>
    </message>
    <message>
        <source>No conflict to decide. When a record was changed both here and on another site, it waits here until you choose the version to keep.</source>
        <translation>No conflict to decide. When a record was changed both here and on another site, it waits here until you choose the version to keep.</translation>
    </message>
    <message>
        <source>Click a value, or select it and press Space, to keep it. Then « Merge my choices ».</source>
        <translation>Click a value, or select it and press Space, to keep it. Then « Merge my choices ».</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Changed here on %1 by %2, and at %3 on %4 by %5. %n field(s) differ.</source>
        <translation>
            <numerusform>Changed here on %1 by %2, and at %3 on %4 by %5. %n field differ.</numerusform>
            <numerusform>Changed here on %1 by %2, and at %3 on %4 by %5. %n fields differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>Conflict not resolved</translation>
    </message>
</context>
<context>
    <name>ContactAttemptRepository</name>
    <message>
        <source>The number of attempts must be between 1 and 20.</source>
        <translation>The number of attempts must be between 1 and 20.</translation>
    </message>
    <message>
        <source>Say how the young person was contacted.</source>
        <translation>Say how the young person was contacted.</translation>
    </message>
    <message>
        <source>Say what the attempt gave.</source>
        <translation>Say what the attempt gave.</translation>
    </message>
    <message>
        <source>The attempt's date is missing or in the future.</source>
        <translation>The attempt's date is missing or in the future.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>This case is finished: no more attempts are logged on it.</source>
        <translation>This case is finished: no more attempts are logged on it.</translation>
    </message>
    <message>
        <source>reading the contact attempts</source>
        <translation>reading the contact attempts</translation>
    </message>
</context>
<context>
    <name>ConventionDocument</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Immersion agreement</source>
        <translation>Immersion agreement</translation>
    </message>
    <message>
        <source>Immersion agreement — %1</source>
        <translation>Immersion agreement — %1</translation>
    </message>
    <message>
        <source>This agreement is made between the parties below.</source>
        <translation>This agreement is made between the parties below.</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation>Support organisation</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Prescriber:</source>
        <translation>Prescriber:</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message numerus="yes">
        <source>(%n year(s) old on the first day)</source>
        <translation>
            <numerusform>(%n year old on the first day)</numerusform>
            <numerusform>(%n years old on the first day)</numerusform>
        </translation>
    </message>
    <message>
        <source>Born on:</source>
        <translation>Born on:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Host company</source>
        <translation>Host company</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Company name:</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET:</translation>
    </message>
    <message>
        <source>NAF code:</source>
        <translation>NAF code:</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Function:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n calendar day(s)).</source>
        <translation>
            <numerusform>From %1 to %2 (%n calendar day).</numerusform>
            <numerusform>From %1 to %2 (%n calendar days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Weekly schedule</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Job and objective</source>
        <translation>Job and objective</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Job:</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Skills observed</source>
        <translation>Skills observed</translation>
    </message>
    <message>
        <source>Work conditions</source>
        <translation>Work conditions</translation>
    </message>
    <message>
        <source>Risk prevention and protective equipment</source>
        <translation>Risk prevention and protective equipment</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>The young person</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>The company</translation>
    </message>
    <message>
        <source>The tutor</source>
        <translation>The tutor</translation>
    </message>
    <message>
        <source>The prescriber</source>
        <translation>The prescriber</translation>
    </message>
    <message>
        <source>The legal representative</source>
        <translation>The legal representative</translation>
    </message>
    <message>
        <source>Date, and signature preceded by “Read and approved”.</source>
        <translation>Date, and signature preceded by “Read and approved”.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>ConventionParties</name>
    <message>
        <source>This immersion no longer exists.</source>
        <translation>This immersion no longer exists.</translation>
    </message>
    <message>
        <source>The young person of this immersion no longer has a dossier.</source>
        <translation>The young person of this immersion no longer has a dossier.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a value is longer than %1 characters; the file is probably not a table</source>
        <translation>a value is longer than %1 characters; the file is probably not a table</translation>
    </message>
    <message>
        <source>more than %1 columns; the file is probably not a table, or its separator was not recognised</source>
        <translation>more than %1 columns; the file is probably not a table, or its separator was not recognised</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 values where the header has %3 columns; a value probably holds the separator without quotes</source>
        <translation>line %1: %2 values where the header has %3 columns; a value probably holds the separator without quotes</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The file “%1” is too large; the limit is %2 MB.</source>
        <translation>The file “%1” is too large; the limit is %2 MB.</translation>
    </message>
    <message>
        <source>Split it into several files.</source>
        <translation>Split it into several files.</translation>
    </message>
    <message>
        <source>The file has more than %1 records, the most that can be imported at once.</source>
        <translation>The file has more than %1 records, the most that can be imported at once.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Choose a file with a header line.</source>
        <translation>Choose a file with a header line.</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>a control character (U+%1) that no spreadsheet writes; the file is probably damaged</source>
        <translation>a control character (U+%1) that no spreadsheet writes; the file is probably damaged</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Other period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>A&amp;dviser:</source>
        <translation>A&amp;dviser:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>All advisers</translation>
    </message>
    <message>
        <source>The period's start comes after its end: change one of the two dates.</source>
        <translation>The period's start comes after its end: change one of the two dates.</translation>
    </message>
    <message>
        <source>Click a bar, a slice or a figure of a table to list its records; « ? » gives the definition of each indicator.</source>
        <translation>Click a bar, a slice or a figure of a table to list its records; « ? » gives the definition of each indicator.</translation>
    </message>
    <message>
        <source>Every chart with its figures and definition, for a funder or a meeting</source>
        <translation>Every chart with its figures and definition, for a funder or a meeting</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Save the dashboard as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>One sheet per indicator with its figures, and a sheet of definitions</source>
        <translation>One sheet per indicator with its figures, and a sheet of definitions</translation>
    </message>
    <message>
        <source>The bilan d'activité of a year for funders, as PDF or Excel</source>
        <translation>The bilan d'activité of a year for funders, as PDF or Excel</translation>
    </message>
    <message>
        <source>dashboard-%1-%2</source>
        <translation>dashboard-%1-%2</translation>
    </message>
    <message>
        <source>Save the dashboard as an Excel workbook</source>
        <translation>Save the dashboard as an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Dashboard as &amp;PDF…</source>
        <translation>Dashboard as &amp;PDF…</translation>
    </message>
    <message>
        <source>Dashboard as E&amp;xcel workbook…</source>
        <translation>Dashboard as E&amp;xcel workbook…</translation>
    </message>
    <message>
        <source>&amp;Activity report of a year…</source>
        <translation>&amp;Activity report of a year…</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>saving a setting</source>
        <translation>saving a setting</translation>
    </message>
    <message>
        <source>The site code "%1" is not valid.</source>
        <translation>The site code "%1" is not valid.</translation>
    </message>
    <message>
        <source>Use two to five capital letters, such as CAE for Caen.</source>
        <translation>Use two to five capital letters, such as CAE for Caen.</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>The site needs a name.</translation>
    </message>
    <message>
        <source>numbering a dossier</source>
        <translation>numbering a dossier</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 is damaged.</source>
        <translation>The database file %1 is damaged.</translation>
    </message>
    <message>
        <source>Open the latest backup copy (File &gt; Open) and keep the damaged file for support.</source>
        <translation>Open the latest backup copy (File &gt; Open) and keep the damaged file for support.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>There is no database file at %1.</translation>
    </message>
    <message>
        <source>Check the path, or create the database with "sillage-cli init".</source>
        <translation>Check the path, or create the database with "sillage-cli init".</translation>
    </message>
    <message>
        <source>%1 is not a Sillage database, or its beginning is damaged.</source>
        <translation>%1 is not a Sillage database, or its beginning is damaged.</translation>
    </message>
    <message>
        <source>Open the latest backup copy (File &gt; Open) and keep this file for support.</source>
        <translation>Open the latest backup copy (File &gt; Open) and keep this file for support.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Check that the disk is present and that you may write there.</source>
        <translation>Check that the disk is present and that you may write there.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>The database %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>Check that the file exists and that you may read and write it.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Sillage (schema %1; this version knows up to %2).</source>
        <translation>This database was written by a newer version of Sillage (schema %1; this version knows up to %2).</translation>
    </message>
    <message>
        <source>Install the latest version of Sillage to open it. The file was not changed.</source>
        <translation>Install the latest version of Sillage to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>This database uses an older structure (schema %1) and must be upgraded first.</source>
        <translation>This database uses an older structure (schema %1) and must be upgraded first.</translation>
    </message>
    <message>
        <source>Open it once in Sillage, or run "sillage-cli init" on it.</source>
        <translation>Open it once in Sillage, or run "sillage-cli init" on it.</translation>
    </message>
    <message>
        <source>The database %1 is already open for writing in another Sillage program (process %2 on %3).</source>
        <translation>The database %1 is already open for writing in another Sillage program (process %2 on %3).</translation>
    </message>
    <message>
        <source>Close the other program first, or open a backup copy to read it.</source>
        <translation>Close the other program first, or open a backup copy to read it.</translation>
    </message>
    <message>
        <source>The lock file beside %1 cannot be created.</source>
        <translation>The lock file beside %1 cannot be created.</translation>
    </message>
    <message>
        <source>Check that you may write in the database's folder.</source>
        <translation>Check that you may write in the database's folder.</translation>
    </message>
    <message>
        <source>The database %1 cannot use its safe journal mode.</source>
        <translation>The database %1 cannot use its safe journal mode.</translation>
    </message>
    <message>
        <source>Put the database on a local disk: network shares do not support it.</source>
        <translation>Put the database on a local disk: network shares do not support it.</translation>
    </message>
    <message>
        <source>row %1 of %2 points to a missing %3</source>
        <translation>row %1 of %2 points to a missing %3</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>recording the schema version</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it stays at schema %2</source>
        <translation>Upgrading the database to schema %1 failed; it stays at schema %2</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>The backup folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The database was not upgraded. Free some space or check the folder's permissions.</source>
        <translation>The database was not upgraded. Free some space or check the folder's permissions.</translation>
    </message>
    <message>
        <source>a copy of the database before upgrading it</source>
        <translation>a copy of the database before upgrading it</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>starting a change</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>saving the change</translation>
    </message>
    <message>
        <source>undoing a failed change</source>
        <translation>undoing a failed change</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>“%1” is not a valid date: %2</source>
        <translation>“%1” is not a valid date: %2</translation>
    </message>
    <message>
        <source>Write dates as DD/MM/YYYY (for example 31/01/2005) or YYYY-MM-DD.</source>
        <translation>Write dates as DD/MM/YYYY (for example 31/01/2005) or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <source>the year has two digits, so the century is unknown; write it with four</source>
        <translation>the year has two digits, so the century is unknown; write it with four</translation>
    </message>
    <message>
        <source>the year must have four digits</source>
        <translation>the year must have four digits</translation>
    </message>
    <message>
        <source>expected DD/MM/YYYY or YYYY-MM-DD</source>
        <translation>expected DD/MM/YYYY or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the year must be between %1 and %2</source>
        <translation>the year must be between %1 and %2</translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation>there is no month %1</translation>
    </message>
    <message>
        <source>this day does not exist in that month</source>
        <translation>this day does not exist in that month</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo size must be a positive number.</source>
        <translation>The demo size must be a positive number.</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>dating a demonstration dossier</source>
        <translation>dating a demonstration dossier</translation>
    </message>
</context>
<context>
    <name>DirectoryFormDialog</name>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problems to correct</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>What you changed in this window has not been saved.</source>
        <translation>What you changed in this window has not been saved.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>DossierFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DossierItemStore</name>
    <message>
        <source>Invalid table name.</source>
        <translation>Invalid table name.</translation>
    </message>
    <message>
        <source>reading a dossier</source>
        <translation>reading a dossier</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
</context>
<context>
    <name>DossierRecords</name>
    <message>
        <source>gathering the records of a dossier</source>
        <translation>gathering the records of a dossier</translation>
    </message>
    <message>
        <source>There is no dossier with the id %1.</source>
        <translation>There is no dossier with the id %1.</translation>
    </message>
</context>
<context>
    <name>DossierSummary</name>
    <message>
        <source>updating the dossier's list columns</source>
        <translation>updating the dossier's list columns</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
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
        <translation>Career plan</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Full path</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the identity, contact and situation of the young person</source>
        <translation>Edit the identity, contact and situation of the young person</translation>
    </message>
    <message>
        <source>Change adviser…</source>
        <translation>Change adviser…</translation>
    </message>
    <message>
        <source>Select a dossier in the list to see it here.</source>
        <translation>Select a dossier in the list to see it here.</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>This dossier no longer exists.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 on %2 (%3)</translation>
    </message>
    <message>
        <source>No adviser</source>
        <translation>No adviser</translation>
    </message>
    <message>
        <source>Adviser: %1</source>
        <translation>Adviser: %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Close the dossier…</source>
        <translation>Close the dossier…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>The young person leaves the follow-up: say why and when</source>
        <translation>The young person leaves the follow-up: say why and when</translation>
    </message>
    <message>
        <source>Bring the dossier back into the active follow-up</source>
        <translation>Bring the dossier back into the active follow-up</translation>
    </message>
    <message>
        <source>Reopen the dossier</source>
        <translation>Reopen the dossier</translation>
    </message>
    <message>
        <source>Reopen the dossier of %1? It comes back into the active follow-up, and its exit reason is cleared.</source>
        <translation>Reopen the dossier of %1? It comes back into the active follow-up, and its exit reason is cleared.</translation>
    </message>
    <message>
        <source>New immersion…</source>
        <translation>New immersion…</translation>
    </message>
    <message>
        <source>Create an immersion (PMSMP, internship) for the young person</source>
        <translation>Create an immersion (PMSMP, internship) for the young person</translation>
    </message>
    <message>
        <source>Immersion created for %1, as a draft.</source>
        <translation>Immersion created for %1, as a draft.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Data protection: everything held about the young person, accesses to the dossier</source>
        <translation>Data protection: everything held about the young person, accesses to the dossier</translation>
    </message>
    <message>
        <source>Everything held (right of &amp;access)…</source>
        <translation>Everything held (right of &amp;access)…</translation>
    </message>
    <message>
        <source>Accesses to the &amp;dossier…</source>
        <translation>Accesses to the &amp;dossier…</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <source>Folder for the answer to %1's request</source>
        <translation>Folder for the answer to %1's request</translation>
    </message>
    <message>
        <source>Everything held about %1 is in these two files: the PDF to read, the JSON file for a machine.</source>
        <translation>Everything held about %1 is in these two files: the PDF to read, the JSON file for a machine.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 access(es).
%2
%3</source>
        <translation>
            <numerusform>%n record, %1 access(es).
%2
%3</numerusform>
            <numerusform>%n records, %1 access(es).
%2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
</context>
<context>
    <name>DropoutCaseView</name>
    <message>
        <source>Mark as unreachable</source>
        <translation>Mark as unreachable</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Contact attempts</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <source>Obligation:</source>
        <translation>Obligation:</translation>
    </message>
    <message>
        <source>School left:</source>
        <translation>School left:</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>Guardian:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Adviser:</translation>
    </message>
    <message>
        <source>Log an attempt by %1 today: choose what it gave</source>
        <translation>Log an attempt by %1 today: choose what it gave</translation>
    </message>
    <message>
        <source>Other date…</source>
        <translation>Other date…</translation>
    </message>
    <message>
        <source>Log an attempt made on another day, or with a note</source>
        <translation>Log an attempt made on another day, or with a note</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <source>Create a Jeunes dossier</source>
        <translation>Create a Jeunes dossier</translation>
    </message>
    <message>
        <source>The Mission locale takes the young person on: open a dossier from this case</source>
        <translation>The Mission locale takes the young person on: open a dossier from this case</translation>
    </message>
    <message>
        <source>Link to a dossier…</source>
        <translation>Link to a dossier…</translation>
    </message>
    <message>
        <source>The young person already has a dossier: link this case to it</source>
        <translation>The young person already has a dossier: link this case to it</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Open the dossier</translation>
    </message>
    <message>
        <source>Dropout case</source>
        <translation>Dropout case</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old, born %1</source>
        <translation>
            <numerusform>%n year old, born %1</numerusform>
            <numerusform>%n years old, born %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown without the birth date</source>
        <translation>Unknown without the birth date</translation>
    </message>
    <message>
        <source>Applies until %1</source>
        <translation>Applies until %1</translation>
    </message>
    <message>
        <source>Ended on %1 (18th birthday)</source>
        <translation>Ended on %1 (18th birthday)</translation>
    </message>
    <message>
        <source>Starts on %1 (16th birthday)</source>
        <translation>Starts on %1 (16th birthday)</translation>
    </message>
    <message>
        <source>UAI %1</source>
        <translation>UAI %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>left %1</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in a row without an answer: the case may be called unreachable.</source>
        <translation>
            <numerusform>%n attempt in a row without an answer: the case may be called unreachable.</numerusform>
            <numerusform>%n attempts in a row without an answer: the case may be called unreachable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <source>Attempt not logged</source>
        <translation>Attempt not logged</translation>
    </message>
    <message>
        <source>Which solution did the young person find?</source>
        <translation>Which solution did the young person find?</translation>
    </message>
    <message>
        <source>Why close the case?</source>
        <translation>Why close the case?</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>Case not assigned</source>
        <translation>Case not assigned</translation>
    </message>
    <message>
        <source>Dossier not created</source>
        <translation>Dossier not created</translation>
    </message>
    <message>
        <source>Case not linked</source>
        <translation>Case not linked</translation>
    </message>
    <message>
        <source>Log an attempt made today:</source>
        <translation>Log an attempt made today:</translation>
    </message>
    <message>
        <source>Link to a Jeunes dossier</source>
        <translation>Link to a Jeunes dossier</translation>
    </message>
</context>
<context>
    <name>DropoutExporter</name>
    <message>
        <source>Dropout cases</source>
        <translation>Dropout cases</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Obligation ends on</source>
        <translation>Obligation ends on</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Date left</source>
        <translation>Date left</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Solution on</source>
        <translation>Solution on</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Contact attempts</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>Dossier no.</translation>
    </message>
    <message>
        <source>reading the dropout cases to export</source>
        <translation>reading the dropout cases to export</translation>
    </message>
</context>
<context>
    <name>DropoutFilterBar</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>No attempt for days</source>
        <translation>No attempt for days</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Open cases with no attempt logged for at least this many days, or none at all</source>
        <translation>Open cases with no attempt logged for at least this many days, or none at all</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>No attempt for</source>
        <translation>No attempt for</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>All advisers</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
</context>
<context>
    <name>DropoutImportDialog</name>
    <message>
        <source>Import a dropout list</source>
        <translation>Import a dropout list</translation>
    </message>
    <message>
        <source>Import the young people of a list (SIEI list, a school's list) saved as CSV. Each row is matched against the cases and dossiers already known: a match is linked, never duplicated. Nothing is written until you click “Import”.</source>
        <translation>Import the young people of a list (SIEI list, a school's list) saved as CSV. Each row is matched against the cases and dossiers already known: a match is linked, never duplicated. Nothing is written until you click “Import”.</translation>
    </message>
    <message>
        <source>e.g. SIEI %1</source>
        <translation>e.g. SIEI %1</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Choose the list to import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; what the import would do shows once the campaign is named</source>
        <translation>
            <numerusform>%n row read; what the import would do shows once the campaign is named</numerusform>
            <numerusform>%n rows read; what the import would do shows once the campaign is named</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Name the campaign this list belongs to, or choose one already received.</source>
        <translation>Name the campaign this list belongs to, or choose one already received.</translation>
    </message>
    <message>
        <source>Already followed: %1</source>
        <translation>Already followed: %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>To review: %1</translation>
    </message>
    <message>
        <source>Same young person as line %1 of the file.</source>
        <translation>Same young person as line %1 of the file.</translation>
    </message>
    <message>
        <source>New case, linked to a dossier: %1</source>
        <translation>New case, linked to a dossier: %1</translation>
    </message>
    <message numerus="yes">
        <source>Problems and matches by line (%n)</source>
        <translation>
            <numerusform>Problems and matches by line (%n)</numerusform>
            <numerusform>Problems and matches by line (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n new case</numerusform>
            <numerusform>%n new cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to a dossier</source>
        <translation>
            <numerusform>%n linked to a dossier</numerusform>
            <numerusform>%n linked to a dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed</source>
        <translation>
            <numerusform>%n already followed</numerusform>
            <numerusform>%n already followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation>
            <numerusform>&amp;Import %n case</numerusform>
            <numerusform>&amp;Import %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no young person to import.</source>
        <translation>The file holds no young person to import.</translation>
    </message>
    <message>
        <source>Nothing is written until you click “Import”. Rows to review wait in the review list.</source>
        <translation>Nothing is written until you click “Import”. Rows to review wait in the review list.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import done</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) created from “%1”.</source>
        <translation>
            <numerusform>%n case created from “%1”.</numerusform>
            <numerusform>%n cases created from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look like someone already known: decide in the “To review” tab.</source>
        <translation>
            <numerusform>%n row look like someone already known: decide in the “To review” tab.</numerusform>
            <numerusform>%n rows look like someone already known: decide in the “To review” tab.</numerusform>
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
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>Guardian's phone</source>
        <translation>Guardian's phone</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Date left</source>
        <translation>Date left</translation>
    </message>
    <message>
        <source>Give the campaign the list belongs to.</source>
        <translation>Give the campaign the list belongs to.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>"%1" is not a sex (F, M or empty).</source>
        <translation>"%1" is not a sex (F, M or empty).</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
</context>
<context>
    <name>DropoutListModel</name>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>DropoutMatcher</name>
    <message>
        <source>matching the list with its campaign</source>
        <translation>matching the list with its campaign</translation>
    </message>
    <message>
        <source>already in this campaign</source>
        <translation>already in this campaign</translation>
    </message>
    <message>
        <source>already in this campaign's review list</source>
        <translation>already in this campaign's review list</translation>
    </message>
    <message>
        <source>matching the list with the open cases</source>
        <translation>matching the list with the open cases</translation>
    </message>
    <message>
        <source>same INE</source>
        <translation>same INE</translation>
    </message>
    <message>
        <source>same name and birth date, but another INE</source>
        <translation>same name and birth date, but another INE</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <source>matching the list with the dossiers</source>
        <translation>matching the list with the dossiers</translation>
    </message>
    <message>
        <source>matching the list</source>
        <translation>matching the list</translation>
    </message>
    <message>
        <source>same name with last and first names swapped, same birth date</source>
        <translation>same name with last and first names swapped, same birth date</translation>
    </message>
    <message>
        <source>same name, birth dates that differ by one digit or by day and month swapped</source>
        <translation>same name, birth dates that differ by one digit or by day and month swapped</translation>
    </message>
</context>
<context>
    <name>DropoutRepository</name>
    <message>
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>reading a dropout case</source>
        <translation>reading a dropout case</translation>
    </message>
    <message>
        <source>reading the dropout cases</source>
        <translation>reading the dropout cases</translation>
    </message>
    <message>
        <source>reading the history of a case</source>
        <translation>reading the history of a case</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>This dossier no longer exists.</translation>
    </message>
    <message>
        <source>This case is already linked to a dossier.</source>
        <translation>This case is already linked to a dossier.</translation>
    </message>
    <message>
        <source>reading the filters of the case list</source>
        <translation>reading the filters of the case list</translation>
    </message>
    <message>
        <source>Left school</source>
        <translation>Left school</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Left %1</translation>
    </message>
    <message>
        <source>Dropout case</source>
        <translation>Dropout case</translation>
    </message>
</context>
<context>
    <name>DropoutReviewPanel</name>
    <message>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Different people</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Young person in the list</source>
        <translation>Young person in the list</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Link the row to the case or dossier already known</source>
        <translation>Link the row to the case or dossier already known</translation>
    </message>
    <message>
        <source>Keep the row apart: it becomes a case of its own</source>
        <translation>Keep the row apart: it becomes a case of its own</translation>
    </message>
    <message>
        <source>These rows look like someone already known, without being surely the same person. Compare them and decide: nothing is linked until you do.</source>
        <translation>These rows look like someone already known, without being surely the same person. Compare them and decide: nothing is linked until you do.</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Already known</translation>
    </message>
    <message>
        <source>Rows to review</source>
        <translation>Rows to review</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <source>Jeunes dossier %1</source>
        <translation>Jeunes dossier %1</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Decision not recorded</translation>
    </message>
</context>
<context>
    <name>DropoutReviewRepository</name>
    <message>
        <source>reading the rows to review</source>
        <translation>reading the rows to review</translation>
    </message>
    <message>
        <source>This row has already been decided, or no longer exists.</source>
        <translation>This row has already been decided, or no longer exists.</translation>
    </message>
</context>
<context>
    <name>DropoutValidator</name>
    <message>
        <source>The last name is required.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <source>The last name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>The last name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>The first name is required.</translation>
    </message>
    <message>
        <source>The first name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</source>
        <translation>The first name may only hold letters, spaces, hyphens and apostrophes, 80 at most.</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>The birth date is required.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>This birth date gives an age over 30: check it.</source>
        <translation>This birth date gives an age over 30: check it.</translation>
    </message>
    <message>
        <source>The phone number is not valid: 10 digits starting with 0, or an international number starting with +.</source>
        <translation>The phone number is not valid: 10 digits starting with 0, or an international number starting with +.</translation>
    </message>
    <message>
        <source>The legal representative's phone number is not valid.</source>
        <translation>The legal representative's phone number is not valid.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>The postcode has 5 digits.</source>
        <translation>The postcode has 5 digits.</translation>
    </message>
    <message>
        <source>Unknown sex.</source>
        <translation>Unknown sex.</translation>
    </message>
    <message>
        <source>This text is too long (%1 characters at most).</source>
        <translation>This text is too long (%1 characters at most).</translation>
    </message>
    <message>
        <source>This text looks like a spreadsheet formula, not like data.</source>
        <translation>This text looks like a spreadsheet formula, not like data.</translation>
    </message>
</context>
<context>
    <name>DropoutWorkflow</name>
    <message>
        <source>Unknown status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <source>A case cannot go from “%1” to “%2”.</source>
        <translation>A case cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>Say which solution the young person found.</source>
        <translation>Say which solution the young person found.</translation>
    </message>
    <message>
        <source>Say why the case is closed.</source>
        <translation>Say why the case is closed.</translation>
    </message>
</context>
<context>
    <name>DropoutsPage</name>
    <message>
        <source>No dropout case yet</source>
        <translation>No dropout case yet</translation>
    </message>
    <message>
        <source>Import the list of a campaign de repérage (SIEI list, a school's list) or report a young person who left school. To try the module first, open the demonstration database.</source>
        <translation>Import the list of a campaign de repérage (SIEI list, a school's list) or report a young person who left school. To try the module first, open the demonstration database.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Import a list…</translation>
    </message>
    <message>
        <source>Report a young person…</source>
        <translation>Report a young person…</translation>
    </message>
    <message>
        <source>Open the demonstration</source>
        <translation>Open the demonstration</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>Campaign figures</translation>
    </message>
    <message>
        <source>Import the young people of a campaign de repérage from a CSV file</source>
        <translation>Import the young people of a campaign de repérage from a CSV file</translation>
    </message>
    <message>
        <source>A school, a family or a partner tells you about one young person</source>
        <translation>A school, a family or a partner tells you about one young person</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The cases…</source>
        <translation>The cases…</translation>
    </message>
    <message>
        <source>The campaign figures…</source>
        <translation>The campaign figures…</translation>
    </message>
    <message>
        <source>Assign the selection to…</source>
        <translation>Assign the selection to…</translation>
    </message>
    <message>
        <source>Give the selected cases to an adviser</source>
        <translation>Give the selected cases to an adviser</translation>
    </message>
    <message>
        <source>Dropout cases</source>
        <translation>Dropout cases</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n selected</numerusform>
            <numerusform>, %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>To review (%1)</translation>
    </message>
    <message>
        <source>Cases not assigned</source>
        <translation>Cases not assigned</translation>
    </message>
    <message>
        <source>Export the campaign figures</source>
        <translation>Export the campaign figures</translation>
    </message>
    <message>
        <source>Export the dropout cases</source>
        <translation>Export the dropout cases</translation>
    </message>
    <message>
        <source>campaign-figures-%1.xlsx</source>
        <translation>campaign-figures-%1.xlsx</translation>
    </message>
    <message>
        <source>dropout-cases-%1.xlsx</source>
        <translation>dropout-cases-%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateGuard</name>
    <message>
        <source>looking for duplicates</source>
        <translation>looking for duplicates</translation>
    </message>
    <message>
        <source>same INE</source>
        <translation>same INE</translation>
    </message>
    <message>
        <source>same name with last and first names swapped, same birth date</source>
        <translation>same name with last and first names swapped, same birth date</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>same name and birth date</translation>
    </message>
</context>
<context>
    <name>DuplicatePlacementDialog</name>
    <message>
        <source>Duplicate the immersion</source>
        <translation>Duplicate the immersion</translation>
    </message>
    <message>
        <source>A new draft convention is made with the same young person, company, tutor, job, schedule and content, for the dates below. The original (%1 to %2) stays as it is.</source>
        <translation>A new draft convention is made with the same young person, company, tutor, job, schedule and content, for the dates below. The original (%1 to %2) stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Start *:</source>
        <translation>&amp;Start *:</translation>
    </message>
    <message>
        <source>&amp;End *:</source>
        <translation>&amp;End *:</translation>
    </message>
    <message>
        <source>These dates do not fit the rules of an immersion.</source>
        <translation>These dates do not fit the rules of an immersion.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>New journal entry</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Minutes, after a duration.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>What was said, decided, planned…</source>
        <translation>What was said, decided, planned…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Shared with your colleagues who follow this young person.</source>
        <translation>Shared with your colleagues who follow this young person.</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Summar&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation>&amp;Private note:</translation>
    </message>
    <message>
        <source>Written by %1. Their private note, if any, stays theirs.</source>
        <translation>Written by %1. Their private note, if any, stays theirs.</translation>
    </message>
    <message>
        <source>Save the journal entry</source>
        <translation>Save the journal entry</translation>
    </message>
    <message>
        <source>Add the journal entry</source>
        <translation>Add the journal entry</translation>
    </message>
    <message>
        <source>Only you will see this note.</source>
        <translation>Only you will see this note.</translation>
    </message>
    <message>
        <source>Do not write sensitive data in it: health, religion, justice…</source>
        <translation>Do not write sensitive data in it: health, religion, justice…</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Export for a site…</source>
        <translation>&amp;Export for a site…</translation>
    </message>
    <message>
        <source>&amp;Transfer dossiers to another site…</source>
        <translation>&amp;Transfer dossiers to another site…</translation>
    </message>
    <message>
        <source>&amp;Import an exchange file…</source>
        <translation>&amp;Import an exchange file…</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide…</source>
        <translation>&amp;Conflicts to decide…</translation>
    </message>
    <message>
        <source>&amp;History of exchanges…</source>
        <translation>&amp;History of exchanges…</translation>
    </message>
</context>
<context>
    <name>ExchangeCipher</name>
    <message>
        <source>There is not enough memory to derive the key.</source>
        <translation>There is not enough memory to derive the key.</translation>
    </message>
    <message>
        <source>Close other programs, then try again.</source>
        <translation>Close other programs, then try again.</translation>
    </message>
    <message>
        <source>The exchange file is empty.</source>
        <translation>The exchange file is empty.</translation>
    </message>
    <message>
        <source>Ask for the file again: the copy was probably interrupted.</source>
        <translation>Ask for the file again: the copy was probably interrupted.</translation>
    </message>
    <message>
        <source>This is a plain SQLite database, not an encrypted exchange file.</source>
        <translation>This is a plain SQLite database, not an encrypted exchange file.</translation>
    </message>
    <message>
        <source>This file is not a Sillage exchange file.</source>
        <translation>This file is not a Sillage exchange file.</translation>
    </message>
    <message>
        <source>The exchange file is incomplete (its header is cut short).</source>
        <translation>The exchange file is incomplete (its header is cut short).</translation>
    </message>
    <message>
        <source>This exchange file uses format version %1, which this version of Sillage does not read (it reads version %2).</source>
        <translation>This exchange file uses format version %1, which this version of Sillage does not read (it reads version %2).</translation>
    </message>
    <message>
        <source>Install the latest version of Sillage, or ask for a file written by the same version.</source>
        <translation>Install the latest version of Sillage, or ask for a file written by the same version.</translation>
    </message>
    <message>
        <source>The header of the exchange file is damaged.</source>
        <translation>The header of the exchange file is damaged.</translation>
    </message>
    <message>
        <source>The key parameters of the exchange file are outside safe limits.</source>
        <translation>The key parameters of the exchange file are outside safe limits.</translation>
    </message>
    <message>
        <source>The file is damaged or was not written by Sillage; it was not read.</source>
        <translation>The file is damaged or was not written by Sillage; it was not read.</translation>
    </message>
    <message>
        <source>The exchange file declares sizes that cannot be right.</source>
        <translation>The exchange file declares sizes that cannot be right.</translation>
    </message>
    <message>
        <source>The exchange file is incomplete (truncated).</source>
        <translation>The exchange file is incomplete (truncated).</translation>
    </message>
    <message>
        <source>The exchange file has extra bytes after its end.</source>
        <translation>The exchange file has extra bytes after its end.</translation>
    </message>
    <message>
        <source>The file is damaged; ask for it again.</source>
        <translation>The file is damaged; ask for it again.</translation>
    </message>
    <message>
        <source>The encryption library cannot be started.</source>
        <translation>The encryption library cannot be started.</translation>
    </message>
    <message>
        <source>An exchange file needs a passphrase.</source>
        <translation>An exchange file needs a passphrase.</translation>
    </message>
    <message>
        <source>The exchange data cannot be read back.</source>
        <translation>The exchange data cannot be read back.</translation>
    </message>
    <message>
        <source>There is too much to put in one exchange file.</source>
        <translation>There is too much to put in one exchange file.</translation>
    </message>
    <message>
        <source>Export fewer dossiers at once, or exchange more often.</source>
        <translation>Export fewer dossiers at once, or exchange more often.</translation>
    </message>
    <message>
        <source>The exchange file %1 cannot be created.</source>
        <translation>The exchange file %1 cannot be created.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>The exchange file %1 cannot be written.</source>
        <translation>The exchange file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Check the free space on the disk, then try again.</source>
        <translation>Check the free space on the disk, then try again.</translation>
    </message>
    <message>
        <source>The exchange file %1 cannot be opened.</source>
        <translation>The exchange file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Check the path and that you may read the file.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created to read the exchange file.</source>
        <translation>A temporary file cannot be created to read the exchange file.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed after it was written.</source>
        <translation>The passphrase is wrong, or the file was changed after it was written.</translation>
    </message>
    <message>
        <source>Check the passphrase with the person who sent the file; if it is right, ask for the file again.</source>
        <translation>Check the passphrase with the person who sent the file; if it is right, ask for the file again.</translation>
    </message>
    <message>
        <source>The exchange file was changed or damaged after it was written.</source>
        <translation>The exchange file was changed or damaged after it was written.</translation>
    </message>
    <message>
        <source>Ask for the file again; nothing was imported.</source>
        <translation>Ask for the file again; nothing was imported.</translation>
    </message>
    <message>
        <source>The exchange file cannot be decrypted to disk.</source>
        <translation>The exchange file cannot be decrypted to disk.</translation>
    </message>
    <message>
        <source>Exchange files are written by File &gt; Exchanges &gt; Export or by "sillage-cli exchange export".</source>
        <translation>Exchange files are written by File &gt; Exchanges &gt; Export or by "sillage-cli exchange export".</translation>
    </message>
    <message>
        <source>Writing the exchange file was stopped; no file was written.</source>
        <translation>Writing the exchange file was stopped; no file was written.</translation>
    </message>
    <message>
        <source>Reading the exchange file was stopped; nothing was imported.</source>
        <translation>Reading the exchange file was stopped; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>exchange takes export or import: exchange export --out FILE, exchange import FILE.</source>
        <translation>exchange takes export or import: exchange export --out FILE, exchange import FILE.</translation>
    </message>
    <message>
        <source>exchange export needs --out FILE.</source>
        <translation>exchange export needs --out FILE.</translation>
    </message>
    <message>
        <source>exchange export needs --site CODE (what changed since the last exchange with that site), --all, or --dossier ID.</source>
        <translation>exchange export needs --site CODE (what changed since the last exchange with that site), --all, or --dossier ID.</translation>
    </message>
    <message>
        <source>--all and --dossier cannot be used together.</source>
        <translation>--all and --dossier cannot be used together.</translation>
    </message>
    <message>
        <source>exchange import needs the exchange file.</source>
        <translation>exchange import needs the exchange file.</translation>
    </message>
    <message>
        <source>exchange needs a passphrase: --passphrase-file F, or the SILLAGE_PASSPHRASE variable.</source>
        <translation>exchange needs a passphrase: --passphrase-file F, or the SILLAGE_PASSPHRASE variable.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n record written to %1.</numerusform>
            <numerusform>%n records written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>From site %1 (%2), written on %3 by %4: %5.</source>
        <translation>From site %1 (%2), written on %3 by %4: %5.</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>changes</translation>
    </message>
    <message>
        <source>dossier transfer</source>
        <translation>dossier transfer</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: new %2, updated %3, deleted %4, conflicts %5, unchanged %6.</source>
        <translation>%1: new %2, updated %3, deleted %4, conflicts %5, unchanged %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) given a local number (theirs was already used here).</source>
        <translation>
            <numerusform>%n dossier given a local number (theirs was already used here).</numerusform>
            <numerusform>%n dossiers given a local number (theirs was already used here).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 deleted.</source>
        <translation>Imported: %1 new, %2 updated, %3 deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: records changed on both sides were left as they are here.</source>
        <translation>
            <numerusform>%n conflict to resolve: records changed on both sides were left as they are here.</numerusform>
            <numerusform>%n conflicts to resolve: records changed on both sides were left as they are here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDerivedColumns</name>
    <message>
        <source>updating the sort keys of a received record</source>
        <translation>updating the sort keys of a received record</translation>
    </message>
</context>
<context>
    <name>ExchangeDossierNumbers</name>
    <message>
        <source>numbering a dossier</source>
        <translation>numbering a dossier</translation>
    </message>
    <message>
        <source>No free dossier number was found.</source>
        <translation>No free dossier number was found.</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <source>&amp;Add a dossier…</source>
        <translation>&amp;Add a dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Export an exchange file</source>
        <translation>Export an exchange file</translation>
    </message>
    <message>
        <source>Transfer dossiers to another site</source>
        <translation>Transfer dossiers to another site</translation>
    </message>
    <message>
        <source>The exchange file carries the changes of %1 to another site of your network, encrypted. The other site imports it with Fichier → Échanges → Importer.</source>
        <translation>The exchange file carries the changes of %1 to another site of your network, encrypted. The other site imports it with Fichier → Échanges → Importer.</translation>
    </message>
    <message>
        <source>A transfer carries the whole file of a young person who moves (journal, actions, immersions, dropout case) to the site that takes them on, encrypted.</source>
        <translation>A transfer carries the whole file of a young person who moves (journal, actions, immersions, dropout case) to the site that takes them on, encrypted.</translation>
    </message>
    <message>
        <source>Code of the site, e.g. CAE</source>
        <translation>Code of the site, e.g. CAE</translation>
    </message>
    <message>
        <source>Name of the site, e.g. Mission locale de Caen</source>
        <translation>Name of the site, e.g. Mission locale de Caen</translation>
    </message>
    <message>
        <source>For the &amp;site:</source>
        <translation>For the &amp;site:</translation>
    </message>
    <message>
        <source>To the &amp;site (optional):</source>
        <translation>To the &amp;site (optional):</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>Site &amp;name:</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Give the passphrase to the other site by another way than the file itself: by telephone or in person, never in the same e-mail.</source>
        <translation>Give the passphrase to the other site by another way than the file itself: by telephone or in person, never in the same e-mail.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>What &amp;changed since the last exchange with the site</source>
        <translation>What &amp;changed since the last exchange with the site</translation>
    </message>
    <message>
        <source>E&amp;verything (a new site, or to start again from a complete copy)</source>
        <translation>E&amp;verything (a new site, or to start again from a complete copy)</translation>
    </message>
    <message>
        <source>Dossiers to transfer</source>
        <translation>Dossiers to transfer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dossier to transfer</source>
        <translation>Dossier to transfer</translation>
    </message>
    <message>
        <source>Save the exchange file</source>
        <translation>Save the exchange file</translation>
    </message>
    <message>
        <source>Sillage exchange files (*.sillage)</source>
        <translation>Sillage exchange files (*.sillage)</translation>
    </message>
    <message>
        <source>Choose the site the file is for: its changes are counted from your last exchange with it.</source>
        <translation>Choose the site the file is for: its changes are counted from your last exchange with it.</translation>
    </message>
    <message>
        <source>%1 is this site's own code: choose the other site.</source>
        <translation>%1 is this site's own code: choose the other site.</translation>
    </message>
    <message>
        <source>Add the dossier to transfer.</source>
        <translation>Add the dossier to transfer.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Writing the exchange file…</source>
        <translation>Writing the exchange file…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n record written to %1.</numerusform>
            <numerusform>%n records written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the file to the other site, and give them the passphrase by telephone.</source>
        <translation>Send the file to the other site, and give them the passphrase by telephone.</translation>
    </message>
</context>
<context>
    <name>ExchangeExporter</name>
    <message>
        <source>An exchange file cannot be written in the middle of another change.</source>
        <translation>An exchange file cannot be written in the middle of another change.</translation>
    </message>
    <message>
        <source>An exchange file needs a passphrase.</source>
        <translation>An exchange file needs a passphrase.</translation>
    </message>
    <message>
        <source>Choose the site the exchange file is for, or export everything.</source>
        <translation>Choose the site the exchange file is for, or export everything.</translation>
    </message>
    <message>
        <source>Choose at least one dossier to transfer.</source>
        <translation>Choose at least one dossier to transfer.</translation>
    </message>
    <message>
        <source>This database has no site code yet.</source>
        <translation>This database has no site code yet.</translation>
    </message>
    <message>
        <source>Set the site's code and name first (first start, or Settings).</source>
        <translation>Set the site's code and name first (first start, or Settings).</translation>
    </message>
    <message>
        <source>reading the last exchange with the site</source>
        <translation>reading the last exchange with the site</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created for the exchange file.</source>
        <translation>A temporary folder cannot be created for the exchange file.</translation>
    </message>
    <message>
        <source>Check the free space on the disk, then try again.</source>
        <translation>Check the free space on the disk, then try again.</translation>
    </message>
    <message>
        <source>preparing the exchange file</source>
        <translation>preparing the exchange file</translation>
    </message>
    <message>
        <source>choosing the dossiers to transfer</source>
        <translation>choosing the dossiers to transfer</translation>
    </message>
    <message>
        <source>There is no dossier with the id %1.</source>
        <translation>There is no dossier with the id %1.</translation>
    </message>
    <message>
        <source>writing the exchange file</source>
        <translation>writing the exchange file</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>recording the export</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written and nothing was recorded.</source>
        <translation>The export was stopped; no file was written and nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>ExchangeHistory</name>
    <message>
        <source>reading the history of exchanges</source>
        <translation>reading the history of exchanges</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Last import</translation>
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
        <translation>Direction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>History of exchanges</source>
        <translation>History of exchanges</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Exports and imports</translation>
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
        <translation>Dossier transfer</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>(any site)</source>
        <translation>(any site)</translation>
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
        <translation>&amp;Read the file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import an exchange file</source>
        <translation>Import an exchange file</translation>
    </message>
    <message>
        <source>Choose the file another site sent you and type the passphrase they gave you. Sillage shows what the file would change before anything is written.</source>
        <translation>Choose the file another site sent you and type the passphrase they gave you. Sillage shows what the file would change before anything is written.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>What the file would change</source>
        <translation>What the file would change</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Already up to date</translation>
    </message>
    <message>
        <source>Open an exchange file</source>
        <translation>Open an exchange file</translation>
    </message>
    <message>
        <source>Sillage exchange files (*.sillage);;All files (*)</source>
        <translation>Sillage exchange files (*.sillage);;All files (*)</translation>
    </message>
    <message>
        <source>Type the passphrase, then « Read the file ».</source>
        <translation>Type the passphrase, then « Read the file ».</translation>
    </message>
    <message>
        <source>Choose the exchange file first.</source>
        <translation>Choose the exchange file first.</translation>
    </message>
    <message>
        <source>Decrypting the exchange file…</source>
        <translation>Decrypting the exchange file…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Reading cancelled.</translation>
    </message>
    <message>
        <source>Comparing with your records…</source>
        <translation>Comparing with your records…</translation>
    </message>
    <message>
        <source>Exchange file not readable</source>
        <translation>Exchange file not readable</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), written on %3 by %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), written on %3 by %4.</translation>
    </message>
    <message>
        <source>A transfer of dossiers.</source>
        <translation>A transfer of dossiers.</translation>
    </message>
    <message>
        <source>Changes for synchronisation.</source>
        <translation>Changes for synchronisation.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Everything in this file is already here: importing it would change nothing.</source>
        <translation>Everything in this file is already here: importing it would change nothing.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be written.</source>
        <translation>
            <numerusform>%n record would be written.</numerusform>
            <numerusform>%n records would be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: they will wait for your decision, nothing is overwritten.</source>
        <translation>
            <numerusform>%n record changed on both sides: they will wait for your decision, nothing is overwritten.</numerusform>
            <numerusform>%n records changed on both sides: they will wait for your decision, nothing is overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) will get a number of this site: their number is already used here by another young person.</source>
        <translation>
            <numerusform>%n dossier will get a number of this site: their number is already used here by another young person.</numerusform>
            <numerusform>%n dossiers will get a number of this site: their number is already used here by another young person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the exchange file…</source>
        <translation>Importing the exchange file…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Import done: %1 new, %2 updated, %3 deleted.</source>
        <translation>Import done: %1 new, %2 updated, %3 deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your decision.</source>
        <translation>
            <numerusform>%n conflict wait for your decision.</numerusform>
            <numerusform>%n conflicts wait for your decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decide now</source>
        <translation>&amp;Decide now</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Nothing would be written.</source>
        <translation>Nothing would be written.</translation>
    </message>
</context>
<context>
    <name>ExchangeImporter</name>
    <message>
        <source>The content of the exchange file is not readable.</source>
        <translation>The content of the exchange file is not readable.</translation>
    </message>
    <message>
        <source>The file was probably not written by Sillage; nothing was imported.</source>
        <translation>The file was probably not written by Sillage; nothing was imported.</translation>
    </message>
    <message>
        <source>checking the records an exchange file refers to</source>
        <translation>checking the records an exchange file refers to</translation>
    </message>
    <message>
        <source>The exchange file holds a record of %1 whose %2 is neither in the file nor here.</source>
        <translation>The exchange file holds a record of %1 whose %2 is neither in the file nor here.</translation>
    </message>
    <message>
        <source>Import the earlier exchange files from that site first, or ask it for a file with everything. Nothing was imported.</source>
        <translation>Import the earlier exchange files from that site first, or ask it for a file with everything. Nothing was imported.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>reading a record</translation>
    </message>
    <message>
        <source>importing an exchange file</source>
        <translation>importing an exchange file</translation>
    </message>
    <message>
        <source>keeping a conflict for later</source>
        <translation>keeping a conflict for later</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>recording the import</translation>
    </message>
    <message>
        <source>A record of %1 in the exchange file duplicates another record here.</source>
        <translation>A record of %1 in the exchange file duplicates another record here.</translation>
    </message>
    <message>
        <source>Keep one of the two records on one site (delete the other), exchange again, then import this file. Nothing was imported.</source>
        <translation>Keep one of the two records on one site (delete the other), exchange again, then import this file. Nothing was imported.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>The import was stopped; nothing was imported.</translation>
    </message>
    <message>
        <source>forgetting the old values of an anonymised record</source>
        <translation>forgetting the old values of an anonymised record</translation>
    </message>
</context>
<context>
    <name>ExchangeNewRecords</name>
    <message>
        <source>importing an exchange file</source>
        <translation>importing an exchange file</translation>
    </message>
</context>
<context>
    <name>ExchangeProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
</context>
<context>
    <name>ExchangeReader</name>
    <message>
        <source>The content of the exchange file is not readable.</source>
        <translation>The content of the exchange file is not readable.</translation>
    </message>
    <message>
        <source>The file was probably not written by Sillage; nothing was imported.</source>
        <translation>The file was probably not written by Sillage; nothing was imported.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created to read the exchange file.</source>
        <translation>A temporary folder cannot be created to read the exchange file.</translation>
    </message>
    <message>
        <source>Check the free space on the disk, then try again.</source>
        <translation>Check the free space on the disk, then try again.</translation>
    </message>
    <message>
        <source>This exchange file was written by a newer version of Sillage (schema %1; this version knows up to %2).</source>
        <translation>This exchange file was written by a newer version of Sillage (schema %1; this version knows up to %2).</translation>
    </message>
    <message>
        <source>Install the latest version of Sillage to import it. Nothing was imported.</source>
        <translation>Install the latest version of Sillage to import it. Nothing was imported.</translation>
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
        <translation>Journal entry</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Career target</source>
        <translation>Career target</translation>
    </message>
    <message>
        <source>Change of adviser</source>
        <translation>Change of adviser</translation>
    </message>
    <message>
        <source>Host company</source>
        <translation>Host company</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <source>Immersion status change</source>
        <translation>Immersion status change</translation>
    </message>
    <message>
        <source>Immersion assessment</source>
        <translation>Immersion assessment</translation>
    </message>
    <message>
        <source>Dropout campaign</source>
        <translation>Dropout campaign</translation>
    </message>
    <message>
        <source>Line of a campaign list</source>
        <translation>Line of a campaign list</translation>
    </message>
    <message>
        <source>Dropout case</source>
        <translation>Dropout case</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Contact attempt</translation>
    </message>
    <message>
        <source>Dropout case status change</source>
        <translation>Dropout case status change</translation>
    </message>
    <message>
        <source>Match to check</source>
        <translation>Match to check</translation>
    </message>
    <message>
        <source>Local career sheet</source>
        <translation>Local career sheet</translation>
    </message>
    <message>
        <source>Local additions to a career sheet</source>
        <translation>Local additions to a career sheet</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Group session</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Last changed on</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Last changed by</translation>
    </message>
    <message>
        <source>Created at site</source>
        <translation>Created at site</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Dossier number</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Usual name</source>
        <translation>Usual name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>External identifier</source>
        <translation>External identifier</translation>
    </message>
    <message>
        <source>Lives in a QPV</source>
        <translation>Lives in a QPV</translation>
    </message>
    <message>
        <source>Lives in a ZRR</source>
        <translation>Lives in a ZRR</translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation>RQTH</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Legal representative's telephone</source>
        <translation>Legal representative's telephone</translation>
    </message>
    <message>
        <source>Legal representative's e-mail</source>
        <translation>Legal representative's e-mail</translation>
    </message>
    <message>
        <source>Legal representative's link</source>
        <translation>Legal representative's link</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Exit reason</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>ROME code</source>
        <translation>ROME code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Previous adviser</source>
        <translation>Previous adviser</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact's telephone</source>
        <translation>Contact's telephone</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>Contact's e-mail</translation>
    </message>
    <message>
        <source>ROME domains</source>
        <translation>ROME domains</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Working conditions</source>
        <translation>Working conditions</translation>
    </message>
    <message>
        <source>Risk prevention</source>
        <translation>Risk prevention</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation>Previous status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Last day present</source>
        <translation>Last day present</translation>
    </message>
    <message>
        <source>Hours missed</source>
        <translation>Hours missed</translation>
    </message>
    <message>
        <source>Job offer</source>
        <translation>Job offer</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Tutor's assessment</source>
        <translation>Tutor's assessment</translation>
    </message>
    <message>
        <source>Skills assessed</source>
        <translation>Skills assessed</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent or guardian</translation>
    </message>
    <message>
        <source>Parent's or guardian's telephone</source>
        <translation>Parent's or guardian's telephone</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Solution on</source>
        <translation>Solution on</translation>
    </message>
    <message>
        <source>Last attempt on</source>
        <translation>Last attempt on</translation>
    </message>
    <message>
        <source>Attempted on</source>
        <translation>Attempted on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Line received</source>
        <translation>Line received</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Possible match</translation>
    </message>
    <message>
        <source>Possible match (identifier)</source>
        <translation>Possible match (identifier)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Grand domaine</source>
        <translation>Grand domaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Access to the job</source>
        <translation>Access to the job</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Job titles</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Work contexts</translation>
    </message>
    <message>
        <source>Career sheet</source>
        <translation>Career sheet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Training offers</source>
        <translation>Training offers</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Picture file</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Career sheets</source>
        <translation>Career sheets</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonymised on</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Exchange file</source>
        <translation>Exchange file</translation>
    </message>
    <message>
        <source>ROME referential</source>
        <translation>ROME referential</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Disabled on</source>
        <translation>Disabled on</translation>
    </message>
</context>
<context>
    <name>ExchangeTables</name>
    <message>
        <source>listing the tables</source>
        <translation>listing the tables</translation>
    </message>
</context>
<context>
    <name>ExchangeVersions</name>
    <message>
        <source>reading a record</source>
        <translation>reading a record</translation>
    </message>
    <message>
        <source>importing an exchange file</source>
        <translation>importing an exchange file</translation>
    </message>
</context>
<context>
    <name>GlobalSearchField</name>
    <message>
        <source>Search every module (Ctrl+K)</source>
        <translation>Search every module (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Searches names, dossier numbers, companies and career sheets in every module.</source>
        <translation>Searches names, dossier numbers, companies and career sheets in every module.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Dossiers followed</source>
        <translation>Dossiers followed</translation>
    </message>
    <message>
        <source>Last backup copy</source>
        <translation>Last backup copy</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Find a young person, a company, a job… (Ctrl+K)</source>
        <translation>Find a young person, a company, a job… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save a copy of the database… (Ctrl+Shift+S)</source>
        <translation>Save a copy of the database… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sillage holds personal data about young people, many of them minors. Write only what the follow-up needs, and nothing about health, religion or justice in free-text notes.</source>
        <translation>Sillage holds personal data about young people, many of them minors. Write only what the follow-up needs, and nothing about health, religion or justice in free-text notes.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>No database is open. Use File &gt; Open or File &gt; New database.</source>
        <translation>No database is open. Use File &gt; Open or File &gt; New database.</translation>
    </message>
    <message>
        <source>%1 · site %2 · %3</source>
        <translation>%1 · site %2 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to open its dossier, immersion or case</source>
        <translation>Press Enter or double-click a line to open its dossier, immersion or case</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>The whole site</source>
        <translation>The whole site</translation>
    </message>
    <message>
        <source>Whose things to do</source>
        <translation>Whose things to do</translation>
    </message>
    <message>
        <source>Nothing to do today. Well done!</source>
        <translation>Nothing to do today. Well done!</translation>
    </message>
    <message>
        <source>Sillage opens without a password: anyone using this computer can read the dossiers. Set a password: it will be asked at each start and to unlock Sillage.</source>
        <translation>Sillage opens without a password: anyone using this computer can read the dossiers. Set a password: it will be asked at each start and to unlock Sillage.</translation>
    </message>
    <message>
        <source>Set my &amp;password…</source>
        <translation>Set my &amp;password…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>… and many more (over %1 in all)</source>
        <translation>… and many more (over %1 in all)</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
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
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Usage name</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>Dossier no.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation>RQTH</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(instead of %1)</source>
        <translation>(instead of %1)</translation>
    </message>
    <message>
        <source>Advisers over time</source>
        <translation>Advisers over time</translation>
    </message>
    <message>
        <source>no change since the dossier was opened</source>
        <translation>no change since the dossier was opened</translation>
    </message>
</context>
<context>
    <name>ImportDialogFrame</name>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>Read the file again after correcting it in your spreadsheet</source>
        <translation>Read the file again after correcting it in your spreadsheet</translation>
    </message>
    <message>
        <source>Choose the file to import. Its first rows and what the import would do will show here.</source>
        <translation>Choose the file to import. Its first rows and what the import would do will show here.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check once the columns are chosen</source>
        <translation>
            <numerusform>%n row to check once the columns are chosen</numerusform>
            <numerusform>%n rows to check once the columns are chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose above the column of each required field (marked *), one column per field. Nothing can be imported until then.</source>
        <translation>Choose above the column of each required field (marked *), one column per field. Nothing can be imported until then.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported while the file has problems (%n listed). Correct them in your spreadsheet, save the file, then click “Read again”.</source>
        <translation>
            <numerusform>Nothing can be imported while the file has problems (%n listed). Correct them in your spreadsheet, save the file, then click “Read again”.</numerusform>
            <numerusform>Nothing can be imported while the file has problems (%n listed). Correct them in your spreadsheet, save the file, then click “Read again”.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported. Choose another file, or correct it and click “Read again”.</source>
        <translation>This file cannot be imported. Choose another file, or correct it and click “Read again”.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewWidget</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · Separator: %2 · %n row(s) after the header</source>
        <translation>
            <numerusform>Encoding: %1 · Separator: %2 · %n row after the header</numerusform>
            <numerusform>Encoding: %1 · Separator: %2 · %n rows after the header</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 are shown below</source>
        <translation>the first %1 are shown below</translation>
    </message>
    <message>
        <source>Field fed by column %1 “%2”</source>
        <translation>Field fed by column %1 “%2”</translation>
    </message>
    <message>
        <source>The field this column of the file feeds. Fields marked * are required.</source>
        <translation>The field this column of the file feeds. Fields marked * are required.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>Column %1 “%2” is not imported.</source>
        <translation>Column %1 “%2” is not imported.</translation>
    </message>
    <message>
        <source>⚠ field chosen twice</source>
        <translation>⚠ field chosen twice</translation>
    </message>
    <message>
        <source>Several columns give the field “%1”: choose the field of only one of them.</source>
        <translation>Several columns give the field “%1”: choose the field of only one of them.</translation>
    </message>
    <message>
        <source>Column %1 “%2” feeds the field “%3”.</source>
        <translation>Column %1 “%2” feeds the field “%3”.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Line %1 of the file</translation>
    </message>
</context>
<context>
    <name>ImportProblemList</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems and skipped lines</source>
        <translation>Problems and skipped lines</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed: correct the first ones, then read the file again.</source>
        <translation>
            <numerusform>… and %n more, not listed: correct the first ones, then read the file again.</numerusform>
            <numerusform>… and %n more, not listed: correct the first ones, then read the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was written.</source>
        <translation>The file cannot be imported; nothing was written.</translation>
    </message>
</context>
<context>
    <name>ImportRomeDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the ROME referential</source>
        <translation>Import the ROME referential</translation>
    </message>
    <message>
        <source>Choose the folder where you unpacked the ROME 4.0 open data of France Travail (files named like unix_referentiel_code_rome_v460_utf8.csv). Sillage first shows what the import would change; local sheets, additions and links are kept.</source>
        <translation>Choose the folder where you unpacked the ROME 4.0 open data of France Travail (files named like unix_referentiel_code_rome_v460_utf8.csv). Sillage first shows what the import would change; local sheets, additions and links are kept.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choose a folder…</translation>
    </message>
    <message>
        <source>Folder of the ROME files</source>
        <translation>Folder of the ROME files</translation>
    </message>
    <message>
        <source>This folder cannot be imported: %1</source>
        <translation>This folder cannot be imported: %1</translation>
    </message>
    <message>
        <source>ROME not imported</source>
        <translation>ROME not imported</translation>
    </message>
    <message>
        <source>ROME version %1 (no referential yet)</source>
        <translation>ROME version %1 (no referential yet)</translation>
    </message>
    <message>
        <source>ROME version %1 (current: %2)</source>
        <translation>ROME version %1 (current: %2)</translation>
    </message>
    <message>
        <source>This version is already the current one: there is nothing to import.</source>
        <translation>This version is already the current one: there is nothing to import.</translation>
    </message>
    <message>
        <source>The referential was imported.</source>
        <translation>The referential was imported.</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import.</source>
        <translation>Nothing is written until you click Import.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Job titles</translation>
    </message>
    <message>
        <source>Text lines</source>
        <translation>Text lines</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Work contexts</source>
        <translation>Work contexts</translation>
    </message>
    <message>
        <source>Close jobs</source>
        <translation>Close jobs</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code added</numerusform>
            <numerusform>%n codes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) withdrawn (links from dossiers and immersions are kept)</source>
        <translation>
            <numerusform>%n code withdrawn (links from dossiers and immersions are kept)</numerusform>
            <numerusform>%n codes withdrawn (links from dossiers and immersions are kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) relabelled</source>
        <translation>
            <numerusform>%n code relabelled</numerusform>
            <numerusform>%n codes relabelled</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional files missing (their sections stay empty)</source>
        <translation>Optional files missing (their sections stay empty)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>Active dossiers by programme</source>
        <translation>Active dossiers by programme</translation>
    </message>
    <message>
        <source>Dossiers open on the last day of the period (created by then, not closed by then, not archived), by the programme running that day (started, not ended). A young person in two programmes counts in both; « No programme » counts the others.</source>
        <translation>Dossiers open on the last day of the period (created by then, not closed by then, not archived), by the programme running that day (started, not ended). A young person in two programmes counts in both; « No programme » counts the others.</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <source>New dossiers per month</source>
        <translation>New dossiers per month</translation>
    </message>
    <message>
        <source>Dossiers created in the period, by month of creation (local date of the site), deleted ones aside.</source>
        <translation>Dossiers created in the period, by month of creation (local date of the site), deleted ones aside.</translation>
    </message>
    <message>
        <source>Journal events per month</source>
        <translation>Journal events per month</translation>
    </message>
    <message>
        <source>Entries of the dossiers' journals dated in the period (interviews, workshops, calls…), by month and type; entries of deleted dossiers aside. The adviser is the entry's author.</source>
        <translation>Entries of the dossiers' journals dated in the period (interviews, workshops, calls…), by month and type; entries of deleted dossiers aside. The adviser is the entry's author.</translation>
    </message>
    <message>
        <source>Dropout cases by status, per campaign</source>
        <translation>Dropout cases by status, per campaign</translation>
    </message>
    <message>
        <source>Dropout cases received in the period, by the campaign list they came with (or « Reports » for those reported one by one) and by their status today.</source>
        <translation>Dropout cases received in the period, by the campaign list they came with (or « Reports » for those reported one by one) and by their status today.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Dropout solutions by kind, per campaign</source>
        <translation>Dropout solutions by kind, per campaign</translation>
    </message>
    <message>
        <source>Dropout cases that reached a solution dated in the period, by campaign and kind of solution.</source>
        <translation>Dropout cases that reached a solution dated in the period, by campaign and kind of solution.</translation>
    </message>
    <message>
        <source>Immersions by status</source>
        <translation>Immersions by status</translation>
    </message>
    <message>
        <source>Immersions starting in the period, by their status today. The adviser is the prescriber.</source>
        <translation>Immersions starting in the period, by their status today. The adviser is the prescriber.</translation>
    </message>
    <message>
        <source>Immersions by grand domaine of the target job</source>
        <translation>Immersions by grand domaine of the target job</translation>
    </message>
    <message>
        <source>Immersions starting in the period, cancelled and refused ones aside, by the ROME grand domaine (A to N) of their target job.</source>
        <translation>Immersions starting in the period, cancelled and refused ones aside, by the ROME grand domaine (A to N) of their target job.</translation>
    </message>
    <message>
        <source>No target job</source>
        <translation>No target job</translation>
    </message>
    <message>
        <source>Assessments ending with a job offer</source>
        <translation>Assessments ending with a job offer</translation>
    </message>
    <message>
        <source>Assessments (bilans) of immersions that ended in the period: with a job offer from the host company, or without.</source>
        <translation>Assessments (bilans) of immersions that ended in the period: with a job offer from the host company, or without.</translation>
    </message>
    <message>
        <source>With a job offer</source>
        <translation>With a job offer</translation>
    </message>
    <message>
        <source>Without a job offer</source>
        <translation>Without a job offer</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Definition of « %1 »</source>
        <translation>Definition of « %1 »</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Chart; the same figures are in the table beside it.</source>
        <translation>Chart; the same figures are in the table beside it.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Save the chart…</source>
        <translation>Save the chart…</translation>
    </message>
    <message>
        <source>Save the chart as a picture (PNG) or a drawing (SVG) for a report</source>
        <translation>Save the chart as a picture (PNG) or a drawing (SVG) for a report</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>Picture (*.png);;Drawing (*.svg)</source>
        <translation>Picture (*.png);;Drawing (*.svg)</translation>
    </message>
    <message>
        <source>The chart cannot be written to %1.</source>
        <translation>The chart cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>IndicatorRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n record. Double-click one to open it.</numerusform>
            <numerusform>%n records. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IneValidator</name>
    <message>
        <source>The INE "%1" should have 11 characters, not %2.</source>
        <translation>The INE "%1" should have 11 characters, not %2.</translation>
    </message>
    <message>
        <source>The INE "%1" is not in a known form (9 digits and 2 letters, or 10 digits and 1 letter).</source>
        <translation>The INE "%1" is not in a known form (9 digits and 2 letters, or 10 digits and 1 letter).</translation>
    </message>
</context>
<context>
    <name>ItemTablePanel</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation>Delete the selected row (Delete)</translation>
    </message>
    <message>
        <source>Edit the selected row (double-click or Enter)</source>
        <translation>Edit the selected row (double-click or Enter)</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Choose the kind of event.</translation>
    </message>
    <message>
        <source>Choose how it took place.</source>
        <translation>Choose how it took place.</translation>
    </message>
    <message>
        <source>The event needs a date.</source>
        <translation>The event needs a date.</translation>
    </message>
    <message>
        <source>The duration is in minutes, up to one day.</source>
        <translation>The duration is in minutes, up to one day.</translation>
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
        <translation>Duration</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Add an event…</source>
        <translation>Add an event…</translation>
    </message>
    <message>
        <source>Nothing in the journal yet. Record each interview, call or workshop with “Add an event…”: the list then shows the last contact.</source>
        <translation>Nothing in the journal yet. Record each interview, call or workshop with “Add an event…”: the list then shows the last contact.</translation>
    </message>
    <message>
        <source>(private note)</source>
        <translation>(private note)</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Written by %1</translation>
    </message>
    <message>
        <source>Your private note: %1</source>
        <translation>Your private note: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Delete an event</source>
        <translation>Delete an event</translation>
    </message>
    <message>
        <source>Delete “%1” from the journal?</source>
        <translation>Delete “%1” from the journal?</translation>
    </message>
</context>
<context>
    <name>LocalSheetDialog</name>
    <message>
        <source>New local sheet</source>
        <translation>New local sheet</translation>
    </message>
    <message>
        <source>Local sheet — %1</source>
        <translation>Local sheet — %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Skills and contexts</source>
        <translation>Skills and contexts</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>&amp;Title *:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>D&amp;efinition:</source>
        <translation>D&amp;efinition:</translation>
    </message>
    <message>
        <source>&amp;Access to the job:</source>
        <translation>&amp;Access to the job:</translation>
    </message>
    <message>
        <source>&amp;Job titles:</source>
        <translation>&amp;Job titles:</translation>
    </message>
    <message>
        <source>Lists take one item a line.</source>
        <translation>Lists take one item a line.</translation>
    </message>
    <message>
        <source>&amp;Know-how:</source>
        <translation>&amp;Know-how:</translation>
    </message>
    <message>
        <source>&amp;Soft skills:</source>
        <translation>&amp;Soft skills:</translation>
    </message>
    <message>
        <source>K&amp;nowledge:</source>
        <translation>K&amp;nowledge:</translation>
    </message>
    <message>
        <source>&amp;Work contexts:</source>
        <translation>&amp;Work contexts:</translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>No domain</translation>
    </message>
    <message>
        <source>Give the sheet a title.</source>
        <translation>Give the sheet a title.</translation>
    </message>
    <message>
        <source>Sheet not saved</source>
        <translation>Sheet not saved</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>This database holds personal data of young people: say who you are.</source>
        <translation>This database holds personal data of young people: say who you are.</translation>
    </message>
    <message>
        <source>Sillage is locked</source>
        <translation>Sillage is locked</translation>
    </message>
    <message>
        <source>Your password unlocks it; another user can sign in with theirs.</source>
        <translation>Your password unlocks it; another user can sign in with theirs.</translation>
    </message>
    <message>
        <source>No password protects Sillage on this computer: anyone can go on. Set one with File &gt; My password…</source>
        <translation>No password protects Sillage on this computer: anyone can go on. Set one with File &gt; My password…</translation>
    </message>
    <message>
        <source>Unlock it in the window in front.</source>
        <translation>Unlock it in the window in front.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Go on</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sillage databases (*.db *.sqlite);;All files (*)</source>
        <translation>Sillage databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration database</source>
        <translation>Open the &amp;demonstration database</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Sillage</source>
        <translation>&amp;About Sillage</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>%1 – Sillage</source>
        <translation>%1 – Sillage</translation>
    </message>
    <message>
        <source>Demonstration database</source>
        <translation>Demonstration database</translation>
    </message>
    <message>
        <source>Welcome to Sillage</source>
        <translation>Welcome to Sillage</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>The file %1 already exists. To work on it, use File &gt; Open.</source>
        <translation>The file %1 already exists. To work on it, use File &gt; Open.</translation>
    </message>
    <message>
        <source>Demonstration database opened: every person in it is fictitious.</source>
        <translation>Demonstration database opened: every person in it is fictitious.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Copy saved: %1. To restore it, open it with File &gt; Open.</source>
        <translation>Copy saved: %1. To restore it, open it with File &gt; Open.</translation>
    </message>
    <message>
        <source>About Sillage</source>
        <translation>About Sillage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sillage %1&lt;/h3&gt;&lt;p&gt;Follow-up of young people for Missions locales and CIO: dossiers, placements, school dropout and career sheets, in one file that stays on this computer.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sillage %1&lt;/h3&gt;&lt;p&gt;Follow-up of young people for Missions locales and CIO: dossiers, placements, school dropout and career sheets, in one file that stays on this computer.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Site: %1 – %2</source>
        <translation>Site: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported.</source>
        <translation>
            <numerusform>%n dossier imported.</numerusform>
            <numerusform>%n dossiers imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Young people's dossiers (CSV)…</source>
        <translation>&amp;Young people's dossiers (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Young people's dossiers…</source>
        <translation>&amp;Young people's dossiers…</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>E&amp;xchanges</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange conflict(s) to decide</source>
        <translation>
            <numerusform>%n exchange conflict to decide</numerusform>
            <numerusform>%n exchange conflicts to decide</numerusform>
        </translation>
    </message>
    <message>
        <source>My &amp;password…</source>
        <translation>My &amp;password…</translation>
    </message>
    <message>
        <source>Your password is set: Sillage will ask for it at each start.</source>
        <translation>Your password is set: Sillage will ask for it at each start.</translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation>Data &amp;protection</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
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
        <translation>Home</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Young people</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>Careers</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choose a passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess.</source>
        <translation>The passphrase is too easy to guess.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Type the passphrase a second time.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>No passphrase</source>
        <translation>No passphrase</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Too weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Choose a passphrase that you will give the other site by another way (telephone, in person).</source>
        <translation>Choose a passphrase that you will give the other site by another way (telephone, in person).</translation>
    </message>
    <message>
        <source>Too easy to guess. Use four or five ordinary words that do not go together, such as « cerise tracteur ombre facile ».</source>
        <translation>Too easy to guess. Use four or five ordinary words that do not go together, such as « cerise tracteur ombre facile ».</translation>
    </message>
    <message>
        <source>Could be guessed by a determined person. Add a word or two.</source>
        <translation>Could be guessed by a determined person. Add a word or two.</translation>
    </message>
    <message>
        <source>Good for an exchange file; one more word would make it strong.</source>
        <translation>Good for an exchange file; one more word would make it strong.</translation>
    </message>
    <message>
        <source>Hard to guess, even with a lot of computing power.</source>
        <translation>Hard to guess, even with a lot of computing power.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>My password</source>
        <translation>My password</translation>
    </message>
    <message>
        <source>Type your password, then the new one twice.</source>
        <translation>Type your password, then the new one twice.</translation>
    </message>
    <message numerus="yes">
        <source>Once set, your password is asked at each start and to unlock Sillage. At least %n character(s).</source>
        <translation>
            <numerusform>Once set, your password is asked at each start and to unlock Sillage. At least %n character.</numerusform>
            <numerusform>Once set, your password is asked at each start and to unlock Sillage. At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Your session has no account of its own: ask an administrator to create one.</source>
        <translation>Your session has no account of its own: ask an administrator to create one.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>The encryption library cannot start.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer lacks memory.</source>
        <translation>The password could not be protected: the computer lacks memory.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>A password has at least %n character.</numerusform>
            <numerusform>A password has at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathTab</name>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Exit reason</translation>
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
        <translation>State</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Add a programme…</source>
        <translation>Add a programme…</translation>
    </message>
    <message>
        <source>No programme. Add the CEJ, the PACEA or another programme the young person enters with “Add a programme…”.</source>
        <translation>No programme. Add the CEJ, the PACEA or another programme the young person enters with “Add a programme…”.</translation>
    </message>
    <message>
        <source>Add a situation…</source>
        <translation>Add a situation…</translation>
    </message>
    <message>
        <source>No situation recorded. Say whether the young person is in training, employed, looking for a job… with “Add a situation…”.</source>
        <translation>No situation recorded. Say whether the young person is in training, employed, looking for a job… with “Add a situation…”.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Delete a programme</source>
        <translation>Delete a programme</translation>
    </message>
    <message>
        <source>Delete the programme “%1” that started on %2? To record its end instead, edit it.</source>
        <translation>Delete the programme “%1” that started on %2? To record its end instead, edit it.</translation>
    </message>
    <message>
        <source>Delete a situation</source>
        <translation>Delete a situation</translation>
    </message>
    <message>
        <source>Delete the situation “%1”?</source>
        <translation>Delete the situation “%1”?</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>The PDF could not be laid out.</translation>
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
        <translation>Dossier no.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>ROME code</source>
        <translation>ROME code</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>reading the immersions to export</source>
        <translation>reading the immersions to export</translation>
    </message>
</context>
<context>
    <name>PlacementFilterChoices</name>
    <message>
        <source>reading the companies of the immersions</source>
        <translation>reading the companies of the immersions</translation>
    </message>
    <message>
        <source>reading the advisers of the immersions</source>
        <translation>reading the advisers of the immersions</translation>
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
        <translation>New immersion</translation>
    </message>
    <message>
        <source>Choose a type</source>
        <translation>Choose a type</translation>
    </message>
    <message>
        <source>Type a name or a commune</source>
        <translation>Type a name or a commune</translation>
    </message>
    <message>
        <source>e.g. D1102</source>
        <translation>e.g. D1102</translation>
    </message>
    <message>
        <source>Choose an objective</source>
        <translation>Choose an objective</translation>
    </message>
    <message>
        <source>Name and phone number</source>
        <translation>Name and phone number</translation>
    </message>
    <message>
        <source>Who signs the convention for the minor</source>
        <translation>Who signs the convention for the minor</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Job label</source>
        <translation>Job label</translation>
    </message>
    <message>
        <source>&amp;Type *:</source>
        <translation>&amp;Type *:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>T&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Prescriber:</translation>
    </message>
    <message>
        <source>&amp;ROME code, job:</source>
        <translation>&amp;ROME code, job:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>&amp;Start *:</source>
        <translation>&amp;Start *:</translation>
    </message>
    <message>
        <source>&amp;End *:</source>
        <translation>&amp;End *:</translation>
    </message>
    <message>
        <source>&amp;Hours per day:</source>
        <translation>&amp;Hours per day:</translation>
    </message>
    <message>
        <source>&amp;Activities:</source>
        <translation>&amp;Activities:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>S&amp;kills:</translation>
    </message>
    <message>
        <source>&amp;Work conditions:</source>
        <translation>&amp;Work conditions:</translation>
    </message>
    <message>
        <source>Risk pre&amp;vention:</source>
        <translation>Risk pre&amp;vention:</translation>
    </message>
    <message>
        <source>E&amp;mergency contact:</source>
        <translation>E&amp;mergency contact:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Hours on %1</translation>
    </message>
    <message>
        <source>Choose the company first</source>
        <translation>Choose the company first</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>No tutor yet</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <source>Total: %1 h per week</source>
        <translation>Total: %1 h per week</translation>
    </message>
    <message>
        <source>Save the immersion</source>
        <translation>Save the immersion</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Create the immersion</source>
        <translation>Create the immersion</translation>
    </message>
</context>
<context>
    <name>PlacementListModel</name>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
</context>
<context>
    <name>PlacementReminders</name>
    <message>
        <source>reading the immersions to follow up</source>
        <translation>reading the immersions to follow up</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>reading the young person's dossier</source>
        <translation>reading the young person's dossier</translation>
    </message>
    <message>
        <source>The immersion's young person has no dossier.</source>
        <translation>The immersion's young person has no dossier.</translation>
    </message>
    <message>
        <source>reading the young person's immersions</source>
        <translation>reading the young person's immersions</translation>
    </message>
    <message>
        <source>reading an immersion</source>
        <translation>reading an immersion</translation>
    </message>
    <message>
        <source>reading the immersions</source>
        <translation>reading the immersions</translation>
    </message>
    <message>
        <source>This immersion no longer exists.</source>
        <translation>This immersion no longer exists.</translation>
    </message>
    <message>
        <source>reading the history of an immersion</source>
        <translation>reading the history of an immersion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>%1 to %2 · %3</translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>The date of birth is needed: the limits on age and hours depend on it.</source>
        <translation>The date of birth is needed: the limits on age and hours depend on it.</translation>
    </message>
    <message>
        <source>Choose the type of immersion.</source>
        <translation>Choose the type of immersion.</translation>
    </message>
    <message>
        <source>The immersion needs a start date.</source>
        <translation>The immersion needs a start date.</translation>
    </message>
    <message>
        <source>The immersion needs an end date.</source>
        <translation>The immersion needs an end date.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>The end comes before the start.</translation>
    </message>
    <message>
        <source>A PMSMP lasts at most %1 calendar days per convention; this one lasts %2 days.</source>
        <translation>A PMSMP lasts at most %1 calendar days per convention; this one lasts %2 days.</translation>
    </message>
    <message numerus="yes">
        <source>The 3e observation stage lasts 5 working days, Monday to Friday, within one week; this period has %n working day(s).</source>
        <translation>
            <numerusform>The 3e observation stage lasts 5 working days, Monday to Friday, within one week; this period has %n working day.</numerusform>
            <numerusform>The 3e observation stage lasts 5 working days, Monday to Friday, within one week; this period has %n working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PMSMP is open from the age of 16; on the start date this person is %n.</source>
        <translation>
            <numerusform>A PMSMP is open from the age of 16; on the start date this person is %n.</numerusform>
            <numerusform>A PMSMP is open from the age of 16; on the start date this person is %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation>Hours cannot be negative.</translation>
    </message>
    <message>
        <source>At most %1 hours a week under 16; this schedule has %2.</source>
        <translation>At most %1 hours a week under 16; this schedule has %2.</translation>
    </message>
    <message>
        <source>At most %1 hours a week; this schedule has %2.</source>
        <translation>At most %1 hours a week; this schedule has %2.</translation>
    </message>
    <message>
        <source>At most 8 hours a day under 18.</source>
        <translation>At most 8 hours a day under 18.</translation>
    </message>
    <message>
        <source>At most 10 hours a day.</source>
        <translation>At most 10 hours a day.</translation>
    </message>
    <message>
        <source>This person already has an immersion from %1 to %2.</source>
        <translation>This person already has an immersion from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>PlacementWorkflow</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Ready to sign</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Assessment done</source>
        <translation>Assessment done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <source>An immersion cannot go from “%1” to “%2”.</source>
        <translation>An immersion cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>Say why the immersion is cancelled.</source>
        <translation>Say why the immersion is cancelled.</translation>
    </message>
    <message>
        <source>Say why the immersion is refused.</source>
        <translation>Say why the immersion is refused.</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>No immersion yet</source>
        <translation>No immersion yet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
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
        <translation>Status history</translation>
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
        <translation>By</translation>
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
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Tutor: %1</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Job: %1</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation>Dates: %1 to %2</translation>
    </message>
    <message>
        <source>Hours per week: %1</source>
        <translation>Hours per week: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Why? This goes into the young person's file.</source>
        <translation>Why? This goes into the young person's file.</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>Convention not written</source>
        <translation>Convention not written</translation>
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
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the immersion while its convention is not signed</source>
        <translation>Change the immersion while its convention is not signed</translation>
    </message>
    <message>
        <source>Assessment…</source>
        <translation>Assessment…</translation>
    </message>
    <message>
        <source>Attendance, job offer, tutor feedback and skills assessed</source>
        <translation>Attendance, job offer, tutor feedback and skills assessed</translation>
    </message>
    <message>
        <source>Edit the immersion</source>
        <translation>Edit the immersion</translation>
    </message>
    <message>
        <source>The immersions of the young people you follow will be listed here. Create one from a young person's dossier, or here.</source>
        <translation>The immersions of the young people you follow will be listed here. Create one from a young person's dossier, or here.</translation>
    </message>
    <message>
        <source>New immersion…</source>
        <translation>New immersion…</translation>
    </message>
    <message>
        <source>&amp;Conventions</source>
        <translation>&amp;Conventions</translation>
    </message>
    <message>
        <source>&amp;Host companies</source>
        <translation>&amp;Host companies</translation>
    </message>
    <message>
        <source>Type of immersion</source>
        <translation>Type of immersion</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Start between</source>
        <translation>Start between</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Start from</translation>
    </message>
    <message>
        <source>Start until</source>
        <translation>Start until</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Choose the young person, then fill in the convention</source>
        <translation>Choose the young person, then fill in the convention</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Start a new convention from this one, with other dates</source>
        <translation>Start a new convention from this one, with other dates</translation>
    </message>
    <message>
        <source>Save the convention to sign as a PDF file</source>
        <translation>Save the convention to sign as a PDF file</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the convention to sign</source>
        <translation>Print the convention to sign</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>All companies</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>All advisers</translation>
    </message>
    <message>
        <source>New immersion: for whom?</source>
        <translation>New immersion: for whom?</translation>
    </message>
    <message numerus="yes">
        <source>Convention saved (%n page(s)): %1</source>
        <translation>
            <numerusform>Convention saved (%n page): %1</numerusform>
            <numerusform>Convention saved (%n pages): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Convention not printed</source>
        <translation>Convention not printed</translation>
    </message>
    <message>
        <source>Convention %1</source>
        <translation>Convention %1</translation>
    </message>
    <message>
        <source>Print the convention</source>
        <translation>Print the convention</translation>
    </message>
    <message>
        <source>Immersion not duplicated</source>
        <translation>Immersion not duplicated</translation>
    </message>
    <message>
        <source>Career sheet</source>
        <translation>Career sheet</translation>
    </message>
    <message>
        <source>Open the sheet of the target job in the Careers module</source>
        <translation>Open the sheet of the target job in the Careers module</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Data to &amp;anonymise…</source>
        <translation>Data to &amp;anonymise…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>User &amp;accounts…</source>
        <translation>User &amp;accounts…</translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message numerus="yes">
        <source>%n record(s) due for anonymisation. Run again with --apply to anonymise them (a backup is taken first).</source>
        <translation>
            <numerusform>%n record due for anonymisation. Run again with --apply to anonymise them (a backup is taken first).</numerusform>
            <numerusform>%n records due for anonymisation. Run again with --apply to anonymise them (a backup is taken first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n dossier(s)</source>
        <translation>
            <numerusform>Anonymised: %n dossier</numerusform>
            <numerusform>Anonymised: %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dropout case(s).</source>
        <translation>
            <numerusform>, %n dropout case.</numerusform>
            <numerusform>, %n dropout cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy taken before still holds the names: %1</source>
        <translation>The copy taken before still holds the names: %1</translation>
    </message>
    <message>
        <source>Say what to do: "privacy retention [--apply]" or "privacy access DOSSIER --out FOLDER".</source>
        <translation>Say what to do: "privacy retention [--apply]" or "privacy access DOSSIER --out FOLDER".</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) older than the audit period removed.</source>
        <translation>
            <numerusform>%n audit entry(ies) older than the audit period removed.</numerusform>
            <numerusform>%n audit entry(ies) older than the audit period removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>privacy access needs --out FOLDER, where the PDF and the JSON file go.</source>
        <translation>privacy access needs --out FOLDER, where the PDF and the JSON file go.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) and %1 access(es) written to:</source>
        <translation>
            <numerusform>%n record and %1 access(es) written to:</numerusform>
            <numerusform>%n records and %1 access(es) written to:</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export needs --out FILE.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.</source>
        <translation>"%1" is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period is not valid: --from must come before --to.</source>
        <translation>The period is not valid: --from must come before --to.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n audit entry(ies) exported to %1.</numerusform>
            <numerusform>%n audit entry(ies) exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>P&amp;lanned end:</source>
        <translation>P&amp;lanned end:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Ended on:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Choose a programme</source>
        <translation>Choose a programme</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>E&amp;xit reason:</source>
        <translation>E&amp;xit reason:</translation>
    </message>
    <message>
        <source>Choose the reason (required)</source>
        <translation>Choose the reason (required)</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Choose the reason</translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation>Save the programme</translation>
    </message>
    <message>
        <source>Add the programme</source>
        <translation>Add the programme</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>Choose the programme.</source>
        <translation>Choose the programme.</translation>
    </message>
    <message>
        <source>The programme needs a start date.</source>
        <translation>The programme needs a start date.</translation>
    </message>
    <message>
        <source>The planned end comes before the start.</source>
        <translation>The planned end comes before the start.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>The end comes before the start.</translation>
    </message>
    <message>
        <source>A CEJ that ends needs its exit reason.</source>
        <translation>A CEJ that ends needs its exit reason.</translation>
    </message>
    <message>
        <source>Unknown exit reason for this programme.</source>
        <translation>Unknown exit reason for this programme.</translation>
    </message>
    <message>
        <source>A %1 is already running for this young person: end it before starting another.</source>
        <translation>A %1 is already running for this young person: end it before starting another.</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>This programme no longer exists.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Projector — %1</source>
        <translation>Projector — %1</translation>
    </message>
    <message>
        <source>→ next   ← previous   T theme   B blank   Esc leave</source>
        <translation>→ next   ← previous   T theme   B blank   Esc leave</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)%4</source>
        <translation>%1 (%2 × %3)%4</translation>
    </message>
    <message>
        <source>, this window's screen</source>
        <translation>, this window's screen</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>Projector mode</translation>
    </message>
    <message>
        <source>Show the sheets on:</source>
        <translation>Show the sheets on:</translation>
    </message>
    <message>
        <source>No sheet in this séance</source>
        <translation>No sheet in this séance</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Invalid table name.</source>
        <translation>Invalid table name.</translation>
    </message>
    <message>
        <source>Invalid field name.</source>
        <translation>Invalid field name.</translation>
    </message>
    <message>
        <source>saving a new record</source>
        <translation>saving a new record</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>reading a record</translation>
    </message>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>The record to change no longer exists.</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>saving a change</translation>
    </message>
    <message>
        <source>deleting a record</source>
        <translation>deleting a record</translation>
    </message>
    <message>
        <source>The record to delete no longer exists.</source>
        <translation>The record to delete no longer exists.</translation>
    </message>
</context>
<context>
    <name>RecordTitles</name>
    <message>
        <source>reading the records of a figure</source>
        <translation>reading the records of a figure</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonymised)</translation>
    </message>
</context>
<context>
    <name>ReportCaseDialog</name>
    <message>
        <source>Report a young person</source>
        <translation>Report a young person</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>11 characters, e.g. 123456789AB</source>
        <translation>11 characters, e.g. 123456789AB</translation>
    </message>
    <message>
        <source>7 digits and a letter</source>
        <translation>7 digits and a letter</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Who reported, and why. No health or family details.</source>
        <translation>Who reported, and why. No health or family details.</translation>
    </message>
    <message>
        <source>&amp;Last name*:</source>
        <translation>&amp;Last name*:</translation>
    </message>
    <message>
        <source>&amp;First name*:</source>
        <translation>&amp;First name*:</translation>
    </message>
    <message>
        <source>&amp;Birth date*:</source>
        <translation>&amp;Birth date*:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>&amp;INE:</source>
        <translation>&amp;INE:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>Last sc&amp;hool:</source>
        <translation>Last sc&amp;hool:</translation>
    </message>
    <message>
        <source>&amp;UAI:</source>
        <translation>&amp;UAI:</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <source>Left &amp;on:</source>
        <translation>Left &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Guardian:</translation>
    </message>
    <message>
        <source>Gua&amp;rdian's phone:</source>
        <translation>Gua&amp;rdian's phone:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Young person not reported</source>
        <translation>Young person not reported</translation>
    </message>
    <message>
        <source>This young person already has an open case: it is shown instead.</source>
        <translation>This young person already has an open case: it is shown instead.</translation>
    </message>
    <message>
        <source>Case not linked to the dossier</source>
        <translation>Case not linked to the dossier</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>"%1" is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.</source>
        <translation>"%1" is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period is not valid: --from must come before --to.</source>
        <translation>The period is not valid: --from must come before --to.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Say which report: "report activity --year YEAR".</source>
        <translation>Say which report: "report activity --year YEAR".</translation>
    </message>
    <message>
        <source>Give the year of the activity report with --year, e.g. --year 2025.</source>
        <translation>Give the year of the activity report with --year, e.g. --year 2025.</translation>
    </message>
    <message>
        <source>The report is written as PDF or XLSX: end the file name with .pdf or .xlsx.</source>
        <translation>The report is written as PDF or XLSX: end the file name with .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>%1, all sites</source>
        <translation>%1, all sites</translation>
    </message>
    <message>
        <source>Period: from %1 to %2</source>
        <translation>Period: from %1 to %2</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Adviser: %1</source>
        <translation>Adviser: %1</translation>
    </message>
    <message>
        <source>all advisers</source>
        <translation>all advisers</translation>
    </message>
    <message>
        <source>Produced on %1 by Sillage.</source>
        <translation>Produced on %1 by Sillage.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Dashboard — %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>&amp;Anonymise them…</source>
        <translation>&amp;Anonymise them…</translation>
    </message>
    <message>
        <source>Data to anonymise</source>
        <translation>Data to anonymise</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legal default: %n year(s).</source>
        <translation>
            <numerusform>Legal default: %n year.</numerusform>
            <numerusform>Legal default: %n years.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records due for anonymisation</source>
        <translation>Records due for anonymisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dossier or campaign</source>
        <translation>Dossier or campaign</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Nothing is due for anonymisation today.</source>
        <translation>Nothing is due for anonymisation today.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) whose retention period is over. A double click opens one.</source>
        <translation>
            <numerusform>%n record whose retention period is over. A double click opens one.</numerusform>
            <numerusform>%n records whose retention period is over. A double click opens one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n dossier(s)</source>
        <translation>
            <numerusform>Anonymised: %n dossier</numerusform>
            <numerusform>Anonymised: %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dropout case(s).</source>
        <translation>
            <numerusform>, %n dropout case.</numerusform>
            <numerusform>, %n dropout cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy taken before still holds the names: %1</source>
        <translation>The copy taken before still holds the names: %1</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n record(s) listed?</source>
        <translation>
            <numerusform>Anonymise the %n record listed?</numerusform>
            <numerusform>Anonymise the %n records listed?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their names, contacts, addresses, notes and free texts will be erased for good; the figures stay. A backup is taken first.</source>
        <translation>Their names, contacts, addresses, notes and free texts will be erased for good; the figures stay. A backup is taken first.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message numerus="yes">
        <source>no activity since %1, kept %n year(s)</source>
        <translation>
            <numerusform>no activity since %1, kept %n year</numerusform>
            <numerusform>no activity since %1, kept %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CEJ ended on %1, kept %n year(s)</source>
        <translation>
            <numerusform>CEJ ended on %1, kept %n year</numerusform>
            <numerusform>CEJ ended on %1, kept %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed or 18 years old on %1, kept %n year(s)</source>
        <translation>
            <numerusform>closed or 18 years old on %1, kept %n year</numerusform>
            <numerusform>closed or 18 years old on %1, kept %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>finding the dossiers due for anonymisation</source>
        <translation>finding the dossiers due for anonymisation</translation>
    </message>
    <message>
        <source>finding the dropout cases due for anonymisation</source>
        <translation>finding the dropout cases due for anonymisation</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>Dossier without activity</source>
        <translation>Dossier without activity</translation>
    </message>
    <message>
        <source>Dossier of a CEJ</source>
        <translation>Dossier of a CEJ</translation>
    </message>
    <message>
        <source>Closed dropout case</source>
        <translation>Closed dropout case</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>A dossier with no journal entry, programme, situation, appointment, immersion or change for this long, and no programme running, is proposed for anonymisation: the follow-up has ended, and personal data may be kept only as long as the purpose needs it (RGPD, article 5).</source>
        <translation>A dossier with no journal entry, programme, situation, appointment, immersion or change for this long, and no programme running, is proposed for anonymisation: the follow-up has ended, and personal data may be kept only as long as the purpose needs it (RGPD, article 5).</translation>
    </message>
    <message>
        <source>The State may check a contrat d'engagement jeune and its allowance for ten years after it ends: the dossier is kept that long, even without activity.</source>
        <translation>The State may check a contrat d'engagement jeune and its allowance for ten years after it ends: the dossier is kept that long, even without activity.</translation>
    </message>
    <message>
        <source>A dropout case is kept one year after it closes, or after the young person's 18th birthday when that comes later, the time for the platform to follow up the solution found.</source>
        <translation>A dropout case is kept one year after it closes, or after the young person's 18th birthday when that comes later, the time for the platform to follow up the solution found.</translation>
    </message>
    <message>
        <source>The log of who viewed, changed, exported or anonymised what is kept one year, long enough to answer a question about an access, then purged.</source>
        <translation>The log of who viewed, changed, exported or anonymised what is kept one year, long enough to answer a question about an access, then purged.</translation>
    </message>
    <message>
        <source>A retention period lasts from %1 to %2 years.</source>
        <translation>A retention period lasts from %1 to %2 years.</translation>
    </message>
</context>
<context>
    <name>RomeImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Download the ROME files again: this one seems damaged.</source>
        <translation>Download the ROME files again: this one seems damaged.</translation>
    </message>
    <message>
        <source>%1: the column “%2” is missing.</source>
        <translation>%1: the column “%2” is missing.</translation>
    </message>
    <message>
        <source>Check that the file comes from the ROME open data, unchanged.</source>
        <translation>Check that the file comes from the ROME open data, unchanged.</translation>
    </message>
    <message>
        <source>%1 is not in UTF-8 although its name says so: it was read as Windows-1252 (ISO-8859-15).</source>
        <translation>%1 is not in UTF-8 although its name says so: it was read as Windows-1252 (ISO-8859-15).</translation>
    </message>
    <message>
        <source>%1, line %2: the column “%3” is empty; the line is probably cut short.</source>
        <translation>%1, line %2: the column “%3” is empty; the line is probably cut short.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a ROME code.</source>
        <translation>%1, line %2: “%3” is not a ROME code.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>No ROME file in “%1”.</source>
        <translation>No ROME file in “%1”.</translation>
    </message>
    <message>
        <source>The files are named like unix_referentiel_code_rome_v460_utf8.csv.</source>
        <translation>The files are named like unix_referentiel_code_rome_v460_utf8.csv.</translation>
    </message>
    <message>
        <source>The folder “%1” mixes files of different ROME versions: %2.</source>
        <translation>The folder “%1” mixes files of different ROME versions: %2.</translation>
    </message>
    <message>
        <source>Keep the files of one version only in the folder.</source>
        <translation>Keep the files of one version only in the folder.</translation>
    </message>
    <message>
        <source>The file unix_%1_v%2_utf8.csv is missing from “%3”: it is required.</source>
        <translation>The file unix_%1_v%2_utf8.csv is missing from “%3”: it is required.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) about unknown codes were left out.</source>
        <translation>
            <numerusform>%1: %n line about unknown codes were left out.</numerusform>
            <numerusform>%1: %n lines about unknown codes were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RomeReferentialStore</name>
    <message>
        <source>reading the ROME version</source>
        <translation>reading the ROME version</translation>
    </message>
    <message>
        <source>reading the ROME sheets</source>
        <translation>reading the ROME sheets</translation>
    </message>
    <message>
        <source>recording the ROME version</source>
        <translation>recording the ROME version</translation>
    </message>
    <message>
        <source>replacing the ROME referential</source>
        <translation>replacing the ROME referential</translation>
    </message>
    <message>
        <source>writing the ROME sheet %1</source>
        <translation>writing the ROME sheet %1</translation>
    </message>
</context>
<context>
    <name>SeanceRepository</name>
    <message>
        <source>A séance needs a name.</source>
        <translation>A séance needs a name.</translation>
    </message>
    <message>
        <source>reading a séance</source>
        <translation>reading a séance</translation>
    </message>
    <message>
        <source>This séance no longer exists.</source>
        <translation>This séance no longer exists.</translation>
    </message>
    <message>
        <source>reading the séances</source>
        <translation>reading the séances</translation>
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
        <translation>New séance…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sheets are shown in this order. Drag them, or use the buttons, to change it.</source>
        <translation>Sheets are shown in this order. Drag them, or use the buttons, to change it.</translation>
    </message>
    <message>
        <source>Sheets of the séance</source>
        <translation>Sheets of the séance</translation>
    </message>
    <message>
        <source>Add the current sheet</source>
        <translation>Add the current sheet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove from the séance</source>
        <translation>Remove from the séance</translation>
    </message>
    <message>
        <source>Start projector mode</source>
        <translation>Start projector mode</translation>
    </message>
    <message>
        <source>Adds %1 at the end of the séance</source>
        <translation>Adds %1 at the end of the séance</translation>
    </message>
    <message>
        <source>Séance not created</source>
        <translation>Séance not created</translation>
    </message>
    <message>
        <source>Sheet not added</source>
        <translation>Sheet not added</translation>
    </message>
    <message>
        <source>No séance yet: create one for your next workshop.</source>
        <translation>No séance yet: create one for your next workshop.</translation>
    </message>
    <message>
        <source>Sheet removed (%1)</source>
        <translation>Sheet removed (%1)</translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation>Order not saved</translation>
    </message>
    <message>
        <source>New séance</source>
        <translation>New séance</translation>
    </message>
    <message>
        <source>Name of the séance:</source>
        <translation>Name of the séance:</translation>
    </message>
    <message>
        <source>Rename the séance</source>
        <translation>Rename the séance</translation>
    </message>
    <message>
        <source>Séance not renamed</source>
        <translation>Séance not renamed</translation>
    </message>
    <message>
        <source>Delete the séance</source>
        <translation>Delete the séance</translation>
    </message>
    <message>
        <source>Delete the séance %1? The sheets themselves stay.</source>
        <translation>Delete the séance %1? The sheets themselves stay.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Séance not deleted</source>
        <translation>Séance not deleted</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <extracomment>%1 is what the user typed; the quotes are the language's own.</extracomment>
        <translation>Results for “%1”</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, type only the beginning of a name, or search a dossier number. Accents and capitals do not matter.</source>
        <translation>Nothing matches. Check the spelling, type only the beginning of a name, or search a dossier number. Accents and capitals do not matter.</translation>
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
        <translation>updating the search index</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>searching</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Hide everything until the password is typed again (Ctrl+L)</source>
        <translation>Hide everything until the password is typed again (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Site (kept in the database)</source>
        <translation>Site (kept in the database)</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>Site &amp;name:</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>Site &amp;code:</translation>
    </message>
    <message>
        <source>Two to five capital letters that begin every dossier number (CAE-2026-00042).</source>
        <translation>Two to five capital letters that begin every dossier number (CAE-2026-00042).</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>A new language applies at the next start.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>SiretValidator</name>
    <message>
        <source>Enter the SIRET: 14 digits.</source>
        <translation>Enter the SIRET: 14 digits.</translation>
    </message>
    <message>
        <source>A SIRET contains only digits (spaces and dots are allowed between them).</source>
        <translation>A SIRET contains only digits (spaces and dots are allowed between them).</translation>
    </message>
    <message numerus="yes">
        <source>A SIRET has 14 digits; this one has %n.</source>
        <translation>
            <numerusform>A SIRET has 14 digits; this one has %n.</numerusform>
            <numerusform>A SIRET has 14 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This SIRET does not exist: its check digit is wrong. Check for a typing mistake.</source>
        <translation>This SIRET does not exist: its check digit is wrong. Check for a typing mistake.</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <source>E&amp;nded on:</source>
        <translation>E&amp;nded on:</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>New situation</translation>
    </message>
    <message>
        <source>Choose a situation</source>
        <translation>Choose a situation</translation>
    </message>
    <message>
        <source>e.g. CAP cuisine at the CFA of Caen</source>
        <translation>e.g. CAP cuisine at the CFA of Caen</translation>
    </message>
    <message>
        <source>Si&amp;tuation:</source>
        <translation>Si&amp;tuation:</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>Stat&amp;e:</translation>
    </message>
    <message>
        <source>St&amp;arted on:</source>
        <translation>St&amp;arted on:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Detail:</translation>
    </message>
    <message>
        <source>Save the situation</source>
        <translation>Save the situation</translation>
    </message>
    <message>
        <source>Add the situation</source>
        <translation>Add the situation</translation>
    </message>
</context>
<context>
    <name>SituationRepository</name>
    <message>
        <source>Choose the situation.</source>
        <translation>Choose the situation.</translation>
    </message>
    <message>
        <source>Say whether the situation is planned, ongoing or ended.</source>
        <translation>Say whether the situation is planned, ongoing or ended.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>The end comes before the start.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>updating the database structure</source>
        <translation>updating the database structure</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <translation>The disk is full: free some space, then try again.</translation>
    </message>
    <message>
        <source>The database file cannot be written: check its permissions.</source>
        <translation>The database file cannot be written: check its permissions.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again; if it happens again, run a database check and keep a copy of the file for support.</source>
        <translation>Nothing was changed. Try again; if it happens again, run a database check and keep a copy of the file for support.</translation>
    </message>
    <message>
        <source>The database refused %1.</source>
        <translation>The database refused %1.</translation>
    </message>
    <message>
        <source>The disk refused the write: it may be full, removed or failing. Nothing was changed; free some space or check the disk, then try again.</source>
        <translation>The disk refused the write: it may be full, removed or failing. Nothing was changed; free some space or check the disk, then try again.</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>The period is not valid: its start must come before its end.</source>
        <translation>The period is not valid: its start must come before its end.</translation>
    </message>
    <message>
        <source>computing the figures</source>
        <translation>computing the figures</translation>
    </message>
    <message>
        <source>listing the records of a figure</source>
        <translation>listing the records of a figure</translation>
    </message>
    <message>
        <source>reading the filters of the figures</source>
        <translation>reading the filters of the figures</translation>
    </message>
</context>
<context>
    <name>TabularExport</name>
    <message>
        <source>Unknown export format “%1”: use csv, xlsx or json.</source>
        <translation>Unknown export format “%1”: use csv, xlsx or json.</translation>
    </message>
    <message>
        <source>The file name “%1” does not end in .csv, .xlsx or .json.</source>
        <translation>The file name “%1” does not end in .csv, .xlsx or .json.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Unknown export format.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Open it in your spreadsheet and save it as “CSV UTF-8” or “CSV (séparateur : point-virgule)”.</source>
        <translation>Open it in your spreadsheet and save it as “CSV UTF-8” or “CSV (séparateur : point-virgule)”.</translation>
    </message>
    <message>
        <source>The file is encoded in UTF-16, which cannot be imported.</source>
        <translation>The file is encoded in UTF-16, which cannot be imported.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook (such as .xlsx), not a CSV file.</source>
        <translation>The file is a spreadsheet workbook (such as .xlsx), not a CSV file.</translation>
    </message>
    <message>
        <source>The file contains binary data (a NUL byte at position %1): it is not a text file.</source>
        <translation>The file contains binary data (a NUL byte at position %1): it is not a text file.</translation>
    </message>
    <message>
        <source>The file is UTF-8 but is damaged or cut short: some bytes are not valid UTF-8.</source>
        <translation>The file is UTF-8 but is damaged or cut short: some bytes are not valid UTF-8.</translation>
    </message>
    <message>
        <source>Check that the file was copied completely, or save it again from your spreadsheet.</source>
        <translation>Check that the file was copied completely, or save it again from your spreadsheet.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
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
        <translation>Dossier %1 opened</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start of %1</source>
        <translation>Start of %1</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>End of %1</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Followed by %1</source>
        <translation>Followed by %1</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>instead of %1</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Action done</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Full path</source>
        <translation>Full path</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Nothing to show yet.</translation>
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
        <translation>Today's appointments</translation>
    </message>
    <message>
        <source>Late actions</source>
        <translation>Late actions</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message numerus="yes">
        <source>Dropout cases without a contact attempt for %n day(s)</source>
        <translation>
            <numerusform>Dropout cases without a contact attempt for %n day</numerusform>
            <numerusform>Dropout cases without a contact attempt for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the things to do</source>
        <translation>reading the things to do</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Immersions starting this week</source>
        <translation>Immersions starting this week</translation>
    </message>
    <message>
        <source>Immersions ending this week</source>
        <translation>Immersions ending this week</translation>
    </message>
    <message numerus="yes">
        <source>Assessments overdue, ended more than %n day(s) ago</source>
        <translation>
            <numerusform>Assessments overdue, ended more than %n day ago</numerusform>
            <numerusform>Assessments overdue, ended more than %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>company not chosen</source>
        <translation>company not chosen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>CEJ ending within %n day(s)</source>
        <translation>
            <numerusform>CEJ ending within %n day</numerusform>
            <numerusform>CEJ ending within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>ends %1</translation>
    </message>
    <message>
        <source>Proposed for anonymisation</source>
        <translation>Proposed for anonymisation</translation>
    </message>
</context>
<context>
    <name>TutorDialog</name>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>New tutor</source>
        <translation>New tutor</translation>
    </message>
    <message>
        <source>e.g. Head baker, store manager</source>
        <translation>e.g. Head baker, store manager</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Last name *:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Save the tutor</source>
        <translation>Save the tutor</translation>
    </message>
</context>
<context>
    <name>TutorRepository</name>
    <message>
        <source>Enter the tutor's last name.</source>
        <translation>Enter the tutor's last name.</translation>
    </message>
    <message>
        <source>"%1" is not a French phone number.</source>
        <translation>"%1" is not a French phone number.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>reading a company</source>
        <translation>reading a company</translation>
    </message>
    <message>
        <source>The company of this tutor is no longer in the directory.</source>
        <translation>The company of this tutor is no longer in the directory.</translation>
    </message>
    <message>
        <source>looking for the immersions of a tutor</source>
        <translation>looking for the immersions of a tutor</translation>
    </message>
    <message numerus="yes">
        <source>This tutor is named in %n immersion(s) and cannot be removed.</source>
        <translation>
            <numerusform>This tutor is named in %n immersion and cannot be removed.</numerusform>
            <numerusform>This tutor is named in %n immersions and cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the tutors of a company</source>
        <translation>reading the tutors of a company</translation>
    </message>
    <message>
        <source>This field is longer than %1 characters.</source>
        <translation>This field is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>UaiValidator</name>
    <message>
        <source>The UAI "%1" should be 7 digits and a letter.</source>
        <translation>The UAI "%1" should be 7 digits and a letter.</translation>
    </message>
    <message>
        <source>The UAI "%1" has a wrong key letter: check the code (%2 would be %3).</source>
        <translation>The UAI "%1" has a wrong key letter: check the code (%2 would be %3).</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>reading the user accounts</source>
        <translation>reading the user accounts</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>An account needs a name.</translation>
    </message>
    <message>
        <source>An account named « %1 » already exists.</source>
        <translation>An account named « %1 » already exists.</translation>
    </message>
    <message>
        <source>creating an account</source>
        <translation>creating an account</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>changing a password</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>changing a role</translation>
    </message>
    <message>
        <source>changing an account</source>
        <translation>changing an account</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>The name or the password is wrong.</translation>
    </message>
    <message>
        <source>Check the name and the keyboard (caps lock), then try again.</source>
        <translation>Check the name and the keyboard (caps lock), then try again.</translation>
    </message>
    <message>
        <source>This database asks for a name and a password.</source>
        <translation>This database asks for a name and a password.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message>
        <source>No account is named « %1 ».</source>
        <translation>No account is named « %1 ».</translation>
    </message>
    <message>
        <source>Sillage needs at least one active administrator.</source>
        <translation>Sillage needs at least one active administrator.</translation>
    </message>
    <message>
        <source>Make another account administrator first.</source>
        <translation>Make another account administrator first.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Below level 3 / no diploma</source>
        <translation>Below level 3 / no diploma</translation>
    </message>
    <message>
        <source>Level 3 (CAP, BEP)</source>
        <translation>Level 3 (CAP, BEP)</translation>
    </message>
    <message>
        <source>Level 4 (baccalauréat)</source>
        <translation>Level 4 (baccalauréat)</translation>
    </message>
    <message>
        <source>Level 5 (bac + 2)</source>
        <translation>Level 5 (bac + 2)</translation>
    </message>
    <message>
        <source>Level 6 (bac + 3, licence)</source>
        <translation>Level 6 (bac + 3, licence)</translation>
    </message>
    <message>
        <source>Level 7 (bac + 5, master)</source>
        <translation>Level 7 (bac + 5, master)</translation>
    </message>
    <message>
        <source>Level 8 (doctorate)</source>
        <translation>Level 8 (doctorate)</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>CEJ (contrat d'engagement jeune)</source>
        <translation>CEJ (contrat d'engagement jeune)</translation>
    </message>
    <message>
        <source>PACEA</source>
        <translation>PACEA</translation>
    </message>
    <message>
        <source>Garantie jeunes (former)</source>
        <translation>Garantie jeunes (former)</translation>
    </message>
    <message>
        <source>AIJ</source>
        <translation>AIJ</translation>
    </message>
    <message>
        <source>Other programme</source>
        <translation>Other programme</translation>
    </message>
    <message>
        <source>Lasting job (&gt; 6 months)</source>
        <translation>Lasting job (&gt; 6 months)</translation>
    </message>
    <message>
        <source>Short job</source>
        <translation>Short job</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Contract reached its term</source>
        <translation>Contract reached its term</translation>
    </message>
    <message>
        <source>Age limit reached</source>
        <translation>Age limit reached</translation>
    </message>
    <message>
        <source>At the young person's request</source>
        <translation>At the young person's request</translation>
    </message>
    <message>
        <source>Commitments not kept / dropped out</source>
        <translation>Commitments not kept / dropped out</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Change of support</source>
        <translation>Change of support</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Reached its term</source>
        <translation>Reached its term</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Work-study</source>
        <translation>Work-study</translation>
    </message>
    <message>
        <source>Immersion / PMSMP</source>
        <translation>Immersion / PMSMP</translation>
    </message>
    <message>
        <source>Civic service / volunteering</source>
        <translation>Civic service / volunteering</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Jobseeker</translation>
    </message>
    <message>
        <source>No situation</source>
        <translation>No situation</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Individual interview</source>
        <translation>Individual interview</translation>
    </message>
    <message>
        <source>Partner interview</source>
        <translation>Partner interview</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Group information session</source>
        <translation>Group information session</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation>Career plan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Culture, sport, leisure</source>
        <translation>Culture, sport, leisure</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Job found</source>
        <translation>Job found</translation>
    </message>
    <message>
        <source>No longer in contact</source>
        <translation>No longer in contact</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Called off</translation>
    </message>
    <message>
        <source>PMSMP</source>
        <translation>PMSMP</translation>
    </message>
    <message>
        <source>Year-10 observation internship</source>
        <translation>Year-10 observation internship</translation>
    </message>
    <message>
        <source>Year-11 internship</source>
        <translation>Year-11 internship</translation>
    </message>
    <message>
        <source>Mini-internship</source>
        <translation>Mini-internship</translation>
    </message>
    <message>
        <source>Discover a job or a sector</source>
        <translation>Discover a job or a sector</translation>
    </message>
    <message>
        <source>Confirm a career plan</source>
        <translation>Confirm a career plan</translation>
    </message>
    <message>
        <source>Start a recruitment</source>
        <translation>Start a recruitment</translation>
    </message>
    <message>
        <source>Completed in full</source>
        <translation>Completed in full</translation>
    </message>
    <message>
        <source>Completed in part</source>
        <translation>Completed in part</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>CDI (permanent)</source>
        <translation>CDI (permanent)</translation>
    </message>
    <message>
        <source>CDD of 6 months or more</source>
        <translation>CDD of 6 months or more</translation>
    </message>
    <message>
        <source>CDD of less than 6 months</source>
        <translation>CDD of less than 6 months</translation>
    </message>
    <message>
        <source>Work-study contract</source>
        <translation>Work-study contract</translation>
    </message>
    <message>
        <source>Subsidised contract</source>
        <translation>Subsidised contract</translation>
    </message>
    <message>
        <source>Integration contract</source>
        <translation>Integration contract</translation>
    </message>
    <message>
        <source>Agriculture and fishing, natural and green spaces, animal care</source>
        <translation>Agriculture and fishing, natural and green spaces, animal care</translation>
    </message>
    <message>
        <source>Arts and crafts</source>
        <translation>Arts and crafts</translation>
    </message>
    <message>
        <source>Banking, insurance, real estate</source>
        <translation>Banking, insurance, real estate</translation>
    </message>
    <message>
        <source>Trade, sales and retail</source>
        <translation>Trade, sales and retail</translation>
    </message>
    <message>
        <source>Communication, media and multimedia</source>
        <translation>Communication, media and multimedia</translation>
    </message>
    <message>
        <source>Construction, building and public works</source>
        <translation>Construction, building and public works</translation>
    </message>
    <message>
        <source>Hotels and catering, tourism, leisure and entertainment</source>
        <translation>Hotels and catering, tourism, leisure and entertainment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Installation and maintenance</source>
        <translation>Installation and maintenance</translation>
    </message>
    <message>
        <source>Personal and community services</source>
        <translation>Personal and community services</translation>
    </message>
    <message>
        <source>Performing arts</source>
        <translation>Performing arts</translation>
    </message>
    <message>
        <source>Business support</source>
        <translation>Business support</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport and logistics</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>To contact</translation>
    </message>
    <message>
        <source>Contact attempted</source>
        <translation>Contact attempted</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Appointment set</source>
        <translation>Appointment set</translation>
    </message>
    <message>
        <source>Being taken on</source>
        <translation>Being taken on</translation>
    </message>
    <message>
        <source>Solution found</source>
        <translation>Solution found</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message left</translation>
    </message>
    <message>
        <source>Wrong number or address</source>
        <translation>Wrong number or address</translation>
    </message>
    <message>
        <source>Young person reached</source>
        <translation>Young person reached</translation>
    </message>
    <message>
        <source>Legal guardian reached</source>
        <translation>Legal guardian reached</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Appointment made</translation>
    </message>
    <message>
        <source>Back to school</source>
        <translation>Back to school</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <source>Civic service</source>
        <translation>Civic service</translation>
    </message>
    <message>
        <source>Mission locale support / CEJ</source>
        <translation>Mission locale support / CEJ</translation>
    </message>
    <message>
        <source>Other solution</source>
        <translation>Other solution</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Moved / out of the area</source>
        <translation>Moved / out of the area</translation>
    </message>
    <message>
        <source>Already in a solution</source>
        <translation>Already in a solution</translation>
    </message>
    <message>
        <source>Exempted (health)</source>
        <translation>Exempted (health)</translation>
    </message>
    <message>
        <source>Out of scope (18 or diploma)</source>
        <translation>Out of scope (18 or diploma)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Start with an empty database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Discover Sillage with the demonstration database (fictitious young people)</source>
        <translation>Discover Sillage with the demonstration database (fictitious young people)</translation>
    </message>
    <message>
        <source>Welcome to Sillage</source>
        <translation>Welcome to Sillage</translation>
    </message>
    <message>
        <source>Sillage keeps the follow-up of the young people you accompany in one file on this computer. It works without a network. Tell it who you are and for which site.</source>
        <translation>Sillage keeps the follow-up of the young people you accompany in one file on this computer. It works without a network. Tell it who you are and for which site.</translation>
    </message>
    <message>
        <source>e.g. Sophie Lemarchand</source>
        <translation>e.g. Sophie Lemarchand</translation>
    </message>
    <message>
        <source>e.g. Mission locale de Caen</source>
        <translation>e.g. Mission locale de Caen</translation>
    </message>
    <message>
        <source>e.g. CAE</source>
        <translation>e.g. CAE</translation>
    </message>
    <message>
        <source>Two to five capital letters that begin every dossier number (CAE-2026-00042).</source>
        <translation>Two to five capital letters that begin every dossier number (CAE-2026-00042).</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>Site &amp;code:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The spreadsheet cannot be written: %1</source>
        <translation>The spreadsheet cannot be written: %1</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>Check that the folder exists, that you may write in it and that the disk is not full.</translation>
    </message>
    <message>
        <source>The table “%1” has %2 rows and %3 columns, more than a spreadsheet holds.</source>
        <translation>The table “%1” has %2 rows and %3 columns, more than a spreadsheet holds.</translation>
    </message>
    <message>
        <source>Export it as CSV or JSON instead.</source>
        <translation>Export it as CSV or JSON instead.</translation>
    </message>
    <message>
        <source>The value in row %1 of column “%2” is longer than %3 characters, the most a spreadsheet cell holds.</source>
        <translation>The value in row %1 of column “%2” is longer than %3 characters, the most a spreadsheet cell holds.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follow-up of young people for Missions locales and CIO.</source>
        <translation>Follow-up of young people for Missions locales and CIO.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Open the database FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>The database to open.</translation>
    </message>
</context>
</TS>