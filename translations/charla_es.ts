<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>charla</name>
    <message>
        <source>Charla, a desktop XMPP (Jabber) client.</source>
        <translation>Charla, un cliente XMPP (Jabber) de escritorio.</translation>
    </message>
    <message>
        <source>Keep settings, history and keychain entries under DIR.</source>
        <translation>Guardar la configuración, el historial y las entradas del llavero en DIR.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>An xmpp: address to open.</source>
        <translation>Una dirección xmpp: que abrir.</translation>
    </message>
    <message>
        <source>Charla</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>El archivo de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Contraseña incorrecta para %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled on its server.</source>
        <translation>La cuenta %1 está desactivada en su servidor.</translation>
    </message>
    <message>
        <source>The password for %1 has expired. Change it with another client or ask the server's administrator.</source>
        <translation>La contraseña de %1 ha caducado. Cámbiela con otro cliente o consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server could not check the password for %1 right now. Try again later.</source>
        <translation>El servidor no pudo comprobar la contraseña de %1 en este momento. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server requires stronger encryption to log in as %1.</source>
        <translation>El servidor exige un cifrado más fuerte para iniciar sesión como %1.</translation>
    </message>
    <message>
        <source>The server refused the login method for %1.</source>
        <translation>El servidor rechazó el método de inicio de sesión de %1.</translation>
    </message>
    <message>
        <source>The server refused to log in %1 (%2).</source>
        <translation>El servidor rechazó el inicio de sesión de %1 (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>El servidor dijo: «%1»</translation>
    </message>
</context>
<context>
    <name>charla::CliRunner</name>
    <message>
        <source>--account needs --profile DIR.</source>
        <translation>--account requiere --profile DIR.</translation>
    </message>
    <message>
        <source>There is no account %1 in the profile %2. Add it with "account add".</source>
        <translation>No hay ninguna cuenta %1 en el perfil %2. Añádala con «account add».</translation>
    </message>
    <message>
        <source>Say which account to use: --jid JID --password-file FILE, or --profile DIR --account JID.</source>
        <translation>Indique qué cuenta usar: --jid JID --password-file FILE, o --profile DIR --account JID.</translation>
    </message>
    <message>
        <source>%1 is a server address, not an account.</source>
        <translation>%1 es la dirección de un servidor, no una cuenta.</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 no es una dirección válida: %2</translation>
    </message>
    <message>
        <source>No password: give --password-file FILE.</source>
        <translation>Falta la contraseña: indique --password-file FILE.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>No se indicó ninguna orden. Consulte --help.</translation>
    </message>
    <message>
        <source>Unknown account command. Use: account add JID --password-file FILE</source>
        <translation>Orden de cuenta desconocida. Uso: account add JID --password-file FILE</translation>
    </message>
    <message>
        <source>Usage: send JID TEXT</source>
        <translation>Uso: send JID TEXT</translation>
    </message>
    <message>
        <source>The server did not confirm the message within %1 seconds.</source>
        <translation>El servidor no confirmó el mensaje en un plazo de %1 segundos.</translation>
    </message>
    <message>
        <source>Listening as %1</source>
        <translation>Escuchando como %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>Usage: --profile DIR account add JID --password-file FILE [--host H] [--port P] [--direct-tls] [--ca-file PEM]</source>
        <translation>Uso: --profile DIR account add JID --password-file FILE [--host H] [--port P] [--direct-tls] [--ca-file PEM]</translation>
    </message>
    <message>
        <source>The certificate's SHA-256 fingerprint is %1. To trust this server, pass its CA with --ca-file.</source>
        <translation>La huella SHA-256 del certificado es %1. Para confiar en este servidor, indique su CA con --ca-file.</translation>
    </message>
    <message>
        <source>Could not log in within %1 seconds.</source>
        <translation>No se pudo iniciar sesión en un plazo de %1 segundos.</translation>
    </message>
</context>
<context>
    <name>charla::Client</name>
    <message>
        <source>The account was disconnected before the answer came.</source>
        <translation>La cuenta se desconectó antes de recibir la respuesta.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came.</source>
        <translation>Se perdió la conexión antes de recibir la respuesta.</translation>
    </message>
</context>
<context>
    <name>charla::IqTracker</name>
    <message>
        <source>%1 answered with an error (%2).</source>
        <translation>%1 respondió con un error (%2).</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>No se recibió ninguna respuesta a tiempo.</translation>
    </message>
</context>
<context>
    <name>charla::Jid</name>
    <message>
        <source>The part before @ contains %1, which is not allowed there.</source>
        <translation>La parte anterior a la @ contiene %1, que no se permite ahí.</translation>
    </message>
    <message>
        <source>The domain contains %1, which is not allowed in a domain name.</source>
        <translation>El dominio contiene %1, que no se permite en un nombre de dominio.</translation>
    </message>
    <message>
        <source>The resource after / contains %1, which is not allowed there.</source>
        <translation>El recurso posterior a la / contiene %1, que no se permite ahí.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 1023 bytes.</source>
        <translation>La parte anterior a la @ ocupa más de 1023 bytes.</translation>
    </message>
    <message>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>El dominio ocupa más de 1023 bytes.</translation>
    </message>
    <message>
        <source>The resource after / is longer than 1023 bytes.</source>
        <translation>El recurso posterior a la / ocupa más de 1023 bytes.</translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation>El dominio está vacío.</translation>
    </message>
    <message>
        <source>The domain is not a valid internationalized domain name.</source>
        <translation>El dominio no es un nombre de dominio internacionalizado válido.</translation>
    </message>
    <message>
        <source>The address contains a broken character (an unpaired UTF-16 surrogate).</source>
        <translation>La dirección contiene un carácter defectuoso (un sustituto UTF-16 sin pareja).</translation>
    </message>
    <message>
        <source>The domain is not a valid IPv6 address.</source>
        <translation>El dominio no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <source>The domain has an empty label (two dots in a row, or a dot at the start).</source>
        <translation>El dominio tiene una etiqueta vacía (dos puntos seguidos o un punto al principio).</translation>
    </message>
    <message>
        <source>A label of the domain starts or ends with a hyphen.</source>
        <translation>Una etiqueta del dominio empieza o termina con un guion.</translation>
    </message>
    <message>
        <source>A label of the domain (between dots) is longer than 63 characters.</source>
        <translation>Una etiqueta del dominio (entre puntos) tiene más de 63 caracteres.</translation>
    </message>
    <message>
        <source>The domain looks like an IPv4 address but is not one.</source>
        <translation>El dominio parece una dirección IPv4, pero no lo es.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>The part before @ is empty.</source>
        <translation>La parte anterior a la @ está vacía.</translation>
    </message>
    <message>
        <source>The resource after / is empty.</source>
        <translation>El recurso posterior a la / está vacío.</translation>
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
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>&amp;Charla</source>
        <translation>&amp;Charla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Charla</source>
        <translation>&amp;Acerca de Charla</translation>
    </message>
    <message>
        <source>No account yet.

Add your XMPP account to see your contacts here.</source>
        <translation>Todavía no hay ninguna cuenta.

Añada su cuenta XMPP para ver aquí sus contactos.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <source>About Charla</source>
        <translation>Acerca de Charla</translation>
    </message>
    <message>
        <source>Charla %1</source>
        <translation>Charla %1</translation>
    </message>
    <message>
        <source>A desktop instant-messaging client for XMPP (Jabber).
Built with Qt %1.</source>
        <translation>Un cliente de mensajería instantánea de escritorio para XMPP (Jabber).
Compilado con Qt %1.</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: desactivada</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1: en línea</translation>
    </message>
    <message numerus="yes">
        <source>%1: connection lost, trying again in %n second(s)…</source>
        <translation><numerusform>%1: conexión perdida, nuevo intento en %n segundo…</numerusform><numerusform>%1: conexión perdida, nuevo intento en %n segundos…</numerusform></translation>
    </message>
    <message>
        <source>Connected.

Your contacts will appear here.</source>
        <translation>Conectado.

Sus contactos aparecerán aquí.</translation>
    </message>
    <message>
        <source>Not connected yet.

%1</source>
        <translation>Todavía no hay conexión.

%1</translation>
    </message>
</context>
<context>
    <name>charla::PasswordStore</name>
    <message>
        <source>No password is saved for %1.</source>
        <translation>No hay ninguna contraseña guardada para %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the password for %1 cannot be saved. Charla will ask for it each time it connects.</source>
        <translation>Este sistema no tiene ningún llavero disponible, así que no se puede guardar la contraseña de %1. Charla la pedirá cada vez que se conecte.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password for %1. Unlock the keychain and try again.</source>
        <translation>El llavero denegó el acceso a la contraseña de %1. Desbloquee el llavero e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain could not be reached (%1). Charla will ask for the password for %2 when it connects.</source>
        <translation>No se pudo acceder al llavero (%1). Charla pedirá la contraseña de %2 al conectarse.</translation>
    </message>
</context>
<context>
    <name>charla::PlainMechanism</name>
    <message>
        <source>Enter a user name to log in.</source>
        <translation>Introduzca un nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter a password to log in.</source>
        <translation>Introduzca una contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>The user name or password contains a character that cannot be used to log in.</source>
        <translation>El nombre de usuario o la contraseña contienen un carácter que no se puede usar para iniciar sesión.</translation>
    </message>
    <message>
        <source>The login was started twice. This is a bug in Charla.</source>
        <translation>El inicio de sesión se lanzó dos veces. Se trata de un error de Charla.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login step. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió un paso de inicio de sesión inesperado. Inténtelo de nuevo más tarde; si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>charla::Profile</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable, or choose another profile.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que se puede escribir en ella o elija otro perfil.</translation>
    </message>
</context>
<context>
    <name>charla::SaslMechanism</name>
    <message>
        <source>The server offered no way to log in. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>El servidor no ofreció ninguna forma de iniciar sesión. Inténtelo de nuevo más tarde; si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server offered only login methods Charla does not support (%1). Tell the server's administrator that Charla needs SCRAM.</source>
        <translation>El servidor solo ofreció métodos de inicio de sesión que Charla no admite (%1). Indique al administrador del servidor que Charla necesita SCRAM.</translation>
    </message>
    <message>
        <source>The server offered only %1, weaker than %2 used before for this account. This can mean someone is tampering with the connection.</source>
        <translation>El servidor solo ofreció %1, más débil que %2, que se usó antes con esta cuenta. Esto puede indicar que alguien está manipulando la conexión.</translation>
    </message>
    <message>
        <source>The server offered only PLAIN login without an encrypted connection, which would reveal your password, so Charla did not log in.</source>
        <translation>El servidor solo ofreció el inicio de sesión PLAIN sin una conexión cifrada, lo que revelaría su contraseña, así que Charla no inició sesión.</translation>
    </message>
</context>
<context>
    <name>charla::ScramMechanism</name>
    <message>
        <source>The server sent a malformed login message. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió un mensaje de inicio de sesión mal formado. Inténtelo de nuevo más tarde; si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>Your password mixes right-to-left and left-to-right text in a way that cannot be used to log in. Change it from another client.</source>
        <translation>Su contraseña mezcla texto de derecha a izquierda y de izquierda a derecha de una forma que no se puede usar para iniciar sesión. Cámbiela desde otro cliente.</translation>
    </message>
    <message>
        <source>Your user name mixes right-to-left and left-to-right text in a way that cannot be used to log in.</source>
        <translation>Su nombre de usuario mezcla texto de derecha a izquierda y de izquierda a derecha de una forma que no se puede usar para iniciar sesión.</translation>
    </message>
    <message>
        <source>Your password contains a character that cannot be used to log in (a control, formatting or private-use character). Change it from another client.</source>
        <translation>Su contraseña contiene un carácter que no se puede usar para iniciar sesión (un carácter de control, de formato o de uso privado). Cámbiela desde otro cliente.</translation>
    </message>
    <message>
        <source>Your user name contains a character that cannot be used to log in.</source>
        <translation>Su nombre de usuario contiene un carácter que no se puede usar para iniciar sesión.</translation>
    </message>
    <message>
        <source>Charla does not support this SCRAM variant.</source>
        <translation>Charla no admite esta variante de SCRAM.</translation>
    </message>
    <message>
        <source>Enter a user name to log in.</source>
        <translation>Introduzca un nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter a password to log in.</source>
        <translation>Introduzca una contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>The login was started twice. This is a bug in Charla.</source>
        <translation>El inicio de sesión se lanzó dos veces. Se trata de un error de Charla.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login step. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió un paso de inicio de sesión inesperado. Inténtelo de nuevo más tarde; si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server requires a login extension Charla does not support. Tell the server's administrator.</source>
        <translation>El servidor exige una extensión de inicio de sesión que Charla no admite. Avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server's login challenge does not continue the one Charla started. This can mean someone is tampering with the connection.</source>
        <translation>El desafío de inicio de sesión del servidor no continúa el que inició Charla. Esto puede indicar que alguien está manipulando la conexión.</translation>
    </message>
    <message>
        <source>The server asked for %1 password hashing rounds; Charla accepts %2 to %3. This can mean a misconfigured server or someone tampering with the connection.</source>
        <translation>El servidor pidió %1 iteraciones de hash de la contraseña; Charla acepta de %2 a %3. Esto puede indicar que el servidor está mal configurado o que alguien está manipulando la conexión.</translation>
    </message>
    <message>
        <source>Charla could not compute the login proof. This is a bug in Charla.</source>
        <translation>Charla no pudo calcular la prueba de inicio de sesión. Se trata de un error de Charla.</translation>
    </message>
    <message>
        <source>The server rejected the password (%1). Check the password and try again.</source>
        <translation>El servidor rechazó la contraseña (%1). Compruebe la contraseña e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server does not know this account (%1). Check the address.</source>
        <translation>El servidor no reconoce esta cuenta (%1). Compruebe la dirección.</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>El servidor rechazó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>El servidor no pudo demostrar que conoce su contraseña, así que Charla no inició sesión. Esto puede indicar que alguien está suplantando al servidor.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows your password, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>El servidor aceptó el inicio de sesión sin demostrar que conoce su contraseña, así que Charla no inició sesión. Esto puede indicar que alguien está suplantando al servidor.</translation>
    </message>
    <message>
        <source>The server reported a successful login before the exchange was complete, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>El servidor notificó un inicio de sesión correcto antes de que terminara el intercambio, así que Charla no inició sesión. Esto puede indicar que alguien está suplantando al servidor.</translation>
    </message>
</context>
<context>
    <name>charla::Session</name>
    <message>
        <source>The server %1 did not answer in time while connecting.</source>
        <translation>El servidor %1 no respondió a tiempo durante la conexión.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
    <message>
        <source>Could not find a server for %1.</source>
        <translation>No se encontró ningún servidor para %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>The server sent data Charla cannot accept (%1); the connection was closed.</source>
        <translation>El servidor envió datos que Charla no puede aceptar (%1); se cerró la conexión.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>El servidor %1 cerró la conexión.</translation>
    </message>
    <message>
        <source>The server's certificate changed since you last connected to %1. This can mean someone is intercepting the connection; Charla did not send your password.</source>
        <translation>El certificado del servidor ha cambiado desde la última vez que se conectó a %1. Esto puede indicar que alguien está interceptando la conexión; Charla no envió su contraseña.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Check its fingerprint before trusting it: %2</source>
        <translation>El certificado de %1 no está firmado por ninguna autoridad en la que confíe este equipo. Compruebe su huella antes de confiar en él: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2</source>
        <translation>El certificado de %1 no es válido: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: %2</source>
        <translation>No se pudo establecer la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Se perdió la conexión con %1: %2</translation>
    </message>
    <message>
        <source>The server %1 refused to start encryption.</source>
        <translation>El servidor %1 se negó a iniciar el cifrado.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS), so Charla did not send your password.</source>
        <translation>El servidor %1 no ofrece cifrado (STARTTLS), así que Charla no envió su contraseña.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login message.</source>
        <translation>El servidor envió un mensaje de inicio de sesión inesperado.</translation>
    </message>
    <message>
        <source>The server refused to bind a resource (%1).</source>
        <translation>El servidor se negó a vincular un recurso (%1).</translation>
    </message>
    <message>
        <source>The server refused to start the session.</source>
        <translation>El servidor se negó a iniciar la sesión.</translation>
    </message>
    <message>
        <source>The server acknowledged more messages than Charla sent.</source>
        <translation>El servidor confirmó la recepción de más mensajes de los que envió Charla.</translation>
    </message>
    <message>
        <source>The server acknowledged more messages than Charla sent; the connection was closed.</source>
        <translation>El servidor confirmó la recepción de más mensajes de los que envió Charla; se cerró la conexión.</translation>
    </message>
    <message>
        <source>Another client logged in with the same resource as %1, so the server closed this connection.</source>
        <translation>Otro cliente inició sesión con el mismo recurso que %1, así que el servidor cerró esta conexión.</translation>
    </message>
    <message>
        <source>The server asked Charla to connect to %1 instead.</source>
        <translation>El servidor pidió a Charla que se conectara a %1 en su lugar.</translation>
    </message>
    <message>
        <source>The server %1 is shutting down.</source>
        <translation>El servidor %1 se está apagando.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection (%2).</source>
        <translation>El servidor %1 cerró la conexión (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>El servidor dijo: «%1»</translation>
    </message>
    <message>
        <source>This is not well-formed XML: %1</source>
        <translation>Esto no es XML bien formado: %1</translation>
    </message>
</context>
<context>
    <name>charla::SessionConfig</name>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado de %1.</translation>
    </message>
</context>
<context>
    <name>charla::StreamParser</name>
    <message>
        <source>The server sent malformed XML ("]]&gt;" in text), so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió XML mal formado («]]&gt;» en el texto), así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent a document type declaration (DTD), which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió una declaración de tipo de documento (DTD), que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an XML comment, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió un comentario XML, que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an XML processing instruction, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió una instrucción de procesamiento XML, que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an XML entity reference, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió una referencia a entidad XML, que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an XML markup declaration, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió una declaración de marcado XML, que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió texto que no es UTF-8 válido, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent text outside of any stanza, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió texto fuera de cualquier stanza, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server declared a text encoding other than UTF-8, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor declaró una codificación de texto distinta de UTF-8, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent XML markup that XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió marcado XML que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent malformed XML (%1), so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió XML mal formado (%1), así que se cerró la conexión. Si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server did not open an XMPP stream (wrong namespace), so the connection was closed. Check the server's address and port.</source>
        <translation>El servidor no abrió un flujo XMPP (espacio de nombres incorrecto), así que se cerró la conexión. Compruebe la dirección y el puerto del servidor.</translation>
    </message>
    <message>
        <source>The server did not open an XMPP stream, so the connection was closed. Check the server's address and port.</source>
        <translation>El servidor no abrió un flujo XMPP, así que se cerró la conexión. Compruebe la dirección y el puerto del servidor.</translation>
    </message>
    <message>
        <source>The server opened a stream with an unsupported content namespace, so the connection was closed. Check the server's address and port.</source>
        <translation>El servidor abrió un flujo con un espacio de nombres de contenido no admitido, así que se cerró la conexión. Compruebe la dirección y el puerto del servidor.</translation>
    </message>
    <message>
        <source>The server sent a stanza nested more than %1 levels deep, so the connection was closed to protect memory.</source>
        <translation>El servidor envió una stanza anidada a más de %1 niveles de profundidad, así que se cerró la conexión para proteger la memoria.</translation>
    </message>
    <message>
        <source>The server sent a stanza larger than %1 bytes, so the connection was closed to protect memory.</source>
        <translation>El servidor envió una stanza de más de %1 bytes, así que se cerró la conexión para proteger la memoria.</translation>
    </message>
</context>
</TS>
