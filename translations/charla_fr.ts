<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>charla</name>
    <message>
        <source>Charla, a desktop XMPP (Jabber) client.</source>
        <translation>Charla, un client XMPP (Jabber) pour le bureau.</translation>
    </message>
    <message>
        <source>Keep settings, history and keychain entries under DIR.</source>
        <translation>Conserver les paramètres, l’historique et les entrées du trousseau dans DOSSIER.</translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>--help: placeholder for a folder name, in capitals like the other placeholders.</extracomment>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>An xmpp: address to open.</source>
        <translation>Une adresse xmpp: à ouvrir.</translation>
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
        <translation>Conserver les paramètres, l’historique et les entrées du trousseau dans DOSSIER.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Use the account JID stored in --profile.</source>
        <translation>Utiliser le compte JID enregistré dans --profile.</translation>
    </message>
    <message>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <source>Log in as JID.</source>
        <translation>Se connecter en tant que JID.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation>Lire le mot de passe sur la première ligne de FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Connect to HOST instead of looking up DNS SRV records.</source>
        <translation>Se connecter à HÔTE au lieu de consulter les enregistrements DNS SRV.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>Connect to PORT.</source>
        <translation>Se connecter au PORT.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Use TLS from the first byte (XEP-0368) instead of STARTTLS.</source>
        <translation>Utiliser TLS dès le premier octet (XEP-0368) au lieu de STARTTLS.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM.</source>
        <translation>Faire aussi confiance aux certificats d’autorité contenus dans PEM.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Ask for resource R.</source>
        <translation>Demander la ressource R.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Connect through a proxy: socks5://HOST:PORT, http://HOST:PORT (HTTP CONNECT), system (the system's proxy) or none (the default).</source>
        <translation>Se connecter via un proxy : socks5://HÔTE:PORT, http://HÔTE:PORT (HTTP CONNECT), system (le proxy du système) ou none (par défaut).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>listen, presence, muc join: stop after N seconds.</source>
        <translation>listen, presence, muc join : s’arrêter après N secondes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give up after N seconds without an answer (default 30).</source>
        <translation>Abandonner après N secondes sans réponse (30 par défaut).</translation>
    </message>
    <message>
        <source>roster: print what the login transferred (JSON on stderr).</source>
        <translation>roster : afficher ce que la connexion a transféré (JSON sur stderr).</translation>
    </message>
    <message>
        <source>history, search: at most N messages (default 50).</source>
        <translation>history, search : au plus N messages (50 par défaut).</translation>
    </message>
    <message>
        <source>send: exit only once the recipient confirms delivery (XEP-0184 receipt); exit code 5 when no receipt comes in time.</source>
        <translation>send : ne quitter qu’une fois la remise confirmée par le destinataire (accusé XEP-0184) ; code de sortie 5 si aucun accusé n’arrive à temps.</translation>
    </message>
    <message>
        <source>history: print the local store without asking the server's archive first.</source>
        <translation>history : afficher l’historique local sans interroger d’abord l’archive du serveur.</translation>
    </message>
    <message>
        <source>command: answer the form field VAR with VALUE (repeat for several values or fields).</source>
        <translation>command : répondre VALEUR au champ VAR du formulaire (répéter pour plusieurs valeurs ou champs).</translation>
    </message>
    <message>
        <source>var=value</source>
        <translation>var=valeur</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port attend un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>--seconds needs a whole number of seconds.</source>
        <translation>--seconds attend un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0.</source>
        <translation>--limit attend un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout attend un nombre entier de secondes.</translation>
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
        <translation>Le client XMPP en console de Charla.

Commandes :
  check                 se connecter, afficher les détails de la connexion en JSON
  send JID TEXTE        envoyer un message ; quitter dès que le serveur l’a reçu
  listen [--seconds N]  afficher les messages entrants en lignes JSON
  xml                   console XML : afficher le flux, envoyer les stanzas lues sur stdin
  roster                afficher la liste de contacts en JSON
  presence SHOW [STATUT] [--seconds N]
                        être online|chat|away|xa|dnd et afficher la présence des contacts
  muc join SALON PSEUDO [--seconds N]
                        rejoindre un salon, afficher ses messages en lignes JSON
  muc send SALON TEXTE  écrire dans un salon ; quitter dès que le salon l’a reçu
  disco JID [NŒUD]      ce qu’est JID (ou son NŒUD) et ce qu’il propose, en JSON
  command JID NŒUD [--field var=valeur]...
                        exécuter une commande ad hoc ; demande chaque champ dans le terminal
  pubsub JID NŒUD [--limit N]
                        les éléments d’un nœud pubsub (ou PEP) en lignes JSON
  register JID [--field var=valeur]...
                        s’inscrire auprès d’un service ou d’une passerelle ; demande dans le terminal
  account add JID       enregistrer un compte dans --profile (mot de passe dans le trousseau)
  history JID [--limit N]
                        les N messages les plus récents avec JID dans l’historique local
  search TEXTE [--limit N]
                        chercher dans l’historique local, du plus récent au plus ancien (lignes JSON)

Codes de sortie : 0 succès, 1 utilisation, 2 connexion ou TLS, 3 authentification, 4 erreur distante.</translation>
    </message>
    <message>
        <source>muc: the room's password, read from the first line of FILE.</source>
        <translation>muc : le mot de passe du salon, lu sur la première ligne de FICHIER.</translation>
    </message>
</context>
<context>
    <name>charla::Account</name>
    <message>
        <source>%1: online</source>
        <translation>%1 : en ligne</translation>
    </message>
    <message numerus="yes">
        <source>%1: connection lost, trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1 : connexion perdue, nouvel essai dans %n seconde…</numerusform>
            <numerusform>%1 : connexion perdue, nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1 : hors ligne</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1 : désactivé</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1 : connexion…</translation>
    </message>
    <message>
        <source>The server asks for more than a new password to change it. Change it on the server's web page instead.</source>
        <translation>Le serveur demande plus qu’un nouveau mot de passe pour le changer. Changez-le plutôt sur la page web du serveur.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
        <source>The password of %1 is changed on the server. %2</source>
        <translation>Le mot de passe de %1 a été changé sur le serveur. %2</translation>
    </message>
</context>
<context>
    <name>charla::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;XML console</source>
        <translation>Console &amp;XML</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>charla::AccountDatabase</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>La base de données %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Charla. Update Charla to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Charla. Mettez Charla à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to version %2: %3</source>
        <translation>Impossible de mettre à jour la base de données %1 vers la version %2 : %3</translation>
    </message>
    <message>
        <source>The database %1 cannot be read right now: %2</source>
        <translation>La base de données %1 ne peut pas être lue pour l’instant : %2</translation>
    </message>
    <message>
        <source>The saved messages and contacts of this account were damaged and could not be read. The damaged file was moved to %1 and a new, empty one was started. Messages still kept by the server will be fetched again.</source>
        <translation>Les messages et contacts enregistrés de ce compte étaient endommagés et illisibles. Le fichier endommagé a été déplacé vers %1 et un nouveau fichier vide a été créé. Les messages encore conservés par le serveur seront récupérés de nouveau.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and could not be moved aside.</source>
        <translation>La base de données %1 est endommagée et n’a pas pu être mise de côté.</translation>
    </message>
</context>
<context>
    <name>charla::AccountManager</name>
    <message>
        <source>"%1" is not an address such as name@example.org.</source>
        <translation>« %1 » n’est pas une adresse comme nom@example.org.</translation>
    </message>
    <message>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 fait déjà partie de vos comptes.</translation>
    </message>
    <message>
        <source>The history of %1 could not be deleted: %2</source>
        <translation>L’historique de %1 n’a pas pu être supprimé : %2</translation>
    </message>
</context>
<context>
    <name>charla::AccountSettingsDialog</name>
    <message>
        <source>Account settings: %1</source>
        <translation>Paramètres du compte : %1</translation>
    </message>
    <message>
        <source>&amp;Use this account (connect when Charla starts)</source>
        <translation>&amp;Utiliser ce compte (se connecter au démarrage de Charla)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Chosen by the server</source>
        <translation>Choisie par le serveur</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>R&amp;essource :</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;iorité :</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>Contacts &amp;bloqués…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>Blocked contacts and the password can be changed while the account is online.</source>
        <translation>Les contacts bloqués et le mot de passe peuvent être modifiés quand le compte est en ligne.</translation>
    </message>
    <message>
        <source>The resource cannot contain “/”.</source>
        <translation>La ressource ne peut pas contenir « / ».</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove %1 from Charla?</source>
        <translation>Supprimer %1 de Charla ?</translation>
    </message>
    <message>
        <source>Its settings and the password in your keychain are deleted. The account itself stays on its server: you can add it again later.</source>
        <translation>Ses paramètres et son mot de passe dans votre trousseau sont effacés. Le compte lui-même reste sur son serveur : vous pourrez l’ajouter de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Also delete the message history kept on this computer</source>
        <translation>Supprimer aussi l’historique des messages conservé sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>charla::AccountSetup</name>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Registration form field label (XEP-0077 &lt;date/&gt;).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Registration form field label (XEP-0077 &lt;text/&gt;: free text for the server).</extracomment>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Enter your address, such as name@example.org.</source>
        <translation>Saisissez votre adresse, par exemple nom@example.org.</translation>
    </message>
    <message>
        <source>"%1" is not an address such as name@example.org.</source>
        <translation>« %1 » n’est pas une adresse comme nom@example.org.</translation>
    </message>
    <message>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 fait déjà partie de vos comptes.</translation>
    </message>
    <message>
        <source>%1 does not let you create an account from Charla.</source>
        <translation>%1 ne permet pas de créer un compte depuis Charla.</translation>
    </message>
    <message>
        <source>The server says: "%1"</source>
        <translation>Le serveur indique : « %1 »</translation>
    </message>
    <message>
        <source>Its web page for new accounts: %1</source>
        <translation>Sa page web pour les nouveaux comptes : %1</translation>
    </message>
</context>
<context>
    <name>charla::AccountWizard</name>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Add an XMPP account</source>
        <translation>Ajouter un compte XMPP</translation>
    </message>
    <message>
        <source>Charla talks to people through XMPP (Jabber) accounts. Use an account you have, or create one on a server.</source>
        <translation>Charla vous met en relation avec les gens grâce aux comptes XMPP (Jabber). Utilisez un compte existant ou créez-en un sur un serveur.</translation>
    </message>
    <message>
        <source>I &amp;have an account</source>
        <translation>J’ai &amp;déjà un compte</translation>
    </message>
    <message>
        <source>You know its address (like name@example.org) and password.</source>
        <translation>Vous connaissez son adresse (comme nom@example.org) et son mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Créer un compte</translation>
    </message>
    <message>
        <source>On a server you choose, if it lets people sign up from a client.</source>
        <translation>Sur le serveur de votre choix, s’il permet de s’inscrire depuis un client.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The password is kept in your system's keychain, never in a file.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Connection settings (only if your server needs them)</source>
        <translation>Paramètres de connexion (seulement si votre serveur en a besoin)</translation>
    </message>
    <message>
        <source>Choose a server</source>
        <translation>Choisir un serveur</translation>
    </message>
    <message>
        <source>Your address will end with the server's name, as in name@example.org. Charla asks the server what it needs to know to create the account.</source>
        <translation>Votre adresse se terminera par le nom du serveur, comme dans nom@example.org. Charla demande au serveur ce qu’il lui faut pour créer le compte.</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Connection settings (only if the server needs them)</source>
        <translation>Paramètres de connexion (seulement si le serveur en a besoin)</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Créer votre compte</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Compte ajouté</translation>
    </message>
    <message>
        <source>Enter the password of your account.</source>
        <translation>Saisissez le mot de passe de votre compte.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
    <message>
        <source>Enter the name of a server, such as example.org.</source>
        <translation>Saisissez le nom d’un serveur, par exemple example.org.</translation>
    </message>
    <message>
        <source>Enter only the server's name (the part after the @).</source>
        <translation>Saisissez uniquement le nom du serveur (la partie après le @).</translation>
    </message>
    <message>
        <source>Asking %1 what it needs to create an account…</source>
        <translation>Demande à %1 de ce qu’il faut pour créer un compte…</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Certains champs sont à vérifier.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>Here is a new picture: type what it shows.</source>
        <translation>Voici une nouvelle image : tapez ce qu’elle montre.</translation>
    </message>
    <message>
        <source>Choose another username.</source>
        <translation>Choisissez un autre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Getting a new picture from the server…</source>
        <translation>Récupération d’une nouvelle image auprès du serveur…</translation>
    </message>
    <message>
        <source>%1 is added. Charla is connecting to it now; you will find your contacts in the main window.</source>
        <translation>%1 a été ajouté. Charla s’y connecte maintenant ; vous trouverez vos contacts dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>This time Charla uses the password you typed. %1</source>
        <translation>Cette fois, Charla utilise le mot de passe que vous avez saisi. %1</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server's certificate is not signed by an authority your system trusts. Trust it only if you know that this is the server's own certificate.</source>
        <translation>Le certificat du serveur n’est signé par aucune autorité approuvée par votre système. Ne lui faites confiance que si vous savez qu’il s’agit bien du certificat de ce serveur.</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
SHA-256 fingerprint:
%3</source>
        <translation>Délivré à : %1
Délivré par : %2
Empreinte SHA-256 :
%3</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Connecting again…</source>
        <translation>Nouvelle connexion…</translation>
    </message>
    <message>
        <source>The server's certificate was not trusted, so Charla did not connect.</source>
        <translation>Le certificat du serveur n’a pas été approuvé, Charla ne s’est donc pas connecté.</translation>
    </message>
    <message>
        <source>Or pick one of these public servers:</source>
        <translation>Ou choisissez l’un de ces serveurs publics :</translation>
    </message>
    <message>
        <source>Public servers</source>
        <translation>Serveurs publics</translation>
    </message>
    <message>
        <source>Choosing a server fills in its name; Charla contacts it only when you go on.</source>
        <translation>Choisir un serveur remplit son nom ; Charla ne le contacte que lorsque vous continuez.</translation>
    </message>
</context>
<context>
    <name>charla::AdHocCommands</name>
    <message>
        <source>%1 does not allow that step of the command here.</source>
        <translation>%1 n’autorise pas cette étape de la commande ici.</translation>
    </message>
    <message>
        <source>%1 no longer knows this run of the command (it expired). Start it again.</source>
        <translation>%1 ne connaît plus cette exécution de la commande (elle a expiré). Relancez-la.</translation>
    </message>
    <message>
        <source>%1 could not use the answers sent. Check the form and try again.</source>
        <translation>%1 n’a pas pu utiliser les réponses envoyées. Vérifiez le formulaire et réessayez.</translation>
    </message>
    <message>
        <source>%1 did not understand the step requested.</source>
        <translation>%1 n’a pas compris l’étape demandée.</translation>
    </message>
    <message>
        <source>%1 does not let this account run that command.</source>
        <translation>%1 n’autorise pas ce compte à exécuter cette commande.</translation>
    </message>
    <message>
        <source>%1 has no such command.</source>
        <translation>%1 ne propose pas cette commande.</translation>
    </message>
    <message>
        <source>%1 does not offer commands.</source>
        <translation>%1 ne propose pas de commandes.</translation>
    </message>
</context>
<context>
    <name>charla::AdHocSession</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>%1 answered for another run of the command.</source>
        <translation>%1 a répondu pour une autre exécution de la commande.</translation>
    </message>
</context>
<context>
    <name>charla::AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>Placeholder of an input field that may stay empty.</extracomment>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Contacts are added without the part after “/”: %1</source>
        <translation>Les contacts sont ajoutés sans la partie après « / » : %1</translation>
    </message>
    <message>
        <source>This is your own address.</source>
        <translation>C’est votre propre adresse.</translation>
    </message>
</context>
<context>
    <name>charla::ArchiveLoader</name>
    <message>
        <source>Loading older messages…</source>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <source>Start of the conversation</source>
        <translation>Début de la conversation</translation>
    </message>
</context>
<context>
    <name>charla::AttachmentCard</name>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Afficher l’aperçu</translation>
    </message>
