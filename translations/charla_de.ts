<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>charla</name>
    <message>
        <source>Charla, a desktop XMPP (Jabber) client.</source>
        <translation>Charla, ein XMPP-Client (Jabber) für den Desktop.</translation>
    </message>
    <message>
        <source>Keep settings, history and keychain entries under DIR.</source>
        <translation>Einstellungen, Verlauf und Schlüsselbund-Einträge unter VERZ ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>--help: placeholder for a folder name, in capitals like the other placeholders.</extracomment>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>An xmpp: address to open.</source>
        <translation>Eine zu öffnende xmpp:-Adresse.</translation>
    </message>
    <message>
        <source>Charla</source>
        <translation>Charla</translation>
    </message>
</context>
<context>
    <name>charla-cli</name>
    <message>
        <source>Keep settings, history and keychain entries under DIR.</source>
        <translation>Einstellungen, Verlauf und Schlüsselbund-Einträge unter VERZ ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Use the account JID stored in --profile.</source>
        <translation>Das in --profile gespeicherte Konto JID verwenden.</translation>
    </message>
    <message>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <source>Log in as JID.</source>
        <translation>Als JID anmelden.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation>Das Passwort aus der ersten Zeile von DATEI lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Connect to HOST instead of looking up DNS SRV records.</source>
        <translation>Mit HOST verbinden, statt DNS-SRV-Einträge abzufragen.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Connect to PORT.</source>
        <translation>Mit PORT verbinden.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Use TLS from the first byte (XEP-0368) instead of STARTTLS.</source>
        <translation>TLS ab dem ersten Byte (XEP-0368) statt STARTTLS verwenden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM.</source>
        <translation>Zusätzlich den CA-Zertifikaten in PEM vertrauen.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Ask for resource R.</source>
        <translation>Die Ressource R anfordern.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Connect through a proxy: socks5://HOST:PORT, http://HOST:PORT (HTTP CONNECT), system (the system's proxy) or none (the default).</source>
        <translation>Über einen Proxy verbinden: socks5://HOST:PORT, http://HOST:PORT (HTTP CONNECT), system (der Proxy des Systems) oder none (Standard).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>listen, presence, muc join: stop after N seconds.</source>
        <translation>listen, presence, muc join: nach N Sekunden aufhören.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give up after N seconds without an answer (default 30).</source>
        <translation>Nach N Sekunden ohne Antwort aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>roster: print what the login transferred (JSON on stderr).</source>
        <translation>roster: ausgeben, was bei der Anmeldung übertragen wurde (JSON auf stderr).</translation>
    </message>
    <message>
        <source>history, search: at most N messages (default 50).</source>
        <translation>history, search: höchstens N Nachrichten (Standard: 50).</translation>
    </message>
    <message>
        <source>send: exit only once the recipient confirms delivery (XEP-0184 receipt); exit code 5 when no receipt comes in time.</source>
        <translation>send: erst beenden, wenn der Empfänger die Zustellung bestätigt (Empfangsbestätigung nach XEP-0184); Exit-Code 5, wenn keine Bestätigung rechtzeitig eintrifft.</translation>
    </message>
    <message>
        <source>history: print the local store without asking the server's archive first.</source>
        <translation>history: den lokalen Speicher ausgeben, ohne vorher das Archiv des Servers abzufragen.</translation>
    </message>
    <message>
        <source>command: answer the form field VAR with VALUE (repeat for several values or fields).</source>
        <translation>command: das Formularfeld VAR mit WERT beantworten (für mehrere Werte oder Felder wiederholen).</translation>
    </message>
    <message>
        <source>var=value</source>
        <translation>var=wert</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port braucht eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--seconds needs a whole number of seconds.</source>
        <translation>--seconds braucht eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0.</source>
        <translation>--limit braucht eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout braucht eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>Charla's console XMPP client.

Commands:
  check                 connect, print the connection's details as JSON
  send JID TEXT         send a chat message; exit once the server has it
  listen [--seconds N]  print incoming messages as JSON lines
  xml                   XML console: print the stream, send stanzas read from stdin
  roster                print the contact list as JSON
  presence SHOW [STATUS] [--seconds N]
                        be online|chat|away|xa|dnd and print contacts' presence
  muc join ROOM NICK [--seconds N]
                        join a group chat, print its messages as JSON lines
  muc send ROOM TEXT    send to a group chat; exit once the room has it
  disco JID [NODE]      what JID (or its NODE) is and offers, as JSON
  command JID NODE [--field var=value]...
                        run an ad-hoc command; asks each field on a terminal
  pubsub JID NODE [--limit N]
                        the items of a pubsub node (or PEP node) as JSON lines
  register JID [--field var=value]...
                        register with a service or gateway; asks on a terminal
  account add JID       store an account in --profile (password in the keychain)
  history JID [--limit N]
                        the newest N messages with JID from the local history
  search TEXT [--limit N]
                        search the local history, newest first (JSON lines)

Exit codes: 0 ok, 1 usage, 2 connection or TLS, 3 authentication, 4 remote error.</source>
        <translation>Der Konsolen-XMPP-Client von Charla.

Befehle:
  check                 verbinden, die Verbindungsdetails als JSON ausgeben
  send JID TEXT         eine Chatnachricht senden; beenden, sobald der Server sie hat
  listen [--seconds N]  eingehende Nachrichten als JSON-Zeilen ausgeben
  xml                   XML-Konsole: den Stream ausgeben, Stanzas von stdin senden
  roster                die Kontaktliste als JSON ausgeben
  presence SHOW [STATUS] [--seconds N]
                        online|chat|away|xa|dnd sein und die Präsenz der Kontakte ausgeben
  muc join RAUM NICK [--seconds N]
                        einem Gruppenchat beitreten, seine Nachrichten als JSON-Zeilen ausgeben
  muc send RAUM TEXT    an einen Gruppenchat senden; beenden, sobald der Raum sie hat
  disco JID [KNOTEN]    was JID (oder sein KNOTEN) ist und anbietet, als JSON
  command JID KNOTEN [--field var=wert]...
                        einen Ad-hoc-Befehl ausführen; fragt jedes Feld im Terminal ab
  pubsub JID KNOTEN [--limit N]
                        die Einträge eines Pubsub-Knotens (oder PEP-Knotens) als JSON-Zeilen
  register JID [--field var=wert]...
                        bei einem Dienst oder Gateway registrieren; fragt im Terminal
  account add JID       ein Konto in --profile speichern (Passwort im Schlüsselbund)
  history JID [--limit N]
                        die neuesten N Nachrichten mit JID aus dem lokalen Verlauf
  search TEXT [--limit N]
                        den lokalen Verlauf durchsuchen, neueste zuerst (JSON-Zeilen)

Exit-Codes: 0 OK, 1 Aufruf, 2 Verbindung oder TLS, 3 Anmeldung, 4 Fehler der Gegenseite.</translation>
    </message>
    <message>
        <source>muc: the room's password, read from the first line of FILE.</source>
        <translation>muc: das Passwort des Raums, aus der ersten Zeile von DATEI gelesen.</translation>
    </message>
</context>
<context>
    <name>charla::Account</name>
    <message>
        <source>%1: online</source>
        <translation>%1: online</translation>
    </message>
    <message numerus="yes">
        <source>%1: connection lost, trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1: Verbindung verloren, neuer Versuch in %n Sekunde …</numerusform>
            <numerusform>%1: Verbindung verloren, neuer Versuch in %n Sekunden …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: offline</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: deaktiviert</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>The server asks for more than a new password to change it. Change it on the server's web page instead.</source>
        <translation>Der Server verlangt zum Ändern mehr als nur ein neues Passwort. Ändere es stattdessen auf der Webseite des Servers.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>The password of %1 is changed on the server. %2</source>
        <translation>Das Passwort von %1 wurde auf dem Server geändert. %2</translation>
    </message>
</context>
<context>
    <name>charla::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;XML console</source>
        <translation>&amp;XML-Konsole</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ent&amp;fernen …</translation>
    </message>
</context>
<context>
    <name>charla::AccountDatabase</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Charla. Update Charla to open it.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Charla-Version geschrieben. Aktualisiere Charla, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to version %2: %3</source>
        <translation>Die Datenbank %1 kann nicht auf Version %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>The database %1 cannot be read right now: %2</source>
        <translation>Die Datenbank %1 kann gerade nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The saved messages and contacts of this account were damaged and could not be read. The damaged file was moved to %1 and a new, empty one was started. Messages still kept by the server will be fetched again.</source>
        <translation>Die gespeicherten Nachrichten und Kontakte dieses Kontos waren beschädigt und konnten nicht gelesen werden. Die beschädigte Datei wurde nach %1 verschoben und eine neue, leere angelegt. Nachrichten, die der Server noch aufbewahrt, werden erneut abgerufen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and could not be moved aside.</source>
        <translation>Die Datenbank %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>charla::AccountManager</name>
    <message>
        <source>"%1" is not an address such as name@example.org.</source>
        <translation>„%1“ ist keine Adresse wie name@example.org.</translation>
    </message>
    <message>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 ist bereits eines deiner Konten.</translation>
    </message>
    <message>
        <source>The history of %1 could not be deleted: %2</source>
        <translation>Der Verlauf von %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>charla::AccountSettingsDialog</name>
    <message>
        <source>Account settings: %1</source>
        <translation>Kontoeinstellungen: %1</translation>
    </message>
    <message>
        <source>&amp;Use this account (connect when Charla starts)</source>
        <translation>Dieses Konto &amp;verwenden (beim Start von Charla verbinden)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Chosen by the server</source>
        <translation>Vom Server gewählt</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>R&amp;essource:</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;iorität:</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>&amp;Blockierte Kontakte …</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern …</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Konto ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Blocked contacts and the password can be changed while the account is online.</source>
        <translation>Blockierte Kontakte und das Passwort lassen sich ändern, während das Konto online ist.</translation>
    </message>
    <message>
        <source>The resource cannot contain “/”.</source>
        <translation>Die Ressource darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from Charla?</source>
        <translation>%1 aus Charla entfernen?</translation>
    </message>
    <message>
        <source>Its settings and the password in your keychain are deleted. The account itself stays on its server: you can add it again later.</source>
        <translation>Seine Einstellungen und das Passwort in deinem Schlüsselbund werden gelöscht. Das Konto selbst bleibt auf seinem Server bestehen: Du kannst es später wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Also delete the message history kept on this computer</source>
        <translation>Auch den auf diesem Computer gespeicherten Nachrichtenverlauf löschen</translation>
    </message>
</context>
<context>
    <name>charla::AccountSetup</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Registration form field label (XEP-0077 &lt;date/&gt;).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Registration form field label (XEP-0077 &lt;text/&gt;: free text for the server).</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Enter your address, such as name@example.org.</source>
        <translation>Gib deine Adresse ein, etwa name@example.org.</translation>
    </message>
    <message>
        <source>"%1" is not an address such as name@example.org.</source>
        <translation>„%1“ ist keine Adresse wie name@example.org.</translation>
    </message>
    <message>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 ist bereits eines deiner Konten.</translation>
    </message>
    <message>
        <source>%1 does not let you create an account from Charla.</source>
        <translation>%1 erlaubt nicht, ein Konto aus Charla heraus anzulegen.</translation>
    </message>
    <message>
        <source>The server says: "%1"</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
    <message>
        <source>Its web page for new accounts: %1</source>
        <translation>Seine Webseite für neue Konten: %1</translation>
    </message>
</context>
<context>
    <name>charla::AccountWizard</name>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add an XMPP account</source>
        <translation>XMPP-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Charla talks to people through XMPP (Jabber) accounts. Use an account you have, or create one on a server.</source>
        <translation>Charla verbindet dich über XMPP-Konten (Jabber) mit anderen. Verwende ein bestehendes Konto oder lege eines auf einem Server an.</translation>
    </message>
    <message>
        <source>I &amp;have an account</source>
        <translation>Ich &amp;habe ein Konto</translation>
    </message>
    <message>
        <source>You know its address (like name@example.org) and password.</source>
        <translation>Du kennst seine Adresse (etwa name@example.org) und das Passwort.</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>On a server you choose, if it lets people sign up from a client.</source>
        <translation>Auf einem Server deiner Wahl, sofern er die Registrierung aus einem Client erlaubt.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Dein Konto</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is kept in your system's keychain, never in a file.</source>
        <translation>Das Passwort wird im Schlüsselbund deines Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Connection settings (only if your server needs them)</source>
        <translation>Verbindungseinstellungen (nur falls dein Server sie braucht)</translation>
    </message>
    <message>
        <source>Choose a server</source>
        <translation>Server wählen</translation>
    </message>
    <message>
        <source>Your address will end with the server's name, as in name@example.org. Charla asks the server what it needs to know to create the account.</source>
        <translation>Deine Adresse endet mit dem Namen des Servers, wie in name@example.org. Charla fragt den Server, welche Angaben er zum Anlegen des Kontos braucht.</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Connection settings (only if the server needs them)</source>
        <translation>Verbindungseinstellungen (nur falls der Server sie braucht)</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Dein Konto anlegen</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Konto hinzugefügt</translation>
    </message>
    <message>
        <source>Enter the password of your account.</source>
        <translation>Gib das Passwort deines Kontos ein.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Konto wird gespeichert …</translation>
    </message>
    <message>
        <source>Enter the name of a server, such as example.org.</source>
        <translation>Gib den Namen eines Servers ein, etwa example.org.</translation>
    </message>
    <message>
        <source>Enter only the server's name (the part after the @).</source>
        <translation>Gib nur den Namen des Servers ein (den Teil nach dem @).</translation>
    </message>
    <message>
        <source>Asking %1 what it needs to create an account…</source>
        <translation>%1 wird gefragt, was zum Anlegen eines Kontos nötig ist …</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Einige Felder brauchen deine Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird angelegt …</translation>
    </message>
    <message>
        <source>Here is a new picture: type what it shows.</source>
        <translation>Hier ist ein neues Bild: Tippe ein, was es zeigt.</translation>
    </message>
    <message>
        <source>Choose another username.</source>
        <translation>Wähle einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>Getting a new picture from the server…</source>
        <translation>Neues Bild wird vom Server geholt …</translation>
    </message>
    <message>
        <source>%1 is added. Charla is connecting to it now; you will find your contacts in the main window.</source>
        <translation>%1 wurde hinzugefügt. Charla verbindet sich jetzt; deine Kontakte findest du im Hauptfenster.</translation>
    </message>
    <message>
        <source>This time Charla uses the password you typed. %1</source>
        <translation>Diesmal verwendet Charla das Passwort, das du eingegeben hast. %1</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server's certificate is not signed by an authority your system trusts. Trust it only if you know that this is the server's own certificate.</source>
        <translation>Das Zertifikat des Servers ist von keiner Stelle signiert, der dein System vertraut. Vertraue ihm nur, wenn du weißt, dass es das eigene Zertifikat des Servers ist.</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
SHA-256 fingerprint:
%3</source>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
SHA-256-Fingerabdruck:
%3</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Connecting again…</source>
        <translation>Neue Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>The server's certificate was not trusted, so Charla did not connect.</source>
        <translation>Dem Zertifikat des Servers wurde nicht vertraut, daher hat Charla keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <source>Or pick one of these public servers:</source>
        <translation>Oder wähle einen dieser öffentlichen Server:</translation>
    </message>
    <message>
        <source>Public servers</source>
        <translation>Öffentliche Server</translation>
    </message>
    <message>
        <source>Choosing a server fills in its name; Charla contacts it only when you go on.</source>
        <translation>Die Wahl eines Servers trägt seinen Namen ein; Charla kontaktiert ihn erst, wenn du weitermachst.</translation>
    </message>
</context>
<context>
    <name>charla::AdHocCommands</name>
    <message>
        <source>%1 does not allow that step of the command here.</source>
        <translation>%1 erlaubt diesen Schritt des Befehls hier nicht.</translation>
    </message>
    <message>
        <source>%1 no longer knows this run of the command (it expired). Start it again.</source>
        <translation>%1 kennt diesen Durchlauf des Befehls nicht mehr (er ist abgelaufen). Starte ihn neu.</translation>
    </message>
    <message>
        <source>%1 could not use the answers sent. Check the form and try again.</source>
        <translation>%1 konnte die gesendeten Antworten nicht verwenden. Prüfe das Formular und versuche es erneut.</translation>
    </message>
    <message>
        <source>%1 did not understand the step requested.</source>
        <translation>%1 hat den angeforderten Schritt nicht verstanden.</translation>
    </message>
    <message>
        <source>%1 does not let this account run that command.</source>
        <translation>%1 erlaubt diesem Konto nicht, diesen Befehl auszuführen.</translation>
    </message>
    <message>
        <source>%1 has no such command.</source>
        <translation>%1 kennt diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>%1 does not offer commands.</source>
        <translation>%1 bietet keine Befehle an.</translation>
    </message>
