#!/usr/bin/env python3
"""Fills parley_de.ts with the German translations kept below (the strings a translator
has done so far). Run after `cmake --build build --target update_translations`; strings
not listed here stay unfinished for Qt Linguist."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    "Parley: secure client messaging for law firms.": "Parley: sichere Mandantenkommunikation für Kanzleien.",
    "The Parley server address.": "Die Adresse des Parley-Servers.",
    "The email address to sign in with.": "Die E-Mail-Adresse für die Anmeldung.",
    "The email address or password is not correct. Check both and try again.": "E-Mail-Adresse oder Passwort ist nicht korrekt. Prüfen Sie beides und versuchen Sie es erneut.",
    "This account uses two-step verification. Enter the 6-digit code from your authenticator app.": "Dieses Konto verwendet die Bestätigung in zwei Schritten. Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.",
    "That verification code is not correct or has expired. Enter the current code from your authenticator app.": "Dieser Bestätigungscode ist falsch oder abgelaufen. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.",
    "Your session has ended. Sign in again.": "Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.",
    "Cannot reach the Parley server at %1. Check the address and your network connection.": "Der Parley-Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.",
    "Cannot reach the Parley server. Check your network connection.": "Der Parley-Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.",
    "Enter the server address your firm gave you, e.g. https://parley.example.com.": "Geben Sie die Serveradresse Ihrer Kanzlei ein, z. B. https://parley.example.com.",
    "The message is %L1 characters long; the limit is %L2. Shorten it or split it into several messages.": "Die Nachricht ist %L1 Zeichen lang; erlaubt sind %L2. Kürzen Sie sie oder teilen Sie sie auf mehrere Nachrichten auf.",
    "This item is no longer available to you.": "Dieser Eintrag ist für Sie nicht mehr verfügbar.",
    "You do not have access to this.": "Sie haben darauf keinen Zugriff.",
    "Too many attempts. Wait a minute and try again.": "Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.",
    "The system keychain is not available, so Parley cannot remember your sign-in.": "Der Schlüsselbund des Systems ist nicht verfügbar, daher kann sich Parley Ihre Anmeldung nicht merken.",
    "Something went wrong (%1).": "Etwas ist schiefgelaufen (%1).",
    "There are no matters to show.": "Es gibt keine Akten anzuzeigen.",
    "Sign-in failed: %1": "Anmeldung fehlgeschlagen: %1",
    "The server ended the session.": "Der Server hat die Sitzung beendet.",
    "&Send": "&Senden",
    "Write a message… (Ctrl+Enter to send)": "Nachricht schreiben … (Strg+Eingabe zum Senden)",
    "Send the message (Ctrl+Enter)": "Nachricht senden (Strg+Eingabe)",
    "<b>%L1 characters too long</b> (%L2 / %L3)": "<b>%L1 Zeichen zu lang</b> (%L2 / %L3)",
    "The message is longer than %L1 characters. Shorten it or split it into several messages.": "Die Nachricht ist länger als %L1 Zeichen. Kürzen Sie sie oder teilen Sie sie auf mehrere Nachrichten auf.",
    "%L1 / %L2": "%L1 / %L2",
    "Members: %1": "Teilnehmer: %1",
    "Parley — %1": "Parley — %1",
    "Clients (portal)": "Mandanten (Portal)",
    "Internal": "Intern",
    "Direct": "Direkt",
    "Select a matter on the left to see its conversations.": "Wählen Sie links eine Akte, um ihre Unterhaltungen zu sehen.",
    "Filter by number, title or client": "Nach Nummer, Titel oder Mandant filtern",
    "Matters": "Akten",
    "Conversations": "Unterhaltungen",
    "No matter selected": "Keine Akte ausgewählt",
    "&File": "&Datei",
    "&Find Matter…": "Akte &suchen …",
    "Sign &Out": "&Abmelden",
    "&Quit": "&Beenden",
    "%1  %2": "%1  %2",
    "No client on this matter": "Kein Mandant in dieser Akte",
    "Client: %1": "Mandant: %1",
    "Select a conversation to read and reply.": "Wählen Sie eine Unterhaltung, um zu lesen und zu antworten.",
    "Connected": "Verbunden",
    "New messages appear as they arrive.": "Neue Nachrichten erscheinen, sobald sie eintreffen.",
    "Connecting…": "Verbinde …",
    "The connection to the server was lost. Parley keeps trying to reconnect.": "Die Verbindung zum Server wurde unterbrochen. Parley versucht weiter, sie wiederherzustellen.",
    "Offline": "Offline",
    "Restricted": "Eingeschränkt",
    "%1 · Restricted": "%1 · Eingeschränkt",
    "&Verification code:": "&Bestätigungscode:",
    "Sign in to Parley": "Bei Parley anmelden",
    "<b>Sign in to Parley</b><br>Use the address, email and password your firm gave you.": "<b>Bei Parley anmelden</b><br>Verwenden Sie die Adresse, E-Mail und das Passwort, die Ihre Kanzlei Ihnen gegeben hat.",
    "https://parley.example.com": "https://parley.example.com",
    "name@firm.com": "name@kanzlei.de",
    "6-digit code": "6-stelliger Code",
    "&Server:": "&Server:",
    "&Email:": "&E-Mail:",
    "&Password:": "&Passwort:",
    "&Sign In": "&Anmelden",
    "Signing in…": "Anmeldung läuft …",
    "Enter your email address and password.": "Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.",
    "This message was deleted.": "Diese Nachricht wurde gelöscht.",
    "Sent files.": "Dateien gesendet.",
    "Not sent: %1 Double-click to try again.": "Nicht gesendet: %1 Doppelklicken, um es erneut zu versuchen.",
    "Sending…": "Wird gesendet …",
    "Not sent": "Nicht gesendet",
    "HH:mm": "HH:mm",
    "d MMM yyyy, HH:mm": "d. MMM yyyy, HH:mm",
    "For your clients' privacy Parley connects to %1 only with https://. Change the address to start with https://.": "Zum Schutz Ihrer Mandanten verbindet sich Parley mit %1 nur über https://. Ändern Sie die Adresse so, dass sie mit https:// beginnt.",
    "The server sent an answer Parley cannot read. Check the server address, or ask your administrator whether the server is up to date.": "Der Server hat eine Antwort gesendet, die Parley nicht lesen kann. Prüfen Sie die Serveradresse oder fragen Sie Ihre Administration, ob der Server aktuell ist.",
    "Loading failed: %1 (%2)": "Laden fehlgeschlagen: %1 (%2)",
    "Try Sending &Again": "Erneut &senden",
    "&Copy Text": "Text &kopieren",
    "Select a matter to see its conversations, or open a direct conversation.": "Wählen Sie eine Akte, um ihre Unterhaltungen zu sehen, oder öffnen Sie eine Direktunterhaltung.",
    "Not sent. %1 Double-click the message to try again.": "Nicht gesendet. %1 Doppelklicken Sie auf die Nachricht, um es erneut zu versuchen.",
    "Offline — showing saved messages; new messages will be sent when the connection returns.": "Offline — gespeicherte Nachrichten werden angezeigt; neue Nachrichten werden gesendet, sobald die Verbindung zurück ist.",
    "Sign Out": "Abmelden",
    "Sign out of Parley? Saved matters and messages stay on this computer for your next sign-in unless you remove them.": "Von Parley abmelden? Gespeicherte Akten und Nachrichten bleiben für Ihre nächste Anmeldung auf diesem Computer, wenn Sie sie nicht entfernen.",
    "Sign in at once with the password held in this environment variable.": "Sofort mit dem Passwort aus dieser Umgebungsvariablen anmelden.",
    "After signing in, open the first matter's first conversation, save a picture of the window to this file and exit.": "Nach der Anmeldung die erste Unterhaltung der ersten Akte öffnen, ein Bild des Fensters in diese Datei speichern und beenden.",
    "Timed out after 30 seconds waiting for the matters, conversations and messages.": "Nach 30 Sekunden Warten auf Akten, Unterhaltungen und Nachrichten abgebrochen.",
    "Cannot write the picture to %1.": "Das Bild kann nicht nach %1 geschrieben werden.",
    "--password-env needs --server, --email and a non-empty environment variable %1.": "--password-env braucht --server, --email und eine nicht leere Umgebungsvariable %1.",
    "--screenshot needs --server and --email, and --password-env unless a sign-in is saved in the keychain.": "--screenshot braucht --server und --email sowie --password-env, wenn keine Anmeldung im Schlüsselbund gespeichert ist.",
    "No saved sign-in for %1 at %2; use --password-env.": "Keine gespeicherte Anmeldung für %1 bei %2; verwenden Sie --password-env.",
    "&Help": "&Hilfe",
    "&About Parley": "Ü&ber Parley",
    "About Parley": "Über Parley",
    "<h3>Parley %1</h3><p>Secure messaging with your clients, matter by matter.</p>": "<h3>Parley %1</h3><p>Sichere Nachrichten mit Ihren Mandanten, Akte für Akte.</p>",
    "Signed in to %1 as %2.<br>Built with Qt %3.": "Angemeldet bei %1 als %2.<br>Erstellt mit Qt %3.",
    "Search messages": "Nachrichten durchsuchen",
    "Search the messages saved on this computer (%1)": "Die auf diesem Computer gespeicherten Nachrichten durchsuchen (%1)",
    "Messages": "Nachrichten",
    "&Search Messages…": "Nachrichten &durchsuchen…",
    "No messages match “%1”.": "Keine Nachricht enthält „%1“.",
    "Direct message": "Direktnachricht",
    "%1 · %2": "%1 · %2",
    "Also remove saved messages from this computer": "Gespeicherte Nachrichten auch von diesem Computer entfernen",
}


def main(path):
    tree = ET.parse(path)
    done = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in DE and translation is not None:
            translation.text = DE[source]
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {done} translated")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("parley_de.ts")))