</context>
<context>
    <name>charla::AttachmentFetcher</name>
    <message>
        <source>Charla downloads files only over a secure (https) connection, and this link is not one.</source>
        <translation>Charla ne télécharge des fichiers que par une connexion sécurisée (https), et ce lien n’en est pas une.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Impossible de créer %1 : %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1.</source>
        <translation>Impossible de télécharger le fichier : %1.</translation>
    </message>
</context>
<context>
    <name>charla::AvatarFeature</name>
    <message>
        <source>The picture is larger than %1 KiB. Choose a smaller picture.</source>
        <translation>L’image dépasse %1 Kio. Choisissez une image plus petite.</translation>
    </message>
</context>
<context>
    <name>charla::BlockedContactsDialog</name>
    <message>
        <source>Blocked Contacts</source>
        <translation>Contacts bloqués</translation>
    </message>
    <message>
        <source>Your server drops messages, status and requests from these addresses (%1).</source>
        <translation>Votre serveur ignore les messages, statuts et demandes venant de ces adresses (%1).</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Adresses bloquées</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>name@example.org or example.org</source>
        <translation>nom@example.org ou example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Adresse à bloquer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>Personne n’est bloqué.</translation>
    </message>
    <message>
        <source>The blocklist has not been read yet.</source>
        <translation>La liste de blocage n’a pas encore été lue.</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Ce n’est pas une adresse : %1</translation>
    </message>
    <message>
        <source>%1 could not be blocked: %2</source>
        <translation>Impossible de bloquer %1 : %2</translation>
    </message>
    <message>
        <source>Could not unblock: %1</source>
        <translation>Impossible de débloquer : %1</translation>
    </message>
</context>
<context>
    <name>charla::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Not valid yet: it becomes valid on %1.</source>
        <translation>Pas encore valide : il le deviendra le %1.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>Est-ce vraiment %1 ?</translation>
    </message>
    <message>
        <source>Charla could not confirm that it is talking to %1: the server's certificate is not signed by an authority this computer trusts. Small private servers often use such certificates, but someone intercepting the connection would show one too. Your password has not been sent.</source>
        <translation>Charla n’a pas pu confirmer qu’il communique bien avec %1 : le certificat du serveur n’est signé par aucune autorité approuvée par cet ordinateur. Les petits serveurs privés utilisent souvent de tels certificats, mais quelqu’un qui intercepterait la connexion en présenterait un aussi. Votre mot de passe n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms :</translation>
    </message>
    <message>
        <source>%1 (signed by itself)</source>
        <translation>%1 (auto-signé)</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Trust it only if this fingerprint matches the one the server's administrator gave you another way, such as in person or on their website. Charla will remember the certificate for %1 and stop with a warning if it ever changes.</source>
        <translation>Ne lui faites confiance que si cette empreinte correspond à celle que l’administrateur du serveur vous a donnée par un autre moyen, par exemple en personne ou sur son site web. Charla retiendra le certificat de %1 et s’arrêtera avec un avertissement s’il change un jour.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>charla::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>The new password for %1 is set on the server and saved in your keychain.</source>
        <translation>Le nouveau mot de passe de %1 est défini sur le serveur et enregistré dans votre trousseau.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmez-le :</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>%1 must be online to change its password.</source>
        <translation>%1 doit être en ligne pour changer son mot de passe.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>charla::ChatManager</name>
    <message>
        <source>Search &amp;messages…</source>
        <translation>Rechercher dans les &amp;messages…</translation>
    </message>
    <message>
        <source>Open chats in separate &amp;windows</source>
        <translation>Ouvrir les discussions dans des &amp;fenêtres séparées</translation>
    </message>
    <message>
        <source>Group chats are not available yet.</source>
        <translation>Les salons ne sont pas encore disponibles.</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Delete Local History</source>
        <translation>Supprimer l’historique local</translation>
    </message>
    <message>
        <source>Delete all messages with %1 from this computer? The server's archive and the other person keep their copies.</source>
        <translation>Supprimer de cet ordinateur tous les messages échangés avec %1 ? L’archive du serveur et l’autre personne conservent leurs copies.</translation>
    </message>
    <message>
        <source>The history could not be deleted.</source>
        <translation>Impossible de supprimer l’historique.</translation>
    </message>
    <message>
        <source>The history of this account is not available.</source>
        <translation>L’historique de ce compte n’est pas disponible.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Impossible de créer %1 : %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Conversation exported to %1.</source>
        <translation>Conversation exportée dans %1.</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nouveau message de %1</translation>
    </message>
</context>
<context>
    <name>charla::ChatTab</name>
    <message>
        <source>Delete Message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this message for everyone? Their apps may still keep a copy.</source>
        <translation>Supprimer ce message pour tout le monde ? Leurs applications peuvent en garder une copie.</translation>
    </message>
    <message>
        <source>This account cannot send files.</source>
        <translation>Ce compte ne peut pas envoyer de fichiers.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for sending.</source>
        <translation>L’image collée n’a pas pu être enregistrée pour l’envoi.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <source>%1 stopped typing.</source>
        <translation>%1 a arrêté d’écrire.</translation>
    </message>
    <message>
        <source>%1 closed the chat.</source>
        <translation>%1 a fermé la discussion.</translation>
    </message>
    <message>
        <source>Editing your message. Enter saves, Esc cancels.</source>
        <translation>Modification de votre message. Entrée pour enregistrer, Échap pour annuler.</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <source>File upload is not available yet.</source>
        <translation>L’envoi de fichiers n’est pas encore disponible.</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>&amp;Delete Local History…</source>
        <translation>&amp;Supprimer l’historique local…</translation>
    </message>
    <message>
        <source>Chat menu</source>
        <translation>Menu de la discussion</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Enregistrer le fichier</translation>
    </message>
</context>
<context>
    <name>charla::ChatView</name>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Nouveaux messages</translation>
    </message>
    <message>
        <source>Messages</source>
        <extracomment>Accessible name of a chat's message list (read by screen readers).</extracomment>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;text</source>
        <translation>Copier le &amp;texte</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>R&amp;eact</source>
        <translation>Ré&amp;agir</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Plus…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>&amp;Delete for everyone</source>
        <translation>&amp;Supprimer pour tout le monde</translation>
    </message>
</context>
<context>
    <name>charla::ChatWindow</name>
    <message>
        <source>%1 — Charla</source>
        <translation>%1 — Charla</translation>
    </message>
    <message>
        <source>Chats — Charla</source>
        <translation>Discussions — Charla</translation>
    </message>
</context>
<context>
    <name>charla::CliRunner</name>
    <message>
        <source>The server's archive did not answer in time.</source>
        <translation>L’archive du serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The history of %1 could not be brought up to date from the server's archive, so it was not printed.</source>
        <translation>L’historique de %1 n’a pas pu être mis à jour depuis l’archive du serveur ; il n’a donc pas été affiché.</translation>
    </message>
    <message>
        <source>Usage: disco JID [NODE]</source>
        <translation>Utilisation : disco JID [NŒUD]</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 n’est pas une adresse : %2</translation>
    </message>
    <message>
        <source>Usage: command JID NODE [--field var=value]...</source>
        <translation>Utilisation : command JID NŒUD [--field var=valeur]...</translation>
    </message>
    <message>
        <source>--field needs var=value, not "%1".</source>
        <translation>--field attend var=valeur, pas « %1 ».</translation>
    </message>
    <message>
        <source>The command did not finish after 50 steps; canceling it.</source>
        <translation>La commande n’est pas terminée après 50 étapes ; elle est annulée.</translation>
    </message>
    <message>
        <source> (several: separate with commas)</source>
        <translation> (plusieurs : séparez-les par des virgules)</translation>
    </message>
    <message>
        <source>%1 is not a room address (room@service): %2</source>
        <translation>%1 n’est pas l’adresse d’un salon (salon@service) : %2</translation>
    </message>
    <message>
        <source>it has no room name or has a resource</source>
        <translation>il manque le nom du salon ou il y a une ressource</translation>
    </message>
    <message>
        <source>Joined %1 as %2</source>
        <translation>Entré dans %1 en tant que %2</translation>
    </message>
    <message>
        <source>The room did not confirm the message within %1 seconds.</source>
        <translation>Le salon n’a pas confirmé le message dans les %1 secondes.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <source>--account needs --profile DIR.</source>
        <translation>--account nécessite --profile DOSSIER.</translation>
    </message>
    <message>
        <source>There is no account %1 in the profile %2. Add it with "account add".</source>
        <translation>Le profil %2 ne contient pas de compte %1. Ajoutez-le avec « account add ».</translation>
    </message>
    <message>
        <source>Say which account to use: --jid JID --password-file FILE, or --profile DIR --account JID.</source>
        <translation>Indiquez le compte à utiliser : --jid JID --password-file FICHIER, ou --profile DOSSIER --account JID.</translation>
    </message>
    <message>
        <source>%1 is a server address, not an account.</source>
        <translation>%1 est l’adresse d’un serveur, pas un compte.</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 n’est pas une adresse valide : %2</translation>
    </message>
    <message>
        <source>No password: give --password-file FILE.</source>
        <translation>Pas de mot de passe : indiquez --password-file FICHIER.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>Aucune commande indiquée. Voir --help.</translation>
    </message>
    <message>
        <source>Unknown account command. Use: account add JID --password-file FILE</source>
        <translation>Commande de compte inconnue. Utilisation : account add JID --password-file FICHIER</translation>
    </message>
    <message>
        <source>Usage: send JID TEXT</source>
        <translation>Utilisation : send JID TEXTE</translation>
    </message>
    <message>
        <source>No delivery receipt came from %1 within %2 seconds. The server has the message, but whether %1 received it is unknown.</source>
        <translation>Aucun accusé de réception de %1 dans les %2 secondes. Le serveur a le message, mais on ne sait pas si %1 l’a reçu.</translation>
    </message>
    <message>
        <source>The server did not confirm the message within %1 seconds.</source>
        <translation>Le serveur n’a pas confirmé le message dans les %1 secondes.</translation>
    </message>
    <message>
        <source>Listening as %1</source>
        <translation>À l’écoute en tant que %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Usage: --profile DIR account add JID --password-file FILE [--host H] [--port P] [--direct-tls] [--ca-file PEM] [--proxy URL]</source>
        <translation>Utilisation : --profile DOSSIER account add JID --password-file FICHIER [--host H] [--port P] [--direct-tls] [--ca-file PEM] [--proxy URL]</translation>
    </message>
    <message>
        <source>The certificate's SHA-256 fingerprint is %1. To trust this server, pass its CA with --ca-file.</source>
        <translation>L’empreinte SHA-256 du certificat est %1. Pour faire confiance à ce serveur, indiquez son autorité avec --ca-file.</translation>
    </message>
    <message>
        <source>Could not log in within %1 seconds.</source>
        <translation>Impossible de se connecter dans les %1 secondes.</translation>
    </message>
    <message>
        <source>Usage: roster [--stats]</source>
        <translation>Utilisation : roster [--stats]</translation>
    </message>
    <message>
        <source>Usage: presence online|chat|away|xa|dnd [STATUS] [--seconds N]</source>
        <translation>Utilisation : presence online|chat|away|xa|dnd [STATUT] [--seconds N]</translation>
    </message>
    <message>
        <source>Present as %1</source>
        <extracomment>charla-cli presence: online with this full address (JID with resource).</extracomment>
        <translation>En ligne en tant que %1</translation>
    </message>
    <message>
        <source>Usage: pubsub JID NODE [--limit N]</source>
        <translation>Utilisation : pubsub JID NŒUD [--limit N]</translation>
    </message>
    <message>
        <source>Usage: register JID [--field var=value]...</source>
        <translation>Utilisation : register JID [--field var=valeur]...</translation>
    </message>
    <message>
        <source>%1 offers no form to register with.</source>
        <translation>%1 ne propose pas de formulaire d’inscription.</translation>
    </message>
    <message>
        <source>%1 registers on its web page: %2</source>
        <translation>L’inscription à %1 se fait sur sa page web : %2</translation>
    </message>
    <message>
        <source>Already registered with %1; sending the form updates the registration.</source>
        <translation>Déjà inscrit auprès de %1 ; envoyer le formulaire met à jour l’inscription.</translation>
    </message>
    <message>
        <source>Usage: muc join ROOM NICK [--seconds N] [--room-password-file FILE] | muc send ROOM TEXT</source>
        <translation>Utilisation : muc join SALON PSEUDO [--seconds N] [--room-password-file FICHIER] | muc send SALON TEXTE</translation>
    </message>
    <message>
        <source>Cannot read the room password from %1: %2</source>
        <translation>Impossible de lire le mot de passe du salon dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>charla::Client</name>
    <message>
        <source>The account was disconnected before the answer came.</source>
        <translation>Le compte a été déconnecté avant l’arrivée de la réponse.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came.</source>
        <translation>La connexion a été perdue avant l’arrivée de la réponse.</translation>
    </message>
</context>
<context>
    <name>charla::CloseToTray</name>
    <message>
        <source>Charla is still running</source>
        <translation>Charla reste ouvert</translation>
    </message>
    <message>
        <source>Charla keeps your accounts online in the notification area. Click its icon to open the window; choose Quit in its menu to end Charla.</source>
        <translation>Charla garde vos comptes connectés dans la zone de notification. Cliquez sur son icône pour ouvrir la fenêtre ; choisissez Quitter dans son menu pour fermer Charla.</translation>
    </message>
</context>
<context>
    <name>charla::CommandWizard</name>
    <message>
        <source>Command %1 on %2</source>
        <translation>Commande %1 sur %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <source>The command is complete.</source>
        <translation>La commande est terminée.</translation>
    </message>
    <message>
        <source>The command was canceled.</source>
        <translation>La commande a été annulée.</translation>
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
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note from an ad-hoc command: its kind (Error, Warning, Note), then its text.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>charla::ComplianceSuites</name>
    <message>
        <source>Core Server</source>
        <translation>Serveur de base</translation>
    </message>
    <message>
        <source>Advanced Core Server</source>
        <translation>Serveur de base avancé</translation>
    </message>
    <message>
        <source>IM Server</source>
        <translation>Serveur de messagerie instantanée</translation>
    </message>
    <message>
        <source>Advanced IM Server</source>
        <translation>Serveur de messagerie instantanée avancé</translation>
    </message>
    <message>
        <source>%1 lists %2.</source>
        <translation>%1 annonce %2.</translation>
    </message>
    <message>
        <source>%1 does not list %2.</source>
        <translation>%1 n’annonce pas %2.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Le compte</translation>
    </message>
    <message>
        <source>Core features</source>
        <translation>Fonctions de base</translation>
    </message>
    <message>
        <source>This account logged in and bound a resource.</source>
        <translation>Ce compte s’est connecté et a obtenu une ressource.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>La connexion est chiffrée.</translation>
    </message>
    <message>
        <source>Direct TLS</source>
        <translation>TLS direct</translation>
    </message>
    <message>
        <source>This account connected with Direct TLS.</source>
        <translation>Ce compte s’est connecté en TLS direct.</translation>
    </message>
    <message>
        <source>Seen only when connecting with Direct TLS.</source>
        <translation>Visible uniquement lors d’une connexion en TLS direct.</translation>
    </message>
    <message>
        <source>Feature discovery</source>
        <translation>Découverte des fonctions</translation>
    </message>
    <message>
        <source>Server extensibility</source>
        <translation>Extensibilité du serveur</translation>
    </message>
    <message>
        <source>The component protocol is not visible to clients.</source>
        <translation>Le protocole des composants n’est pas visible pour les clients.</translation>
    </message>
    <message>
        <source>Event publishing</source>
        <translation>Publication d’événements</translation>
    </message>
    <message>
        <source>The account is a PEP service.</source>
        <translation>Le compte est un service PEP.</translation>
    </message>
    <message>
        <source>The account has no pubsub/pep identity.</source>
        <translation>Le compte n’a pas d’identité pubsub/pep.</translation>
    </message>
    <message>
        <source>The roster and presence work for this account.</source>
        <translation>La liste de contacts et la présence fonctionnent pour ce compte.</translation>
    </message>
    <message>
        <source>User avatar compatibility</source>
        <translation>Compatibilité des avatars</translation>
    </message>
    <message>
        <source>vcard-temp</source>
        <translation>vcard-temp</translation>
    </message>
    <message>
        <source>Outbound message synchronization</source>
        <translation>Synchronisation des messages envoyés</translation>
    </message>
    <message>
        <source>User blocking</source>
        <translation>Blocage d’utilisateurs</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Salon de discussion</translation>
    </message>
    <message>
        <source>A group chat service is listed.</source>
        <translation>Un service de salons est annoncé.</translation>
    </message>
    <message>
        <source>The server lists no group chat service.</source>
        <translation>Le serveur n’annonce aucun service de salons.</translation>
    </message>
    <message>
        <source>room archives (XEP-0313)</source>
        <translation>archives des salons (XEP-0313)</translation>
    </message>
    <message>
        <source>bookmark conversion (XEP-0402)</source>
        <translation>conversion des signets (XEP-0402)</translation>
    </message>
    <message>
        <source>Advanced group chat</source>
        <translation>Salons avancés</translation>
    </message>
    <message>
        <source>Room archives and bookmark conversion are offered.</source>
        <translation>Les archives des salons et la conversion des signets sont proposées.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Manquant : %1.</translation>
    </message>
    <message>
        <source>Persistent storage of private data via PubSub</source>
        <translation>Stockage persistant de données privées via PubSub</translation>
    </message>
    <message>
        <source>Private XML storage</source>
        <translation>Stockage XML privé</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Gestion du flux</translation>
    </message>
    <message>
        <source>Offered in the stream features.</source>
        <translation>Proposé dans les fonctionnalités du flux.</translation>
    </message>
    <message>
        <source>Not offered in the stream features.</source>
        <translation>Non proposé dans les fonctionnalités du flux.</translation>
    </message>
    <message>
        <source>History storage / retrieval</source>
        <translation>Stockage et consultation de l’historique</translation>
    </message>
    <message>
        <source>File upload</source>
        <translation>Envoi de fichiers</translation>
    </message>
    <message>
        <source>An upload service is listed.</source>
        <translation>Un service d’envoi de fichiers est annoncé.</translation>
    </message>
    <message>
        <source>The server lists no upload service.</source>
        <translation>Le serveur n’annonce aucun service d’envoi de fichiers.</translation>
    </message>
