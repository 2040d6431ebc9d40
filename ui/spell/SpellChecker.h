#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class Hunspell;
class QStringDecoder;
class QStringEncoder;

namespace charla {

/// Checks words against a hunspell dictionary ("es_ES", "en_US", ...) from the system's
/// dictionary folders, plus the person's own word list (one word a line, in the profile).
///
/// A dictionary is loaded once and shared by every checker of that language while any uses it,
/// so many chats cost one copy.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    /// Where dictionaries (NAME.aff + NAME.dic) are looked for: /usr/share/hunspell and the
    /// "hunspell" folder of each XDG data directory. CHARLA_HUNSPELL_PATH (':'-separated) first.
    static QStringList dictionaryDirs();
    /// The dictionaries found, sorted ("de_DE", "en_US", "es_ES", ...).
    static QStringList availableLanguages();
    /// The dictionary to use: @p preferred when installed, else the closest to the system
    /// language (same language and country, then the same language), else the first one.
    static QString bestLanguage(const QString &preferred);
    /// "español (España)" for "es_ES": the language as its speakers write it.
    static QString displayName(const QString &language);

    /// Loads the dictionary @p language; false (and no checking) when it is not installed.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    bool isValid() const;

    /// The person's own words, kept in @p path (created on the first added word).
    void setPersonalDictionary(const QString &path);
    QString personalDictionary() const { return m_personalPath; }

    /// True when @p word is spelled right (or cannot be checked).
    bool isCorrect(const QString &word) const;
    /// Up to @p max corrections for @p word, best first.
    QStringList suggestions(const QString &word, int max = 8) const;
    /// Accepts @p word from now on, in every language, and keeps it in the personal list.
    void addToPersonal(const QString &word);

Q_SIGNALS:
    /// The language or the accepted words changed: text should be checked again.
    void changed();

public:
    struct Dictionary; ///< a loaded dictionary (defined in the .cpp)

private:
    std::string encode(const QString &word) const;
    QString decode(const std::string &word) const;
    void loadPersonal();

    std::shared_ptr<Dictionary> m_dict;
    QString m_language;
    QString m_personalPath;
    QStringList m_personal;
};

} // namespace charla
