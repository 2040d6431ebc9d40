#include "RoomHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace charla {

RoomHeader::RoomHeader(QWidget *parent)
    : QWidget(parent), m_subject(new QLabel(this)), m_edit(new QToolButton(this)),
      m_menuButton(new QToolButton(this)), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("roomHeader"));
    // The subject is network text: plain only, never links or markup.
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setWordWrap(true);
    m_subject->setObjectName(QStringLiteral("roomSubject"));
    m_subject->setMaximumHeight(m_subject->fontMetrics().lineSpacing() * 3 + 4);
    m_edit->setText(tr("Change subject\u2026"));
    m_edit->setAutoRaise(true);
    m_edit->setObjectName(QStringLiteral("editSubjectButton"));
    m_edit->hide();
    connect(m_edit, &QToolButton::clicked, this, &RoomHeader::editSubjectRequested);
    m_menuButton->setText(tr("Room"));
    m_menuButton->setObjectName(QStringLiteral("roomMenuButton"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setMenu(m_menu);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_subject, 1);
    layout->addWidget(m_edit, 0, Qt::AlignTop);
    layout->addWidget(m_menuButton, 0, Qt::AlignTop);
    setSubject({}, {});
}

void RoomHeader::setSubject(const QString &subject, const QString &by)
{
    m_subjectText = subject;
    if (subject.trimmed().isEmpty()) {
        m_subject->setText(tr("No subject"));
        m_subject->setForegroundRole(QPalette::PlaceholderText);
        m_subject->setToolTip({});
        return;
    }
    m_subject->setForegroundRole(QPalette::WindowText);
    m_subject->setText(subject.trimmed());
    m_subject->setToolTip(by.isEmpty() ? QString()
                                       : tr("Set by %1").arg(by).toHtmlEscaped());
}

void RoomHeader::setSubjectEditable(bool editable)
{
    m_edit->setVisible(editable);
}

bool RoomHeader::isSubjectEditable() const
{
    return !m_edit->isHidden();
}

} // namespace charla
