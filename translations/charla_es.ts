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
        <extracomment>--help: placeholder for a folder name, in capitals like the other placeholders.</extracomment>
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
</context>
<context>
    <name>charla-cli</name>
    <message>
        <source>Keep settings, history and keychain entries under DIR.</source>
        <translation>Guardar la configuración, el historial y las entradas del llavero en DIR.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Use the account JID stored in --profile.</source>
        <translation>Usar la cuenta JID guardada en --profile.</translation>
    </message>
    <message>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <source>Log in as JID.</source>
        <translation>Iniciar sesión como JID.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation>Leer la contraseña de la primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Connect to HOST instead of looking up DNS SRV records.</source>
        <translation>Conectar a HOST en lugar de consultar los registros DNS SRV.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Connect to PORT.</source>
        <translation>Conectar al PUERTO.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>Use TLS from the first byte (XEP-0368) instead of STARTTLS.</source>
        <translation>Usar TLS desde el primer byte (XEP-0368) en lugar de STARTTLS.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM.</source>
        <translation>Confiar también en los certificados de CA de PEM.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Ask for resource R.</source>
        <translation>Pedir el recurso R.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Connect through a proxy: socks5://HOST:PORT, http://HOST:PORT (HTTP CONNECT), system (the system's proxy) or none (the default).</source>
        <translation>Conectar a través de un proxy: socks5://HOST:PUERTO, http://HOST:PUERTO (HTTP CONNECT), system (el proxy del sistema) o none (por omisión).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>listen, presence, muc join: stop after N seconds.</source>
        <translation>listen, presence, muc join: parar tras N segundos.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give up after N seconds without an answer (default 30).</source>
        <translation>Abandonar tras N segundos sin respuesta (por omisión, 30).</translation>
    </message>
    <message>
        <source>roster: print what the login transferred (JSON on stderr).</source>
        <translation>roster: imprimir lo que transfirió el inicio de sesión (JSON en stderr).</translation>
    </message>
    <message>
        <source>history, search: at most N messages (default 50).</source>
        <translation>history, search: como mucho N mensajes (por omisión 50).</translation>
    </message>
    <message>
        <source>send: exit only once the recipient confirms delivery (XEP-0184 receipt); exit code 5 when no receipt comes in time.</source>
        <translation>send: terminar solo cuando el destinatario confirme la entrega (acuse XEP-0184); código de salida 5 si no llega a tiempo.</translation>
    </message>
    <message>
        <source>history: print the local store without asking the server's archive first.</source>
        <translation>history: mostrar el almacén local sin consultar antes el archivo del servidor.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>El comando que se ejecutará.</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port necesita un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>--seconds needs a whole number of seconds.</source>
        <translation>--seconds necesita un número entero de segundos.</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0.</source>
        <translation>--limit necesita un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout necesita un número entero de segundos.</translation>
    </message>
    <message>
        <source>command: answer the form field VAR with VALUE (repeat for several values or fields).</source>
        <translation>command: responde al campo VAR del formulario con VALOR (repetir para varios valores o campos).</translation>
    </message>
    <message>
        <source>var=value</source>
        <translation>var=valor</translation>
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
        <translation>Cliente XMPP de consola de Charla.

Comandos:
  check                 conecta e imprime los detalles de la conexión en JSON
  send JID TEXTO        envía un mensaje; termina cuando el servidor lo tiene
  listen [--seconds N]  imprime los mensajes entrantes como líneas JSON
  xml                   consola XML: imprime el flujo, envía stanzas leídas de stdin
  roster                imprime la lista de contactos en JSON
  presence ESTADO [MENSAJE] [--seconds N]
                        se pone online|chat|away|xa|dnd e imprime la presencia de los contactos
  muc join SALA APODO [--seconds N]
                        entra en un chat de grupo e imprime sus mensajes como líneas JSON
  muc send SALA TEXTO   envía a un chat de grupo; termina cuando la sala lo tiene
  disco JID [NODO]      qué es JID (o su NODO) y qué ofrece, en JSON
  command JID NODO [--field var=valor]...
                        ejecuta un comando ad hoc; en un terminal pregunta cada campo
  pubsub JID NODO [--limit N]
                        los elementos de un nodo pubsub (o PEP) como líneas JSON
  register JID [--field var=valor]...
                        se registra en un servicio o pasarela; en un terminal pregunta
  account add JID       guarda una cuenta en --profile (contraseña en el llavero)
  history JID [--limit N]
                        los N mensajes más recientes con JID del historial local
  search TEXTO [--limit N]
                        busca en el historial local, lo más reciente primero (líneas JSON)

Códigos de salida: 0 correcto, 1 uso, 2 conexión o TLS, 3 autenticación, 4 error remoto.</translation>
    </message>
    <message>
        <source>muc: the room's password, read from the first line of FILE.</source>
        <translation>muc: la contraseña de la sala, leída de la primera línea de ARCHIVO.</translation>
    </message>
</context>
<context>
    <name>charla::Account</name>
    <message>
        <source>%1: online</source>
        <translation>%1: en línea</translation>
    </message>
    <message numerus="yes">
        <source>%1: connection lost, trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1: conexión perdida, nuevo intento en %n segundo…</numerusform>
            <numerusform>%1: conexión perdida, nuevo intento en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: desconectado</translation>
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
        <source>The server asks for more than a new password to change it. Change it on the server's web page instead.</source>
        <translation>El servidor pide algo más que una contraseña nueva para cambiarla. Cámbiala en la página web del servidor.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>La contraseña de %1 ha cambiado.</translation>
    </message>
    <message>
        <source>The password of %1 is changed on the server. %2</source>
        <translation>La contraseña de %1 ha cambiado en el servidor. %2</translation>
    </message>
</context>
<context>
    <name>charla::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activada</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;XML console</source>
        <translation>Consola &amp;XML</translation>
    </message>
</context>
<context>
    <name>charla::AccountDatabase</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>No se puede usar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Charla. Update Charla to open it.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Charla. Actualiza Charla para abrirla.</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to version %2: %3</source>
        <translation>No se puede actualizar la base de datos %1 a la versión %2: %3</translation>
    </message>
    <message>
        <source>The database %1 cannot be read right now: %2</source>
        <translation>La base de datos %1 no se puede leer ahora: %2</translation>
    </message>
    <message>
        <source>The saved messages and contacts of this account were damaged and could not be read. The damaged file was moved to %1 and a new, empty one was started. Messages still kept by the server will be fetched again.</source>
        <translation>Los mensajes y contactos guardados de esta cuenta estaban dañados y no se podían leer. El archivo dañado se movió a %1 y se empezó uno nuevo, vacío. Los mensajes que el servidor aún guarda se volverán a descargar.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and could not be moved aside.</source>
        <translation>La base de datos %1 está dañada y no se pudo apartar.</translation>
    </message>
</context>
<context>
    <name>charla::AccountManager</name>
    <message>
        <source>"%1" is not an address such as name@example.org.</source>
        <translation>«%1» no es una dirección como nombre@example.org.</translation>
    </message>
    <message>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 ya es una de tus cuentas.</translation>
    </message>
    <message>
        <source>The history of %1 could not be deleted: %2</source>
        <translation>No se pudo borrar el historial de %1: %2</translation>
    </message>
</context>
<context>
    <name>charla::AccountSettingsDialog</name>
    <message>
        <source>Account settings: %1</source>
        <translation>Configuración de la cuenta: %1</translation>
    </message>
    <message>
        <source>&amp;Use this account (connect when Charla starts)</source>
        <translation>&amp;Usar esta cuenta (conectar al iniciar Charla)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Chosen by the server</source>
        <translation>La elige el servidor</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>R&amp;ecurso:</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>Contactos &amp;bloqueados…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Quitar la cuenta…</translation>
    </message>
    <message>
        <source>Blocked contacts and the password can be changed while the account is online.</source>
        <translation>Los contactos bloqueados y la contraseña se pueden cambiar mientras la cuenta está conectada.</translation>
    </message>
    <message>
        <source>The resource cannot contain “/”.</source>
        <translation>El recurso no puede contener «/».</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>Remove %1 from Charla?</source>
        <translation>¿Quitar %1 de Charla?</translation>
    </message>
    <message>
        <source>Its settings and the password in your keychain are deleted. The account itself stays on its server: you can add it again later.</source>
        <translation>Se borran su configuración y la contraseña guardada en tu llavero. La cuenta sigue existiendo en su servidor: puedes volver a añadirla más tarde.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Also delete the message history kept on this computer</source>
        <translation>Borrar también el historial de mensajes guardado en este equipo</translation>
    </message>
</context>
<context>
    <name>charla::AccountSetup</name>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Provincia o región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Registration form field label (XEP-0077 &lt;date/&gt;).</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Registration form field label (XEP-0077 &lt;text/&gt;: free text for the server).</extracomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Enter your address, such as name@example.org.</source>
        <translation>Escribe tu dirección, como nombre@example.org.</translation>
    </message>
    <message>
        <source>"%1" is not an address such as name@example.org.</source>
        <translation>«%1» no es una dirección como nombre@example.org.</translation>
    </message>
    <message>
        <source>%1 is already one of your accounts.</source>
        <translation>%1 ya es una de tus cuentas.</translation>
    </message>
    <message>
        <source>%1 does not let you create an account from Charla.</source>
        <translation>%1 no permite crear una cuenta desde Charla.</translation>
    </message>
    <message>
        <source>The server says: "%1"</source>
        <translation>El servidor dice: «%1»</translation>
    </message>
    <message>
        <source>Its web page for new accounts: %1</source>
        <translation>Su página web para cuentas nuevas: %1</translation>
    </message>
</context>
<context>
    <name>charla::AccountWizard</name>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>Add an XMPP account</source>
        <translation>Añadir una cuenta XMPP</translation>
    </message>
    <message>
        <source>Charla talks to people through XMPP (Jabber) accounts. Use an account you have, or create one on a server.</source>
        <translation>Charla te comunica con otras personas mediante cuentas XMPP (Jabber). Usa una cuenta que ya tengas o crea una en un servidor.</translation>
    </message>
    <message>
        <source>I &amp;have an account</source>
        <translation>&amp;Ya tengo una cuenta</translation>
    </message>
    <message>
        <source>You know its address (like name@example.org) and password.</source>
        <translation>Sabes su dirección (como nombre@example.org) y su contraseña.</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Crear una cuenta</translation>
    </message>
    <message>
        <source>On a server you choose, if it lets people sign up from a client.</source>
        <translation>En un servidor que elijas, si permite registrarse desde un cliente.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir la cuenta</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The password is kept in your system's keychain, never in a file.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Connection settings (only if your server needs them)</source>
        <translation>Ajustes de conexión (solo si tu servidor los necesita)</translation>
    </message>
    <message>
        <source>Choose a server</source>
        <translation>Elige un servidor</translation>
    </message>
    <message>
        <source>Your address will end with the server's name, as in name@example.org. Charla asks the server what it needs to know to create the account.</source>
        <translation>Tu dirección terminará con el nombre del servidor, como en nombre@example.org. Charla pregunta al servidor qué necesita saber para crear la cuenta.</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Connection settings (only if the server needs them)</source>
        <translation>Ajustes de conexión (solo si el servidor los necesita)</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Crea tu cuenta</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Crear la cuenta</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Cuenta añadida</translation>
    </message>
    <message>
        <source>Enter the password of your account.</source>
        <translation>Escribe la contraseña de tu cuenta.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Guardando la cuenta…</translation>
    </message>
    <message>
        <source>Enter the name of a server, such as example.org.</source>
        <translation>Escribe el nombre de un servidor, como example.org.</translation>
    </message>
    <message>
        <source>Enter only the server's name (the part after the @).</source>
        <translation>Escribe solo el nombre del servidor (lo que va detrás de la @).</translation>
    </message>
    <message>
        <source>Asking %1 what it needs to create an account…</source>
        <translation>Preguntando a %1 qué necesita para crear una cuenta…</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Algunos campos necesitan tu atención.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>Choose another username.</source>
        <translation>Elige otro nombre de usuario.</translation>
    </message>
    <message>
        <source>%1 is added. Charla is connecting to it now; you will find your contacts in the main window.</source>
        <translation>%1 se ha añadido. Charla se está conectando; encontrarás tus contactos en la ventana principal.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>The server's certificate is not signed by an authority your system trusts. Trust it only if you know that this is the server's own certificate.</source>
        <translation>El certificado del servidor no está firmado por ninguna autoridad en la que confíe tu sistema. Confía en él solo si sabes que es el certificado del propio servidor.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>Connecting again…</source>
        <translation>Conectando de nuevo…</translation>
    </message>
    <message>
        <source>The server's certificate was not trusted, so Charla did not connect.</source>
        <translation>No se confió en el certificado del servidor, así que Charla no se conectó.</translation>
    </message>
    <message>
        <source>Here is a new picture: type what it shows.</source>
        <translation>Aquí tienes una imagen nueva: escribe lo que muestra.</translation>
    </message>
    <message>
        <source>Getting a new picture from the server…</source>
        <translation>Pidiendo una imagen nueva al servidor…</translation>
    </message>
    <message>
        <source>This time Charla uses the password you typed. %1</source>
        <translation>Esta vez Charla usa la contraseña que has escrito. %1</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
SHA-256 fingerprint:
%3</source>
        <translation>Emitido para: %1
Emitido por: %2
Huella SHA-256:
%3</translation>
    </message>
    <message>
        <source>Or pick one of these public servers:</source>
        <translation>O elige uno de estos servidores públicos:</translation>
    </message>
    <message>
        <source>Public servers</source>
        <translation>Servidores públicos</translation>
    </message>
    <message>
        <source>Choosing a server fills in its name; Charla contacts it only when you go on.</source>
        <translation>Al elegir un servidor se rellena su nombre; Charla solo lo contacta cuando continúas.</translation>
    </message>
</context>
<context>
    <name>charla::AdHocCommands</name>
    <message>
        <source>%1 does not allow that step of the command here.</source>
        <translation>%1 no permite ese paso del comando aquí.</translation>
    </message>
    <message>
        <source>%1 no longer knows this run of the command (it expired). Start it again.</source>
        <translation>%1 ya no reconoce esta ejecución del comando (caducó). Vuelve a empezarla.</translation>
    </message>
    <message>
        <source>%1 could not use the answers sent. Check the form and try again.</source>
        <translation>%1 no pudo usar las respuestas enviadas. Revisa el formulario y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 did not understand the step requested.</source>
        <translation>%1 no entendió el paso pedido.</translation>
    </message>
    <message>
        <source>%1 does not let this account run that command.</source>
        <translation>%1 no permite a esta cuenta ejecutar ese comando.</translation>
    </message>
    <message>
        <source>%1 has no such command.</source>
        <translation>%1 no tiene ese comando.</translation>
    </message>
    <message>
        <source>%1 does not offer commands.</source>
        <translation>%1 no ofrece comandos.</translation>
    </message>
