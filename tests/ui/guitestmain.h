#pragma once

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

// Test main for the UI tests: headless unless told otherwise, an English (US) locale so formatted
// cells compare exactly, and settings written to a throwaway test location instead of the user's.
#define CLOUDSHIFT_GUI_TEST_MAIN(TestClass)                                                                  \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                                  \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                         \
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));                               \
        QStandardPaths::setTestModeEnabled(true);                                                            \
        QApplication app(argc, argv);                                                                        \
        QApplication::setOrganizationName(QStringLiteral("CloudShiftTests"));                                \
        QApplication::setApplicationName(QStringLiteral(#TestClass));                                        \
        TestClass test;                                                                                      \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }

// Waits until `changedSpy` has recorded `emissions` signals or `failedSpy` one, then fails the test with
// the engine's own message if the analysis failed: a broken import then reads as such, not as a timeout.
#define CLOUDSHIFT_WAIT_FOR_ANALYSIS(changedSpy, failedSpy, emissions)                                       \
    do {                                                                                                     \
        QTRY_VERIFY_WITH_TIMEOUT((changedSpy).count() >= (emissions) || !(failedSpy).isEmpty(), 120000);     \
        QVERIFY2((failedSpy).isEmpty(),                                                                      \
            (failedSpy).isEmpty() ? "" : qPrintable((failedSpy).constFirst().constFirst().toString()));      \
    } while (false)
