// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QtTest>

#include <grp.h>
#include <unistd.h>

// Root reads and writes whatever the permissions say: a test of what a user without the
// right sees (a read-only file or folder) runs its own test function again as `nobody`.
namespace palmares::test {

enum class Rerun {
    NotNeeded,  // not root: the test runs here
    Passed,     // it ran again as nobody and passed
    Failed,     // it ran again as nobody and failed (`output` says how)
    Impossible, // root, and nobody cannot run this program here (a folder on its path…)
};

inline Rerun rerunUnprivileged(QString* output)
{
    if (geteuid() != 0)
        return Rerun::NotNeeded;
    constexpr uid_t nobody = 65534;
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QString::fromLatin1(QTest::currentTestFunction())});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    env.insert(QStringLiteral("TMPDIR"), QStringLiteral("/tmp"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.setChildProcessModifier([] {
        if (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0)
            _exit(77);
    });
    child.start();
    if (!child.waitForStarted(30000))
        return Rerun::Impossible;
    const bool finished = child.waitForFinished(120000);
    *output = QString::fromLocal8Bit(child.readAll());
    if (!finished || child.exitStatus() != QProcess::NormalExit)
        return Rerun::Failed;
    if (child.exitCode() == 77 || child.exitCode() == 126 || child.exitCode() == 127)
        return Rerun::Impossible;
    return child.exitCode() == 0 ? Rerun::Passed : Rerun::Failed;
}

} // namespace palmares::test

// Runs the current test function again as nobody when this process is root, and ends it
// with that run's verdict; otherwise lets it go on.
#define PALMARES_RUN_UNPRIVILEGED()                                                                                    \
    do {                                                                                                               \
        QString rerunOutput_;                                                                                          \
        switch (palmares::test::rerunUnprivileged(&rerunOutput_)) {                                                    \
        case palmares::test::Rerun::NotNeeded:                                                                         \
            break;                                                                                                     \
        case palmares::test::Rerun::Passed:                                                                            \
            return;                                                                                                    \
        case palmares::test::Rerun::Failed:                                                                            \
            QFAIL(qPrintable(QStringLiteral("as nobody:\n") + rerunOutput_));                                          \
            return;                                                                                                    \
        case palmares::test::Rerun::Impossible:                                                                        \
            QSKIP(qPrintable(QStringLiteral("root here, and this test cannot run as nobody: ") + rerunOutput_));       \
        }                                                                                                              \
    } while (false)
