#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace charla {

/// The question asked before acting on an xmpp: link: what the link asks for, with which
/// account, and a sentence saying exactly what will be sent. Fields the person may change
/// (a contact's name, a nickname) sit in a form; the sentence follows them.
class XmppUriDialog : public QDialog
{
    Q_OBJECT
public:
    explicit XmppUriDialog(QWidget *parent = nullptr);

    /// The headline ("Add a contact?") and the verb of the accepting button ("Add contact").
    void setQuestion(const QString &headline, const QString &acceptText);
    /// The accounts to choose from (one: shown as text, not a choice); @p current preselected.
    void setAccounts(const QStringList &accounts, const QString &current);
    QString account() const;
    /// Adds a row the person may edit; the summary is recomputed when it changes.
    void addField(const QString &label, QWidget *field);
    /// Computes the "what will happen" sentence (plain text), now and after every change.
    void setSummary(std::function<QString()> summary);

    QString summaryText() const;
    QComboBox *accountBox() const { return m_account; }
    QPushButton *acceptButton() const;

private:
    void refresh();

    QLabel *m_headline = nullptr;
    QLabel *m_summary = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_account = nullptr;
    QLabel *m_onlyAccount = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<QString()> m_summaryFn;
};

} // namespace charla
