#include "SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <hunspell.hxx>

namespace charla {

Q_LOGGING_CATEGORY(lcSpell, "charla.spell")

/// One loaded hunspell dictionary, shared by the checkers of its language.
struct SpellChecker::Dictionary
{
    std::unique_ptr<Hunspell> hunspell;
    bool latin1 = false; ///< the .aff file's SET; UTF-8 otherwise
};

namespace {

/// The person's words, shared by every checker with the same list file.
struct PersonalWords
{
    QSet<QString> words;
};

QHash<QString, std::weak_ptr<SpellChecker::Dictionary>> &loadedDictionaries()
{
    static QHash<QString, std::weak_ptr<SpellChecker::Dictionary>> loaded;
    return loaded;
}

QHash<QString, std::shared_ptr<PersonalWords>> &personalLists()
{
    static QHash<QString, std::shared_ptr<PersonalWords>> lists;
    return lists;
}

QString dictionaryBase(const QString &language)
{
    for (const QString &dir : SpellChecker::dictionaryDirs()) {
        const QString base = dir + QLatin1Char('/') + language;
        if (QFile::exists(base + QStringLiteral(".aff")) && QFile::exists(base + QStringLiteral(".dic")))
            return base;
    }
    return {};
}

} // namespace

SpellChecker::SpellChecker(QObject *parent) : QObject(parent) {}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionaryDirs()
{
    QStringList dirs;
    const QString extra = qEnvironmentVariable("CHARLA_HUNSPELL_PATH");
    if (!extra.isEmpty())
        dirs << extra.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        dirs << data + QStringLiteral("/hunspell");
    dirs << QStringLiteral("/usr/share/hunspell");
    dirs.removeDuplicates();
    return dirs;
}

QStringList SpellChecker::availableLanguages()
{
    QStringList out;
    for (const QString &dir : dictionaryDirs()) {
        const QStringList affs = QDir(dir).entryList({QStringLiteral("*.aff")}, QDir::Files);
        for (const QString &aff : affs) {
            const QString name = aff.chopped(4);
            if (QFile::exists(dir + QLatin1Char('/') + name + QStringLiteral(".dic")))
                out << name;
        }
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

QString SpellChecker::bestLanguage(const QString &preferred)
{
    const QStringList available = availableLanguages();
    if (available.isEmpty())
        return {};
    if (!preferred.isEmpty() && available.contains(preferred))
        return preferred;
    const QLocale system;
    const QString exact = system.name(); // "es_ES"
    if (available.contains(exact))
        return exact;
    const QString language = exact.section(QLatin1Char('_'), 0, 0);
    for (const QString &name : available) {
        if (name == language || name.startsWith(language + QLatin1Char('_')))
            return name;
    }
    return available.contains(QStringLiteral("en_US")) ? QStringLiteral("en_US")
                                                       : available.constFirst();
}

QString SpellChecker::displayName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    // "español de España" names its country already; "Deutsch" for de_DE, de_AT and de_CH
    // does not, and the list must tell them apart.
    const QString territory = locale.nativeTerritoryName();
    if (language.contains(QLatin1Char('_')) && !territory.isEmpty() && !name.contains(territory))
        name += QStringLiteral(" (") + territory + QLatin1Char(')');
    return name;
}

bool SpellChecker::setLanguage(const QString &language)
{
    if (language == m_language && m_dict)
        return true;
    m_language = language;
    m_dict.reset();
    if (!language.isEmpty()) {
        auto &loaded = loadedDictionaries();
        m_dict = loaded.value(language).lock();
        const QString base = m_dict ? QString() : dictionaryBase(language);
        if (!m_dict && !base.isEmpty()) {
            auto dict = std::make_shared<Dictionary>();
            dict->hunspell = std::make_unique<Hunspell>(
                QFile::encodeName(base + QStringLiteral(".aff")).constData(),
                QFile::encodeName(base + QStringLiteral(".dic")).constData());
            const QString encoding =
                QString::fromStdString(dict->hunspell->get_dict_encoding()).toUpper();
            dict->latin1 = encoding == QLatin1String("ISO8859-1")
                           || encoding == QLatin1String("ISO-8859-1");
            if (dict->latin1 || encoding == QLatin1String("UTF-8")) {
                m_dict = dict;
                loaded.insert(language, dict);
            } else {
                qCWarning(lcSpell) << "dictionary" << language << "uses" << encoding
                                   << "which is not supported";
            }
        }
    }
    Q_EMIT changed();
    return isValid();
}

bool SpellChecker::isValid() const
{
    return m_dict && m_dict->hunspell;
}

std::string SpellChecker::encode(const QString &word) const
{
    const QByteArray bytes = m_dict->latin1 ? word.toLatin1() : word.toUtf8();
    return bytes.toStdString();
}

QString SpellChecker::decode(const std::string &word) const
{
    return m_dict->latin1 ? QString::fromLatin1(word.data(), qsizetype(word.size()))
                          : QString::fromUtf8(word.data(), qsizetype(word.size()));
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!isValid() || word.isEmpty())
        return true;
    const auto list = personalLists().value(m_personalPath);
    if (list && list->words.contains(word))
        return true;
    return m_dict->hunspell->spell(encode(word));
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList out;
    if (!isValid() || word.isEmpty())
        return out;
    for (const std::string &s : m_dict->hunspell->suggest(encode(word))) {
        out << decode(s);
        if (out.size() >= max)
            break;
    }
    return out;
}

void SpellChecker::setPersonalDictionary(const QString &path)
{
    m_personalPath = path;
    loadPersonal();
    Q_EMIT changed();
}

void SpellChecker::loadPersonal()
{
    auto &lists = personalLists();
    if (m_personalPath.isEmpty() || lists.contains(m_personalPath))
        return;
    auto list = std::make_shared<PersonalWords>();
    QFile file(m_personalPath);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            const QString word = QString::fromUtf8(file.readLine()).trimmed();
            if (!word.isEmpty())
                list->words.insert(word);
        }
    }
    lists.insert(m_personalPath, list);
}

void SpellChecker::addToPersonal(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || m_personalPath.isEmpty())
        return;
    loadPersonal();
    auto list = personalLists().value(m_personalPath);
    if (list->words.contains(w))
        return;
    list->words.insert(w);
    QStringList words(list->words.cbegin(), list->words.cend());
    words.sort();
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QSaveFile file(m_personalPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n');
        if (!file.commit())
            qCWarning(lcSpell) << "could not save the personal dictionary" << m_personalPath;
    }
    Q_EMIT changed();
}

} // namespace charla
