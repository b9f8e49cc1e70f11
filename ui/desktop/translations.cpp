#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace cloudshift {

namespace {

const QString kSourceLanguage = QStringLiteral("en");
const QString kResourceFolder = QStringLiteral(":/i18n");

/// "de-AT" -> {"de_AT", "de"}: the regional translation first, then the language's own.
QStringList candidateNames(const QString& uiLanguage)
{
    QString name = uiLanguage;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString language = name.section(QLatin1Char('_'), 0, 0).toLower();
    QStringList names { name };
    if (language != name)
        names << language;
    return names;
}

std::unique_ptr<QTranslator> loadEmbedded(const QString& name)
{
    // Checked first because QTranslator::load() would fall back from "cloudshift_de_AT.qm" to
    // "cloudshift_de.qm" by itself, and language() must name the file actually loaded.
    const QString path = QStringLiteral("%1/cloudshift_%2.qm").arg(kResourceFolder, name);
    auto translator = std::make_unique<QTranslator>();
    if (!QFile::exists(path) || !translator->load(path))
        return nullptr;
    return translator;
}

/// Qt's own catalogue: qtbase_<lang>.qm from the Qt installation, or qt_<lang>.qm from "translations"
/// beside the executable, where windeployqt writes the catalogues of the Qt modules it deploys as one.
std::unique_ptr<QTranslator> loadQtTranslation(const QString& language)
{
    const QStringList folders { QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")) };
    for (const QString& folder : folders) {
        for (const QString& catalogue : { QStringLiteral("qtbase_%1.qm"), QStringLiteral("qt_%1.qm") }) {
            const QString path = QDir(folder).filePath(catalogue.arg(language));
            auto translator = std::make_unique<QTranslator>();
            if (QFile::exists(path) && translator->load(path))
                return translator;
        }
    }
    return nullptr;
}

} // namespace

Translations::Translations(const QStringList& uiLanguages)
    : m_language(kSourceLanguage)
{
    for (const QString& uiLanguage : uiLanguages) {
        const QStringList names = candidateNames(uiLanguage);
        if (names.constLast() == kSourceLanguage)
            break;
        for (const QString& name : names) {
            m_app = loadEmbedded(name);
            if (m_app) {
                m_language = name;
                break;
            }
        }
        if (m_app)
            break;
    }
    if (!m_app)
        return;
    QCoreApplication::installTranslator(m_app.get());
    m_qt = loadQtTranslation(m_language);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
}

Translations::~Translations()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
}

QStringList Translations::embeddedLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(kResourceFolder).entryList({ QStringLiteral("cloudshift_*.qm") }, QDir::Files);
    for (const QString& file : files)
        languages << file.section(QLatin1Char('_'), 1).chopped(3);
    languages.sort();
    return languages;
}

QString Translations::takeLanguageOption(QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == option) {
            const QString language = arguments.value(i + 1);
            arguments.remove(i, i + 1 < arguments.size() ? 2 : 1);
            return language;
        }
        if (argument.startsWith(option + QLatin1Char('='))) {
            const QString language = argument.mid(option.size() + 1);
            arguments.remove(i);
            return language;
        }
    }
    return {};
}

} // namespace cloudshift