</context>
<context>
    <name>charla::AdHocSession</name>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>%1 answered for another run of the command.</source>
        <translation>%1 respondió por otra ejecución del comando.</translation>
    </message>
</context>
<context>
    <name>charla::AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>Placeholder of an input field that may stay empty.</extracomment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Contacts are added without the part after “/”: %1</source>
        <translation>Los contactos se añaden sin la parte posterior a la «/»: %1</translation>
    </message>
    <message>
        <source>This is your own address.</source>
        <translation>Esta es tu propia dirección.</translation>
    </message>
</context>
<context>
    <name>charla::ArchiveLoader</name>
    <message>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Start of the conversation</source>
        <translation>Inicio de la conversación</translation>
    </message>
</context>
<context>
    <name>charla::AttachmentCard</name>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Mostrar vista previa</translation>
    </message>
</context>
<context>
    <name>charla::AttachmentFetcher</name>
    <message>
        <source>Charla downloads files only over a secure (https) connection, and this link is not one.</source>
        <translation>Charla solo descarga archivos por una conexión segura (https), y este enlace no lo es.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>No se pudo crear %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1.</source>
        <translation>No se pudo descargar el archivo: %1.</translation>
    </message>
</context>
<context>
    <name>charla::AvatarFeature</name>
    <message>
        <source>The picture is larger than %1 KiB. Choose a smaller picture.</source>
        <translation>La imagen ocupa más de %1 KiB. Elige una imagen más pequeña.</translation>
    </message>
</context>
<context>
    <name>charla::BlockedContactsDialog</name>
    <message>
        <source>Blocked Contacts</source>
        <translation>Contactos bloqueados</translation>
    </message>
    <message>
        <source>Your server drops messages, status and requests from these addresses (%1).</source>
        <translation>Tu servidor descarta los mensajes, el estado y las solicitudes de estas direcciones (%1).</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Direcciones bloqueadas</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>name@example.org or example.org</source>
        <translation>nombre@example.org o example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Dirección que bloquear</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>No hay nadie bloqueado.</translation>
    </message>
    <message>
        <source>The blocklist has not been read yet.</source>
        <translation>Todavía no se ha leído la lista de bloqueo.</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Esto no es una dirección: %1</translation>
    </message>
    <message>
        <source>%1 could not be blocked: %2</source>
        <translation>No se pudo bloquear a %1: %2</translation>
    </message>
    <message>
        <source>Could not unblock: %1</source>
        <translation>No se pudo desbloquear: %1</translation>
    </message>
</context>
<context>
    <name>charla::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Not valid yet: it becomes valid on %1.</source>
        <translation>Todavía no es válido: será válido a partir del %1.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>¿Es realmente %1?</translation>
    </message>
    <message>
        <source>Charla could not confirm that it is talking to %1: the server's certificate is not signed by an authority this computer trusts. Small private servers often use such certificates, but someone intercepting the connection would show one too. Your password has not been sent.</source>
        <translation>Charla no pudo confirmar que se está comunicando con %1: el certificado del servidor no está firmado por ninguna autoridad en la que confíe este equipo. Los servidores privados pequeños suelen usar certificados así, pero alguien que interceptara la conexión también mostraría uno. No se ha enviado tu contraseña.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>%1 (signed by itself)</source>
        <translation>%1 (autofirmado)</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>Trust it only if this fingerprint matches the one the server's administrator gave you another way, such as in person or on their website. Charla will remember the certificate for %1 and stop with a warning if it ever changes.</source>
        <translation>Confía en él solo si esta huella coincide con la que te dio el administrador del servidor por otra vía, como en persona o en su sitio web. Charla recordará el certificado de %1 y se detendrá con un aviso si alguna vez cambia.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
</context>
<context>
    <name>charla::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>The new password for %1 is set on the server and saved in your keychain.</source>
        <translation>La contraseña nueva de %1 se cambia en el servidor y se guarda en tu llavero.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Escribe la contraseña nueva.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>%1 must be online to change its password.</source>
        <translation>%1 tiene que estar conectada para cambiar su contraseña.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>charla::ChatManager</name>
    <message>
        <source>Search &amp;messages…</source>
        <translation>Buscar &amp;mensajes…</translation>
    </message>
    <message>
        <source>Open chats in separate &amp;windows</source>
        <translation>Abrir las conversaciones en &amp;ventanas separadas</translation>
    </message>
    <message>
        <source>Group chats are not available yet.</source>
        <translation>Los chats de grupo aún no están disponibles.</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Delete Local History</source>
        <translation>Borrar historial local</translation>
    </message>
    <message>
        <source>Delete all messages with %1 from this computer? The server's archive and the other person keep their copies.</source>
        <translation>¿Borrar de este ordenador todos los mensajes con %1? El archivo del servidor y la otra persona conservan sus copias.</translation>
    </message>
    <message>
        <source>The history could not be deleted.</source>
        <translation>No se pudo borrar el historial.</translation>
    </message>
    <message>
        <source>The history of this account is not available.</source>
        <translation>El historial de esta cuenta no está disponible.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>No se pudo crear %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Conversation exported to %1.</source>
        <translation>Conversación exportada a %1.</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Mensaje nuevo de %1</translation>
    </message>
</context>
<context>
    <name>charla::ChatTab</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 stopped typing.</source>
        <translation>%1 dejó de escribir.</translation>
    </message>
    <message>
        <source>%1 closed the chat.</source>
        <translation>%1 cerró la conversación.</translation>
    </message>
    <message>
        <source>Editing your message. Enter saves, Esc cancels.</source>
        <translation>Editando tu mensaje. Intro guarda, Esc cancela.</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Respondiendo a %1: %2</translation>
    </message>
    <message>
        <source>File upload is not available yet.</source>
        <translation>El envío de archivos aún no está disponible.</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Delete this message for everyone? Their apps may still keep a copy.</source>
        <translation>¿Eliminar este mensaje para todos? Sus aplicaciones aún pueden guardar una copia.</translation>
    </message>
    <message>
        <source>This account cannot send files.</source>
        <translation>Esta cuenta no puede enviar archivos.</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for sending.</source>
        <translation>No se pudo guardar la imagen pegada para enviarla.</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>&amp;Delete Local History…</source>
        <translation>&amp;Borrar historial local…</translation>
    </message>
    <message>
        <source>Chat menu</source>
        <translation>Menú de la conversación</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Guardar archivo</translation>
    </message>
</context>
<context>
    <name>charla::ChatView</name>
    <message>
        <source>Messages</source>
        <extracomment>Accessible name of a chat's message list (read by screen readers).</extracomment>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;text</source>
        <translation>Copiar el &amp;texto</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar el &amp;enlace</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>R&amp;eact</source>
        <translation>Rea&amp;ccionar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>&amp;Delete for everyone</source>
        <translation>&amp;Eliminar para todos</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Más…</translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Mensajes nuevos</translation>
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
        <translation>Conversaciones — Charla</translation>
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
        <translation>No hay ninguna cuenta %1 en el perfil %2. Añádela con «account add».</translation>
    </message>
    <message>
        <source>Say which account to use: --jid JID --password-file FILE, or --profile DIR --account JID.</source>
        <translation>Indica qué cuenta usar: --jid JID --password-file ARCHIVO, o --profile DIR --account JID.</translation>
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
        <translation>Falta la contraseña: indica --password-file ARCHIVO.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>No se indicó ningún comando. Consulta --help.</translation>
    </message>
    <message>
        <source>Unknown account command. Use: account add JID --password-file FILE</source>
        <translation>Comando de cuenta desconocido. Uso: account add JID --password-file ARCHIVO</translation>
    </message>
    <message>
        <source>Usage: send JID TEXT</source>
        <translation>Uso: send JID TEXTO</translation>
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
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>The certificate's SHA-256 fingerprint is %1. To trust this server, pass its CA with --ca-file.</source>
        <translation>La huella SHA-256 del certificado es %1. Para confiar en este servidor, indica su CA con --ca-file.</translation>
    </message>
    <message>
        <source>Could not log in within %1 seconds.</source>
        <translation>No se pudo iniciar sesión en un plazo de %1 segundos.</translation>
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
        <source>Usage: --profile DIR account add JID --password-file FILE [--host H] [--port P] [--direct-tls] [--ca-file PEM] [--proxy URL]</source>
        <translation>Uso: --profile DIR account add JID --password-file ARCHIVO [--host H] [--port P] [--direct-tls] [--ca-file PEM] [--proxy URL]</translation>
    </message>
    <message>
        <source>Usage: roster [--stats]</source>
        <translation>Uso: roster [--stats]</translation>
    </message>
    <message>
        <source>Usage: presence online|chat|away|xa|dnd [STATUS] [--seconds N]</source>
        <translation>Uso: presence online|chat|away|xa|dnd [MENSAJE] [--seconds N]</translation>
    </message>
    <message>
        <source>Present as %1</source>
        <extracomment>charla-cli presence: online with this full address (JID with resource).</extracomment>
        <translation>En línea como %1</translation>
    </message>
    <message>
        <source>%1 is not a room address (room@service): %2</source>
        <translation>%1 no es una dirección de sala (sala@servicio): %2</translation>
    </message>
    <message>
        <source>it has no room name or has a resource</source>
        <translation>no tiene nombre de sala o tiene un recurso</translation>
    </message>
    <message>
        <source>Joined %1 as %2</source>
        <translation>Has entrado en %1 como %2</translation>
    </message>
    <message>
        <source>The room did not confirm the message within %1 seconds.</source>
        <translation>La sala no confirmó el mensaje en %1 segundos.</translation>
    </message>
    <message>
        <source>No delivery receipt came from %1 within %2 seconds. The server has the message, but whether %1 received it is unknown.</source>
        <translation>No llegó ningún acuse de entrega de %1 en %2 segundos. El servidor tiene el mensaje, pero no se sabe si %1 lo recibió.</translation>
    </message>
    <message>
        <source>The server's archive did not answer in time.</source>
        <translation>El archivo del servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The history of %1 could not be brought up to date from the server's archive, so it was not printed.</source>
        <translation>No se pudo poner al día el historial de %1 con el archivo del servidor, así que no se ha mostrado.</translation>
    </message>
    <message>
        <source>Usage: disco JID [NODE]</source>
        <translation>Uso: disco JID [NODO]</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 no es una dirección: %2</translation>
    </message>
    <message>
        <source>Usage: command JID NODE [--field var=value]...</source>
        <translation>Uso: command JID NODO [--field var=valor]...</translation>
    </message>
    <message>
        <source>--field needs var=value, not "%1".</source>
        <translation>--field necesita var=valor, no «%1».</translation>
    </message>
    <message>
        <source>The command did not finish after 50 steps; canceling it.</source>
        <translation>El comando no terminó tras 50 pasos; se cancela.</translation>
    </message>
    <message>
        <source> (several: separate with commas)</source>
        <translation> (varios: separados por comas)</translation>
    </message>
    <message>
        <source>Usage: pubsub JID NODE [--limit N]</source>
        <translation>Uso: pubsub JID NODO [--limit N]</translation>
    </message>
    <message>
        <source>Usage: register JID [--field var=value]...</source>
        <translation>Uso: register JID [--field var=valor]...</translation>
    </message>
    <message>
        <source>%1 offers no form to register with.</source>
        <translation>%1 no ofrece ningún formulario de registro.</translation>
    </message>
    <message>
        <source>%1 registers on its web page: %2</source>
        <translation>%1 ofrece el registro en su página web: %2</translation>
    </message>
    <message>
        <source>Already registered with %1; sending the form updates the registration.</source>
        <translation>Ya hay un registro en %1; enviar el formulario lo actualiza.</translation>
    </message>
    <message>
        <source>Usage: muc join ROOM NICK [--seconds N] [--room-password-file FILE] | muc send ROOM TEXT</source>
        <translation>Uso: muc join SALA APODO [--seconds N] [--room-password-file ARCHIVO] | muc send SALA TEXTO</translation>
    </message>
    <message>
        <source>Cannot read the room password from %1: %2</source>
        <translation>No se puede leer la contraseña de la sala de %1: %2</translation>
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
    <name>charla::CloseToTray</name>
    <message>
        <source>Charla is still running</source>
        <translation>Charla sigue abierto</translation>
    </message>
    <message>
        <source>Charla keeps your accounts online in the notification area. Click its icon to open the window; choose Quit in its menu to end Charla.</source>
        <translation>Charla mantiene tus cuentas conectadas en el área de notificación. Pulsa su icono para abrir la ventana; elige Salir en su menú para cerrar Charla.</translation>
    </message>
