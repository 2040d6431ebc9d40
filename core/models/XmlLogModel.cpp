#include "models/XmlLogModel.h"

#include <QXmlStreamReader>

namespace charla {

XmlLogModel::XmlLogModel(QObject *parent) : QAbstractListModel(parent) {}

void XmlLogModel::setCapacity(int max)
{
    m_capacity = qMax(1, max);
    if (m_entries.size() > m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity;
        beginRemoveRows(QModelIndex(), 0, drop - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
        endRemoveRows();
    }
}

void XmlLogModel::append(bool incoming, const QByteArray &xml, const QDateTime &time)
{
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    Entry e;
    e.incoming = incoming;
    e.time = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    e.kind = classify(xml, &e.from, &e.to);
    e.xml = xml;
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(e);
    endInsertRows();
}

void XmlLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

XmlLogModel::Kind XmlLogModel::classify(const QByteArray &xml, QString *from, QString *to)
{
    // Only the first start tag is needed: no tree is built for the log's classification.
    QXmlStreamReader r(xml);
    while (!r.atEnd() && r.readNext() != QXmlStreamReader::StartElement) {
    }
    if (r.tokenType() != QXmlStreamReader::StartElement)
        return Stream;
    if (from)
        *from = r.attributes().value(QLatin1String("from")).toString();
    if (to)
        *to = r.attributes().value(QLatin1String("to")).toString();
    const QStringView ns = r.namespaceUri();
    const QStringView name = r.name();
    if (ns == QLatin1String("urn:ietf:params:xml:ns:xmpp-sasl"))
        return Sasl;
    if (ns == QLatin1String("urn:xmpp:sm:3"))
        return Sm;
    if (ns.isEmpty() || ns == QLatin1String("jabber:client")) {
        if (name == QLatin1String("message"))
            return Message;
        if (name == QLatin1String("presence"))
            return Presence;
        if (name == QLatin1String("iq"))
            return Iq;
    }
    return Stream;
}

bool XmlLogModel::matches(const Entry &e, int kinds, const QString &jid)
{
    if (!(kinds & e.kind))
        return false;
    if (jid.isEmpty())
        return true;
    return e.from.contains(jid, Qt::CaseInsensitive) || e.to.contains(jid, Qt::CaseInsensitive);
}

int XmlLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant XmlLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case XmlRole:
        return QString::fromUtf8(e.xml);
    case IncomingRole:
        return e.incoming;
    case TimeRole:
        return e.time;
    case KindRole:
        return int(e.kind);
    case FromRole:
        return e.from;
    case ToRole:
        return e.to;
    default:
        return {};
    }
}

} // namespace charla
