#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace charla {

/// The line under a room tab's name: the room's subject (plain text, as the room sent it),
/// a button to change it when we may, and the room's menu.
class RoomHeader : public QWidget
{
    Q_OBJECT
public:
    explicit RoomHeader(QWidget *parent = nullptr);

    void setSubject(const QString &subject, const QString &by);
    QString subject() const { return m_subjectText; }
    /// Whether the Change subject button shows.
    void setSubjectEditable(bool editable);
    bool isSubjectEditable() const;
    /// The room's menu (filled by whoever shows it, on aboutToShow).
    QMenu *menu() const { return m_menu; }
    QLabel *subjectLabel() const { return m_subject; }

Q_SIGNALS:
    void editSubjectRequested();

private:
    QLabel *m_subject;
    QToolButton *m_edit;
    QToolButton *m_menuButton;
    QMenu *m_menu;
    QString m_subjectText;
};

} // namespace charla