</context>
<context>
    <name>charla::CommandWizard</name>
    <message>
        <source>Command %1 on %2</source>
        <translation>Comando %1 en %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Esperando a %1…</translation>
    </message>
    <message>
        <source>The command is complete.</source>
        <translation>El comando se ha completado.</translation>
    </message>
    <message>
        <source>The command was canceled.</source>
        <translation>El comando se canceló.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note from an ad-hoc command: its kind (Error, Warning, Note), then its text.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>charla::ComplianceSuites</name>
    <message>
        <source>Core Server</source>
        <translation>Servidor básico</translation>
    </message>
    <message>
        <source>Advanced Core Server</source>
        <translation>Servidor básico avanzado</translation>
    </message>
    <message>
        <source>IM Server</source>
        <translation>Servidor de mensajería</translation>
    </message>
    <message>
        <source>Advanced IM Server</source>
        <translation>Servidor de mensajería avanzado</translation>
    </message>
    <message>
        <source>%1 lists %2.</source>
        <translation>%1 anuncia %2.</translation>
    </message>
    <message>
        <source>%1 does not list %2.</source>
        <translation>%1 no anuncia %2.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>La cuenta</translation>
    </message>
    <message>
        <source>Core features</source>
        <translation>Funciones básicas</translation>
    </message>
    <message>
        <source>This account logged in and bound a resource.</source>
        <translation>Esta cuenta inició sesión y vinculó un recurso.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>La conexión está cifrada.</translation>
    </message>
    <message>
        <source>Direct TLS</source>
        <translation>TLS directo</translation>
    </message>
    <message>
        <source>This account connected with Direct TLS.</source>
        <translation>Esta cuenta se conectó con TLS directo.</translation>
    </message>
    <message>
        <source>Seen only when connecting with Direct TLS.</source>
        <translation>Solo se ve al conectar con TLS directo.</translation>
    </message>
    <message>
        <source>Feature discovery</source>
        <translation>Descubrimiento de funciones</translation>
    </message>
    <message>
        <source>Server extensibility</source>
        <translation>Extensibilidad del servidor</translation>
    </message>
    <message>
        <source>The component protocol is not visible to clients.</source>
        <translation>El protocolo de componentes no es visible para los clientes.</translation>
    </message>
    <message>
        <source>Event publishing</source>
        <translation>Publicación de eventos</translation>
    </message>
    <message>
        <source>The account is a PEP service.</source>
        <translation>La cuenta es un servicio PEP.</translation>
    </message>
    <message>
        <source>The account has no pubsub/pep identity.</source>
        <translation>La cuenta no tiene identidad pubsub/pep.</translation>
    </message>
    <message>
        <source>The roster and presence work for this account.</source>
        <translation>La lista de contactos y la presencia funcionan para esta cuenta.</translation>
    </message>
    <message>
        <source>User avatar compatibility</source>
        <translation>Compatibilidad de avatares</translation>
    </message>
    <message>
        <source>vcard-temp</source>
        <translation>vcard-temp</translation>
    </message>
    <message>
        <source>Outbound message synchronization</source>
        <translation>Sincronización de mensajes enviados</translation>
    </message>
    <message>
        <source>User blocking</source>
        <translation>Bloqueo de usuarios</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat de grupo</translation>
    </message>
    <message>
        <source>A group chat service is listed.</source>
        <translation>Se anuncia un servicio de chat de grupo.</translation>
    </message>
    <message>
        <source>The server lists no group chat service.</source>
        <translation>El servidor no anuncia ningún servicio de chat de grupo.</translation>
    </message>
    <message>
        <source>room archives (XEP-0313)</source>
        <translation>archivos de salas (XEP-0313)</translation>
    </message>
    <message>
        <source>bookmark conversion (XEP-0402)</source>
        <translation>conversión de marcadores (XEP-0402)</translation>
    </message>
    <message>
        <source>Advanced group chat</source>
        <translation>Chat de grupo avanzado</translation>
    </message>
    <message>
        <source>Room archives and bookmark conversion are offered.</source>
        <translation>Se ofrecen archivos de salas y conversión de marcadores.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <source>Persistent storage of private data via PubSub</source>
        <translation>Almacenamiento persistente de datos privados mediante PubSub</translation>
    </message>
    <message>
        <source>Private XML storage</source>
        <translation>Almacenamiento XML privado</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Gestión del flujo</translation>
    </message>
    <message>
        <source>Offered in the stream features.</source>
        <translation>Se ofrece en las funciones del flujo.</translation>
    </message>
    <message>
        <source>Not offered in the stream features.</source>
        <translation>No se ofrece en las funciones del flujo.</translation>
    </message>
    <message>
        <source>History storage / retrieval</source>
        <translation>Almacenamiento y consulta del historial</translation>
    </message>
    <message>
        <source>File upload</source>
        <translation>Subida de archivos</translation>
    </message>
    <message>
        <source>An upload service is listed.</source>
        <translation>Se anuncia un servicio de subida de archivos.</translation>
    </message>
    <message>
        <source>The server lists no upload service.</source>
        <translation>El servidor no anuncia ningún servicio de subida de archivos.</translation>
    </message>
</context>
<context>
    <name>charla::Composer</name>
    <message>
        <source>Insert an emoji</source>
        <translation>Insertar un emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message (Enter). Shift+Enter starts a new line.</source>
        <translation>Envía el mensaje (Intro). Mayús+Intro empieza una línea nueva.</translation>
    </message>
</context>
<context>
    <name>charla::ComposerEdit</name>
    <message>
        <source>Message</source>
        <extracomment>Accessible name of the box where a message is typed (a noun).</extracomment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escribe un mensaje</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>Spelling Language</source>
        <translation>Idioma de la ortografía</translation>
    </message>
</context>
<context>
    <name>charla::ConnectionSettingsWidget</name>
    <message>
        <source>Found automatically</source>
        <translation>Se busca automáticamente</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Port field when no port is set: the server's usual port is used.</extracomment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>&amp;Host del servidor:</translation>
    </message>
    <message>
        <source>Connect with &amp;Direct TLS (XEP-0368)</source>
        <translation>Conectar con TLS &amp;directo (XEP-0368)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>The system's proxy</source>
        <translation>El proxy del sistema</translation>
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
        <translation>P&amp;roxy:</translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation>Host del proxy:</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Solo si el proxy lo pide</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>Usuario del proxy:</translation>
    </message>
    <message>
        <source>The server host cannot contain spaces.</source>
        <translation>El host del servidor no puede contener espacios.</translation>
    </message>
    <message>
        <source>Give the server host along with a port or Direct TLS.</source>
        <translation>Indica el host del servidor junto con un puerto o TLS directo.</translation>
    </message>
    <message>
        <source>Enter the proxy's host, or choose “No proxy”.</source>
        <translation>Escribe el host del proxy o elige «Sin proxy».</translation>
    </message>
</context>
<context>
    <name>charla::ContactActions</name>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Edit &amp;groups…</source>
        <translation>Editar &amp;grupos…</translation>
    </message>
    <message>
        <source>Ask to see their status</source>
        <translation>Pedir permiso para ver su estado</translation>
    </message>
    <message>
        <source>Allow them to see your status</source>
        <translation>Permitirle ver tu estado</translation>
    </message>
    <message>
        <source>Stop sharing your status</source>
        <translation>Dejar de compartir tu estado</translation>
    </message>
    <message>
        <source>Stop seeing their status</source>
        <translation>Dejar de ver su estado</translation>
    </message>
    <message>
        <source>Re&amp;move contact…</source>
        <translation>&amp;Eliminar contacto…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>&amp;Block contact</source>
        <translation>&amp;Bloquear contacto</translation>
    </message>
    <message>
        <source>Un&amp;block contact</source>
        <translation>Desbl&amp;oquear contacto</translation>
    </message>
    <message>
        <source>&amp;Edit my details…</source>
        <translation>Editar &amp;mis datos…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A contact's name and address, e.g. "Alice (alice@example.org)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ask again to see their status</source>
        <translation>Volver a pedir permiso para ver su estado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>What failed, then the server's reason, e.g. "Bob could not be renamed. Not allowed."</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 could not be added to your contacts.</source>
        <translation>No se pudo añadir a %1 a tus contactos.</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>No se pudo cambiar el nombre de %1.</translation>
    </message>
    <message>
        <source>The groups of %1 could not be changed.</source>
        <translation>No se pudieron cambiar los grupos de %1.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>¿Eliminar a %1 de tus contactos?</translation>
    </message>
    <message>
        <source>You will stop sharing your status with each other.</source>
        <translation>Ninguno de los dos verá ya el estado del otro.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se pudo eliminar a %1.</translation>
    </message>
    <message>
        <source>%1 could not be blocked.</source>
        <translation>No se pudo bloquear a %1.</translation>
    </message>
    <message>
        <source>%1 could not be unblocked.</source>
        <translation>No se pudo desbloquear a %1.</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Change Picture</source>
        <translation>Cambiar imagen</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>No se pudo leer %1 como imagen: %2</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>Contact menu entry that opens a chat with the contact (verb).</extracomment>
        <translation>Abrir &amp;conversación</translation>
    </message>
    <message>
        <source>B&amp;locked contacts…</source>
        <translation>Contactos b&amp;loqueados…</translation>
    </message>
    <message>
        <source>Change pi&amp;cture…</source>
        <translation>Cambiar &amp;imagen…</translation>
    </message>
</context>
<context>
    <name>charla::ContactDetailsDialog</name>
    <message>
        <source>My Details</source>
        <translation>Mis datos</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupos: %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Online resources</source>
        <translation>Recursos en línea</translation>
    </message>
    <message>
        <source>Ask for &amp;software and time</source>
        <translation>Consultar &amp;software y hora</translation>
    </message>
    <message>
        <source>Asks the selected resource which software it runs and its time.</source>
        <translation>Pregunta al recurso seleccionado qué software usa y qué hora tiene.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Apodo:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Página web:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Cumpleaños:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Title:</source>
        <extracomment>A contact's job title (vCard TITLE), not a form of address</extracomment>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Not in your contacts.</source>
        <translation>No está en tus contactos.</translation>
    </message>
    <message>
        <source>You share your status with each other.</source>
        <translation>Cada uno ve el estado del otro.</translation>
    </message>
    <message>
        <source>You see their status; they do not see yours.</source>
        <translation>Ves su estado; el contacto no ve el tuyo.</translation>
    </message>
    <message>
        <source>They see your status; you do not see theirs.</source>
        <translation>El contacto ve tu estado; tú no ves el suyo.</translation>
    </message>
    <message>
        <source>You do not share your status with each other.</source>
        <translation>Ninguno de los dos ve el estado del otro.</translation>
    </message>
    <message>
        <source>Waiting for them to approve your request.</source>
        <translation>Esperando a que el contacto apruebe tu solicitud.</translation>
    </message>
    <message>
        <source>Not connected: the contact details cannot be read now.</source>
        <translation>Sin conexión: no se pueden leer ahora los detalles del contacto.</translation>
    </message>
    <message>
        <source>Your details could not be read: %1</source>
        <translation>No se pudieron leer tus datos: %1</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown in place of a contact detail that is not set.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your details could not be saved: %1</source>
        <translation>No se pudieron guardar tus datos: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>Última conexión: desconocida</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Última conexión: %1</translation>
    </message>
</context>
<context>
    <name>charla::ConversationModel</name>
    <message>
        <source>You</source>
        <comment>the sender of one's own messages, read aloud</comment>
        <translation>Tú</translation>
    </message>
    <message>
        <source>message retracted</source>
        <translation>mensaje retirado</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
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
        <translation>%1 envió una respuesta que Charla no puede leer; puede que su programa no admita esta petición.</translation>
    </message>
</context>
<context>
    <name>charla::DataForm</name>
    <message>
        <source>"%1" must be a whole number, not "%2".</source>
        <translation>«%1» debe ser un número entero, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3.</source>
        <translation>«%1» debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>"%1" must be a number such as 12.5, not "%2".</source>
        <translation>«%1» debe ser un número como 12.5, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be a number, not "%2".</source>
        <translation>«%1» debe ser un número, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not "%2".</source>
        <translation>«%1» debe ser true o false, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be a date written as YYYY-MM-DD, not "%2".</source>
        <translation>«%1» debe ser una fecha con el formato AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be a date and time written as YYYY-MM-DDThh:mm:ss, not "%2".</source>
        <translation>«%1» debe ser una fecha y hora con el formato AAAA-MM-DDThh:mm:ss, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be a time written as hh:mm:ss, not "%2".</source>
        <translation>«%1» debe ser una hora con el formato hh:mm:ss, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be an address such as https://example.org/, not "%2".</source>
        <translation>«%1» debe ser una dirección como https://example.org/, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be a language code such as en or es-MX, not "%2".</source>
        <translation>«%1» debe ser un código de idioma como en o es-MX, no «%2».</translation>
    </message>
    <message>
        <source>"%1" must be between %2 and %3.</source>
        <translation>«%1» debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>"%1" must be at least %2.</source>
        <translation>«%1» debe ser como mínimo %2.</translation>
    </message>
    <message>
        <source>"%1" must be at most %2.</source>
        <translation>«%1» debe ser como máximo %2.</translation>
    </message>
    <message>
        <source>"%1" is not in the expected format: "%2" does not match it.</source>
        <translation>«%1» no tiene el formato esperado: «%2» no coincide con él.</translation>
    </message>
    <message>
        <source>"%1" is required.</source>
        <translation>«%1» es obligatorio.</translation>
    </message>
    <message>
        <source>"%1" takes only one value.</source>
        <translation>«%1» admite un solo valor.</translation>
    </message>
    <message>
        <source>"%1" is not a valid address for "%2".</source>
        <translation>«%1» no es una dirección válida para «%2».</translation>
    </message>
    <message>
        <source>"%1" must be yes or no (0, 1, true or false), not "%2".</source>
        <translation>«%1» debe ser sí o no (0, 1, true o false), no «%2».</translation>
    </message>
    <message>
        <source>"%1" is not one of the choices for "%2".</source>
        <translation>«%1» no es una de las opciones de «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n option(s) for "%1".</source>
        <translation>
            <numerusform>Elige al menos %n opción para «%1».</numerusform>
            <numerusform>Elige al menos %n opciones para «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n option(s) for "%1".</source>
        <translation>
            <numerusform>Elige como máximo %n opción para «%1».</numerusform>
            <numerusform>Elige como máximo %n opciones para «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::DataFormWidget</name>
    <message>
        <source>Fields marked * must be filled in.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Picture for %1</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>The picture for this field is on the web at %1. Charla does not open it by itself; open it in a browser if you trust this server.</source>
        <translation>La imagen de este campo está en la web, en %1. Charla no la abre por su cuenta; ábrela en un navegador si te fías de este servidor.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>One address a line</source>
        <translation>Una dirección por línea</translation>
    </message>
    <message>
        <source>The server sent a picture too large to show.</source>
        <translation>El servidor envió una imagen demasiado grande para mostrarla.</translation>
    </message>
    <message>
        <source>The server sent a picture Charla cannot read.</source>
        <translation>El servidor envió una imagen que Charla no puede leer.</translation>
    </message>
    <message>
        <source>The server refers to a picture it did not send.</source>
        <translation>El servidor menciona una imagen que no ha enviado.</translation>
    </message>
</context>
<context>
    <name>charla::DeleteAccountDialog</name>
    <message>
        <source>Delete account from server</source>
        <translation>Eliminar la cuenta del servidor</translation>
    </message>
    <message>
        <source>This deletes %1 on its server: its contacts, its messages kept there and the address itself. It cannot be undone.</source>
        <translation>Esto elimina %1 en su servidor: sus contactos, los mensajes guardados allí y la propia dirección. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Type the address to confirm:</source>
        <translation>Escribe la dirección para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>&amp;Eliminar cuenta</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>The account was deleted from its server.</source>
        <translation>La cuenta se eliminó de su servidor.</translation>
    </message>
</context>
<context>
    <name>charla::DesktopActions</name>
    <message>
        <source>&amp;New Chat…</source>
        <translation>Nueva con&amp;versación…</translation>
    </message>
    <message>
        <source>Write to an address, one of your contacts or anyone else</source>
        <translation>Escribe a una dirección, a uno de tus contactos o a cualquier otra persona</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Next Chat</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Previous Chat</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close Chat</source>
        <translation>Cerrar conversación</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversaciones</translation>
    </message>
</context>
<context>
    <name>charla::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
