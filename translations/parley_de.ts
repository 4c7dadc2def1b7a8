<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Parley: secure client messaging for law firms.</source>
        <translation>Parley: sichere Mandantenkommunikation für Kanzleien.</translation>
    </message>
    <message>
        <source>The Parley server address.</source>
        <translation>Die Adresse des Parley-Servers.</translation>
    </message>
    <message>
        <source>The email address to sign in with.</source>
        <translation>Die E-Mail-Adresse für die Anmeldung.</translation>
    </message>
    <message>
        <source>Sign in at once with the password held in this environment variable.</source>
        <translation>Sofort mit dem Passwort aus dieser Umgebungsvariablen anmelden.</translation>
    </message>
    <message>
        <source>After signing in, open the first matter's first conversation, save a picture of the window to this file and exit.</source>
        <translation>Nach der Anmeldung die erste Unterhaltung der ersten Akte öffnen, ein Bild des Fensters in diese Datei speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>DeleteMessage</name>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the conversation?</source>
        <translation>Diese Nachricht für alle in der Unterhaltung löschen?</translation>
    </message>
    <message>
        <source>They will see “This message was deleted.” The firm's audit record keeps what it said.</source>
        <translation>Sie sehen „Diese Nachricht wurde gelöscht.“ Das Prüfprotokoll der Kanzlei bewahrt ihren Inhalt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The email address or password is not correct. Check both and try again.</source>
        <translation>E-Mail-Adresse oder Passwort ist nicht korrekt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This account uses two-step verification. Enter the 6-digit code from your authenticator app.</source>
        <translation>Dieses Konto verwendet die Bestätigung in zwei Schritten. Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>That verification code is not correct or has expired. Enter the current code from your authenticator app.</source>
        <translation>Dieser Bestätigungscode ist falsch oder abgelaufen. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Cannot reach the Parley server at %1. Check the address and your network connection.</source>
        <translation>Der Parley-Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Cannot reach the Parley server. Check your network connection.</source>
        <translation>Der Parley-Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>For your clients' privacy Parley connects to %1 only with https://. Change the address to start with https://.</source>
        <translation>Zum Schutz Ihrer Mandanten verbindet sich Parley mit %1 nur über https://. Ändern Sie die Adresse so, dass sie mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Enter the server address your firm gave you, e.g. https://parley.example.com.</source>
        <translation>Geben Sie die Serveradresse Ihrer Kanzlei ein, z. B. https://parley.example.com.</translation>
    </message>
    <message>
        <source>The message is %L1 characters long; the limit is %L2. Shorten it or split it into several messages.</source>
        <translation>Die Nachricht ist %L1 Zeichen lang; erlaubt sind %L2. Kürzen Sie sie oder teilen Sie sie auf mehrere Nachrichten auf.</translation>
    </message>
    <message>
        <source>This item is no longer available to you.</source>
        <translation>Dieser Eintrag ist für Sie nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>Sie haben darauf keinen Zugriff.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Parley cannot remember your sign-in.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann sich Parley Ihre Anmeldung nicht merken.</translation>
    </message>
    <message>
        <source>The server sent an answer Parley cannot read. Check the server address, or ask your administrator whether the server is up to date.</source>
        <translation>Der Server hat eine Antwort gesendet, die Parley nicht lesen kann. Prüfen Sie die Serveradresse oder fragen Sie Ihre Administration, ob der Server aktuell ist.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Etwas ist schiefgelaufen (%1).</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this account. Try again in a minute, or ask your administrator.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Versuchen Sie es in einer Minute erneut oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this account. Try again in %1 minutes, or ask your administrator.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Versuchen Sie es in %1 Minuten erneut oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>Your firm requires two-step verification, and it is not set up for this account yet. Ask your administrator to set it up, then sign in again.</source>
        <translation>Ihre Kanzlei verlangt die Bestätigung in zwei Schritten, die für dieses Konto noch nicht eingerichtet ist. Bitten Sie Ihre Administration, sie einzurichten, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Your session expired. Sign in again to go on; your drafts and unsent messages are kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren; Ihre Entwürfe und nicht gesendeten Nachrichten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Too many failed attempts from your network. Try again in %1 minutes, or ask your administrator.</source>
        <translation>Zu viele fehlgeschlagene Versuche aus Ihrem Netzwerk. Versuchen Sie es in %1 Minuten erneut oder wenden Sie sich an Ihre Administration.</translation>
    </message>
</context>
<context>
    <name>MatterClosing</name>
    <message>
        <source>Close Matter</source>
        <translation>Akte schließen</translation>
    </message>
    <message>
        <source>Close matter %1?</source>
        <translation>Akte %1 schließen?</translation>
    </message>
    <message>
        <source>The firm leaves the matter's client conversations and nobody can post to them any more. The clients can still read everything that was sent; what you have seen stays readable here. Internal conversations, files and the record of communication stay as they are.</source>
        <translation>Die Kanzlei verlässt die Mandantenunterhaltungen der Akte, und niemand kann dort noch schreiben. Die Mandanten können weiterhin alles lesen, was gesendet wurde; was Sie gesehen haben, bleibt hier lesbar. Interne Unterhaltungen, Dateien und das Kommunikationsprotokoll bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Close Matter</source>
        <translation>Akte &amp;schließen</translation>
    </message>
    <message>
        <source>Client Cancelled</source>
        <translation>Mandant hat gekündigt</translation>
    </message>
    <message>
        <source>Record that %1 cancelled with the firm?</source>
        <translation>Festhalten, dass %1 das Mandat gekündigt hat?</translation>
    </message>
    <message>
        <source>&amp;Record Cancellation</source>
        <translation>Kündigung &amp;festhalten</translation>
    </message>
    <message>
        <source>The firm leaves the client conversations %1 is in on this matter, also those shared with other clients: nobody can post to them any more. %1 can still read everything that was sent. The matter itself stays open.</source>
        <translation>Die Kanzlei verlässt die Mandantenunterhaltungen dieser Akte, an denen %1 teilnimmt, auch die mit weiteren Mandanten: Niemand kann dort noch schreiben. %1 kann weiterhin alles lesen, was gesendet wurde. Die Akte selbst bleibt offen.</translation>
    </message>