</context>
<context>
    <name>charla::AdHocSession</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 answered for another run of the command.</source>
        <translation>%1 hat für einen anderen Durchlauf des Befehls geantwortet.</translation>
    </message>
</context>
<context>
    <name>charla::AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>Placeholder of an input field that may stay empty.</extracomment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Contacts are added without the part after “/”: %1</source>
        <translation>Kontakte werden ohne den Teil nach dem „/“ hinzugefügt: %1</translation>
    </message>
    <message>
        <source>This is your own address.</source>
        <translation>Das ist deine eigene Adresse.</translation>
    </message>
</context>
<context>
    <name>charla::ArchiveLoader</name>
    <message>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>Start of the conversation</source>
        <translation>Beginn der Unterhaltung</translation>
    </message>
</context>
<context>
    <name>charla::AttachmentCard</name>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Vorschau anzeigen</translation>
    </message>
</context>
<context>
    <name>charla::AttachmentFetcher</name>
    <message>
        <source>Charla downloads files only over a secure (https) connection, and this link is not one.</source>
        <translation>Charla lädt Dateien nur über eine sichere Verbindung (https) herunter, und dieser Link ist keine.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1.</source>
        <translation>Die Datei konnte nicht heruntergeladen werden: %1.</translation>
    </message>
</context>
<context>
    <name>charla::AvatarFeature</name>
    <message>
        <source>The picture is larger than %1 KiB. Choose a smaller picture.</source>
        <translation>Das Bild ist größer als %1 KiB. Wähle ein kleineres Bild.</translation>
    </message>
</context>
<context>
    <name>charla::BlockedContactsDialog</name>
    <message>
        <source>Blocked Contacts</source>
        <translation>Blockierte Kontakte</translation>
    </message>
    <message>
        <source>Your server drops messages, status and requests from these addresses (%1).</source>
        <translation>Dein Server verwirft Nachrichten, Status und Anfragen von diesen Adressen (%1).</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Blockierte Adressen</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>name@example.org or example.org</source>
        <translation>name@example.org oder example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Zu blockierende Adresse</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>Niemand ist blockiert.</translation>
    </message>
    <message>
        <source>The blocklist has not been read yet.</source>
        <translation>Die Blockierliste wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Das ist keine Adresse: %1</translation>
    </message>
    <message>
        <source>%1 could not be blocked: %2</source>
        <translation>%1 konnte nicht blockiert werden: %2</translation>
    </message>
    <message>
        <source>Could not unblock: %1</source>
        <translation>Freigeben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>charla::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Not valid yet: it becomes valid on %1.</source>
        <translation>Noch nicht gültig: Es wird am %1 gültig.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Abgelaufen am %1.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>Ist das wirklich %1?</translation>
    </message>
    <message>
        <source>Charla could not confirm that it is talking to %1: the server's certificate is not signed by an authority this computer trusts. Small private servers often use such certificates, but someone intercepting the connection would show one too. Your password has not been sent.</source>
        <translation>Charla konnte nicht bestätigen, dass es mit %1 spricht: Das Zertifikat des Servers ist von keiner Stelle signiert, der dieser Computer vertraut. Kleine private Server verwenden oft solche Zertifikate, aber jemand, der die Verbindung abfängt, würde ebenfalls eines vorzeigen. Dein Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>%1 (signed by itself)</source>
        <translation>%1 (selbst signiert)</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trust it only if this fingerprint matches the one the server's administrator gave you another way, such as in person or on their website. Charla will remember the certificate for %1 and stop with a warning if it ever changes.</source>
        <translation>Vertraue ihm nur, wenn dieser Fingerabdruck mit dem übereinstimmt, den dir die Administration des Servers auf anderem Weg mitgeteilt hat, etwa persönlich oder auf ihrer Website. Charla merkt sich das Zertifikat für %1 und hält mit einer Warnung an, falls es sich jemals ändert.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
</context>
<context>
    <name>charla::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>The new password for %1 is set on the server and saved in your keychain.</source>
        <translation>Das neue Passwort für %1 wird auf dem Server gesetzt und in deinem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Gib das neue Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>%1 must be online to change its password.</source>
        <translation>%1 muss online sein, um das Passwort zu ändern.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>charla::ChatManager</name>
    <message>
        <source>Search &amp;messages…</source>
        <translation>&amp;Nachrichten suchen …</translation>
    </message>
    <message>
        <source>Open chats in separate &amp;windows</source>
        <translation>Chats in eigenen &amp;Fenstern öffnen</translation>
    </message>
    <message>
        <source>Group chats are not available yet.</source>
        <translation>Gruppenchats sind noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Delete Local History</source>
        <translation>Lokalen Verlauf löschen</translation>
    </message>
    <message>
        <source>Delete all messages with %1 from this computer? The server's archive and the other person keep their copies.</source>
        <translation>Alle Nachrichten mit %1 von diesem Computer löschen? Das Archiv des Servers und die andere Person behalten ihre Kopien.</translation>
    </message>
    <message>
        <source>The history could not be deleted.</source>
        <translation>Der Verlauf konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The history of this account is not available.</source>
        <translation>Der Verlauf dieses Kontos ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Conversation exported to %1.</source>
        <translation>Unterhaltung nach %1 exportiert.</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
</context>
<context>
    <name>charla::ChatTab</name>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this message for everyone? Their apps may still keep a copy.</source>
        <translation>Diese Nachricht für alle löschen? Ihre Apps behalten eventuell trotzdem eine Kopie.</translation>
    </message>
    <message>
        <source>This account cannot send files.</source>
        <translation>Dieses Konto kann keine Dateien senden.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for sending.</source>
        <translation>Das eingefügte Bild konnte zum Senden nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt …</translation>
    </message>
    <message>
        <source>%1 stopped typing.</source>
        <translation>%1 schreibt nicht mehr.</translation>
    </message>
    <message>
        <source>%1 closed the chat.</source>
        <translation>%1 hat den Chat geschlossen.</translation>
    </message>
    <message>
        <source>Editing your message. Enter saves, Esc cancels.</source>
        <translation>Du bearbeitest deine Nachricht. Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <source>File upload is not available yet.</source>
        <translation>Das Hochladen von Dateien ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>Unterhaltung &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Delete Local History…</source>
        <translation>Lokalen Verlauf &amp;löschen …</translation>
    </message>
    <message>
        <source>Chat menu</source>
        <translation>Chat-Menü</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
</context>
<context>
    <name>charla::ChatView</name>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Neue Nachrichten</translation>
    </message>
    <message>
        <source>Messages</source>
        <extracomment>Accessible name of a chat's message list (read by screen readers).</extracomment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;text</source>
        <translation>&amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>R&amp;eact</source>
        <translation>R&amp;eagieren</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Mehr …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Delete for everyone</source>
        <translation>Für alle &amp;löschen</translation>
    </message>
</context>
<context>
    <name>charla::ChatWindow</name>
    <message>
        <source>%1 — Charla</source>
        <translation>%1 – Charla</translation>
    </message>
    <message>
        <source>Chats — Charla</source>
        <translation>Chats – Charla</translation>
    </message>
</context>
<context>
    <name>charla::CliRunner</name>
    <message>
        <source>The server's archive did not answer in time.</source>
        <translation>Das Archiv des Servers hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The history of %1 could not be brought up to date from the server's archive, so it was not printed.</source>
        <translation>Der Verlauf mit %1 konnte nicht aus dem Archiv des Servers aktualisiert werden und wurde daher nicht ausgegeben.</translation>
    </message>
    <message>
        <source>Usage: disco JID [NODE]</source>
        <translation>Aufruf: disco JID [KNOTEN]</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>Usage: command JID NODE [--field var=value]...</source>
        <translation>Aufruf: command JID KNOTEN [--field var=wert]...</translation>
    </message>
    <message>
        <source>--field needs var=value, not "%1".</source>
        <translation>--field braucht var=wert, nicht „%1“.</translation>
    </message>
    <message>
        <source>The command did not finish after 50 steps; canceling it.</source>
        <translation>Der Befehl ist nach 50 Schritten nicht fertig; er wird abgebrochen.</translation>
    </message>
    <message>
        <source> (several: separate with commas)</source>
        <translation> (mehrere: durch Kommas trennen)</translation>
    </message>
    <message>
        <source>%1 is not a room address (room@service): %2</source>
        <translation>%1 ist keine Raumadresse (raum@dienst): %2</translation>
    </message>
    <message>
        <source>it has no room name or has a resource</source>
        <translation>ihr fehlt der Raumname oder sie enthält eine Ressource</translation>
    </message>
    <message>
        <source>Joined %1 as %2</source>
        <translation>%1 als %2 beigetreten</translation>
    </message>
    <message>
        <source>The room did not confirm the message within %1 seconds.</source>
        <translation>Der Raum hat die Nachricht nicht innerhalb von %1 Sekunden bestätigt.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>--account needs --profile DIR.</source>
        <translation>--account braucht --profile VERZ.</translation>
    </message>
    <message>
        <source>There is no account %1 in the profile %2. Add it with "account add".</source>
        <translation>Im Profil %2 gibt es kein Konto %1. Füge es mit „account add“ hinzu.</translation>
    </message>
    <message>
        <source>Say which account to use: --jid JID --password-file FILE, or --profile DIR --account JID.</source>
        <translation>Gib an, welches Konto verwendet werden soll: --jid JID --password-file DATEI oder --profile VERZ --account JID.</translation>
    </message>
    <message>
        <source>%1 is a server address, not an account.</source>
        <translation>%1 ist eine Serveradresse, kein Konto.</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <source>No password: give --password-file FILE.</source>
        <translation>Kein Passwort: Gib --password-file DATEI an.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>Kein Befehl angegeben. Siehe --help.</translation>
    </message>
    <message>
        <source>Unknown account command. Use: account add JID --password-file FILE</source>
        <translation>Unbekannter Kontobefehl. Aufruf: account add JID --password-file DATEI</translation>
    </message>
    <message>
        <source>Usage: send JID TEXT</source>
        <translation>Aufruf: send JID TEXT</translation>
    </message>
    <message>
        <source>No delivery receipt came from %1 within %2 seconds. The server has the message, but whether %1 received it is unknown.</source>
        <translation>Von %1 kam innerhalb von %2 Sekunden keine Empfangsbestätigung. Der Server hat die Nachricht, aber ob %1 sie erhalten hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>The server did not confirm the message within %1 seconds.</source>
        <translation>Der Server hat die Nachricht nicht innerhalb von %1 Sekunden bestätigt.</translation>
    </message>
    <message>
        <source>Listening as %1</source>
        <translation>Empfang als %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Usage: --profile DIR account add JID --password-file FILE [--host H] [--port P] [--direct-tls] [--ca-file PEM] [--proxy URL]</source>
        <translation>Aufruf: --profile VERZ account add JID --password-file DATEI [--host H] [--port P] [--direct-tls] [--ca-file PEM] [--proxy URL]</translation>
    </message>
    <message>
        <source>The certificate's SHA-256 fingerprint is %1. To trust this server, pass its CA with --ca-file.</source>
        <translation>Der SHA-256-Fingerabdruck des Zertifikats ist %1. Um diesem Server zu vertrauen, gib seine CA mit --ca-file an.</translation>
    </message>
    <message>
        <source>Could not log in within %1 seconds.</source>
        <translation>Anmeldung innerhalb von %1 Sekunden nicht möglich.</translation>
    </message>
    <message>
        <source>Usage: roster [--stats]</source>
        <translation>Aufruf: roster [--stats]</translation>
    </message>
    <message>
        <source>Usage: presence online|chat|away|xa|dnd [STATUS] [--seconds N]</source>
        <translation>Aufruf: presence online|chat|away|xa|dnd [STATUS] [--seconds N]</translation>
    </message>
    <message>
        <source>Present as %1</source>
        <extracomment>charla-cli presence: online with this full address (JID with resource).</extracomment>
        <translation>Online als %1</translation>
    </message>
    <message>
        <source>Usage: pubsub JID NODE [--limit N]</source>
        <translation>Aufruf: pubsub JID KNOTEN [--limit N]</translation>
    </message>
    <message>
        <source>Usage: register JID [--field var=value]...</source>
        <translation>Aufruf: register JID [--field var=wert]...</translation>
    </message>
    <message>
        <source>%1 offers no form to register with.</source>
        <translation>%1 bietet kein Registrierungsformular an.</translation>
    </message>
    <message>
        <source>%1 registers on its web page: %2</source>
        <translation>Die Registrierung bei %1 erfolgt auf seiner Webseite: %2</translation>
    </message>
    <message>
        <source>Already registered with %1; sending the form updates the registration.</source>
        <translation>Bereits bei %1 registriert; das Senden des Formulars aktualisiert die Registrierung.</translation>
    </message>
    <message>
        <source>Usage: muc join ROOM NICK [--seconds N] [--room-password-file FILE] | muc send ROOM TEXT</source>
        <translation>Aufruf: muc join RAUM NICK [--seconds N] [--room-password-file DATEI] | muc send RAUM TEXT</translation>
    </message>
    <message>
        <source>Cannot read the room password from %1: %2</source>
        <translation>Das Raumpasswort kann nicht aus %1 gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>charla::Client</name>
    <message>
        <source>The account was disconnected before the answer came.</source>
        <translation>Das Konto wurde getrennt, bevor die Antwort kam.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort kam.</translation>
    </message>
</context>
<context>
    <name>charla::CloseToTray</name>
    <message>
        <source>Charla is still running</source>
        <translation>Charla läuft weiter</translation>
    </message>
    <message>
        <source>Charla keeps your accounts online in the notification area. Click its icon to open the window; choose Quit in its menu to end Charla.</source>
        <translation>Charla hält deine Konten im Benachrichtigungsbereich online. Klicke auf das Symbol, um das Fenster zu öffnen; wähle „Beenden“ in seinem Menü, um Charla zu beenden.</translation>
    </message>