</context>
<context>
    <name>charla::Composer</name>
    <message>
        <source>Insert an emoji</source>
        <translation>Insérer un émoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Émoji</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Enter). Shift+Enter starts a new line.</source>
        <translation>Envoyer le message (Entrée). Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
</context>
<context>
    <name>charla::ComposerEdit</name>
    <message>
        <source>Message</source>
        <extracomment>Accessible name of the box where a message is typed (a noun).</extracomment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Spelling Language</source>
        <translation>Langue de l’orthographe</translation>
    </message>
</context>
<context>
    <name>charla::ConnectionSettingsWidget</name>
    <message>
        <source>Found automatically</source>
        <translation>Trouvé automatiquement</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Port field when no port is set: the server's usual port is used.</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>&amp;Hôte du serveur :</translation>
    </message>
    <message>
        <source>Connect with &amp;Direct TLS (XEP-0368)</source>
        <translation>Se connecter en TLS &amp;direct (XEP-0368)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>The system's proxy</source>
        <translation>Proxy du système</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>HTTP proxy (CONNECT)</source>
        <translation>Proxy HTTP (CONNECT)</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy :</translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation>Hôte du proxy :</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Seulement si le proxy en demande un</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>Utilisateur du proxy :</translation>
    </message>
    <message>
        <source>The server host cannot contain spaces.</source>
        <translation>L’hôte du serveur ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>Give the server host along with a port or Direct TLS.</source>
        <translation>Indiquez l’hôte du serveur avec un port ou le TLS direct.</translation>
    </message>
    <message>
        <source>Enter the proxy's host, or choose “No proxy”.</source>
        <translation>Saisissez l’hôte du proxy ou choisissez « Aucun proxy ».</translation>
    </message>
</context>
<context>
    <name>charla::ContactActions</name>
    <message>
        <source>&amp;Chat</source>
        <extracomment>Contact menu entry that opens a chat with the contact (verb).</extracomment>
        <translation>Discu&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Edit &amp;groups…</source>
        <translation>Modifier les &amp;groupes…</translation>
    </message>
    <message>
        <source>Ask to see their status</source>
        <translation>Demander à voir son statut</translation>
    </message>
    <message>
        <source>Allow them to see your status</source>
        <translation>L’autoriser à voir votre statut</translation>
    </message>
    <message>
        <source>Stop sharing your status</source>
        <translation>Ne plus partager votre statut</translation>
    </message>
    <message>
        <source>Stop seeing their status</source>
        <translation>Ne plus voir son statut</translation>
    </message>
    <message>
        <source>Re&amp;move contact…</source>
        <translation>&amp;Supprimer le contact…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>&amp;Block contact</source>
        <translation>&amp;Bloquer le contact</translation>
    </message>
    <message>
        <source>Un&amp;block contact</source>
        <translation>Déb&amp;loquer le contact</translation>
    </message>
    <message>
        <source>&amp;Edit my details…</source>
        <translation>&amp;Modifier mes informations…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A contact's name and address, e.g. "Alice (alice@example.org)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ask again to see their status</source>
        <translation>Redemander à voir son statut</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>What failed, then the server's reason, e.g. "Bob could not be renamed. Not allowed."</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 could not be added to your contacts.</source>
        <translation>Impossible d’ajouter %1 à vos contacts.</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>Impossible de renommer %1.</translation>
    </message>
    <message>
        <source>The groups of %1 could not be changed.</source>
        <translation>Impossible de modifier les groupes de %1.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Supprimer %1 de vos contacts ?</translation>
    </message>
    <message>
        <source>You will stop sharing your status with each other.</source>
        <translation>Vous ne partagerez plus vos statuts l’un avec l’autre.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>%1 could not be blocked.</source>
        <translation>Impossible de bloquer %1.</translation>
    </message>
    <message>
        <source>%1 could not be unblocked.</source>
        <translation>Impossible de débloquer %1.</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Change Picture</source>
        <translation>Changer l’image</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>Impossible de lire %1 comme une image : %2</translation>
    </message>
    <message>
        <source>B&amp;locked contacts…</source>
        <translation>&amp;Contacts bloqués…</translation>
    </message>
    <message>
        <source>Change pi&amp;cture…</source>
        <translation>Changer l’&amp;image…</translation>
    </message>
</context>
<context>
    <name>charla::ContactDetailsDialog</name>
    <message>
        <source>My Details</source>
        <translation>Mes informations</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Groupes : %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Online resources</source>
        <translation>Ressources en ligne</translation>
    </message>
    <message>
        <source>Ask for &amp;software and time</source>
        <translation>Demander le &amp;logiciel et l’heure</translation>
    </message>
    <message>
        <source>Asks the selected resource which software it runs and its time.</source>
        <translation>Demande à la ressource sélectionnée quel logiciel elle utilise et quelle heure il est chez elle.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Pseudo :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Page web :</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Anniversaire :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Title:</source>
        <extracomment>A contact's job title (vCard TITLE), not a form of address</extracomment>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Not in your contacts.</source>
        <translation>Ne fait pas partie de vos contacts.</translation>
    </message>
    <message>
        <source>You share your status with each other.</source>
        <translation>Vous partagez vos statuts l’un avec l’autre.</translation>
    </message>
    <message>
        <source>You see their status; they do not see yours.</source>
        <translation>Vous voyez son statut ; il ne voit pas le vôtre.</translation>
    </message>
    <message>
        <source>They see your status; you do not see theirs.</source>
        <translation>Il voit votre statut ; vous ne voyez pas le sien.</translation>
    </message>
    <message>
        <source>You do not share your status with each other.</source>
        <translation>Vous ne partagez pas vos statuts.</translation>
    </message>
    <message>
        <source>Waiting for them to approve your request.</source>
        <translation>En attente de l’approbation de votre demande.</translation>
    </message>
    <message>
        <source>Not connected: the contact details cannot be read now.</source>
        <translation>Non connecté : impossible de lire les informations du contact pour le moment.</translation>
    </message>
    <message>
        <source>Your details could not be read: %1</source>
        <translation>Impossible de lire vos informations : %1</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown in place of a contact detail that is not set.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your details could not be saved: %1</source>
        <translation>Impossible d’enregistrer vos informations : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Demande en cours…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Vu pour la dernière fois : inconnu</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Vu pour la dernière fois : %1</translation>
    </message>
</context>
<context>
    <name>charla::ConversationModel</name>
    <message>
        <source>You</source>
        <comment>the sender of one's own messages, read aloud</comment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>message retracted</source>
        <translation>message retiré</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A message read aloud: sender, time, text ("Alice, 10:42: see you")</extracomment>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>charla::CoreFeatures</name>
    <message>
        <source>%1 sent an answer Charla cannot read; its software may not support this request.</source>
        <translation>%1 a envoyé une réponse que Charla ne sait pas lire ; son logiciel ne prend peut-être pas en charge cette demande.</translation>
    </message>
</context>
<context>
    <name>charla::DataForm</name>
    <message>
        <source>"%1" must be a whole number, not "%2".</source>
        <translation>« %1 » doit être un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3.</source>
        <translation>« %1 » doit être un nombre entier entre %2 et %3.</translation>
    </message>
    <message>
        <source>"%1" must be a number such as 12.5, not "%2".</source>
        <translation>« %1 » doit être un nombre comme 12.5, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be a number, not "%2".</source>
        <translation>« %1 » doit être un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not "%2".</source>
        <translation>« %1 » doit être true ou false, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be a date written as YYYY-MM-DD, not "%2".</source>
        <translation>« %1 » doit être une date au format AAAA-MM-JJ, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be a date and time written as YYYY-MM-DDThh:mm:ss, not "%2".</source>
        <translation>« %1 » doit être une date et une heure au format AAAA-MM-JJThh:mm:ss, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be a time written as hh:mm:ss, not "%2".</source>
        <translation>« %1 » doit être une heure au format hh:mm:ss, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be an address such as https://example.org/, not "%2".</source>
        <translation>« %1 » doit être une adresse comme https://example.org/, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be a language code such as en or es-MX, not "%2".</source>
        <translation>« %1 » doit être un code de langue comme en ou fr-CA, pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be between %2 and %3.</source>
        <translation>« %1 » doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>"%1" must be at least %2.</source>
        <translation>« %1 » doit être au moins %2.</translation>
    </message>
    <message>
        <source>"%1" must be at most %2.</source>
        <translation>« %1 » doit être au plus %2.</translation>
    </message>
    <message>
        <source>"%1" is not in the expected format: "%2" does not match it.</source>
        <translation>« %1 » n’est pas au format attendu : « %2 » n’y correspond pas.</translation>
    </message>
    <message>
        <source>"%1" is required.</source>
        <translation>« %1 » est obligatoire.</translation>
    </message>
    <message>
        <source>"%1" takes only one value.</source>
        <translation>« %1 » n’accepte qu’une seule valeur.</translation>
    </message>
    <message>
        <source>"%1" is not a valid address for "%2".</source>
        <translation>« %1 » n’est pas une adresse valide pour « %2 ».</translation>
    </message>
    <message>
        <source>"%1" must be yes or no (0, 1, true or false), not "%2".</source>
        <translation>« %1 » doit être oui ou non (0, 1, true ou false), pas « %2 ».</translation>
    </message>
    <message>
        <source>"%1" is not one of the choices for "%2".</source>
        <translation>« %1 » ne fait pas partie des choix pour « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n option(s) for "%1".</source>
        <translation>
            <numerusform>Choisissez au moins %n option pour « %1 ».</numerusform>
            <numerusform>Choisissez au moins %n options pour « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n option(s) for "%1".</source>
        <translation>
            <numerusform>Choisissez au plus %n option pour « %1 ».</numerusform>
            <numerusform>Choisissez au plus %n options pour « %1 ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::DataFormWidget</name>
    <message>
        <source>Fields marked * must be filled in.</source>
        <translation>Les champs marqués d’un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Picture for %1</source>
        <translation>Image pour %1</translation>
    </message>
    <message>
        <source>The picture for this field is on the web at %1. Charla does not open it by itself; open it in a browser if you trust this server.</source>
        <translation>L’image de ce champ se trouve sur le web à l’adresse %1. Charla ne l’ouvre pas de lui-même ; ouvrez-la dans un navigateur si vous faites confiance à ce serveur.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>One address a line</source>
        <translation>Une adresse par ligne</translation>
    </message>
    <message>
        <source>The server sent a picture too large to show.</source>
        <translation>Le serveur a envoyé une image trop grande pour être affichée.</translation>
    </message>
    <message>
        <source>The server sent a picture Charla cannot read.</source>
        <translation>Le serveur a envoyé une image que Charla ne sait pas lire.</translation>
    </message>
    <message>
        <source>The server refers to a picture it did not send.</source>
        <translation>Le serveur fait référence à une image qu’il n’a pas envoyée.</translation>
    </message>
</context>
<context>
    <name>charla::DeleteAccountDialog</name>
    <message>
        <source>Delete account from server</source>
        <translation>Supprimer le compte du serveur</translation>
    </message>
    <message>
        <source>This deletes %1 on its server: its contacts, its messages kept there and the address itself. It cannot be undone.</source>
        <translation>Cela supprime %1 sur son serveur : ses contacts, les messages qui y sont conservés et l’adresse elle-même. C’est irréversible.</translation>
    </message>
    <message>
        <source>Type the address to confirm:</source>
        <translation>Tapez l’adresse pour confirmer :</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>&amp;Supprimer le compte</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>The account was deleted from its server.</source>
        <translation>Le compte a été supprimé de son serveur.</translation>
    </message>
</context>
<context>
    <name>charla::DesktopActions</name>
    <message>
        <source>&amp;New Chat…</source>
        <translation>&amp;Nouvelle discussion…</translation>
    </message>
    <message>
        <source>Write to an address, one of your contacts or anyone else</source>
        <translation>Écrire à une adresse, à l’un de vos contacts ou à quelqu’un d’autre</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Next Chat</source>
        <translation>Discussion suivante</translation>
    </message>
    <message>
        <source>Previous Chat</source>
        <translation>Discussion précédente</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close Chat</source>
        <translation>Fermer la discussion</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
</context>
<context>
    <name>charla::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
</context>
<context>
    <name>charla::DiscoBrowser</name>
    <message>
        <source>Service discovery</source>
        <translation>Découverte de services</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>Nœ&amp;ud :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Parcourir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Browse &amp;here</source>
        <translation>Parcourir &amp;ici</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Rejoindre…</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>&amp;S’inscrire…</translation>
    </message>
    <message>
        <source>&amp;Commands…</source>
        <translation>&amp;Commandes…</translation>
    </message>
    <message>
        <source>&amp;Add to contacts…</source>
        <translation>Ajouter aux c&amp;ontacts…</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Last activity</source>
        <translation>&amp;Dernière activité</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Ce n’est pas une adresse : %1</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1, nœud %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Demande en cours…</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No identity given.</source>
        <translation>Aucune identité indiquée.</translation>
    </message>
    <message>
        <source>%1 runs %2 %3</source>
        <translation>%1 utilise %2 %3</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sous %1</translation>
    </message>
    <message>
        <source>The time at %1 is %2 (UTC%3).</source>
        <translation>Chez %1, il est %2 (UTC%3).</translation>
    </message>
    <message>
        <source>%1 has been running for %2.</source>
        <translation>%1 fonctionne depuis %2.</translation>
    </message>
    <message>
        <source>%1 was last active %2 ago.</source>
        <translation>%1 était actif pour la dernière fois il y a %2.</translation>
    </message>
</context>
<context>
    <name>charla::DiscoModel</name>
    <message>
        <source>Node: %1</source>
        <translation>Nœud : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
</context>
<context>
    <name>charla::EditGroupsDialog</name>
    <message>
        <source>Edit Groups</source>
        <translation>Modifier les groupes</translation>
    </message>
    <message>
        <source>Groups of %1:</source>
        <translation>Groupes de %1 :</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>A&amp;dd Group</source>
        <translation>&amp;Ajouter un groupe</translation>
    </message>
</context>
<context>
    <name>charla::EmojiPicker</name>
    <message>
        <source>Emoji</source>
        <translation>Émoji</translation>
    </message>
