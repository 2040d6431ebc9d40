#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target (tests/fuzz/corpus/<target>/seed-*).

The seeds are ordinary XMPP traffic plus the edge cases of the hostile-input unit tests
(tst_streamparser, tst_jid, tst_scram, tst_dataform, tst_messagestyling, tst_linkfinder,
tst_messagecodecs). Run it again after adding a seed here; inputs found by fuzzing (crash-*
files that are fixed now) live next to the seeds under other names and are never touched.
"""
import hashlib
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = (b"<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
          b"xmlns:stream='http://etherx.jabber.org/streams' from='example.net' id='s1' "
          b"version='1.0' xml:lang='en'>")

STANZAS = [
    b"<message to='bob@example.net' type='chat' id='m1'><body>Hi</body>"
    b"<active xmlns='http://jabber.org/protocol/chatstates'/></message>",
    b"<presence from='bob@example.net/pc'><show>away</show><status>Out</status>"
    b"<priority>5</priority><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
    b"node='https://charla.example.org' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>",
    b"<iq type='result' id='r1'><query xmlns='jabber:iq:roster' ver='3'>"
    b"<item jid='bob@example.net' name='Bob' subscription='both'><group>Friends</group></item>"
    b"<item jid='carol@example.net' ask='subscribe' subscription='none'/></query></iq>",
    b"<message to='caf\xc3\xa9@example.org'><body>caf\xc3\xa9 \xf0\x9f\x98\x80 "
    b"\xe4\xb8\xad\xe6\x96\x87</body></message>",
    b"<message><body a='&quot;&amp;&#x1F600;'>&lt;&gt;&amp;&quot;&apos;&#233;&#x1F600;</body></message>",
    b"<message><body><![CDATA[x<y &custom; <!-- ]]]></body></message>",
    b"<message id=']]>' to='a>b' type=\"chat\"><body>a]]b ]>] ]] ></body></message>",
    b"<iq type='get' id='2'>\n  <ping xmlns='urn:xmpp:ping'/>\n</iq>",
    b"<message xmlns:x='urn:x' to='a@b' xml:lang='es' x:extra='1'><body>&lt;b&gt; &amp; "
    b"&quot;&apos; &#233;&#x1F600; \xc3\xa9</body><delay xmlns='urn:xmpp:delay' "
    b"stamp='2024-01-01T00:00:00Z'/></message>",
    b"<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
    b"</stream:features>",
    b"<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>"
    b"SCRAM-SHA-1</mechanism><mechanism>PLAIN</mechanism></mechanisms>"
    b"<sm xmlns='urn:xmpp:sm:3'/></stream:features>",
    b"<r xmlns='urn:xmpp:sm:3'/><a xmlns='urn:xmpp:sm:3' h='4294967295'/>",
    b"<message from='me@example.net' to='me@example.net/charla'><received xmlns='urn:xmpp:carbons:2'>"
    b"<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' from='bob@example.net/pc' "
    b"to='me@example.net' type='chat' id='c1'><body>carbon</body></message></forwarded></received></message>",
    b"<message to='me@example.net'><result xmlns='urn:xmpp:mam:2' queryid='q1' id='A1'>"
    b"<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>"
    b"<message xmlns='jabber:client' from='bob@example.net' to='me@example.net' type='chat'>"
    b"<body>archived</body><stanza-id xmlns='urn:xmpp:sid:0' id='A1' by='me@example.net'/>"
    b"</message></forwarded></result></message>",
    b"<stream:error><not-well-formed xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>",
]

HOSTILE_STREAMS = [
    b"\xff<!--",
    b"<?xml version='1.0'?><!DOCTYPE stream:stream>",
    b"<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol1 '&lol;&lol;&lol;'>]>"
    b"<message><body>&lol1;</body></message>",
    b"<?xml version='1.0' encoding='ISO-8859-1'?>" + HEADER[21:],
    b"<stream:stream xmlns='jabber:client' xmlns:stream='http://example.com/streams'>",
    b"<stream:stream xmlns='jabber:iq:roster' xmlns:stream='http://etherx.jabber.org/streams'>",
    b"<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
    HEADER + b"<!-- hi --><message/>",
    HEADER + b"<message><!-- x --><body/></message>",
    HEADER + b"<?foo bar?>",
    HEADER + b"<message><body>&custom;</body></message>",
    HEADER + b"<message to='&custom;'/>",
    HEADER + b"<message><body>x</message>",
    HEADER + b"<x:message/>",
    HEADER + b"text between stanzas<message/>",
    HEADER + b"<message><body>\xe2\x82<",
    HEADER + b"<message><body>ab\xc3\x28</body></message>",
    HEADER + b"<message><body>\xed\xa0\x80</body></message>",
    HEADER + b"<a>" * 12 + b"</a>" * 12,
    HEADER + b"<message><body>" + b"x" * 5000 + b"</body></message>",
    HEADER + b"<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>plaintext after proceed" + HEADER
    + b"<message/>",
    HEADER + b"<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>" + HEADER + b"<message/></stream:stream>",
    HEADER + b"</stream:stream><message/>",
]

JIDS = [
    "juliet@example.com", "juliet@example.com/foo", "juliet@example.com/foo bar",
    "juliet@example.com/foo@bar", "foo\\20bar@example.com", "fussball@example.com",
    "fu\u00dfball@example.com", "\u03c0@example.com", "\u03a3@example.com/foo",
    "\u2620@example.com", "example.com", "example.com/foobar", "a.example.com/b@example.net",
    "EXAMPLE.COM.", "[::1]", "[::1]/r", "127.0.0.1", "\"juliet\"@example.com", "foo bar@example.com",
    "henry\u2163@example.com", "\u265a@example.com", "@example.com", "user@", "user@/res",
    "user@example.com/", "a@b@c", "x" * 1024 + "@example.com", "user@" + "d" * 1024,
    "user@example.com/" + "r" * 1100, "\u0301accent@example.com", "user@exa mple.com",
    "user@example..com", "\ufb01@example.com", "a/b@c", "\u0000@example.com",
    "user@xn--caf-dma.example", "user@caf\u00e9.example/\u00e9\u0301",
]

SCRAM = [
    # RFC 5802 5's exchange for user/pencil with the fixed client nonce.
    b"r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096\0"
    b"v=rmF9pqV8S7suAoZWja4dJRkFsKQ=",
    b"r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096\0v=AAAA",
    b"r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096\0e=invalid-proof",
    b"r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096,x=ext\0v=",
    b"m=ext,r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXCR+Q6sek8bf92,i=4096",
    b"r=otherNonce,s=QSXCR+Q6sek8bf92,i=4096",
    b"r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096",
    b"r=fyko+d2lbbFgONRv9qkxdawLX,s=,i=4096",
    b"r=fyko+d2lbbFgONRv9qkxdawLX,s=!!!!,i=4096",
    b"r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXCR+Q6sek8bf92,i=1",
    b"r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXCR+Q6sek8bf92,i=99999999999999999999",
    b"r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXCR+Q6sek8bf92,i=-4096",
    b"r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXCR+Q6sek8bf92",
    b"r=fyko+d2lbbFgONRv9qkxdawLX\x01,s=QSXCR+Q6sek8bf92,i=4096",
    b"s=QSXCR+Q6sek8bf92,r=fyko+d2lbbFgONRv9qkxdawLX,i=4096",
    b"",
    b",,,,",
    b"e=other-error",
]

FORM = (b"<x xmlns='jabber:x:data' type='form'><title>Register</title><instructions>Fill in"
        b"</instructions><field type='hidden' var='FORM_TYPE'><value>jabber:iq:register</value></field>"
        b"<field type='text-single' var='username' label='User'><required/></field>"
        b"<field type='text-private' var='password'/>"
        b"<field type='boolean' var='public'><value>true</value></field>"
        b"<field type='fixed'><value>Section</value></field>"
        b"<field type='list-single' var='lang'><option label='English'><value>en</value></option>"
        b"<option><value>es</value></option><value>en</value></field>"
        b"<field type='list-multi' var='features'><validate xmlns='http://jabber.org/protocol/xdata-validate' "
        b"datatype='xs:string'><open/><list-range min='1' max='3'/></validate>"
        b"<option label='A'><value>a</value></option><value>a</value></field>"
        b"<field type='jid-multi' var='admins'><value>a@b</value><value>not a jid@@</value></field>"
        b"<field type='text-multi' var='desc'><value>line 1</value><value>line 2</value></field>"
        b"<field type='text-single' var='age'><validate xmlns='http://jabber.org/protocol/xdata-validate' "
        b"datatype='xs:integer'><range min='0' max='150'/></validate></field>"
        b"<field type='text-single' var='zip'><validate xmlns='http://jabber.org/protocol/xdata-validate' "
        b"datatype='xs:string'><regex>([0-9]{5})?</regex></validate></field>"
        b"<field var='ocr' label='Captcha'><media xmlns='urn:xmpp:media-element' height='80' width='290'>"
        b"<uri type='image/jpeg'>http://www.victim.com/challenges/ocr.jpeg?F3A6292C</uri>"
        b"<uri type='image/png'>cid:sha1+f24030b8d91d233bac14777be5ab531ca3b9f102@bob.xmpp.org</uri>"
        b"</media></field></x>")

FORMS = [
    FORM,
    b"<x xmlns='jabber:x:data' type='result'><reported><field var='jid' type='jid-single' label='JID'/>"
    b"<field var='name'/></reported><item><field var='jid'><value>a@b</value></field>"
    b"<field var='name'><value>A</value></field></item><item><field var='jid'><value>c@d</value>"
    b"</field></item></x>",
    b"<x xmlns='jabber:x:data' type='submit'><field var='a'><value>1</value></field><field var='b'/></x>",
    b"<x xmlns='jabber:x:data' type='cancel'/>",
    b"<x xmlns='jabber:x:data' type='bogus'/>",
    b"<x xmlns='jabber:x:data'><field type='bogus' var='x'><value/></field><field/></x>",
    b"<x xmlns='jabber:x:data' type='form'><field var='r' type='text-single'><validate "
    b"xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:dateTime'><range min='zz' max=''/>"
    b"</validate><value>2024-13-45T99:00:00Z</value></field><field var='r2' type='text-single'>"
    b"<validate xmlns='http://jabber.org/protocol/xdata-validate'><regex>(a+)+$</regex></validate>"
    b"<value>aaaaaaaaaaaaaaaaaaaaaaaaaaaa!</value></field></x>",
    b"<x xmlns='jabber:x:data' type='form'><field var='d' type='text-single'><validate "
    b"xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:double'><range min='-1e308' "
    b"max='1e308'/></validate><value>NaN</value></field></x>",
]

STYLING = [
    "*strong* _emph_ ~strike~ `code`", "```\npre\n```", "```lang\npre *not*\n``` after",
    "> quote\n>> nested\n> > spaced", "*not strong *", "* not strong*", "**", "*a*b*c*",
    "_under_score_", "`*code hides*`", "```\nunterminated", "> ```\n> pre in quote\n> ```",
    "a\n\n*b*\n\n", "*\U0001F600*", "\u0301*x*", "*multi\nline*", ">", "> ", "\r\n*x*\r\n",
    "~~~", "`", "_*~`", "*_~`nested`~_*", "x" * 3000, "*" * 2000, "> " * 500 + "deep",
]

LINKS = [
    "see https://example.org/page. and http://x.y/(a)b) xmpp:romeo@montague.net?message;body=hi",
    "xmpp:juliet@example.com/balcony?join", "xmpp:room@conference.example.org?join;password=x",
    "https://example.org/path?q=1&r=2#frag, end", "(https://example.org/a_(b))", "xmpp:",
    "xmpp:%40@example.com", "xmpp:user%2540@example.com", "xmpp:user@example.com?message;body=%E2%82%AC",
    "xmpp:user@exa%00mple.com", "xmpp://host/user@example.com", "http://[::1]:5222/x",
    "https://\u00e9xample.org/\u00e9", "https://", "http://a", "xmpp:a@b?message;subject=x;body=y;;",
    "<https://example.org>", "\"https://example.org\"", "https://example.org/" + "a" * 2000,
    "xmpp:" + "@" * 100, "https://user:pass@example.org:99999/",
]

CODEC_STANZAS = STANZAS + [
    b"<message xmlns='jabber:client' from='a@b/c' to='d@e' type='chat' id='1'><body>x</body>"
    b"<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
    b"<origin-id xmlns='urn:xmpp:sid:0' id='o1'/><stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='d@e'/>"
    b"<store xmlns='urn:xmpp:hints'/><no-store xmlns='urn:xmpp:hints'/><private xmlns='urn:xmpp:carbons:2'/>"
    b"<thread>t</thread><x xmlns='jabber:x:oob'><url>https://x/y.png</url><desc>d</desc></x></message>",
    b"<message xmlns='jabber:client' from='a@b/c' type='chat'><received xmlns='urn:xmpp:receipts' id='1'/>"
    b"<displayed xmlns='urn:xmpp:chat-markers:0' id='2'/><composing xmlns='http://jabber.org/protocol/chatstates'/></message>",
    b"<message xmlns='jabber:client' from='a@b/c'><body>fixed</body><replace id='1' xmlns='urn:xmpp:message-correct:0'/></message>",
    b"<message xmlns='jabber:client' from='a@b/c'><body>/me This person attempted to retract a previous message</body>"
    b"<retract id='origin-id-1' xmlns='urn:xmpp:message-retract:1'/><fallback xmlns='urn:xmpp:fallback:0' "
    b"for='urn:xmpp:message-retract:1'/></message>",
    b"<message xmlns='jabber:client' from='a@b/c'><reactions id='744f6e18' xmlns='urn:xmpp:reactions:0'>"
    b"<reaction>\xf0\x9f\x91\x8b</reaction><reaction>\xf0\x9f\x90\xa2</reaction></reactions></message>",
    b"<message xmlns='jabber:client' from='a@b/c'><body>&gt; Anna wrote:\n&gt; hi\nreply</body>"
    b"<reply to='anna@example.com/laptop' id='message-id1' xmlns='urn:xmpp:reply:0'/>"
    b"<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='22'/></fallback></message>",
    b"<message xmlns='jabber:client' type='error' from='a@b' id='9'><error type='cancel'>"
    b"<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text "
    b"xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Gone</text></error></message>",
    b"<presence xmlns='jabber:client' from='room@muc/nick'><x xmlns='http://jabber.org/protocol/muc#user'>"
    b"<item affiliation='owner' role='moderator' jid='a@b/c' nick='n'><reason>r</reason><actor nick='x'/></item>"
    b"<status code='110'/><status code='201'/></x><occupant-id xmlns='urn:xmpp:occupant-id:0' id='o'/></presence>",
    b"<message xmlns='jabber:client' from='room@muc'><x xmlns='http://jabber.org/protocol/muc#user'>"
    b"<invite from='a@b'><reason>join</reason></invite><password>p</password></x></message>",
    b"<message xmlns='jabber:client' from='a@b/c'><x xmlns='jabber:x:conference' jid='room@muc' "
    b"password='p' reason='r'/></message>",
    b"<iq xmlns='jabber:client' type='result' id='q'><fin xmlns='urn:xmpp:mam:2' complete='true'>"
    b"<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>a</first><last>b</last><count>2</count>"
    b"</set></fin></iq>",
    b"<query xmlns='urn:xmpp:mam:2' queryid='f27'><x xmlns='jabber:x:data' type='submit'>"
    b"<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:mam:2</value></field><field var='with'>"
    b"<value>juliet@capulet.lit</value></field><field var='start'><value>2010-08-07T00:00:00Z</value>"
    b"</field></x><set xmlns='http://jabber.org/protocol/rsm'><max>10</max><before/></set></query>",
    b"<vCard xmlns='vcard-temp'><FN>Peter</FN><NICKNAME>pete</NICKNAME><EMAIL><USERID>p@x</USERID></EMAIL>"
    b"<PHOTO><TYPE>image/png</TYPE><BINVAL>iVBORw0KGgo=</BINVAL></PHOTO><BDAY>1966-08-06</BDAY></vCard>",
    b"<item xmlns='jabber:iq:roster' jid='x@y' subscription='remove'/>",
    b"<message xmlns='jabber:client' from='a@b/c'><delay xmlns='urn:xmpp:delay' from='b' "
    b"stamp='2002-09-10T23:41:07.123456-07:00'>reason</delay><body>old</body></message>",
    b"<message xmlns='jabber:client' from='@b'/>",
    b"<message xmlns='jabber:client' type='bogus' to='a@b/\xe2\x80\x8b'><body>\x01</body></message>",
    b"<message xmlns='jabber:client'><body>a\r\nb\rc</body><body xml:lang='de'>x</body></message>",
    b"<message xmlns='jabber:client'><body>  spaced  </body><subject>s</subject></message>",
]


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def seeds(target, items, prefix=b""):
    for i, item in enumerate(items):
        data = item.encode("utf-8") if isinstance(item, str) else item
        write(target, "seed-%02d" % i, prefix + data if prefix is not None else data)


def main():
    # StreamParser: 4 seed bytes for the chunk sizes, then the stream.
    streams = [HEADER + b"".join(STANZAS) + b"</stream:stream>"]
    streams += [HEADER + s for s in STANZAS]
    streams += HOSTILE_STREAMS
    for i, s in enumerate(streams):
        write("streamparser", "seed-%02d" % i, struct.pack("<I", i * 7919 + 1) + s)
    seeds("jid", JIDS)
    seeds("scram", SCRAM)
    seeds("dataform", FORMS)
    seeds("styling", STYLING)
    seeds("uri", LINKS)
    seeds("stanza", CODEC_STANZAS)


if __name__ == "__main__":
    main()
