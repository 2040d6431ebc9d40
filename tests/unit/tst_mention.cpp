// mentionsNick(): a room message names our nick as a whole word, in any case, wherever it is;
// the nick inside a longer word, or a different nick that starts the same, is not a mention.
#include "models/Mention.h"

#include <QTest>

using namespace charla;

class TestMention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mentions_data();
    void mentions();
};

void TestMention::mentions_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char *name, const char *body, const char *nick, bool expected) {
        QTest::newRow(name) << QString::fromUtf8(body) << QString::fromUtf8(nick) << expected;
    };
    row("addressed", "alice: are you there?", "alice", true);
    row("other case", "ALICE can you look", "alice", true);
    row("at sign", "thanks @alice!", "alice", true);
    row("end of text", "ask alice", "alice", true);
    row("inside a word", "malice aforethought", "alice", false);
    row("longer nick", "alice2 said so", "alice", false);
    row("word then match", "malice and alice", "alice", true);
    row("not there", "hello everyone", "alice", false);
    row("empty nick", "anything", "", false);
    row("blank nick", "a b c", " ", false);
    row("nick with punctuation", "ping [bot] please", "[bot]", true);
    row("punctuation nick inside", "ask[bot]", "[bot]", true);
    row("accented", "¿José, vienes?", "josé", true);
    row("accented inside", "Josélito", "José", false);
    row("nick with space", "hey Mary Ann!", "mary ann", true);
}

void TestMention::mentions()
{
    QFETCH(QString, body);
    QFETCH(QString, nick);
    QFETCH(bool, expected);
    QCOMPARE(mentionsNick(body, nick), expected);
}

QTEST_APPLESS_MAIN(TestMention)
#include "tst_mention.moc"
