#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace cloudshift {

/// The language of the user interface. CloudShift's own translations are compiled into the binary
/// (from resources/translations, under ":/i18n"), so an installed program needs no files beside it;
/// Qt's translations of its standard dialogs and buttons come from the Qt installation when it has
/// them. English is the source language and needs no translator. The translators stay installed on
/// the application for as long as this object lives.
class Translations
{
public:
    /// Installs the translation for the first of `uiLanguages` (most preferred first, as
    /// QLocale::uiLanguages() lists them: "de-AT", "de", "en-US") that CloudShift speaks. English
    /// preferred before a translated language keeps the interface English.
    explicit Translations(const QStringList& uiLanguages);
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    /// The translation installed: "de", or "en" when the interface stays in its source language.
    QString language() const { return m_language; }
    /// Whether Qt's own translation of that language was found and installed as well.
    bool hasQtTranslation() const { return m_qt != nullptr; }

    /// The languages with a translation embedded in the binary ("de"), sorted.
    static QStringList embeddedLanguages();
    /// Removes "--lang LANG" or "--lang=LANG" from the arguments as main() gets them (the program
    /// first) and returns LANG; empty when the option is absent or has no value.
    static QString takeLanguageOption(QStringList& arguments);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace cloudshift