</context>
<context>
    <name>charla::CommandWizard</name>
    <message>
        <source>Command %1 on %2</source>
        <translation>Befehl %1 auf %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warten auf %1 …</translation>
    </message>
    <message>
        <source>The command is complete.</source>
        <translation>Der Befehl ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The command was canceled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note from an ad-hoc command: its kind (Error, Warning, Note), then its text.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>charla::ComplianceSuites</name>
    <message>
        <source>Core Server</source>
        <translation>Basis-Server</translation>
    </message>
    <message>
        <source>Advanced Core Server</source>
        <translation>Erweiterter Basis-Server</translation>
    </message>
    <message>
        <source>IM Server</source>
        <translation>IM-Server</translation>
    </message>
    <message>
        <source>Advanced IM Server</source>
        <translation>Erweiterter IM-Server</translation>
    </message>
    <message>
        <source>%1 lists %2.</source>
        <translation>%1 nennt %2.</translation>
    </message>
    <message>
        <source>%1 does not list %2.</source>
        <translation>%1 nennt %2 nicht.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Das Konto</translation>
    </message>
    <message>
        <source>Core features</source>
        <translation>Grundfunktionen</translation>
    </message>
    <message>
        <source>This account logged in and bound a resource.</source>
        <translation>Dieses Konto hat sich angemeldet und eine Ressource gebunden.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>Die Verbindung ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Direct TLS</source>
        <translation>Direktes TLS</translation>
    </message>
    <message>
        <source>This account connected with Direct TLS.</source>
        <translation>Dieses Konto hat sich mit direktem TLS verbunden.</translation>
    </message>
    <message>
        <source>Seen only when connecting with Direct TLS.</source>
        <translation>Nur bei einer Verbindung mit direktem TLS sichtbar.</translation>
    </message>
    <message>
        <source>Feature discovery</source>
        <translation>Funktionserkennung</translation>
    </message>
    <message>
        <source>Server extensibility</source>
        <translation>Erweiterbarkeit des Servers</translation>
    </message>
    <message>
        <source>The component protocol is not visible to clients.</source>
        <translation>Das Komponentenprotokoll ist für Clients nicht sichtbar.</translation>
    </message>
    <message>
        <source>Event publishing</source>
        <translation>Veröffentlichen von Ereignissen</translation>
    </message>
    <message>
        <source>The account is a PEP service.</source>
        <translation>Das Konto ist ein PEP-Dienst.</translation>
    </message>
    <message>
        <source>The account has no pubsub/pep identity.</source>
        <translation>Das Konto hat keine pubsub/pep-Identität.</translation>
    </message>
    <message>
        <source>The roster and presence work for this account.</source>
        <translation>Kontaktliste und Präsenz funktionieren für dieses Konto.</translation>
    </message>
    <message>
        <source>User avatar compatibility</source>
        <translation>Avatar-Kompatibilität</translation>
    </message>
    <message>
        <source>vcard-temp</source>
        <translation>vcard-temp</translation>
    </message>
    <message>
        <source>Outbound message synchronization</source>
        <translation>Abgleich gesendeter Nachrichten</translation>
    </message>
    <message>
        <source>User blocking</source>
        <translation>Blockieren von Benutzern</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Gruppenchat</translation>
    </message>
    <message>
        <source>A group chat service is listed.</source>
        <translation>Ein Gruppenchat-Dienst ist aufgeführt.</translation>
    </message>
    <message>
        <source>The server lists no group chat service.</source>
        <translation>Der Server führt keinen Gruppenchat-Dienst auf.</translation>
    </message>
    <message>
        <source>room archives (XEP-0313)</source>
        <translation>Raumarchive (XEP-0313)</translation>
    </message>
    <message>
        <source>bookmark conversion (XEP-0402)</source>
        <translation>Lesezeichen-Umwandlung (XEP-0402)</translation>
    </message>
    <message>
        <source>Advanced group chat</source>
        <translation>Erweiterter Gruppenchat</translation>
    </message>
    <message>
        <source>Room archives and bookmark conversion are offered.</source>
        <translation>Raumarchive und Lesezeichen-Umwandlung werden angeboten.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <source>Persistent storage of private data via PubSub</source>
        <translation>Dauerhafte Speicherung privater Daten über PubSub</translation>
    </message>
    <message>
        <source>Private XML storage</source>
        <translation>Privater XML-Speicher</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Stream-Verwaltung</translation>
    </message>
    <message>
        <source>Offered in the stream features.</source>
        <translation>In den Stream-Features angeboten.</translation>
    </message>
    <message>
        <source>Not offered in the stream features.</source>
        <translation>Nicht in den Stream-Features angeboten.</translation>
    </message>
    <message>
        <source>History storage / retrieval</source>
        <translation>Speichern und Abrufen des Verlaufs</translation>
    </message>
    <message>
        <source>File upload</source>
        <translation>Datei-Upload</translation>
    </message>
    <message>
        <source>An upload service is listed.</source>
        <translation>Ein Upload-Dienst ist aufgeführt.</translation>
    </message>
    <message>
        <source>The server lists no upload service.</source>
        <translation>Der Server führt keinen Upload-Dienst auf.</translation>
    </message>
</context>
<context>
    <name>charla::Composer</name>
    <message>
        <source>Insert an emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message (Enter). Shift+Enter starts a new line.</source>
        <translation>Nachricht senden (Eingabe). Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
</context>
<context>
    <name>charla::ComposerEdit</name>
    <message>
        <source>Message</source>
        <extracomment>Accessible name of the box where a message is typed (a noun).</extracomment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Spelling Language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
</context>
<context>
    <name>charla::ConnectionSettingsWidget</name>
    <message>
        <source>Found automatically</source>
        <translation>Wird automatisch ermittelt</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Port field when no port is set: the server's usual port is used.</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Server-&amp;Host:</translation>
    </message>
    <message>
        <source>Connect with &amp;Direct TLS (XEP-0368)</source>
        <translation>Mit &amp;direktem TLS verbinden (XEP-0368)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>The system's proxy</source>
        <translation>Proxy des Systems</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy (CONNECT)</source>
        <translation>HTTP-Proxy (CONNECT)</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy:</translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation>Proxy-Host:</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Nur falls der Proxy einen verlangt</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>Proxy-Benutzer:</translation>
    </message>
    <message>
        <source>The server host cannot contain spaces.</source>
        <translation>Der Server-Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Give the server host along with a port or Direct TLS.</source>
        <translation>Gib den Server-Host zusammen mit einem Port oder direktem TLS an.</translation>
    </message>
    <message>
        <source>Enter the proxy's host, or choose “No proxy”.</source>
        <translation>Gib den Host des Proxys ein oder wähle „Kein Proxy“.</translation>
    </message>
</context>
<context>
    <name>charla::ContactActions</name>
    <message>
        <source>&amp;Chat</source>
        <extracomment>Contact menu entry that opens a chat with the contact (verb).</extracomment>
        <translation>&amp;Chatten</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Kontakt &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Edit &amp;groups…</source>
        <translation>&amp;Gruppen bearbeiten …</translation>
    </message>
    <message>
        <source>Ask to see their status</source>
        <translation>Um Statusfreigabe bitten</translation>
    </message>
    <message>
        <source>Allow them to see your status</source>
        <translation>Den eigenen Status freigeben</translation>
    </message>
    <message>
        <source>Stop sharing your status</source>
        <translation>Eigenen Status nicht mehr teilen</translation>
    </message>
    <message>
        <source>Stop seeing their status</source>
        <translation>Status nicht mehr sehen</translation>
    </message>
    <message>
        <source>Re&amp;move contact…</source>
        <translation>Kontakt ent&amp;fernen …</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details …</translation>
    </message>
    <message>
        <source>&amp;Block contact</source>
        <translation>Kontakt &amp;blockieren</translation>
    </message>
    <message>
        <source>Un&amp;block contact</source>
        <translation>Kontakt f&amp;reigeben</translation>
    </message>
    <message>
        <source>&amp;Edit my details…</source>
        <translation>&amp;Meine Angaben bearbeiten …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A contact's name and address, e.g. "Alice (alice@example.org)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ask again to see their status</source>
        <translation>Erneut um Statusfreigabe bitten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>What failed, then the server's reason, e.g. "Bob could not be renamed. Not allowed."</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 could not be added to your contacts.</source>
        <translation>%1 konnte nicht zu deinen Kontakten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>%1 konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The groups of %1 could not be changed.</source>
        <translation>Die Gruppen von %1 konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>%1 aus deinen Kontakten entfernen?</translation>
    </message>
    <message>
        <source>You will stop sharing your status with each other.</source>
        <translation>Ihr seht dann gegenseitig euren Status nicht mehr.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 could not be blocked.</source>
        <translation>%1 konnte nicht blockiert werden.</translation>
    </message>
    <message>
        <source>%1 could not be unblocked.</source>
        <translation>%1 konnte nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Change Picture</source>
        <translation>Bild ändern</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>%1 konnte nicht als Bild gelesen werden: %2</translation>
    </message>
    <message>
        <source>B&amp;locked contacts…</source>
        <translation>Blockierte &amp;Kontakte …</translation>
    </message>
    <message>
        <source>Change pi&amp;cture…</source>
        <translation>Bi&amp;ld ändern …</translation>
    </message>
</context>
<context>
    <name>charla::ContactDetailsDialog</name>
    <message>
        <source>My Details</source>
        <translation>Meine Angaben</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Online resources</source>
        <translation>Verbundene Ressourcen</translation>
    </message>
    <message>
        <source>Ask for &amp;software and time</source>
        <translation>Nach &amp;Software und Uhrzeit fragen</translation>
    </message>
    <message>
        <source>Asks the selected resource which software it runs and its time.</source>
        <translation>Fragt die ausgewählte Ressource, welche Software sie verwendet und wie spät es dort ist.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Webseite:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Title:</source>
        <extracomment>A contact's job title (vCard TITLE), not a form of address</extracomment>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>Einer pro Zeile</translation>
    </message>
    <message>
        <source>Not in your contacts.</source>
        <translation>Nicht in deinen Kontakten.</translation>
    </message>
    <message>
        <source>You share your status with each other.</source>
        <translation>Ihr seht gegenseitig euren Status.</translation>
    </message>
    <message>
        <source>You see their status; they do not see yours.</source>
        <translation>Du siehst den Status des Kontakts, er sieht deinen nicht.</translation>
    </message>
    <message>
        <source>They see your status; you do not see theirs.</source>
        <translation>Der Kontakt sieht deinen Status, du seinen nicht.</translation>
    </message>
    <message>
        <source>You do not share your status with each other.</source>
        <translation>Ihr seht gegenseitig euren Status nicht.</translation>
    </message>
    <message>
        <source>Waiting for them to approve your request.</source>
        <translation>Warten, bis der Kontakt deine Anfrage annimmt.</translation>
    </message>
    <message>
        <source>Not connected: the contact details cannot be read now.</source>
        <translation>Nicht verbunden: Die Kontaktdaten können gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your details could not be read: %1</source>
        <translation>Deine Angaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown in place of a contact detail that is not set.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your details could not be saved: %1</source>
        <translation>Deine Angaben konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird abgefragt …</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (UTC%2)</source>
        <translation>%1 (UTC%2)</translation>
    </message>
    <message>
        <source>Last seen: unknown</source>
        <translation>Zuletzt gesehen: unbekannt</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
</context>
<context>
    <name>charla::ConversationModel</name>
    <message>
        <source>You</source>
        <comment>the sender of one's own messages, read aloud</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>message retracted</source>
        <translation>Nachricht zurückgezogen</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A message read aloud: sender, time, text ("Alice, 10:42: see you")</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>charla::CoreFeatures</name>
    <message>
        <source>%1 sent an answer Charla cannot read; its software may not support this request.</source>
        <translation>%1 hat eine Antwort gesendet, die Charla nicht lesen kann; die dortige Software unterstützt diese Anfrage vielleicht nicht.</translation>
    </message>
</context>
<context>
    <name>charla::DataForm</name>
    <message>
        <source>"%1" must be a whole number, not "%2".</source>
        <translation>„%1“ muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>"%1" must be a number such as 12.5, not "%2".</source>
        <translation>„%1“ muss eine Zahl wie 12.5 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be a number, not "%2".</source>
        <translation>„%1“ muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not "%2".</source>
        <translation>„%1“ muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be a date written as YYYY-MM-DD, not "%2".</source>
        <translation>„%1“ muss ein Datum im Format JJJJ-MM-TT sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be a date and time written as YYYY-MM-DDThh:mm:ss, not "%2".</source>
        <translation>„%1“ muss Datum und Uhrzeit im Format JJJJ-MM-TTThh:mm:ss sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be a time written as hh:mm:ss, not "%2".</source>
        <translation>„%1“ muss eine Uhrzeit im Format hh:mm:ss sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be an address such as https://example.org/, not "%2".</source>
        <translation>„%1“ muss eine Adresse wie https://example.org/ sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be a language code such as en or es-MX, not "%2".</source>
        <translation>„%1“ muss ein Sprachcode wie en oder de-AT sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be between %2 and %3.</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>"%1" must be at least %2.</source>
        <translation>„%1“ muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>"%1" must be at most %2.</source>
        <translation>„%1“ darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>"%1" is not in the expected format: "%2" does not match it.</source>
        <translation>„%1“ hat nicht das erwartete Format: „%2“ passt nicht dazu.</translation>
    </message>
    <message>
        <source>"%1" is required.</source>
        <translation>„%1“ ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>"%1" takes only one value.</source>
        <translation>„%1“ erlaubt nur einen Wert.</translation>
    </message>
    <message>
        <source>"%1" is not a valid address for "%2".</source>
        <translation>„%1“ ist keine gültige Adresse für „%2“.</translation>
    </message>
    <message>
        <source>"%1" must be yes or no (0, 1, true or false), not "%2".</source>
        <translation>„%1“ muss ja oder nein sein (0, 1, true oder false), nicht „%2“.</translation>
    </message>
    <message>
        <source>"%1" is not one of the choices for "%2".</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten für „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n option(s) for "%1".</source>
        <translation>
            <numerusform>Wähle mindestens %n Option für „%1“.</numerusform>
            <numerusform>Wähle mindestens %n Optionen für „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n option(s) for "%1".</source>
        <translation>
            <numerusform>Wähle höchstens %n Option für „%1“.</numerusform>
            <numerusform>Wähle höchstens %n Optionen für „%1“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::DataFormWidget</name>
    <message>
        <source>Fields marked * must be filled in.</source>
        <translation>Mit * markierte Felder müssen ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Picture for %1</source>
        <translation>Bild für %1</translation>
    </message>
    <message>
        <source>The picture for this field is on the web at %1. Charla does not open it by itself; open it in a browser if you trust this server.</source>
        <translation>Das Bild für dieses Feld liegt im Web unter %1. Charla öffnet es nicht von selbst; öffne es in einem Browser, wenn du diesem Server vertraust.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>One address a line</source>
        <translation>Eine Adresse pro Zeile</translation>
    </message>
    <message>
        <source>The server sent a picture too large to show.</source>
        <translation>Der Server hat ein Bild gesendet, das zu groß zum Anzeigen ist.</translation>
    </message>
    <message>
        <source>The server sent a picture Charla cannot read.</source>
        <translation>Der Server hat ein Bild gesendet, das Charla nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server refers to a picture it did not send.</source>
        <translation>Der Server verweist auf ein Bild, das er nicht gesendet hat.</translation>
    </message>
</context>
<context>
    <name>charla::DeleteAccountDialog</name>
    <message>
        <source>Delete account from server</source>
        <translation>Konto vom Server löschen</translation>
    </message>
    <message>
        <source>This deletes %1 on its server: its contacts, its messages kept there and the address itself. It cannot be undone.</source>
        <translation>Damit wird %1 auf seinem Server gelöscht: seine Kontakte, die dort gespeicherten Nachrichten und die Adresse selbst. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type the address to confirm:</source>
        <translation>Zur Bestätigung die Adresse eingeben:</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>Konto &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>The account was deleted from its server.</source>
        <translation>Das Konto wurde von seinem Server gelöscht.</translation>
    </message>
</context>
<context>
    <name>charla::DesktopActions</name>
    <message>
        <source>&amp;New Chat…</source>
        <translation>&amp;Neuer Chat …</translation>
    </message>
    <message>
        <source>Write to an address, one of your contacts or anyone else</source>
        <translation>An eine Adresse schreiben, an einen deiner Kontakte oder an jemand anderen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Next Chat</source>
        <translation>Nächster Chat</translation>
    </message>
    <message>
        <source>Previous Chat</source>
        <translation>Vorheriger Chat</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close Chat</source>
        <translation>Chat schließen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
</context>
<context>
    <name>charla::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>charla::DiscoBrowser</name>
    <message>
        <source>Service discovery</source>
        <translation>Diensterkennung</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Browse &amp;here</source>
        <translation>&amp;Hier durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Beitreten …</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>Re&amp;gistrieren …</translation>
    </message>
    <message>
        <source>&amp;Commands…</source>
        <translation>B&amp;efehle …</translation>
    </message>
    <message>
        <source>&amp;Add to contacts…</source>
        <translation>Zu Kontakten hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Last activity</source>
        <translation>&amp;Letzte Aktivität</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Das ist keine Adresse: %1</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1, Knoten %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird abgefragt …</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No identity given.</source>
        <translation>Keine Identität angegeben.</translation>
    </message>
    <message>
        <source>%1 runs %2 %3</source>
        <translation>%1 verwendet %2 %3</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> unter %1</translation>
    </message>
    <message>
        <source>The time at %1 is %2 (UTC%3).</source>
        <translation>Bei %1 ist es %2 (UTC%3).</translation>
    </message>
    <message>
        <source>%1 has been running for %2.</source>
        <translation>%1 läuft seit %2.</translation>
    </message>
    <message>
        <source>%1 was last active %2 ago.</source>
        <translation>%1 war zuletzt vor %2 aktiv.</translation>
    </message>