</context>
<context>
    <name>charla::DiscoBrowser</name>
    <message>
        <source>Service discovery</source>
        <translation>Descubrimiento de servicios</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>N&amp;odo:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Explorar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Browse &amp;here</source>
        <translation>Explorar &amp;aquí</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>Re&amp;gistrarse…</translation>
    </message>
    <message>
        <source>&amp;Commands…</source>
        <translation>Ór&amp;denes…</translation>
    </message>
    <message>
        <source>&amp;Add to contacts…</source>
        <translation>Añadir a &amp;contactos…</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Last activity</source>
        <translation>Ú&amp;ltima actividad</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Esto no es una dirección: %1</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1, nodo %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Consultando…</translation>
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
        <translation>No indica ninguna identidad.</translation>
    </message>
    <message>
        <source>%1 runs %2 %3</source>
        <translation>%1 ejecuta %2 %3</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>The time at %1 is %2 (UTC%3).</source>
        <translation>La hora en %1 es %2 (UTC%3).</translation>
    </message>
    <message>
        <source>%1 has been running for %2.</source>
        <translation>%1 lleva funcionando %2.</translation>
    </message>
    <message>
        <source>%1 was last active %2 ago.</source>
        <translation>%1 estuvo activo por última vez hace %2.</translation>
    </message>
</context>
<context>
    <name>charla::DiscoModel</name>
    <message>
        <source>Node: %1</source>
        <translation>Nodo: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
</context>
<context>
    <name>charla::EditGroupsDialog</name>
    <message>
        <source>Edit Groups</source>
        <translation>Editar grupos</translation>
    </message>
    <message>
        <source>Groups of %1:</source>
        <translation>Grupos de %1:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Grupo nuevo</translation>
    </message>
    <message>
        <source>A&amp;dd Group</source>
        <translation>&amp;Añadir grupo</translation>
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
        <translation>La cuenta no está conectada.</translation>
    </message>
</context>
<context>
    <name>charla::GatewaysDialog</name>
    <message>
        <source>Gateways</source>
        <translation>Pasarelas</translation>
    </message>
    <message>
        <source>Gateways connect this account to other networks: register with one and its contacts appear in their own group.</source>
        <translation>Las pasarelas conectan esta cuenta con otras redes: regístrate en una y sus contactos aparecen en su propio grupo.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Registrarse…</translation>
    </message>
    <message>
        <source>&amp;Unregister…</source>
        <translation>&amp;Darse de baja…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>Asking the server for its gateways…</source>
        <translation>Preguntando al servidor por sus pasarelas…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>This server offers no gateways.</source>
        <translation>Este servidor no ofrece pasarelas.</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Darse de baja</translation>
    </message>
    <message>
        <source>Unregister from %1? Its contacts are removed from your contact list.</source>
        <translation>¿Darse de baja de %1? Sus contactos se quitan de tu lista de contactos.</translation>
    </message>
    <message>
        <source>Unregistering from %1…</source>
        <translation>Dándose de baja de %1…</translation>
    </message>
    <message>
        <source>No longer registered with %1.</source>
        <translation>Ya no hay registro en %1.</translation>
    </message>
</context>
<context>
    <name>charla::HistoryCommands</name>
    <message>
        <source>Usage: history JID [--limit N]</source>
        <translation>Uso: history JID [--limit N]</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 no es una dirección válida: %2</translation>
    </message>
    <message>
        <source>Usage: search TEXT [--limit N]</source>
        <translation>Uso: search TEXTO [--limit N]</translation>
    </message>
    <message>
        <source>The history is kept per account: give --profile DIR --account JID.</source>
        <translation>El historial se guarda por cuenta: indica --profile DIR --account JID.</translation>
    </message>
    <message>
        <source>There is no account %1 in the profile %2. Add it with "account add".</source>
        <translation>No hay ninguna cuenta %1 en el perfil %2. Añádela con «account add».</translation>
    </message>
</context>
<context>
    <name>charla::HistoryStore</name>
    <message>
        <source>(message retracted)</source>
        <translation>(mensaje retirado)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
</context>
<context>
    <name>charla::HttpUpload</name>
    <message>
        <source>The file was not sent because the account is not connected. Connect and try again.</source>
        <translation>El archivo no se envió porque la cuenta no está conectada. Conéctate y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Charla cannot read "%1": %2</source>
        <translation>Charla no puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Your server does not offer file upload, so files cannot be sent from this account.</source>
        <translation>Tu servidor no ofrece subida de archivos, así que no se pueden enviar archivos desde esta cuenta.</translation>
    </message>
    <message>
        <source>"%1" is %2; your server accepts files up to %3.</source>
        <translation>«%1» ocupa %2; tu servidor acepta archivos de hasta %3.</translation>
    </message>
    <message>
        <source>"%1" is too large for your server.</source>
        <translation>«%1» es demasiado grande para tu servidor.</translation>
    </message>
    <message>
        <source>The upload service did not answer. Try again later.</source>
        <translation>El servicio de subida no respondió. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>You have used up your upload quota on the server. Try again later or send a smaller file.</source>
        <translation>Has agotado tu cuota de subida en el servidor. Vuelve a intentarlo más tarde o envía un archivo más pequeño.</translation>
    </message>
    <message>
        <source>Your server does not allow this account to upload files.</source>
        <translation>Tu servidor no permite que esta cuenta suba archivos.</translation>
    </message>
    <message>
        <source>The upload service is not available right now. Try again later.</source>
        <translation>El servicio de subida no está disponible ahora. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The upload service refused the file (%1).</source>
        <translation>El servicio de subida rechazó el archivo (%1).</translation>
    </message>
    <message>
        <source>The upload service gave an answer Charla does not understand.</source>
        <translation>El servicio de subida dio una respuesta que Charla no entiende.</translation>
    </message>
    <message>
        <source>The upload server's certificate is not trusted (%1), so the file was not sent.</source>
        <translation>El certificado del servidor de subida no es de confianza (%1), así que el archivo no se envió.</translation>
    </message>
    <message>
        <source>The upload server refused the file (HTTP %1 %2).</source>
        <translation>El servidor de subida rechazó el archivo (HTTP %1 %2).</translation>
    </message>
    <message>
        <source>The upload failed: %1. Try again.</source>
        <translation>La subida falló: %1. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>Se canceló la subida.</translation>
    </message>
</context>
<context>
    <name>charla::InviteDialog</name>
    <message>
        <source>&amp;Directly to them (recommended)</source>
        <translation>&amp;Directamente a esa persona (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Through the room (also makes them a member)</source>
        <translation>A &amp;través de la sala (también la hace miembro)</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>Invitar a %1</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Optional message</source>
        <translation>Mensaje opcional</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
    <message>
        <source>Type the address of the person to invite, like name@example.org.</source>
        <translation>Escribe la dirección de la persona a invitar, como nombre@example.org.</translation>
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
    <name>charla::JoinRoomDialog</name>
    <message>
        <source>&amp;Bookmark this room (join it at every login)</source>
        <translation>&amp;Guardar esta sala (entrar en ella en cada inicio de sesión)</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Explorar</translation>
    </message>
    <message>
        <source>Join Room</source>
        <translation>Entrar en una sala</translation>
    </message>
    <message>
        <source>room@conference.example.org</source>
        <translation>sala@conference.example.org</translation>
    </message>
    <message>
        <source>Only if the room has one</source>
        <translation>Solo si la sala tiene una</translation>
    </message>
    <message>
        <source>Found on your server</source>
        <translation>Se busca en tu servidor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Type a room's address, or browse the rooms of your server.</source>
        <translation>Escribe la dirección de una sala, o explora las salas de tu servidor.</translation>
    </message>
    <message>
        <source>Connect %1 first to browse its rooms.</source>
        <translation>Conecta %1 primero para explorar sus salas.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«%1» no es una dirección válida.</translation>
    </message>
    <message>
        <source>Looking for the group chat service of %1…</source>
        <translation>Buscando el servicio de chat de grupo de %1…</translation>
    </message>
    <message>
        <source>Your server lists no group chat service. Type one in Service.</source>
        <translation>Tu servidor no anuncia ningún servicio de chat de grupo. Escribe uno en Servicio.</translation>
    </message>
    <message>
        <source>Asking %1 for its rooms…</source>
        <translation>Pidiendo a %1 sus salas…</translation>
    </message>
    <message>
        <source>%1 did not list its rooms: %2</source>
        <translation>%1 no dio la lista de sus salas: %2</translation>
    </message>
    <message>
        <source>%1 has no public rooms.</source>
        <translation>%1 no tiene salas públicas.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) on %1.</source>
        <translation>
            <numerusform>%n sala en %1.</numerusform>
            <numerusform>%n salas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the room's address, like room@conference.example.org, or pick one from the list.</source>
        <translation>Escribe la dirección de la sala, como sala@conference.example.org, o elige una de la lista.</translation>
    </message>
    <message>
        <source>Choose the nickname others will see in the room.</source>
        <translation>Elige el apodo que los demás verán en la sala.</translation>
    </message>
    <message>
        <source>Choose an account to join with.</source>
        <translation>Elige la cuenta con la que entrar.</translation>
    </message>
    <message>
        <source>Choose the nickname people in the room will see, then press Join.</source>
        <translation>Elige el apodo que verán las personas de la sala y pulsa Entrar.</translation>
    </message>
</context>
<context>
    <name>charla::LinkOpener</name>
    <message>
        <source>Open XMPP Link</source>
        <translation>Abrir enlace XMPP</translation>
    </message>
    <message>
        <source>Open this address?

%1</source>
        <translation>¿Abrir esta dirección?

%1</translation>
    </message>
    <message>
        <source>Anyone can send a link. Open it only if you expected it from this person.</source>
        <translation>Cualquiera puede enviar un enlace. Ábrelo solo si lo esperabas de esta persona.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
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
        <source>%1: online</source>
        <translation>%1: en línea</translation>
    </message>
    <message>
        <source>Not connected yet.

%1</source>
        <translation>Todavía no hay conexión.

%1</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search contacts</source>
        <translation>&amp;Buscar contactos</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Mostrar contactos &amp;desconectados</translation>
    </message>
    <message>
        <source>Sort by s&amp;tatus</source>
        <translation>Ordenar por &amp;estado</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Ordenar por &amp;nombre</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: desconectado</translation>
    </message>
    <message>
        <source>No contacts yet.

Add one with Contacts &gt; Add contact…</source>
        <translation>Todavía no hay contactos.

Añade uno con Contactos &gt; Añadir contacto…</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Ningún contacto coincide con «%1».</translation>
    </message>
    <message>
        <source>Nobody is online.

View &gt; Show offline contacts lists everyone.</source>
        <translation>No hay nadie en línea.

Ver &gt; Mostrar contactos desconectados muestra a todos.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>No account yet.

Account &gt; Add account… sets up the account you have, or creates one.</source>
        <translation>Aún no hay ninguna cuenta.

Cuenta &gt; Añadir cuenta… configura la cuenta que tienes o crea una.</translation>
    </message>
    <message>
        <source>Fetching messages from the server: %L1 of ~%L2</source>
        <translation>Descargando mensajes del servidor: %L1 de ~%L2</translation>
    </message>
    <message>
        <source>Fetching messages from the server: %L1</source>
        <translation>Descargando mensajes del servidor: %L1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Servicios</translation>
    </message>
    <message>
        <source>Saved Messages Damaged</source>
        <translation>Mensajes guardados dañados</translation>
    </message>
</context>
<context>
    <name>charla::MamFeature</name>
    <message>
        <source>The server's message archive answered in a way Charla does not understand.</source>
        <translation>El archivo de mensajes del servidor respondió de una forma que Charla no entiende.</translation>
    </message>
</context>
<context>
    <name>charla::Message</name>
    <message>
        <source>%1 cannot receive this message: the address may not exist, or it does not accept messages from you.</source>
        <translation>%1 no puede recibir este mensaje: puede que la dirección no exista o que no acepte mensajes tuyos.</translation>
    </message>
    <message>
        <source>The server of %1 could not be reached; try again later.</source>
        <translation>No se pudo contactar con el servidor de %1; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The message to %1 was refused (%2).</source>
        <translation>El mensaje para %1 fue rechazado (%2).</translation>
    </message>
    <message>
        <source>The message to %1 could not be delivered (%2).</source>
        <translation>No se pudo entregar el mensaje para %1 (%2).</translation>
    </message>
</context>
<context>
    <name>charla::MessageDelegate</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent to the server</source>
        <translation>Enviado al servidor</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Seen</source>
        <extracomment>Delivery state of one's own message: the recipient has read it (XEP-0333).</extracomment>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>State of a message that came in from the contact (not one's own).</extracomment>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>Sender name shown above one's own messages in a chat.</extracomment>
        <translation>Yo</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Not delivered.</source>
        <translation>No entregado.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>This message was corrected after it was sent.</source>
        <translation>Este mensaje se corrigió después de enviarlo.</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Este mensaje se eliminó.</translation>
    </message>
    <message>
        <source>Encrypted file (not supported yet)</source>
        <translation>Archivo cifrado (aún no compatible)</translation>
    </message>
    <message>
        <source>Sender not in your contacts</source>
        <translation>El remitente no está en tus contactos</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>charla::MessageFeature</name>
    <message>
        <source>A correction from %1 was ignored: only the sender of a message can correct it, from the same device.</source>
        <translation>Se ignoró una corrección de %1: solo quien envió un mensaje puede corregirlo, desde el mismo dispositivo.</translation>
    </message>
    <message>
        <source>A retraction from %1 was ignored: only the sender of a message can retract it.</source>
        <translation>Se ignoró una retirada de %1: solo quien envió un mensaje puede retirarlo.</translation>
    </message>
    <message>
        <source>Charla is not connected, so the message was not sent. It will be kept here; send it again once you are online.</source>
        <translation>Charla no está conectado, así que el mensaje no se envió. Se conserva aquí; vuelve a enviarlo cuando estés conectado.</translation>
    </message>
    <message>
        <source>/me retracted a previous message, but your client does not support that.</source>
        <translation>/me retiró un mensaje anterior, pero tu cliente no lo admite.</translation>
    </message>
