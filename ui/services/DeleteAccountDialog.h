#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace charla {

class DataFormWidget;
class RegistrationFeature;

/// Deleting the account from its server (XEP-0077 3.2), which cannot be undone: the person
/// types the account's address to confirm. When the server asks for more (a form, e.g. the
/// password), the form is shown and sent back.
class DeleteAccountDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteAccountDialog(RegistrationFeature *registration, const QString &jid,
                        QWidget *parent = nullptr);

    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }
    DataFormWidget *formWidget() const { return m_form; }
    QString statusText() const;

Q_SIGNALS:
    /// The account no longer exists on its server.
    void deleted();

private:
    void send();

    QPointer<RegistrationFeature> m_registration;
    QString m_jid;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    DataFormWidget *m_form = nullptr;
    bool m_formAsked = false;
};

} // namespace charla