</context>
<context>
    <name>charla::GatewayFeature</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>charla::GatewaysDialog</name>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>Gateways connect this account to other networks: register with one and its contacts appear in their own group.</source>
        <translation>Les passerelles relient ce compte à d’autres réseaux : inscrivez-vous auprès de l’une d’elles et ses contacts apparaissent dans leur propre groupe.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;S’inscrire…</translation>
    </message>
    <message>
        <source>&amp;Unregister…</source>
        <translation>Se &amp;désinscrire…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>Asking the server for its gateways…</source>
        <translation>Demande de ses passerelles au serveur…</translation>
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
        <source>This server offers no gateways.</source>
        <translation>Ce serveur ne propose aucune passerelle.</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Se désinscrire</translation>
    </message>
    <message>
        <source>Unregister from %1? Its contacts are removed from your contact list.</source>
        <translation>Se désinscrire de %1 ? Ses contacts seront retirés de votre liste de contacts.</translation>
    </message>
    <message>
        <source>Unregistering from %1…</source>
        <translation>Désinscription de %1…</translation>
    </message>
    <message>
        <source>No longer registered with %1.</source>
        <translation>Plus inscrit auprès de %1.</translation>
    </message>
</context>
<context>
    <name>charla::HistoryCommands</name>
    <message>
        <source>The history is kept per account: give --profile DIR --account JID.</source>
        <translation>L’historique est conservé par compte : indiquez --profile DOSSIER --account JID.</translation>
    </message>
    <message>
        <source>There is no account %1 in the profile %2. Add it with "account add".</source>
        <translation>Le profil %2 ne contient pas de compte %1. Ajoutez-le avec « account add ».</translation>
    </message>
    <message>
        <source>Usage: history JID [--limit N]</source>
        <translation>Utilisation : history JID [--limit N]</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 n’est pas une adresse valide : %2</translation>
    </message>
    <message>
        <source>Usage: search TEXT [--limit N]</source>
        <translation>Utilisation : search TEXTE [--limit N]</translation>
    </message>
</context>
<context>
    <name>charla::HistoryStore</name>
    <message>
        <source>(message retracted)</source>
        <translation>(message retiré)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
</context>
<context>
    <name>charla::HttpUpload</name>
    <message>
        <source>The file was not sent because the account is not connected. Connect and try again.</source>
        <translation>Le fichier n’a pas été envoyé car le compte n’est pas connecté. Connectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>Charla cannot read "%1": %2</source>
        <translation>Charla ne peut pas lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Your server does not offer file upload, so files cannot be sent from this account.</source>
        <translation>Votre serveur ne propose pas l’envoi de fichiers : ce compte ne peut donc pas en envoyer.</translation>
    </message>
    <message>
        <source>"%1" is %2; your server accepts files up to %3.</source>
        <translation>« %1 » fait %2 ; votre serveur accepte les fichiers jusqu’à %3.</translation>
    </message>
    <message>
        <source>"%1" is too large for your server.</source>
        <translation>« %1 » est trop volumineux pour votre serveur.</translation>
    </message>
    <message>
        <source>The upload service did not answer. Try again later.</source>
        <translation>Le service d’envoi n’a pas répondu. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>You have used up your upload quota on the server. Try again later or send a smaller file.</source>
        <translation>Vous avez épuisé votre quota d’envoi sur le serveur. Réessayez plus tard ou envoyez un fichier plus petit.</translation>
    </message>
    <message>
        <source>Your server does not allow this account to upload files.</source>
        <translation>Votre serveur n’autorise pas ce compte à envoyer des fichiers.</translation>
    </message>
    <message>
        <source>The upload service is not available right now. Try again later.</source>
        <translation>Le service d’envoi n’est pas disponible pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The upload service refused the file (%1).</source>
        <translation>Le service d’envoi a refusé le fichier (%1).</translation>
    </message>
    <message>
        <source>The upload service gave an answer Charla does not understand.</source>
        <translation>Le service d’envoi a donné une réponse que Charla ne comprend pas.</translation>
    </message>
    <message>
        <source>The upload server's certificate is not trusted (%1), so the file was not sent.</source>
        <translation>Le certificat du serveur d’envoi n’est pas approuvé (%1) : le fichier n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>The upload server refused the file (HTTP %1 %2).</source>
        <translation>Le serveur d’envoi a refusé le fichier (HTTP %1 %2).</translation>
    </message>
    <message>
        <source>The upload failed: %1. Try again.</source>
        <translation>L’envoi a échoué : %1. Réessayez.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>L’envoi a été annulé.</translation>
    </message>
</context>
<context>
    <name>charla::InviteDialog</name>
    <message>
        <source>&amp;Directly to them (recommended)</source>
        <translation>&amp;Directement à la personne (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Through the room (also makes them a member)</source>
        <translation>&amp;Via le salon (en fait aussi un membre)</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>Inviter dans %1</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Optional message</source>
        <translation>Message facultatif</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>Type the address of the person to invite, like name@example.org.</source>
        <translation>Tapez l’adresse de la personne à inviter, par exemple nom@example.org.</translation>
    </message>
</context>
<context>
    <name>charla::IqTracker</name>
    <message>
        <source>%1 answered with an error (%2).</source>
        <translation>%1 a répondu par une erreur (%2).</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>Aucune réponse n’est arrivée à temps.</translation>
    </message>
</context>
<context>
    <name>charla::Jid</name>
    <message>
        <source>The part before @ contains %1, which is not allowed there.</source>
        <translation>La partie avant le @ contient %1, qui n’y est pas autorisé.</translation>
    </message>
    <message>
        <source>The domain contains %1, which is not allowed in a domain name.</source>
        <translation>Le domaine contient %1, qui n’est pas autorisé dans un nom de domaine.</translation>
    </message>
    <message>
        <source>The resource after / contains %1, which is not allowed there.</source>
        <translation>La ressource après le / contient %1, qui n’y est pas autorisé.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 1023 bytes.</source>
        <translation>La partie avant le @ dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>Le domaine dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The resource after / is longer than 1023 bytes.</source>
        <translation>La ressource après le / dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation>Le domaine est vide.</translation>
    </message>
    <message>
        <source>The domain is not a valid internationalized domain name.</source>
        <translation>Le domaine n’est pas un nom de domaine internationalisé valide.</translation>
    </message>
    <message>
        <source>The address contains a broken character (an unpaired UTF-16 surrogate).</source>
        <translation>L’adresse contient un caractère invalide (un demi-code UTF-16 isolé).</translation>
    </message>
    <message>
        <source>The domain is not a valid IPv6 address.</source>
        <translation>Le domaine n’est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>The domain has an empty label (two dots in a row, or a dot at the start).</source>
        <translation>Le domaine contient une étiquette vide (deux points qui se suivent, ou un point au début).</translation>
    </message>
    <message>
        <source>A label of the domain starts or ends with a hyphen.</source>
        <translation>Une étiquette du domaine commence ou se termine par un trait d’union.</translation>
    </message>
    <message>
        <source>A label of the domain (between dots) is longer than 63 characters.</source>
        <translation>Une étiquette du domaine (entre deux points) dépasse 63 caractères.</translation>
    </message>
    <message>
        <source>The domain looks like an IPv4 address but is not one.</source>
        <translation>Le domaine ressemble à une adresse IPv4 mais n’en est pas une.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>L’adresse est vide.</translation>
    </message>
    <message>
        <source>The part before @ is empty.</source>
        <translation>La partie avant le @ est vide.</translation>
    </message>
    <message>
        <source>The resource after / is empty.</source>
        <translation>La ressource après le / est vide.</translation>
    </message>
</context>
<context>
    <name>charla::JoinRoomDialog</name>
    <message>
        <source>&amp;Bookmark this room (join it at every login)</source>
        <translation>Ajouter ce salon aux &amp;signets (le rejoindre à chaque connexion)</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Parcourir</translation>
    </message>
    <message>
        <source>Join Room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <source>room@conference.example.org</source>
        <translation>salon@conference.example.org</translation>
    </message>
    <message>
        <source>Only if the room has one</source>
        <translation>Seulement si le salon en a un</translation>
    </message>
    <message>
        <source>Found on your server</source>
        <translation>Trouvé sur votre serveur</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>Co&amp;mpte :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salon :</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Pseudo :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Type a room's address, or browse the rooms of your server.</source>
        <translation>Tapez l’adresse d’un salon, ou parcourez les salons de votre serveur.</translation>
    </message>
    <message>
        <source>Connect %1 first to browse its rooms.</source>
        <translation>Connectez d’abord %1 pour parcourir ses salons.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>« %1 » n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Looking for the group chat service of %1…</source>
        <translation>Recherche du service de salons de %1…</translation>
    </message>
    <message>
        <source>Your server lists no group chat service. Type one in Service.</source>
        <translation>Votre serveur n’annonce aucun service de salons. Indiquez-en un dans Service.</translation>
    </message>
    <message>
        <source>Asking %1 for its rooms…</source>
        <translation>Demande de ses salons à %1…</translation>
    </message>
    <message>
        <source>%1 did not list its rooms: %2</source>
        <translation>%1 n’a pas donné la liste de ses salons : %2</translation>
    </message>
    <message>
        <source>%1 has no public rooms.</source>
        <translation>%1 n’a aucun salon public.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) on %1.</source>
        <translation>
            <numerusform>%n salon sur %1.</numerusform>
            <numerusform>%n salons sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the room's address, like room@conference.example.org, or pick one from the list.</source>
        <translation>Tapez l’adresse du salon, par exemple salon@conference.example.org, ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Choose the nickname others will see in the room.</source>
        <translation>Choisissez le pseudo que les autres verront dans le salon.</translation>
    </message>
    <message>
        <source>Choose an account to join with.</source>
        <translation>Choisissez le compte avec lequel rejoindre le salon.</translation>
    </message>
    <message>
        <source>Choose the nickname people in the room will see, then press Join.</source>
        <translation>Choisissez le pseudo que les personnes du salon verront, puis appuyez sur Rejoindre.</translation>
    </message>
</context>
<context>
    <name>charla::LinkOpener</name>
    <message>
        <source>Open XMPP Link</source>
        <translation>Ouvrir un lien XMPP</translation>
    </message>
    <message>
        <source>Open this address?

%1</source>
        <translation>Ouvrir cette adresse ?

%1</translation>
    </message>
    <message>
        <source>Anyone can send a link. Open it only if you expected it from this person.</source>
        <translation>N’importe qui peut envoyer un lien. Ne l’ouvrez que si vous l’attendiez de cette personne.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
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
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Charla</source>
        <translation>&amp;Charla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Search contacts</source>
        <translation>&amp;Rechercher des contacts</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Afficher les contacts &amp;hors ligne</translation>
    </message>
    <message>
        <source>Sort by s&amp;tatus</source>
        <translation>Trier par s&amp;tatut</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Trier par &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Charla</source>
        <translation>À &amp;propos de Charla</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1 : en ligne</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1 : hors ligne</translation>
    </message>
    <message>
        <source>No account yet.

Account &gt; Add account… sets up the account you have, or creates one.</source>
        <translation>Aucun compte pour l’instant.

Compte &gt; Ajouter un compte… configure votre compte existant ou en crée un.</translation>
    </message>
    <message>
        <source>No contacts yet.

Add one with Contacts &gt; Add contact…</source>
        <translation>Aucun contact pour l’instant.

Ajoutez-en un avec Contacts &gt; Ajouter un contact…</translation>
    </message>
    <message>
        <source>Not connected yet.

%1</source>
        <translation>Pas encore connecté.

%1</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Aucun contact ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Nobody is online.

View &gt; Show offline contacts lists everyone.</source>
        <translation>Personne n’est en ligne.

Affichage &gt; Afficher les contacts hors ligne les montre tous.</translation>
    </message>
    <message>
        <source>About Charla</source>
        <translation>À propos de Charla</translation>
    </message>
    <message>
        <source>Charla %1</source>
        <translation>Charla %1</translation>
    </message>
    <message>
        <source>A desktop instant-messaging client for XMPP (Jabber).
Built with Qt %1.</source>
        <translation>Un client de messagerie instantanée XMPP (Jabber) pour le bureau.
Compilé avec Qt %1.</translation>
    </message>
    <message>
        <source>Fetching messages from the server: %L1 of ~%L2</source>
        <translation>Récupération des messages depuis le serveur : %L1 sur ~%L2</translation>
    </message>
    <message>
        <source>Fetching messages from the server: %L1</source>
        <translation>Récupération des messages depuis le serveur : %L1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>Saved Messages Damaged</source>
        <translation>Messages enregistrés endommagés</translation>
    </message>
</context>
<context>
    <name>charla::MamFeature</name>
    <message>
        <source>The server's message archive answered in a way Charla does not understand.</source>
        <translation>L’archive des messages du serveur a répondu d’une façon que Charla ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>charla::Message</name>
    <message>
        <source>%1 cannot receive this message: the address may not exist, or it does not accept messages from you.</source>
        <translation>%1 ne peut pas recevoir ce message : l’adresse n’existe peut-être pas, ou elle n’accepte pas vos messages.</translation>
    </message>
    <message>
        <source>The server of %1 could not be reached; try again later.</source>
        <translation>Le serveur de %1 est injoignable ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The message to %1 was refused (%2).</source>
        <translation>Le message pour %1 a été refusé (%2).</translation>
    </message>
    <message>
        <source>The message to %1 could not be delivered (%2).</source>
        <translation>Le message pour %1 n’a pas pu être remis (%2).</translation>
    </message>
</context>
<context>
    <name>charla::MessageDelegate</name>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent to the server</source>
        <translation>Envoyé au serveur</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Seen</source>
        <extracomment>Delivery state of one's own message: the recipient has read it (XEP-0333).</extracomment>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>State of a message that came in from the contact (not one's own).</extracomment>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>Sender name shown above one's own messages in a chat.</extracomment>
        <translation>Moi</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Not delivered.</source>
        <translation>Non remis.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
    <message>
        <source>This message was corrected after it was sent.</source>
        <translation>Ce message a été corrigé après son envoi.</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Ce message a été supprimé.</translation>
    </message>
    <message>
        <source>Encrypted file (not supported yet)</source>
        <translation>Fichier chiffré (pas encore pris en charge)</translation>
    </message>
    <message>
        <source>Sender not in your contacts</source>
        <translation>Expéditeur absent de vos contacts</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>charla::MessageFeature</name>
    <message>
        <source>A correction from %1 was ignored: only the sender of a message can correct it, from the same device.</source>
        <translation>Une correction de %1 a été ignorée : seul l’expéditeur d’un message peut le corriger, depuis le même appareil.</translation>
    </message>
    <message>
        <source>A retraction from %1 was ignored: only the sender of a message can retract it.</source>
        <translation>Un retrait de %1 a été ignoré : seul l’expéditeur d’un message peut le retirer.</translation>
    </message>
    <message>
        <source>Charla is not connected, so the message was not sent. It will be kept here; send it again once you are online.</source>
        <translation>Charla n’est pas connecté : le message n’a donc pas été envoyé. Il est conservé ici ; renvoyez-le une fois en ligne.</translation>
    </message>
    <message>
        <source>/me retracted a previous message, but your client does not support that.</source>
        <translation>/me a retiré un message précédent, mais votre client ne le prend pas en charge.</translation>
    </message>