</context>
<context>
    <name>charla::MucErrors</name>
    <message>
        <source>That nickname is already in use in room %1. Choose another one.</source>
        <translation>Ese apodo ya está en uso en la sala %1. Elige otro.</translation>
    </message>
    <message>
        <source>Room %1 needs a password, and the one given was missing or wrong.</source>
        <translation>La sala %1 necesita una contraseña, y no se dio o no es correcta.</translation>
    </message>
    <message>
        <source>You are banned from room %1.</source>
        <translation>Tienes prohibida la entrada a la sala %1.</translation>
    </message>
    <message>
        <source>Room %1 is for members only, and you are not a member. Ask an admin to invite you.</source>
        <translation>La sala %1 es solo para miembros y no eres miembro. Pide a un administrador que te invite.</translation>
    </message>
    <message>
        <source>Room %1 does not exist yet, or its owner is still setting it up. Try again later.</source>
        <translation>La sala %1 todavía no existe, o su propietario aún la está configurando. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Room %1 does not exist, and this service does not let you create rooms.</source>
        <translation>La sala %1 no existe, y este servicio no te permite crear salas.</translation>
    </message>
    <message>
        <source>Room %1 only lets you in with the nickname registered for you; "%2" is not it.</source>
        <translation>La sala %1 solo te deja entrar con el apodo que tienes registrado; «%2» no lo es.</translation>
    </message>
    <message>
        <source>Room %1 is full. Try again later.</source>
        <translation>La sala %1 está llena. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>"%1" cannot be used as a nickname in room %2.</source>
        <translation>«%1» no se puede usar como apodo en la sala %2.</translation>
    </message>
    <message>
        <source>The server of room %1 cannot be reached. Check the address or try again later.</source>
        <translation>No se puede contactar con el servidor de la sala %1. Comprueba la dirección o inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Could not join room %1 (%2).</source>
        <translation>No se pudo entrar en la sala %1 (%2).</translation>
    </message>
    <message>
        <source>The nickname "%1" is reserved by someone else in room %2.</source>
        <translation>El apodo «%1» está reservado por otra persona en la sala %2.</translation>
    </message>
    <message>
        <source>Room %1 does not let occupants change their nickname.</source>
        <translation>La sala %1 no permite a sus ocupantes cambiar de apodo.</translation>
    </message>
    <message>
        <source>Could not change your nickname in room %1 (%2).</source>
        <translation>No se pudo cambiar tu apodo en la sala %1 (%2).</translation>
    </message>
    <message>
        <source>You cannot speak in room %1: you have no voice there. Ask a moderator for it.</source>
        <translation>No puedes hablar en la sala %1: no tienes voz allí. Pídesela a un moderador.</translation>
    </message>
    <message>
        <source>The message was not delivered: you are no longer in room %1. Join it again.</source>
        <translation>El mensaje no se entregó: ya no estás en la sala %1. Vuelve a entrar.</translation>
    </message>
    <message>
        <source>Room %1 refused the message (%2).</source>
        <translation>La sala %1 rechazó el mensaje (%2).</translation>
    </message>
    <message>
        <source>You are not allowed to do that in room %1.</source>
        <translation>No tienes permiso para hacer eso en la sala %1.</translation>
    </message>
    <message>
        <source>Room %1 refused the request: the person or the values are not acceptable.</source>
        <translation>La sala %1 rechazó la petición: la persona o los valores no son aceptables.</translation>
    </message>
    <message>
        <source>Room %1 refused the request: it would leave the room without an owner.</source>
        <translation>La sala %1 rechazó la petición: la sala se quedaría sin propietario.</translation>
    </message>
    <message>
        <source>Room %1 did not answer in time.</source>
        <translation>La sala %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>You were banned from room %1.</source>
        <translation>Se te ha prohibido la entrada a la sala %1.</translation>
    </message>
    <message>
        <source>You were banned from room %1 by %2.</source>
        <translation>%2 te ha prohibido la entrada a la sala %1.</translation>
    </message>
    <message>
        <source>You were kicked from room %1.</source>
        <translation>Te han expulsado de la sala %1.</translation>
    </message>
    <message>
        <source>You were kicked from room %1 by %2.</source>
        <translation>%2 te ha expulsado de la sala %1.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because your membership was taken away.</source>
        <translation>Te han sacado de la sala %1 porque te retiraron la membresía.</translation>
    </message>
    <message>
        <source>You were removed from room %1: it is now for members only, and you are not a member.</source>
        <translation>Te han sacado de la sala %1: ahora es solo para miembros y no eres miembro.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because the chat service is shutting down.</source>
        <translation>Te han sacado de la sala %1 porque el servicio de chat se está cerrando.</translation>
    </message>
    <message>
        <source>You were removed from room %1 because of a technical problem. Join it again.</source>
        <translation>Te han sacado de la sala %1 por un problema técnico. Vuelve a entrar.</translation>
    </message>
    <message>
        <source>You are no longer in room %1.</source>
        <translation>Ya no estás en la sala %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Room %1 was closed by its owner.</source>
        <translation>El propietario cerró la sala %1.</translation>
    </message>
    <message>
        <source>Room %1 was closed by its owner; it continues in %2.</source>
        <translation>El propietario cerró la sala %1; la conversación sigue en %2.</translation>
    </message>
    <message>
        <source>Everyone in room %1 can see your address.</source>
        <translation>Todos en la sala %1 pueden ver tu dirección.</translation>
    </message>
    <message>
        <source>Only the moderators of room %1 can see your address.</source>
        <translation>Solo los moderadores de la sala %1 pueden ver tu dirección.</translation>
    </message>
    <message>
        <source>Room %1 is logged publicly.</source>
        <translation>La sala %1 se registra públicamente.</translation>
    </message>
    <message>
        <source>Room %1 is no longer logged publicly.</source>
        <translation>La sala %1 ya no se registra públicamente.</translation>
    </message>
    <message>
        <source>The configuration of room %1 changed.</source>
        <translation>La configuración de la sala %1 ha cambiado.</translation>
    </message>
    <message>
        <source>Room %1 was created. It stays closed to others until it is configured.</source>
        <translation>Se ha creado la sala %1. Seguirá cerrada a los demás hasta que se configure.</translation>
    </message>
    <message>
        <source>Room %1 changed your nickname.</source>
        <translation>La sala %1 ha cambiado tu apodo.</translation>
    </message>
</context>
<context>
    <name>charla::MucFeature</name>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>Room %1 does not support removing messages for everyone.</source>
        <translation>La sala %1 no permite eliminar mensajes para todos.</translation>
    </message>
    <message>
        <source>Room %1 sent a configuration form Charla cannot read.</source>
        <translation>La sala %1 envió un formulario de configuración que Charla no puede leer.</translation>
    </message>
    <message>
        <source>%1 was banned from room %2.</source>
        <translation>Se ha prohibido la entrada a %1 en la sala %2.</translation>
    </message>
    <message>
        <source>%1 was kicked from room %2.</source>
        <translation>Han expulsado a %1 de la sala %2.</translation>
    </message>
    <message>
        <source>The connection to room %1 was lost; joining it again.</source>
        <translation>Se perdió la conexión con la sala %1; volviendo a entrar.</translation>
    </message>
    <message>
        <source>A retraction in room %1 refers to a message Charla does not have.</source>
        <translation>Una retirada en la sala %1 se refiere a un mensaje que Charla no tiene.</translation>
    </message>
    <message>
        <source>%1 tried to retract someone else's message in room %2; it was ignored.</source>
        <translation>%1 intentó retirar un mensaje de otra persona en la sala %2; se ha ignorado.</translation>
    </message>
    <message>
        <source>A correction in room %1 refers to a message Charla does not have; it was ignored.</source>
        <translation>Una corrección en la sala %1 se refiere a un mensaje que Charla no tiene; se ha ignorado.</translation>
    </message>
    <message>
        <source>%1 tried to correct a message in room %2 that someone else sent; the correction was ignored.</source>
        <translation>%1 intentó corregir en la sala %2 un mensaje que envió otra persona; la corrección se ha ignorado.</translation>
    </message>
    <message>
        <source>Not connected: the message was not sent.</source>
        <translation>Sin conexión: el mensaje no se envió.</translation>
    </message>
    <message>
        <source>/me retracted a previous message, but your client does not support that.</source>
        <translation>/me retiró un mensaje anterior, pero tu cliente no lo admite.</translation>
    </message>
    <message>
        <source>Room %1 answers again.</source>
        <translation>La sala %1 vuelve a responder.</translation>
    </message>
    <message>
        <source>Room %1 does not answer; Charla keeps checking whether you are still in it.</source>
        <translation>La sala %1 no responde; Charla sigue comprobando si aún estás en ella.</translation>
    </message>
</context>
<context>
    <name>charla::NamespaceNames</name>
    <message>
        <source>Service discovery (information)</source>
        <translation>Descubrimiento de servicios (información)</translation>
    </message>
    <message>
        <source>Service discovery (items)</source>
        <translation>Descubrimiento de servicios (elementos)</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat de grupo</translation>
    </message>
    <message>
        <source>File upload</source>
        <translation>Subida de archivos</translation>
    </message>
    <message>
        <source>Publish-subscribe</source>
        <translation>Publicación-suscripción</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Registration</source>
        <extracomment>A feature a service offers (XEP-0077): signing up for an account (a noun).</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Contact card (vCard)</source>
        <translation>Tarjeta de contacto (vCard)</translation>
    </message>
    <message>
        <source>Message archive</source>
        <translation>Archivo de mensajes</translation>
    </message>
    <message>
        <source>Message copies to all devices</source>
        <translation>Copias de mensajes en todos los dispositivos</translation>
    </message>
    <message>
        <source>Blocking</source>
        <extracomment>A feature a server offers (XEP-0191): blocking other users (a noun).</extracomment>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Versión del software</translation>
    </message>
    <message>
        <source>Entity time</source>
        <extracomment>A feature (XEP-0202): a client or server tells its local time.</extracomment>
        <translation>Hora de la entidad</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Lista de contactos</translation>
    </message>
    <message>
        <source>Private storage</source>
        <translation>Almacenamiento privado</translation>
    </message>
    <message>
        <source>User search</source>
        <translation>Búsqueda de usuarios</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Gestión del flujo</translation>
    </message>
    <message>
        <source>Client state indication</source>
        <translation>Indicación del estado del cliente</translation>
    </message>
    <message>
        <source>File transfer proxy</source>
        <translation>Proxy de transferencia de archivos</translation>
    </message>
    <message>
        <source>External services (STUN/TURN)</source>
        <translation>Servicios externos (STUN/TURN)</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Notificaciones push</translation>
    </message>
    <message>
        <source>Publish-subscribe: publish</source>
        <translation>Publicación-suscripción: publicar</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatares</translation>
    </message>
    <message>
        <source>Offline messages</source>
        <translation>Mensajes sin conexión</translation>
    </message>
    <message>
        <source>Data forms</source>
        <translation>Formularios de datos</translation>
    </message>
    <message>
        <source>Chat server</source>
        <translation>Servidor de chat</translation>
    </message>
    <message>
        <source>Group chat service</source>
        <translation>Servicio de chat de grupo</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Almacenamiento de archivos</translation>
    </message>
    <message>
        <source>Publish-subscribe service</source>
        <translation>Servicio de publicación-suscripción</translation>
    </message>
    <message>
        <source>Personal events</source>
        <translation>Eventos personales</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Desktop client</source>
        <translation>Cliente de escritorio</translation>
    </message>
    <message>
        <source>Phone client</source>
        <translation>Cliente de teléfono</translation>
    </message>
    <message>
        <source>Web client</source>
        <translation>Cliente web</translation>
    </message>
    <message>
        <source>Command list</source>
        <translation>Lista de comandos</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>Directorio de usuarios</translation>
    </message>
</context>
<context>
    <name>charla::NewChatDialog</name>
    <message>
        <source>New Chat</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The address to write to; your contacts are completed by address or name.</source>
        <translation>La dirección a la que escribir; tus contactos se completan por dirección o por nombre.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Open Chat</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>No es una dirección válida.</translation>
    </message>
</context>
<context>
    <name>charla::NotifyModeButton</name>
    <message>
        <source>What this chat notifies you about</source>
        <translation>De qué te avisa esta conversación</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Mentions only</source>
        <translation>Solo menciones</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Avisar</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Notificaciones: %1</translation>
    </message>
</context>
<context>
    <name>charla::OccupantDelegate</name>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
</context>
<context>
    <name>charla::OccupantModel</name>
    <message>
        <source>Moderators</source>
        <translation>Moderadores</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
</context>
<context>
    <name>charla::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Enter the password for %1:</source>
        <translation>Escribe la contraseña de %1:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Charla will use this password until you quit and will not save it.</source>
        <translation>Charla usará esta contraseña hasta que salgas y no la guardará.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
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
        <translation>El llavero denegó el acceso a la contraseña de %1. Desbloquea el llavero y vuelve a intentarlo.</translation>
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
        <translation>Escribe un nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter a password to log in.</source>
        <translation>Escribe una contraseña para iniciar sesión.</translation>
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
        <translation>El servidor envió un paso de inicio de sesión inesperado. Vuelve a intentarlo más tarde; si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>charla::Preferences</name>
    <message>
        <source>connects directly</source>
        <translation>se conecta directamente</translation>
    </message>
    <message>
        <source>uses the system's proxy</source>
        <translation>usa el proxy del sistema</translation>
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
        <translation>No se puede crear la carpeta %1. Comprueba que se puede escribir en ella o elige otro perfil.</translation>
    </message>
</context>
<context>
    <name>charla::ProxySettings</name>
    <message>
        <source>%1 is not a proxy: use socks5://HOST:PORT, http://HOST:PORT, system or none.</source>
        <translation>%1 no es un proxy: usa socks5://HOST:PUERTO, http://HOST:PUERTO, system o none.</translation>
    </message>
    <message>
        <source>Charla does not take proxy passwords: remove the password from %1.</source>
        <translation>Charla no admite contraseñas de proxy: quita la contraseña de %1.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>El puerto del proxy debe ser un número entre 1 y 65535.</translation>
    </message>
</context>
<context>
    <name>charla::PubSubWindow</name>
    <message>
        <source>Publish-subscribe</source>
        <translation>Publicación-suscripción</translation>
    </message>
    <message>
        <source>Your PEP nodes</source>
        <translation>Tus nodos PEP</translation>
    </message>
    <message>
        <source>Node or item</source>
        <translation>Nodo o elemento</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Service, e.g. pubsub.example.org</source>
        <translation>Servicio, p. ej. pubsub.example.org</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribirse</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>Your account publishes no PEP nodes yet.</source>
        <translation>Tu cuenta aún no publica nodos PEP.</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(falló)</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Esto no es una dirección: %1</translation>
    </message>
    <message>
        <source>Say which node to subscribe to.</source>
        <translation>Indica a qué nodo suscribirte.</translation>
    </message>
    <message>
        <source>Subscribing to %1 on %2…</source>
        <translation>Suscribiéndose a %1 en %2…</translation>
    </message>
    <message>
        <source>Subscribed to %1 on %2: new items appear below.</source>
        <translation>Suscrito a %1 en %2: los elementos nuevos aparecen abajo.</translation>
    </message>
