<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Save File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Parley: secure client messaging for law firms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Parley server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at once with the password held in this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After signing in, open the first matter&apos;s first conversation, save a picture of the window to this file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteMessage</name>
    <message>
        <source>Delete Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this message for everyone in the conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will see “This message was deleted.” The firm&apos;s audit record keeps what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The email address or password is not correct. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account uses two-step verification. Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That verification code is not correct or has expired. Enter the current code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Parley server at %1. Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Parley server. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your clients&apos; privacy Parley connects to %1 only with https://. Change the address to start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address your firm gave you, e.g. https://parley.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %L1 characters long; the limit is %L2. Shorten it or split it into several messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer available to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so Parley cannot remember your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Parley cannot read. Check the server address, or ask your administrator whether the server is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this account. Try again in a minute, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this account. Try again in %1 minutes, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your firm requires two-step verification, and it is not set up for this account yet. Ask your administrator to set it up, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session expired. Sign in again to go on; your drafts and unsent messages are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts from your network. Try again in %1 minutes, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterClosing</name>
    <message>
        <source>Close Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close matter %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm leaves the matter&apos;s client conversations and nobody can post to them any more. The clients can still read everything that was sent; what you have seen stays readable here. Internal conversations, files and the record of communication stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 cancelled with the firm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm leaves the client conversations %1 is in on this matter, also those shared with other clients: nobody can post to them any more. %1 can still read everything that was sent. The matter itself stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSpouse</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages Reach the Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 read the client conversations of matter %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins the open client conversations of this matter with the client and can read everything sent in them so far. Parley emails an invitation to the client portal. Conversations started later include %1 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleNames</name>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Record of communication %1.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the record to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Record of Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page, to read and print (*.html);;JSON, for other programs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the record of matter %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Timed out after 30 seconds waiting for the matters, conversations and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no matters to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the picture to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateValues</name>
    <message>
        <source>[your firm&apos;s name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maria Gonzalez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gonzalez custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::app::DesktopApp</name>
    <message>
        <source>--password-env needs --server, --email and a non-empty environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --server and --email, and --password-env unless a sign-in is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in for %1 at %2; use --password-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley could not sign you out everywhere: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out on every computer and device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::models::DocumentsModel</name>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the client portal: clients see the latest version (version %1, last updated %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>when a file&apos;s version was saved or sent</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::models::InboxModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has waited for an answer since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>when a message came today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <comment>when a message came this year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>when a message came before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::models::MessageFilesModel</name>
    <message>
        <source>Client access removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent copy (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients see the latest version: version %1, last updated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::models::SearchModel</name>
    <message>
        <source>Direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::models::TasksModel</name>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1. Untick to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Made from a message: Show Message opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::models::TimelineModel</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: %1 · client access removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: %1 · version %2, last updated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed client access to a shared document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the address %2 signs in to the portal with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded that the client cancelled; the firm left the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the matter; the firm left the conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::net::StreamedRequest</name>
    <message>
        <source>The server stopped answering for a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::sync::AlertCenter</name>
    <message>
        <source>%1 replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read your messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::sync::TransferQueue</name>
    <message>
        <source>The transfer of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — trying again soon (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2/s, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::AllFilesPane</name>
    <message>
        <source>All Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a matter to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files on this matter yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files from this computer to the matter (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files to Matter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Client Access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be shared. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared %n file(s) on the client portal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n file(s) to the client portal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be transferred. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer Version on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved version %1 of “%2” after you opened it. Replace it with your changes? (Its earlier versions are kept either way.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be opened or saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a working copy; every save becomes a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files sent, shared and attached in the matter&apos;s conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files have been sent or shared in this matter&apos;s conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::AssignDialog</name>
    <message>
        <source>Assign To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only colleagues on every matter concerned are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers this conversation for the firm? They get the client’s notifications instead of everyone on the matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers these %L1 conversations for the firm? They get the clients’ notifications instead of everyone on the matters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::AssigneePicker</name>
    <message>
        <source>Assigned &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague who answers this conversation for the firm; they get its notifications instead of everyone on the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague not on this matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was not assigned. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::ChangeStatusDialog</name>
    <message>
        <source>Change Status — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new status or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close the matter use Close Matter… on the Matter tab: the firm then leaves the client conversations, which the clients can still read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the matter&apos;s status already; nothing changes and nothing is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley could not check which automated messages this status posts. Any that the firm&apos;s rules name are posted all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the automated messages for this status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will post “%1” to this matter’s client conversations as a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will post “%1” to this matter’s client conversations as a status update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automated message is posted for this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter is closed; its status no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::ClientAccess</name>
    <message>
        <source>Remove Client Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients will no longer be able to open %n shared file(s). Messages that shared them stay, marked as no longer shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client access to %1 could not be removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::Composer</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1 characters too long&lt;/b&gt; (%L2 / %L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than %L1 characters. Shorten it or split it into several messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post as status &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message also shows on the Status tab of the client&apos;s portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send files with the message (Ctrl+Shift+A), or drop them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationView</name>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this unsent message? It will not be sent and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Text and &amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all portal &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when participants read messages, were added or removed, or changed their sign-in email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save “%1” As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)… (see Transfers under All Files)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The message was not sent; its text and files are kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Client Access to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Client Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not deleted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1: the client cancelled with the firm, so the firm has left this conversation. The client can still read everything that was sent; nobody can post to it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1: the matter was closed, so the firm has left this conversation. The client can still read everything that was sent; nobody can post to it any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationsDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::InboxActions</name>
    <message>
        <source>Mark &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected messages read, for you (the client is not told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected messages unread, for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark To-&amp;Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the selected messages as something to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected messages&apos; to-do done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear To-Do Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither to-do nor done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colleague who answers the selected messages&apos; conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected messages in your inbox (Delete); nothing is deleted, and colleagues still see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected messages back in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the message in its conversation in the main window (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a task from this message; the task links back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the client&apos;s file to the matter&apos;s documents (All Files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at most %1 messages at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task “%1” created. It is listed under Tasks on matter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved as a document. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” to the documents of matter %2 (All Files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Tas&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” as Docu&amp;ment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment as Docu&amp;ment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked read (%L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked unread (%L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked to-do (%L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done (%L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do mark cleared (%L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (%L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to Trash, for you only (%L1). %2 undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to the inbox (%L1). %2 undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::InboxFilterBar</name>
    <message>
        <source>Search messages, senders and matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this matter&apos;s conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations with this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages you have not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To-Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages marked To-Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to &amp;Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::InboxWindow</name>
    <message>
        <source>Team Inbox — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients&apos; messages in every conversation you can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s messages to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages you moved to Trash (hidden for you only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations whose client waits for an answer, longest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages from clients. Their messages in every conversation you can see arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm has not written to any client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash is empty. Messages you move here are hidden for you only; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %L2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 (scroll down for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More messages could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::MainWindow</name>
    <message>
        <source>Parley — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients (portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, title or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matter selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client on this matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation to read and reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages appear as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server was lost. Parley keeps trying to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a matter to see its conversations, or open a direct conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing saved messages; new messages will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of Parley? Saved matters and messages stay on this computer for your next sign-in unless you remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove saved messages from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the messages saved on this computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parley %1&lt;/h3&gt;&lt;p&gt;Secure messaging with your clients, matter by matter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.&lt;br&gt;Built with Qt %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;ssages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Internal Thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Direct Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notification Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Notification Center (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Parley to read it (protected conversation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter %1 is closed. Its clients can still read their conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that %1 cancelled. They can still read their conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out &amp;Everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of Parley on every computer and device, this one included? Use this if a device was lost or someone else may know your password. Unsent messages on this computer are kept for your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter %1 is now at status “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to the Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spouse now reads the client conversations of matter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client conversations of matter %1 started from now on go to the client alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s automated messages: templates, and the status changes that post them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team inbox: clients&apos; messages across all matters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::MatterDetailsView</name>
    <message>
        <source>No email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an email to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties yet. Clients and other contacts added to this matter appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff on this matter yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: only the staff listed below can see this matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter has no client to write to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the client on this matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the %1 clients on this matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to %1 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter %1 · Status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message Clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client portal sends its links to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the address %1 signs in to the client portal with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the matter&apos;s record of communication: who sent what, who read it when, which version of each file, with its audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the matter: the firm leaves its client conversations, which the clients can still read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled with the firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Cancelled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 cancelled with the firm: the firm leaves their client conversations, which they can still read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled with the firm on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages reach the spo&amp;use too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the matter a new status; the firm&apos;s rules may post a message to the client about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the client conversations of this matter with the client and reads what the firm sends there. Turning this off leaves those conversations as they are; conversations started later go to the client alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ticked, %1 joins the open client conversations of this matter with the client, and every client conversation started later, and reads what the firm sends there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::MattersDelegate</name>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::MessageTemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::NewConversationDialog</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paralegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Internal Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colleagues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Closing documents”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as &amp;SMS text message too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require multi-factor &amp;authentication to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients must confirm a code sent to them before they can read this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post this message as a status &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message also shows on the Status tab of the client&apos;s portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message… (Ctrl+Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the conversation and send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colleagues found on your matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients and other parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties on this matter yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm staff on the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is not available: %1 has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is not available: %1 has no mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is not available: %1&apos;s mobile number is not a US number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is available once a client is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients also get the message as a text message on their mobile phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %L1 characters over the limit of %L2. Shorten it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 / %L2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused SMS: text messages go only to US mobile numbers of clients who have an email address. Untick “Send as SMS” or change the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message has not been sent. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::NotificationCenter</name>
    <message>
        <source>d MMM</source>
        <comment>an alert&apos;s day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not &amp;disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new. Client replies, files clients send, their reads and mentions of you show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pop-up notifications; alerts still collect here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::PortalAddressDialog</name>
    <message>
        <source>&amp;Another address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal Address — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations, unread reminders, security codes and sign-in links for %1 go to this address, and the client portal accepts this address only. Changing it signs %1 out of the portal and makes earlier links stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another contact has this email address. Enter an address of %1&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one email address, like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::ShareFilesDialog</name>
    <message>
        <source>Send Files to the Client Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share Files on the Client Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients you choose receive a copy of each file as it is now, in a message on matter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients you choose see a live link to each file that always shows its latest version, until you stop sharing. Matter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a message (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::SignInDialog</name>
    <message>
        <source>&amp;Verification code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to Parley&lt;/b&gt;&lt;br&gt;Use the address, email and password your firm gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://parley.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@firm.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::StatusRulesPage</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a matter&apos;s status is changed to a rule&apos;s status, Parley posts the rule&apos;s template into the matter&apos;s open client conversations, once for each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status update also shows on the Status tab of the client&apos;s portal; a message shows in the conversation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule that is not enabled posts nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a matter reaches &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: untick to pause this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: tick to enable this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a template first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the status that starts the rule, e.g. “Discovery”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule cannot wait for “closed”: closing a matter is its own action (Close Matter… on the Matter tab), which posts nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template to post; write one on the Templates tab first if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule for %1 was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule for status %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters reaching this status will no longer post %1. Messages already posted stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages already posted stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was not removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::TaskDialog</name>
    <message>
        <source>New Task from Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the task on one of the matter&apos;s task lists, or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1’s message of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task links to this message: Show Message in the task list opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task made from a message belongs to the message’s matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a name of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the task list’s name to at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That colleague cannot see this matter. Choose someone on its staff, or nobody yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid due date, or untick Due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a matter you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or its matter is no longer available to you (it may have been deleted, or the conversation closed). The task was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::TasksView</name>
    <message>
        <source>Show &amp;done tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the message the task was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a matter to see its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks are assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks are assigned to you. Make one from a message with Create Task… in the team inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter has no tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter has no open tasks. New Task… adds one; so does Create Task… on a message in the team inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Messa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateCatalog</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplatesPage</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new template from a copy of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Discovery begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {client_name}, your matter {matter_number} has moved to {status}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a value Parley fills in for each matter when it posts the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	{%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. Click New to write the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for matter %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client reads appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name, e.g. “Discovery begins”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text the client will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text uses {%1}, which is not a placeholder Parley can fill in. Choose one from Insert Placeholder, or remove the braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template is already called %1. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages it has already posted stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not deleted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: a status rule still posts it. Change or remove that rule on the Rules tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: the rule for status %2 still posts it. Change or remove that rule on the Rules tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: the rules for statuses %2 still post it. Change or remove those rules on the Rules tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::TimelineDelegate</name>
    <message>
        <source>This message was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time of a message sent today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>time of an older message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. %1 Double-click the message to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a portal event and its time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · by text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · by email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parley::ui::TransfersView</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
