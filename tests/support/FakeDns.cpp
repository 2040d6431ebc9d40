#include "FakeDns.h"

#include <QNetworkDatagram>

namespace charla::test {

namespace {
// RFC 1035 3.2.2 / 3.2.4 and RFC 2782: the types and class this server knows by name.
constexpr quint16 kTypeA = 1;
constexpr quint16 kTypeAaaa = 28;
constexpr quint16 kTypeSrv = 33;
constexpr quint16 kClassIn = 1;

// RFC 1035 4.1.1: the header is 12 bytes; these are bits of its second 16-bit word.
constexpr int kHeaderSize = 12;
constexpr quint16 kFlagResponse = 0x8000;         // QR
constexpr quint16 kOpcodeMask = 0x7800;           // OPCODE
constexpr quint16 kFlagAuthoritative = 0x0400;    // AA
constexpr quint16 kFlagTruncated = 0x0200;        // TC
constexpr quint16 kFlagRecursionDesired = 0x0100; // RD

enum Rcode : quint16 {
    NoError = 0,
    FormatError = 1,
    NameError = 3,
    NotImplemented = 4,
    Refused = 5
};

// RFC 1035 4.2.1: a UDP message is at most 512 bytes (QDnsLookup's buffer is exactly that).
constexpr int kMaxUdpSize = 512;
constexpr quint32 kTtl = 60;

quint16 read16(const QByteArray &b, int at)
{
    return quint16((quint8(b.at(at)) << 8) | quint8(b.at(at + 1)));
}

void append16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xff));
}

void append32(QByteArray &b, quint32 v)
{
    append16(b, quint16(v >> 16));
    append16(b, quint16(v & 0xffff));
}

/// RFC 1035 3.1: a name is length-prefixed labels ending with the root's zero length. Reads the
/// name at @p at into @p name (labels joined by dots, lower case); returns the offset after it,
/// or -1 when it is malformed. A question carries no compression pointers (RFC 1035 4.1.4), so
/// a pointer is malformed here.
int readName(const QByteArray &m, int at, QString *name)
{
    QStringList labels;
    int total = 1;
    while (at < m.size()) {
        const int length = quint8(m.at(at));
        if (length == 0) {
            *name = labels.join(QLatin1Char('.')).toLower(); // RFC 4343: case-insensitive
            return at + 1;
        }
        total += length + 1;
        // RFC 1035 2.3.4: labels of at most 63 octets, names of at most 255.
        if (length > 63 || total > 255 || at + 1 + length > m.size())
            return -1;
        labels << QString::fromLatin1(m.mid(at + 1, length));
        at += 1 + length;
    }
    return -1;
}

/// RFC 1035 3.1 encoding of @p name; "." and "" are the root (one zero octet).
QByteArray encodeName(const QString &name)
{
    QByteArray out;
    const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        const QByteArray ascii = label.toLatin1();
        out.append(char(ascii.size()));
        out.append(ascii);
    }
    out.append('\0');
    return out;
}

QString typeName(quint16 type)
{
    switch (type) {
    case kTypeA:
        return QStringLiteral("A");
    case kTypeAaaa:
        return QStringLiteral("AAAA");
    case kTypeSrv:
        return QStringLiteral("SRV");
    default:
        return QString::number(type);
    }
}

/// A header-only reply (no question echoed): for messages whose question cannot be read.
QByteArray bareReply(quint16 id, quint16 queryFlags, Rcode rcode)
{
    QByteArray out;
    append16(out, id);
    append16(out, quint16(kFlagResponse | (queryFlags & kOpcodeMask) | rcode));
    append16(out, 0);
    append16(out, 0);
    append16(out, 0);
    append16(out, 0);
    return out;
}
} // namespace

FakeDns::FakeDns(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &FakeDns::onReadyRead);
}

FakeDns::~FakeDns() = default;