</context>
<context>
    <name>charla::MucErrors</name>
    <message>
        <source>That nickname is already in use in room %1. Choose another one.</source>
        <translation>Ce pseudo est déjà utilisé dans le salon %1. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Room %1 needs a password, and the one given was missing or wrong.</source>
        <translation>Le salon %1 exige un mot de passe, et celui fourni était absent ou incorrect.</translation>
    </message>
    <message>
        <source>You are banned from room %1.</source>
        <translation>Vous êtes banni du salon %1.</translation>
    </message>
    <message>
        <source>Room %1 is for members only, and you are not a member. Ask an admin to invite you.</source>
        <translation>Le salon %1 est réservé aux membres, et vous n’en êtes pas membre. Demandez à un administrateur de vous inviter.</translation>
    </message>
    <message>
        <source>Room %1 does not exist yet, or its owner is still setting it up. Try again later.</source>
        <translation>Le salon %1 n’existe pas encore, ou son propriétaire est encore en train de le configurer. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Room %1 does not exist, and this service does not let you create rooms.</source>
        <translation>Le salon %1 n’existe pas, et ce service ne vous permet pas de créer des salons.</translation>
    </message>
    <message>
        <source>Room %1 only lets you in with the nickname registered for you; "%2" is not it.</source>
        <translation>Le salon %1 ne vous laisse entrer qu’avec le pseudo enregistré à votre nom ; « %2 » n’est pas celui-là.</translation>
    </message>
    <message>
        <source>Room %1 is full. Try again later.</source>
        <translation>Le salon %1 est plein. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>"%1" cannot be used as a nickname in room %2.</source>
        <translation>« %1 » ne peut pas servir de pseudo dans le salon %2.</translation>
    </message>
    <message>
        <source>The server of room %1 cannot be reached. Check the address or try again later.</source>
        <translation>Le serveur du salon %1 est injoignable. Vérifiez l’adresse ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not join room %1 (%2).</source>
        <translation>Impossible de rejoindre le salon %1 (%2).</translation>
    </message>
    <message>
        <source>The nickname "%1" is reserved by someone else in room %2.</source>
        <translation>Le pseudo « %1 » est réservé par quelqu’un d’autre dans le salon %2.</translation>
    </message>
    <message>
        <source>Room %1 does not let occupants change their nickname.</source>
        <translation>Le salon %1 ne permet pas à ses occupants de changer de pseudo.</translation>
    </message>
    <message>
        <source>Could not change your nickname in room %1 (%2).</source>
        <translation>Impossible de changer votre pseudo dans le salon %1 (%2).</translation>
    </message>
    <message>
        <source>You cannot speak in room %1: you have no voice there. Ask a moderator for it.</source>
        <translation>Vous ne pouvez pas parler dans le salon %1 : vous n’y avez pas la parole. Demandez-la à un modérateur.</translation>
    </message>
    <message>
        <source>The message was not delivered: you are no longer in room %1. Join it again.</source>
        <translation>Le message n’a pas été remis : vous n’êtes plus dans le salon %1. Rejoignez-le de nouveau.</translation>
    </message>
    <message>
        <source>Room %1 refused the message (%2).</source>
        <translation>Le salon %1 a refusé le message (%2).</translation>
    </message>
    <message>
        <source>You are not allowed to do that in room %1.</source>
        <translation>Vous n’avez pas le droit de faire cela dans le salon %1.</translation>
    </message>
    <message>
        <source>Room %1 refused the request: the person or the values are not acceptable.</source>
        <translation>Le salon %1 a refusé la demande : la personne ou les valeurs ne sont pas acceptables.</translation>
    </message>
    <message>
        <source>Room %1 refused the request: it would leave the room without an owner.</source>
        <translation>Le salon %1 a refusé la demande : le salon se retrouverait sans propriétaire.</translation>
    </message>
    <message>
        <source>Room %1 did not answer in time.</source>
        <translation>Le salon %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>You were banned from room %1.</source>
        <translation>Vous avez été banni du salon %1.</translation>
    </message>
    <message>
        <source>You were banned from room %1 by %2.</source>
        <translation>%2 vous a banni du salon %1.</translation>
    </message>
    <message>
        <source>You were kicked from room %1.</source>
        <translation>Vous avez été expulsé du salon %1.</translation>
    </message>
    <message>
        <source>You were kicked from room %1 by %2.</source>
        <translation>%2 vous a expulsé du salon %1.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because your membership was taken away.</source>
        <translation>Vous avez été retiré du salon %1 car votre statut de membre vous a été retiré.</translation>
    </message>
    <message>
        <source>You were removed from room %1: it is now for members only, and you are not a member.</source>
        <translation>Vous avez été retiré du salon %1 : il est désormais réservé aux membres, et vous n’en êtes pas membre.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because the chat service is shutting down.</source>
        <translation>Vous avez été retiré du salon %1 car le service de discussion s’arrête.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because of a technical problem. Join it again.</source>
        <translation>Vous avez été retiré du salon %1 à cause d’un problème technique. Rejoignez-le de nouveau.</translation>
    </message>
    <message>
        <source>You are no longer in room %1.</source>
        <translation>Vous n’êtes plus dans le salon %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Room %1 was closed by its owner.</source>
        <translation>Le salon %1 a été fermé par son propriétaire.</translation>
    </message>
    <message>
        <source>Room %1 was closed by its owner; it continues in %2.</source>
        <translation>Le salon %1 a été fermé par son propriétaire ; la discussion continue dans %2.</translation>
    </message>
    <message>
        <source>Everyone in room %1 can see your address.</source>
        <translation>Tout le monde dans le salon %1 peut voir votre adresse.</translation>
    </message>
    <message>
        <source>Only the moderators of room %1 can see your address.</source>
        <translation>Seuls les modérateurs du salon %1 peuvent voir votre adresse.</translation>
    </message>
    <message>
        <source>Room %1 is logged publicly.</source>
        <translation>Le salon %1 est archivé publiquement.</translation>
    </message>
    <message>
        <source>Room %1 is no longer logged publicly.</source>
        <translation>Le salon %1 n’est plus archivé publiquement.</translation>
    </message>
    <message>
        <source>The configuration of room %1 changed.</source>
        <translation>La configuration du salon %1 a changé.</translation>
    </message>
    <message>
        <source>Room %1 was created. It stays closed to others until it is configured.</source>
        <translation>Le salon %1 a été créé. Il reste fermé aux autres tant qu’il n’est pas configuré.</translation>
    </message>
    <message>
        <source>Room %1 changed your nickname.</source>
        <translation>Le salon %1 a changé votre pseudo.</translation>
    </message>
</context>
<context>
    <name>charla::MucFeature</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>Room %1 does not support removing messages for everyone.</source>
        <translation>Le salon %1 ne permet pas de supprimer des messages pour tout le monde.</translation>
    </message>
    <message>
        <source>Room %1 sent a configuration form Charla cannot read.</source>
        <translation>Le salon %1 a envoyé un formulaire de configuration que Charla ne sait pas lire.</translation>
    </message>
    <message>
        <source>%1 was banned from room %2.</source>
        <translation>%1 a été banni du salon %2.</translation>
    </message>
    <message>
        <source>%1 was kicked from room %2.</source>
        <translation>%1 a été expulsé du salon %2.</translation>
    </message>
    <message>
        <source>The connection to room %1 was lost; joining it again.</source>
        <translation>La connexion au salon %1 a été perdue ; nouvelle tentative pour le rejoindre.</translation>
    </message>
    <message>
        <source>A retraction in room %1 refers to a message Charla does not have.</source>
        <translation>Un retrait dans le salon %1 concerne un message que Charla n’a pas.</translation>
    </message>
    <message>
        <source>%1 tried to retract someone else's message in room %2; it was ignored.</source>
        <translation>%1 a tenté de retirer le message de quelqu’un d’autre dans le salon %2 ; c’est ignoré.</translation>
    </message>
    <message>
        <source>A correction in room %1 refers to a message Charla does not have; it was ignored.</source>
        <translation>Une correction dans le salon %1 concerne un message que Charla n’a pas ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>%1 tried to correct a message in room %2 that someone else sent; the correction was ignored.</source>
        <translation>%1 a tenté de corriger dans le salon %2 un message envoyé par quelqu’un d’autre ; la correction a été ignorée.</translation>
    </message>
    <message>
        <source>Not connected: the message was not sent.</source>
        <translation>Non connecté : le message n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>/me retracted a previous message, but your client does not support that.</source>
        <translation>/me a retiré un message précédent, mais votre client ne le prend pas en charge.</translation>
    </message>
    <message>
        <source>Room %1 answers again.</source>
        <translation>Le salon %1 répond de nouveau.</translation>
    </message>
    <message>
        <source>Room %1 does not answer; Charla keeps checking whether you are still in it.</source>
        <translation>Le salon %1 ne répond pas ; Charla continue de vérifier si vous y êtes encore.</translation>
    </message>
</context>
<context>
    <name>charla::NamespaceNames</name>
    <message>
        <source>Service discovery (information)</source>
        <translation>Découverte de services (informations)</translation>
    </message>
    <message>
        <source>Service discovery (items)</source>
        <translation>Découverte de services (éléments)</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Salon de discussion</translation>
    </message>
    <message>
        <source>File upload</source>
        <translation>Envoi de fichiers</translation>
    </message>
    <message>
        <source>Publish-subscribe</source>
        <translation>Publication-abonnement</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Registration</source>
        <extracomment>A feature a service offers (XEP-0077): signing up for an account (a noun).</extracomment>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Contact card (vCard)</source>
        <translation>Carte de visite (vCard)</translation>
    </message>
    <message>
        <source>Message archive</source>
        <translation>Archive des messages</translation>
    </message>
    <message>
        <source>Message copies to all devices</source>
        <translation>Copies des messages sur tous les appareils</translation>
    </message>
    <message>
        <source>Blocking</source>
        <extracomment>A feature a server offers (XEP-0191): blocking other users (a noun).</extracomment>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Version du logiciel</translation>
    </message>
    <message>
        <source>Entity time</source>
        <extracomment>A feature (XEP-0202): a client or server tells its local time.</extracomment>
        <translation>Heure de l’entité</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Liste de contacts</translation>
    </message>
    <message>
        <source>Private storage</source>
        <translation>Stockage privé</translation>
    </message>
    <message>
        <source>User search</source>
        <translation>Recherche d’utilisateurs</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Gestion du flux</translation>
    </message>
    <message>
        <source>Client state indication</source>
        <translation>Indication de l’état du client</translation>
    </message>
    <message>
        <source>File transfer proxy</source>
        <translation>Proxy de transfert de fichiers</translation>
    </message>
    <message>
        <source>External services (STUN/TURN)</source>
        <translation>Services externes (STUN/TURN)</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <source>Publish-subscribe: publish</source>
        <translation>Publication-abonnement : publier</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatars</translation>
    </message>
    <message>
        <source>Offline messages</source>
        <translation>Messages hors ligne</translation>
    </message>
    <message>
        <source>Data forms</source>
        <translation>Formulaires de données</translation>
    </message>
    <message>
        <source>Chat server</source>
        <translation>Serveur de discussion</translation>
    </message>
    <message>
        <source>Group chat service</source>
        <translation>Service de salons</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Stockage de fichiers</translation>
    </message>
    <message>
        <source>Publish-subscribe service</source>
        <translation>Service de publication-abonnement</translation>
    </message>
    <message>
        <source>Personal events</source>
        <translation>Événements personnels</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Desktop client</source>
        <translation>Client de bureau</translation>
    </message>
    <message>
        <source>Phone client</source>
        <translation>Client mobile</translation>
    </message>
    <message>
        <source>Web client</source>
        <translation>Client web</translation>
    </message>
    <message>
        <source>Command list</source>
        <translation>Liste des commandes</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>Annuaire des utilisateurs</translation>
    </message>
</context>
<context>
    <name>charla::NewChatDialog</name>
    <message>
        <source>New Chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The address to write to; your contacts are completed by address or name.</source>
        <translation>L’adresse à laquelle écrire ; vos contacts sont complétés par adresse ou par nom.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Open Chat</source>
        <translation>Ouvrir la discussion</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Ce n’est pas une adresse valide.</translation>
    </message>
</context>
<context>
    <name>charla::NotifyModeButton</name>
    <message>
        <source>What this chat notifies you about</source>
        <translation>Ce dont cette discussion vous avertit</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Mentions only</source>
        <translation>Mentions seulement</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Avertir</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Notifications : %1</translation>
    </message>
</context>
<context>
    <name>charla::OccupantDelegate</name>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
</context>
<context>
    <name>charla::OccupantModel</name>
    <message>
        <source>Moderators</source>
        <translation>Modérateurs</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
</context>
<context>
    <name>charla::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Enter the password for %1:</source>
        <translation>Saisissez le mot de passe de %1 :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Charla will use this password until you quit and will not save it.</source>
        <translation>Charla utilisera ce mot de passe jusqu’à ce que vous quittiez, sans l’enregistrer.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>charla::PasswordStore</name>
    <message>
        <source>No password is saved for %1.</source>
        <translation>Aucun mot de passe n’est enregistré pour %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the password for %1 cannot be saved. Charla will ask for it each time it connects.</source>
        <translation>Aucun trousseau n’est disponible sur ce système : le mot de passe de %1 ne peut donc pas être enregistré. Charla le demandera à chaque connexion.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password for %1. Unlock the keychain and try again.</source>
        <translation>Le trousseau a refusé l’accès au mot de passe de %1. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not be reached (%1). Charla will ask for the password for %2 when it connects.</source>
        <translation>Le trousseau est inaccessible (%1). Charla demandera le mot de passe de %2 lors de la connexion.</translation>
    </message>
</context>
<context>
    <name>charla::PlainMechanism</name>
    <message>
        <source>Enter a user name to log in.</source>
        <translation>Saisissez un nom d’utilisateur pour vous connecter.</translation>
    </message>
    <message>
        <source>Enter a password to log in.</source>
        <translation>Saisissez un mot de passe pour vous connecter.</translation>
    </message>
    <message>
        <source>The user name or password contains a character that cannot be used to log in.</source>
        <translation>Le nom d’utilisateur ou le mot de passe contient un caractère inutilisable pour la connexion.</translation>
    </message>
    <message>
        <source>The login was started twice. This is a bug in Charla.</source>
        <translation>La connexion a été lancée deux fois. C’est un bogue de Charla.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login step. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé une étape de connexion inattendue. Réessayez plus tard ; si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>charla::Preferences</name>
    <message>
        <source>connects directly</source>
        <translation>se connecte directement</translation>
    </message>
    <message>
        <source>uses the system's proxy</source>
        <translation>utilise le proxy du système</translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1:%2</source>
        <translation>proxy SOCKS5 %1:%2</translation>
    </message>
    <message>
        <source>HTTP proxy %1:%2</source>
        <translation>proxy HTTP %1:%2</translation>
    </message>
</context>
<context>
    <name>charla::Profile</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable, or choose another profile.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez qu’il est accessible en écriture, ou choisissez un autre profil.</translation>
    </message>
</context>
<context>
    <name>charla::ProxySettings</name>
    <message>
        <source>%1 is not a proxy: use socks5://HOST:PORT, http://HOST:PORT, system or none.</source>
        <translation>%1 n’est pas un proxy : utilisez socks5://HÔTE:PORT, http://HÔTE:PORT, system ou none.</translation>
    </message>
    <message>
        <source>Charla does not take proxy passwords: remove the password from %1.</source>
        <translation>Charla n’accepte pas les mots de passe de proxy : retirez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Le port du proxy doit être un nombre entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>charla::PubSubWindow</name>
    <message>
        <source>Publish-subscribe</source>
        <translation>Publication-abonnement</translation>
    </message>
    <message>
        <source>Your PEP nodes</source>
        <translation>Vos nœuds PEP</translation>
    </message>
    <message>
        <source>Node or item</source>
        <translation>Nœud ou élément</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Service, e.g. pubsub.example.org</source>
        <translation>Service, par ex. pubsub.example.org</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>S’&amp;abonner</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>Your account publishes no PEP nodes yet.</source>
        <translation>Votre compte ne publie encore aucun nœud PEP.</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(échec)</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Ce n’est pas une adresse : %1</translation>
    </message>
    <message>
        <source>Say which node to subscribe to.</source>
        <translation>Indiquez le nœud auquel vous abonner.</translation>
    </message>
    <message>
        <source>Subscribing to %1 on %2…</source>
        <translation>Abonnement à %1 sur %2…</translation>
    </message>
    <message>
        <source>Subscribed to %1 on %2: new items appear below.</source>
        <translation>Abonné à %1 sur %2 : les nouveaux éléments s’affichent ci-dessous.</translation>
    </message>
