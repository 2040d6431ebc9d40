#pragma once

#include <QWidget>

class QPushButton;

namespace charla {

/// What the main window shows while there is no account: what Charla is, and the two ways
/// on, "Sign in" (an account the person has) and "Create an account".
class WelcomeScreen : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeScreen(QWidget *parent = nullptr);

    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *createButton() const { return m_create; }

Q_SIGNALS:
    void signInRequested();
    void createRequested();

private:
    QPushButton *m_signIn = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace charla
