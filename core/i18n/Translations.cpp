// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace palmares {

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("palmares"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // Any other language reads English, whose translation holds only the plural forms
        // ("1 laureate", "2 laureates" for "%n laureate(s)").
        if (own->load(QStringLiteral("palmares_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return QLocale::languageToCode(locale.language());
}

LanguageScope::LanguageScope(const QString& language)
    : m_translator(std::make_unique<QTranslator>())
{
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return;
    m_valid = m_translator->load(QStringLiteral("palmares_") + language, QStringLiteral(":/i18n")) &&
              QCoreApplication::installTranslator(m_translator.get());
}

LanguageScope::~LanguageScope()
{
    if (m_valid)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace palmares
