// ChatManager's history actions: the archive (XEP-0313) behind each open chat, deleting a
// chat's local history and exporting it as plain text.
#include "ArchiveLoader.h"
#include "ChatManager.h"
#include "ChatTab.h"
#include "ChatView.h"
#include "features/MamFeature.h"
#include "features/MessageFeature.h"
#include "models/ConversationModel.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace charla {

namespace {
const QString kClearedKey = QStringLiteral("chat/historyCleared");
}

void ChatManager::setArchive(const QString &account, MamFeature *mam)
{
    if (!m_accounts.contains(account))
        return;
    m_accounts[account].mam = mam;
    for (auto it = m_chats.begin(); it != m_chats.end(); ++it) {
        if (it->tab && it->tab->account() == account && !it->archive)
            attachArchive(*it);
    }
}

ArchiveLoader *ChatManager::archiveLoader(const QString &account, const QString &jid) const
{
    return m_chats.value(key(account, jid)).archive;
}

void ChatManager::attachArchive(Chat &chat)
{
    ChatTab *tab = chat.tab;
    MamFeature *mam = m_accounts.value(tab->account()).mam;
    if (!mam || !chat.model)
        return;
    auto *loader = new ArchiveLoader(mam, chat.model, tab);
    chat.archive = loader;
    loader->setEnabled(!m_cleared.contains(key(tab->account(), tab->jid())));
    connect(loader, &ArchiveLoader::stateChanged, tab,
            [tab, loader] { tab->setHistoryLine(loader->statusText()); });
    connect(tab->view(), &ChatView::olderWanted, loader, &ArchiveLoader::fetchOlder);
    // The chat's own newest messages first, even while the login catch-up is still busy with
    // others (the store deduplicates whatever both bring).
    loader->fetchNewest();
    // Opened while offline: ask once the session is up.
    if (Client *c = mam->client()) {
        connect(c, &Client::connected, loader, [loader] {
            if (loader->state() == ArchiveLoader::State::Idle)
                loader->fetchNewest();
        });
    }
}

bool ChatManager::clearHistory(const QString &account, const QString &jid, bool ask)
{
    MessageFeature *messages = m_accounts.value(account).messages;
    HistoryStore *store = messages ? messages->store() : nullptr;
    if (!store)
        return false;
    if (ask) {
        const auto answer = QMessageBox::question(
            tab(account, jid), tr("Delete Local History"),
            tr("Delete all messages with %1 from this computer? The server's archive and the "
               "other person keep their copies.")
                .arg(chatName(account, jid)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const QString k = key(account, jid);
    // Remember first: a reopened chat must not fetch the archive back in.
    m_cleared.insert(k);
    QStringList list(m_cleared.begin(), m_cleared.end());
    list.sort();
    settings()->setValue(kClearedKey, list);
    if (ArchiveLoader *loader = archiveLoader(account, jid)) {
        loader->setEnabled(false);
        if (ChatTab *t = tab(account, jid))
            t->setHistoryLine(QString());
    }
    if (!store->clearChat(jid)) {
        if (ChatTab *t = tab(account, jid))
            t->showNotice(tr("The history could not be deleted."));
        return false;
    }
    setUnread(account, jid, 0);
    return true;
}

bool ChatManager::exportHistory(const QString &account, const QString &jid, const QString &path,
                                QString *error) const
{
    MessageFeature *messages = m_accounts.value(account).messages;
    HistoryStore *store = messages ? messages->store() : nullptr;
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!store)
        return fail(tr("The history of this account is not available."));
    // QSaveFile: a failed or interrupted export never leaves half a file in place of an old one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(tr("Could not create %1: %2.").arg(QDir::toNativeSeparators(path),
                                                       file.errorString()));
    const QByteArray text = store->exportText(jid).toUtf8();
    if (file.write(text) != text.size() || !file.commit())
        return fail(tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path),
                                                      file.errorString()));
    return true;
}

void ChatManager::exportHistoryInteractively(ChatTab *tab)
{
    if (!tab)
        return;
    QString name = tab->jid();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(tab, tr("Export Conversation"),
                       QDir(dir).filePath(name + QStringLiteral(".txt")),
                       tr("Text files (*.txt);;All files (*)"));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("txt"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!exportHistory(tab->account(), tab->jid(), path, &error))
        QMessageBox::warning(tab, tr("Export Conversation"), error);
    else
        tab->showNotice(tr("Conversation exported to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace charla