</context>
<context>
    <name>charla::DiscoModel</name>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>charla::EditGroupsDialog</name>
    <message>
        <source>Edit Groups</source>
        <translation>Gruppen bearbeiten</translation>
    </message>
    <message>
        <source>Groups of %1:</source>
        <translation>Gruppen von %1:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>A&amp;dd Group</source>
        <translation>Gruppe &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>charla::EmojiPicker</name>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>charla::GatewayFeature</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>charla::GatewaysDialog</name>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Gateways connect this account to other networks: register with one and its contacts appear in their own group.</source>
        <translation>Gateways verbinden dieses Konto mit anderen Netzwerken: Registriere dich bei einem, und seine Kontakte erscheinen in einer eigenen Gruppe.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Registrieren …</translation>
    </message>
    <message>
        <source>&amp;Unregister…</source>
        <translation>Registrierung &amp;aufheben …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Asking the server for its gateways…</source>
        <translation>Der Server wird nach seinen Gateways gefragt …</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>This server offers no gateways.</source>
        <translation>Dieser Server bietet keine Gateways an.</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Registrierung aufheben</translation>
    </message>
    <message>
        <source>Unregister from %1? Its contacts are removed from your contact list.</source>
        <translation>Registrierung bei %1 aufheben? Seine Kontakte werden aus deiner Kontaktliste entfernt.</translation>
    </message>
    <message>
        <source>Unregistering from %1…</source>
        <translation>Registrierung bei %1 wird aufgehoben …</translation>
    </message>
    <message>
        <source>No longer registered with %1.</source>
        <translation>Nicht mehr bei %1 registriert.</translation>
    </message>
</context>
<context>
    <name>charla::HistoryCommands</name>
    <message>
        <source>The history is kept per account: give --profile DIR --account JID.</source>
        <translation>Der Verlauf wird pro Konto geführt: Gib --profile VERZ --account JID an.</translation>
    </message>
    <message>
        <source>There is no account %1 in the profile %2. Add it with "account add".</source>
        <translation>Im Profil %2 gibt es kein Konto %1. Füge es mit „account add“ hinzu.</translation>
    </message>
    <message>
        <source>Usage: history JID [--limit N]</source>
        <translation>Aufruf: history JID [--limit N]</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <source>Usage: search TEXT [--limit N]</source>
        <translation>Aufruf: search TEXT [--limit N]</translation>
    </message>
</context>
<context>
    <name>charla::HistoryStore</name>
    <message>
        <source>(message retracted)</source>
        <translation>(Nachricht zurückgezogen)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
</context>
<context>
    <name>charla::HttpUpload</name>
    <message>
        <source>The file was not sent because the account is not connected. Connect and try again.</source>
        <translation>Die Datei wurde nicht gesendet, weil das Konto nicht verbunden ist. Verbinde dich und versuche es erneut.</translation>
    </message>
    <message>
        <source>Charla cannot read "%1": %2</source>
        <translation>Charla kann „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <source>Your server does not offer file upload, so files cannot be sent from this account.</source>
        <translation>Dein Server bietet kein Hochladen von Dateien an, daher können von diesem Konto keine Dateien gesendet werden.</translation>
    </message>
    <message>
        <source>"%1" is %2; your server accepts files up to %3.</source>
        <translation>„%1“ ist %2 groß; dein Server nimmt Dateien bis %3 an.</translation>
    </message>
    <message>
        <source>"%1" is too large for your server.</source>
        <translation>„%1“ ist zu groß für deinen Server.</translation>
    </message>
    <message>
        <source>The upload service did not answer. Try again later.</source>
        <translation>Der Upload-Dienst hat nicht geantwortet. Versuche es später erneut.</translation>
    </message>
    <message>
        <source>You have used up your upload quota on the server. Try again later or send a smaller file.</source>
        <translation>Du hast dein Upload-Kontingent auf dem Server aufgebraucht. Versuche es später erneut oder sende eine kleinere Datei.</translation>
    </message>
    <message>
        <source>Your server does not allow this account to upload files.</source>
        <translation>Dein Server erlaubt diesem Konto nicht, Dateien hochzuladen.</translation>
    </message>
    <message>
        <source>The upload service is not available right now. Try again later.</source>
        <translation>Der Upload-Dienst ist gerade nicht verfügbar. Versuche es später erneut.</translation>
    </message>
    <message>
        <source>The upload service refused the file (%1).</source>
        <translation>Der Upload-Dienst hat die Datei abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The upload service gave an answer Charla does not understand.</source>
        <translation>Der Upload-Dienst hat eine Antwort gegeben, die Charla nicht versteht.</translation>
    </message>
    <message>
        <source>The upload server's certificate is not trusted (%1), so the file was not sent.</source>
        <translation>Dem Zertifikat des Upload-Servers wird nicht vertraut (%1), daher wurde die Datei nicht gesendet.</translation>
    </message>
    <message>
        <source>The upload server refused the file (HTTP %1 %2).</source>
        <translation>Der Upload-Server hat die Datei abgelehnt (HTTP %1 %2).</translation>
    </message>
    <message>
        <source>The upload failed: %1. Try again.</source>
        <translation>Das Hochladen ist fehlgeschlagen: %1. Versuche es erneut.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>Das Hochladen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>charla::InviteDialog</name>
    <message>
        <source>&amp;Directly to them (recommended)</source>
        <translation>&amp;Direkt an die Person (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Through the room (also makes them a member)</source>
        <translation>&amp;Über den Raum (macht die Person auch zum Mitglied)</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Optional message</source>
        <translation>Optionale Nachricht</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <source>Type the address of the person to invite, like name@example.org.</source>
        <translation>Gib die Adresse der einzuladenden Person ein, etwa name@example.org.</translation>
    </message>
</context>
<context>
    <name>charla::IqTracker</name>
    <message>
        <source>%1 answered with an error (%2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (%2).</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>Es kam keine rechtzeitige Antwort.</translation>
    </message>
</context>
<context>
    <name>charla::Jid</name>
    <message>
        <source>The part before @ contains %1, which is not allowed there.</source>
        <translation>Der Teil vor dem @ enthält %1, was dort nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The domain contains %1, which is not allowed in a domain name.</source>
        <translation>Die Domain enthält %1, was in einem Domainnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The resource after / contains %1, which is not allowed there.</source>
        <translation>Die Ressource nach dem / enthält %1, was dort nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 1023 bytes.</source>
        <translation>Der Teil vor dem @ ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>Die Domain ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <source>The resource after / is longer than 1023 bytes.</source>
        <translation>Die Ressource nach dem / ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation>Die Domain ist leer.</translation>
    </message>
    <message>
        <source>The domain is not a valid internationalized domain name.</source>
        <translation>Die Domain ist kein gültiger internationalisierter Domainname.</translation>
    </message>
    <message>
        <source>The address contains a broken character (an unpaired UTF-16 surrogate).</source>
        <translation>Die Adresse enthält ein defektes Zeichen (ein unpaariges UTF-16-Surrogat).</translation>
    </message>
    <message>
        <source>The domain is not a valid IPv6 address.</source>
        <translation>Die Domain ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The domain has an empty label (two dots in a row, or a dot at the start).</source>
        <translation>Die Domain hat einen leeren Abschnitt (zwei Punkte hintereinander oder ein Punkt am Anfang).</translation>
    </message>
    <message>
        <source>A label of the domain starts or ends with a hyphen.</source>
        <translation>Ein Abschnitt der Domain beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>A label of the domain (between dots) is longer than 63 characters.</source>
        <translation>Ein Abschnitt der Domain (zwischen Punkten) ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <source>The domain looks like an IPv4 address but is not one.</source>
        <translation>Die Domain sieht wie eine IPv4-Adresse aus, ist aber keine.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The part before @ is empty.</source>
        <translation>Der Teil vor dem @ ist leer.</translation>
    </message>
    <message>
        <source>The resource after / is empty.</source>
        <translation>Die Ressource nach dem / ist leer.</translation>
    </message>
</context>
<context>
    <name>charla::JoinRoomDialog</name>
    <message>
        <source>&amp;Bookmark this room (join it at every login)</source>
        <translation>Raum zu &amp;Lesezeichen hinzufügen (bei jeder Anmeldung beitreten)</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <source>Join Room</source>
        <translation>Raum beitreten</translation>
    </message>
    <message>
        <source>room@conference.example.org</source>
        <translation>raum@conference.example.org</translation>
    </message>
    <message>
        <source>Only if the room has one</source>
        <translation>Nur falls der Raum eines hat</translation>
    </message>
    <message>
        <source>Found on your server</source>
        <translation>Auf deinem Server gefunden</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Spitzname:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Type a room's address, or browse the rooms of your server.</source>
        <translation>Gib die Adresse eines Raums ein oder durchsuche die Räume deines Servers.</translation>
    </message>
    <message>
        <source>Connect %1 first to browse its rooms.</source>
        <translation>Verbinde zuerst %1, um seine Räume zu durchsuchen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Looking for the group chat service of %1…</source>
        <translation>Gruppenchat-Dienst von %1 wird gesucht …</translation>
    </message>
    <message>
        <source>Your server lists no group chat service. Type one in Service.</source>
        <translation>Dein Server führt keinen Gruppenchat-Dienst auf. Gib einen unter „Dienst“ ein.</translation>
    </message>
    <message>
        <source>Asking %1 for its rooms…</source>
        <translation>%1 wird nach seinen Räumen gefragt …</translation>
    </message>
    <message>
        <source>%1 did not list its rooms: %2</source>
        <translation>%1 hat seine Räume nicht aufgelistet: %2</translation>
    </message>
    <message>
        <source>%1 has no public rooms.</source>
        <translation>%1 hat keine öffentlichen Räume.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) on %1.</source>
        <translation>
            <numerusform>%n Raum auf %1.</numerusform>
            <numerusform>%n Räume auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the room's address, like room@conference.example.org, or pick one from the list.</source>
        <translation>Gib die Adresse des Raums ein, etwa raum@conference.example.org, oder wähle einen aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the nickname others will see in the room.</source>
        <translation>Wähle den Spitznamen, den andere im Raum sehen.</translation>
    </message>
    <message>
        <source>Choose an account to join with.</source>
        <translation>Wähle das Konto, mit dem du beitrittst.</translation>
    </message>
    <message>
        <source>Choose the nickname people in the room will see, then press Join.</source>
        <translation>Wähle den Spitznamen, den die Leute im Raum sehen, und drücke dann Beitreten.</translation>
    </message>
</context>
<context>
    <name>charla::LinkOpener</name>
    <message>
        <source>Open XMPP Link</source>
        <translation>XMPP-Link öffnen</translation>
    </message>
    <message>
        <source>Open this address?

%1</source>
        <translation>Diese Adresse öffnen?

%1</translation>
    </message>
    <message>
        <source>Anyone can send a link. Open it only if you expected it from this person.</source>
        <translation>Jeder kann einen Link senden. Öffne ihn nur, wenn du ihn von dieser Person erwartet hast.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
</context>
<context>
    <name>charla::MainWindow</name>
    <message>
        <source>Charla</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Charla</source>
        <translation>&amp;Charla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search contacts</source>
        <translation>Kontakte &amp;suchen</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Offline-Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Sort by s&amp;tatus</source>
        <translation>Nach S&amp;tatus sortieren</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Nach Na&amp;me sortieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Charla</source>
        <translation>&amp;Über Charla</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1: online</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: offline</translation>
    </message>
    <message>
        <source>No account yet.

Account &gt; Add account… sets up the account you have, or creates one.</source>
        <translation>Noch kein Konto.

Konto &gt; Konto hinzufügen … richtet ein bestehendes Konto ein oder legt ein neues an.</translation>
    </message>
    <message>
        <source>No contacts yet.

Add one with Contacts &gt; Add contact…</source>
        <translation>Noch keine Kontakte.

Füge einen über Kontakte &gt; Kontakt hinzufügen … hinzu.</translation>
    </message>
    <message>
        <source>Not connected yet.

%1</source>
        <translation>Noch nicht verbunden.

%1</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt passt zu „%1“.</translation>
    </message>
    <message>
        <source>Nobody is online.

View &gt; Show offline contacts lists everyone.</source>
        <translation>Niemand ist online.

Ansicht &gt; Offline-Kontakte anzeigen listet alle auf.</translation>
    </message>
    <message>
        <source>About Charla</source>
        <translation>Über Charla</translation>
    </message>
    <message>
        <source>Charla %1</source>
        <translation>Charla %1</translation>
    </message>
    <message>
        <source>A desktop instant-messaging client for XMPP (Jabber).
Built with Qt %1.</source>
        <translation>Ein Desktop-Client für Sofortnachrichten über XMPP (Jabber).
Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Fetching messages from the server: %L1 of ~%L2</source>
        <translation>Nachrichten werden vom Server geholt: %L1 von ~%L2</translation>
    </message>
    <message>
        <source>Fetching messages from the server: %L1</source>
        <translation>Nachrichten werden vom Server geholt: %L1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Dienste</translation>
    </message>
    <message>
        <source>Saved Messages Damaged</source>
        <translation>Gespeicherte Nachrichten beschädigt</translation>
    </message>
</context>
<context>
    <name>charla::MamFeature</name>
    <message>
        <source>The server's message archive answered in a way Charla does not understand.</source>
        <translation>Das Nachrichtenarchiv des Servers hat auf eine Weise geantwortet, die Charla nicht versteht.</translation>
    </message>
</context>
<context>
    <name>charla::Message</name>
    <message>
        <source>%1 cannot receive this message: the address may not exist, or it does not accept messages from you.</source>
        <translation>%1 kann diese Nachricht nicht empfangen: Die Adresse existiert vielleicht nicht oder nimmt keine Nachrichten von dir an.</translation>
    </message>
    <message>
        <source>The server of %1 could not be reached; try again later.</source>
        <translation>Der Server von %1 war nicht erreichbar; versuche es später erneut.</translation>
    </message>
    <message>
        <source>The message to %1 was refused (%2).</source>
        <translation>Die Nachricht an %1 wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The message to %1 could not be delivered (%2).</source>
        <translation>Die Nachricht an %1 konnte nicht zugestellt werden (%2).</translation>
    </message>
</context>
<context>
    <name>charla::MessageDelegate</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent to the server</source>
        <translation>An den Server gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Seen</source>
        <extracomment>Delivery state of one's own message: the recipient has read it (XEP-0333).</extracomment>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>State of a message that came in from the contact (not one's own).</extracomment>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>Sender name shown above one's own messages in a chat.</extracomment>
        <translation>Ich</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Not delivered.</source>
        <translation>Nicht zugestellt.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>This message was corrected after it was sent.</source>
        <translation>Diese Nachricht wurde nach dem Senden korrigiert.</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <source>Encrypted file (not supported yet)</source>
        <translation>Verschlüsselte Datei (noch nicht unterstützt)</translation>
    </message>
    <message>
        <source>Sender not in your contacts</source>
        <translation>Absender ist nicht in deinen Kontakten</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>charla::MessageFeature</name>
    <message>
        <source>A correction from %1 was ignored: only the sender of a message can correct it, from the same device.</source>
        <translation>Eine Korrektur von %1 wurde ignoriert: Nur wer eine Nachricht gesendet hat, kann sie korrigieren, und zwar vom selben Gerät aus.</translation>
    </message>
    <message>
        <source>A retraction from %1 was ignored: only the sender of a message can retract it.</source>
        <translation>Ein Zurückziehen von %1 wurde ignoriert: Nur wer eine Nachricht gesendet hat, kann sie zurückziehen.</translation>
    </message>
    <message>
        <source>Charla is not connected, so the message was not sent. It will be kept here; send it again once you are online.</source>
        <translation>Charla ist nicht verbunden, daher wurde die Nachricht nicht gesendet. Sie bleibt hier erhalten; sende sie erneut, sobald du online bist.</translation>
    </message>
    <message>
        <source>/me retracted a previous message, but your client does not support that.</source>
        <translation>/me hat eine frühere Nachricht zurückgezogen, aber dein Client unterstützt das nicht.</translation>
    </message>
