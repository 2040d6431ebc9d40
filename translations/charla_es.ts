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
</context>
<context>
    <name>charla-cli</name>
    <message>
        <source>Charla's console XMPP client.</source>
        <translation>El cliente XMPP de consola de Charla.</translation>
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
        <source>The command to run.</source>
        <translation>La orden que ejecutar.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>No se indicó ninguna orden. Consulte --help.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
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
        <source>Not connected yet.

Your contacts will appear here once %1 is online.</source>
        <translation>Todavía sin conexión.

Sus contactos aparecerán aquí cuando %1 esté en línea.</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: sin conexión</translation>
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
    <name>charla::Profile</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable, or choose another profile.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que se puede escribir en ella o elija otro perfil.</translation>
    </message>
</context>
</TS>