bool FakeDns::listen()
{
    // Exclusive: with a shared address a second server on the port could take the queries.
    if (!m_socket.bind(QHostAddress(QHostAddress::LocalHost), 53, QUdpSocket::DontShareAddress)) {
        m_errorString = QStringLiteral("cannot bind UDP 127.0.0.1:53 (QDnsLookup in Qt 6.4 only "
                                       "asks port 53; needs root): ") +
                        m_socket.errorString();
        return false;
    }
    return true;
}

void FakeDns::setSrv(const QString &name, const QList<Srv> &records)
{
    QString key = name.toLower();
    while (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    m_srv.insert(key, records);
}

void FakeDns::clear()
{
    m_srv.clear();
    m_queries.clear();
}

QByteArray FakeDns::answer(const QByteArray &query)
{
    if (query.size() < kHeaderSize)
        return {};
    const quint16 id = read16(query, 0);
    const quint16 flags = read16(query, 2);
    if (flags & kFlagResponse)
        return {}; // a response is never answered (no reflection loops)
    if ((flags & kOpcodeMask) != 0)
        return bareReply(id, flags, NotImplemented); // only standard queries (OPCODE 0)
    // RFC 1035 4.1.2: in practice exactly one question; anything else is not understood.
    if (read16(query, 4) != 1)
        return bareReply(id, flags, FormatError);
    QString name;
    const int nameEnd = readName(query, kHeaderSize, &name);
    if (nameEnd < 0 || nameEnd + 4 > query.size())
        return bareReply(id, flags, FormatError);
    const quint16 type = read16(query, nameEnd);
    const quint16 klass = read16(query, nameEnd + 2);
    m_queries << typeName(type) + QLatin1Char(' ') + name;

    Rcode rcode = NoError;
    QList<Srv> records;
    if (klass != kClassIn)
        rcode = Refused;
    else if (!m_srv.contains(name))
        rcode = NameError; // NXDOMAIN
    else if (type == kTypeSrv)
        records = m_srv.value(name);
    // else: the name exists without records of this type: NOERROR and no answers (NODATA).

    // The question goes back exactly as asked (resolvers compare it, RFC 5452 9.1); any EDNS
    // OPT record in the query is not echoed, which RFC 6891 7 allows a server without EDNS.
    const QByteArray question = query.mid(kHeaderSize, nameEnd + 4 - kHeaderSize);
    QByteArray answers;
    for (const Srv &r : std::as_const(records)) {
        const QByteArray target = encodeName(r.target); // RFC 2782: the target is not compressed
        append16(answers, 0xc000 | kHeaderSize);        // RFC 1035 4.1.4: points at the question
        append16(answers, kTypeSrv);
        append16(answers, kClassIn);
        append32(answers, kTtl);
        append16(answers, quint16(6 + target.size()));
        append16(answers, r.priority);
        append16(answers, r.weight);
        append16(answers, r.port);
        answers.append(target);
    }
    quint16 replyFlags =
        quint16(kFlagResponse | kFlagAuthoritative | (flags & kFlagRecursionDesired) | rcode);
    quint16 answerCount = quint16(records.size());
    if (kHeaderSize + question.size() + answers.size() > kMaxUdpSize) {
        // RFC 2181 9: too big for UDP: say so (TC) rather than send a partial set.
        replyFlags |= kFlagTruncated;
        answers.clear();
        answerCount = 0;
    }
    QByteArray out;
    append16(out, id);
    append16(out, replyFlags);
    append16(out, 1);
    append16(out, answerCount);
    append16(out, 0);
    append16(out, 0);
    out += question;
    out += answers;
    return out;
}

void FakeDns::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(kMaxUdpSize * 8);
        // Bound to 127.0.0.1, so queries come from the loopback; answer nothing else anyway.
        if (!datagram.isValid() || !datagram.senderAddress().isLoopback())
            continue;
        const auto before = m_queries.size();
        const QByteArray reply = answer(datagram.data());
        if (!reply.isEmpty())
            m_socket.writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
        if (m_queries.size() > before)
            Q_EMIT queried(m_queries.constLast());
    }
}

} // namespace charla::test
