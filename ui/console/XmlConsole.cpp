#include "XmlConsole.h"

#include "models/XmlLogModel.h"
#include "models/XmlPrettyPrinter.h"
#include "stanza/Element.h"
#include "stream/Session.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace charla {

namespace {

QTextCharFormat formatFor(XmlPrettyPrinter::Token t)
{
    QTextCharFormat f;
    switch (t) {
    case XmlPrettyPrinter::Punctuation:
        f.setForeground(QColor(0x80, 0x80, 0x80));
        break;
    case XmlPrettyPrinter::TagName:
        f.setForeground(QColor(0x1a, 0x5f, 0xb4));
        f.setFontWeight(QFont::Bold);
        break;
    case XmlPrettyPrinter::AttributeName:
        f.setForeground(QColor(0x8b, 0x3a, 0x9c));
        break;
    case XmlPrettyPrinter::AttributeValue:
        f.setForeground(QColor(0x26, 0x86, 0x2a));
        break;
    case XmlPrettyPrinter::Text:
        f.setForeground(QColor(0x20, 0x20, 0x20));
        break;
    }
    return f;
}

} // namespace

XmlConsole::XmlConsole(Session *session, const QString &account, QWidget *parent,
                       XmlLogModel *log)
    : QWidget(parent, Qt::Window), m_session(session), m_log(log ? log : new XmlLogModel(this))
{
    setObjectName(QStringLiteral("xmlConsole"));
    setWindowTitle(tr("XML console: %1").arg(account));

    auto *filters = new QHBoxLayout;
    const QList<QPair<int, QString>> kinds = {
        {XmlLogModel::Message, tr("Messages")}, {XmlLogModel::Presence, tr("Presence")},
        {XmlLogModel::Iq, tr("IQ")},           {XmlLogModel::Stream, /*: XML console filter: stream-level elements (the XMPP stream, not a video) */ tr("Stream")},
        {XmlLogModel::Sm, /*: XML console filter: stream management acknowledgements (XEP-0198) */ tr("Acks")},         {XmlLogModel::Sasl, /*: XML console filter: SASL authentication exchange (a noun) */ tr("Login")}};
    for (const auto &k : kinds) {
        auto *box = new QCheckBox(k.second, this);
        box->setChecked(true);
        box->setProperty("kind", k.first);
        m_kindBoxes.append(box);
        filters->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            int mask = 0;
            for (QCheckBox *b : std::as_const(m_kindBoxes))
                if (b->isChecked())
                    mask |= b->property("kind").toInt();
            m_kinds = mask;
            rebuild();
        });
    }
    m_kinds = XmlLogModel::AllKinds;
    m_jid = new QLineEdit(this);
    m_jid->setObjectName(QStringLiteral("jidFilter"));
    m_jid->setPlaceholderText(tr("Filter by JID"));
    m_jid->setClearButtonEnabled(true);
    filters->addWidget(m_jid, 1);
    connect(m_jid, &QLineEdit::textChanged, this, [this] { rebuild(); });

    auto *tools = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    //: Placeholder of the XML console's search box.
    m_search->setPlaceholderText(tr("Find"));
    auto *next = new QPushButton(tr("Find &next"), this);
    connect(next, &QPushButton::clicked, this, [this] { findNext(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(m_search->text()); });
    m_pause = new QCheckBox(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setToolTip(tr("Stops updating the view; the stream is still recorded and shown on resume."));
    connect(m_pause, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            rebuild();
    });
    auto *clear = new QPushButton(tr("&Clear"), this);
    clear->setObjectName(QStringLiteral("clear"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_log->clear();
        rebuild();
    });
    tools->addWidget(m_search, 1);
    tools->addWidget(next);
    tools->addWidget(m_pause);
    tools->addWidget(clear);

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("xmlView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(0);

    auto *inputBox = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(inputBox);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    m_input = new QPlainTextEdit(inputBox);
    m_input->setObjectName(QStringLiteral("xmlInput"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("Raw XML to send, e.g. <iq type='get' id='1'><ping xmlns='urn:xmpp:ping'/></iq>"));
    auto *sendRow = new QHBoxLayout;
    m_error = new QLabel(inputBox);
    m_error->setObjectName(QStringLiteral("inputError"));
    m_error->setTextFormat(Qt::PlainText); // the parser's message quotes what was typed
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *send = new QPushButton(tr("&Send"), inputBox);
    send->setObjectName(QStringLiteral("send"));
    connect(send, &QPushButton::clicked, this, [this] {
        if (sendXml(m_input->toPlainText()))
            m_input->clear();
    });
    sendRow->addWidget(m_error, 1);
    sendRow->addWidget(send);
    inputLayout->addWidget(m_input);
    inputLayout->addLayout(sendRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(inputBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(tools);
    layout->addWidget(split, 1);
    resize(760, 560);

    connect(m_log, &XmlLogModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (isPaused())
            return;
        for (int row = first; row <= last; ++row)
            appendEntry(row);
        m_shownUpTo = last + 1;
    });
    connect(m_log, &XmlLogModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        m_shownUpTo = qMax(0, m_shownUpTo - (last - first + 1));
    });
    if (session && !log)
        connect(session, &Session::xmlTraffic, m_log,
                [this](bool incoming, const QByteArray &xml) { m_log->append(incoming, xml); });
    // What the account's log kept since login.
    rebuild();
}

QString XmlConsole::shownText() const
{
    return m_view->toPlainText();
}

bool XmlConsole::isPaused() const
{
    return m_pause->isChecked();
}

void XmlConsole::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

void XmlConsole::setKinds(int kinds)
{
    for (QCheckBox *b : std::as_const(m_kindBoxes)) {
        const QSignalBlocker block(b);
        b->setChecked(kinds & b->property("kind").toInt());
    }
    m_kinds = kinds;
    rebuild();
}

void XmlConsole::setJidFilter(const QString &jid)
{
    m_jid->setText(jid);
}

void XmlConsole::appendEntry(int row)
{
    const XmlLogModel::Entry &e = m_log->entry(row);
    if (!XmlLogModel::matches(e, m_kinds, m_jid->text().trimmed()))
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor c(m_view->document());
    c.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        c.insertBlock();
    QTextCharFormat header;
    header.setForeground(e.incoming ? QColor(0xa0, 0x50, 0x00) : QColor(0x00, 0x60, 0x90));
    header.setFontItalic(true);
    c.insertText(e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char(' ') +
                     (e.incoming ? /*: XML console: after the time, an element that came from the server */ tr("received")
                                 : /*: XML console: after the time, an element Charla sent */ tr("sent")),
                 header);
    c.insertBlock();
    // Each token is inserted with its own format: the network's text never passes through
    // an HTML parser.
    const XmlPrettyPrinter::Result r = XmlPrettyPrinter::print(e.xml);
    int pos = 0;
    for (const XmlPrettyPrinter::Span &s : r.spans) {
        if (s.start > pos)
            c.insertText(r.text.mid(pos, s.start - pos), QTextCharFormat());
        c.insertText(r.text.mid(s.start, s.length), formatFor(s.token));
        pos = s.start + s.length;
    }
    if (pos < r.text.size())
        c.insertText(r.text.mid(pos), QTextCharFormat());
    if (atEnd)
        bar->setValue(bar->maximum());
}

void XmlConsole::rebuild()
{
    if (isPaused())
        return;
    m_view->clear();
    for (int row = 0; row < m_log->rowCount(); ++row)
        appendEntry(row);
    m_shownUpTo = m_log->rowCount();
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

bool XmlConsole::findNext(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (m_view->find(text))
        return true;
    m_view->moveCursor(QTextCursor::Start);
    return m_view->find(text);
}

bool XmlConsole::sendXml(const QString &xml)
{
    QString error;
    if (xml.trimmed().isEmpty()) {
        m_error->setText(tr("Type an XML element to send."));
        return false;
    }
    if (Element::fromXml(xml, &error).isNull()) {
        m_error->setText(tr("Not sent: this is not well-formed XML (%1).").arg(error));
        return false;
    }
    if (!m_session || !m_session->sendRawXml(xml, &error)) {
        m_error->setText(error.isEmpty() ? tr("Not sent: the account is not connected.") : error);
        return false;
    }
    m_error->clear();
    return true;
}

QString XmlConsole::inputError() const
{
    return m_error->text();
}

} // namespace charla