</context>
<context>
    <name>charla::Registration</name>
    <message>
        <source>"%1" is not a server name such as example.org.</source>
        <translation>«%1» no es un nombre de servidor como example.org.</translation>
    </message>
    <message>
        <source>The registration was cancelled.</source>
        <translation>Se canceló el registro.</translation>
    </message>
    <message>
        <source>Choose a server before creating an account.</source>
        <translation>Elige un servidor antes de crear una cuenta.</translation>
    </message>
    <message>
        <source>The server %1 sent a registration form Charla cannot read.</source>
        <translation>El servidor %1 envió un formulario de registro que Charla no puede leer.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Try again later.</source>
        <translation>El servidor %1 no respondió a tiempo. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server %1 does not let you create an account from Charla. Its web site may explain how to get one.</source>
        <translation>El servidor %1 no permite crear una cuenta desde Charla. Puede que su sitio web explique cómo conseguir una.</translation>
    </message>
    <message>
        <source>This server does not allow creating accounts here.</source>
        <translation>Este servidor no permite crear cuentas desde aquí.</translation>
    </message>
    <message>
        <source>The server %1 did not send its registration form (%2).</source>
        <translation>El servidor %1 no envió su formulario de registro (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>El servidor dijo: «%1»</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time; the account may or may not exist. Try logging in before trying again.</source>
        <translation>El servidor %1 no respondió a tiempo; es posible que la cuenta se haya creado o no. Prueba a iniciar sesión antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>That name is already taken on %1.</source>
        <translation>Ese nombre ya está en uso en %1.</translation>
    </message>
    <message>
        <source>The name %1 is already taken on %2.</source>
        <translation>El nombre %1 ya está en uso en %2.</translation>
    </message>
    <message>
        <source>The server did not accept the form: a required field is empty or a value is not valid.</source>
        <translation>El servidor no aceptó el formulario: un campo obligatorio está vacío o un valor no es válido.</translation>
    </message>
    <message>
        <source>The server did not accept the form: %1</source>
        <translation>El servidor no aceptó el formulario: %1</translation>
    </message>
    <message>
        <source>The server %1 does not allow creating accounts from your network.</source>
        <translation>El servidor %1 no permite crear cuentas desde tu red.</translation>
    </message>
    <message>
        <source>The server %1 refused to create an account right now. Try again later.</source>
        <translation>El servidor %1 se negó a crear una cuenta en este momento. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server %1 could not read the registration. Fill in the form again.</source>
        <translation>El servidor %1 no pudo leer el registro. Vuelve a rellenar el formulario.</translation>
    </message>
    <message>
        <source>The server %1 did not create the account (%2).</source>
        <translation>El servidor %1 no creó la cuenta (%2).</translation>
    </message>
</context>
<context>
    <name>charla::RegistrationFeature</name>
    <message>
        <source>The new password is empty. Type the password you want.</source>
        <translation>La nueva contraseña está vacía. Escribe la contraseña que quieras.</translation>
    </message>
    <message>
        <source>The account is not connected. Connect it, then try again.</source>
        <translation>La cuenta no está conectada. Conéctala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server %1 asks for more before it changes the password.</source>
        <translation>El servidor %1 pide más información antes de cambiar la contraseña.</translation>
    </message>
    <message>
        <source>The server %1 does not consider this connection safe enough to change the password.</source>
        <translation>El servidor %1 no considera esta conexión lo bastante segura para cambiar la contraseña.</translation>
    </message>
    <message>
        <source>The server %1 does not allow changing the password from Charla. Its web site may offer a way.</source>
        <translation>El servidor %1 no permite cambiar la contraseña desde Charla. Puede que su sitio web ofrezca una forma de hacerlo.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password change request.</source>
        <translation>El servidor %1 no aceptó la solicitud de cambio de contraseña.</translation>
    </message>
    <message>
        <source>The server %1 did not change the password (%2).</source>
        <translation>El servidor %1 no cambió la contraseña (%2).</translation>
    </message>
    <message>
        <source>The server said: "%1"</source>
        <translation>El servidor dijo: «%1»</translation>
    </message>
    <message>
        <source>The server %1 asks for more before it removes the account.</source>
        <translation>El servidor %1 pide más información antes de eliminar la cuenta.</translation>
    </message>
    <message>
        <source>The server %1 does not allow removing %2 from Charla. Its web site may offer a way.</source>
        <translation>El servidor %1 no permite eliminar %2 desde Charla. Puede que su sitio web ofrezca una forma de hacerlo.</translation>
    </message>
    <message>
        <source>The account %1 does not exist on its server.</source>
        <translation>La cuenta %1 no existe en su servidor.</translation>
    </message>
    <message>
        <source>The server %1 did not remove the account %2 (%3).</source>
        <translation>El servidor %1 no eliminó la cuenta %2 (%3).</translation>
    </message>
</context>
<context>
    <name>charla::RenameContactDialog</name>
    <message>
        <source>Rename Contact</source>
        <translation>Cambiar nombre del contacto</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Nombre para %1:</translation>
    </message>
    <message>
        <source>Name for %1</source>
        <translation>Nombre para %1</translation>
    </message>
    <message>
        <source>Leave it empty to show the address.</source>
        <translation>Déjalo vacío para mostrar la dirección.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
</context>
<context>
    <name>charla::RoomActions</name>
    <message>
        <source>&amp;Join Room…</source>
        <translation>&amp;Entrar en una sala…</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>Sa&amp;las</translation>
    </message>
    <message>
        <source>Bookmarked rooms</source>
        <translation>Salas guardadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No bookmarked rooms</source>
        <translation>No hay salas guardadas</translation>
    </message>
    <message>
        <source>Invitation to a Room</source>
        <translation>Invitación a una sala</translation>
    </message>
    <message>
        <source>%1 invites you (%2) to the room %3.</source>
        <translation>%1 te invita (%2) a la sala %3.</translation>
    </message>
    <message>
        <source>Their message: %1</source>
        <translation>Su mensaje: %1</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>charla::RoomHeader</name>
    <message>
        <source>Change subject…</source>
        <translation>Cambiar tema…</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Puesto por %1</translation>
    </message>
</context>
<context>
    <name>charla::RoomManager</name>
    <message>
        <source>%1 declined the invitation.</source>
        <translation>%1 rechazó la invitación.</translation>
    </message>
    <message>
        <source>%1 declined the invitation: %2</source>
        <translation>%1 rechazó la invitación: %2</translation>
    </message>
    <message>
        <source>&amp;Remove for everyone (moderate)…</source>
        <translation>&amp;Quitar para todos (moderar)…</translation>
    </message>
    <message>
        <source>This room does not support removing messages.</source>
        <translation>Esta sala no permite quitar mensajes.</translation>
    </message>
    <message>
        <source>You are not in this room now, so the message was not sent. Join it again from the Room menu.</source>
        <translation>Ahora no estás en esta sala, así que el mensaje no se envió. Vuelve a entrar desde el menú Sala.</translation>
    </message>
    <message>
        <source>You are not in this room now, or the message is not yours to change, so nothing was sent.</source>
        <translation>Ahora no estás en esta sala, o el mensaje no es tuyo para cambiarlo, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the room? Their apps may still keep a copy.</source>
        <translation>¿Borrar este mensaje para todos en la sala? Sus aplicaciones aún pueden guardar una copia.</translation>
    </message>
    <message>
        <source>You are not in this room now, so the message was not sent.</source>
        <translation>Ahora no estás en esta sala, así que el mensaje no se envió.</translation>
    </message>
    <message>
        <source>You are not in the room of %1 now, so the message was not sent.</source>
        <translation>Ahora no estás en la sala de %1, así que el mensaje no se envió.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>Private chat through the room</source>
        <translation>Conversación privada a través de la sala</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>No estás en esta sala.</translation>
    </message>
    <message>
        <source>Offline: you join this room again once connected.</source>
        <translation>Sin conexión: volverás a entrar en esta sala al conectarte.</translation>
    </message>
    <message>
        <source>Joining as %1…</source>
        <translation>Entrando como %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n occupant(s)</source>
        <translation>
            <numerusform>%n ocupante</numerusform>
            <numerusform>%n ocupantes</numerusform>
        </translation>
    </message>
    <message>
        <source>you are %1</source>
        <translation>eres %1</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <source>no voice</source>
        <translation>sin voz</translation>
    </message>
    <message>
        <source>&amp;Join again</source>
        <translation>&amp;Volver a entrar</translation>
    </message>
    <message>
        <source>Change &amp;nickname…</source>
        <translation>Cambiar &amp;apodo…</translation>
    </message>
    <message>
        <source>Change &amp;subject…</source>
        <translation>Cambiar &amp;tema…</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Invitar a alguien…</translation>
    </message>
    <message>
        <source>&amp;Bookmark this room</source>
        <translation>&amp;Guardar esta sala</translation>
    </message>
    <message>
        <source>&amp;Configure room…</source>
        <translation>&amp;Configurar la sala…</translation>
    </message>
    <message>
        <source>&amp;Destroy room…</source>
        <translation>&amp;Destruir la sala…</translation>
    </message>
    <message>
        <source>&amp;Leave room</source>
        <translation>&amp;Salir de la sala</translation>
    </message>
    <message>
        <source>Send &amp;private message</source>
        <translation>Enviar mensaje &amp;privado</translation>
    </message>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Expulsar…</translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>Expulsar a %1</translation>
    </message>
    <message>
        <source>Reason (optional, the room shows it):</source>
        <translation>Motivo (opcional, la sala lo muestra):</translation>
    </message>
    <message>
        <source>&amp;Grant voice</source>
        <translation>&amp;Dar voz</translation>
    </message>
    <message>
        <source>&amp;Revoke voice</source>
        <translation>&amp;Quitar la voz</translation>
    </message>
    <message>
        <source>The room does not show this person's address</source>
        <translation>La sala no muestra la dirección de esta persona</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Vetar…</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>Vetar a %1</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Hacer &amp;miembro</translation>
    </message>
    <message>
        <source>Remove &amp;membership</source>
        <translation>Quitar la &amp;membresía</translation>
    </message>
    <message>
        <source>Make &amp;admin</source>
        <translation>Hacer &amp;administrador</translation>
    </message>
    <message>
        <source>Remove a&amp;dmin rights</source>
        <translation>Quitar los derechos de a&amp;dministrador</translation>
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation>Hacer &amp;propietario</translation>
    </message>
    <message>
        <source>Remove o&amp;wnership</source>
        <translation>Quitar la p&amp;ropiedad</translation>
    </message>
    <message>
        <source>Change Nickname</source>
        <translation>Cambiar apodo</translation>
    </message>
    <message>
        <source>Your nickname in %1:</source>
        <translation>Tu apodo en %1:</translation>
    </message>
    <message>
        <source>Change Subject</source>
        <translation>Cambiar tema</translation>
    </message>
    <message>
        <source>The subject of %1:</source>
        <translation>El tema de %1:</translation>
    </message>
    <message>
        <source>%1 is invited.</source>
        <translation>%1 está invitado.</translation>
    </message>
    <message>
        <source>New Room %1</source>
        <translation>Nueva sala %1</translation>
    </message>
    <message>
        <source>Configure %1</source>
        <translation>Configurar %1</translation>
    </message>
    <message>
        <source>You created this room. Choose its settings, or Cancel to keep the server's defaults.</source>
        <translation>Has creado esta sala. Elige su configuración, o Cancelar para quedarte con la del servidor.</translation>
    </message>
    <message>
        <source>The room's settings are saved.</source>
        <translation>La configuración de la sala está guardada.</translation>
    </message>
    <message>
        <source>Destroy Room</source>
        <translation>Destruir la sala</translation>
    </message>
    <message>
        <source>Destroy %1 for everyone? Its occupants are removed and its settings are lost.

Reason (optional):</source>
        <translation>¿Destruir %1 para todos? Sus ocupantes salen y su configuración se pierde.

Motivo (opcional):</translation>
    </message>
    <message>
        <source>Remove Message</source>
        <translation>Quitar mensaje</translation>
    </message>
    <message>
        <source>Remove this message of %1 for everyone in the room?

Reason (optional):</source>
        <translation>¿Quitar este mensaje de %1 para todos en la sala?

Motivo (opcional):</translation>
    </message>
    <message>
        <source>This room gives its messages no id to reply to.</source>
        <translation>Esta sala no da a sus mensajes un id al que responder.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <source>%1 people are typing…</source>
        <translation>%1 personas están escribiendo…</translation>
    </message>
</context>
<context>
    <name>charla::RosterDelegate</name>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <source>Does not share their status with you</source>
        <translation>No comparte su estado contigo</translation>
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
        <translation>Cada uno ve el estado del otro.</translation>
    </message>
    <message>
        <source>You see their status; they do not see yours.</source>
        <translation>Ves su estado; el contacto no ve el tuyo.</translation>
    </message>
    <message>
        <source>They see your status; you do not see theirs.</source>
        <translation>El contacto ve tu estado; tú no ves el suyo.</translation>
    </message>
    <message>
        <source>You do not share your status with each other.</source>
        <translation>Ninguno de los dos ve el estado del otro.</translation>
    </message>
    <message>
        <source>Waiting for them to approve your request.</source>
        <translation>Esperando a que el contacto apruebe tu solicitud.</translation>
    </message>
</context>
<context>
    <name>charla::RosterModel</name>
    <message>
        <source>Contacts</source>
        <extracomment>The roster group that holds the contacts who are in no group</extracomment>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>free for chat</source>
        <translation>disponible para hablar</translation>
    </message>
    <message>
        <source>online</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>away for a while</source>
        <translation>ausente un buen rato</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>no molestar</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
</context>
<context>
    <name>charla::RunCommandDialog</name>
    <message>
        <source>Run command</source>
        <translation>Ejecutar comando</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;List commands</source>
        <translation>&amp;Listar comandos</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>This is not an address: %1</source>
        <translation>Esto no es una dirección: %1</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>Asking %1 for its commands…</source>
        <translation>Preguntando a %1 por sus comandos…</translation>
    </message>
    <message>
        <source>%1 offers no commands to this account.</source>
        <translation>%1 no ofrece comandos a esta cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) offered by %1.</source>
        <translation>
            <numerusform>%n comando ofrecido por %1.</numerusform>
            <numerusform>%n comandos ofrecidos por %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::SaslMechanism</name>
    <message>
        <source>The server offered no way to log in. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>El servidor no ofreció ninguna forma de iniciar sesión. Vuelve a intentarlo más tarde; si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server offered only login methods Charla does not support (%1). Tell the server's administrator that Charla needs SCRAM.</source>
        <translation>El servidor solo ofreció métodos de inicio de sesión que Charla no admite (%1). Dile al administrador del servidor que Charla necesita SCRAM.</translation>
    </message>
    <message>
        <source>The server offered only %1, weaker than %2 used before for this account. This can mean someone is tampering with the connection.</source>
        <translation>El servidor solo ofreció %1, más débil que %2, que se usó antes con esta cuenta. Esto puede indicar que alguien está manipulando la conexión.</translation>
    </message>
    <message>
        <source>The server offered only PLAIN login without an encrypted connection, which would reveal your password, so Charla did not log in.</source>
        <translation>El servidor solo ofreció el inicio de sesión PLAIN sin una conexión cifrada, lo que revelaría tu contraseña, así que Charla no inició sesión.</translation>
    </message>
