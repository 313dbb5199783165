// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // A fatal message is an assertion (Q_ASSERT) or qFatal: the crash the fuzzer is looking for, so it is shown.
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

QTemporaryDir &temporaryFolder()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

namespace FuzzSupport {

void start(int *argc, char ***argv)
{
    if (qEnvironmentVariableIntValue("SILLAGE_FUZZ_VERBOSE") == 0)
        qInstallMessageHandler(quietHandler);
    // Never deleted: it must outlive every input, and the process ends with the fuzzer.
    new QCoreApplication(*argc, *argv);
    if (!temporaryFolder().isValid())
        broken("cannot create a temporary folder");
}

QString folder()
{
    return temporaryFolder().path();
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        broken("cannot write the input to a temporary file");
}

void broken(const char *what)
{
    std::fprintf(stderr, "fuzz target: %s\n", what);
    std::abort();
}

} // namespace FuzzSupport
