// SPDX-License-Identifier: GPL-3.0-or-later
// The convention as HTML and as a PDF: every party, the schedule, signature blocks, escaping, a real file.
#include "placements/ConventionDocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestConventionDocument : public QObject
{
    Q_OBJECT

private slots:
    void htmlNamesEveryParty();
    void legalRepresentativeSignsForAMinorOnly();
    void userTextIsEscaped();
    void writesAPdf();
    void keepsTheSignaturesOnOnePage();
    void reportsAFolderThatCannotBeWritten();
};

namespace {

ConventionParties parties(const QDate &birthDate = QDate(2004, 3, 1))
{
    ConventionParties p;
    p.beneficiary.lastName = QStringLiteral("Martin");
    p.beneficiary.firstName = QStringLiteral("Léa");
    p.beneficiary.birthDate = birthDate;
    p.beneficiary.address = QStringLiteral("12 rue des Lilas");
    p.beneficiary.postcode = QStringLiteral("35000");
    p.beneficiary.commune = QStringLiteral("Rennes");
    p.beneficiary.legalRepresentativeName = QStringLiteral("Sophie Martin");

    Company company;
    company.name = QStringLiteral("Boulangerie Durand");
    company.siret = QStringLiteral("73282932000074");
    company.nafCode = QStringLiteral("1071C");
    company.address = QStringLiteral("3 place du Marché");
    company.postcode = QStringLiteral("35000");
    company.commune = QStringLiteral("Rennes");
    company.contactName = QStringLiteral("Paul Durand");
    p.company = company;

    Tutor tutor;
    tutor.lastName = QStringLiteral("Leroy");
    tutor.firstName = QStringLiteral("Anne");
    tutor.function = QStringLiteral("Cheffe boulangère");
    p.tutor = tutor;

    p.placement.type = QStringLiteral("pmsmp");
    p.placement.objective = QStringLiteral("discover");
    p.placement.romeCode = QStringLiteral("D1102");
    p.placement.jobLabel = QStringLiteral("Boulangerie - viennoiserie");
    p.placement.startOn = QDate(2026, 3, 2);
    p.placement.endOn = QDate(2026, 3, 13);
    p.placement.schedule.hours = {7, 7, 7, 7, 3.5, 0, 0};
    p.placement.activities = QStringLiteral("Pétrissage, façonnage, cuisson.\nVente en boutique.");
    p.placement.riskPrevention = QStringLiteral("Chaussures de sécurité fournies.");
    p.placement.emergencyContact = QStringLiteral("Sophie Martin 06 12 34 56 78");
    p.siteName = QStringLiteral("Mission locale du Bassin rennais");
    p.adviserName = QStringLiteral("Julie Bernard");
    return p;
}

} // namespace

void TestConventionDocument::htmlNamesEveryParty()
{
    const QString html = ConventionDocument(parties()).html();
    QVERIFY(html.contains(QStringLiteral("MARTIN Léa")));
    QVERIFY(html.contains(QStringLiteral("Boulangerie Durand")));
    QVERIFY(html.contains(QStringLiteral("732 829 320 00074")));
    QVERIFY(html.contains(QStringLiteral("31.5 h"))); // total of the week, C locale in tests
    QVERIFY(html.contains(QStringLiteral("01/03/2004")));
    QVERIFY(html.contains(QStringLiteral("02/03/2026")));
    QVERIFY(html.contains(QStringLiteral("13/03/2026")));
    QVERIFY(html.contains(QStringLiteral("12 calendar day")));
    QVERIFY(html.contains(QStringLiteral("D1102")));
    QVERIFY(html.contains(QStringLiteral("LEROY Anne")));
    QVERIFY(html.contains(QStringLiteral("Julie Bernard")));
    QVERIFY(html.contains(QStringLiteral("PMSMP")));
}

void TestConventionDocument::legalRepresentativeSignsForAMinorOnly()
{
    // 18 the day after the start: still a minor on the first day.
    ConventionParties minor = parties(QDate(2008, 3, 3));
    const ConventionDocument minorDocument(minor);
    QVERIFY(minorDocument.needsLegalRepresentative());
    QVERIFY(minorDocument.html().contains(QStringLiteral("The legal representative")));
    QVERIFY(minorDocument.html().contains(QStringLiteral("Sophie Martin")));

    // The placement's own representative wins over the dossier's.
    minor.placement.legalRepresentative = QStringLiteral("Karim Benali");
    QVERIFY(ConventionDocument(minor).html().contains(QStringLiteral("Karim Benali")));

    // 18 on the first day.
    const ConventionDocument adult(parties(QDate(2008, 3, 2)));
    QVERIFY(!adult.needsLegalRepresentative());
    QVERIFY(!adult.html().contains(QStringLiteral("The legal representative")));
}

void TestConventionDocument::userTextIsEscaped()
{
    ConventionParties p = parties();
    p.placement.activities = QStringLiteral("<script>alert(1)</script> & co");
    p.company->name = QStringLiteral("A<b>B");
    const QString html = ConventionDocument(p).html();
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
    QVERIFY(html.contains(QStringLiteral("A&lt;b&gt;B")));
}

void TestConventionDocument::writesAPdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("convention.pdf"));
    const Result<int> pages = ConventionDocument(parties(QDate(2009, 6, 1))).writePdf(path);
    QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().fullText()));
    QVERIFY(*pages >= 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
    file.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("convention.pdf")});

    // Kept for a look at the layout: SILLAGE_CONVENTION_PDF=/some/file.pdf
    if (const QString keep = qEnvironmentVariable("SILLAGE_CONVENTION_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text was not checked");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("MARTIN Léa")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Boulangerie Durand")));
    QVERIFY(text.contains(QStringLiteral("representative"))); // a minor: the block is printed
    QVERIFY(text.contains(QStringLiteral("Sophie Martin")));
}

void TestConventionDocument::keepsTheSignaturesOnOnePage()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the pages' text cannot be read");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("convention.pdf"));
    // Longer and longer activities push the signatures down to, then across, the end of the first page.
    for (int lines = 0; lines <= 40; lines += 2) {
        ConventionParties p = parties(QDate(2009, 6, 1)); // a minor: five signatories
        for (int i = 0; i < lines; ++i)
            p.placement.activities += QStringLiteral("\nActivité %1").arg(i);
        const Result<int> pages = ConventionDocument(p).writePdf(path);
        QVERIFY(pages.ok());
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QStringList pageTexts = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
        QCOMPARE(pageTexts.size() - 1, *pages); // pdftotext ends every page with a form feed
        bool found = false;
        for (const QString &page : pageTexts) {
            if (page.split(QLatin1Char('\n')).contains(QStringLiteral("Signatures"))) {
                found = true;
                QVERIFY2(page.count(QStringLiteral("Date:")) == 5, qPrintable(QStringLiteral("%1 lines").arg(lines)));
            }
        }
        QVERIFY(found);
    }
}

void TestConventionDocument::reportsAFolderThatCannotBeWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/convention.pdf"));
    const Result<int> pages = ConventionDocument(parties()).writePdf(path);
    QVERIFY(!pages.ok());
    QCOMPARE(pages.error().kind(), Error::Kind::Storage);
    QVERIFY(pages.error().message().contains(QStringLiteral("convention.pdf")));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestConventionDocument)
#include "tst_conventiondocument.moc"
