// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void writesThroughTheProducer();
    void aFailingProducerLeavesTheOldFile();
    void temporaryBesideIsNewAndHidden();
    void replaceKeepsPermissions();
    void refusesAMissingFolder();

private:
    static QByteArray contents(const QString &path);
    static QStringList files(const QTemporaryDir &dir);
};

QByteArray TestAtomicFile::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList TestAtomicFile::files(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void TestAtomicFile::writesThroughTheProducer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    const Result<void> written = AtomicFile::write(path, [](QIODevice &out) -> Result<void> {
        out.write("hello");
        return {};
    });
    QVERIFY(written.ok());
    QCOMPARE(contents(path), QByteArray("hello"));
}

void TestAtomicFile::aFailingProducerLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(AtomicFile::write(path, [](QIODevice &out) -> Result<void> {
                out.write("old");
                return {};
            }).ok());
    const Result<void> written = AtomicFile::write(path, [](QIODevice &out) -> Result<void> {
        out.write("half of the new");
        return Error(Error::Kind::BadInput, QStringLiteral("stopped"));
    });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message(), QStringLiteral("stopped"));
    QCOMPARE(contents(path), QByteArray("old"));
    QCOMPARE(files(dir), QStringList{QStringLiteral("a.txt")});
}

void TestAtomicFile::temporaryBesideIsNewAndHidden()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.xlsx"));
    const Result<QString> first = AtomicFile::createTemporaryBeside(path);
    const Result<QString> second = AtomicFile::createTemporaryBeside(path);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
    QCOMPARE(QFileInfo(*first).dir(), QFileInfo(path).dir());
    QVERIFY(QFileInfo(*first).fileName().startsWith(QStringLiteral(".b.xlsx.")));
    QVERIFY(QFile::exists(*first));
}

void TestAtomicFile::replaceKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.txt"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    const QFile::Permissions restricted = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QVERIFY(QFile::setPermissions(path, restricted));

    const Result<QString> temporary = AtomicFile::createTemporaryBeside(path);
    QVERIFY(temporary.ok());
    QFile file(*temporary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("new");
    file.close();
    QVERIFY(AtomicFile::replace(*temporary, path).ok());
    QCOMPARE(contents(path), QByteArray("new"));
    QCOMPARE(QFile::permissions(path), restricted);
    QCOMPARE(files(dir), QStringList{QStringLiteral("c.txt")});
}

void TestAtomicFile::refusesAMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent/d.txt"));
    const Result<QString> temporary = AtomicFile::createTemporaryBeside(path);
    QVERIFY(!temporary.ok());
    QCOMPARE(temporary.error().kind(), Error::Kind::Storage);
    QVERIFY(temporary.error().message().contains(QStringLiteral("d.txt")));
    QVERIFY(!AtomicFile::write(path, [](QIODevice &) -> Result<void> { return {}; }).ok());
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
