<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <source>No dossier yet</source>
        <translation>No dossier yet</translation>
    </message>
    <message>
        <source>The dossiers of the young people you follow will be listed here. To discover Sillage first, open the demonstration database.</source>
        <translation>The dossiers of the young people you follow will be listed here. To discover Sillage first, open the demonstration database.</translation>
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
        <source>Select a dossier in the list.</source>
        <translation>Select a dossier in the list.</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>This dossier no longer exists.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>Dossier no.</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
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
        <source>Adviser</source>
        <translation>Adviser</translation>
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
</context>
<context>
    <name>BeneficiaryRepository</name>
    <message>
        <source>A dossier needs a last name and a first name.</source>
        <translation>A dossier needs a last name and a first name.</translation>
    </message>
    <message>
        <source>reading a dossier</source>
        <translation>reading a dossier</translation>
    </message>
    <message>
        <source>counting dossiers</source>
        <translation>counting dossiers</translation>
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
        <translation>Usage: sillage-cli [--db FILE] COMMAND [OPTIONS]

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
</translation>
    </message>
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
    <message>
        <source>Run "sillage-cli --help" to see the commands.</source>
        <translation>Run "sillage-cli --help" to see the commands.</translation>
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
    <name>DemoGenerator</name>
    <message>
        <source>The demo size must be a positive number.</source>
        <translation>The demo size must be a positive number.</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sillage databases (*.db *.sqlite);;All files (*)</source>
        <translation>Sillage databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Work placements (PMSMP, school internships) with their companies, tutors, conventions and assessments will be managed here.</source>
        <translation>Work placements (PMSMP, school internships) with their companies, tutors, conventions and assessments will be managed here.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>School-dropout cases received from the lists of each campaign, with contact attempts and solutions, will be followed here.</source>
        <translation>School-dropout cases received from the lists of each campaign, with contact attempts and solutions, will be followed here.</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>Careers</translation>
    </message>
    <message>
        <source>Career sheets from the ROME referential and your own local sheets will be browsed here, and shown full screen on a projector.</source>
        <translation>Career sheets from the ROME referential and your own local sheets will be browsed here, and shown full screen on a projector.</translation>
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
        <source>The modules add their imports and exports here.</source>
        <translation>The modules add their imports and exports here.</translation>
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
        <translation><numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform></translation>
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