</context>
<context>
    <name>charla::ScramMechanism</name>
    <message>
        <source>The server sent a malformed login message. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió un mensaje de inicio de sesión mal formado. Vuelve a intentarlo más tarde; si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>Your password mixes right-to-left and left-to-right text in a way that cannot be used to log in. Change it from another client.</source>
        <translation>Tu contraseña mezcla texto de derecha a izquierda y de izquierda a derecha de una forma que no se puede usar para iniciar sesión. Cámbiala desde otro cliente.</translation>
    </message>
    <message>
        <source>Your user name mixes right-to-left and left-to-right text in a way that cannot be used to log in.</source>
        <translation>Tu nombre de usuario mezcla texto de derecha a izquierda y de izquierda a derecha de una forma que no se puede usar para iniciar sesión.</translation>
    </message>
    <message>
        <source>Your password contains a character that cannot be used to log in (a control, formatting or private-use character). Change it from another client.</source>
        <translation>Tu contraseña contiene un carácter que no se puede usar para iniciar sesión (un carácter de control, de formato o de uso privado). Cámbiala desde otro cliente.</translation>
    </message>
    <message>
        <source>Your user name contains a character that cannot be used to log in.</source>
        <translation>Tu nombre de usuario contiene un carácter que no se puede usar para iniciar sesión.</translation>
    </message>
    <message>
        <source>Charla does not support this SCRAM variant.</source>
        <translation>Charla no admite esta variante de SCRAM.</translation>
    </message>
    <message>
        <source>Enter a user name to log in.</source>
        <translation>Escribe un nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter a password to log in.</source>
        <translation>Escribe una contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>The login was started twice. This is a bug in Charla.</source>
        <translation>El inicio de sesión se lanzó dos veces. Se trata de un error de Charla.</translation>
    </message>
    <message>
        <source>The server sent an unexpected login step. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió un paso de inicio de sesión inesperado. Vuelve a intentarlo más tarde; si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server requires a login extension Charla does not support. Tell the server's administrator.</source>
        <translation>El servidor exige una extensión de inicio de sesión que Charla no admite. Avisa al administrador del servidor.</translation>
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
        <translation>El servidor rechazó la contraseña (%1). Comprueba la contraseña y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server does not know this account (%1). Check the address.</source>
        <translation>El servidor no reconoce esta cuenta (%1). Comprueba la dirección.</translation>
    </message>
    <message>
        <source>The server refused the login (%1).</source>
        <translation>El servidor rechazó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>El servidor no pudo demostrar que conoce tu contraseña, así que Charla no inició sesión. Esto puede indicar que alguien está suplantando al servidor.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows your password, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>El servidor aceptó el inicio de sesión sin demostrar que conoce tu contraseña, así que Charla no inició sesión. Esto puede indicar que alguien está suplantando al servidor.</translation>
    </message>
    <message>
        <source>The server reported a successful login before the exchange was complete, so Charla did not log in. This can mean someone is impersonating the server.</source>
        <translation>El servidor notificó un inicio de sesión correcto antes de que terminara el intercambio, así que Charla no inició sesión. Esto puede indicar que alguien está suplantando al servidor.</translation>
    </message>
</context>
<context>
    <name>charla::SearchPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>No se encontraron mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>Se encontró %n mensaje.</numerusform>
            <numerusform>Se encontraron %n mensajes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::ServerInfoWindow</name>
    <message>
        <source>Server information: %1</source>
        <translation>Información del servidor: %1</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Información del servidor</translation>
    </message>
    <message>
        <source>Requirements of the XMPP Compliance Suites 2023 (XEP-0479) for servers, as far as a client can see them.</source>
        <translation>Requisitos de las XMPP Compliance Suites 2023 (XEP-0479) para servidores, hasta donde un cliente puede verlos.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Especificaciones</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Preguntando al servidor…</translation>
    </message>
    <message>
        <source>Software: %1 %2</source>
        <translation>Software: %1 %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>Software: not told</source>
        <translation>Software: no lo indica</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Funcionando desde hace %1</translation>
    </message>
    <message>
        <source>Uptime: not told</source>
        <translation>Tiempo en marcha: no lo indica</translation>
    </message>
    <message>
        <source>Contact addresses (XEP-0157): none published</source>
        <translation>Direcciones de contacto (XEP-0157): no publica ninguna</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ cumple</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ falta</translation>
    </message>
    <message>
        <source>? not visible</source>
        <translation>? no visible</translation>
    </message>
    <message>
        <source>✓ as far as seen</source>
        <translation>✓ por lo que se ve</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) missing</source>
        <translation>
            <numerusform>falta %n requisito</numerusform>
            <numerusform>faltan %n requisitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 met, %2 missing, %3 not visible</source>
        <translation>%1 cumplidos, %2 faltan, %3 no visibles</translation>
    </message>
</context>
<context>
    <name>charla::ServerProbe</name>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Abusos</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
</context>
<context>
    <name>charla::ServiceActions</name>
    <message>
        <source>No accounts</source>
        <translation>No hay cuentas</translation>
    </message>
    <message>
        <source>Service &amp;discovery…</source>
        <translation>&amp;Descubrimiento de servicios…</translation>
    </message>
    <message>
        <source>Run &amp;command…</source>
        <translation>&amp;Ejecutar comando…</translation>
    </message>
    <message>
        <source>Server &amp;information</source>
        <translation>&amp;Información del servidor</translation>
    </message>
    <message>
        <source>&amp;Gateways…</source>
        <translation>&amp;Pasarelas…</translation>
    </message>
    <message>
        <source>&amp;XML console</source>
        <translation>Consola &amp;XML</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>De&amp;lete account from server…</source>
        <translation>E&amp;liminar la cuenta del servidor…</translation>
    </message>
    <message>
        <source>Service discovery: %1</source>
        <translation>Descubrimiento de servicios: %1</translation>
    </message>
    <message>
        <source>Join a room</source>
        <translation>Entrar en una sala</translation>
    </message>
    <message>
        <source>Room on %1:</source>
        <translation>Sala en %1:</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Entrar en %1</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Apodo:</translation>
    </message>
    <message>
        <source>Publish-su&amp;bscribe…</source>
        <translation>Pu&amp;blicación-suscripción…</translation>
    </message>
</context>
<context>
    <name>charla::ServiceRegisterDialog</name>
    <message>
        <source>Register with %1</source>
        <translation>Registrarse en %1</translation>
    </message>
    <message>
        <source>&amp;Unregister…</source>
        <translation>&amp;Darse de baja…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrarse</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Darse de baja</translation>
    </message>
    <message>
        <source>Unregister from %1? A gateway then also removes its contacts from your contact list.</source>
        <translation>¿Darse de baja de %1? Una pasarela también quita entonces sus contactos de tu lista de contactos.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>Asking %1 for its registration form…</source>
        <translation>Pidiendo a %1 su formulario de registro…</translation>
    </message>
    <message>
        <source>This account is registered with %1; you can change the details or unregister.</source>
        <translation>Esta cuenta está registrada en %1; puedes cambiar los datos o darte de baja.</translation>
    </message>
    <message>
        <source>%1 registers on its web page: %2</source>
        <translation>%1 ofrece el registro en su página web: %2</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Registered with %1.</source>
        <translation>Registrado en %1.</translation>
    </message>
    <message>
        <source>Unregistering…</source>
        <translation>Dándose de baja…</translation>
    </message>
    <message>
        <source>No longer registered with %1.</source>
        <translation>Ya no hay registro en %1.</translation>
    </message>
</context>
<context>
    <name>charla::ServiceRegistration</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>%1 sent no registration form.</source>
        <translation>%1 no envió ningún formulario de registro.</translation>
    </message>
    <message>
        <source>%1 already has a registration with these details.</source>
        <translation>%1 ya tiene un registro con estos datos.</translation>
    </message>
    <message>
        <source>%1 did not accept the form: check the fields and try again.</source>
        <translation>%1 no aceptó el formulario: revisa los campos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 does not allow this account to register.</source>
        <translation>%1 no permite registrarse a esta cuenta.</translation>
    </message>
    <message>
        <source>%1 does not offer registration.</source>
        <translation>%1 no ofrece registro.</translation>
    </message>
    <message>
        <source>This account is not registered with %1.</source>
        <translation>Esta cuenta no está registrada en %1.</translation>
    </message>
</context>
<context>
    <name>charla::ServiceText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
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
        <translation>El certificado del servidor ha cambiado desde la última vez que te conectaste a %1. Esto puede indicar que alguien está interceptando la conexión; Charla no envió tu contraseña.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Check its fingerprint before trusting it: %2</source>
        <translation>El certificado de %1 no está firmado por ninguna autoridad en la que confíe este equipo. Comprueba su huella antes de confiar en él: %2</translation>
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
        <translation>El servidor %1 no ofrece cifrado (STARTTLS), así que Charla no envió tu contraseña.</translation>
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
    <message>
        <source>Could not connect to %1 through the %2 proxy %3: %4</source>
        <translation>No se pudo conectar con %1 a través del proxy %2 %3: %4</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS), so Charla did not create an account there.</source>
        <translation>El servidor %1 no ofrece cifrado (STARTTLS), así que Charla no creó ninguna cuenta en él.</translation>
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
        <translation>La contraseña de %1 ha caducado. Cámbiala con otro cliente o consulta al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server could not check the password for %1 right now. Try again later.</source>
        <translation>El servidor no pudo comprobar la contraseña de %1 en este momento. Vuelve a intentarlo más tarde.</translation>
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
        <source>Could not reach the %1 proxy %2 (%3). Check that the proxy is running and the account's proxy settings.</source>
        <translation>No se pudo acceder al proxy %1 %2 (%3). Comprueba que el proxy está en funcionamiento y revisa la configuración de proxy de la cuenta.</translation>
    </message>
    <message>
        <source>The %1 proxy %2 asks for a password, which Charla cannot give to proxies yet. Use a proxy that needs none.</source>
        <translation>El proxy %1 %2 pide una contraseña, y Charla todavía no puede dar contraseñas a los proxies. Usa un proxy que no la necesite.</translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not relay the connection to %3 (%4). Check the account's proxy settings.</source>
        <translation>El proxy %1 %2 no retransmitió la conexión con %3 (%4). Revisa la configuración de proxy de la cuenta.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado de %1.</translation>
    </message>
</context>
<context>
    <name>charla::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <source>A&amp;way</source>
        <translation>A&amp;usencia</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Ortografía</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;olores:</translation>
    </message>
    <message>
        <source>Message text size</source>
        <translation>Tamaño del texto de los mensajes</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <source>Message &amp;text size:</source>
        <translation>&amp;Tamaño del texto de los mensajes:</translation>
    </message>
    <message>
        <source>Message layout</source>
        <translation>Disposición de los mensajes</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Holgada</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacta</translation>
    </message>
    <message>
        <source>Message &amp;layout:</source>
        <translation>&amp;Disposición de los mensajes:</translation>
    </message>
    <message>
        <source>High-contrast and other system colour schemes are followed with “Follow the system”.</source>
        <translation>Con «Como el sistema» se respetan el alto contraste y los demás esquemas de colores del sistema.</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>Mostrar &amp;notificaciones de mensajes nuevos</translation>
    </message>
    <message>
        <source>A desktop notification when a message arrives in a chat you are not looking at.</source>
        <translation>Una notificación de escritorio cuando llega un mensaje a una conversación que no estás mirando.</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>No notification pops up; unread counts still grow.</source>
        <translation>No aparece ninguna notificación; los contadores de no leídos siguen subiendo.</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Mostrar el &amp;texto del mensaje en las notificaciones</translation>
    </message>
    <message>
        <source>Off, a notification only says who wrote.</source>
        <translation>Si se desactiva, la notificación solo dice quién ha escrito.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Only where the desktop has a tray; otherwise closing quits.</source>
        <translation>Solo si el escritorio tiene bandeja; si no, cerrar la ventana sale de Charla.</translation>
    </message>
    <message>
        <source>What Charla tells the people you write to:</source>
        <translation>Lo que Charla cuenta a las personas a las que escribes:</translation>
    </message>
    <message>
        <source>Send &amp;typing notifications</source>
        <translation>Avisar cuando estoy &amp;escribiendo</translation>
    </message>
    <message>
        <source>Others see when you are typing a message to them.</source>
        <translation>Los demás ven cuándo les estás escribiendo un mensaje.</translation>
    </message>
    <message>
        <source>Send &amp;read markers</source>
        <translation>Enviar confirmaciones de &amp;lectura</translation>
    </message>
    <message>
        <source>Others see when you have read their messages.</source>
        <translation>Los demás ven cuándo has leído sus mensajes.</translation>
    </message>
    <message>
        <source>Send &amp;idle time</source>
        <translation>Enviar el tiempo de &amp;inactividad</translation>
    </message>
    <message>
        <source>When you are away, contacts see since when.</source>
        <translation>Cuando estás ausente, tus contactos ven desde cuándo.</translation>
    </message>
    <message>
        <source>Fetch &amp;link previews</source>
        <translation>Descargar &amp;vistas previas de enlaces</translation>
    </message>
    <message>
        <source>Fetching a preview tells the linked site your address. Off by default.</source>
        <translation>Descargar una vista previa revela tu dirección al sitio enlazado. Desactivado de forma predeterminada.</translation>
    </message>
    <message>
        <source>Set my status &amp;automatically when I am not at the computer</source>
        <translation>Cambiar mi estado &amp;automáticamente cuando no estoy delante del ordenador</translation>
    </message>
    <message>
        <source>Available accounts become Away, then Away for a while; your status comes back when you return.</source>
        <translation>Las cuentas disponibles pasan a Ausente y después a Ausente un buen rato; tu estado vuelve cuando regresas.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Away after minutes</source>
        <translation>Ausente tras minutos</translation>
    </message>
    <message>
        <source>A&amp;way after:</source>
        <translation>A&amp;usente tras:</translation>
    </message>
    <message>
        <source>Away for a while after minutes</source>
        <translation>Ausente un buen rato tras minutos</translation>
    </message>
    <message>
        <source>Away for a &amp;while after:</source>
        <translation>Ausente un &amp;buen rato tras:</translation>
    </message>
    <message>
        <source>Keep history</source>
        <translation>Conservar el historial</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para siempre</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep messages on this computer:</source>
        <translation>&amp;Conservar los mensajes en este ordenador:</translation>
    </message>
    <message>
        <source>Older messages are deleted from this computer when Charla starts and once a day. Copies on the server (its archive) are not touched.</source>
        <translation>Los mensajes más antiguos se borran de este ordenador al iniciar Charla y una vez al día. Las copias del servidor (su archivo) no se tocan.</translation>
    </message>
    <message>
        <source>Accounts and their proxies</source>
        <translation>Cuentas y sus proxies</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Ajustes de la cuenta…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Check spelling while typing</source>
        <translation>&amp;Revisar la ortografía al escribir</translation>
    </message>
    <message>
        <source>Misspelled words are underlined in the message field.</source>
        <translation>Las palabras mal escritas se subrayan en el campo del mensaje.</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Idioma de la ortografía</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Each chat remembers a language chosen in its message field.</source>
        <translation>Cada conversación recuerda el idioma elegido en su campo de mensaje.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New accounts connect through this proxy:</source>
        <translation>Las cuentas nuevas se conectan a través de este proxy:</translation>
    </message>
    <message>
        <source>Each account keeps a proxy of its own. Change it in the account's settings.</source>
        <translation>Cada cuenta conserva su propio proxy. Cámbialo en la configuración de la cuenta.</translation>
    </message>