</context>
<context>
    <name>charla::MucErrors</name>
    <message>
        <source>That nickname is already in use in room %1. Choose another one.</source>
        <translation>Dieser Spitzname wird im Raum %1 bereits verwendet. Wähle einen anderen.</translation>
    </message>
    <message>
        <source>Room %1 needs a password, and the one given was missing or wrong.</source>
        <translation>Der Raum %1 braucht ein Passwort, und es fehlte oder war falsch.</translation>
    </message>
    <message>
        <source>You are banned from room %1.</source>
        <translation>Du bist aus dem Raum %1 verbannt.</translation>
    </message>
    <message>
        <source>Room %1 is for members only, and you are not a member. Ask an admin to invite you.</source>
        <translation>Der Raum %1 ist nur für Mitglieder, und du bist kein Mitglied. Bitte eine Administratorin oder einen Administrator um eine Einladung.</translation>
    </message>
    <message>
        <source>Room %1 does not exist yet, or its owner is still setting it up. Try again later.</source>
        <translation>Der Raum %1 existiert noch nicht, oder sein Besitzer richtet ihn noch ein. Versuche es später erneut.</translation>
    </message>
    <message>
        <source>Room %1 does not exist, and this service does not let you create rooms.</source>
        <translation>Der Raum %1 existiert nicht, und dieser Dienst erlaubt dir nicht, Räume anzulegen.</translation>
    </message>
    <message>
        <source>Room %1 only lets you in with the nickname registered for you; "%2" is not it.</source>
        <translation>Der Raum %1 lässt dich nur mit deinem dort registrierten Spitznamen hinein; „%2“ ist es nicht.</translation>
    </message>
    <message>
        <source>Room %1 is full. Try again later.</source>
        <translation>Der Raum %1 ist voll. Versuche es später erneut.</translation>
    </message>
    <message>
        <source>"%1" cannot be used as a nickname in room %2.</source>
        <translation>„%1“ kann im Raum %2 nicht als Spitzname verwendet werden.</translation>
    </message>
    <message>
        <source>The server of room %1 cannot be reached. Check the address or try again later.</source>
        <translation>Der Server des Raums %1 ist nicht erreichbar. Prüfe die Adresse oder versuche es später erneut.</translation>
    </message>
    <message>
        <source>Could not join room %1 (%2).</source>
        <translation>Beitritt zum Raum %1 nicht möglich (%2).</translation>
    </message>
    <message>
        <source>The nickname "%1" is reserved by someone else in room %2.</source>
        <translation>Der Spitzname „%1“ ist im Raum %2 für jemand anderen reserviert.</translation>
    </message>
    <message>
        <source>Room %1 does not let occupants change their nickname.</source>
        <translation>Im Raum %1 dürfen Teilnehmende ihren Spitznamen nicht ändern.</translation>
    </message>
    <message>
        <source>Could not change your nickname in room %1 (%2).</source>
        <translation>Dein Spitzname im Raum %1 konnte nicht geändert werden (%2).</translation>
    </message>
    <message>
        <source>You cannot speak in room %1: you have no voice there. Ask a moderator for it.</source>
        <translation>Du kannst im Raum %1 nicht sprechen: Du hast dort kein Rederecht. Bitte eine Moderatorin oder einen Moderator darum.</translation>
    </message>
    <message>
        <source>The message was not delivered: you are no longer in room %1. Join it again.</source>
        <translation>Die Nachricht wurde nicht zugestellt: Du bist nicht mehr im Raum %1. Tritt ihm erneut bei.</translation>
    </message>
    <message>
        <source>Room %1 refused the message (%2).</source>
        <translation>Der Raum %1 hat die Nachricht abgelehnt (%2).</translation>
    </message>
    <message>
        <source>You are not allowed to do that in room %1.</source>
        <translation>Das darfst du im Raum %1 nicht.</translation>
    </message>
    <message>
        <source>Room %1 refused the request: the person or the values are not acceptable.</source>
        <translation>Der Raum %1 hat die Anfrage abgelehnt: Die Person oder die Werte sind nicht zulässig.</translation>
    </message>
    <message>
        <source>Room %1 refused the request: it would leave the room without an owner.</source>
        <translation>Der Raum %1 hat die Anfrage abgelehnt: Der Raum hätte dann keinen Besitzer mehr.</translation>
    </message>
    <message>
        <source>Room %1 did not answer in time.</source>
        <translation>Der Raum %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>You were banned from room %1.</source>
        <translation>Du wurdest aus dem Raum %1 verbannt.</translation>
    </message>
    <message>
        <source>You were banned from room %1 by %2.</source>
        <translation>%2 hat dich aus dem Raum %1 verbannt.</translation>
    </message>
    <message>
        <source>You were kicked from room %1.</source>
        <translation>Du wurdest aus dem Raum %1 geworfen.</translation>
    </message>
    <message>
        <source>You were kicked from room %1 by %2.</source>
        <translation>%2 hat dich aus dem Raum %1 geworfen.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because your membership was taken away.</source>
        <translation>Du wurdest aus dem Raum %1 entfernt, weil dir die Mitgliedschaft entzogen wurde.</translation>
    </message>
    <message>
        <source>You were removed from room %1: it is now for members only, and you are not a member.</source>
        <translation>Du wurdest aus dem Raum %1 entfernt: Er ist jetzt nur für Mitglieder, und du bist kein Mitglied.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because the chat service is shutting down.</source>
        <translation>Du wurdest aus dem Raum %1 entfernt, weil der Chatdienst heruntergefahren wird.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because of a technical problem. Join it again.</source>
        <translation>Du wurdest wegen eines technischen Problems aus dem Raum %1 entfernt. Tritt ihm erneut bei.</translation>
    </message>
    <message>
        <source>You are no longer in room %1.</source>
        <translation>Du bist nicht mehr im Raum %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Room %1 was closed by its owner.</source>
        <translation>Der Raum %1 wurde von seinem Besitzer geschlossen.</translation>
    </message>
    <message>
        <source>Room %1 was closed by its owner; it continues in %2.</source>
        <translation>Der Raum %1 wurde von seinem Besitzer geschlossen; es geht in %2 weiter.</translation>
    </message>
    <message>
        <source>Everyone in room %1 can see your address.</source>
        <translation>Alle im Raum %1 können deine Adresse sehen.</translation>
    </message>
    <message>
        <source>Only the moderators of room %1 can see your address.</source>
        <translation>Nur die Moderation des Raums %1 kann deine Adresse sehen.</translation>
    </message>
    <message>
        <source>Room %1 is logged publicly.</source>
        <translation>Der Raum %1 wird öffentlich protokolliert.</translation>
    </message>
    <message>
        <source>Room %1 is no longer logged publicly.</source>
        <translation>Der Raum %1 wird nicht mehr öffentlich protokolliert.</translation>
    </message>
    <message>
        <source>The configuration of room %1 changed.</source>
        <translation>Die Konfiguration des Raums %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Room %1 was created. It stays closed to others until it is configured.</source>
        <translation>Der Raum %1 wurde angelegt. Er bleibt für andere geschlossen, bis er konfiguriert ist.</translation>
    </message>
    <message>
        <source>Room %1 changed your nickname.</source>
        <translation>Der Raum %1 hat deinen Spitznamen geändert.</translation>
    </message>
</context>
<context>
    <name>charla::MucFeature</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Room %1 does not support removing messages for everyone.</source>
        <translation>Der Raum %1 unterstützt das Löschen von Nachrichten für alle nicht.</translation>
    </message>
    <message>
        <source>Room %1 sent a configuration form Charla cannot read.</source>
        <translation>Der Raum %1 hat ein Konfigurationsformular gesendet, das Charla nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1 was banned from room %2.</source>
        <translation>%1 wurde aus dem Raum %2 verbannt.</translation>
    </message>
    <message>
        <source>%1 was kicked from room %2.</source>
        <translation>%1 wurde aus dem Raum %2 geworfen.</translation>
    </message>
    <message>
        <source>The connection to room %1 was lost; joining it again.</source>
        <translation>Die Verbindung zum Raum %1 ist abgebrochen; erneuter Beitritt …</translation>
    </message>
    <message>
        <source>A retraction in room %1 refers to a message Charla does not have.</source>
        <translation>Ein Zurückziehen im Raum %1 bezieht sich auf eine Nachricht, die Charla nicht hat.</translation>
    </message>
    <message>
        <source>%1 tried to retract someone else's message in room %2; it was ignored.</source>
        <translation>%1 hat versucht, im Raum %2 die Nachricht einer anderen Person zurückzuziehen; das wurde ignoriert.</translation>
    </message>
    <message>
        <source>A correction in room %1 refers to a message Charla does not have; it was ignored.</source>
        <translation>Eine Korrektur im Raum %1 bezieht sich auf eine Nachricht, die Charla nicht hat; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 tried to correct a message in room %2 that someone else sent; the correction was ignored.</source>
        <translation>%1 hat versucht, im Raum %2 eine Nachricht einer anderen Person zu korrigieren; die Korrektur wurde ignoriert.</translation>
    </message>
    <message>
        <source>Not connected: the message was not sent.</source>
        <translation>Nicht verbunden: Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>/me retracted a previous message, but your client does not support that.</source>
        <translation>/me hat eine frühere Nachricht zurückgezogen, aber dein Client unterstützt das nicht.</translation>
    </message>
    <message>
        <source>Room %1 answers again.</source>
        <translation>Der Raum %1 antwortet wieder.</translation>
    </message>
    <message>
        <source>Room %1 does not answer; Charla keeps checking whether you are still in it.</source>
        <translation>Der Raum %1 antwortet nicht; Charla prüft weiter, ob du noch darin bist.</translation>
    </message>
</context>
<context>
    <name>charla::NamespaceNames</name>
    <message>
        <source>Service discovery (information)</source>
        <translation>Diensterkennung (Informationen)</translation>
    </message>
    <message>
        <source>Service discovery (items)</source>
        <translation>Diensterkennung (Einträge)</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Gruppenchat</translation>
    </message>
    <message>
        <source>File upload</source>
        <translation>Datei-Upload</translation>
    </message>
    <message>
        <source>Publish-subscribe</source>
        <translation>Veröffentlichen/Abonnieren</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Registration</source>
        <extracomment>A feature a service offers (XEP-0077): signing up for an account (a noun).</extracomment>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Contact card (vCard)</source>
        <translation>Visitenkarte (vCard)</translation>
    </message>
    <message>
        <source>Message archive</source>
        <translation>Nachrichtenarchiv</translation>
    </message>
    <message>
        <source>Message copies to all devices</source>
        <translation>Nachrichtenkopien an alle Geräte</translation>
    </message>
    <message>
        <source>Blocking</source>
        <extracomment>A feature a server offers (XEP-0191): blocking other users (a noun).</extracomment>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>Entity time</source>
        <extracomment>A feature (XEP-0202): a client or server tells its local time.</extracomment>
        <translation>Uhrzeit der Gegenstelle</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>Private storage</source>
        <translation>Privater Speicher</translation>
    </message>
    <message>
        <source>User search</source>
        <translation>Benutzersuche</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Stream-Verwaltung</translation>
    </message>
    <message>
        <source>Client state indication</source>
        <translation>Client-Statusanzeige</translation>
    </message>
    <message>
        <source>File transfer proxy</source>
        <translation>Proxy für Dateiübertragungen</translation>
    </message>
    <message>
        <source>External services (STUN/TURN)</source>
        <translation>Externe Dienste (STUN/TURN)</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Publish-subscribe: publish</source>
        <translation>Veröffentlichen/Abonnieren: veröffentlichen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatare</translation>
    </message>
    <message>
        <source>Offline messages</source>
        <translation>Offline-Nachrichten</translation>
    </message>
    <message>
        <source>Data forms</source>
        <translation>Datenformulare</translation>
    </message>
    <message>
        <source>Chat server</source>
        <translation>Chatserver</translation>
    </message>
    <message>
        <source>Group chat service</source>
        <translation>Gruppenchat-Dienst</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Dateispeicher</translation>
    </message>
    <message>
        <source>Publish-subscribe service</source>
        <translation>Veröffentlichen/Abonnieren-Dienst</translation>
    </message>
    <message>
        <source>Personal events</source>
        <translation>Persönliche Ereignisse</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Desktop client</source>
        <translation>Desktop-Client</translation>
    </message>
    <message>
        <source>Phone client</source>
        <translation>Telefon-Client</translation>
    </message>
    <message>
        <source>Web client</source>
        <translation>Web-Client</translation>
    </message>
    <message>
        <source>Command list</source>
        <translation>Befehlsliste</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>Benutzerverzeichnis</translation>
    </message>
</context>
<context>
    <name>charla::NewChatDialog</name>
    <message>
        <source>New Chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The address to write to; your contacts are completed by address or name.</source>
        <translation>Die Adresse, an die du schreibst; deine Kontakte werden nach Adresse oder Name ergänzt.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Open Chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Das ist keine gültige Adresse.</translation>
    </message>
</context>
<context>
    <name>charla::NotifyModeButton</name>
    <message>
        <source>What this chat notifies you about</source>
        <translation>Worüber dieser Chat dich benachrichtigt</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Mentions only</source>
        <translation>Nur Erwähnungen</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Benachrichtigungen: %1</translation>
    </message>
</context>
<context>
    <name>charla::OccupantDelegate</name>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>charla::OccupantModel</name>
    <message>
        <source>Moderators</source>
        <translation>Moderatoren</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
</context>
<context>
    <name>charla::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Enter the password for %1:</source>
        <translation>Gib das Passwort für %1 ein:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Charla will use this password until you quit and will not save it.</source>
        <translation>Charla verwendet dieses Passwort bis zum Beenden und speichert es nicht.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>charla::PasswordStore</name>
    <message>
        <source>No password is saved for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the password for %1 cannot be saved. Charla will ask for it each time it connects.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher kann das Passwort für %1 nicht gespeichert werden. Charla fragt bei jeder Verbindung danach.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password for %1. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Passwort für %1 verweigert. Entsperre den Schlüsselbund und versuche es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not be reached (%1). Charla will ask for the password for %2 when it connects.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar (%1). Charla fragt beim Verbinden nach dem Passwort für %2.</translation>
    </message>
</context>
<context>
    <name>charla::PlainMechanism</name>
    <message>
        <source>Enter a user name to log in.</source>
        <translation>Gib zum Anmelden einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter a password to log in.</source>
        <translation>Gib zum Anmelden ein Passwort ein.</translation>
    </message>
    <message>
        <source>The user name or password contains a character that cannot be used to log in.</source>
        <translation>Benutzername oder Passwort enthält ein Zeichen, das bei der Anmeldung nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>The login was started twice. This is a bug in Charla.</source>
        <translation>Die Anmeldung wurde zweimal gestartet. Das ist ein Fehler in Charla.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login step. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat einen unerwarteten Anmeldeschritt gesendet. Versuche es später erneut; wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
</context>
<context>
    <name>charla::Preferences</name>
    <message>
        <source>connects directly</source>
        <translation>verbindet direkt</translation>
    </message>
    <message>
        <source>uses the system's proxy</source>
        <translation>verwendet den Proxy des Systems</translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1:%2</source>
        <translation>SOCKS5-Proxy %1:%2</translation>
    </message>
    <message>
        <source>HTTP proxy %1:%2</source>
        <translation>HTTP-Proxy %1:%2</translation>
    </message>
</context>
<context>
    <name>charla::Profile</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable, or choose another profile.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfe, ob er beschreibbar ist, oder wähle ein anderes Profil.</translation>
    </message>
</context>
<context>
    <name>charla::ProxySettings</name>
    <message>
        <source>%1 is not a proxy: use socks5://HOST:PORT, http://HOST:PORT, system or none.</source>
        <translation>%1 ist kein Proxy: Verwende socks5://HOST:PORT, http://HOST:PORT, system oder none.</translation>
    </message>
    <message>
        <source>Charla does not take proxy passwords: remove the password from %1.</source>
        <translation>Charla nimmt keine Proxy-Passwörter an: Entferne das Passwort aus %1.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Der Proxy-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
</context>
<context>
    <name>charla::PubSubWindow</name>
    <message>
        <source>Publish-subscribe</source>
        <translation>Veröffentlichen/Abonnieren</translation>
    </message>
    <message>
        <source>Your PEP nodes</source>
        <translation>Deine PEP-Knoten</translation>
    </message>
    <message>
        <source>Node or item</source>
        <translation>Knoten oder Eintrag</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Service, e.g. pubsub.example.org</source>
        <translation>Dienst, z. B. pubsub.example.org</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Your account publishes no PEP nodes yet.</source>
        <translation>Dein Konto veröffentlicht noch keine PEP-Knoten.</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(fehlgeschlagen)</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Das ist keine Adresse: %1</translation>
    </message>
    <message>
        <source>Say which node to subscribe to.</source>
        <translation>Gib an, welchen Knoten du abonnieren möchtest.</translation>
    </message>
    <message>
        <source>Subscribing to %1 on %2…</source>
        <translation>%1 auf %2 wird abonniert …</translation>
    </message>
    <message>
        <source>Subscribed to %1 on %2: new items appear below.</source>
        <translation>%1 auf %2 abonniert: Neue Einträge erscheinen unten.</translation>
    </message>