</context>
<context>
    <name>charla::Registration</name>
    <message>
        <source>"%1" is not a server name such as example.org.</source>
        <translation>« %1 » n’est pas un nom de serveur comme example.org.</translation>
    </message>
    <message>
        <source>The registration was cancelled.</source>
        <translation>L’inscription a été annulée.</translation>
    </message>
    <message>
        <source>Choose a server before creating an account.</source>
        <translation>Choisissez un serveur avant de créer un compte.</translation>
    </message>
    <message>
        <source>The server %1 sent a registration form Charla cannot read.</source>
        <translation>Le serveur %1 a envoyé un formulaire d’inscription que Charla ne sait pas lire.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Try again later.</source>
        <translation>Le serveur %1 n’a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server %1 does not let you create an account from Charla. Its web site may explain how to get one.</source>
        <translation>Le serveur %1 ne permet pas de créer un compte depuis Charla. Son site web explique peut-être comment en obtenir un.</translation>
    </message>
    <message>
        <source>This server does not allow creating accounts here.</source>
        <translation>Ce serveur ne permet pas de créer des comptes ici.</translation>
    </message>
    <message>
        <source>The server %1 did not send its registration form (%2).</source>
        <translation>Le serveur %1 n’a pas envoyé son formulaire d’inscription (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>Le serveur a répondu : « %1 »</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time; the account may or may not exist. Try logging in before trying again.</source>
        <translation>Le serveur %1 n’a pas répondu à temps ; le compte existe peut-être, peut-être pas. Essayez de vous connecter avant de recommencer.</translation>
    </message>
    <message>
        <source>That name is already taken on %1.</source>
        <translation>Ce nom est déjà pris sur %1.</translation>
    </message>
    <message>
        <source>The name %1 is already taken on %2.</source>
        <translation>Le nom %1 est déjà pris sur %2.</translation>
    </message>
    <message>
        <source>The server did not accept the form: a required field is empty or a value is not valid.</source>
        <translation>Le serveur n’a pas accepté le formulaire : un champ obligatoire est vide ou une valeur n’est pas valide.</translation>
    </message>
    <message>
        <source>The server did not accept the form: %1</source>
        <translation>Le serveur n’a pas accepté le formulaire : %1</translation>
    </message>
    <message>
        <source>The server %1 does not allow creating accounts from your network.</source>
        <translation>Le serveur %1 ne permet pas de créer des comptes depuis votre réseau.</translation>
    </message>
    <message>
        <source>The server %1 refused to create an account right now. Try again later.</source>
        <translation>Le serveur %1 a refusé de créer un compte pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server %1 could not read the registration. Fill in the form again.</source>
        <translation>Le serveur %1 n’a pas pu lire l’inscription. Remplissez de nouveau le formulaire.</translation>
    </message>
    <message>
        <source>The server %1 did not create the account (%2).</source>
        <translation>Le serveur %1 n’a pas créé le compte (%2).</translation>
    </message>
</context>
<context>
    <name>charla::RegistrationFeature</name>
    <message>
        <source>The new password is empty. Type the password you want.</source>
        <translation>Le nouveau mot de passe est vide. Tapez le mot de passe souhaité.</translation>
    </message>
    <message>
        <source>The account is not connected. Connect it, then try again.</source>
        <translation>Le compte n’est pas connecté. Connectez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The server %1 asks for more before it changes the password.</source>
        <translation>Le serveur %1 demande davantage d’informations avant de changer le mot de passe.</translation>
    </message>
    <message>
        <source>The server %1 does not consider this connection safe enough to change the password.</source>
        <translation>Le serveur %1 ne juge pas cette connexion assez sûre pour changer le mot de passe.</translation>
    </message>
    <message>
        <source>The server %1 does not allow changing the password from Charla. Its web site may offer a way.</source>
        <translation>Le serveur %1 ne permet pas de changer le mot de passe depuis Charla. Son site web propose peut-être un moyen.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password change request.</source>
        <translation>Le serveur %1 n’a pas accepté la demande de changement de mot de passe.</translation>
    </message>
    <message>
        <source>The server %1 did not change the password (%2).</source>
        <translation>Le serveur %1 n’a pas changé le mot de passe (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>Le serveur a répondu : « %1 »</translation>
    </message>
    <message>
        <source>The server %1 asks for more before it removes the account.</source>
        <translation>Le serveur %1 demande davantage d’informations avant de supprimer le compte.</translation>
    </message>
    <message>
        <source>The server %1 does not allow removing %2 from Charla. Its web site may offer a way.</source>
        <translation>Le serveur %1 ne permet pas de supprimer %2 depuis Charla. Son site web propose peut-être un moyen.</translation>
    </message>
    <message>
        <source>The account %1 does not exist on its server.</source>
        <translation>Le compte %1 n’existe pas sur son serveur.</translation>
    </message>
    <message>
        <source>The server %1 did not remove the account %2 (%3).</source>
        <translation>Le serveur %1 n’a pas supprimé le compte %2 (%3).</translation>
    </message>
</context>
<context>
    <name>charla::RenameContactDialog</name>
    <message>
        <source>Rename Contact</source>
        <translation>Renommer le contact</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Nom pour %1 :</translation>
    </message>
    <message>
        <source>Name for %1</source>
        <translation>Nom pour %1</translation>
    </message>
    <message>
        <source>Leave it empty to show the address.</source>
        <translation>Laissez vide pour afficher l’adresse.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>charla::RoomActions</name>
    <message>
        <source>&amp;Join Room…</source>
        <translation>&amp;Rejoindre un salon…</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>Sa&amp;lons</translation>
    </message>
    <message>
        <source>Bookmarked rooms</source>
        <translation>Salons dans les signets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No bookmarked rooms</source>
        <translation>Aucun salon dans les signets</translation>
    </message>
    <message>
        <source>Invitation to a Room</source>
        <translation>Invitation dans un salon</translation>
    </message>
    <message>
        <source>%1 invites you (%2) to the room %3.</source>
        <translation>%1 vous invite (%2) dans le salon %3.</translation>
    </message>
    <message>
        <source>Their message: %1</source>
        <translation>Son message : %1</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Décliner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>charla::RoomHeader</name>
    <message>
        <source>Change subject…</source>
        <translation>Changer le sujet…</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>Aucun sujet</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Défini par %1</translation>
    </message>
</context>
<context>
    <name>charla::RoomManager</name>
    <message>
        <source>%1 declined the invitation.</source>
        <translation>%1 a décliné l’invitation.</translation>
    </message>
    <message>
        <source>%1 declined the invitation: %2</source>
        <translation>%1 a décliné l’invitation : %2</translation>
    </message>
    <message>
        <source>&amp;Remove for everyone (moderate)…</source>
        <translation>&amp;Retirer pour tout le monde (modérer)…</translation>
    </message>
    <message>
        <source>This room does not support removing messages.</source>
        <translation>Ce salon ne permet pas de retirer des messages.</translation>
    </message>
    <message>
        <source>You are not in this room now, so the message was not sent. Join it again from the Room menu.</source>
        <translation>Vous n’êtes pas dans ce salon en ce moment : le message n’a donc pas été envoyé. Rejoignez-le depuis le menu Salon.</translation>
    </message>
    <message>
        <source>You are not in this room now, or the message is not yours to change, so nothing was sent.</source>
        <translation>Vous n’êtes pas dans ce salon en ce moment, ou ce message n’est pas le vôtre : rien n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the room? Their apps may still keep a copy.</source>
        <translation>Supprimer ce message pour tout le monde dans le salon ? Leurs applications peuvent en garder une copie.</translation>
    </message>
    <message>
        <source>You are not in this room now, so the message was not sent.</source>
        <translation>Vous n’êtes pas dans ce salon en ce moment : le message n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>You are not in the room of %1 now, so the message was not sent.</source>
        <translation>Vous n’êtes pas dans le salon de %1 en ce moment : le message n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>Private chat through the room</source>
        <translation>Discussion privée via le salon</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>Vous n’êtes pas dans ce salon.</translation>
    </message>
    <message>
        <source>Offline: you join this room again once connected.</source>
        <translation>Hors ligne : vous rejoindrez ce salon une fois connecté.</translation>
    </message>
    <message>
        <source>Joining as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n occupant(s)</source>
        <translation>
            <numerusform>%n occupant</numerusform>
            <numerusform>%n occupants</numerusform>
        </translation>
    </message>
    <message>
        <source>you are %1</source>
        <translation>vous êtes %1</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <source>no voice</source>
        <translation>sans parole</translation>
    </message>
    <message>
        <source>&amp;Join again</source>
        <translation>Re&amp;joindre à nouveau</translation>
    </message>
    <message>
        <source>Change &amp;nickname…</source>
        <translation>Changer de &amp;pseudo…</translation>
    </message>
    <message>
        <source>Change &amp;subject…</source>
        <translation>Changer le &amp;sujet…</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Inviter quelqu’un…</translation>
    </message>
    <message>
        <source>&amp;Bookmark this room</source>
        <translation>Ajouter ce salon aux si&amp;gnets</translation>
    </message>
    <message>
        <source>&amp;Configure room…</source>
        <translation>&amp;Configurer le salon…</translation>
    </message>
    <message>
        <source>&amp;Destroy room…</source>
        <translation>&amp;Détruire le salon…</translation>
    </message>
    <message>
        <source>&amp;Leave room</source>
        <translation>&amp;Quitter le salon</translation>
    </message>
    <message>
        <source>Send &amp;private message</source>
        <translation>Envoyer un message &amp;privé</translation>
    </message>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Expulser…</translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>Expulser %1</translation>
    </message>
    <message>
        <source>Reason (optional, the room shows it):</source>
        <translation>Motif (facultatif, le salon l’affiche) :</translation>
    </message>
    <message>
        <source>&amp;Grant voice</source>
        <translation>&amp;Donner la parole</translation>
    </message>
    <message>
        <source>&amp;Revoke voice</source>
        <translation>&amp;Retirer la parole</translation>
    </message>
    <message>
        <source>The room does not show this person's address</source>
        <translation>Le salon ne montre pas l’adresse de cette personne</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Bannir…</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>Bannir %1</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Rendre &amp;membre</translation>
    </message>
    <message>
        <source>Remove &amp;membership</source>
        <translation>Retirer le statut de me&amp;mbre</translation>
    </message>
    <message>
        <source>Make &amp;admin</source>
        <translation>Rendre &amp;administrateur</translation>
    </message>
    <message>
        <source>Remove a&amp;dmin rights</source>
        <translation>Retirer les droits d’a&amp;dministrateur</translation>
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation>Rendre pr&amp;opriétaire</translation>
    </message>
    <message>
        <source>Remove o&amp;wnership</source>
        <translation>Retirer la propri&amp;été</translation>
    </message>
    <message>
        <source>Change Nickname</source>
        <translation>Changer de pseudo</translation>
    </message>
    <message>
        <source>Your nickname in %1:</source>
        <translation>Votre pseudo dans %1 :</translation>
    </message>
    <message>
        <source>Change Subject</source>
        <translation>Changer le sujet</translation>
    </message>
    <message>
        <source>The subject of %1:</source>
        <translation>Le sujet de %1 :</translation>
    </message>
    <message>
        <source>%1 is invited.</source>
        <translation>%1 est invité.</translation>
    </message>
    <message>
        <source>New Room %1</source>
        <translation>Nouveau salon %1</translation>
    </message>
    <message>
        <source>Configure %1</source>
        <translation>Configurer %1</translation>
    </message>
    <message>
        <source>You created this room. Choose its settings, or Cancel to keep the server's defaults.</source>
        <translation>Vous avez créé ce salon. Choisissez ses paramètres, ou Annuler pour garder ceux du serveur par défaut.</translation>
    </message>
    <message>
        <source>The room's settings are saved.</source>
        <translation>Les paramètres du salon sont enregistrés.</translation>
    </message>
    <message>
        <source>Destroy Room</source>
        <translation>Détruire le salon</translation>
    </message>
    <message>
        <source>Destroy %1 for everyone? Its occupants are removed and its settings are lost.

Reason (optional):</source>
        <translation>Détruire %1 pour tout le monde ? Ses occupants en sont retirés et ses paramètres sont perdus.

Motif (facultatif) :</translation>
    </message>
    <message>
        <source>Remove Message</source>
        <translation>Retirer le message</translation>
    </message>
    <message>
        <source>Remove this message of %1 for everyone in the room?

Reason (optional):</source>
        <translation>Retirer ce message de %1 pour tout le monde dans le salon ?

Motif (facultatif) :</translation>
    </message>
    <message>
        <source>This room gives its messages no id to reply to.</source>
        <translation>Ce salon ne donne à ses messages aucun identifiant auquel répondre.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 sont en train d’écrire…</translation>
    </message>
    <message>
        <source>%1 people are typing…</source>
        <translation>%1 personnes sont en train d’écrire…</translation>
    </message>
</context>
<context>
    <name>charla::RosterDelegate</name>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Does not share their status with you</source>
        <translation>Ne partage pas son statut avec vous</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>A roster group's counts: contacts online / contacts in the group</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>You share your status with each other.</source>
        <translation>Vous partagez vos statuts l’un avec l’autre.</translation>
    </message>
    <message>
        <source>You see their status; they do not see yours.</source>
        <translation>Vous voyez son statut ; il ne voit pas le vôtre.</translation>
    </message>
    <message>
        <source>They see your status; you do not see theirs.</source>
        <translation>Il voit votre statut ; vous ne voyez pas le sien.</translation>
    </message>
    <message>
        <source>You do not share your status with each other.</source>
        <translation>Vous ne partagez pas vos statuts.</translation>
    </message>
    <message>
        <source>Waiting for them to approve your request.</source>
        <translation>En attente de l’approbation de votre demande.</translation>
    </message>
</context>
<context>
    <name>charla::RosterModel</name>
    <message>
        <source>Contacts</source>
        <extracomment>The roster group that holds the contacts who are in no group</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>free for chat</source>
        <translation>disponible pour discuter</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>away for a while</source>
        <translation>absent pour un moment</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
</context>
<context>
    <name>charla::RunCommandDialog</name>
    <message>
        <source>Run command</source>
        <translation>Exécuter une commande</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;List commands</source>
        <translation>&amp;Lister les commandes</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Ce n’est pas une adresse : %1</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>Asking %1 for its commands…</source>
        <translation>Demande de ses commandes à %1…</translation>
    </message>
    <message>
        <source>%1 offers no commands to this account.</source>
        <translation>%1 ne propose aucune commande à ce compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) offered by %1.</source>
        <translation>
            <numerusform>%n commande proposée par %1.</numerusform>
            <numerusform>%n commandes proposées par %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::SaslMechanism</name>
    <message>
        <source>The server offered no way to log in. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur n’a proposé aucun moyen de connexion. Réessayez plus tard ; si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server offered only login methods Charla does not support (%1). Tell the server's administrator that Charla needs SCRAM.</source>
        <translation>Le serveur n’a proposé que des méthodes de connexion que Charla ne prend pas en charge (%1). Signalez à l’administrateur du serveur que Charla a besoin de SCRAM.</translation>
    </message>
    <message>
        <source>The server offered only %1, weaker than %2 used before for this account. This can mean someone is tampering with the connection.</source>
        <translation>Le serveur n’a proposé que %1, plus faible que %2 utilisé auparavant pour ce compte. Cela peut signifier que quelqu’un manipule la connexion.</translation>
    </message>
    <message>
        <source>The server offered only PLAIN login without an encrypted connection, which would reveal your password, so Charla did not log in.</source>
        <translation>Le serveur n’a proposé qu’une connexion PLAIN sans chiffrement, ce qui révélerait votre mot de passe : Charla ne s’est donc pas connecté.</translation>
    </message>
</context>
<context>
    <name>charla::ScramMechanism</name>
    <message>
        <source>The server sent a malformed login message. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé un message de connexion mal formé. Réessayez plus tard ; si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>Your password mixes right-to-left and left-to-right text in a way that cannot be used to log in. Change it from another client.</source>
        <translation>Votre mot de passe mélange du texte de droite à gauche et de gauche à droite d’une façon inutilisable pour la connexion. Changez-le depuis un autre client.</translation>
    </message>
    <message>
        <source>Your user name mixes right-to-left and left-to-right text in a way that cannot be used to log in.</source>
        <translation>Votre nom d’utilisateur mélange du texte de droite à gauche et de gauche à droite d’une façon inutilisable pour la connexion.</translation>
    </message>
    <message>
        <source>Your password contains a character that cannot be used to log in (a control, formatting or private-use character). Change it from another client.</source>
        <translation>Votre mot de passe contient un caractère inutilisable pour la connexion (caractère de contrôle, de mise en forme ou à usage privé). Changez-le depuis un autre client.</translation>
    </message>
    <message>
        <source>Your user name contains a character that cannot be used to log in.</source>
        <translation>Votre nom d’utilisateur contient un caractère inutilisable pour la connexion.</translation>
    </message>
    <message>
        <source>Charla does not support this SCRAM variant.</source>
        <translation>Charla ne prend pas en charge cette variante de SCRAM.</translation>
    </message>
    <message>
        <source>Enter a user name to log in.</source>
        <translation>Saisissez un nom d’utilisateur pour vous connecter.</translation>
    </message>
    <message>
        <source>Enter a password to log in.</source>
        <translation>Saisissez un mot de passe pour vous connecter.</translation>
    </message>
    <message>
        <source>The login was started twice. This is a bug in Charla.</source>
        <translation>La connexion a été lancée deux fois. C’est un bogue de Charla.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login step. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé une étape de connexion inattendue. Réessayez plus tard ; si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server requires a login extension Charla does not support. Tell the server's administrator.</source>
        <translation>Le serveur exige une extension de connexion que Charla ne prend pas en charge. Prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server's login challenge does not continue the one Charla started. This can mean someone is tampering with the connection.</source>
        <translation>Le défi de connexion du serveur ne prolonge pas celui que Charla a commencé. Cela peut signifier que quelqu’un manipule la connexion.</translation>
    </message>
    <message>
        <source>The server asked for %1 password hashing rounds; Charla accepts %2 to %3. This can mean a misconfigured server or someone tampering with the connection.</source>
        <translation>Le serveur a demandé %1 itérations de hachage du mot de passe ; Charla en accepte de %2 à %3. Cela peut signifier que le serveur est mal configuré ou que quelqu’un manipule la connexion.</translation>
    </message>
    <message>
        <source>Charla could not compute the login proof. This is a bug in Charla.</source>
        <translation>Charla n’a pas pu calculer la preuve de connexion. C’est un bogue de Charla.</translation>
    </message>
    <message>
        <source>The server rejected the password (%1). Check the password and try again.</source>
        <translation>Le serveur a rejeté le mot de passe (%1). Vérifiez le mot de passe et réessayez.</translation>
    </message>
    <message>
        <source>The server does not know this account (%1). Check the address.</source>
        <translation>Le serveur ne connaît pas ce compte (%1). Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>Le serveur a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>Le serveur n’a pas pu prouver qu’il connaît votre mot de passe : Charla ne s’est donc pas connecté. Cela peut signifier que quelqu’un se fait passer pour le serveur.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows your password, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>Le serveur a accepté la connexion sans prouver qu’il connaît votre mot de passe : Charla ne s’est donc pas connecté. Cela peut signifier que quelqu’un se fait passer pour le serveur.</translation>
    </message>
    <message>
        <source>The server reported a successful login before the exchange was complete, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>Le serveur a signalé une connexion réussie avant la fin de l’échange : Charla ne s’est donc pas connecté. Cela peut signifier que quelqu’un se fait passer pour le serveur.</translation>
    </message>
</context>
<context>
    <name>charla::SearchPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Rechercher dans toutes les discussions</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Aucun message trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message trouvé.</numerusform>
            <numerusform>%n messages trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::ServerInfoWindow</name>
    <message>
        <source>Server information: %1</source>
        <translation>Informations sur le serveur : %1</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Informations sur le serveur</translation>
    </message>
    <message>
        <source>Requirements of the XMPP Compliance Suites 2023 (XEP-0479) for servers, as far as a client can see them.</source>
        <translation>Exigences des XMPP Compliance Suites 2023 (XEP-0479) pour les serveurs, dans la mesure où un client peut les voir.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Spécifications</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Software: %1 %2</source>
        <translation>Logiciel : %1 %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sous %1</translation>
    </message>
    <message>
        <source>Software: not told</source>
        <translation>Logiciel : non indiqué</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En fonctionnement depuis %1</translation>
    </message>
    <message>
        <source>Uptime: not told</source>
        <translation>Durée de fonctionnement : non indiquée</translation>
    </message>
    <message>
        <source>Contact addresses (XEP-0157): none published</source>
        <translation>Adresses de contact (XEP-0157) : aucune publiée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ respectée</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ manquante</translation>
    </message>
    <message>
        <source>? not visible</source>
        <translation>? non visible</translation>
    </message>
    <message>
        <source>✓ as far as seen</source>
        <translation>✓ pour autant qu’on puisse voir</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) missing</source>
        <translation>
            <numerusform>%n exigence manquante</numerusform>
            <numerusform>%n exigences manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 met, %2 missing, %3 not visible</source>
        <translation>%1 respectées, %2 manquantes, %3 non visibles</translation>
    </message>