</context>
<context>
    <name>charla::SingleInstance</name>
    <message>
        <source>Charla is already running with this profile.</source>
        <translation>Charla ya está en marcha con este perfil.</translation>
    </message>
</context>
<context>
    <name>charla::StatusMenu</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Set status message…</source>
        <translation>Establecer mensaje de estado…</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Disponible para hablar</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Ausencia prolongada</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Status message: %1</source>
        <translation>Mensaje de estado: %1</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>todas las cuentas</translation>
    </message>
</context>
<context>
    <name>charla::StatusMessageDialog</name>
    <message>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <source>Status message for %1:</source>
        <translation>Mensaje de estado para %1:</translation>
    </message>
    <message>
        <source>What are you up to?</source>
        <translation>¿Qué estás haciendo?</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>When you are signed in from several devices, contacts' messages go to the one with the highest priority. A negative priority means this device never receives them unless they are sent to it directly.</source>
        <translation>Cuando inicias sesión desde varios dispositivos, los mensajes de los contactos llegan al que tiene la prioridad más alta. Con una prioridad negativa, este dispositivo nunca los recibe, salvo que se le envíen directamente.</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Recent messages:</source>
        <translation>Mensajes recientes:</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Mensajes recientes</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
</context>
<context>
    <name>charla::StatusSelector</name>
    <message>
        <source>Status of %1: %2</source>
        <translation>Estado de %1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>charla::StreamParser</name>
    <message>
        <source>The server sent malformed XML ("]]&gt;" in text), so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió XML mal formado («]]&gt;» en el texto), así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent a document type declaration (DTD), which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió una declaración de tipo de documento (DTD), que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an XML comment, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió un comentario XML, que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an XML processing instruction, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió una instrucción de procesamiento XML, que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an XML entity reference, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió una referencia a entidad XML, que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an XML markup declaration, which XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió una declaración de marcado XML, que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió texto que no es UTF-8 válido, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent text outside of any stanza, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió texto fuera de cualquier stanza, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server declared a text encoding other than UTF-8, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor declaró una codificación de texto distinta de UTF-8, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent XML markup that XMPP forbids, so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió marcado XML que XMPP prohíbe, así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent malformed XML (%1), so the connection was closed. If it keeps happening, tell the server's administrator.</source>
        <translation>El servidor envió XML mal formado (%1), así que se cerró la conexión. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server did not open an XMPP stream (wrong namespace), so the connection was closed. Check the server's address and port.</source>
        <translation>El servidor no abrió un flujo XMPP (espacio de nombres incorrecto), así que se cerró la conexión. Comprueba la dirección y el puerto del servidor.</translation>
    </message>
    <message>
        <source>The server did not open an XMPP stream, so the connection was closed. Check the server's address and port.</source>
        <translation>El servidor no abrió un flujo XMPP, así que se cerró la conexión. Comprueba la dirección y el puerto del servidor.</translation>
    </message>
    <message>
        <source>The server opened a stream with an unsupported content namespace, so the connection was closed. Check the server's address and port.</source>
        <translation>El servidor abrió un flujo con un espacio de nombres de contenido no admitido, así que se cerró la conexión. Comprueba la dirección y el puerto del servidor.</translation>
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
<context>
    <name>charla::SubscriptionNotices</name>
    <message>
        <source>Subscription requests</source>
        <translation>Solicitudes de suscripción</translation>
    </message>
    <message>
        <source>%1 (%2) wants to see when you are online</source>
        <translation>%1 (%2) quiere ver cuándo estás en línea</translation>
    </message>
    <message>
        <source>%1 wants to see when you are online</source>
        <translation>%1 quiere ver cuándo estás en línea</translation>
    </message>
    <message>
        <source>%1 (%2) wants to see when you are online on %3</source>
        <extracomment>%3 is the account (one of several) the request is for</extracomment>
        <translation>%1 (%2) quiere ver cuándo estás en línea con %3</translation>
    </message>
    <message>
        <source>%1 wants to see when you are online on %2</source>
        <translation>%1 quiere ver cuándo estás en línea con %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Allow %1 to see when you are online</source>
        <translation>Permitir que %1 vea cuándo estás en línea</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Denegar a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more request(s) after these</source>
        <translation>
            <numerusform>%n solicitud más después de estas</numerusform>
            <numerusform>%n solicitudes más después de estas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::TrayIcon</name>
    <message>
        <source>Show Charla</source>
        <translation>Mostrar Charla</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Hide Charla</source>
        <translation>Ocultar Charla</translation>
    </message>
    <message>
        <source>Charla: %1</source>
        <translation>Charla: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje sin leer</numerusform>
            <numerusform>%n mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charla::UploadFeature</name>
    <message>
        <source>The upload service gave an address that is not valid.</source>
        <translation>El servicio de subida dio una dirección que no es válida.</translation>
    </message>
    <message>
        <source>The upload service gave an address without encryption (not https), so Charla did not upload the file. Ask the server's administrator to serve uploads over HTTPS.</source>
        <translation>El servicio de subida dio una dirección sin cifrado (no https), así que Charla no subió el archivo. Pide al administrador del servidor que sirva las subidas por HTTPS.</translation>
    </message>
</context>
<context>
    <name>charla::UploadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Enviando %1</translation>
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
        <translation>Te damos la bienvenida a Charla</translation>
    </message>
    <message>
        <source>Charla talks to people through XMPP (Jabber), an open network of independent servers. Sign in with the account you have, or create one on a server you choose.</source>
        <translation>Charla habla con la gente a través de XMPP (Jabber), una red abierta de servidores independientes. Inicia sesión con la cuenta que tienes o crea una en el servidor que elijas.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Add the XMPP account you already have.</source>
        <translation>Añade la cuenta XMPP que ya tienes.</translation>
    </message>
    <message>
        <source>C&amp;reate an account</source>
        <translation>C&amp;rear una cuenta</translation>
    </message>
    <message>
        <source>Create a new account on a public server.</source>
        <translation>Crea una cuenta nueva en un servidor público.</translation>
    </message>
</context>
<context>
    <name>charla::XmlConsole</name>
    <message>
        <source>XML console: %1</source>
        <translation>Consola XML: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>IQ</source>
        <translation>IQ</translation>
    </message>
    <message>
        <source>Stream</source>
        <extracomment>XML console filter: stream-level elements (the XMPP stream, not a video)</extracomment>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Acks</source>
        <extracomment>XML console filter: stream management acknowledgements (XEP-0198)</extracomment>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>XML console filter: SASL authentication exchange (a noun)</extracomment>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Filter by JID</source>
        <translation>Filtrar por JID</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Placeholder of the XML console's search box.</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Stops updating the view; the stream is still recorded and shown on resume.</source>
        <translation>Deja de actualizar la vista; el flujo se sigue registrando y se muestra al reanudar.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Raw XML to send, e.g. &lt;iq type='get' id='1'&gt;&lt;ping xmlns='urn:xmpp:ping'/&gt;&lt;/iq&gt;</source>
        <translation>XML sin procesar para enviar, p. ej. &lt;iq type='get' id='1'&gt;&lt;ping xmlns='urn:xmpp:ping'/&gt;&lt;/iq&gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>received</source>
        <extracomment>XML console: after the time, an element that came from the server</extracomment>
        <translation>recibido</translation>
    </message>
    <message>
        <source>sent</source>
        <extracomment>XML console: after the time, an element Charla sent</extracomment>
        <translation>enviado</translation>
    </message>
    <message>
        <source>Type an XML element to send.</source>
        <translation>Escribe un elemento XML para enviar.</translation>
    </message>
    <message>
        <source>Not sent: this is not well-formed XML (%1).</source>
        <translation>No enviado: esto no es XML bien formado (%1).</translation>
    </message>
    <message>
        <source>Not sent: the account is not connected.</source>
        <translation>No enviado: la cuenta no está conectada.</translation>
    </message>
</context>
<context>
    <name>charla::XmppUri</name>
    <message>
        <source>The xmpp: link is too long.</source>
        <translation>El enlace xmpp: es demasiado largo.</translation>
    </message>
    <message>
        <source>This is not an xmpp: link.</source>
        <translation>No es un enlace xmpp:.</translation>
    </message>
    <message>
        <source>The xmpp: link names an account but no address.</source>
        <translation>El enlace xmpp: nombra una cuenta pero ninguna dirección.</translation>
    </message>
    <message>
        <source>The account in the xmpp: link is not valid: %1</source>
        <translation>La cuenta del enlace xmpp: no es válida: %1</translation>
    </message>
    <message>
        <source>The xmpp: link has no address.</source>
        <translation>El enlace xmpp: no tiene dirección.</translation>
    </message>
    <message>
        <source>The address in the xmpp: link is not valid: %1</source>
        <translation>La dirección del enlace xmpp: no es válida: %1</translation>
    </message>
</context>
<context>
    <name>charla::XmppUriDialog</name>
    <message>
        <source>xmpp: Link</source>
        <translation>Enlace xmpp:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
</context>
<context>
    <name>charla::XmppUriHandler</name>
    <message>
        <source>xmpp: Link</source>
        <translation>Enlace xmpp:</translation>
    </message>
    <message>
        <source>Add an account first: the link to %1 needs one to act with.</source>
        <translation>Añade antes una cuenta: el enlace a %1 necesita una para actuar.</translation>
    </message>
    <message>
        <source>The link is meant for the account %1, which is not set up here.</source>
        <translation>El enlace es para la cuenta %1, que no está configurada aquí.</translation>
    </message>
    <message>
        <source>Creating accounts from links is not available here.</source>
        <translation>Aquí no se pueden crear cuentas desde enlaces.</translation>
    </message>
    <message>
        <source>Open a chat with %1?</source>
        <translation>¿Abrir una conversación con %1?</translation>
    </message>
    <message>
        <source>Open Chat</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>A chat with %1 opens for %2. Nothing is sent until you send it.</source>
        <translation>Se abre una conversación con %1 para %2. No se envía nada hasta que tú lo envíes.</translation>
    </message>
    <message>
        <source>The chat with %1 cannot be opened for %2.</source>
        <translation>No se puede abrir la conversación con %1 para %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Ask to see when they are online</source>
        <translation>Pedir ver cuándo está en línea</translation>
    </message>
    <message>
        <source>Add %1 to your contacts?</source>
        <translation>¿Añadir a %1 a tus contactos?</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>%1 is added to the contacts of %2 as “%3”.</source>
        <translation>%1 se añade a los contactos de %2 como «%3».</translation>
    </message>
    <message>
        <source>%1 is added to the contacts of %2 as “%3” in the group “%4”.</source>
        <translation>%1 se añade a los contactos de %2 como «%3» en el grupo «%4».</translation>
    </message>
    <message>
        <source>They are asked to let you see when they are online.</source>
        <translation>Se le pide que te deje ver cuándo está en línea.</translation>
    </message>
    <message>
        <source>%1 cannot add contacts now.</source>
        <translation>%1 no puede añadir contactos ahora.</translation>
    </message>
    <message>
        <source>Ask to see when %1 is online?</source>
        <translation>¿Pedir ver cuándo %1 está en línea?</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>%1 sends %2 a request to see their online status; they may accept or decline.</source>
        <translation>%1 envía a %2 una solicitud para ver su estado de conexión; puede aceptarla o rechazarla.</translation>
    </message>
    <message>
        <source>Stop seeing when %1 is online?</source>
        <translation>¿Dejar de ver cuándo %1 está en línea?</translation>
    </message>
    <message>
        <source>Stop Seeing Status</source>
        <translation>Dejar de ver su estado</translation>
    </message>
    <message>
        <source>%1 tells %2 that it no longer wants to see their online status. The contact stays in the list.</source>
        <translation>%1 comunica a %2 que ya no quiere ver su estado de conexión. El contacto sigue en la lista.</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>¿Eliminar a %1 de tus contactos?</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>%1 is removed from the contacts of %2; neither of you sees the other's online status any more.</source>
        <translation>%1 se quita de los contactos de %2; ninguno de los dos verá ya el estado de conexión del otro.</translation>
    </message>
    <message>
        <source>%1 cannot do that now.</source>
        <translation>%1 no puede hacerlo ahora.</translation>
    </message>
    <message>
        <source>Run a command offered by %1?</source>
        <translation>¿Ejecutar un comando que ofrece %1?</translation>
    </message>
    <message>
        <source>Run Command</source>
        <translation>Ejecutar comando</translation>
    </message>
    <message>
        <source>The link names no command to run.</source>
        <translation>El enlace no indica ningún comando que ejecutar.</translation>
    </message>
    <message>
        <source>%1 asks %2 to start the command “%3”. Each step is shown to you before anything is submitted.</source>
        <translation>%1 pide a %2 que inicie el comando «%3». Cada paso se te muestra antes de enviar nada.</translation>
    </message>
    <message>
        <source>%1 cannot run commands now.</source>
        <translation>%1 no puede ejecutar comandos ahora.</translation>
    </message>
    <message>
        <source>Group chats are not available here.</source>
        <translation>Los chats de grupo no están disponibles aquí.</translation>
    </message>
</context>
</TS>