</context>
<context>
    <name>charla::Registration</name>
    <message>
        <source>"%1" is not a server name such as example.org.</source>
        <translation>„%1“ ist kein Servername wie example.org.</translation>
    </message>
    <message>
        <source>The registration was cancelled.</source>
        <translation>Die Registrierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Choose a server before creating an account.</source>
        <translation>Wähle einen Server, bevor du ein Konto anlegst.</translation>
    </message>
    <message>
        <source>The server %1 sent a registration form Charla cannot read.</source>
        <translation>Der Server %1 hat ein Registrierungsformular gesendet, das Charla nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Try again later.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet. Versuche es später erneut.</translation>
    </message>
    <message>
        <source>The server %1 does not let you create an account from Charla. Its web site may explain how to get one.</source>
        <translation>Der Server %1 erlaubt nicht, aus Charla heraus ein Konto anzulegen. Vielleicht erklärt seine Website, wie du eines bekommst.</translation>
    </message>
    <message>
        <source>This server does not allow creating accounts here.</source>
        <translation>Dieser Server erlaubt hier keine Kontoerstellung.</translation>
    </message>
    <message>
        <source>The server %1 did not send its registration form (%2).</source>
        <translation>Der Server %1 hat sein Registrierungsformular nicht gesendet (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time; the account may or may not exist. Try logging in before trying again.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet; das Konto existiert möglicherweise schon. Versuche dich anzumelden, bevor du es erneut versuchst.</translation>
    </message>
    <message>
        <source>That name is already taken on %1.</source>
        <translation>Dieser Name ist auf %1 bereits vergeben.</translation>
    </message>
    <message>
        <source>The name %1 is already taken on %2.</source>
        <translation>Der Name %1 ist auf %2 bereits vergeben.</translation>
    </message>
    <message>
        <source>The server did not accept the form: a required field is empty or a value is not valid.</source>
        <translation>Der Server hat das Formular nicht angenommen: Ein Pflichtfeld ist leer oder ein Wert ungültig.</translation>
    </message>
    <message>
        <source>The server did not accept the form: %1</source>
        <translation>Der Server hat das Formular nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The server %1 does not allow creating accounts from your network.</source>
        <translation>Der Server %1 erlaubt keine Kontoerstellung aus deinem Netzwerk.</translation>
    </message>
    <message>
        <source>The server %1 refused to create an account right now. Try again later.</source>
        <translation>Der Server %1 hat das Anlegen eines Kontos gerade abgelehnt. Versuche es später erneut.</translation>
    </message>
    <message>
        <source>The server %1 could not read the registration. Fill in the form again.</source>
        <translation>Der Server %1 konnte die Registrierung nicht lesen. Fülle das Formular erneut aus.</translation>
    </message>
    <message>
        <source>The server %1 did not create the account (%2).</source>
        <translation>Der Server %1 hat das Konto nicht angelegt (%2).</translation>
    </message>
</context>
<context>
    <name>charla::RegistrationFeature</name>
    <message>
        <source>The new password is empty. Type the password you want.</source>
        <translation>Das neue Passwort ist leer. Gib das gewünschte Passwort ein.</translation>
    </message>
    <message>
        <source>The account is not connected. Connect it, then try again.</source>
        <translation>Das Konto ist nicht verbunden. Verbinde es und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>The server %1 asks for more before it changes the password.</source>
        <translation>Der Server %1 verlangt weitere Angaben, bevor er das Passwort ändert.</translation>
    </message>
    <message>
        <source>The server %1 does not consider this connection safe enough to change the password.</source>
        <translation>Der Server %1 hält diese Verbindung nicht für sicher genug, um das Passwort zu ändern.</translation>
    </message>
    <message>
        <source>The server %1 does not allow changing the password from Charla. Its web site may offer a way.</source>
        <translation>Der Server %1 erlaubt nicht, das Passwort aus Charla heraus zu ändern. Vielleicht bietet seine Website eine Möglichkeit.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password change request.</source>
        <translation>Der Server %1 hat die Anfrage zur Passwortänderung nicht angenommen.</translation>
    </message>
    <message>
        <source>The server %1 did not change the password (%2).</source>
        <translation>Der Server %1 hat das Passwort nicht geändert (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>The server %1 asks for more before it removes the account.</source>
        <translation>Der Server %1 verlangt weitere Angaben, bevor er das Konto löscht.</translation>
    </message>
    <message>
        <source>The server %1 does not allow removing %2 from Charla. Its web site may offer a way.</source>
        <translation>Der Server %1 erlaubt nicht, %2 aus Charla heraus zu löschen. Vielleicht bietet seine Website eine Möglichkeit.</translation>
    </message>
    <message>
        <source>The account %1 does not exist on its server.</source>
        <translation>Das Konto %1 existiert auf seinem Server nicht.</translation>
    </message>
    <message>
        <source>The server %1 did not remove the account %2 (%3).</source>
        <translation>Der Server %1 hat das Konto %2 nicht gelöscht (%3).</translation>
    </message>
</context>
<context>
    <name>charla::RenameContactDialog</name>
    <message>
        <source>Rename Contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Name für %1:</translation>
    </message>
    <message>
        <source>Name for %1</source>
        <translation>Name für %1</translation>
    </message>
    <message>
        <source>Leave it empty to show the address.</source>
        <translation>Leer lassen, um die Adresse anzuzeigen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>charla::RoomActions</name>
    <message>
        <source>&amp;Join Room…</source>
        <translation>Raum &amp;beitreten …</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Räume</translation>
    </message>
    <message>
        <source>Bookmarked rooms</source>
        <translation>Räume in den Lesezeichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No bookmarked rooms</source>
        <translation>Keine Räume in den Lesezeichen</translation>
    </message>
    <message>
        <source>Invitation to a Room</source>
        <translation>Einladung in einen Raum</translation>
    </message>
    <message>
        <source>%1 invites you (%2) to the room %3.</source>
        <translation>%1 lädt dich (%2) in den Raum %3 ein.</translation>
    </message>
    <message>
        <source>Their message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>charla::RoomHeader</name>
    <message>
        <source>Change subject…</source>
        <translation>Thema ändern …</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Festgelegt von %1</translation>
    </message>
</context>
<context>
    <name>charla::RoomManager</name>
    <message>
        <source>%1 declined the invitation.</source>
        <translation>%1 hat die Einladung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 declined the invitation: %2</source>
        <translation>%1 hat die Einladung abgelehnt: %2</translation>
    </message>
    <message>
        <source>&amp;Remove for everyone (moderate)…</source>
        <translation>Für alle &amp;entfernen (moderieren) …</translation>
    </message>
    <message>
        <source>This room does not support removing messages.</source>
        <translation>Dieser Raum unterstützt das Entfernen von Nachrichten nicht.</translation>
    </message>
    <message>
        <source>You are not in this room now, so the message was not sent. Join it again from the Room menu.</source>
        <translation>Du bist gerade nicht in diesem Raum, daher wurde die Nachricht nicht gesendet. Tritt ihm über das Menü „Raum“ erneut bei.</translation>
    </message>
    <message>
        <source>You are not in this room now, or the message is not yours to change, so nothing was sent.</source>
        <translation>Du bist gerade nicht in diesem Raum, oder die Nachricht ist nicht deine, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the room? Their apps may still keep a copy.</source>
        <translation>Diese Nachricht für alle im Raum löschen? Ihre Apps behalten eventuell trotzdem eine Kopie.</translation>
    </message>
    <message>
        <source>You are not in this room now, so the message was not sent.</source>
        <translation>Du bist gerade nicht in diesem Raum, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>You are not in the room of %1 now, so the message was not sent.</source>
        <translation>Du bist gerade nicht im Raum von %1, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Private chat through the room</source>
        <translation>Privater Chat über den Raum</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>Du bist nicht in diesem Raum.</translation>
    </message>
    <message>
        <source>Offline: you join this room again once connected.</source>
        <translation>Offline: Du trittst dem Raum wieder bei, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>Joining as %1…</source>
        <translation>Beitritt als %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n occupant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>you are %1</source>
        <translation>du bist %1</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>no voice</source>
        <translation>ohne Rederecht</translation>
    </message>
    <message>
        <source>&amp;Join again</source>
        <translation>&amp;Erneut beitreten</translation>
    </message>
    <message>
        <source>Change &amp;nickname…</source>
        <translation>&amp;Spitznamen ändern …</translation>
    </message>
    <message>
        <source>Change &amp;subject…</source>
        <translation>&amp;Thema ändern …</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Jemanden &amp;einladen …</translation>
    </message>
    <message>
        <source>&amp;Bookmark this room</source>
        <translation>Raum zu &amp;Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Configure room…</source>
        <translation>Raum &amp;konfigurieren …</translation>
    </message>
    <message>
        <source>&amp;Destroy room…</source>
        <translation>Raum &amp;auflösen …</translation>
    </message>
    <message>
        <source>&amp;Leave room</source>
        <translation>Raum &amp;verlassen</translation>
    </message>
    <message>
        <source>Send &amp;private message</source>
        <translation>&amp;Private Nachricht senden</translation>
    </message>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Hinauswerfen …</translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>%1 hinauswerfen</translation>
    </message>
    <message>
        <source>Reason (optional, the room shows it):</source>
        <translation>Grund (optional, der Raum zeigt ihn an):</translation>
    </message>
    <message>
        <source>&amp;Grant voice</source>
        <translation>&amp;Rederecht erteilen</translation>
    </message>
    <message>
        <source>&amp;Revoke voice</source>
        <translation>Rederecht &amp;entziehen</translation>
    </message>
    <message>
        <source>The room does not show this person's address</source>
        <translation>Der Raum zeigt die Adresse dieser Person nicht</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Verbannen …</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>%1 verbannen</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Zum &amp;Mitglied machen</translation>
    </message>
    <message>
        <source>Remove &amp;membership</source>
        <translation>Mitgliedschaft ent&amp;ziehen</translation>
    </message>
    <message>
        <source>Make &amp;admin</source>
        <translation>Zum &amp;Admin machen</translation>
    </message>
    <message>
        <source>Remove a&amp;dmin rights</source>
        <translation>A&amp;dminrechte entziehen</translation>
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation>Zum &amp;Besitzer machen</translation>
    </message>
    <message>
        <source>Remove o&amp;wnership</source>
        <translation>Besit&amp;z entziehen</translation>
    </message>
    <message>
        <source>Change Nickname</source>
        <translation>Spitznamen ändern</translation>
    </message>
    <message>
        <source>Your nickname in %1:</source>
        <translation>Dein Spitzname in %1:</translation>
    </message>
    <message>
        <source>Change Subject</source>
        <translation>Thema ändern</translation>
    </message>
    <message>
        <source>The subject of %1:</source>
        <translation>Das Thema von %1:</translation>
    </message>
    <message>
        <source>%1 is invited.</source>
        <translation>%1 ist eingeladen.</translation>
    </message>
    <message>
        <source>New Room %1</source>
        <translation>Neuer Raum %1</translation>
    </message>
    <message>
        <source>Configure %1</source>
        <translation>%1 konfigurieren</translation>
    </message>
    <message>
        <source>You created this room. Choose its settings, or Cancel to keep the server's defaults.</source>
        <translation>Du hast diesen Raum angelegt. Wähle seine Einstellungen, oder „Abbrechen“ behält die Vorgaben des Servers.</translation>
    </message>
    <message>
        <source>The room's settings are saved.</source>
        <translation>Die Einstellungen des Raums sind gespeichert.</translation>
    </message>
    <message>
        <source>Destroy Room</source>
        <translation>Raum auflösen</translation>
    </message>
    <message>
        <source>Destroy %1 for everyone? Its occupants are removed and its settings are lost.

Reason (optional):</source>
        <translation>%1 für alle auflösen? Die Teilnehmer werden entfernt, und die Einstellungen gehen verloren.

Grund (optional):</translation>
    </message>
    <message>
        <source>Remove Message</source>
        <translation>Nachricht entfernen</translation>
    </message>
    <message>
        <source>Remove this message of %1 for everyone in the room?

Reason (optional):</source>
        <translation>Diese Nachricht von %1 für alle im Raum entfernen?

Grund (optional):</translation>
    </message>
    <message>
        <source>This room gives its messages no id to reply to.</source>
        <translation>Dieser Raum gibt seinen Nachrichten keine ID, auf die man antworten kann.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt …</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben …</translation>
    </message>
    <message>
        <source>%1 people are typing…</source>
        <translation>%1 Personen schreiben …</translation>
    </message>
</context>
<context>
    <name>charla::RosterDelegate</name>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Zustimmung</translation>
    </message>
    <message>
        <source>Does not share their status with you</source>
        <translation>Teilt den Status nicht mit dir</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>A roster group's counts: contacts online / contacts in the group</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You share your status with each other.</source>
        <translation>Ihr seht gegenseitig euren Status.</translation>
    </message>
    <message>
        <source>You see their status; they do not see yours.</source>
        <translation>Du siehst den Status des Kontakts, er sieht deinen nicht.</translation>
    </message>
    <message>
        <source>They see your status; you do not see theirs.</source>
        <translation>Der Kontakt sieht deinen Status, du seinen nicht.</translation>
    </message>
    <message>
        <source>You do not share your status with each other.</source>
        <translation>Ihr seht gegenseitig euren Status nicht.</translation>
    </message>
    <message>
        <source>Waiting for them to approve your request.</source>
        <translation>Warten, bis der Kontakt deine Anfrage annimmt.</translation>
    </message>
</context>
<context>
    <name>charla::RosterModel</name>
    <message>
        <source>Contacts</source>
        <extracomment>The roster group that holds the contacts who are in no group</extracomment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>free for chat</source>
        <translation>gesprächsbereit</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>away for a while</source>
        <translation>länger abwesend</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>nicht stören</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>charla::RunCommandDialog</name>
    <message>
        <source>Run command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;List commands</source>
        <translation>Befehle &amp;auflisten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Das ist keine Adresse: %1</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Asking %1 for its commands…</source>
        <translation>%1 wird nach seinen Befehlen gefragt …</translation>
    </message>
    <message>
        <source>%1 offers no commands to this account.</source>
        <translation>%1 bietet diesem Konto keine Befehle an.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) offered by %1.</source>
        <translation>
            <numerusform>%n Befehl von %1 angeboten.</numerusform>
            <numerusform>%n Befehle von %1 angeboten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::SaslMechanism</name>
    <message>
        <source>The server offered no way to log in. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat keine Anmeldemethode angeboten. Versuche es später erneut; wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server offered only login methods Charla does not support (%1). Tell the server's administrator that Charla needs SCRAM.</source>
        <translation>Der Server hat nur Anmeldemethoden angeboten, die Charla nicht unterstützt (%1). Teile der Administration des Servers mit, dass Charla SCRAM braucht.</translation>
    </message>
    <message>
        <source>The server offered only %1, weaker than %2 used before for this account. This can mean someone is tampering with the connection.</source>
        <translation>Der Server hat nur %1 angeboten, schwächer als das bisher für dieses Konto verwendete %2. Das kann bedeuten, dass jemand die Verbindung manipuliert.</translation>
    </message>
    <message>
        <source>The server offered only PLAIN login without an encrypted connection, which would reveal your password, so Charla did not log in.</source>
        <translation>Der Server hat nur eine PLAIN-Anmeldung ohne verschlüsselte Verbindung angeboten, die dein Passwort preisgeben würde, daher hat Charla sich nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>charla::ScramMechanism</name>
    <message>
        <source>The server sent a malformed login message. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat eine fehlerhafte Anmeldenachricht gesendet. Versuche es später erneut; wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>Your password mixes right-to-left and left-to-right text in a way that cannot be used to log in. Change it from another client.</source>
        <translation>Dein Passwort mischt Text von rechts nach links und von links nach rechts auf eine Weise, die bei der Anmeldung nicht verwendet werden kann. Ändere es in einem anderen Client.</translation>
    </message>
    <message>
        <source>Your user name mixes right-to-left and left-to-right text in a way that cannot be used to log in.</source>
        <translation>Dein Benutzername mischt Text von rechts nach links und von links nach rechts auf eine Weise, die bei der Anmeldung nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>Your password contains a character that cannot be used to log in (a control, formatting or private-use character). Change it from another client.</source>
        <translation>Dein Passwort enthält ein Zeichen, das bei der Anmeldung nicht verwendet werden kann (ein Steuer-, Formatierungs- oder privat genutztes Zeichen). Ändere es in einem anderen Client.</translation>
    </message>
    <message>
        <source>Your user name contains a character that cannot be used to log in.</source>
        <translation>Dein Benutzername enthält ein Zeichen, das bei der Anmeldung nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>Charla does not support this SCRAM variant.</source>
        <translation>Charla unterstützt diese SCRAM-Variante nicht.</translation>
    </message>
    <message>
        <source>Enter a user name to log in.</source>
        <translation>Gib zum Anmelden einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter a password to log in.</source>
        <translation>Gib zum Anmelden ein Passwort ein.</translation>
    </message>
    <message>
        <source>The login was started twice. This is a bug in Charla.</source>
        <translation>Die Anmeldung wurde zweimal gestartet. Das ist ein Fehler in Charla.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login step. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat einen unerwarteten Anmeldeschritt gesendet. Versuche es später erneut; wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server requires a login extension Charla does not support. Tell the server's administrator.</source>
        <translation>Der Server verlangt eine Anmeldeerweiterung, die Charla nicht unterstützt. Informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server's login challenge does not continue the one Charla started. This can mean someone is tampering with the connection.</source>
        <translation>Die Anmelde-Challenge des Servers setzt nicht die von Charla begonnene fort. Das kann bedeuten, dass jemand die Verbindung manipuliert.</translation>
    </message>
    <message>
        <source>The server asked for %1 password hashing rounds; Charla accepts %2 to %3. This can mean a misconfigured server or someone tampering with the connection.</source>
        <translation>Der Server hat %1 Hash-Runden für das Passwort verlangt; Charla akzeptiert %2 bis %3. Das kann auf einen falsch konfigurierten Server oder eine manipulierte Verbindung hindeuten.</translation>
    </message>
    <message>
        <source>Charla could not compute the login proof. This is a bug in Charla.</source>
        <translation>Charla konnte den Anmeldenachweis nicht berechnen. Das ist ein Fehler in Charla.</translation>
    </message>
    <message>
        <source>The server rejected the password (%1). Check the password and try again.</source>
        <translation>Der Server hat das Passwort abgelehnt (%1). Prüfe das Passwort und versuche es erneut.</translation>
    </message>
    <message>
        <source>The server does not know this account (%1). Check the address.</source>
        <translation>Der Server kennt dieses Konto nicht (%1). Prüfe die Adresse.</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>Der Server hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>Der Server konnte nicht nachweisen, dass er dein Passwort kennt, daher hat Charla sich nicht angemeldet. Das kann bedeuten, dass sich jemand als der Server ausgibt.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows your password, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne nachzuweisen, dass er dein Passwort kennt, daher hat Charla sich nicht angemeldet. Das kann bedeuten, dass sich jemand als der Server ausgibt.</translation>
    </message>
    <message>
        <source>The server reported a successful login before the exchange was complete, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>Der Server hat eine erfolgreiche Anmeldung gemeldet, bevor der Austausch abgeschlossen war, daher hat Charla sich nicht angemeldet. Das kann bedeuten, dass sich jemand als der Server ausgibt.</translation>
    </message>
</context>
<context>
    <name>charla::SearchPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Keine Nachrichten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n Nachricht gefunden.</numerusform>
            <numerusform>%n Nachrichten gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::ServerInfoWindow</name>
    <message>
        <source>Server information: %1</source>
        <translation>Serverinformationen: %1</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Serverinformationen</translation>
    </message>
    <message>
        <source>Requirements of the XMPP Compliance Suites 2023 (XEP-0479) for servers, as far as a client can see them.</source>
        <translation>Anforderungen der XMPP Compliance Suites 2023 (XEP-0479) an Server, soweit ein Client sie sehen kann.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Spezifikationen</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt …</translation>
    </message>
    <message>
        <source>Software: %1 %2</source>
        <translation>Software: %1 %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> unter %1</translation>
    </message>
    <message>
        <source>Software: not told</source>
        <translation>Software: nicht angegeben</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Uptime: not told</source>
        <translation>Laufzeit: nicht angegeben</translation>
    </message>
    <message>
        <source>Contact addresses (XEP-0157): none published</source>
        <translation>Kontaktadressen (XEP-0157): keine veröffentlicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ fehlt</translation>
    </message>
    <message>
        <source>? not visible</source>
        <translation>? nicht sichtbar</translation>
    </message>
    <message>
        <source>✓ as far as seen</source>
        <translation>✓ soweit sichtbar</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) missing</source>
        <translation>
            <numerusform>%n Anforderung fehlt</numerusform>
            <numerusform>%n Anforderungen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 met, %2 missing, %3 not visible</source>
        <translation>%1 erfüllt, %2 fehlen, %3 nicht sichtbar</translation>
    </message>