</context>
<context>
    <name>charla::ServerProbe</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Abus</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Assistance</translation>
    </message>
</context>
<context>
    <name>charla::ServiceActions</name>
    <message>
        <source>No accounts</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Service &amp;discovery…</source>
        <translation>&amp;Découverte de services…</translation>
    </message>
    <message>
        <source>Run &amp;command…</source>
        <translation>Exécuter une &amp;commande…</translation>
    </message>
    <message>
        <source>Server &amp;information</source>
        <translation>&amp;Informations sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Gateways…</source>
        <translation>&amp;Passerelles…</translation>
    </message>
    <message>
        <source>&amp;XML console</source>
        <translation>Console &amp;XML</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>De&amp;lete account from server…</source>
        <translation>Supprimer &amp;le compte du serveur…</translation>
    </message>
    <message>
        <source>Service discovery: %1</source>
        <translation>Découverte de services : %1</translation>
    </message>
    <message>
        <source>Join a room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <source>Room on %1:</source>
        <translation>Salon sur %1 :</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Pseudo :</translation>
    </message>
    <message>
        <source>Publish-su&amp;bscribe…</source>
        <translation>Pu&amp;blication-abonnement…</translation>
    </message>
</context>
<context>
    <name>charla::ServiceRegisterDialog</name>
    <message>
        <source>Register with %1</source>
        <translation>S’inscrire auprès de %1</translation>
    </message>
    <message>
        <source>&amp;Unregister…</source>
        <translation>Se &amp;désinscrire…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;S’inscrire</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Se désinscrire</translation>
    </message>
    <message>
        <source>Unregister from %1? A gateway then also removes its contacts from your contact list.</source>
        <translation>Se désinscrire de %1 ? Une passerelle retire alors aussi ses contacts de votre liste de contacts.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>Asking %1 for its registration form…</source>
        <translation>Demande de son formulaire d’inscription à %1…</translation>
    </message>
    <message>
        <source>This account is registered with %1; you can change the details or unregister.</source>
        <translation>Ce compte est inscrit auprès de %1 ; vous pouvez modifier les informations ou vous désinscrire.</translation>
    </message>
    <message>
        <source>%1 registers on its web page: %2</source>
        <translation>L’inscription à %1 se fait sur sa page web : %2</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>Registered with %1.</source>
        <translation>Inscrit auprès de %1.</translation>
    </message>
    <message>
        <source>Unregistering…</source>
        <translation>Désinscription…</translation>
    </message>
    <message>
        <source>No longer registered with %1.</source>
        <translation>Plus inscrit auprès de %1.</translation>
    </message>
</context>
<context>
    <name>charla::ServiceRegistration</name>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>%1 sent no registration form.</source>
        <translation>%1 n’a envoyé aucun formulaire d’inscription.</translation>
    </message>
    <message>
        <source>%1 already has a registration with these details.</source>
        <translation>%1 a déjà une inscription avec ces informations.</translation>
    </message>
    <message>
        <source>%1 did not accept the form: check the fields and try again.</source>
        <translation>%1 n’a pas accepté le formulaire : vérifiez les champs et réessayez.</translation>
    </message>
    <message>
        <source>%1 does not allow this account to register.</source>
        <translation>%1 n’autorise pas ce compte à s’inscrire.</translation>
    </message>
    <message>
        <source>%1 does not offer registration.</source>
        <translation>%1 ne propose pas d’inscription.</translation>
    </message>
    <message>
        <source>This account is not registered with %1.</source>
        <translation>Ce compte n’est pas inscrit auprès de %1.</translation>
    </message>
</context>
<context>
    <name>charla::ServiceText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::Session</name>
    <message>
        <source>The server %1 did not answer in time while connecting.</source>
        <translation>Le serveur %1 n’a pas répondu à temps pendant la connexion.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>Could not find a server for %1.</source>
        <translation>Aucun serveur trouvé pour %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the %2 proxy %3: %4</source>
        <translation>Impossible de se connecter à %1 via le proxy %2 %3 : %4</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>The server sent data Charla cannot accept (%1); the connection was closed.</source>
        <translation>Le serveur a envoyé des données que Charla ne peut pas accepter (%1) ; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>Le serveur %1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server's certificate changed since you last connected to %1. This can mean someone is intercepting the connection; Charla did not send your password.</source>
        <translation>Le certificat du serveur a changé depuis votre dernière connexion à %1. Cela peut signifier que quelqu’un intercepte la connexion ; Charla n’a pas envoyé votre mot de passe.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Check its fingerprint before trusting it: %2</source>
        <translation>Le certificat de %1 n’est signé par aucune autorité approuvée par cet ordinateur. Vérifiez son empreinte avant de lui faire confiance : %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2</source>
        <translation>Le certificat de %1 n’est pas valide : %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: %2</source>
        <translation>Impossible d’établir la connexion sécurisée avec %1 : %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>The server %1 refused to start encryption.</source>
        <translation>Le serveur %1 a refusé de démarrer le chiffrement.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS), so Charla did not create an account there.</source>
        <translation>Le serveur %1 ne propose pas de chiffrement (STARTTLS) : Charla n’y a donc pas créé de compte.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS), so Charla did not send your password.</source>
        <translation>Le serveur %1 ne propose pas de chiffrement (STARTTLS) : Charla n’a donc pas envoyé votre mot de passe.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login message.</source>
        <translation>Le serveur a envoyé un message de connexion inattendu.</translation>
    </message>
    <message>
        <source>The server refused to bind a resource (%1).</source>
        <translation>Le serveur a refusé d’attribuer une ressource (%1).</translation>
    </message>
    <message>
        <source>The server refused to start the session.</source>
        <translation>Le serveur a refusé de démarrer la session.</translation>
    </message>
    <message>
        <source>Another client logged in with the same resource as %1, so the server closed this connection.</source>
        <translation>Un autre client s’est connecté avec la même ressource que %1 : le serveur a donc fermé cette connexion.</translation>
    </message>
    <message>
        <source>The server asked Charla to connect to %1 instead.</source>
        <translation>Le serveur a demandé à Charla de se connecter plutôt à %1.</translation>
    </message>
    <message>
        <source>The server %1 is shutting down.</source>
        <translation>Le serveur %1 est en cours d’arrêt.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection (%2).</source>
        <translation>Le serveur %1 a fermé la connexion (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>Le serveur a répondu : « %1 »</translation>
    </message>
    <message>
        <source>This is not well-formed XML: %1</source>
        <translation>Ce n’est pas du XML bien formé : %1</translation>
    </message>
    <message>
        <source>The server acknowledged more messages than Charla sent.</source>
        <translation>Le serveur a accusé réception de plus de messages que Charla n’en a envoyé.</translation>
    </message>
    <message>
        <source>The server acknowledged more messages than Charla sent; the connection was closed.</source>
        <translation>Le serveur a accusé réception de plus de messages que Charla n’en a envoyé ; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Mot de passe incorrect pour %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled on its server.</source>
        <translation>Le compte %1 est désactivé sur son serveur.</translation>
    </message>
    <message>
        <source>The password for %1 has expired. Change it with another client or ask the server's administrator.</source>
        <translation>Le mot de passe de %1 a expiré. Changez-le avec un autre client ou adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server could not check the password for %1 right now. Try again later.</source>
        <translation>Le serveur n’a pas pu vérifier le mot de passe de %1 pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server requires stronger encryption to log in as %1.</source>
        <translation>Le serveur exige un chiffrement plus fort pour se connecter en tant que %1.</translation>
    </message>
    <message>
        <source>The server refused the login method for %1.</source>
        <translation>Le serveur a refusé la méthode de connexion pour %1.</translation>
    </message>
    <message>
        <source>The server refused to log in %1 (%2).</source>
        <translation>Le serveur a refusé la connexion de %1 (%2).</translation>
    </message>
    <message>
        <source>Could not reach the %1 proxy %2 (%3). Check that the proxy is running and the account's proxy settings.</source>
        <translation>Impossible de joindre le proxy %1 %2 (%3). Vérifiez que le proxy fonctionne, ainsi que les paramètres de proxy du compte.</translation>
    </message>
    <message>
        <source>The %1 proxy %2 asks for a password, which Charla cannot give to proxies yet. Use a proxy that needs none.</source>
        <translation>Le proxy %1 %2 demande un mot de passe, ce que Charla ne sait pas encore fournir aux proxys. Utilisez un proxy qui n’en demande pas.</translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not relay the connection to %3 (%4). Check the account's proxy settings.</source>
        <translation>Le proxy %1 %2 n’a pas relayé la connexion vers %3 (%4). Vérifiez les paramètres de proxy du compte.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aucun certificat n’a pu être lu dans %1.</translation>
    </message>
</context>
<context>
    <name>charla::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages de préférences</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <source>A&amp;way</source>
        <translation>A&amp;bsence</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>Conne&amp;xion</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Orthographe</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
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
        <source>C&amp;olours:</source>
        <translation>C&amp;ouleurs :</translation>
    </message>
    <message>
        <source>Message text size</source>
        <translation>Taille du texte des messages</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source>Message &amp;text size:</source>
        <translation>Taille du &amp;texte des messages :</translation>
    </message>
    <message>
        <source>Message layout</source>
        <translation>Disposition des messages</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Aérée</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacte</translation>
    </message>
    <message>
        <source>Message &amp;layout:</source>
        <translation>&amp;Disposition des messages :</translation>
    </message>
    <message>
        <source>High-contrast and other system colour schemes are followed with “Follow the system”.</source>
        <translation>Avec « Comme le système », le contraste élevé et les autres jeux de couleurs du système sont respectés.</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>Afficher des &amp;notifications pour les nouveaux messages</translation>
    </message>
    <message>
        <source>A desktop notification when a message arrives in a chat you are not looking at.</source>
        <translation>Une notification de bureau quand un message arrive dans une discussion que vous ne regardez pas.</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>Ne pas &amp;déranger</translation>
    </message>
    <message>
        <source>No notification pops up; unread counts still grow.</source>
        <translation>Aucune notification n’apparaît ; les compteurs de messages non lus augmentent toujours.</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Afficher le &amp;texte du message dans les notifications</translation>
    </message>
    <message>
        <source>Off, a notification only says who wrote.</source>
        <translation>Désactivé, une notification indique seulement qui a écrit.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Only where the desktop has a tray; otherwise closing quits.</source>
        <translation>Seulement si le bureau a une zone de notification ; sinon, fermer la fenêtre quitte Charla.</translation>
    </message>
    <message>
        <source>What Charla tells the people you write to:</source>
        <translation>Ce que Charla indique aux personnes à qui vous écrivez :</translation>
    </message>
    <message>
        <source>Send &amp;typing notifications</source>
        <translation>Signaler quand j’é&amp;cris</translation>
    </message>
    <message>
        <source>Others see when you are typing a message to them.</source>
        <translation>Les autres voient quand vous êtes en train de leur écrire.</translation>
    </message>
    <message>
        <source>Send &amp;read markers</source>
        <translation>Envoyer des accusés de &amp;lecture</translation>
    </message>
    <message>
        <source>Others see when you have read their messages.</source>
        <translation>Les autres voient quand vous avez lu leurs messages.</translation>
    </message>
    <message>
        <source>Send &amp;idle time</source>
        <translation>Envoyer la durée d’&amp;inactivité</translation>
    </message>
    <message>
        <source>When you are away, contacts see since when.</source>
        <translation>Quand vous êtes absent, vos contacts voient depuis quand.</translation>
    </message>
    <message>
        <source>Fetch &amp;link previews</source>
        <translation>Charger les aperçus de &amp;liens</translation>
    </message>
    <message>
        <source>Fetching a preview tells the linked site your address. Off by default.</source>
        <translation>Charger un aperçu révèle votre adresse au site lié. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Set my status &amp;automatically when I am not at the computer</source>
        <translation>Changer mon statut &amp;automatiquement quand je ne suis pas devant l’ordinateur</translation>
    </message>
    <message>
        <source>Available accounts become Away, then Away for a while; your status comes back when you return.</source>
        <translation>Les comptes disponibles passent à Absent, puis Absent pour un moment ; votre statut revient à votre retour.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Away after minutes</source>
        <translation>Absent après des minutes</translation>
    </message>
    <message>
        <source>A&amp;way after:</source>
        <translation>A&amp;bsent après :</translation>
    </message>
    <message>
        <source>Away for a while after minutes</source>
        <translation>Absent pour un moment après des minutes</translation>
    </message>
    <message>
        <source>Away for a &amp;while after:</source>
        <translation>Absent pour un &amp;moment après :</translation>
    </message>
    <message>
        <source>Keep history</source>
        <translation>Conserver l’historique</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Pour toujours</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep messages on this computer:</source>
        <translation>&amp;Conserver les messages sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Older messages are deleted from this computer when Charla starts and once a day. Copies on the server (its archive) are not touched.</source>
        <translation>Les messages plus anciens sont supprimés de cet ordinateur au démarrage de Charla et une fois par jour. Les copies sur le serveur (son archive) ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Accounts and their proxies</source>
        <translation>Comptes et leurs proxys</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Paramètres du compte…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Check spelling while typing</source>
        <translation>&amp;Vérifier l’orthographe pendant la saisie</translation>
    </message>
    <message>
        <source>Misspelled words are underlined in the message field.</source>
        <translation>Les mots mal orthographiés sont soulignés dans le champ du message.</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Langue de l’orthographe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Each chat remembers a language chosen in its message field.</source>
        <translation>Chaque discussion retient la langue choisie dans son champ de message.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New accounts connect through this proxy:</source>
        <translation>Les nouveaux comptes se connectent par ce proxy :</translation>
    </message>
    <message>
        <source>Each account keeps a proxy of its own. Change it in the account's settings.</source>
        <translation>Chaque compte garde son propre proxy. Modifiez-le dans les paramètres du compte.</translation>
    </message>
</context>
<context>
    <name>charla::SingleInstance</name>
    <message>
        <source>Charla is already running with this profile.</source>
        <translation>Charla est déjà lancé avec ce profil.</translation>
    </message>
</context>
<context>
    <name>charla::StatusMenu</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Set status message…</source>
        <translation>Définir le message de statut…</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Disponible pour discuter</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Absence prolongée</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Status message: %1</source>
        <translation>Message de statut : %1</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>tous les comptes</translation>
    </message>
</context>
<context>
    <name>charla::StatusMessageDialog</name>
    <message>
        <source>Status message</source>
        <translation>Message de statut</translation>
    </message>
    <message>
        <source>Status message for %1:</source>
        <translation>Message de statut pour %1 :</translation>
    </message>
    <message>
        <source>What are you up to?</source>
        <translation>Que faites-vous en ce moment ?</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>When you are signed in from several devices, contacts' messages go to the one with the highest priority. A negative priority means this device never receives them unless they are sent to it directly.</source>
        <translation>Si vous êtes connecté depuis plusieurs appareils, les messages de vos contacts arrivent sur celui qui a la priorité la plus haute. Avec une priorité négative, cet appareil ne les reçoit jamais, sauf s’ils lui sont envoyés directement.</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Recent messages:</source>
        <translation>Messages récents :</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Messages récents</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
</context>
<context>
    <name>charla::StatusSelector</name>
    <message>
        <source>Status of %1: %2</source>
        <translation>Statut de %1 : %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
</context>
<context>
    <name>charla::StreamParser</name>
    <message>
        <source>The server sent malformed XML ("]]&gt;" in text), so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé du XML mal formé (« ]]&gt; » dans le texte) : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent a document type declaration (DTD), which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé une déclaration de type de document (DTD), ce que XMPP interdit : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent an XML comment, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé un commentaire XML, ce que XMPP interdit : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent an XML processing instruction, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé une instruction de traitement XML, ce que XMPP interdit : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent an XML entity reference, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé une référence d’entité XML, ce que XMPP interdit : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent an XML markup declaration, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé une déclaration de balisage XML, ce que XMPP interdit : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé du texte qui n’est pas de l’UTF-8 valide : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent text outside of any stanza, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé du texte en dehors de toute stanza : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server declared a text encoding other than UTF-8, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a déclaré un encodage de texte autre que UTF-8 : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent XML markup that XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé un balisage XML que XMPP interdit : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent malformed XML (%1), so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>Le serveur a envoyé du XML mal formé (%1) : la connexion a donc été fermée. Si cela se reproduit, prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server did not open an XMPP stream (wrong namespace), so the connection was closed. Check the server's address and port.</source>
        <translation>Le serveur n’a pas ouvert de flux XMPP (mauvais espace de noms) : la connexion a donc été fermée. Vérifiez l’adresse et le port du serveur.</translation>
    </message>
    <message>
        <source>The server did not open an XMPP stream, so the connection was closed. Check the server's address and port.</source>
        <translation>Le serveur n’a pas ouvert de flux XMPP : la connexion a donc été fermée. Vérifiez l’adresse et le port du serveur.</translation>
    </message>
    <message>
        <source>The server opened a stream with an unsupported content namespace, so the connection was closed. Check the server's address and port.</source>
        <translation>Le serveur a ouvert un flux avec un espace de noms de contenu non pris en charge : la connexion a donc été fermée. Vérifiez l’adresse et le port du serveur.</translation>
    </message>
    <message>
        <source>The server sent a stanza nested more than %1 levels deep, so the connection was closed to protect memory.</source>
        <translation>Le serveur a envoyé une stanza imbriquée sur plus de %1 niveaux : la connexion a donc été fermée pour protéger la mémoire.</translation>
    </message>
    <message>
        <source>The server sent a stanza larger than %1 bytes, so the connection was closed to protect memory.</source>
        <translation>Le serveur a envoyé une stanza de plus de %1 octets : la connexion a donc été fermée pour protéger la mémoire.</translation>
    </message>