</context>
<context>
    <name>MessageSpouse</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Messages Reach the Spouse</source>
        <translation>Nachrichten auch an Ehepartner</translation>
    </message>
    <message>
        <source>Let %1 read the client conversations of matter %2?</source>
        <translation>Soll %1 die Mandantenunterhaltungen der Akte %2 lesen können?</translation>
    </message>
    <message>
        <source>%1 joins the open client conversations of this matter with the client and can read everything sent in them so far. Parley emails an invitation to the client portal. Conversations started later include %1 too.</source>
        <translation>%1 wird mit dem Mandanten zu den offenen Mandantenunterhaltungen dieser Akte hinzugefügt und kann alles lesen, was darin bisher gesendet wurde. Parley sendet per E-Mail eine Einladung zum Mandantenportal. Später begonnene Unterhaltungen schließen %1 ebenfalls ein.</translation>
    </message>
    <message>
        <source>&amp;Add to Conversations</source>
        <translation>Zu Unterhaltungen &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>PeopleNames</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Record of communication %1.html</source>
        <translation>Kommunikationsprotokoll %1.html</translation>
    </message>
    <message>
        <source>Could not save the record to %1: %2</source>
        <translation>Das Protokoll konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export Record of Communication</source>
        <translation>Kommunikationsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Web page, to read and print (*.html);;JSON, for other programs (*.json)</source>
        <translation>Webseite, zum Lesen und Drucken (*.html);;JSON, für andere Programme (*.json)</translation>
    </message>
    <message>
        <source>Exporting the record of matter %1…</source>
        <translation>Protokoll der Akte %1 wird exportiert …</translation>
    </message>
    <message>
        <source>Record saved to %1</source>
        <translation>Protokoll gespeichert unter %1</translation>
    </message>
    <message>
        <source>The record was not exported. %1</source>
        <translation>Das Protokoll wurde nicht exportiert. %1</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Timed out after 30 seconds waiting for the matters, conversations and messages.</source>
        <translation>Nach 30 Sekunden Warten auf Akten, Unterhaltungen und Nachrichten abgebrochen.</translation>
    </message>
    <message>
        <source>Loading failed: %1 (%2)</source>
        <translation>Laden fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>There are no matters to show.</source>
        <translation>Es gibt keine Akten anzuzeigen.</translation>
    </message>
    <message>
        <source>Cannot write the picture to %1.</source>
        <translation>Das Bild kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>TemplateValues</name>
    <message>
        <source>[your firm's name]</source>
        <translation>[Name Ihrer Kanzlei]</translation>
    </message>
    <message>
        <source>Maria Gonzalez</source>
        <translation>Maria Gonzalez</translation>
    </message>
    <message>
        <source>2026-0042</source>
        <translation>2026-0042</translation>
    </message>
    <message>
        <source>Gonzalez custody</source>
        <translation>Gonzalez – Sorgerecht</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Beweisaufnahme</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Name des Mandanten</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>Matter title</source>
        <translation>Aktentitel</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Name der Kanzlei</translation>
    </message>
</context>
<context>
    <name>parley::app::DesktopApp</name>
    <message>
        <source>--password-env needs --server, --email and a non-empty environment variable %1.</source>
        <translation>--password-env braucht --server, --email und eine nicht leere Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Der Server hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>--screenshot needs --server and --email, and --password-env unless a sign-in is saved in the keychain.</source>
        <translation>--screenshot braucht --server und --email sowie --password-env, wenn keine Anmeldung im Schlüsselbund gespeichert ist.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 at %2; use --password-env.</source>
        <translation>Keine gespeicherte Anmeldung für %1 bei %2; verwenden Sie --password-env.</translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Parley could not sign you out everywhere: %1</source>
        <translation>Parley konnte Sie nicht überall abmelden: %1</translation>
    </message>
    <message>
        <source>You are signed out on every computer and device.</source>
        <translation>Sie sind auf allen Computern und Geräten abgemeldet.</translation>
    </message>
</context>
<context>
    <name>parley::models::DocumentsModel</name>
    <message>
        <source>Shared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Shared with the client portal: clients see the latest version (version %1, last updated %2).</source>
        <translation>Im Mandantenportal freigegeben: Mandanten sehen die neueste Version (Version %1, zuletzt geändert %2).</translation>
    </message>
    <message>
        <source>Last Updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>when a file's version was saved or sent</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>parley::models::InboxModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The client has waited for an answer since %1.</source>
        <translation>Der Mandant wartet seit %1 auf eine Antwort.</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Assigned To</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>To-Do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>when a message came today</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <comment>when a message came this year</comment>
        <translation>d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>when a message came before</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>parley::models::MessageFilesModel</name>
    <message>
        <source>Client access removed</source>
        <translation>Mandantenzugriff entfernt</translation>
    </message>
    <message>
        <source>Shared (version %1)</source>
        <translation>Freigegeben (Version %1)</translation>
    </message>
    <message>
        <source>Sent copy (version %1)</source>
        <translation>Gesendete Kopie (Version %1)</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <source>Clients see the latest version: version %1, last updated %2.</source>
        <translation>Mandanten sehen die neueste Version: Version %1, zuletzt geändert %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>parley::models::SearchModel</name>
    <message>
        <source>Direct message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>parley::models::TasksModel</name>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>Done on %1. Untick to reopen.</source>
        <translation>Erledigt am %1. Haken entfernen, um sie wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Tick when done.</source>
        <translation>Abhaken, wenn erledigt.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1
Made from a message: Show Message opens it.</source>
        <translation>%1
Aus einer Nachricht erstellt: „Nachricht zeigen“ öffnet sie.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>parley::models::TimelineModel</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read by %1 %2</source>
        <translation>Gelesen von %1 %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 read the conversation</source>
        <translation>%1 hat die Unterhaltung gelesen</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 hat %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <source>Portal event</source>
        <translation>Portalereignis</translation>
    </message>
    <message>
        <source>File: %1 · %2</source>
        <translation>Datei: %1 · %2</translation>
    </message>
    <message>
        <source>Shared: %1 · client access removed</source>
        <translation>Freigegeben: %1 · Mandantenzugriff entfernt</translation>
    </message>
    <message>
        <source>Shared: %1 · version %2, last updated %3</source>
        <translation>Freigegeben: %1 · Version %2, zuletzt geändert %3</translation>
    </message>
    <message>
        <source>%1 removed client access to a shared document</source>
        <translation>%1 hat den Mandantenzugriff auf ein freigegebenes Dokument entfernt</translation>
    </message>
    <message>
        <source>%1 changed the address %2 signs in to the portal with</source>
        <translation>%1 hat die Portal-Anmeldeadresse von %2 geändert</translation>
    </message>
    <message>
        <source>%1 recorded that the client cancelled; the firm left the conversation</source>
        <translation>%1 hat die Kündigung des Mandanten festgehalten; die Kanzlei hat die Unterhaltung verlassen</translation>
    </message>
    <message>
        <source>%1 closed the matter; the firm left the conversation</source>
        <translation>%1 hat die Akte geschlossen; die Kanzlei hat die Unterhaltung verlassen</translation>
    </message>
</context>
<context>
    <name>parley::net::StreamedRequest</name>
    <message>
        <source>The server stopped answering for a minute.</source>
        <translation>Der Server hat eine Minute lang nicht geantwortet.</translation>
    </message>
    <message>
        <source>The file cannot be read any more.</source>
        <translation>Die Datei kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>The server's answer is too long.</source>
        <translation>Die Antwort des Servers ist zu lang.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>parley::sync::AlertCenter</name>
    <message>
        <source>%1 replied</source>
        <translation>%1 hat geantwortet</translation>
    </message>
    <message>
        <source>%1 sent files</source>
        <translation>%1 hat Dateien gesendet</translation>
    </message>
    <message>
        <source>%1 read your messages</source>
        <translation>%1 hat Ihre Nachrichten gelesen</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat Sie erwähnt</translation>
    </message>
</context>
<context>
    <name>parley::sync::TransferQueue</name>
    <message>
        <source>The transfer of %1 was cancelled.</source>
        <translation>Die Übertragung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Wartet auf den Start</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>Angehalten — %1</translation>
    </message>
    <message>
        <source>Connection lost — trying again soon (%1)</source>
        <translation>Verbindung unterbrochen — neuer Versuch in Kürze (%1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>%1 — %2/s, %3 left</source>
        <translation>%1 — %2/s, noch %3</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::AllFilesPane</name>
    <message>
        <source>All Files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Open a matter to see its files.</source>
        <translation>Öffnen Sie eine Akte, um ihre Dateien zu sehen.</translation>
    </message>
    <message>
        <source>The files could not be loaded. %1</source>
        <translation>Die Dateien konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Dateien werden geladen …</translation>
    </message>
    <message>
        <source>No files on this matter yet.</source>
        <translation>Zu dieser Akte gibt es noch keine Dateien.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Client &amp;Portal…</source>
        <translation>Mandanten&amp;portal …</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Upload files from this computer to the matter (or drop them here)</source>
        <translation>Dateien von diesem Computer in die Akte hochladen (oder hierher ziehen)</translation>
    </message>
    <message>
        <source>Add Files to Matter %1</source>
        <translation>Dateien zur Akte %1 hinzufügen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>&amp;Remove Client Access…</source>
        <translation>Mandantenzugriff &amp;entfernen …</translation>
    </message>
    <message>
        <source>The files could not be shared. %1</source>
        <translation>Die Dateien konnten nicht freigegeben werden. %1</translation>
    </message>
    <message>
        <source>The files could not be sent. %1</source>
        <translation>Die Dateien konnten nicht gesendet werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n file(s) on the client portal.</source>
        <translation>
            <numerusform>%n Datei im Mandantenportal freigegeben.</numerusform>
            <numerusform>%n Dateien im Mandantenportal freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n file(s) to the client portal.</source>
        <translation>
            <numerusform>%n Datei an das Mandantenportal gesendet.</numerusform>
            <numerusform>%n Dateien an das Mandantenportal gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>%1 could not be downloaded. %2</source>
        <translation>%1 konnte nicht heruntergeladen werden. %2</translation>
    </message>
    <message>
        <source>%1 could not be transferred. %2</source>
        <translation>%1 konnte nicht übertragen werden. %2</translation>
    </message>
    <message>
        <source>Your changes were saved as version %1.</source>
        <translation>Ihre Änderungen wurden als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Newer Version on the Server</source>
        <translation>Neuere Version auf dem Server</translation>
    </message>
    <message>
        <source>Someone saved version %1 of “%2” after you opened it. Replace it with your changes? (Its earlier versions are kept either way.)</source>
        <translation>Jemand hat Version %1 von „%2“ gespeichert, nachdem Sie das Dokument geöffnet haben. Durch Ihre Änderungen ersetzen? (Die früheren Versionen bleiben in jedem Fall erhalten.)</translation>
    </message>
    <message>
        <source>The document could not be opened or saved. %1</source>
        <translation>Das Dokument konnte nicht geöffnet oder gespeichert werden. %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Edit a working copy; every save becomes a new version</source>
        <translation>Eine Arbeitskopie bearbeiten; jedes Speichern wird eine neue Version</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The matter's documents</source>
        <translation>Die Dokumente der Akte</translation>
    </message>
    <message>
        <source>Files sent, shared and attached in the matter's conversations</source>
        <translation>In den Unterhaltungen der Akte gesendete, freigegebene und angehängte Dateien</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Dokumente (%1)</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <source>No files have been sent or shared in this matter's conversations yet.</source>
        <translation>In den Unterhaltungen dieser Akte wurden noch keine Dateien gesendet oder freigegeben.</translation>
    </message>
    <message>
        <source>Show in &amp;Conversation</source>
        <translation>In der &amp;Unterhaltung zeigen</translation>
    </message>
</context>
<context>
    <name>parley::ui::AssignDialog</name>
    <message>
        <source>Assign To</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Only colleagues on every matter concerned are listed.</source>
        <translation>Aufgeführt sind nur Kollegen, die in allen betroffenen Akten arbeiten.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Who answers this conversation for the firm? They get the client’s notifications instead of everyone on the matter.</source>
        <translation>Wer beantwortet diese Unterhaltung für die Kanzlei? Diese Person erhält die Benachrichtigungen des Mandanten statt aller in der Akte.</translation>
    </message>
    <message>
        <source>Who answers these %L1 conversations for the firm? They get the clients’ notifications instead of everyone on the matters.</source>
        <translation>Wer beantwortet diese %L1 Unterhaltungen für die Kanzlei? Diese Person erhält die Benachrichtigungen der Mandanten statt aller in den Akten.</translation>
    </message>
</context>
<context>
    <name>parley::ui::AssigneePicker</name>
    <message>
        <source>Assigned &amp;to:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>The colleague who answers this conversation for the firm; they get its notifications instead of everyone on the matter</source>
        <translation>Die Kollegin oder der Kollege, die diese Unterhaltung für die Kanzlei beantwortet; sie erhält die Benachrichtigungen statt aller, die an der Akte arbeiten</translation>
    </message>
    <message>
        <source>A colleague not on this matter</source>
        <translation>Jemand, der nicht an dieser Akte arbeitet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Assign Conversation</source>
        <translation>Unterhaltung zuweisen</translation>
    </message>
    <message>
        <source>The conversation was not assigned. %1</source>
        <translation>Die Unterhaltung wurde nicht zugewiesen. %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChangeStatusDialog</name>
    <message>
        <source>Change Status — %1</source>
        <translation>Status ändern — %1</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Neuer Status:</translation>
    </message>
    <message>
        <source>&amp;Change Status</source>
        <translation>Status ä&amp;ndern</translation>
    </message>
    <message>
        <source>Type the new status or choose one.</source>
        <translation>Geben Sie den neuen Status ein oder wählen Sie einen.</translation>
    </message>
    <message>
        <source>To close the matter use Close Matter… on the Matter tab: the firm then leaves the client conversations, which the clients can still read.</source>
        <translation>Um die Akte zu schließen, verwenden Sie „Akte schließen …“ auf der Seite „Akte“: Die Kanzlei verlässt dann die Mandantenunterhaltungen, die die Mandanten weiterhin lesen können.</translation>
    </message>
    <message>
        <source>This is the matter's status already; nothing changes and nothing is posted.</source>
        <translation>Die Akte hat diesen Status bereits; nichts ändert sich und nichts wird gesendet.</translation>
    </message>
    <message>
        <source>Parley could not check which automated messages this status posts. Any that the firm's rules name are posted all the same.</source>
        <translation>Parley konnte nicht prüfen, welche automatischen Nachrichten dieser Status sendet. Nachrichten, die die Regeln der Kanzlei vorsehen, werden trotzdem gesendet.</translation>
    </message>
    <message>
        <source>Checking the automated messages for this status…</source>
        <translation>Automatische Nachrichten für diesen Status werden geprüft …</translation>
    </message>
    <message>
        <source>This will post “%1” to this matter’s client conversations as a message.</source>
        <translation>Damit wird „%1“ als Nachricht in die Mandantenunterhaltungen dieser Akte gesendet.</translation>
    </message>
    <message>
        <source>This will post “%1” to this matter’s client conversations as a status update.</source>
        <translation>Damit wird „%1“ als Statusmeldung in die Mandantenunterhaltungen dieser Akte gesendet.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No automated message is posted for this status.</source>
        <translation>Für diesen Status wird keine automatische Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert …</translation>
    </message>
    <message>
        <source>This matter is closed; its status no longer changes.</source>
        <translation>Diese Akte ist geschlossen; ihr Status ändert sich nicht mehr.</translation>
    </message>
    <message>
        <source>The status was not changed. %1</source>
        <translation>Der Status wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Akte:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keiner</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>Aktueller Status:</translation>
    </message>
</context>
<context>
    <name>parley::ui::ClientAccess</name>
    <message>
        <source>Remove Client Access</source>
        <translation>Mandantenzugriff entfernen</translation>
    </message>
    <message>
        <source>Clients will no longer be able to open %n shared file(s). Messages that shared them stay, marked as no longer shared.</source>
        <translation>Mandanten können %n freigegebene Datei nicht mehr öffnen. Nachrichten, die sie freigegeben haben, bleiben erhalten und werden als nicht mehr freigegeben markiert.</translation>
    </message>
    <message>
        <source>Client access to %1 could not be removed. %2</source>
        <translation>Der Mandantenzugriff auf %1 konnte nicht entfernt werden. %2</translation>
    </message>
</context>
<context>
    <name>parley::ui::Composer</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation>Nachricht schreiben … (Strg+Eingabe zum Senden)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1 characters too long&lt;/b&gt; (%L2 / %L3)</source>
        <translation>&lt;b&gt;%L1 Zeichen zu lang&lt;/b&gt; (%L2 / %L3)</translation>
    </message>
    <message>
        <source>The message is longer than %L1 characters. Shorten it or split it into several messages.</source>
        <translation>Die Nachricht ist länger als %L1 Zeichen. Kürzen Sie sie oder teilen Sie sie auf mehrere Nachrichten auf.</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>Post as status &amp;update</source>
        <translation>Als Status&amp;meldung veröffentlichen</translation>
    </message>
    <message>
        <source>The message also shows on the Status tab of the client's portal.</source>
        <translation>Die Nachricht erscheint auch auf der Registerkarte „Status“ im Mandantenportal.</translation>
    </message>
    <message>
        <source>Attach &amp;Files…</source>
        <translation>&amp;Dateien anhängen…</translation>
    </message>
    <message>
        <source>Send files with the message (Ctrl+Shift+A), or drop them here</source>
        <translation>Dateien mit der Nachricht senden (Strg+Umschalt+A) oder hier ablegen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove %1 from the message</source>
        <translation>%1 aus der Nachricht entfernen</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationView</name>
    <message>
        <source>Members: %1</source>
        <translation>Teilnehmer: %1</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Discard Message</source>
        <translation>Nachricht verwerfen</translation>
    </message>
    <message>
        <source>Discard this unsent message? It will not be sent and cannot be recovered.</source>
        <translation>Diese nicht gesendete Nachricht verwerfen? Sie wird nicht gesendet und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Copy Text and &amp;Discard</source>
        <translation>Text &amp;kopieren und verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>Show all portal &amp;events</source>
        <translation>Alle Portal&amp;ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Show when participants read messages, were added or removed, or changed their sign-in email address</source>
        <translation>Zeigt, wann Teilnehmer Nachrichten gelesen haben, hinzugefügt oder entfernt wurden oder ihre Anmelde-E-Mail-Adresse geändert haben</translation>
    </message>
    <message>
        <source>&amp;Open “%1”</source>
        <translation>„%1“ ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save “%1” As…</source>
        <translation>„%1“ &amp;speichern unter …</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)… (see Transfers under All Files)</source>
        <translation>
            <numerusform>%n Datei wird hochgeladen… (siehe Übertragungen unter Alle Dateien)</numerusform>
            <numerusform>%n Dateien werden hochgeladen… (siehe Übertragungen unter Alle Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>The message was not sent; its text and files are kept. %1</source>
        <translation>Die Nachricht wurde nicht gesendet; Text und Dateien bleiben erhalten. %1</translation>
    </message>
    <message>
        <source>&amp;Remove Client Access to “%1”…</source>
        <translation>Mandantenzugriff auf „%1“ &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove Client Access</source>
        <translation>Mandantenzugriff entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete Message…</source>
        <translation>Nachricht &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>The message was not deleted. %1</source>
        <translation>Die Nachricht wurde nicht gelöscht. %1</translation>
    </message>
    <message>
        <source>Closed on %1: the client cancelled with the firm, so the firm has left this conversation. The client can still read everything that was sent; nobody can post to it any more.</source>
        <translation>Geschlossen am %1: Der Mandant hat gekündigt, daher hat die Kanzlei diese Unterhaltung verlassen. Der Mandant kann weiterhin alles lesen, was gesendet wurde; niemand kann hier noch schreiben.</translation>
    </message>
    <message>
        <source>Closed on %1: the matter was closed, so the firm has left this conversation. The client can still read everything that was sent; nobody can post to it any more.</source>
        <translation>Geschlossen am %1: Die Akte wurde geschlossen, daher hat die Kanzlei diese Unterhaltung verlassen. Der Mandant kann weiterhin alles lesen, was gesendet wurde; niemand kann hier noch schreiben.</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationsDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zuständig: %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::InboxActions</name>
    <message>
        <source>Mark &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark the selected messages read, for you (the client is not told)</source>
        <translation>Die ausgewählten Nachrichten für Sie als gelesen markieren (der Mandant erfährt davon nichts)</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark the selected messages unread, for you</source>
        <translation>Die ausgewählten Nachrichten für Sie als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark To-&amp;Do</source>
        <translation>Als zu &amp;erledigen markieren</translation>
    </message>
    <message>
        <source>Flag the selected messages as something to do</source>
        <translation>Die ausgewählten Nachrichten als zu erledigen kennzeichnen</translation>
    </message>
    <message>
        <source>Mark the selected messages' to-do done</source>
        <translation>Die ausgewählten Nachrichten als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Clear To-Do Mark</source>
        <translation>Mar&amp;kierung entfernen</translation>
    </message>
    <message>
        <source>Neither to-do nor done</source>
        <translation>Weder zu erledigen noch erledigt</translation>
    </message>
    <message>
        <source>&amp;Assign To…</source>
        <translation>&amp;Zuweisen …</translation>
    </message>
    <message>
        <source>Choose the colleague who answers the selected messages' conversations</source>
        <translation>Den Kollegen wählen, der die Unterhaltungen der ausgewählten Nachrichten beantwortet</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>Hide the selected messages in your inbox (Delete); nothing is deleted, and colleagues still see them</source>
        <translation>Die ausgewählten Nachrichten in Ihrem Posteingang ausblenden (Entf); nichts wird gelöscht, Kollegen sehen sie weiterhin</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected messages back in the inbox</source>
        <translation>Die ausgewählten Nachrichten zurück in den Posteingang legen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>Unterhaltung &amp;öffnen</translation>
    </message>
    <message>
        <source>Show the message in its conversation in the main window (Enter)</source>
        <translation>Die Nachricht in ihrer Unterhaltung im Hauptfenster zeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Make a task from this message; the task links back to it</source>
        <translation>Aus dieser Nachricht eine Aufgabe machen; die Aufgabe verweist auf sie</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>Verschieben in den Papierkorb &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Restore</source>
        <translation>Wiederherstellen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Add the client's file to the matter's documents (All Files)</source>
        <translation>Die Datei des Mandanten zu den Dokumenten der Akte hinzufügen (Alle Dateien)</translation>
    </message>
    <message>
        <source>Select at most %1 messages at a time.</source>
        <translation>Wählen Sie höchstens %1 Nachrichten auf einmal.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>Task “%1” created. It is listed under Tasks on matter %2.</source>
        <translation>Aufgabe „%1“ erstellt. Sie steht unter Aufgaben in Akte %2.</translation>
    </message>
    <message>
        <source>“%1” was not saved as a document. %2</source>
        <translation>„%1“ wurde nicht als Dokument gespeichert. %2</translation>
    </message>
    <message>
        <source>Saved “%1” to the documents of matter %2 (All Files).</source>
        <translation>„%1“ in den Dokumenten der Akte %2 gespeichert (Alle Dateien).</translation>
    </message>
    <message>
        <source>Mark Do&amp;ne</source>
        <translation>Als erledig&amp;t markieren</translation>
    </message>
    <message>
        <source>Create Tas&amp;k…</source>
        <translation>&amp;Aufgabe erstellen …</translation>
    </message>
    <message>
        <source>Save “%1” as Docu&amp;ment</source>
        <translation>„%1“ als &amp;Dokument speichern</translation>
    </message>
    <message>
        <source>Save Attachment as Docu&amp;ment</source>
        <translation>Anhang als &amp;Dokument speichern</translation>
    </message>
    <message>
        <source>Marked read (%L1).</source>
        <translation>Als gelesen markiert (%L1).</translation>
    </message>
    <message>
        <source>Marked unread (%L1).</source>
        <translation>Als ungelesen markiert (%L1).</translation>
    </message>
    <message>
        <source>Marked to-do (%L1).</source>
        <translation>Als zu erledigen markiert (%L1).</translation>
    </message>
    <message>
        <source>Marked done (%L1).</source>
        <translation>Als erledigt markiert (%L1).</translation>
    </message>
    <message>
        <source>To-do mark cleared (%L1).</source>
        <translation>Markierung entfernt (%L1).</translation>
    </message>
    <message>
        <source>Assigned (%L1).</source>
        <translation>Zugewiesen (%L1).</translation>
    </message>
    <message>
        <source>Moved to Trash, for you only (%L1). %2 undoes it.</source>
        <translation>In den Papierkorb verschoben, nur für Sie (%L1). %2 macht es rückgängig.</translation>
    </message>
    <message>
        <source>Restored to the inbox (%L1). %2 undoes it.</source>
        <translation>In den Posteingang zurückgelegt (%L1). %2 macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>parley::ui::InboxFilterBar</name>
    <message>
        <source>Search messages, senders and matters</source>
        <translation>Nachrichten, Absender und Akten durchsuchen</translation>
    </message>
    <message>
        <source>Only this matter's conversations</source>
        <translation>Nur die Unterhaltungen dieser Akte</translation>
    </message>
    <message>
        <source>Only conversations with this client</source>
        <translation>Nur Unterhaltungen mit diesem Mandanten</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Ungelesen</translation>
    </message>
    <message>
        <source>Only messages you have not read</source>
        <translation>Nur Nachrichten, die Sie nicht gelesen haben</translation>
    </message>
    <message>
        <source>&amp;To-Do</source>
        <translation>Zu &amp;erledigen</translation>
    </message>
    <message>
        <source>Only messages marked To-Do</source>
        <translation>Nur als zu erledigen markierte Nachrichten</translation>
    </message>
    <message>
        <source>Assigned to &amp;Me</source>
        <translation>&amp;Mir zugewiesen</translation>
    </message>
    <message>
        <source>Only conversations assigned to you</source>
        <translation>Nur Ihnen zugewiesene Unterhaltungen</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Alle Akten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Mandanten</translation>
    </message>
</context>
<context>
    <name>parley::ui::InboxWindow</name>
    <message>
        <source>Team Inbox — %1</source>
        <translation>Team-Posteingang — %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Clients' messages in every conversation you can see</source>
        <translation>Nachrichten von Mandanten in allen Unterhaltungen, die Sie sehen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>The firm's messages to clients</source>
        <translation>Nachrichten der Kanzlei an Mandanten</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Messages you moved to Trash (hidden for you only)</source>
        <translation>Nachrichten, die Sie in den Papierkorb verschoben haben (nur für Sie ausgeblendet)</translation>
    </message>
    <message>
        <source>Awaiting Reply</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Conversations whose client waits for an answer, longest first</source>
        <translation>Unterhaltungen, deren Mandant auf eine Antwort wartet, die längste Wartezeit zuerst</translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Tasks assigned to you</source>
        <translation>Ihnen zugewiesene Aufgaben</translation>
    </message>
    <message>
        <source>The inbox could not be loaded. %1</source>
        <translation>Der Posteingang konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No messages from clients. Their messages in every conversation you can see arrive here.</source>
        <translation>Keine Nachrichten von Mandanten. Ihre Nachrichten aus allen Unterhaltungen, die Sie sehen, erscheinen hier.</translation>
    </message>
    <message>
        <source>The firm has not written to any client yet.</source>
        <translation>Die Kanzlei hat noch keinem Mandanten geschrieben.</translation>
    </message>
    <message>
        <source>Trash is empty. Messages you move here are hidden for you only; nothing is deleted.</source>
        <translation>Der Papierkorb ist leer. Nachrichten, die Sie hierher verschieben, sind nur für Sie ausgeblendet; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>No client is waiting for an answer.</source>
        <translation>Kein Mandant wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>Conversations: %L1</source>
        <translation>Unterhaltungen: %L1</translation>
    </message>
    <message>
        <source>Messages: %L1</source>
        <translation>Nachrichten: %L1</translation>
    </message>
    <message>
        <source>%1 · %L2 selected</source>
        <translation>%1 · %L2 ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>No messages match the search and filters.</source>
        <translation>Keine Nachricht passt zu Suche und Filtern.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 (scroll down for more)</source>
        <translation>%L1 von %L2 angezeigt (nach unten blättern für mehr)</translation>
    </message>
    <message>
        <source>More messages could not be loaded. %1</source>
        <translation>Weitere Nachrichten konnten nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::MainWindow</name>
    <message>
        <source>Parley — %1</source>
        <translation>Parley — %1</translation>
    </message>
    <message>
        <source>Clients (portal)</source>
        <translation>Mandanten (Portal)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Filter by number, title or client</source>
        <translation>Nach Nummer, Titel oder Mandant filtern</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>No matter selected</source>
        <translation>Keine Akte ausgewählt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Find Matter…</source>
        <translation>Akte &amp;suchen …</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No client on this matter</source>
        <translation>Kein Mandant in dieser Akte</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Select a conversation to read and reply.</source>
        <translation>Wählen Sie eine Unterhaltung, um zu lesen und zu antworten.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>New messages appear as they arrive.</source>
        <translation>Neue Nachrichten erscheinen, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Offline — neuer Versuch in %n s</numerusform>
            <numerusform>Offline — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server was lost. Parley keeps trying to reconnect.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Parley versucht weiter, sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Select a matter to see its conversations, or open a direct conversation.</source>
        <translation>Wählen Sie eine Akte, um ihre Unterhaltungen zu sehen, oder öffnen Sie eine Direktunterhaltung.</translation>
    </message>
    <message>
        <source>Offline — showing saved messages; new messages will be sent when the connection returns.</source>
        <translation>Offline — gespeicherte Nachrichten werden angezeigt; neue Nachrichten werden gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of Parley? Saved matters and messages stay on this computer for your next sign-in unless you remove them.</source>
        <translation>Von Parley abmelden? Gespeicherte Akten und Nachrichten bleiben für Ihre nächste Anmeldung auf diesem Computer, wenn Sie sie nicht entfernen.</translation>
    </message>
    <message>
        <source>Also remove saved messages from this computer</source>
        <translation>Gespeicherte Nachrichten auch von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search the messages saved on this computer (%1)</source>
        <translation>Die auf diesem Computer gespeicherten Nachrichten durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>Nachrichten &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>Keine Nachricht enthält „%1“.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>Ü&amp;ber Parley</translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation>Über Parley</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parley %1&lt;/h3&gt;&lt;p&gt;Secure messaging with your clients, matter by matter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parley %1&lt;/h3&gt;&lt;p&gt;Sichere Nachrichten mit Ihren Mandanten, Akte für Akte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.&lt;br&gt;Built with Qt %3.</source>
        <translation>Angemeldet bei %1 als %2.&lt;br&gt;Erstellt mit Qt %3.</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>&amp;Akte</translation>
    </message>
    <message>
        <source>Me&amp;ssages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Neue Nachricht …</translation>
    </message>
    <message>
        <source>New &amp;Internal Thread…</source>
        <translation>Neue &amp;interne Unterhaltung …</translation>
    </message>
    <message>
        <source>New &amp;Direct Message…</source>
        <translation>Neue Di&amp;rektnachricht …</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation>Nächste &amp;ungelesene Unterhaltung</translation>
    </message>
    <message>
        <source>No unread messages.</source>
        <translation>Keine ungelesenen Nachrichten.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Notification Center</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show the Notification Center (Ctrl+Shift+I)</source>
        <translation>Benachrichtigungen anzeigen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>Open Parley to read it (protected conversation).</source>
        <translation>Zum Lesen Parley öffnen (geschützte Unterhaltung).</translation>
    </message>
    <message>
        <source>Close Matter</source>
        <translation>Akte schließen</translation>
    </message>
    <message>
        <source>Matter %1 is closed. Its clients can still read their conversations.</source>
        <translation>Akte %1 ist geschlossen. Ihre Mandanten können ihre Unterhaltungen weiterhin lesen.</translation>
    </message>
    <message>
        <source>Client Cancelled</source>
        <translation>Mandant hat gekündigt</translation>
    </message>
    <message>
        <source>Recorded that %1 cancelled. They can still read their conversations.</source>
        <translation>Kündigung von %1 festgehalten. Die Unterhaltungen bleiben für sie lesbar.</translation>
    </message>
    <message>
        <source>Sign Out &amp;Everywhere…</source>
        <translation>&amp;Überall abmelden…</translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign out of Parley on every computer and device, this one included? Use this if a device was lost or someone else may know your password. Unsent messages on this computer are kept for your next sign-in.</source>
        <translation>Von Parley auf allen Computern und Geräten abmelden, auch auf diesem? Nutzen Sie dies, wenn ein Gerät verloren ging oder jemand anderes Ihr Passwort kennen könnte. Nicht gesendete Nachrichten auf diesem Computer bleiben für Ihre nächste Anmeldung erhalten.</translation>
    </message>
    <message>
        <source>Matter %1 is now at status “%2”.</source>
        <translation>Akte %1 hat jetzt den Status „%2“.</translation>
    </message>
    <message>
        <source>Messages to the Spouse</source>
        <translation>Nachrichten an Ehepartner</translation>
    </message>
    <message>
        <source>The spouse now reads the client conversations of matter %1.</source>
        <translation>Der Ehepartner liest jetzt die Mandantenunterhaltungen der Akte %1.</translation>
    </message>
    <message>
        <source>Client conversations of matter %1 started from now on go to the client alone.</source>
        <translation>Ab jetzt begonnene Mandantenunterhaltungen der Akte %1 gehen nur an den Mandanten.</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>Team &amp;Inbox</source>
        <translation>Team-&amp;Posteingang</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation>Nachrichten&amp;vorlagen …</translation>
    </message>
    <message>
        <source>The firm's automated messages: templates, and the status changes that post them</source>
        <translation>Die automatischen Nachrichten der Kanzlei: Vorlagen und die Statusänderungen, die sie senden</translation>
    </message>
    <message>
        <source>Team Inbox</source>
        <translation>Team-Posteingang</translation>
    </message>
    <message>
        <source>Open the team inbox: clients' messages across all matters (%1)</source>
        <translation>Den Team-Posteingang öffnen: Nachrichten von Mandanten aus allen Akten (%1)</translation>
    </message>
</context>
<context>
    <name>parley::ui::MatterDetailsView</name>
    <message>
        <source>No email</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>Write an email to %1</source>
        <translation>E-Mail an %1 schreiben</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Kein Telefon</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Ehepartner</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Andere Partei</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Rechtsanwalt</translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation>Fachangestellte</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>No parties yet. Clients and other contacts added to this matter appear here.</source>
        <translation>Noch keine Beteiligten. Mandanten und andere Kontakte, die dieser Akte hinzugefügt werden, erscheinen hier.</translation>
    </message>
    <message>
        <source>No staff on this matter yet.</source>
        <translation>Dieser Akte sind noch keine Mitarbeiter zugeordnet.</translation>
    </message>
    <message>
        <source>Restricted: only the staff listed below can see this matter.</source>
        <translation>Eingeschränkt: Nur die unten aufgeführten Mitarbeiter können diese Akte sehen.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>This matter has no client to write to yet.</source>
        <translation>Diese Akte hat noch keinen Mandanten, dem Sie schreiben können.</translation>
    </message>
    <message>
        <source>Write to the client on this matter</source>
        <translation>Dem Mandanten dieser Akte schreiben</translation>
    </message>
    <message>
        <source>Write to the %1 clients on this matter</source>
        <translation>Den %1 Mandanten dieser Akte schreiben</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write to %1 alone</source>
        <translation>Nur %1 schreiben</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>Matter %1 · Status: %2</source>
        <translation>Akte %1 · Status: %2</translation>
    </message>
    <message>
        <source>&amp;Message Clients…</source>
        <translation>&amp;Nachricht an die Mandanten …</translation>
    </message>
    <message>
        <source>&amp;Message Client…</source>
        <translation>&amp;Nachricht an den Mandanten …</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>The client portal sends its links to this address</source>
        <translation>Das Mandantenportal sendet seine Links an diese Adresse</translation>
    </message>
    <message>
        <source>Portal Address…</source>
        <translation>Portal-Adresse …</translation>
    </message>
    <message>
        <source>Choose the address %1 signs in to the client portal with</source>
        <translation>Die Adresse wählen, mit der sich %1 im Mandantenportal anmeldet</translation>
    </message>
    <message>
        <source>&amp;Export Record…</source>
        <translation>Protokoll &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the matter's record of communication: who sent what, who read it when, which version of each file, with its audit trail</source>
        <translation>Das Kommunikationsprotokoll der Akte speichern: wer was gesendet hat, wer es wann gelesen hat, welche Version jeder Datei, mit Prüfprotokoll</translation>
    </message>
    <message>
        <source>C&amp;lose Matter…</source>
        <translation>Akte sch&amp;ließen…</translation>
    </message>
    <message>
        <source>Close the matter: the firm leaves its client conversations, which the clients can still read</source>
        <translation>Die Akte schließen: Die Kanzlei verlässt ihre Mandantenunterhaltungen, die die Mandanten weiterhin lesen können</translation>
    </message>
    <message>
        <source>This matter is closed.</source>
        <translation>Diese Akte ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 cancelled with the firm.</source>
        <translation>%1 hat das Mandat gekündigt.</translation>
    </message>
    <message>
        <source>Client Cancelled…</source>
        <translation>Mandant hat gekündigt…</translation>
    </message>
    <message>
        <source>Record that %1 cancelled with the firm: the firm leaves their client conversations, which they can still read</source>
        <translation>Festhalten, dass %1 gekündigt hat: Die Kanzlei verlässt die Mandantenunterhaltungen, die weiterhin lesbar bleiben</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Mehr für %1</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (gekündigt)</translation>
    </message>
    <message>
        <source>Cancelled with the firm on %1</source>
        <translation>Mandat gekündigt am %1</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>&amp;Status ändern …</translation>
    </message>
    <message>
        <source>Messages reach the spo&amp;use too</source>
        <translation>Nachrichten erreichen auch den &amp;Ehepartner</translation>
    </message>
    <message>
        <source>Give the matter a new status; the firm's rules may post a message to the client about it</source>
        <translation>Der Akte einen neuen Status geben; die Regeln der Kanzlei können dazu eine Nachricht an den Mandanten senden</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 is in the client conversations of this matter with the client and reads what the firm sends there. Turning this off leaves those conversations as they are; conversations started later go to the client alone.</source>
        <translation>%1 ist mit dem Mandanten in den Mandantenunterhaltungen dieser Akte und liest, was die Kanzlei dort sendet. Wenn Sie dies ausschalten, bleiben diese Unterhaltungen, wie sie sind; später begonnene gehen nur an den Mandanten.</translation>
    </message>
    <message>
        <source>When ticked, %1 joins the open client conversations of this matter with the client, and every client conversation started later, and reads what the firm sends there.</source>
        <translation>Wenn angekreuzt, wird %1 mit dem Mandanten zu den offenen Mandantenunterhaltungen dieser Akte und zu jeder später begonnenen hinzugefügt und liest, was die Kanzlei dort sendet.</translation>
    </message>
</context>
<context>
    <name>parley::ui::MattersDelegate</name>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>%1 · Restricted</source>
        <translation>%1 · Eingeschränkt</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::MessageTemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>The templates could not be loaded. %1</source>
        <translation>Die Vorlagen konnten nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::NewConversationDialog</name>
    <message>
        <source>client</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>Ehepartner</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>Rechtsanwalt</translation>
    </message>
    <message>
        <source>paralegal</source>
        <translation>Fachangestellte</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>other party</source>
        <translation>andere Partei</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>New Internal Thread</source>
        <translation>Neue interne Unterhaltung</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Neue Direktnachricht</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Akte:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>&amp;Colleagues:</source>
        <translation>&amp;Kollegen:</translation>
    </message>
    <message>
        <source>Optional, e.g. “Closing documents”</source>
        <translation>Optional, z. B. „Abschlussunterlagen“</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Send as &amp;SMS text message too</source>
        <translation>Zusätzlich als &amp;SMS senden</translation>
    </message>
    <message>
        <source>Require multi-factor &amp;authentication to view</source>
        <translation>Zum Lesen Zwei-Faktor-Authentifizierung &amp;verlangen</translation>
    </message>
    <message>
        <source>Clients must confirm a code sent to them before they can read this conversation.</source>
        <translation>Mandanten müssen einen ihnen zugesandten Code bestätigen, bevor sie diese Unterhaltung lesen können.</translation>
    </message>
    <message>
        <source>Post this message as a status &amp;update</source>
        <translation>Diese Nachricht als Status&amp;meldung veröffentlichen</translation>
    </message>
    <message>
        <source>The message also shows on the Status tab of the client's portal.</source>
        <translation>Die Nachricht erscheint auch auf der Registerkarte „Status“ im Mandantenportal.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write your message… (Ctrl+Enter to send)</source>
        <translation>Schreiben Sie Ihre Nachricht … (Strg+Eingabe zum Senden)</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Start the conversation and send the message (Ctrl+Enter)</source>
        <translation>Unterhaltung beginnen und Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No colleagues found on your matters.</source>
        <translation>In Ihren Akten wurden keine Kollegen gefunden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clients and other parties</source>
        <translation>Mandanten und andere Beteiligte</translation>
    </message>
    <message>
        <source>No parties on this matter yet.</source>
        <translation>Zu dieser Akte gibt es noch keine Beteiligten.</translation>
    </message>
    <message>
        <source>%1 · no mobile number</source>
        <translation>%1 · keine Mobilnummer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Firm staff on the matter</source>
        <translation>Kanzleiteam dieser Akte</translation>
    </message>
    <message>
        <source>SMS is not available: %1 has no email address.</source>
        <translation>SMS nicht verfügbar: %1 hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>SMS is not available: %1 has no mobile number.</source>
        <translation>SMS nicht verfügbar: %1 hat keine Mobilnummer.</translation>
    </message>
    <message>
        <source>SMS is not available: %1's mobile number is not a US number.</source>
        <translation>SMS nicht verfügbar: Die Mobilnummer von %1 ist keine US-Nummer.</translation>
    </message>
    <message>
        <source>SMS is available once a client is chosen.</source>
        <translation>SMS ist verfügbar, sobald ein Mandant ausgewählt ist.</translation>
    </message>
    <message>
        <source>Clients also get the message as a text message on their mobile phone.</source>
        <translation>Mandanten erhalten die Nachricht zusätzlich als SMS auf ihr Mobiltelefon.</translation>
    </message>
    <message>
        <source>The message is %L1 characters over the limit of %L2. Shorten it before sending.</source>
        <translation>Die Nachricht überschreitet die Grenze von %L2 Zeichen um %L1 Zeichen. Kürzen Sie sie vor dem Senden.</translation>
    </message>
    <message>
        <source>Choose a matter.</source>
        <translation>Wählen Sie eine Akte.</translation>
    </message>
    <message>
        <source>%L1 / %L2 characters</source>
        <translation>%L1 / %L2 Zeichen</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Wählen Sie mindestens einen Empfänger.</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Schreiben Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>The server refused SMS: text messages go only to US mobile numbers of clients who have an email address. Untick “Send as SMS” or change the recipients.</source>
        <translation>Der Server hat die SMS abgelehnt: SMS gehen nur an US-Mobilnummern von Mandanten mit E-Mail-Adresse. Deaktivieren Sie „Zusätzlich als SMS senden“ oder ändern Sie die Empfänger.</translation>
    </message>
    <message>
        <source>Discard Message?</source>
        <translation>Nachricht verwerfen?</translation>
    </message>
    <message>
        <source>Your message has not been sent. Discard it?</source>
        <translation>Ihre Nachricht wurde nicht gesendet. Möchten Sie sie verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>parley::ui::NotificationCenter</name>
    <message>
        <source>d MMM</source>
        <comment>an alert's day</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Mark All &amp;Read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Do not &amp;disturb</source>
        <translation>Nicht &amp;stören</translation>
    </message>
    <message>
        <source>Nothing new. Client replies, files clients send, their reads and mentions of you show here.</source>
        <translation>Nichts Neues. Antworten und Dateien von Mandanten, ihre Lesebestätigungen und Erwähnungen von Ihnen erscheinen hier.</translation>
    </message>
    <message>
        <source>No pop-up notifications; alerts still collect here</source>
        <translation>Keine Einblendungen; Benachrichtigungen sammeln sich weiter hier</translation>
    </message>
</context>
<context>
    <name>parley::ui::PortalAddressDialog</name>
    <message>
        <source>&amp;Another address:</source>
        <translation>&amp;Andere Adresse:</translation>
    </message>
    <message>
        <source>Portal Address — %1</source>
        <translation>Portal-Adresse — %1</translation>
    </message>
    <message>
        <source>Invitations, unread reminders, security codes and sign-in links for %1 go to this address, and the client portal accepts this address only. Changing it signs %1 out of the portal and makes earlier links stop working.</source>
        <translation>Einladungen, Erinnerungen an ungelesene Nachrichten, Sicherheitscodes und Anmeldelinks für %1 gehen an diese Adresse, und das Mandantenportal akzeptiert nur diese Adresse. Eine Änderung meldet %1 vom Portal ab, und frühere Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (Hauptadresse)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Andere Adresse</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Another contact has this email address. Enter an address of %1's own.</source>
        <translation>Ein anderer Kontakt hat diese E-Mail-Adresse. Geben Sie eine eigene Adresse von %1 ein.</translation>
    </message>
    <message>
        <source>An email address has at most %1 characters.</source>
        <translation>Eine E-Mail-Adresse hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Enter one email address, like name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, z. B. name@beispiel.de.</translation>
    </message>
</context>
<context>
    <name>parley::ui::ShareFilesDialog</name>
    <message>
        <source>Send Files to the Client Portal</source>
        <translation>Dateien an das Mandantenportal senden</translation>
    </message>
    <message>
        <source>Share Files on the Client Portal</source>
        <translation>Dateien im Mandantenportal freigeben</translation>
    </message>
    <message>
        <source>The clients you choose receive a copy of each file as it is now, in a message on matter %1.</source>
        <translation>Die ausgewählten Mandanten erhalten eine Kopie jeder Datei in ihrem jetzigen Stand, als Nachricht in der Akte %1.</translation>
    </message>
    <message>
        <source>The clients you choose see a live link to each file that always shows its latest version, until you stop sharing. Matter %1.</source>
        <translation>Die ausgewählten Mandanten sehen einen Link zu jeder Datei, der stets die neueste Version zeigt, bis Sie die Freigabe beenden. Akte %1.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add a message (optional)</source>
        <translation>Nachricht hinzufügen (optional)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Choose at least one client.</source>
        <translation>Wählen Sie mindestens einen Mandanten.</translation>
    </message>
    <message>
        <source>Add at least one file.</source>
        <translation>Fügen Sie mindestens eine Datei hinzu.</translation>
    </message>
</context>
<context>
    <name>parley::ui::SignInDialog</name>
    <message>
        <source>&amp;Verification code:</source>
        <translation>&amp;Bestätigungscode:</translation>
    </message>
    <message>
        <source>Sign in to Parley</source>
        <translation>Bei Parley anmelden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to Parley&lt;/b&gt;&lt;br&gt;Use the address, email and password your firm gave you.</source>
        <translation>&lt;b&gt;Bei Parley anmelden&lt;/b&gt;&lt;br&gt;Verwenden Sie die Adresse, E-Mail und das Passwort, die Ihre Kanzlei Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>https://parley.example.com</source>
        <translation>https://parley.example.com</translation>
    </message>
    <message>
        <source>name@firm.com</source>
        <translation>name@kanzlei.de</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Enter your email address and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>parley::ui::StatusRulesPage</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>&amp;New Rule</source>
        <translation>&amp;Neue Regel</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation>Regel &amp;speichern</translation>
    </message>
    <message>
        <source>When a matter's status is changed to a rule's status, Parley posts the rule's template into the matter's open client conversations, once for each change.</source>
        <translation>Wenn der Status einer Akte auf den Status einer Regel geändert wird, sendet Parley die Vorlage der Regel in die offenen Mandantenunterhaltungen der Akte, einmal je Änderung.</translation>
    </message>
    <message>
        <source>Status rules</source>
        <translation>Statusregeln</translation>
    </message>
    <message>
        <source>e.g. Discovery</source>
        <translation>z. B. Beweisaufnahme</translation>
    </message>
    <message>
        <source>A status update also shows on the Status tab of the client's portal; a message shows in the conversation only</source>
        <translation>Eine Statusmeldung erscheint auch auf der Seite „Status“ im Mandantenportal; eine Nachricht nur in der Unterhaltung</translation>
    </message>
    <message>
        <source>A rule that is not enabled posts nothing</source>
        <translation>Eine nicht aktive Regel sendet nichts</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When a matter reaches &amp;status:</source>
        <translation>Wenn eine Akte den &amp;Status erreicht:</translation>
    </message>
    <message>
        <source>&amp;Post the template:</source>
        <translation>Die &amp;Vorlage senden:</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;Als:</translation>
    </message>
    <message>
        <source>(deleted template)</source>
        <translation>(gelöschte Vorlage)</translation>
    </message>
    <message>
        <source>Enabled: untick to pause this rule</source>
        <translation>Aktiv: Häkchen entfernen, um die Regel anzuhalten</translation>
    </message>
    <message>
        <source>Paused: tick to enable this rule</source>
        <translation>Angehalten: ankreuzen, um die Regel zu aktivieren</translation>
    </message>
    <message>
        <source>Write a template first</source>
        <translation>Schreiben Sie zuerst eine Vorlage</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Enter the status that starts the rule, e.g. “Discovery”.</source>
        <translation>Geben Sie den Status ein, der die Regel auslöst, z. B. „Beweisaufnahme“.</translation>
    </message>
    <message>
        <source>A rule cannot wait for “closed”: closing a matter is its own action (Close Matter… on the Matter tab), which posts nothing.</source>
        <translation>Eine Regel kann nicht auf „closed“ warten: Das Schließen einer Akte ist ein eigener Vorgang („Akte schließen …“ auf der Seite „Akte“) und sendet nichts.</translation>
    </message>
    <message>
        <source>Choose the template to post; write one on the Templates tab first if there is none.</source>
        <translation>Wählen Sie die zu sendende Vorlage; gibt es keine, schreiben Sie zuerst eine auf der Seite „Vorlagen“.</translation>
    </message>
    <message>
        <source>The rule was not saved. %1</source>
        <translation>Die Regel wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>The rule for %1 was not changed. %2</source>
        <translation>Die Regel für %1 wurde nicht geändert. %2</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Remove the rule for status %1?</source>
        <translation>Die Regel für den Status %1 entfernen?</translation>
    </message>
    <message>
        <source>Matters reaching this status will no longer post %1. Messages already posted stay as they are.</source>
        <translation>Akten, die diesen Status erreichen, senden %1 nicht mehr. Bereits gesendete Nachrichten bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Messages already posted stay as they are.</source>
        <translation>Bereits gesendete Nachrichten bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The rule was not removed. %1</source>
        <translation>Die Regel wurde nicht entfernt. %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Posted as</source>
        <translation>Gesendet als</translation>
    </message>
</context>
<context>
    <name>parley::ui::TaskDialog</name>
    <message>
        <source>New Task from Message</source>
        <translation>Neue Aufgabe aus Nachricht</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Group the task on one of the matter's task lists, or type a new one</source>
        <translation>Die Aufgabe einer Aufgabenliste der Akte zuordnen oder eine neue eingeben</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Akte:</translation>
    </message>
    <message>
        <source>Task &amp;list:</source>
        <translation>Aufgaben&amp;liste:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Create Task</source>
        <translation>Aufgabe erstellen</translation>
    </message>
    <message>
        <source>From %1’s message of %2:</source>
        <translation>Aus der Nachricht von %1 vom %2:</translation>
    </message>
    <message>
        <source>The task links to this message: Show Message in the task list opens it.</source>
        <translation>Die Aufgabe verweist auf diese Nachricht: „Nachricht zeigen“ in der Aufgabenliste öffnet sie.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A task made from a message belongs to the message’s matter.</source>
        <translation>Eine Aufgabe aus einer Nachricht gehört zur Akte der Nachricht.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation>Geben Sie der Aufgabe einen Namen.</translation>
    </message>
    <message>
        <source>Give the task a name of at most %1 characters.</source>
        <translation>Geben Sie der Aufgabe einen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Shorten the task list’s name to at most %1 characters.</source>
        <translation>Kürzen Sie den Namen der Aufgabenliste auf höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>That colleague cannot see this matter. Choose someone on its staff, or nobody yet.</source>
        <translation>Dieser Kollege sieht die Akte nicht. Wählen Sie jemanden aus ihrem Team oder noch niemanden.</translation>
    </message>
    <message>
        <source>Choose a valid due date, or untick Due.</source>
        <translation>Wählen Sie ein gültiges Fälligkeitsdatum oder entfernen Sie den Haken bei „Fällig“.</translation>
    </message>
    <message>
        <source>Choose a matter you can see.</source>
        <translation>Wählen Sie eine Akte, die Sie sehen können.</translation>
    </message>
    <message>
        <source>The message or its matter is no longer available to you (it may have been deleted, or the conversation closed). The task was not created.</source>
        <translation>Die Nachricht oder ihre Akte ist für Sie nicht mehr verfügbar (sie wurde vielleicht gelöscht oder die Unterhaltung geschlossen). Die Aufgabe wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>The task was not created. %1</source>
        <translation>Die Aufgabe wurde nicht erstellt. %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::TasksView</name>
    <message>
        <source>Show &amp;done tasks</source>
        <translation>&amp;Erledigte Aufgaben zeigen</translation>
    </message>
    <message>
        <source>&amp;New Task…</source>
        <translation>&amp;Neue Aufgabe …</translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Open the message the task was made from</source>
        <translation>Die Nachricht öffnen, aus der die Aufgabe entstand</translation>
    </message>
    <message>
        <source>Open a matter to see its tasks.</source>
        <translation>Öffnen Sie eine Akte, um ihre Aufgaben zu sehen.</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>Aufgaben werden geladen …</translation>
    </message>
    <message>
        <source>No tasks are assigned to you.</source>
        <translation>Ihnen sind keine Aufgaben zugewiesen.</translation>
    </message>
    <message>
        <source>No open tasks are assigned to you. Make one from a message with Create Task… in the team inbox.</source>
        <translation>Ihnen sind keine offenen Aufgaben zugewiesen. Erstellen Sie eine aus einer Nachricht mit „Aufgabe erstellen …“ im Team-Posteingang.</translation>
    </message>
    <message>
        <source>This matter has no tasks yet.</source>
        <translation>Diese Akte hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>This matter has no open tasks. New Task… adds one; so does Create Task… on a message in the team inbox.</source>
        <translation>Diese Akte hat keine offenen Aufgaben. „Neue Aufgabe …“ fügt eine hinzu, ebenso „Aufgabe erstellen …“ an einer Nachricht im Team-Posteingang.</translation>
    </message>
    <message>
        <source>Show Messa&amp;ge</source>
        <translation>Nachricht &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateCatalog</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusmeldung</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplatesPage</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Write a new template</source>
        <translation>Eine neue Vorlage schreiben</translation>
    </message>
    <message>
        <source>Start a new template from a copy of this one</source>
        <translation>Eine neue Vorlage als Kopie dieser beginnen</translation>
    </message>
    <message>
        <source>e.g. Discovery begins</source>
        <translation>z. B. Beweisaufnahme beginnt</translation>
    </message>
    <message>
        <source>Dear {client_name}, your matter {matter_number} has moved to {status}…</source>
        <translation>Guten Tag {client_name}, Ihre Akte {matter_number} ist jetzt im Status {status} …</translation>
    </message>
    <message>
        <source>Insert &amp;Placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert a value Parley fills in for each matter when it posts the message</source>
        <translation>Einen Wert einfügen, den Parley beim Senden für jede Akte ausfüllt</translation>
    </message>
    <message>
        <source>%1	{%2}</source>
        <translation>%1	{%2}</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Discard the new template?</source>
        <translation>Die neue Vorlage verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Ihre Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>What you typed has not been saved.</source>
        <translation>Was Sie eingegeben haben, ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>No templates yet. Click New to write the first one.</source>
        <translation>Noch keine Vorlagen. Klicken Sie auf „Neu“, um die erste zu schreiben.</translation>
    </message>
    <message>
        <source>Preview for matter %1, %2:</source>
        <translation>Vorschau für Akte %1, %2:</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Vorschau mit Beispielwerten:</translation>
    </message>
    <message>
        <source>What the client reads appears here.</source>
        <translation>Hier erscheint, was der Mandant liest.</translation>
    </message>
    <message>
        <source>Give the template a name, e.g. “Discovery begins”.</source>
        <translation>Geben Sie der Vorlage einen Namen, z. B. „Beweisaufnahme beginnt“.</translation>
    </message>
    <message>
        <source>Write the text the client will read.</source>
        <translation>Schreiben Sie den Text, den der Mandant lesen wird.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The text uses {%1}, which is not a placeholder Parley can fill in. Choose one from Insert Placeholder, or remove the braces.</source>
        <translation>Der Text verwendet {%1}; das ist kein Platzhalter, den Parley ausfüllen kann. Wählen Sie einen unter „Platzhalter einfügen“ oder entfernen Sie die geschweiften Klammern.</translation>
    </message>
    <message>
        <source>Another template is already called %1. Choose another name.</source>
        <translation>Eine andere Vorlage heißt bereits %1. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>Die Vorlage wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template %1?</source>
        <translation>Die Vorlage %1 löschen?</translation>
    </message>
    <message>
        <source>Messages it has already posted stay as they are.</source>
        <translation>Bereits damit gesendete Nachrichten bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The template was not deleted. %1</source>
        <translation>Die Vorlage wurde nicht gelöscht. %1</translation>
    </message>
    <message>
        <source>%1 was not deleted: a status rule still posts it. Change or remove that rule on the Rules tab first.</source>
        <translation>%1 wurde nicht gelöscht: Eine Statusregel sendet sie noch. Ändern oder entfernen Sie zuerst diese Regel auf der Seite „Regeln“.</translation>
    </message>
    <message>
        <source>%1 was not deleted: the rule for status %2 still posts it. Change or remove that rule on the Rules tab first.</source>
        <translation>%1 wurde nicht gelöscht: Die Regel für den Status %2 sendet sie noch. Ändern oder entfernen Sie zuerst diese Regel auf der Seite „Regeln“.</translation>
    </message>
    <message>
        <source>%1 was not deleted: the rules for statuses %2 still post it. Change or remove those rules on the Rules tab first.</source>
        <translation>%1 wurde nicht gelöscht: Die Regeln für die Status %2 senden sie noch. Ändern oder entfernen Sie zuerst diese Regeln auf der Seite „Regeln“.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>parley::ui::TimelineDelegate</name>
    <message>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <source>Sent files.</source>
        <translation>Dateien gesendet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time of a message sent today</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>time of an older message</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Not sent. %1 Double-click the message to try again.</source>
        <translation>Nicht gesendet. %1 Doppelklicken Sie auf die Nachricht, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a portal event and its time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · by text message</source>
        <translation>%1 · per SMS</translation>
    </message>
    <message>
        <source>%1 · by email</source>
        <translation>%1 · per E-Mail</translation>
    </message>
</context>
<context>
    <name>parley::ui::TransfersView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel Transfer</source>
        <translation>Übertragung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
</context>
</TS>