</context>
<context>
    <name>charla::ServerProbe</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Missbrauch</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
</context>
<context>
    <name>charla::ServiceActions</name>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
    <message>
        <source>Service &amp;discovery…</source>
        <translation>&amp;Diensterkennung …</translation>
    </message>
    <message>
        <source>Run &amp;command…</source>
        <translation>&amp;Befehl ausführen …</translation>
    </message>
    <message>
        <source>Server &amp;information</source>
        <translation>Server&amp;informationen</translation>
    </message>
    <message>
        <source>&amp;Gateways…</source>
        <translation>&amp;Gateways …</translation>
    </message>
    <message>
        <source>&amp;XML console</source>
        <translation>&amp;XML-Konsole</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern …</translation>
    </message>
    <message>
        <source>De&amp;lete account from server…</source>
        <translation>Konto vom Server &amp;löschen …</translation>
    </message>
    <message>
        <source>Service discovery: %1</source>
        <translation>Diensterkennung: %1</translation>
    </message>
    <message>
        <source>Join a room</source>
        <translation>Einem Raum beitreten</translation>
    </message>
    <message>
        <source>Room on %1:</source>
        <translation>Raum auf %1:</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <source>Publish-su&amp;bscribe…</source>
        <translation>&amp;Veröffentlichen/Abonnieren…</translation>
    </message>
</context>
<context>
    <name>charla::ServiceRegisterDialog</name>
    <message>
        <source>Register with %1</source>
        <translation>Bei %1 registrieren</translation>
    </message>
    <message>
        <source>&amp;Unregister…</source>
        <translation>Registrierung &amp;aufheben …</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Registrierung aufheben</translation>
    </message>
    <message>
        <source>Unregister from %1? A gateway then also removes its contacts from your contact list.</source>
        <translation>Registrierung bei %1 aufheben? Ein Gateway entfernt dann auch seine Kontakte aus deiner Kontaktliste.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Asking %1 for its registration form…</source>
        <translation>%1 wird nach seinem Registrierungsformular gefragt …</translation>
    </message>
    <message>
        <source>This account is registered with %1; you can change the details or unregister.</source>
        <translation>Dieses Konto ist bei %1 registriert; du kannst die Angaben ändern oder die Registrierung aufheben.</translation>
    </message>
    <message>
        <source>%1 registers on its web page: %2</source>
        <translation>Die Registrierung bei %1 erfolgt auf seiner Webseite: %2</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Wird registriert …</translation>
    </message>
    <message>
        <source>Registered with %1.</source>
        <translation>Bei %1 registriert.</translation>
    </message>
    <message>
        <source>Unregistering…</source>
        <translation>Registrierung wird aufgehoben …</translation>
    </message>
    <message>
        <source>No longer registered with %1.</source>
        <translation>Nicht mehr bei %1 registriert.</translation>
    </message>
</context>
<context>
    <name>charla::ServiceRegistration</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>%1 sent no registration form.</source>
        <translation>%1 hat kein Registrierungsformular gesendet.</translation>
    </message>
    <message>
        <source>%1 already has a registration with these details.</source>
        <translation>%1 hat bereits eine Registrierung mit diesen Angaben.</translation>
    </message>
    <message>
        <source>%1 did not accept the form: check the fields and try again.</source>
        <translation>%1 hat das Formular nicht angenommen: Prüfe die Felder und versuche es erneut.</translation>
    </message>
    <message>
        <source>%1 does not allow this account to register.</source>
        <translation>%1 erlaubt diesem Konto keine Registrierung.</translation>
    </message>
    <message>
        <source>%1 does not offer registration.</source>
        <translation>%1 bietet keine Registrierung an.</translation>
    </message>
    <message>
        <source>This account is not registered with %1.</source>
        <translation>Dieses Konto ist nicht bei %1 registriert.</translation>
    </message>
</context>
<context>
    <name>charla::ServiceText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::Session</name>
    <message>
        <source>The server %1 did not answer in time while connecting.</source>
        <translation>Der Server %1 hat beim Verbindungsaufbau nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>Could not find a server for %1.</source>
        <translation>Für %1 wurde kein Server gefunden.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the %2 proxy %3: %4</source>
        <translation>Verbindung zu %1 über den %2-Proxy %3 nicht möglich: %4</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>The server sent data Charla cannot accept (%1); the connection was closed.</source>
        <translation>Der Server hat Daten gesendet, die Charla nicht annehmen kann (%1); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>Der Server %1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server's certificate changed since you last connected to %1. This can mean someone is intercepting the connection; Charla did not send your password.</source>
        <translation>Das Zertifikat des Servers hat sich seit deiner letzten Verbindung zu %1 geändert. Das kann bedeuten, dass jemand die Verbindung abfängt; Charla hat dein Passwort nicht gesendet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Check its fingerprint before trusting it: %2</source>
        <translation>Das Zertifikat von %1 ist von keiner Stelle signiert, der dieser Computer vertraut. Prüfe seinen Fingerabdruck, bevor du ihm vertraust: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2</source>
        <translation>Das Zertifikat von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: %2</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The server %1 refused to start encryption.</source>
        <translation>Der Server %1 hat die Verschlüsselung verweigert.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS), so Charla did not create an account there.</source>
        <translation>Der Server %1 bietet keine Verschlüsselung (STARTTLS) an, daher hat Charla dort kein Konto angelegt.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS), so Charla did not send your password.</source>
        <translation>Der Server %1 bietet keine Verschlüsselung (STARTTLS) an, daher hat Charla dein Passwort nicht gesendet.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login message.</source>
        <translation>Der Server hat eine unerwartete Anmeldenachricht gesendet.</translation>
    </message>
    <message>
        <source>The server refused to bind a resource (%1).</source>
        <translation>Der Server hat das Binden einer Ressource verweigert (%1).</translation>
    </message>
    <message>
        <source>The server refused to start the session.</source>
        <translation>Der Server hat den Start der Sitzung verweigert.</translation>
    </message>
    <message>
        <source>Another client logged in with the same resource as %1, so the server closed this connection.</source>
        <translation>Ein anderer Client hat sich mit derselben Ressource wie %1 angemeldet, daher hat der Server diese Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server asked Charla to connect to %1 instead.</source>
        <translation>Der Server hat Charla gebeten, sich stattdessen mit %1 zu verbinden.</translation>
    </message>
    <message>
        <source>The server %1 is shutting down.</source>
        <translation>Der Server %1 wird heruntergefahren.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection (%2).</source>
        <translation>Der Server %1 hat die Verbindung geschlossen (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>This is not well-formed XML: %1</source>
        <translation>Das ist kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>The server acknowledged more messages than Charla sent.</source>
        <translation>Der Server hat mehr Nachrichten bestätigt, als Charla gesendet hat.</translation>
    </message>
    <message>
        <source>The server acknowledged more messages than Charla sent; the connection was closed.</source>
        <translation>Der Server hat mehr Nachrichten bestätigt, als Charla gesendet hat; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Falsches Passwort für %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled on its server.</source>
        <translation>Das Konto %1 ist auf seinem Server deaktiviert.</translation>
    </message>
    <message>
        <source>The password for %1 has expired. Change it with another client or ask the server's administrator.</source>
        <translation>Das Passwort für %1 ist abgelaufen. Ändere es mit einem anderen Client oder wende dich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server could not check the password for %1 right now. Try again later.</source>
        <translation>Der Server konnte das Passwort für %1 gerade nicht prüfen. Versuche es später erneut.</translation>
    </message>
    <message>
        <source>The server requires stronger encryption to log in as %1.</source>
        <translation>Der Server verlangt für die Anmeldung als %1 eine stärkere Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server refused the login method for %1.</source>
        <translation>Der Server hat die Anmeldemethode für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused to log in %1 (%2).</source>
        <translation>Der Server hat die Anmeldung von %1 verweigert (%2).</translation>
    </message>
    <message>
        <source>Could not reach the %1 proxy %2 (%3). Check that the proxy is running and the account's proxy settings.</source>
        <translation>Der %1-Proxy %2 ist nicht erreichbar (%3). Prüfe, ob der Proxy läuft, und die Proxy-Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>The %1 proxy %2 asks for a password, which Charla cannot give to proxies yet. Use a proxy that needs none.</source>
        <translation>Der %1-Proxy %2 verlangt ein Passwort, das Charla Proxys noch nicht übergeben kann. Verwende einen Proxy, der keines braucht.</translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not relay the connection to %3 (%4). Check the account's proxy settings.</source>
        <translation>Der %1-Proxy %2 hat die Verbindung zu %3 nicht weitergeleitet (%4). Prüfe die Proxy-Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
</context>
<context>
    <name>charla::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privatsphäre</translation>
    </message>
    <message>
        <source>A&amp;way</source>
        <translation>&amp;Abwesenheit</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>Verbindun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Message text size</source>
        <translation>Textgröße der Nachrichten</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source>Message &amp;text size:</source>
        <translation>&amp;Textgröße der Nachrichten:</translation>
    </message>
    <message>
        <source>Message layout</source>
        <translation>Nachrichtenlayout</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Großzügig</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Message &amp;layout:</source>
        <translation>Nachrichten&amp;layout:</translation>
    </message>
    <message>
        <source>High-contrast and other system colour schemes are followed with “Follow the system”.</source>
        <translation>Mit „Wie das System“ werden hoher Kontrast und andere Farbschemata des Systems übernommen.</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>&amp;Benachrichtigungen für neue Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>A desktop notification when a message arrives in a chat you are not looking at.</source>
        <translation>Eine Desktop-Benachrichtigung, wenn eine Nachricht in einem Chat ankommt, den du gerade nicht ansiehst.</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>No notification pops up; unread counts still grow.</source>
        <translation>Es erscheinen keine Benachrichtigungen; die Zähler ungelesener Nachrichten steigen weiter.</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Nachrichten&amp;text in Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Off, a notification only says who wrote.</source>
        <translation>Wenn aus, nennt eine Benachrichtigung nur, wer geschrieben hat.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Only where the desktop has a tray; otherwise closing quits.</source>
        <translation>Nur wenn die Arbeitsumgebung einen Infobereich hat; sonst beendet das Schließen Charla.</translation>
    </message>
    <message>
        <source>What Charla tells the people you write to:</source>
        <translation>Was Charla den Personen mitteilt, denen du schreibst:</translation>
    </message>
    <message>
        <source>Send &amp;typing notifications</source>
        <translation>&amp;Tippbenachrichtigungen senden</translation>
    </message>
    <message>
        <source>Others see when you are typing a message to them.</source>
        <translation>Andere sehen, wenn du ihnen gerade eine Nachricht schreibst.</translation>
    </message>
    <message>
        <source>Send &amp;read markers</source>
        <translation>&amp;Lesebestätigungen senden</translation>
    </message>
    <message>
        <source>Others see when you have read their messages.</source>
        <translation>Andere sehen, wann du ihre Nachrichten gelesen hast.</translation>
    </message>
    <message>
        <source>Send &amp;idle time</source>
        <translation>&amp;Inaktivitätszeit senden</translation>
    </message>
    <message>
        <source>When you are away, contacts see since when.</source>
        <translation>Wenn du abwesend bist, sehen Kontakte, seit wann.</translation>
    </message>
    <message>
        <source>Fetch &amp;link previews</source>
        <translation>&amp;Linkvorschauen laden</translation>
    </message>
    <message>
        <source>Fetching a preview tells the linked site your address. Off by default.</source>
        <translation>Das Laden einer Vorschau verrät der verlinkten Seite deine Adresse. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Set my status &amp;automatically when I am not at the computer</source>
        <translation>Meinen Status &amp;automatisch setzen, wenn ich nicht am Computer bin</translation>
    </message>
    <message>
        <source>Available accounts become Away, then Away for a while; your status comes back when you return.</source>
        <translation>Verfügbare Konten werden erst abwesend, dann länger abwesend; dein Status kehrt zurück, wenn du wieder da bist.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Away after minutes</source>
        <translation>Abwesend nach Minuten</translation>
    </message>
    <message>
        <source>A&amp;way after:</source>
        <translation>A&amp;bwesend nach:</translation>
    </message>
    <message>
        <source>Away for a while after minutes</source>
        <translation>Länger abwesend nach Minuten</translation>
    </message>
    <message>
        <source>Away for a &amp;while after:</source>
        <translation>&amp;Länger abwesend nach:</translation>
    </message>
    <message>
        <source>Keep history</source>
        <translation>Verlauf aufbewahren</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep messages on this computer:</source>
        <translation>Nachrichten auf diesem Computer &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>Older messages are deleted from this computer when Charla starts and once a day. Copies on the server (its archive) are not touched.</source>
        <translation>Ältere Nachrichten werden beim Start von Charla und einmal täglich von diesem Computer gelöscht. Kopien auf dem Server (in seinem Archiv) bleiben unberührt.</translation>
    </message>
    <message>
        <source>Accounts and their proxies</source>
        <translation>Konten und ihre Proxys</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation>Konto&amp;einstellungen …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Check spelling while typing</source>
        <translation>Rechtschreibung beim Tippen &amp;prüfen</translation>
    </message>
    <message>
        <source>Misspelled words are underlined in the message field.</source>
        <translation>Falsch geschriebene Wörter werden im Nachrichtenfeld unterstrichen.</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Each chat remembers a language chosen in its message field.</source>
        <translation>Jeder Chat merkt sich die in seinem Nachrichtenfeld gewählte Sprache.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New accounts connect through this proxy:</source>
        <translation>Neue Konten verbinden sich über diesen Proxy:</translation>
    </message>
    <message>
        <source>Each account keeps a proxy of its own. Change it in the account's settings.</source>
        <translation>Jedes Konto behält seinen eigenen Proxy. Ändere ihn in den Einstellungen des Kontos.</translation>
    </message>
</context>
<context>
    <name>charla::SingleInstance</name>
    <message>
        <source>Charla is already running with this profile.</source>
        <translation>Charla läuft bereits mit diesem Profil.</translation>
    </message>
</context>
<context>
    <name>charla::StatusMenu</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set status message…</source>
        <translation>Statusnachricht festlegen …</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Gesprächsbereit</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindet …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Status message: %1</source>
        <translation>Statusnachricht: %1</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>alle Konten</translation>
    </message>
</context>
<context>
    <name>charla::StatusMessageDialog</name>
    <message>
        <source>Status message</source>
        <translation>Statusnachricht</translation>
    </message>
    <message>
        <source>Status message for %1:</source>
        <translation>Statusnachricht für %1:</translation>
    </message>
    <message>
        <source>What are you up to?</source>
        <translation>Was machst du gerade?</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>When you are signed in from several devices, contacts' messages go to the one with the highest priority. A negative priority means this device never receives them unless they are sent to it directly.</source>
        <translation>Wenn du auf mehreren Geräten angemeldet bist, gehen Nachrichten von Kontakten an das Gerät mit der höchsten Priorität. Bei negativer Priorität erhält dieses Gerät sie nie, außer sie werden direkt an es gesendet.</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Recent messages:</source>
        <translation>Letzte Nachrichten:</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Letzte Nachrichten</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
</context>
<context>
    <name>charla::StatusSelector</name>
    <message>
        <source>Status of %1: %2</source>
        <translation>Status von %1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>charla::StreamParser</name>
    <message>
        <source>The server sent malformed XML ("]]&gt;" in text), so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat fehlerhaftes XML gesendet („]]&gt;“ im Text), daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent a document type declaration (DTD), which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat eine Dokumenttyp-Deklaration (DTD) gesendet, die XMPP verbietet, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent an XML comment, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat einen XML-Kommentar gesendet, den XMPP verbietet, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent an XML processing instruction, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat eine XML-Verarbeitungsanweisung gesendet, die XMPP verbietet, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent an XML entity reference, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat einen XML-Entity-Verweis gesendet, den XMPP verbietet, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent an XML markup declaration, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat eine XML-Markup-Deklaration gesendet, die XMPP verbietet, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat Text gesendet, der kein gültiges UTF-8 ist, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent text outside of any stanza, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat Text außerhalb jeder Stanza gesendet, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server declared a text encoding other than UTF-8, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat eine andere Textkodierung als UTF-8 angegeben, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent XML markup that XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat XML-Markup gesendet, das XMPP verbietet, daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent malformed XML (%1), so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Der Server hat fehlerhaftes XML gesendet (%1), daher wurde die Verbindung geschlossen. Wenn es weiterhin passiert, informiere die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server did not open an XMPP stream (wrong namespace), so the connection was closed. Check the server's address and port.</source>
        <translation>Der Server hat keinen XMPP-Stream geöffnet (falscher Namensraum), daher wurde die Verbindung geschlossen. Prüfe Adresse und Port des Servers.</translation>
    </message>
    <message>
        <source>The server did not open an XMPP stream, so the connection was closed. Check the server's address and port.</source>
        <translation>Der Server hat keinen XMPP-Stream geöffnet, daher wurde die Verbindung geschlossen. Prüfe Adresse und Port des Servers.</translation>
    </message>
    <message>
        <source>The server opened a stream with an unsupported content namespace, so the connection was closed. Check the server's address and port.</source>
        <translation>Der Server hat einen Stream mit einem nicht unterstützten Inhalts-Namensraum geöffnet, daher wurde die Verbindung geschlossen. Prüfe Adresse und Port des Servers.</translation>
    </message>
    <message>
        <source>The server sent a stanza nested more than %1 levels deep, so the connection was closed to protect memory.</source>
        <translation>Der Server hat eine Stanza mit mehr als %1 Verschachtelungsebenen gesendet, daher wurde die Verbindung zum Schutz des Speichers geschlossen.</translation>
    </message>
    <message>
        <source>The server sent a stanza larger than %1 bytes, so the connection was closed to protect memory.</source>
        <translation>Der Server hat eine Stanza mit mehr als %1 Byte gesendet, daher wurde die Verbindung zum Schutz des Speichers geschlossen.</translation>
    </message>