</context>
<context>
    <name>charla::SubscriptionNotices</name>
    <message>
        <source>Subscription requests</source>
        <translation>Demandes d’abonnement</translation>
    </message>
    <message>
        <source>%1 (%2) wants to see when you are online</source>
        <translation>%1 (%2) souhaite voir quand vous êtes en ligne</translation>
    </message>
    <message>
        <source>%1 wants to see when you are online</source>
        <translation>%1 souhaite voir quand vous êtes en ligne</translation>
    </message>
    <message>
        <source>%1 (%2) wants to see when you are online on %3</source>
        <extracomment>%3 is the account (one of several) the request is for</extracomment>
        <translation>%1 (%2) souhaite voir quand vous êtes en ligne sur %3</translation>
    </message>
    <message>
        <source>%1 wants to see when you are online on %2</source>
        <translation>%1 souhaite voir quand vous êtes en ligne sur %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Allow %1 to see when you are online</source>
        <translation>Autoriser %1 à voir quand vous êtes en ligne</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more request(s) after these</source>
        <translation>
            <numerusform>%n autre demande après celles-ci</numerusform>
            <numerusform>%n autres demandes après celles-ci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::TrayIcon</name>
    <message>
        <source>Show Charla</source>
        <translation>Afficher Charla</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Hide Charla</source>
        <translation>Masquer Charla</translation>
    </message>
    <message>
        <source>Charla: %1</source>
        <translation>Charla : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::UploadFeature</name>
    <message>
        <source>The upload service gave an address that is not valid.</source>
        <translation>Le service d’envoi a fourni une adresse non valide.</translation>
    </message>
    <message>
        <source>The upload service gave an address without encryption (not https), so Charla did not upload the file. Ask the server's administrator to serve uploads over HTTPS.</source>
        <translation>Le service d’envoi a fourni une adresse non chiffrée (pas en https) : Charla n’a donc pas envoyé le fichier. Demandez à l’administrateur du serveur de servir les envois en HTTPS.</translation>
    </message>
</context>
<context>
    <name>charla::UploadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
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
        <translation>Bienvenue dans Charla</translation>
    </message>
    <message>
        <source>Charla talks to people through XMPP (Jabber), an open network of independent servers. Sign in with the account you have, or create one on a server you choose.</source>
        <translation>Charla vous met en relation avec les gens grâce à XMPP (Jabber), un réseau ouvert de serveurs indépendants. Connectez-vous avec votre compte, ou créez-en un sur le serveur de votre choix.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Add the XMPP account you already have.</source>
        <translation>Ajouter le compte XMPP que vous avez déjà.</translation>
    </message>
    <message>
        <source>C&amp;reate an account</source>
        <translation>C&amp;réer un compte</translation>
    </message>
    <message>
        <source>Create a new account on a public server.</source>
        <translation>Créer un nouveau compte sur un serveur public.</translation>
    </message>
</context>
<context>
    <name>charla::XmlConsole</name>
    <message>
        <source>XML console: %1</source>
        <translation>Console XML : %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>IQ</source>
        <translation>IQ</translation>
    </message>
    <message>
        <source>Stream</source>
        <extracomment>XML console filter: stream-level elements (the XMPP stream, not a video)</extracomment>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Acks</source>
        <extracomment>XML console filter: stream management acknowledgements (XEP-0198)</extracomment>
        <translation>Accusés</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>XML console filter: SASL authentication exchange (a noun)</extracomment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Filter by JID</source>
        <translation>Filtrer par JID</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Placeholder of the XML console's search box.</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stops updating the view; the stream is still recorded and shown on resume.</source>
        <translation>Arrête la mise à jour de l’affichage ; le flux est toujours enregistré et s’affiche à la reprise.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Raw XML to send, e.g. &lt;iq type='get' id='1'&gt;&lt;ping xmlns='urn:xmpp:ping'/&gt;&lt;/iq&gt;</source>
        <translation>XML brut à envoyer, par ex. &lt;iq type='get' id='1'&gt;&lt;ping xmlns='urn:xmpp:ping'/&gt;&lt;/iq&gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>received</source>
        <extracomment>XML console: after the time, an element that came from the server</extracomment>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sent</source>
        <extracomment>XML console: after the time, an element Charla sent</extracomment>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>Type an XML element to send.</source>
        <translation>Tapez un élément XML à envoyer.</translation>
    </message>
    <message>
        <source>Not sent: this is not well-formed XML (%1).</source>
        <translation>Non envoyé : ce n’est pas du XML bien formé (%1).</translation>
    </message>
    <message>
        <source>Not sent: the account is not connected.</source>
        <translation>Non envoyé : le compte n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>charla::XmppUri</name>
    <message>
        <source>The xmpp: link is too long.</source>
        <translation>Le lien xmpp: est trop long.</translation>
    </message>
    <message>
        <source>This is not an xmpp: link.</source>
        <translation>Ce n’est pas un lien xmpp:.</translation>
    </message>
    <message>
        <source>The xmpp: link names an account but no address.</source>
        <translation>Le lien xmpp: indique un compte mais aucune adresse.</translation>
    </message>
    <message>
        <source>The account in the xmpp: link is not valid: %1</source>
        <translation>Le compte du lien xmpp: n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The xmpp: link has no address.</source>
        <translation>Le lien xmpp: ne contient pas d’adresse.</translation>
    </message>
    <message>
        <source>The address in the xmpp: link is not valid: %1</source>
        <translation>L’adresse du lien xmpp: n’est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>charla::XmppUriDialog</name>
    <message>
        <source>xmpp: Link</source>
        <translation>Lien xmpp:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
</context>
<context>
    <name>charla::XmppUriHandler</name>
    <message>
        <source>xmpp: Link</source>
        <translation>Lien xmpp:</translation>
    </message>
    <message>
        <source>Add an account first: the link to %1 needs one to act with.</source>
        <translation>Ajoutez d’abord un compte : le lien vers %1 en a besoin pour agir.</translation>
    </message>
    <message>
        <source>The link is meant for the account %1, which is not set up here.</source>
        <translation>Le lien est destiné au compte %1, qui n’est pas configuré ici.</translation>
    </message>
    <message>
        <source>Creating accounts from links is not available here.</source>
        <translation>La création de comptes depuis des liens n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>Open a chat with %1?</source>
        <translation>Ouvrir une discussion avec %1 ?</translation>
    </message>
    <message>
        <source>Open Chat</source>
        <translation>Ouvrir la discussion</translation>
    </message>
    <message>
        <source>A chat with %1 opens for %2. Nothing is sent until you send it.</source>
        <translation>Une discussion avec %1 s’ouvre pour %2. Rien n’est envoyé tant que vous ne l’envoyez pas.</translation>
    </message>
    <message>
        <source>The chat with %1 cannot be opened for %2.</source>
        <translation>Impossible d’ouvrir la discussion avec %1 pour %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Ask to see when they are online</source>
        <translation>Demander à voir quand la personne est en ligne</translation>
    </message>
    <message>
        <source>Add %1 to your contacts?</source>
        <translation>Ajouter %1 à vos contacts ?</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>%1 is added to the contacts of %2 as “%3”.</source>
        <translation>%1 est ajouté aux contacts de %2 sous le nom « %3 ».</translation>
    </message>
    <message>
        <source>%1 is added to the contacts of %2 as “%3” in the group “%4”.</source>
        <translation>%1 est ajouté aux contacts de %2 sous le nom « %3 » dans le groupe « %4 ».</translation>
    </message>
    <message>
        <source>They are asked to let you see when they are online.</source>
        <translation>La personne est invitée à vous laisser voir quand elle est en ligne.</translation>
    </message>
    <message>
        <source>%1 cannot add contacts now.</source>
        <translation>%1 ne peut pas ajouter de contacts pour le moment.</translation>
    </message>
    <message>
        <source>Ask to see when %1 is online?</source>
        <translation>Demander à voir quand %1 est en ligne ?</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>%1 sends %2 a request to see their online status; they may accept or decline.</source>
        <translation>%1 envoie à %2 une demande pour voir son statut de connexion ; la personne peut accepter ou refuser.</translation>
    </message>
    <message>
        <source>Stop seeing when %1 is online?</source>
        <translation>Ne plus voir quand %1 est en ligne ?</translation>
    </message>
    <message>
        <source>Stop Seeing Status</source>
        <translation>Ne plus voir le statut</translation>
    </message>
    <message>
        <source>%1 tells %2 that it no longer wants to see their online status. The contact stays in the list.</source>
        <translation>%1 indique à %2 ne plus vouloir voir son statut de connexion. Le contact reste dans la liste.</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Supprimer %1 de vos contacts ?</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>%1 is removed from the contacts of %2; neither of you sees the other's online status any more.</source>
        <translation>%1 est retiré des contacts de %2 ; aucun de vous ne verra plus le statut de connexion de l’autre.</translation>
    </message>
    <message>
        <source>%1 cannot do that now.</source>
        <translation>%1 ne peut pas faire cela pour le moment.</translation>
    </message>
    <message>
        <source>Run a command offered by %1?</source>
        <translation>Exécuter une commande proposée par %1 ?</translation>
    </message>
    <message>
        <source>Run Command</source>
        <translation>Exécuter la commande</translation>
    </message>
    <message>
        <source>The link names no command to run.</source>
        <translation>Le lien n’indique aucune commande à exécuter.</translation>
    </message>
    <message>
        <source>%1 asks %2 to start the command “%3”. Each step is shown to you before anything is submitted.</source>
        <translation>%1 demande à %2 de lancer la commande « %3 ». Chaque étape vous est montrée avant tout envoi.</translation>
    </message>
    <message>
        <source>%1 cannot run commands now.</source>
        <translation>%1 ne peut pas exécuter de commandes pour le moment.</translation>
    </message>
    <message>
        <source>Group chats are not available here.</source>
        <translation>Les salons ne sont pas disponibles ici.</translation>
    </message>
</context>
</TS>
