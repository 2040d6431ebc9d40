#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace charla {

/// The XML console's log of one account's stream: every top-level element read or written
/// (already masked by the session), newest last, capped so a long session cannot grow memory.
/// The model keeps the text as given; it only reads the element's name, namespace and the
/// from/to attributes to classify it for the filters.
class XmlLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Kind { Message = 0x1, Presence = 0x2, Iq = 0x4, Stream = 0x8, Sm = 0x10, Sasl = 0x20 };
    static constexpr int AllKinds = Message | Presence | Iq | Stream | Sm | Sasl;
    enum Role { IncomingRole = Qt::UserRole + 1, TimeRole, KindRole, FromRole, ToRole, XmlRole };

    struct Entry
    {
        bool incoming = false;
        QDateTime time;
        Kind kind = Stream;
        QString from;
        QString to;
        QByteArray xml;
    };

    explicit XmlLogModel(QObject *parent = nullptr);

    /// Keeps at most @p max entries, dropping the oldest.
    void setCapacity(int max);
    int capacity() const { return m_capacity; }

    /// Appends one element as the session reported it (Session::xmlTraffic).
    void append(bool incoming, const QByteArray &xml, const QDateTime &time = QDateTime());
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }

    /// The kind of a serialised top-level element (by name and namespace).
    static Kind classify(const QByteArray &xml, QString *from = nullptr, QString *to = nullptr);
    /// True when @p e is one of @p kinds and, if @p jid is not empty, its from or to contains
    /// it (case-insensitive, so a bare JID matches every resource).
    static bool matches(const Entry &e, int kinds, const QString &jid);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    int m_capacity = 5000;
};

} // namespace charla