</context>
<context>
    <name>charla::SubscriptionNotices</name>
    <message>
        <source>Subscription requests</source>
        <translation>Kontaktanfragen</translation>
    </message>
    <message>
        <source>%1 (%2) wants to see when you are online</source>
        <translation>%1 (%2) möchte sehen, wann du online bist</translation>
    </message>
    <message>
        <source>%1 wants to see when you are online</source>
        <translation>%1 möchte sehen, wann du online bist</translation>
    </message>
    <message>
        <source>%1 (%2) wants to see when you are online on %3</source>
        <extracomment>%3 is the account (one of several) the request is for</extracomment>
        <translation>%1 (%2) möchte sehen, wann du mit %3 online bist</translation>
    </message>
    <message>
        <source>%1 wants to see when you are online on %2</source>
        <translation>%1 möchte sehen, wann du mit %2 online bist</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Allow %1 to see when you are online</source>
        <translation>%1 erlauben zu sehen, wann du online bist</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%n more request(s) after these</source>
        <translation>
            <numerusform>%n weitere Anfrage nach diesen</numerusform>
            <numerusform>%n weitere Anfragen nach diesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::TrayIcon</name>
    <message>
        <source>Show Charla</source>
        <translation>Charla anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Hide Charla</source>
        <translation>Charla ausblenden</translation>
    </message>
    <message>
        <source>Charla: %1</source>
        <translation>Charla: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::UploadFeature</name>
    <message>
        <source>The upload service gave an address that is not valid.</source>
        <translation>Der Upload-Dienst hat eine ungültige Adresse geliefert.</translation>
    </message>
    <message>
        <source>The upload service gave an address without encryption (not https), so Charla did not upload the file. Ask the server's administrator to serve uploads over HTTPS.</source>
        <translation>Der Upload-Dienst hat eine unverschlüsselte Adresse (kein https) geliefert, daher hat Charla die Datei nicht hochgeladen. Bitte die Administration des Servers, Uploads über HTTPS anzubieten.</translation>
    </message>
</context>
<context>
    <name>charla::UploadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>%1 wird gesendet</translation>
    </message>
</context>
<context>
    <name>charla::WelcomeScreen</name>
    <message>
        <source>Charla</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>Welcome to Charla</source>
        <translation>Willkommen bei Charla</translation>
    </message>
    <message>
        <source>Charla talks to people through XMPP (Jabber), an open network of independent servers. Sign in with the account you have, or create one on a server you choose.</source>
        <translation>Charla verbindet dich über XMPP (Jabber) mit anderen, einem offenen Netz unabhängiger Server. Melde dich mit deinem Konto an oder lege eines auf einem Server deiner Wahl an.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Add the XMPP account you already have.</source>
        <translation>Das XMPP-Konto hinzufügen, das du bereits hast.</translation>
    </message>
    <message>
        <source>C&amp;reate an account</source>
        <translation>Konto a&amp;nlegen</translation>
    </message>
    <message>
        <source>Create a new account on a public server.</source>
        <translation>Ein neues Konto auf einem öffentlichen Server anlegen.</translation>
    </message>
</context>
<context>
    <name>charla::XmlConsole</name>
    <message>
        <source>XML console: %1</source>
        <translation>XML-Konsole: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>IQ</source>
        <translation>IQ</translation>
    </message>
    <message>
        <source>Stream</source>
        <extracomment>XML console filter: stream-level elements (the XMPP stream, not a video)</extracomment>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Acks</source>
        <extracomment>XML console filter: stream management acknowledgements (XEP-0198)</extracomment>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>XML console filter: SASL authentication exchange (a noun)</extracomment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Filter by JID</source>
        <translation>Nach JID filtern</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Placeholder of the XML console's search box.</extracomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stops updating the view; the stream is still recorded and shown on resume.</source>
        <translation>Hält die Aktualisierung der Ansicht an; der Stream wird weiter aufgezeichnet und beim Fortsetzen angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Raw XML to send, e.g. &lt;iq type='get' id='1'&gt;&lt;ping xmlns='urn:xmpp:ping'/&gt;&lt;/iq&gt;</source>
        <translation>Zu sendendes rohes XML, z. B. &lt;iq type='get' id='1'&gt;&lt;ping xmlns='urn:xmpp:ping'/&gt;&lt;/iq&gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>received</source>
        <extracomment>XML console: after the time, an element that came from the server</extracomment>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <extracomment>XML console: after the time, an element Charla sent</extracomment>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>Type an XML element to send.</source>
        <translation>Gib ein zu sendendes XML-Element ein.</translation>
    </message>
    <message>
        <source>Not sent: this is not well-formed XML (%1).</source>
        <translation>Nicht gesendet: Das ist kein wohlgeformtes XML (%1).</translation>
    </message>
    <message>
        <source>Not sent: the account is not connected.</source>
        <translation>Nicht gesendet: Das Konto ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>charla::XmppUri</name>
    <message>
        <source>The xmpp: link is too long.</source>
        <translation>Der xmpp:-Link ist zu lang.</translation>
    </message>
    <message>
        <source>This is not an xmpp: link.</source>
        <translation>Das ist kein xmpp:-Link.</translation>
    </message>
    <message>
        <source>The xmpp: link names an account but no address.</source>
        <translation>Der xmpp:-Link nennt ein Konto, aber keine Adresse.</translation>
    </message>
    <message>
        <source>The account in the xmpp: link is not valid: %1</source>
        <translation>Das Konto im xmpp:-Link ist ungültig: %1</translation>
    </message>
    <message>
        <source>The xmpp: link has no address.</source>
        <translation>Der xmpp:-Link enthält keine Adresse.</translation>
    </message>
    <message>
        <source>The address in the xmpp: link is not valid: %1</source>
        <translation>Die Adresse im xmpp:-Link ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>charla::XmppUriDialog</name>
    <message>
        <source>xmpp: Link</source>
        <translation>xmpp:-Link</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
</context>
<context>
    <name>charla::XmppUriHandler</name>
    <message>
        <source>xmpp: Link</source>
        <translation>xmpp:-Link</translation>
    </message>
    <message>
        <source>Add an account first: the link to %1 needs one to act with.</source>
        <translation>Füge zuerst ein Konto hinzu: Der Link zu %1 braucht eines, um ausgeführt zu werden.</translation>
    </message>
    <message>
        <source>The link is meant for the account %1, which is not set up here.</source>
        <translation>Der Link ist für das Konto %1 bestimmt, das hier nicht eingerichtet ist.</translation>
    </message>
    <message>
        <source>Creating accounts from links is not available here.</source>
        <translation>Konten lassen sich hier nicht über Links anlegen.</translation>
    </message>
    <message>
        <source>Open a chat with %1?</source>
        <translation>Einen Chat mit %1 öffnen?</translation>
    </message>
    <message>
        <source>Open Chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <source>A chat with %1 opens for %2. Nothing is sent until you send it.</source>
        <translation>Für %2 öffnet sich ein Chat mit %1. Es wird nichts gesendet, bevor du es sendest.</translation>
    </message>
    <message>
        <source>The chat with %1 cannot be opened for %2.</source>
        <translation>Der Chat mit %1 kann für %2 nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Ask to see when they are online</source>
        <translation>Darum bitten, zu sehen, wann die Person online ist</translation>
    </message>
    <message>
        <source>Add %1 to your contacts?</source>
        <translation>%1 zu deinen Kontakten hinzufügen?</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>%1 is added to the contacts of %2 as “%3”.</source>
        <translation>%1 wird als „%3“ zu den Kontakten von %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is added to the contacts of %2 as “%3” in the group “%4”.</source>
        <translation>%1 wird als „%3“ in der Gruppe „%4“ zu den Kontakten von %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>They are asked to let you see when they are online.</source>
        <translation>Die Person wird gebeten, dich sehen zu lassen, wann sie online ist.</translation>
    </message>
    <message>
        <source>%1 cannot add contacts now.</source>
        <translation>%1 kann gerade keine Kontakte hinzufügen.</translation>
    </message>
    <message>
        <source>Ask to see when %1 is online?</source>
        <translation>Darum bitten, zu sehen, wann %1 online ist?</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>%1 sends %2 a request to see their online status; they may accept or decline.</source>
        <translation>%1 sendet %2 eine Anfrage, den Online-Status sehen zu dürfen; die Person kann annehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>Stop seeing when %1 is online?</source>
        <translation>Nicht mehr sehen, wann %1 online ist?</translation>
    </message>
    <message>
        <source>Stop Seeing Status</source>
        <translation>Status nicht mehr sehen</translation>
    </message>
    <message>
        <source>%1 tells %2 that it no longer wants to see their online status. The contact stays in the list.</source>
        <translation>%1 teilt %2 mit, den Online-Status nicht mehr sehen zu wollen. Der Kontakt bleibt in der Liste.</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>%1 aus deinen Kontakten entfernen?</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>%1 is removed from the contacts of %2; neither of you sees the other's online status any more.</source>
        <translation>%1 wird aus den Kontakten von %2 entfernt; ihr seht gegenseitig euren Online-Status nicht mehr.</translation>
    </message>
    <message>
        <source>%1 cannot do that now.</source>
        <translation>%1 kann das gerade nicht tun.</translation>
    </message>
    <message>
        <source>Run a command offered by %1?</source>
        <translation>Einen von %1 angebotenen Befehl ausführen?</translation>
    </message>
    <message>
        <source>Run Command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>The link names no command to run.</source>
        <translation>Der Link nennt keinen auszuführenden Befehl.</translation>
    </message>
    <message>
        <source>%1 asks %2 to start the command “%3”. Each step is shown to you before anything is submitted.</source>
        <translation>%1 bittet %2, den Befehl „%3“ zu starten. Jeder Schritt wird dir gezeigt, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>%1 cannot run commands now.</source>
        <translation>%1 kann gerade keine Befehle ausführen.</translation>
    </message>
    <message>
        <source>Group chats are not available here.</source>
        <translation>Gruppenchats sind hier nicht verfügbar.</translation>
    </message>
</context>
</TS>
